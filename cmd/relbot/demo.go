package main

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/demo"
	"github.com/relbot/relbot/scheduler"
)

const demoChannel = "C0DEMO00001"

// cmdDemo runs the whole pipeline offline: the bundled feeds are collected
// into a temporary database, the morning digest is posted to a local Slack
// stand-in, and /relations hun-sen is asked through the signed HTTP endpoint.
func cmdDemo(ctx context.Context, args []string, e env) error {
	fs := newFlagSet("demo", e)
	verbose := fs.Bool("v", false, "show the pipeline's logs")
	query := fs.String("query", "hun-sen", "what to ask /relations")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "relbot-demo-")
	if err != nil {
		return fmt.Errorf("temporary directory: %w", err)
	}
	defer os.RemoveAll(dir)

	feeds, err := demo.Feeds()
	if err != nil {
		return fmt.Errorf("demo corpus: %w", err)
	}
	cfg := config.Default()
	cfg.Database = filepath.Join(dir, "relbot.db")
	cfg.Timezone = "Asia/Ho_Chi_Minh"
	for _, f := range feeds {
		path := filepath.Join(dir, f.File)
		if err := os.WriteFile(path, f.Body, 0o600); err != nil {
			return err
		}
		cfg.Sources = append(cfg.Sources, config.Source{Name: f.Name, URL: "file://" + path})
	}
	cfg.Digests = []config.Digest{{Channel: demoChannel, Schedule: "0 7 * * *", MaxItems: 10}}
	slackStandIn := newRecordingSlack()
	defer slackStandIn.Close()
	cfg.Slack.APIURL = slackStandIn.URL + "/api/"
	cfg.Slack.BotToken = "xoxb-demo"
	cfg.Slack.SigningSecret = randomHex(16)
	if err := cfg.Validate(); err != nil {
		return err
	}

	logOut := io.Discard
	if *verbose {
		logOut = e.stderr
	}
	log := slog.New(slog.NewTextHandler(logOut, nil))
	a, err := openApp(ctx, cfg, log, e.now)
	if err != nil {
		return err
	}
	defer a.Close()

	start := time.Now()
	reports, err := a.collect(ctx)
	if err != nil {
		return err
	}
	added := 0
	for _, r := range reports {
		added += r.Added
	}
	fmt.Fprintf(e.stdout, "Collected %d articles from %d demo feeds into %s.\n\n", added, len(reports), cfg.Database)

	d := cfg.Digests[0]
	sched, err := configSchedule(d.Schedule)
	if err != nil {
		return err
	}
	period := scheduler.PeriodAt(sched, e.now().In(d.Location))
	if _, err := a.postDigest(ctx, bot.NewPoster(a.slackClient()), d, period); err != nil {
		return err
	}
	posted := slackStandIn.Messages()
	fmt.Fprintf(e.stdout, "── Digest posted to #%s (%d Slack messages) ──\n\n", demoChannel, len(posted))
	fmt.Fprint(e.stdout, renderText(posted))

	answer, status, err := askSigned(ctx, a, cfg.Slack.SigningSecret, *query, e.now())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n── /relations %s (HTTP %d, answered in the response) ──\n\n", *query, status)
	fmt.Fprint(e.stdout, renderText([]bot.Message{answer}))
	fmt.Fprintf(e.stdout, "\nDemo finished in %s, offline. Next: copy relbot.example.yaml to relbot.yaml and run relbot collect.\n",
		time.Since(start).Round(time.Millisecond))
	return nil
}

// askSigned sends /relations TEXT to the real HTTP handler, signed the way
// Slack signs it, and decodes the ephemeral answer.
func askSigned(ctx context.Context, a *app, secret, text string, now time.Time) (bot.Message, int, error) {
	h := newCommandHandler(a, secret)
	form := url.Values{
		"command": {"/relations"}, "text": {text}, "channel_id": {demoChannel}, "user_id": {"U0DEMO0001"},
		"team_id": {"T0DEMO0001"}, "response_url": {"http://127.0.0.1:9/unused"}, "trigger_id": {"1.2.3"},
	}
	body := form.Encode()
	ts := strconv.FormatInt(now.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return bot.Message{}, rec.Code, fmt.Errorf("/relations answered HTTP %d: %s", rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	var msg slack.Msg
	if err := json.Unmarshal(rec.Body.Bytes(), &msg); err != nil {
		return bot.Message{}, rec.Code, fmt.Errorf("decode /relations answer: %w", err)
	}
	return bot.Message{Text: msg.Text, Blocks: msg.Blocks.BlockSet}, rec.Code, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// recordingSlack is a local stand-in for the Slack Web API that keeps what
// was posted, in order.
type recordingSlack struct {
	*httptest.Server
	mu   sync.Mutex
	msgs []bot.Message
	meta []json.RawMessage // each message's metadata, as Slack keeps it
	ts   []string
	chs  []string // each message's channel
	seq  int
}

func newRecordingSlack() *recordingSlack {
	r := &recordingSlack{}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	return r
}

func (r *recordingSlack) serve(w http.ResponseWriter, req *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := req.ParseForm(); err != nil {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_form_data"}`)
		return
	}
	switch strings.TrimPrefix(req.URL.Path, "/api") {
	case "/chat.postMessage":
		var blocks slack.Blocks
		if raw := req.Form.Get("blocks"); raw != "" {
			if err := json.Unmarshal([]byte(raw), &blocks); err != nil {
				fmt.Fprint(w, `{"ok":false,"error":"invalid_blocks"}`)
				return
			}
		}
		r.mu.Lock()
		r.seq++
		r.msgs = append(r.msgs, bot.Message{Text: req.Form.Get("text"), Blocks: blocks.BlockSet})
		ts := fmt.Sprintf("1700000000.%06d", r.seq)
		r.ts = append(r.ts, ts)
		r.chs = append(r.chs, req.Form.Get("channel"))
		meta := json.RawMessage("null")
		if m := req.Form.Get("metadata"); json.Valid([]byte(m)) {
			meta = json.RawMessage(m)
		}
		r.meta = append(r.meta, meta)
		r.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": req.Form.Get("channel"), "ts": ts})
	case "/conversations.history":
		// Newest first, with metadata, as Slack answers when asked for it.
		r.mu.Lock()
		msgs := make([]map[string]any, 0, len(r.msgs))
		for i := len(r.msgs) - 1; i >= 0; i-- {
			msgs = append(msgs, map[string]any{"type": "message", "ts": r.ts[i], "text": r.msgs[i].Text, "metadata": r.meta[i]})
		}
		r.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": msgs, "has_more": false})
	default:
		fmt.Fprint(w, `{"ok":true}`)
	}
}

// postRecord is what the stand-in knows of one post: where, its ts, and the
// digest part its metadata names.
type postRecord struct {
	Channel, TS, Period string
	Part                int
}

// Posts returns every post in order, with the digest metadata relbot tags
// posts with.
func (r *recordingSlack) Posts() []postRecord {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]postRecord, len(r.ts))
	for i := range r.ts {
		var md struct {
			EventPayload struct {
				Period string `json:"period"`
				Part   int    `json:"part"`
			} `json:"event_payload"`
		}
		_ = json.Unmarshal(r.meta[i], &md)
		out[i] = postRecord{Channel: r.chs[i], TS: r.ts[i], Period: md.EventPayload.Period, Part: md.EventPayload.Part}
	}
	return out
}

// Messages returns the posted messages in order.
func (r *recordingSlack) Messages() []bot.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Message(nil), r.msgs...)
}

// newCommandHandler serves /relations for a over HTTP, verifying secret.
func newCommandHandler(a *app, secret string) http.Handler {
	return bot.NewHTTPHandler(&bot.Commands{Backend: backend{a}, Logger: a.log, PageSize: 10}, secret)
}
