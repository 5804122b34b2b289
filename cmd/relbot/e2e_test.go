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
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/config"
)

var ict = time.FixedZone("ICT", 7*3600)

// Pages written for this test in the project's own words.
var pages = map[string]string{
	"/news/talks": `PHNOM PENH, Feb 6 – Cambodian People's Party President Samdech Techo Hun Sen met Party General Secretary Tô Lâm at the Peace Palace in Phnom Penh on Friday.
The two leaders agreed to raise two-way trade to twenty billion US dollars and to open two more border gates before the end of the year.
Hun Sen said the friendship between the two parties had been forged over decades of shared struggle and would be handed on to the younger generation.
Lâm thanked his host for the warm welcome and invited him to visit Viet Nam again at a convenient time, an invitation the Cambodian leader accepted with pleasure.
The visit is the first by the Vietnamese party chief to Cambodia this year and comes after a series of ministerial meetings on transport and energy links.`,
	"/news/rice": `HANOI – Rice exports from the Mekong Delta rose by a tenth in January compared with a year earlier, the agriculture ministry said on Saturday.
Traders said demand from buyers in the region remained strong and that prices had held steady despite a larger harvest than expected in several provinces.
Farmers in An Giang and Kien Giang provinces have been encouraged to switch to higher-value fragrant varieties, which fetch better prices abroad.
The ministry expects shipments to keep growing through the spring, helped by new trade agreements and better logistics along the river.`,
	"/news/border": `PHNOM PENH – A new market at a border gate between Cambodia and Viet Nam opened to traders on Sunday, provincial officials said.
The market is expected to employ several hundred people from villages on both sides of the border and to ease the movement of farm produce.
Officials said customs checks would be simplified for small traders carrying goods worth less than a set amount, which should cut waiting times.
The opening follows an agreement between the two governments last year to modernise facilities at a dozen crossings along the frontier.`,
}

func pageHTML(title, body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><nav>Home | World | Business</nav><article><h1>%s</h1>", title, title)
	for _, p := range strings.Split(body, "\n") {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article><footer>Copyright</footer></body></html>")
	return b.String()
}

type item struct{ path, title, pub string }

func rss(base string, items []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Mekong Wire</title>`)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s%s?utm_source=rss#top</link><guid>%s</guid><pubDate>%s</pubDate><description>Teaser only.</description></item>`,
			it.title, base, it.path, it.path, it.pub)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// world is the outside world of one end-to-end test: a feed server with
// ETag, a page server, a recording Slack stand-in and a settable clock.
type world struct {
	t       *testing.T
	feed    *httptest.Server
	pages   *httptest.Server
	slack   *recordingSlack
	items   atomic.Pointer[[]item]
	hits304 atomic.Int32
	mu      sync.Mutex
	clock   time.Time
	cfgPath string
	envVars map[string]string
}

func newWorld(t *testing.T) *world {
	w := &world{t: t}
	w.pages = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(rw, r)
			return
		}
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(rw, pageHTML("Article", body))
	}))
	t.Cleanup(w.pages.Close)
	w.feed = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		items := *w.items.Load()
		etag := fmt.Sprintf(`"v%d"`, len(items))
		if r.Header.Get("If-None-Match") == etag {
			w.hits304.Add(1)
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", etag)
		rw.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(rw, rss(w.pages.URL, items))
	}))
	t.Cleanup(w.feed.Close)
	w.slack = newRecordingSlack()
	t.Cleanup(w.slack.Close)
	w.items.Store(&[]item{
		{"/news/talks", "Party chief meets CPP President in Phnom Penh", "Sat, 07 Feb 2026 09:00:00 +0700"},
		{"/news/rice", "Rice exports rise", "Sat, 07 Feb 2026 10:00:00 +0700"},
	})
	dir := t.TempDir()
	w.cfgPath = filepath.Join(dir, "relbot.yaml")
	cfg := fmt.Sprintf(`database: %s
timezone: Asia/Ho_Chi_Minh
sources:
  - name: Mekong Wire
    url: %s/rss.xml
    full_text: true
digests:
  - channel: C0123456789
    schedule: "0 7 * * *"
slack:
  api_url: %s/api/
fetch:
  allow_private_networks: true
`, filepath.Join(dir, "relbot.db"), w.feed.URL, w.slack.URL)
	if err := os.WriteFile(w.cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	w.envVars = map[string]string{"SLACK_BOT_TOKEN": "xoxb-e2e", "SLACK_SIGNING_SECRET": "e2e-signing-secret"}
	w.setClock(time.Date(2026, 2, 8, 12, 0, 0, 0, ict))
	return w
}

func (w *world) setClock(t time.Time) { w.mu.Lock(); w.clock = t; w.mu.Unlock() }
func (w *world) now() time.Time       { w.mu.Lock(); defer w.mu.Unlock(); return w.clock }

// relbot runs one command in process and returns its exit code, stdout and stderr.
func (w *world) relbot(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), append(args, "--config", w.cfgPath),
		env{lookup: config.MapEnv(w.envVars), stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: w.now})
	return code, out.String(), errOut.String()
}

func TestEndToEnd(t *testing.T) {
	w := newWorld(t)

	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	if code, _, stderr := w.relbot("collect"); code != 0 || w.hits304.Load() != 1 {
		t.Fatalf("second collect: exit %d, 304s %d: %s", code, w.hits304.Load(), stderr)
	}

	// The morning digest: posted once, to the configured channel.
	w.setClock(time.Date(2026, 2, 9, 7, 0, 30, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("digest exit %d: %s", code, stderr)
	}
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("second digest exit %d: %s", code, stderr)
	}
	posted := w.slack.Messages()
	if len(posted) != 1 {
		t.Fatalf("posted %d messages for one period, want 1", len(posted))
	}
	first := renderText(posted)
	for _, want := range []string{"Party chief meets CPP President in Phnom Penh", "Rice exports rise", "Mekong Wire"} {
		if !strings.Contains(first, want) {
			t.Errorf("digest lacks %q:\n%s", want, first)
		}
	}
	if strings.Contains(first, "utm_source") {
		t.Errorf("digest links keep tracking parameters:\n%s", first)
	}

	// The next period tells only what is new.
	items := append(*w.items.Load(), item{"/news/border", "Border market opens", "Sun, 08 Feb 2026 16:00:00 +0700"})
	w.items.Store(&items)
	w.setClock(time.Date(2026, 2, 10, 6, 0, 0, 0, ict))
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	w.setClock(time.Date(2026, 2, 10, 7, 0, 5, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("digest exit %d: %s", code, stderr)
	}
	posted = w.slack.Messages()
	if len(posted) != 2 {
		t.Fatalf("posted %d messages after two periods, want 2", len(posted))
	}
	second := renderText(posted[1:])
	if !strings.Contains(second, "Border market opens") || strings.Contains(second, "Rice exports rise") {
		t.Errorf("second digest should hold only the new story:\n%s", second)
	}

	// The meeting is answered from the CLI…
	code, out, stderr := w.relbot("query", "--json", "hun-sen")
	if code != 0 {
		t.Fatalf("query exit %d: %s", code, stderr)
	}
	var res relbot.QueryResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("query output is not JSON: %v\n%s", err, out)
	}
	if len(res.Meetings) != 1 || res.Meetings[0].Date != "2026-02-06" || res.Meetings[0].Place == nil ||
		*res.Meetings[0].Place != "Phnom Penh" || len(res.Meetings[0].Sources) != 1 {
		t.Fatalf("query hun-sen = %s", out)
	}

	// …and from Slack, signed; a bad signature and a stale timestamp get 401.
	cfg, err := config.Load(w.cfgPath, config.MapEnv(w.envVars))
	if err != nil {
		t.Fatal(err)
	}
	a, err := openApp(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), w.now)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	msg, status, err := askSigned(context.Background(), a, cfg.Slack.SigningSecret, "hun-sen", time.Now())
	if err != nil || status != http.StatusOK {
		t.Fatalf("signed /relations: %d, %v", status, err)
	}
	if text := renderText([]bot.Message{msg}); !strings.Contains(text, "Tô Lâm") {
		t.Errorf("answer does not name Tô Lâm:\n%s", text)
	}
	for name, tc := range map[string]struct {
		secret string
		at     time.Time
	}{
		"bad signature":   {"not-the-secret", time.Now()},
		"stale timestamp": {cfg.Slack.SigningSecret, time.Now().Add(-10 * time.Minute)},
	} {
		if code := signedStatus(t, a, cfg.Slack.SigningSecret, tc.secret, tc.at); code != http.StatusUnauthorized {
			t.Errorf("%s: HTTP %d, want 401", name, code)
		}
	}
}

// signedStatus posts /relations hun-sen signed with signWith at the given
// time to a handler that knows secret, and returns the HTTP status.
func signedStatus(t *testing.T, a *app, secret, signWith string, at time.Time) int {
	t.Helper()
	h := newCommandHandler(a, secret)
	body := url.Values{"command": {"/relations"}, "text": {"hun-sen"}, "channel_id": {"C0123456789"}, "user_id": {"U1"}}.Encode()
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(signWith))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestBadConfigurationExits2(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path, want string
	}{
		{"unknown key", write("a.yaml", "databse: x.db\n"), "databse"},
		{"bad cron", write("b.yaml", "collect:\n  schedule: \"every hour\"\n"), "collect.schedule"},
		{"bad time zone", write("c.yaml", "timezone: Asia/Hanoi_City\n"), "timezone"},
		{"missing file", filepath.Join(dir, "missing.yaml"), "does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), []string{"config", "check", "--config", tc.path},
				env{lookup: config.MapEnv(nil), stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: time.Now})
			if code != 2 || !strings.Contains(errOut.String(), tc.want) || strings.Count(errOut.String(), "\n") != 1 {
				t.Fatalf("exit %d, stderr %q; want 2 and one line naming %q", code, errOut.String(), tc.want)
			}
		})
	}
}
