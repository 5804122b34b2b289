package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/store"
	"github.com/relbot/relbot/summarize"
)

var ict = time.FixedZone("ICT", 7*3600)

// fakeFetcher serves feeds and pages from maps; a feed URL missing from the
// map fails like an unreachable server.
type fakeFetcher struct {
	mu        sync.Mutex
	feeds     map[string][]feed.Item
	pages     map[string]string
	pageCalls int
}

func (f *fakeFetcher) FetchFeed(_ context.Context, url string, prev feed.State) (feed.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	items, ok := f.feeds[url]
	if !ok {
		return feed.Result{}, errors.New("dial tcp: connection refused")
	}
	return feed.Result{Items: items, State: feed.State{ETag: `"1"`}}, nil
}

func (f *fakeFetcher) FetchUntrustedFeed(ctx context.Context, url string, prev feed.State) (feed.Result, error) {
	return f.FetchFeed(ctx, url, prev)
}

func (f *fakeFetcher) FetchPage(_ context.Context, url string) (feed.Page, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pageCalls++
	text, ok := f.pages[url]
	if !ok {
		return feed.Page{}, feed.ErrNoText
	}
	return feed.Page{Text: text}, nil
}

func newCollector(t *testing.T, f *fakeFetcher) (*Collector, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "relbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	g, err := meeting.NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &Collector{
		Fetcher: f, Store: st, Summarizer: summarize.Extractive{}, Extractor: meeting.NewExtractor(g), Gazetteer: g,
		Concurrency: 2, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now: func() time.Time { return time.Date(2026, 2, 8, 12, 0, 0, 0, ict) },
	}, st
}

// Texts written for this test in the project's own words.
const (
	reportA = `PHNOM PENH, Feb 6 – Party General Secretary Tô Lâm held talks with Prime Minister Hun Manet at the Peace Palace in Phnom Penh on Friday. The two leaders agreed to finish the demarcation of the land border and to raise trade to twenty billion US dollars.`
	reportB = `Samdech Moha Bovor Thipadei Hun Manet received visiting Vietnamese party chief To Lam at the Peace Palace on 6 February 2026. Both sides agreed to speed up border demarcation and to expand trade and investment.`
)

func TestRunMergesOutletsAndSurvivesABrokenSource(t *testing.T) {
	f := &fakeFetcher{
		feeds: map[string][]feed.Item{
			"https://a.example/rss": {{GUID: "a1", URL: "https://a.example/talks", Title: "Party chief holds talks with Cambodian PM",
				Text: reportA, FullText: true, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)}},
			"https://b.example/rss": {{GUID: "b1", URL: "https://b.example/talks", Title: "Samdech Hun Manet receives To Lam",
				Text: "Teaser.", Published: time.Date(2026, 2, 7, 10, 0, 0, 0, ict)}},
		},
		pages: map[string]string{"https://b.example/talks": reportB},
	}
	c, st := newCollector(t, f)
	sources := []Source{
		{Name: "Outlet A", URL: "https://a.example/rss"},
		{Name: "Outlet B", URL: "https://b.example/rss", FullText: true},
		{Name: "Broken", URL: "https://broken.example/rss"},
	}
	ctx := context.Background()
	reports, err := c.Run(ctx, sources)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if reports[0].Added != 1 || reports[1].Added != 1 || reports[2].Err == nil {
		t.Fatalf("reports = %+v; want one article from each working source and the broken one failed", reports)
	}
	if f.pageCalls != 1 {
		t.Errorf("page fetches = %d, want 1 (only the teaser item of a full_text source)", f.pageCalls)
	}
	ms, total, err := st.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-manet"}})
	if err != nil {
		t.Fatal(err)
	}
	if total != 1 || len(ms[0].Sources) != 2 {
		t.Fatalf("meetings = %+v; want one meeting reported by both outlets", ms)
	}
	if got := ms[0].Date.String(); got != "2026-02-06" || ms[0].Place != "Phnom Penh" {
		t.Errorf("meeting date, place = %s, %q", got, ms[0].Place)
	}

	// Collecting the same feeds again adds nothing.
	reports, err = c.Run(ctx, sources)
	if err != nil || reports[0].Added+reports[1].Added != 0 {
		t.Fatalf("second run: %+v, %v; want nothing added", reports, err)
	}
	articles, err := st.ArticlesAfter(ctx, 0, 100)
	if err != nil || len(articles) != 2 {
		t.Fatalf("articles = %d, %v; want 2", len(articles), err)
	}
	for _, a := range articles {
		if a.Source == "Outlet B" && a.Text != reportB {
			t.Errorf("page text not used for the teaser item: %q", a.Text)
		}
	}
}

func TestRunFailsOnlyWhenEverySourceFails(t *testing.T) {
	c, _ := newCollector(t, &fakeFetcher{})
	_, err := c.Run(context.Background(), []Source{{Name: "x", URL: "https://x.example/rss"}, {Name: "y", URL: "https://y.example/rss"}})
	if !errors.Is(err, ErrAllFailed) {
		t.Fatalf("err = %v, want ErrAllFailed", err)
	}
}

func TestTeaserKeptWhenPageFails(t *testing.T) {
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {{GUID: "1", URL: "https://a.example/gone",
		Title: "Gone", Text: "Only a teaser survives.", Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)}}}}
	c, st := newCollector(t, f)
	if _, err := c.Run(context.Background(), []Source{{Name: "A", URL: "https://a.example/rss", FullText: true}}); err != nil {
		t.Fatal(err)
	}
	as, err := st.ArticlesAfter(context.Background(), 0, 10)
	if err != nil || len(as) != 1 || as[0].Text != "Only a teaser survives." || as[0].Summary == "" {
		t.Fatalf("articles = %+v, %v", as, err)
	}
}

// panickingExtractor stands for an extractor bug met on some outside text.
type panickingExtractor struct{}

func (panickingExtractor) Extract(meeting.Input) meeting.Extraction { panic("index out of range") }

func TestExtractorPanicKeepsTheArticle(t *testing.T) {
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {
		{GUID: "1", URL: "https://a.example/1", Title: "One", Text: reportA, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)},
		{GUID: "2", URL: "https://a.example/2", Title: "Two", Text: reportB, Published: time.Date(2026, 2, 7, 10, 0, 0, 0, ict)},
	}}}
	c, st := newCollector(t, f)
	c.Extractor = panickingExtractor{}
	reports, err := c.Run(context.Background(), []Source{{Name: "A", URL: "https://a.example/rss"}})
	if err != nil || reports[0].Err != nil || reports[0].Added != 2 {
		t.Fatalf("Run = %+v, %v; want both articles added despite the extractor's panic", reports, err)
	}
	as, err := st.ArticlesAfter(context.Background(), 0, 10)
	if err != nil || len(as) != 2 {
		t.Fatalf("stored %d articles, %v; want 2", len(as), err)
	}
}

// A report naming two of a stored four-party meeting's participants joins
// it: the collector locks the other two as well before writing it.
func TestReportJoinsAWiderStoredMeeting(t *testing.T) {
	ctx := context.Background()
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {{GUID: "a1", URL: "https://a.example/talks",
		Title: "Party chief holds talks with Cambodian PM", Text: reportA, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)}}}}
	c, st := newCollector(t, f)
	stored := &relbot.Article{Source: "Outlet C", GUID: "c1", URL: "https://c.example/summit", Title: "Four leaders meet",
		Published: time.Date(2026, 2, 6, 20, 0, 0, 0, ict)}
	wide := &relbot.Meeting{Date: relbot.Date{Year: 2026, Month: 2, Day: 6}, Place: "Phnom Penh", Kind: relbot.KindInPerson,
		Status: relbot.StatusPast, Participants: []relbot.Participant{{Slug: "hun-manet"}, {Slug: "to-lam"}, {Slug: "hun-sen"},
			{Slug: "sonexay-siphandone"}},
		Sources: []relbot.SourceRef{{URL: stored.URL, Outlet: stored.Source, Title: stored.Title, Published: stored.Published}}}
	if _, err := st.SaveArticle(ctx, stored, []*relbot.Meeting{wide}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}}); err != nil {
		t.Fatal(err)
	}
	ms, total, err := st.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-manet"}})
	if err != nil || total != 1 {
		t.Fatalf("FindMeetings = %d meetings, %v; want the one stored", total, err)
	}
	if len(ms[0].Participants) != 4 || len(ms[0].Sources) != 2 || ms[0].ID != wide.ID {
		t.Errorf("meeting %d: %v with %d sources; want meeting %d, its four participants and both reports",
			ms[0].ID, ms[0].Slugs(), len(ms[0].Sources), wide.ID)
	}
}

// Two meetings one article tells apart stay apart, though they share two of
// three people and are a day apart.
func TestOneArticlesMeetingsStayApart(t *testing.T) {
	ctx := context.Background()
	text := "HANOI, Feb 7 – General Secretary Tô Lâm received Cambodian Deputy Prime Minister Sar Sokha in Hanoi on Friday afternoon.\n\n" +
		"Minister of Public Security Lương Tam Quang attended the meeting.\n\n" +
		"On Thursday, Sar Sokha held talks with Lương Tam Quang at the ministry's headquarters in Hanoi."
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {{GUID: "a1", URL: "https://a.example/sokha",
		Title: "Party chief receives Cambodian interior minister", Text: text, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)}}}}
	c, st := newCollector(t, f)
	if _, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}}); err != nil {
		t.Fatal(err)
	}
	ms, total, err := st.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"sar-sokha"}})
	if err != nil || total != 2 {
		t.Fatalf("FindMeetings = %d meetings, %v; want the reception and the talks", total, err)
	}
	for _, m := range ms {
		t.Logf("%s %v", m.Date, m.Slugs())
	}
}

// Two meetings of one article that both match one stored meeting do not
// both rewrite it: the stored trilateral takes the article's trilateral,
// and the plenary of six that shares two of its ministers is stored apart
// (the second rewrite used to overwrite the first, losing the plenary).
func TestTwoMeetingsOfOneArticleDoNotShareAStoredOne(t *testing.T) {
	ctx := context.Background()
	text := "KUALA LUMPUR, Feb 6 – The ASEAN foreign ministers' meeting opened in Kuala Lumpur on Friday. " +
		"Attending the session were Cambodian Foreign Minister Prak Sokhonn, Indonesian Foreign Minister Sugiono, " +
		"Thai Foreign Minister Maris Sangiampongsa, Singapore's Foreign Minister Vivian Balakrishnan, " +
		"Vietnamese Foreign Minister Bui Thanh Son and Philippine Foreign Affairs Secretary Theresa Lazaro.\n\n" +
		"On the sidelines of the meeting on Friday afternoon, Foreign Minister Mohamad Hasan held a trilateral meeting with Prak Sokhonn and Maris Sangiampongsa."
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {{GUID: "a1", URL: "https://a.example/amm",
		Title: "ASEAN foreign ministers meet", Text: text, FullText: true, Published: time.Date(2026, 2, 6, 20, 0, 0, 0, ict)}}}}
	c, st := newCollector(t, f)
	stored := &relbot.Article{Source: "Outlet C", GUID: "c1", URL: "https://c.example/trilateral", Title: "Three ministers meet",
		Published: time.Date(2026, 2, 6, 21, 0, 0, 0, ict)}
	trilateral := &relbot.Meeting{Date: relbot.Date{Year: 2026, Month: 2, Day: 6}, Place: "Kuala Lumpur", Kind: relbot.KindInPerson,
		Status: relbot.StatusPast, Participants: []relbot.Participant{{Slug: "mohamad-hasan"}, {Slug: "prak-sokhonn"}, {Slug: "maris-sangiampongsa"}},
		Sources: []relbot.SourceRef{{URL: stored.URL, Outlet: stored.Source, Title: stored.Title, Published: stored.Published}}}
	if _, err := st.SaveArticle(ctx, stored, []*relbot.Meeting{trilateral}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}}); err != nil {
		t.Fatal(err)
	}
	ms, total, err := st.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"prak-sokhonn"}})
	if err != nil || total != 2 {
		for _, m := range ms {
			t.Logf("%s %v", m.Date, m.Slugs())
		}
		t.Fatalf("FindMeetings = %d meetings, %v; want the plenary and the trilateral", total, err)
	}
	for _, m := range ms {
		switch len(m.Participants) {
		case 3:
			if m.ID != trilateral.ID || len(m.Sources) != 2 {
				t.Errorf("trilateral %d with %d sources; want the stored one (%d) with both reports", m.ID, len(m.Sources), trilateral.ID)
			}
		case 6:
		default:
			t.Errorf("meeting %v: want the six of the plenary or the three of the trilateral", m.Slugs())
		}
	}
}

// readGatedStore holds every SaveArticle until MeetingsBetween has been
// called reads times: the merges of that many articles have read the store
// before any of them saved.
type readGatedStore struct {
	*store.Store
	reads int

	mu    sync.Mutex
	calls int
	read  chan struct{}
}

func (g *readGatedStore) MeetingsBetween(ctx context.Context, from, to relbot.Date, slugs ...string) ([]relbot.Meeting, error) {
	g.mu.Lock()
	g.calls++
	if g.calls == g.reads {
		close(g.read)
	}
	g.mu.Unlock()
	return g.Store.MeetingsBetween(ctx, from, to, slugs...)
}

func (g *readGatedStore) SaveArticle(ctx context.Context, a *relbot.Article, ms []*relbot.Meeting, actors []relbot.Actor) (bool, error) {
	select {
	case <-g.read:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	return g.Store.SaveArticle(ctx, a, ms, actors)
}

// saveTwoAtOnce collects, two workers at once, one feed of reportA's item
// and second through the store gate wraps, and wants both added.
func saveTwoAtOnce(t *testing.T, second feed.Item, gate func(*store.Store) Store) *store.Store {
	t.Helper()
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {
		{GUID: "a1", URL: "https://a.example/talks", Title: "Party chief holds talks with Cambodian PM", Text: reportA,
			FullText: true, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)},
		second,
	}}}
	c, st := newCollector(t, f)
	c.Store, c.Workers = gate(st), 2
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if reports, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}}); err != nil || reports[0].Added != 2 {
		t.Fatalf("Run = %+v, %v; want both articles added", reports, err)
	}
	return st
}

// Two reports of one meeting whose merges both read the store before
// either saved end as one meeting: the second waits for the first's save
// and merges again.
func TestReportsOfOneMeetingSavedAtOnceMerge(t *testing.T) {
	st := saveTwoAtOnce(t, feed.Item{GUID: "a2", URL: "https://a.example/received", Title: "Samdech Hun Manet receives To Lam",
		Text: reportB, FullText: true, Published: time.Date(2026, 2, 7, 10, 0, 0, 0, ict)},
		func(st *store.Store) Store { return &readGatedStore{Store: st, reads: 2, read: make(chan struct{})} })
	ms, total, err := st.FindMeetings(context.Background(), relbot.MeetingFilter{Slugs: []string{"to-lam", "hun-manet"}})
	if err != nil || total != 1 || len(ms[0].Sources) != 2 {
		t.Fatalf("meetings = %+v (%d), %v; want one meeting with both reports", ms, total, err)
	}
}

// Reports of two meetings of one leader are saved at once: only reports
// of one meeting wait for each other.
func TestOneLeadersOtherMeetingsSaveAtOnce(t *testing.T) {
	other := `PHNOM PENH, Feb 5 – Prime Minister Hun Manet held talks with Malaysian Prime Minister Anwar Ibrahim at the Peace Palace on Thursday. The two leaders agreed to open a direct flight between the two capitals.`
	// Each save waits until both are saving.
	st := saveTwoAtOnce(t, feed.Item{GUID: "a2", URL: "https://a.example/anwar", Title: "Cambodian and Malaysian leaders meet",
		Text: other, FullText: true, Published: time.Date(2026, 2, 6, 10, 0, 0, 0, ict)},
		func(st *store.Store) Store { return &gatedStore{Store: st, want: 2, allIn: make(chan struct{})} })
	if _, total, err := st.FindMeetings(context.Background(), relbot.MeetingFilter{Slugs: []string{"hun-manet"}}); err != nil || total != 2 {
		t.Fatalf("Hun Manet's meetings = %d, %v; want the talks with To Lam and with Anwar", total, err)
	}
}

func TestClaimAfterAMissedWriteMergesAgain(t *testing.T) {
	day := relbot.Date{Year: 2026, Month: 2, Day: 6}
	talks := relbot.Meeting{Date: day, Status: relbot.StatusPast, Participants: []relbot.Participant{{Slug: "to-lam"}, {Slug: "hun-manet"}}}
	var w writes
	read := w.clock()
	first, wait := w.claim(read, []*relbot.Meeting{&talks})
	if first == nil || wait != nil {
		t.Fatal("the first claim of a meeting waits")
	}
	again := talks
	if mine, wait := w.claim(read, []*relbot.Meeting{&again}); mine != nil || wait != first.done {
		t.Fatal("a second claim of the meeting does not wait for the first")
	}
	saved := talks
	saved.ID = 7
	w.finish(first, []*relbot.Meeting{&saved})
	// A merge that read the store before the first write finished merges again.
	if mine, wait := w.claim(read, []*relbot.Meeting{&again}); mine != nil || wait == nil {
		t.Fatal("a claim on a read older than a finished write of its meeting is taken")
	}
	// A rewrite of the stored meeting, read before the write, too.
	rewrite := saved
	if mine, _ := w.claim(read, []*relbot.Meeting{&rewrite}); mine != nil {
		t.Fatal("a rewrite of a meeting written after the read is taken")
	}
	// Read after it, the rewrite is taken; another meeting of the same
	// people on another day is taken on the old read.
	if mine, wait := w.claim(w.clock(), []*relbot.Meeting{&rewrite}); mine == nil || wait != nil {
		t.Fatal("a rewrite read after the write is refused")
	}
	later := talks
	later.Date = relbot.Date{Year: 2026, Month: 3, Day: 20}
	if mine, wait := w.claim(read, []*relbot.Meeting{&later}); mine == nil || wait != nil {
		t.Fatal("another meeting of the same people waits")
	}
	// A read older than every write remembered merges again.
	old := w.clock()
	for range keptWrites + 1 {
		w.finish(&write{done: make(chan struct{})}, nil)
	}
	if mine, _ := w.claim(old, []*relbot.Meeting{&later}); mine != nil {
		t.Fatal("a claim on a read older than the writes remembered is taken")
	}
}

// gatedStore holds every SaveArticle until want of them are waiting at once,
// and fails the save of the article whose GUID is failGUID.
type gatedStore struct {
	*store.Store
	want     int
	failGUID string

	mu      sync.Mutex
	waiting int
	allIn   chan struct{}
}

func (g *gatedStore) SaveArticle(ctx context.Context, a *relbot.Article, ms []*relbot.Meeting, actors []relbot.Actor) (bool, error) {
	g.mu.Lock()
	g.waiting++
	if g.waiting == g.want {
		close(g.allIn)
	}
	g.mu.Unlock()
	select {
	case <-g.allIn:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if a.GUID == g.failGUID {
		return false, errors.New("disk I/O error")
	}
	return g.Store.SaveArticle(ctx, a, ms, actors)
}

// gatedItems are n items that report no meeting: a meeting's save waits
// for the saves of its participants' other meetings.
func gatedItems(n int) []feed.Item {
	items := make([]feed.Item, n)
	for i := range items {
		items[i] = feed.Item{GUID: fmt.Sprint("g", i), URL: fmt.Sprintf("https://a.example/%d", i), Title: fmt.Sprint("Rice exports, week ", i),
			Text: fmt.Sprintf("Rice exports through the border gate rose by %d per cent in the week, the provincial trade department said.", i+3), FullText: true, Published: time.Date(2026, 2, 7, 9, i, 0, 0, ict)}
	}
	return items
}

// One source's items are saved in parallel: a save waits for a commit, and
// waiting for each in turn held collect to one article per commit.
func TestOneSourcesItemsAreSavedTogether(t *testing.T) {
	const n = 4
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": gatedItems(n)}}
	c, st := newCollector(t, f)
	gated := &gatedStore{Store: st, want: n, allIn: make(chan struct{})}
	c.Store, c.Concurrency, c.Workers = gated, 1, n
	// Were the items saved one after another, the first save would wait for
	// the others until the deadline.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	reports, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}})
	if err != nil || reports[0].Added != n {
		t.Fatalf("Run = %+v, %v; want %d articles added", reports, err, n)
	}
	if arts, err := st.ArticlesAfter(ctx, 0, 100); err != nil || len(arts) != n {
		t.Fatalf("stored %d articles, %v; want %d", len(arts), err, n)
	}
}

// A failed save fails the source and leaves its feed state as it was, so
// that the next run fetches the items again.
func TestFailedSaveKeepsTheFeedState(t *testing.T) {
	const n = 3
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": gatedItems(n)}}
	c, st := newCollector(t, f)
	c.Store, c.Workers = &gatedStore{Store: st, want: n, failGUID: "g1", allIn: make(chan struct{})}, n
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	reports, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}})
	if !errors.Is(err, ErrAllFailed) || reports[0].Err == nil || reports[0].Added != n-1 {
		t.Fatalf("Run = %+v, %v; want the source failed with the other %d articles saved", reports, err, n-1)
	}
	if etag, _, err := st.SourceState(ctx, "Outlet A"); err != nil || etag != "" {
		t.Fatalf("feed state = %q, %v; want none saved after a failed item", etag, err)
	}
	c.Store = st
	reports, err = c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}})
	if err != nil || reports[0].Added != 1 {
		t.Fatalf("second run = %+v, %v; want the failed item added", reports, err)
	}
	if etag, _, _ := st.SourceState(ctx, "Outlet A"); etag != `"1"` {
		t.Errorf("feed state after the second run = %q, want the feed's ETag", etag)
	}
}

// A run learns the people its articles name before it extracts any of them
// for saving: the report naming the minister without his office counts
// him, though it is the feed's first item and one save runs at a time, and
// he is stored. Saved in turn as polled, the first report would have been
// extracted before the second, naming his office, taught the gazetteer
// who he is.
func TestRunLearnsEveryArticlesPeopleFirst(t *testing.T) {
	f := &fakeFetcher{feeds: map[string][]feed.Item{"https://a.example/rss": {
		{GUID: "a1", URL: "https://a.example/hanoi", Title: "Bunthoeun holds talks in Hanoi",
			Text:     "HANOI, Feb 6 – Sar Bunthoeun held talks with Ambassador Nguyễn Minh Vũ at the foreign ministry in Hanoi on Friday. The two sides agreed to train fifty journalists a year.",
			FullText: true, Published: time.Date(2026, 2, 7, 9, 0, 0, 0, ict)},
		{GUID: "a2", URL: "https://a.example/return", Title: "Information minister wraps up Vietnam trip",
			Text:     "PHNOM PENH, Feb 7 – Cambodian Minister of Information Sar Bunthoeun met Ambassador Chea Kimtha in Phnom Penh on Saturday after his return from Hanoi.",
			FullText: true, Published: time.Date(2026, 2, 7, 18, 0, 0, 0, ict)},
	}}}
	c, st := newCollector(t, f)
	c.Concurrency, c.Workers = 1, 1
	ctx := context.Background()
	reports, err := c.Run(ctx, []Source{{Name: "Outlet A", URL: "https://a.example/rss"}})
	if err != nil || reports[0].Added != 2 {
		t.Fatalf("Run = %+v, %v; want both articles added", reports, err)
	}
	ms, total, err := st.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"sar-bunthoeun"}})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 {
		t.Fatalf("meetings of sar-bunthoeun = %+v; want the talks in Hanoi and the meeting in Phnom Penh", ms)
	}
	actors, err := st.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	for _, a := range actors {
		stored[a.Slug] = true
	}
	for _, slug := range []string{"sar-bunthoeun", "nguyen-minh-vu", "chea-kimtha"} {
		if !stored[slug] {
			t.Errorf("actor %s not stored; stored %v", slug, stored)
		}
	}
}

// The names of the actors a run taught are found however the text writes
// them: with or without diacritics, in any case, across a line break, with
// a hyphen; not inside other words or from a part of the name alone.
func TestNameIndexFindsTaughtNames(t *testing.T) {
	names := newNameIndex([]relbot.Actor{{Slug: "nguyen-minh-vu", Name: "Nguyễn Minh Vũ"}, {Slug: "neth-pheaktra", Name: "Neth Pheaktra"}})
	for text, want := range map[string]bool{
		"Ambassador Nguyen Minh Vu said":       true,
		"AMBASSADOR NGUYỄN MINH\nVŨ SAID":      true,
		"the Neth-Pheaktra meeting":            true,
		"Pheaktra alone":                       false,
		"Nguyen Minh Vuong, another man":       false,
		"nothing here":                         false,
		"Minh Vu and Nguyen met the minister.": false,
		"(Neth Pheaktra)":                      true,
	} {
		if got := names.in(text); got != want {
			t.Errorf("in(%q) = %v, want %v", text, got, want)
		}
	}
	if newNameIndex(nil).in("Neth Pheaktra") {
		t.Error("an empty index found a name")
	}
}

// TestTeachKeepsOneActorWhateverTheOrder: two articles of a run may bring
// one slug with different offices, and saves finish in any order; the
// gazetteer must end up with the same actor either way, or a later
// article's "YB Minister" is read differently from run to run.
func TestTeachKeepsOneActorWhateverTheOrder(t *testing.T) {
	minister := relbot.Actor{Slug: "tiong-king-sing", Name: "Tiong King Sing", Roles: []relbot.Role{{Title: "Minister"}}}
	envoy := relbot.Actor{Slug: "tiong-king-sing", Name: "Tiong King Sing", Roles: []relbot.Role{{Title: "Special Envoy"}}}
	var got []relbot.Actor
	for _, order := range [][]relbot.Actor{{minister, envoy}, {envoy, minister}} {
		g, err := meeting.NewGazetteer(nil)
		if err != nil {
			t.Fatal(err)
		}
		teach(g, slices.Clone(order))
		a, ok := g.Actor("tiong-king-sing")
		if !ok {
			t.Fatal("taught actor not found")
		}
		got = append(got, a)
	}
	if diff := cmp.Diff(got[0], got[1]); diff != "" {
		t.Errorf("taught actor depends on the order it was brought in (-first +second):\n%s", diff)
	}
}
