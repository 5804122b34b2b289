package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/store"
)

// pageSize is what `relbot serve` answers a slash command with.
const pageSize = 10

// warmup queries run before each measurement and are not counted.
const warmup = 200

// queryMix is what users ask, drawn with the actors' own skew: mostly one
// actor by slug or by name, then two actors, an actor and a year, an actor
// and a city.
func (b *bench) queryMix(n int) []string {
	r := rand.New(rand.NewPCG(b.o.seed, 0x71))
	g := b.gen
	out := make([]string, n)
	for i := range out {
		a := g.actors[g.actor(r)]
		switch k := r.IntN(100); {
		case k < 55:
			out[i] = a.slug
		case k < 65:
			out[i] = a.name
		case k < 80:
			c := g.actors[g.actor(r)]
			if c.slug == a.slug {
				c = g.actors[(g.actor(r)+1)%len(g.actors)]
			}
			out[i] = a.slug + " " + c.slug
		case k < 93:
			out[i] = a.slug + " " + strconv.Itoa(genEnd.Year()-r.IntN(10))
		default:
			out[i] = a.slug + " place:" + strings.ReplaceAll(strings.ToLower(pick(r, places)), " ", "-")
		}
	}
	return out
}

// stats are one measurement.
type stats struct {
	name    string
	n, errs int
	elapsed time.Duration
	lat     []time.Duration // sorted
}

func (s stats) pct(p float64) time.Duration {
	if len(s.lat) == 0 {
		return 0
	}
	return s.lat[min(len(s.lat)-1, int(p*float64(len(s.lat))))]
}

func (s stats) rate() float64 { return float64(s.n) / s.elapsed.Seconds() }

func (s stats) String() string {
	return fmt.Sprintf("%-28s n=%d errors=%d  median %s  p90 %s  p99 %s  max %s  %.0f answers/s",
		s.name, s.n, s.errs, ms(s.pct(0.5)), ms(s.pct(0.9)), ms(s.pct(0.99)), ms(s.pct(1)), s.rate())
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/1e6) }

// measure runs do over queries, conc at once, until count are done or limit
// has passed, after a warm-up.
func measure(ctx context.Context, name string, queries []string, count, conc int, limit time.Duration, do func(context.Context, string) error) stats {
	var next atomic.Int64
	runAll := func(n int, lats [][]time.Duration, errs *atomic.Int64, deadline time.Time) {
		next.Store(0)
		var wg sync.WaitGroup
		for w := range conc {
			wg.Go(func() {
				for ctx.Err() == nil && time.Now().Before(deadline) {
					i := int(next.Add(1)) - 1
					if i >= n {
						return
					}
					t := time.Now()
					if err := do(ctx, queries[i%len(queries)]); err != nil {
						errs.Add(1)
					}
					if lats != nil {
						lats[w] = append(lats[w], time.Since(t))
					}
				}
			})
		}
		wg.Wait()
	}
	var errs atomic.Int64
	runAll(warmup, nil, &errs, time.Now().Add(limit))
	errs.Store(0)
	lats := make([][]time.Duration, conc)
	start := time.Now()
	runAll(count, lats, &errs, start.Add(limit))
	s := stats{name: name, elapsed: time.Since(start), errs: int(errs.Load())}
	for _, l := range lats {
		s.lat = append(s.lat, l...)
	}
	s.n = len(s.lat)
	slices.Sort(s.lat)
	return s
}

// answer is the slash command's work in process: parse, look up, render,
// encode.
func (b *bench) answer(ctx context.Context, text string) error {
	return b.answerWith(ctx, b.store, text)
}

func (b *bench) answerWith(ctx context.Context, f meeting.Finder, text string) error {
	r, err := meeting.Answer(ctx, b.gaz, f, text, 0, pageSize)
	if err != nil {
		return err
	}
	_, err = json.Marshal(bot.AnswerMessage(r, 0, pageSize).Blocks)
	return err
}

func (b *bench) report(mode string, s stats) {
	fmt.Fprintf(b.out, "%s\t%s\tconc=%d\t%s\n", mode, b.store.Dialect(), b.o.concurrency, s)
}

// queryMode measures /relations in process, then over HTTP against a real
// `relbot serve`.
func (b *bench) queryMode(ctx context.Context) error {
	mix := b.queryMix(max(b.o.count, 1000))
	top := []string{b.gen.actors[0].slug}

	// Baseline: rendering and encoding alone, of answers looked up before.
	results := make(map[string]relbot.QueryResult, len(mix))
	for _, q := range mix[:min(len(mix), 1000)] {
		if _, ok := results[q]; ok {
			continue
		}
		r, err := meeting.Answer(ctx, b.gaz, b.store, q, 0, pageSize)
		if err != nil {
			return fmt.Errorf("query %q: %w", q, err)
		}
		results[q] = r
	}
	b.logf("in process: %d distinct queries among the first 1000 of the mix; %s is the most frequent actor", len(results), top[0])
	render := measure(ctx, "render-only baseline", mix[:1000], b.o.count, b.o.concurrency, b.o.duration, func(_ context.Context, q string) error {
		_, err := json.Marshal(bot.AnswerMessage(results[q], 0, pageSize).Blocks)
		return err
	})
	b.report("query-inproc", render)
	// The store's answer cache serves repeated queries; the same mix on a
	// handle without it is the baseline of what the database costs.
	uncached, err := store.Open(ctx, b.dsn)
	if err != nil {
		return err
	}
	uncached.DisableAnswerCache()
	defer uncached.Close()
	answerFrom := func(f meeting.Finder) func(context.Context, string) error {
		return func(ctx context.Context, text string) error { return b.answerWith(ctx, f, text) }
	}
	b.report("query-inproc", measure(ctx, "mix, no cache", mix, b.o.count, b.o.concurrency, b.o.duration, answerFrom(uncached)))
	b.report("query-inproc", measure(ctx, "top actor, no cache", top, b.o.count, b.o.concurrency, b.o.duration, answerFrom(uncached)))
	before := b.store.AnswerCacheStats()
	b.report("query-inproc", measure(ctx, "mix", mix, b.o.count, b.o.concurrency, b.o.duration, b.answer))
	after := b.store.AnswerCacheStats()
	hits, misses := after.Hits-before.Hits, after.Misses-before.Misses
	b.logf("answer cache over the mix (warm-up included): %d hits, %d misses (%.0f %% hits)", hits, misses,
		100*float64(hits)/float64(max(hits+misses, 1)))
	b.report("query-inproc", measure(ctx, "top actor "+top[0], top, b.o.count, b.o.concurrency, b.o.duration, b.answer))

	c, err := startServe(ctx, b.o.relbot, b.dsn, b.logf)
	if err != nil {
		return err
	}
	defer c.stop()
	if err := b.checkHTTP(ctx, c, mix[:20]); err != nil {
		return err
	}
	return b.httpLoad(ctx, c, mix, top, nil)
}

// httpLoad measures the signed command over HTTP: "help" as the baseline
// (signature, form, rendering, no database), the mix and the top actor.
func (b *bench) httpLoad(ctx context.Context, c *child, mix, top []string, during func() func()) error {
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: b.o.concurrency * 2}}
	defer client.CloseIdleConnections()
	do := func(ctx context.Context, q string) error {
		_, err := c.command(ctx, client, q)
		return err
	}
	b.report("query-http", measure(ctx, "help baseline", []string{"help"}, b.o.count, b.o.concurrency, b.o.duration, do))
	var done func()
	if during != nil {
		done = during()
	}
	b.report("query-http", measure(ctx, "mix", mix, b.o.count, b.o.concurrency, b.o.duration, do))
	b.report("query-http", measure(ctx, "top actor "+top[0], top, b.o.count, b.o.concurrency, b.o.duration, do))
	if done != nil {
		done()
	}
	return nil
}

// checkHTTP makes sure the server answers what the in-process path answers.
func (b *bench) checkHTTP(ctx context.Context, c *child, queries []string) error {
	for _, q := range queries {
		r, err := meeting.Answer(ctx, b.gaz, b.store, q, 0, pageSize)
		if err != nil {
			return err
		}
		want := bot.AnswerMessage(r, 0, pageSize).Text
		got, err := c.command(ctx, http.DefaultClient, q)
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("relbot serve answered %q with %q, in process %q", q, got, want)
		}
	}
	return nil
}

// command posts a signed /relations command and returns the answer's text.
func (c *child) command(ctx context.Context, client *http.Client, text string) (string, error) {
	form := url.Values{
		"command": {"/relations"}, "text": {text}, "channel_id": {"C0BENCH0001"}, "user_id": {"U0BENCH0001"},
		"team_id": {"T0BENCH0001"}, "response_url": {"http://127.0.0.1:9/unused"}, "trigger_id": {"1.2.3"},
	}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+"/slack/commands", strings.NewReader(form))
	if err != nil {
		return "", err
	}
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(c.secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, form)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("/relations %s: HTTP %d: %s", text, resp.StatusCode, bytes.TrimSpace(body))
	}
	var reply struct {
		Text   string            `json:"text"`
		Blocks []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(body, &reply); err != nil {
		return "", fmt.Errorf("/relations %s: %w", text, err)
	}
	if len(reply.Blocks) == 0 {
		return "", fmt.Errorf("/relations %s: answer without blocks: %s", text, body)
	}
	return reply.Text, nil
}
