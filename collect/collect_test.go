package collect

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

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

// Articles sharing an actor exclude each other: the shared counter below is
// written without any other synchronisation, so under -race (as CI runs)
// a missing lock is reported, and without it updates would be lost.
func TestLockActorsExcludeArticlesSharingAnActor(t *testing.T) {
	var c Collector
	others := []string{"hun-manet", "hun-sen", "pham-minh-chinh", "anwar-ibrahim"}
	counter := 0
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 200 {
				unlock := c.lockActors([]string{others[g%len(others)], "to-lam"})
				counter++
				unlock()
			}
		})
	}
	wg.Wait()
	if counter != 8*200 {
		t.Errorf("counter = %d, want %d: two holders of to-lam's lock overlapped", counter, 8*200)
	}
}
