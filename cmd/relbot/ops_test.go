package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/config"
)

func openWorldApp(t *testing.T, w *world, log *slog.Logger) *app {
	t.Helper()
	cfg, err := config.Load(w.cfgPath, config.MapEnv(w.envVars))
	if err != nil {
		t.Fatal(err)
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	a, err := openApp(context.Background(), cfg, log, w.now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// openCollectedApp opens the world's app and collects its feed in process,
// so that the app's own metrics count the collection.
func openCollectedApp(t *testing.T, w *world) *app {
	t.Helper()
	a := openWorldApp(t, w, nil)
	ctx := context.Background()
	a.startLLM(ctx)
	defer a.stopLLM()
	if _, err := a.collect(ctx); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestReadyzIs503WhenTheDatabaseIsDown(t *testing.T) {
	w := newWorld(t)
	a := openWorldApp(t, w, nil)
	mux := http.NewServeMux()
	opsRoutes(mux, a)
	get := func(path string) int {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code
	}
	if get("/readyz") != http.StatusOK || get("/healthz") != http.StatusOK {
		t.Fatal("not ready with the database up")
	}
	a.store.Close()
	if code := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz = %d with the database closed, want 503", code)
	}
	if code := get("/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz = %d, want 200: the process is up", code)
	}
}

// scrape returns the /metrics text of a.
func scrape(t *testing.T, a *app) string {
	t.Helper()
	mux := http.NewServeMux()
	opsRoutes(mux, a)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	return rec.Body.String()
}

func TestMetricsMoveOnCollectDigestSlack429AndLLMFallback(t *testing.T) {
	w := newWorld(t)
	llm := newFakeLLM(t)
	llm.down.Store(true)
	withLLM(t, w, llm)
	// Slack answers the first post with 429 and Retry-After: 0.
	var limited atomic.Bool
	inner := w.slack.Config.Handler
	w.slack.Config.Handler = http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/chat.postMessage") && limited.CompareAndSwap(false, true) {
			rw.Header().Set("Retry-After", "0")
			rw.WriteHeader(http.StatusTooManyRequests)
			return
		}
		inner.ServeHTTP(rw, r)
	})
	a := openCollectedApp(t, w)
	ctx := context.Background()
	w.setClock(time.Date(2026, 2, 9, 7, 0, 30, 0, ict))
	d := a.cfg.Digests[0]
	if out, err := a.postDigest(ctx, bot.NewPoster(a.slackClient()), d, time.Date(2026, 2, 9, 7, 0, 0, 0, d.Location)); err != nil || out != outcomePosted {
		t.Fatalf("postDigest = %s, %v", out, err)
	}
	// The same question twice: the second answer comes from the cache.
	for range 2 {
		if _, _, err := a.store.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Limit: 10}); err != nil {
			t.Fatal(err)
		}
	}
	text := scrape(t, a)
	for _, want := range []string{
		"relbot_answer_cache_hits_total 1",
		"relbot_answer_cache_misses_total 1",
		`relbot_articles_collected_total{source="Mekong Wire"} 2`,
		`relbot_digests_total{outcome="posted"} 1`,
		`relbot_slack_api_calls_total{method="chat.postMessage",status="429"} 1`,
		`relbot_slack_api_calls_total{method="chat.postMessage",status="200"} 1`,
		`relbot_llm_fallbacks_total{reason="timeout"} 1`,
		`relbot_fetch_duration_seconds_count{kind="feed"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", grepLines(text, "relbot_"))
	}
}

func grepLines(s, prefix string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestNoSecretInAnyLogLine(t *testing.T) {
	const botToken, signing, llmKey, dbPassword = "xoxb-1111-SECRET-bot", "signing-SECRET-abc", "sk-SECRET-llm", "pgSECRETpw"
	w := newWorld(t)
	llm := newFakeLLM(t)
	withLLM(t, w, llm)
	w.envVars["SLACK_BOT_TOKEN"] = botToken
	w.envVars["SLACK_SIGNING_SECRET"] = signing
	w.envVars["LLM_API_KEY"] = llmKey
	var logs bytes.Buffer
	for _, args := range [][]string{{"collect"}, {"config", "check"}, {"query", "hun-sen"}} {
		var out, errOut bytes.Buffer
		run(context.Background(), append(args, "--config", w.cfgPath),
			env{lookup: config.MapEnv(w.envVars), stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: w.now})
		logs.Write(out.Bytes())
		logs.Write(errOut.Bytes())
	}
	w.setClock(time.Date(2026, 2, 9, 7, 0, 30, 0, ict))
	var out, errOut bytes.Buffer
	run(context.Background(), []string{"digest", "--config", w.cfgPath},
		env{lookup: config.MapEnv(w.envVars), stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: w.now})
	logs.Write(errOut.Bytes())
	// A database URL with a password, shown by config check.
	env2 := map[string]string{"RELBOT_DATABASE": "postgres://relbot:" + dbPassword + "@127.0.0.1:1/relbot"}
	var out2, err2 bytes.Buffer
	run(context.Background(), []string{"config", "check", "--config", w.cfgPath},
		env{lookup: config.MapEnv(env2), stdin: strings.NewReader(""), stdout: &out2, stderr: &err2, now: w.now})
	logs.Write(out2.Bytes())
	logs.Write(err2.Bytes())
	if logs.Len() == 0 {
		t.Fatal("no output captured")
	}
	for _, secret := range []string{botToken, signing, llmKey, dbPassword} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("a log line shows %q:\n%s", secret, logs.String())
		}
	}
}

// TestStopDuringADigestPostsNothingTwice stops serve (as SIGTERM does) while
// Slack holds the answer to the digest's post, then starts it again: the
// digest is in the channel once.
func TestStopDuringADigestPostsNothingTwice(t *testing.T) {
	w := newWorld(t)
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect: %s", stderr)
	}
	held, release := holdPosts(w.slack).next()
	// Every second a digest period, so serve posts at once.
	cfg, _ := os.ReadFile(w.cfgPath)
	cfg = bytes.Replace(cfg, []byte(`schedule: "0 7 * * *"`), []byte(`schedule: "* * * * * *"`), 1)
	cfg = append(cfg, "scheduler:\n  claim_timeout: 1s\nhttp:\n  listen: 127.0.0.1:0\n"...)
	os.WriteFile(w.cfgPath, cfg, 0o600)
	w.setClock(time.Now())
	w.mu.Lock()
	w.clock = time.Time{}
	w.mu.Unlock()
	realNow := func() time.Time { return time.Now() }
	serve := func(ctx context.Context) chan int {
		done := make(chan int, 1)
		go func() {
			var out, errOut bytes.Buffer
			done <- run(ctx, []string{"serve", "--config", w.cfgPath},
				env{lookup: config.MapEnv(w.envVars), stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: realNow})
		}()
		return done
	}
	ctx, stop := context.WithCancel(context.Background())
	done := serve(ctx)
	<-held
	stop() // SIGTERM while the post is in flight
	close(release)
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d after a stop", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop within 15 s")
	}
	firstPeriods := len(w.slack.Messages())

	// Restart: whatever the stop left claimed is settled from Slack's
	// history, not posted again.
	ctx2, stop2 := context.WithCancel(context.Background())
	done2 := serve(ctx2)
	a := openWorldApp(t, w, nil)
	waitFor(t, "no digest left unsettled", 10*time.Second, func() bool {
		pending, err := a.store.PendingDigests(context.Background())
		return err == nil && len(pending) == 0
	})
	stop2()
	<-done2
	if n := len(w.slack.Messages()); n != 1 || firstPeriods != 1 {
		t.Fatalf("the one digest with news was posted %d times (%d before the restart), want once", n, firstPeriods)
	}
}

var _ = fmt.Sprint

func TestRetentionDropsOldBodiesAndKeepsMeetings(t *testing.T) {
	w := newWorld(t)
	cfg, _ := os.ReadFile(w.cfgPath)
	os.WriteFile(w.cfgPath, append(cfg, "retention: 30d\n"...), 0o600)
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect: %s", stderr)
	}
	w.setClock(time.Date(2026, 4, 1, 12, 0, 0, 0, ict)) // two months on
	w.items.Store(&[]item{})
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect: %s", stderr)
	}
	a := openWorldApp(t, w, nil)
	arts, err := a.store.ArticlesAfter(context.Background(), 0, 10)
	if err != nil || len(arts) != 2 {
		t.Fatalf("articles = %d, %v", len(arts), err)
	}
	for _, art := range arts {
		if art.Text != "" || art.Title == "" || art.Summary == "" {
			t.Errorf("article %q: text %d bytes, summary %q; want the body gone, title and summary kept", art.Title, len(art.Text), art.Summary)
		}
	}
	code, out, _ := w.relbot("query", "--json", "hun-sen")
	if code != 0 || !strings.Contains(out, `"date":"2026-02-06"`) || !strings.Contains(out, `"url":"http`) {
		t.Fatalf("the meeting or its source link was lost: %s", out)
	}
}
