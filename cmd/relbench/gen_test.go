package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/store"
)

func testGenerator(t testing.TB, meetings, articles int) (*Generator, *meeting.Gazetteer) {
	t.Helper()
	g, err := meeting.NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := NewGenerator(7, meetings, articles, genEnd, g.Actors())
	if err != nil {
		t.Fatal(err)
	}
	return gen, g
}

func TestGeneratorDeterministic(t *testing.T) {
	a, _ := testGenerator(t, 1000, 10000)
	b, _ := testGenerator(t, 1000, 10000)
	// Backwards in b: nothing may depend on what was made before.
	for _, i := range []int{9999, 5003, 17, 0} {
		if diff := cmp.Diff(a.Article(i), b.Article(i)); diff != "" {
			t.Errorf("Article(%d) differs between two generators (-a +b):\n%s", i, diff)
		}
	}
	for _, j := range []int{999, 501, 3, 0} {
		if diff := cmp.Diff(a.Meeting(j), b.Meeting(j)); diff != "" {
			t.Errorf("Meeting(%d) differs between two generators (-a +b):\n%s", j, diff)
		}
	}
}

// TestGeneratorShape checks the properties the benchmarks rely on: the
// actor skew, 2–4 known participants, ten years of dates, 1–3 sources that
// are the block's articles, about 3 KB of text.
func TestGeneratorShape(t *testing.T) {
	const meetings, articles = 4000, 40000
	gen, g := testGenerator(t, meetings, articles)
	counts := map[string]int{}
	first, last := genEnd.AddDate(-10, 0, 1), genEnd
	for j := range meetings {
		m := gen.Meeting(j)
		if m.ID != int64(j+1) {
			t.Fatalf("Meeting(%d).ID = %d, want %d", j, m.ID, j+1)
		}
		if n := len(m.Participants); n < 2 || n > 4 {
			t.Errorf("meeting %d has %d participants, want 2–4", j, n)
		}
		for _, p := range m.Participants {
			if _, ok := g.Actor(p.Slug); !ok {
				t.Errorf("meeting %d: participant %q not in the gazetteer", j, p.Slug)
			}
			counts[p.Slug]++
		}
		if len(m.Slugs()) != len(slices.Compact(slices.Sorted(slices.Values(m.Slugs())))) {
			t.Errorf("meeting %d lists an actor twice: %v", j, m.Slugs())
		}
		if m.Date.Start().Before(first) || m.Date.End().After(last.AddDate(0, 1, 0)) {
			t.Errorf("meeting %d dated %s, outside %s–%s", j, m.Date, first.Format(time.DateOnly), last.Format(time.DateOnly))
		}
		if n := len(m.Sources); n < 1 || n > 3 {
			t.Errorf("meeting %d has %d sources, want 1–3", j, n)
		}
		if (m.Kind == relbot.KindInPerson) == (m.Place == "") {
			t.Errorf("meeting %d: kind %s with place %q", j, m.Kind, m.Place)
		}
		for k, src := range m.Sources {
			a := gen.Article(int(src.ArticleID) - 1)
			if src.ArticleID != int64(j*10+k+1) {
				t.Errorf("meeting %d source %d is article %d, want %d", j, k, src.ArticleID, j*10+k+1)
			}
			if got := (relbot.SourceRef{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published, ArticleID: a.ID}); !cmp.Equal(got, src) {
				t.Errorf("meeting %d source %d is %+v, but its article says %+v", j, k, src, got)
			}
		}
	}
	type share struct {
		slug string
		n    int
	}
	var shares []share
	for s, n := range counts {
		shares = append(shares, share{s, n})
	}
	sort.Slice(shares, func(i, j int) bool { return shares[i].n > shares[j].n })
	if top := float64(shares[0].n) / meetings; top < 0.2 || top > 0.6 {
		t.Errorf("the most frequent actor %s is in %.0f%% of meetings, want 20–60%%", shares[0].slug, 100*top)
	}
	if mid := float64(shares[len(shares)/2].n) / meetings; mid > 0.02 {
		t.Errorf("the median actor is in %.1f%% of meetings, want under 2%%: not skewed", 100*mid)
	}
	if i := slices.IndexFunc(shares, func(s share) bool { return s.slug == "hun-sen" }); i < 0 || i > 5 {
		t.Errorf("hun-sen ranks %d among actors, want among the first six", i)
	}

	var bytes, words int
	const sample = 2000
	for i := 0; i < articles; i += articles / sample {
		a := gen.Article(i)
		if !utf8.ValidString(a.Text) || a.Source == "" || a.GUID == "" || !strings.HasPrefix(a.URL, "https://") {
			t.Errorf("article %d malformed: %+v", i, a)
		}
		bytes += len(a.Text)
		words += len(strings.Fields(a.Text))
	}
	if avg := bytes / sample; avg < 2800 || avg > 4000 {
		t.Errorf("articles average %d bytes of text, want about 3 KB", avg)
	}
	if avg := words / sample; avg < 450 || avg > 600 {
		t.Errorf("articles average %d words, want about 500", avg)
	}
}

// TestGeneratedMeetingsExtracted runs the real extractor over generated
// articles: the ones that report a held meeting must yield it, the others
// none, so that ingest sees a realistic meeting rate.
func TestGeneratedMeetingsExtracted(t *testing.T) {
	gen, g := testGenerator(t, 200, 1000)
	x := meeting.NewExtractor(g)
	var reporting, held, found, spurious int
	for i := range 1000 {
		m, reports := gen.reports(i)
		a := gen.Article(i)
		ex := x.Extract(meeting.Input{URL: a.URL, Outlet: a.Source, Title: a.Title, Text: a.Text, Published: a.Published})
		var got []relbot.Meeting
		for _, e := range ex.Meetings {
			if e.Status == relbot.StatusPast {
				got = append(got, e)
			}
		}
		switch {
		case reports && m.Status == relbot.StatusPast:
			reporting++
			held++
			// A meeting of three or four may come out as one meeting per
			// pair with the host: together they must name everyone.
			var named []string
			for _, e := range got {
				named = append(named, e.Slugs()...)
			}
			if !slices.ContainsFunc(m.Slugs(), func(s string) bool { return !slices.Contains(named, s) }) {
				found++
			}
		case reports:
			reporting++
		default:
			spurious += len(got)
		}
	}
	if rate := float64(reporting) / 1000; rate < 0.1 || rate > 0.4 {
		t.Errorf("%.0f%% of articles report a meeting, want 10–40%%", 100*rate)
	}
	if found < held*9/10 {
		t.Errorf("extractor found %d of %d held meetings with all their participants, want 90%%", found, held)
	}
	if spurious > 10 {
		t.Errorf("extractor found %d held meetings in articles that report none, want at most 10", spurious)
	}
}

func TestRSSFeedParses(t *testing.T) {
	gen, _ := testGenerator(t, 10, 30)
	var arts []relbot.Article
	for i := range 30 {
		arts = append(arts, gen.Article(i))
	}
	items, err := feed.ParseFeed([]byte(rssFeed("Bench <feed> & co", arts)))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != len(arts) {
		t.Fatalf("%d items parsed, want %d", len(items), len(arts))
	}
	for i, it := range items {
		a := arts[i]
		got := []any{it.GUID, it.URL, it.Title, it.Published.Equal(a.Published), it.Text, it.FullText}
		want := []any{a.GUID, a.URL, a.Title, true, a.Text, true}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("item %d (-want +got):\n%s", i, diff)
		}
	}
}

// TestLoadedStoreAnswers bulk-loads generated data into SQLite and checks
// that /relations answers count what the generator made.
func TestLoadedStoreAnswers(t *testing.T) {
	const meetings, articles = 600, 3000
	gen, g := testGenerator(t, meetings, articles)
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.BulkLoad(ctx, ordered(ctx, articles, gen.Article), ordered(ctx, meetings, gen.Meeting)); err != nil {
		t.Fatal(err)
	}
	want := 0
	for j := range meetings {
		if m := gen.Meeting(j); m.Status == relbot.StatusPast && m.Has("hun-sen") {
			want++
		}
	}
	res, err := meeting.Answer(ctx, g, st, "hun-sen", 0, pageSize)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != want || len(res.Meetings) != min(want, pageSize) {
		t.Errorf("answer to hun-sen: total %d, %d on the page; want %d, %d", res.Total, len(res.Meetings), want, min(want, pageSize))
	}
	a := gen.Article(1234)
	found, err := st.SearchArticles(ctx, a.Title, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(found, func(f relbot.Article) bool { return f.ID == a.ID }) {
		t.Errorf("SearchArticles(%q) does not find article %d", a.Title, a.ID)
	}
}

func TestOrdered(t *testing.T) {
	ctx := context.Background()
	got := slices.Collect(ordered(ctx, 1000, func(i int) int { return i * i }))
	for i, v := range got {
		if v != i*i {
			t.Fatalf("ordered value %d = %d, want %d", i, v, i*i)
		}
	}
	if len(got) != 1000 {
		t.Fatalf("ordered gave %d values, want 1000", len(got))
	}
	// Stopping early ends the producers instead of leaving them blocked.
	n := 0
	for range ordered(ctx, 1_000_000, func(i int) int { return i }) {
		if n++; n == 10 {
			break
		}
	}
}

func TestMeasure(t *testing.T) {
	var calls atomic.Int64
	boom := errors.New("boom")
	s := measure(context.Background(), "x", []string{"a", "b", "fail"}, 300, 3, time.Minute, func(_ context.Context, q string) error {
		calls.Add(1)
		if q == "fail" {
			return boom
		}
		return nil
	})
	if s.n != 300 || calls.Load() != warmup+300 {
		t.Errorf("measured %d of 300 after %d calls, want 300 after %d", s.n, calls.Load(), warmup+300)
	}
	if s.errs != 100 {
		t.Errorf("counted %d errors, want 100 (every third query fails)", s.errs)
	}
	if !slices.IsSorted(s.lat) || s.pct(0.5) > s.pct(0.99) {
		t.Errorf("latencies not sorted: %v", s.lat[:5])
	}
	// An expired time limit stops each worker before its next query.
	s = measure(context.Background(), "x", []string{"a"}, 300, 3, time.Nanosecond, func(context.Context, string) error { return nil })
	if s.n > 3 {
		t.Errorf("measured %d queries with an expired time limit, want at most one a worker", s.n)
	}
}

func TestParseOptions(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
		dsn     string
	}{
		{"sqlite", []string{"-db", "sqlite:/tmp/x.db", "query"}, "", "/tmp/x.db"},
		{"postgres", []string{"-db", "postgres://u@127.0.0.1/db", "-load"}, "", "postgres://u@127.0.0.1/db"},
		{"bad mode", []string{"-db", "sqlite:x.db", "querry"}, `unknown mode "querry"`, ""},
		{"bad db", []string{"-db", "mysql://x", "query"}, "want \"sqlite:PATH\"", ""},
		{"nothing", []string{"-db", "sqlite:x.db"}, "nothing to do", ""},
		{"zero count", []string{"-count", "0", "query"}, "must be positive", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := parseOptions(tc.args, &strings.Builder{})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("parseOptions(%q) error %v, want one containing %q", tc.args, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if dsn, _ := storeDSN(o.db); dsn != tc.dsn {
				t.Errorf("dsn %q, want %q", dsn, tc.dsn)
			}
		})
	}
}

// TestMemoryOfProcess reads this test's own /proc status, as rss mode reads
// the child's.
func TestMemoryOfProcess(t *testing.T) {
	p, err := os.FindProcess(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: execCmdWith(p)}
	rss, hwm, err := c.memory()
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	if rss < 1<<20 || hwm < rss {
		t.Errorf("VmRSS %d, VmHWM %d: want RSS over 1 MB and the peak at least as large", rss, hwm)
	}
}

func execCmdWith(p *os.Process) *exec.Cmd { return &exec.Cmd{Process: p} }
