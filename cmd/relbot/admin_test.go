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
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/scheduler"
	"github.com/relbot/relbot/store"
)

const adminUser = "UADMIN0001"

// adminWorld is the end-to-end world with an admin in the configuration,
// fetch.allow_private_networks as given, and a second feed server that
// serves what an admin adds: /khmer.xml (a feed of the world's pages),
// /empty.xml, /page.html, /slow.xml (answers only when the client gives up)
// and 404 elsewhere.
type adminWorld struct {
	*world
	extra *httptest.Server
	hits  atomic.Int32
}

func newAdminWorld(t *testing.T, allowPrivate bool) *adminWorld {
	w := &adminWorld{world: newWorld(t)}
	w.extra = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.hits.Add(1)
		switch r.URL.Path {
		case "/khmer.xml":
			rw.Header().Set("Content-Type", "application/rss+xml")
			body := rss(w.pages.URL, []item{{"/news/border", "Border market opens", "Sun, 08 Feb 2026 08:00:00 +0700"}})
			io.WriteString(rw, strings.Replace(body, "<title>Mekong Wire</title>", "<title>  Khmer\n Wire </title>", 1))
		case "/empty.xml":
			rw.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(rw, `<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>`)
		case "/page.html":
			rw.Header().Set("Content-Type", "text/html")
			io.WriteString(rw, pageHTML("Not a feed", pages["/news/rice"]))
		case "/slow.xml":
			<-r.Context().Done()
		default:
			http.NotFound(rw, r)
		}
	}))
	t.Cleanup(w.extra.Close)
	cfg, err := os.ReadFile(w.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(cfg), "slack:\n", "slack:\n  admins: ["+adminUser+"]\n", 1)
	s = strings.Replace(s, "allow_private_networks: true", fmt.Sprintf("allow_private_networks: %v", allowPrivate), 1)
	if err := os.WriteFile(w.cfgPath, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return w
}

func command(a *app, channel, user, text string) string {
	return commandCtx(context.Background(), a, channel, user, text)
}

func commandCtx(ctx context.Context, a *app, channel, user, text string) string {
	c := &bot.Commands{Backend: backend{a}, Logger: a.log}
	m := c.Handle(ctx, slack.SlashCommand{Command: "/relations", Text: text, ChannelID: channel, UserID: user})
	var b strings.Builder
	b.WriteString(m.Text)
	for _, blk := range m.Blocks {
		if s, ok := blk.(*slack.SectionBlock); ok && s.Text != nil {
			b.WriteString("\n" + s.Text.Text)
		}
	}
	return b.String()
}

func collected(t *testing.T, a *app) map[string]int {
	t.Helper()
	reports, err := a.collect(context.Background())
	if err != nil {
		t.Fatalf("collect: %v", err)
	}
	out := map[string]int{}
	for _, r := range reports {
		if r.Err != nil {
			out[r.Source] = -1
			continue
		}
		out[r.Source] = r.Added
	}
	return out
}

// TestSourceAddedFromSlackIsCollected: an admin adds a feed served on
// 127.0.0.1 (allowed by fetch.allow_private_networks); the next collect run
// reads it next to the configured one; removed, it is read no more.
func TestSourceAddedFromSlackIsCollected(t *testing.T) {
	w := newAdminWorld(t, true)
	a := openWorldApp(t, w.world, nil)
	const ch = "C0123456789"
	khmer := w.extra.URL + "/khmer.xml"

	steps := []struct {
		user, text string
		want       string
	}{
		{"UOTHER0002", "source add " + khmer, "Only relbot's admins can add sources"},
		{adminUser, "source add " + w.extra.URL + "/missing.xml", "was not found (HTTP 404)"},
		{adminUser, "source add " + w.extra.URL + "/page.html", "is not an RSS, Atom or JSON feed"},
		{adminUser, "source add " + w.extra.URL + "/empty.xml", "has no items"},
		{adminUser, "source add " + w.feed.URL + "/rss.xml/", "already read as Mekong Wire, from the configuration file"},
		{adminUser, "source add " + khmer + " as mekong wire", "A configured source is already called Mekong Wire"},
		{adminUser, "source add " + khmer, "Added *Khmer Wire*"},
		{adminUser, "source add " + strings.Replace(khmer, "http://", "HTTP://", 1), "already read as Khmer Wire, added from Slack"},
		{"UOTHER0002", "sources", "added from Slack by <@" + adminUser + "> on 8 February 2026"},
		{adminUser, "source remove Mekong Wire", "is listed in the configuration file"},
	}
	for _, s := range steps {
		if got := command(a, ch, s.user, s.text); !strings.Contains(got, s.want) {
			t.Errorf("/relations %s (as %s):\n%s\nwant it to contain %q", s.text, s.user, got, s.want)
		}
	}

	if diff := cmp.Diff(map[string]int{"Mekong Wire": 2, "Khmer Wire": 1}, collected(t, a)); diff != "" {
		t.Errorf("first collect: articles added per source (-want +got):\n%s", diff)
	}
	arts, err := a.store.ArticlesAfter(context.Background(), 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var fromKhmer []string
	for _, art := range arts {
		if art.Source == "Khmer Wire" {
			fromKhmer = append(fromKhmer, art.Title)
		}
	}
	if diff := cmp.Diff([]string{"Border market opens"}, fromKhmer); diff != "" {
		t.Errorf("articles of the Slack source (-want +got):\n%s", diff)
	}

	if got := command(a, ch, adminUser, "source remove khmer wire"); !strings.Contains(got, "Removed *Khmer Wire*") {
		t.Errorf("source remove answered:\n%s", got)
	}
	hits := w.hits.Load()
	if diff := cmp.Diff(map[string]int{"Mekong Wire": 0}, collected(t, a)); diff != "" {
		t.Errorf("collect after remove (-want +got):\n%s", diff)
	}
	if w.hits.Load() != hits {
		t.Error("a removed source was fetched")
	}
	if got := command(a, ch, adminUser, "sources"); strings.Contains(got, "Khmer") {
		t.Errorf("sources after remove still lists it:\n%s", got)
	}

	// A feed that does not answer in time is explained, not an internal error.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if got := commandCtx(ctx, a, ch, adminUser, "source add "+w.extra.URL+"/slow.xml"); !strings.Contains(got, "did not answer within") {
		t.Errorf("slow feed answered:\n%s", got)
	}
}

// TestSourceFromSlackRefusedByTheGuard: with fetch.allow_private_networks
// off, a URL on 127.0.0.1 given in Slack is refused before any request, and
// a source stored earlier on such an address fails its collect, while the
// configured source on 127.0.0.1 (trusted as written) is still read.
func TestSourceFromSlackRefusedByTheGuard(t *testing.T) {
	w := newAdminWorld(t, false)
	a := openWorldApp(t, w.world, nil)
	for _, u := range []string{w.extra.URL + "/khmer.xml", strings.Replace(w.extra.URL, "127.0.0.1", "localhost", 1) + "/khmer.xml"} {
		got := command(a, "C0123456789", adminUser, "source add "+u)
		if !strings.Contains(got, "refuses to fetch") || !strings.Contains(got, "fetch.allow") {
			t.Errorf("source add %s with the guard on answered:\n%s", u, got)
		}
	}
	if n := w.hits.Load(); n != 0 {
		t.Errorf("the refused feed server got %d requests, want none", n)
	}
	if got := command(a, "C0123456789", adminUser, "source add file:///etc/passwd"); !strings.Contains(got, "Only http:// and https://") {
		t.Errorf("file URL answered:\n%s", got)
	}

	// Stored while the guard was off (or its name resolved elsewhere then).
	if err := addStoredSource(a, "Khmer Wire", w.extra.URL+"/khmer.xml"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"Mekong Wire": 2, "Khmer Wire": -1}, collected(t, a)); diff != "" {
		t.Errorf("collect with the guard on (-want +got):\n%s", diff)
	}
	if n := w.hits.Load(); n != 0 {
		t.Errorf("the guarded feed server got %d requests during collect, want none", n)
	}
}

func addStoredSource(a *app, name, u string) error {
	return a.store.AddSlackSource(context.Background(), store.SlackSource{Name: name, URL: u, AddedBy: adminUser, Added: a.now()})
}

// TestDigestScheduleFromSlack: a channel's schedule set in Slack replaces
// the configured one in the period computation and the scheduler; a channel
// with no configured digest gets one with its follows as terms; another
// replica on the same database follows at its next sync; export → import →
// export keeps the settings.
func TestDigestScheduleFromSlack(t *testing.T) {
	w := newAdminWorld(t, true)
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect: %s", stderr)
	}
	a := openWorldApp(t, w.world, nil)
	const ch, fresh = "C0123456789", "C0NEWCHAN01"
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	sched := scheduler.New(a.cfg.Location, quiet)
	jobs := &digestJobs{a: a, sched: sched, log: quiet}
	if err := jobs.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.digestJobs.Store(jobs)
	if diff := cmp.Diff(map[string]string{"digest " + ch: "0 7 * * *"}, sched.Jobs()); diff != "" {
		t.Errorf("jobs before (-want +got):\n%s", diff)
	}

	preview := func(channel string) string {
		t.Helper()
		dg, err := backend{a}.DigestPreview(context.Background(), channel)
		if err != nil {
			t.Fatalf("DigestPreview(%s): %v", channel, err)
		}
		return dg.Period
	}
	// Sunday 8 February 2026, 12:00 in Ho Chi Minh City.
	if got, want := preview(ch), "2026-02-08T07:00:00+07:00"; got != want {
		t.Errorf("period before = %s, want %s", got, want)
	}
	steps := []struct{ channel, text, want string }{
		{ch, "digest schedule", "runs on `0 7 * * *` (`Asia/Ho_Chi_Minh`): next on Monday 9 February 2026 at 07:00 +07. It was set in the configuration file"},
		{ch, `digest schedule "*/10 * * * *"`, "at most once an hour"},
		{ch, `digest schedule “0 9 * * 1-5”`, "now runs on `0 9 * * 1-5` (`Asia/Ho_Chi_Minh`): next on Monday 9 February 2026 at 09:00 +07"},
		{ch, "digest schedule", "set in Slack by <@UOTHER0002>"},
		{fresh, "digest schedule", "This channel has no digest yet"},
		{fresh, "follow rice", "now follows *rice*"},
		{fresh, `digest schedule CRON_TZ=Asia/Phnom_Penh 30 18 * * *`, "now runs on `CRON_TZ=Asia/Phnom_Penh 30 18 * * *` (`Asia/Phnom_Penh`): next on Sunday 8 February 2026 at 18:30 +07"},
	}
	for _, s := range steps {
		if got := command(a, s.channel, "UOTHER0002", s.text); !strings.Contains(got, s.want) {
			t.Errorf("/relations %s in %s:\n%s\nwant it to contain %q", s.text, s.channel, got, s.want)
		}
	}
	if got, want := preview(ch), "2026-02-06T09:00:00+07:00"; got != want {
		t.Errorf("period after the override = %s, want %s (Friday's run)", got, want)
	}
	want := map[string]string{"digest " + ch: "0 9 * * 1-5", "digest " + fresh: "CRON_TZ=Asia/Phnom_Penh 30 18 * * *"}
	if diff := cmp.Diff(want, sched.Jobs()); diff != "" {
		t.Errorf("jobs after the commands (-want +got):\n%s", diff)
	}
	dg, err := backend{a}.DigestPreview(context.Background(), fresh)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, it := range dg.Items {
		titles = append(titles, it.Title)
	}
	if diff := cmp.Diff([]string{"Rice exports rise"}, titles); diff != "" {
		t.Errorf("the new channel's digest follows rice only (-want +got):\n%s", diff)
	}

	// Another replica on the same database picks the schedules up at its
	// next sync.
	other := openWorldApp(t, w.world, nil)
	otherSched := scheduler.New(other.cfg.Location, quiet)
	if err := (&digestJobs{a: other, sched: otherSched, log: quiet}).sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, otherSched.Jobs()); diff != "" {
		t.Errorf("jobs on the other replica (-want +got):\n%s", diff)
	}
	a.Close()
	other.Close()

	// The CLI posts the new channel's digest too.
	w.setClock(time.Date(2026, 2, 8, 18, 31, 0, 0, ict))
	if code, _, stderr := w.relbot("digest", "--channel", fresh); code != 0 {
		t.Fatalf("digest --channel %s: exit %d: %s", fresh, code, stderr)
	}
	if posted := w.slack.Messages(); len(posted) != 1 || !strings.Contains(renderText(posted), "Rice exports rise") {
		t.Errorf("posted %d messages, want the new channel's digest:\n%s", len(posted), renderText(posted))
	}

	// Export → import → export keeps what was set from Slack.
	if err := addStoredSource(openWorldApp(t, w.world, nil), "Khmer <Wire>", w.extra.URL+"/khmer.xml?a=1&b=2"); err != nil {
		t.Fatal(err)
	}
	code, first, stderr := w.relbot("export")
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	for _, line := range []string{
		`{"type":"schedule","channel":"C0123456789","schedule":"0 9 * * 1-5","set_by":"UOTHER0002","updated":"2026-02-08T12:00:00+07:00"}`,
		`"type":"slack_source","name":"Khmer <Wire>"`,
	} {
		if !strings.Contains(first, line) {
			t.Errorf("export lacks %s:\n%s", line, tail(first, 1500))
		}
	}
	file := filepath.Join(t.TempDir(), "export.jsonl")
	if err := os.WriteFile(file, []byte(first), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, _ := os.ReadFile(w.cfgPath)
	dbPath := filepath.Join(t.TempDir(), "restored.db")
	restored := withDatabase(string(cfg), dbPath)
	w.cfgPath = filepath.Join(t.TempDir(), "restored.yaml")
	if err := os.WriteFile(w.cfgPath, []byte(restored), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := w.relbot("import", file); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	code, second, stderr := w.relbot("export")
	if code != 0 {
		t.Fatalf("export after import: %s", stderr)
	}
	if !bytes.Equal([]byte(first), []byte(second)) {
		t.Errorf("export after import differs (-before +after):\n%s", cmp.Diff(strings.Split(first, "\n"), strings.Split(second, "\n")))
	}
}

func withDatabase(cfg, db string) string {
	lines := strings.Split(cfg, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "database:") {
			lines[i] = "database: " + db
		}
	}
	return strings.Join(lines, "\n")
}
