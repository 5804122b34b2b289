// Package collect runs one collection: every configured source is polled
// (a bounded number at a time), each new item becomes an article with its full
// text, summary and meetings, stored once in one transaction together with the
// meetings merged into reports of the same event already stored.
//
// One failing source never stops the others; a run fails only when every
// source failed.
package collect

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/story"
)

// Fetcher gets feeds and pages.
type Fetcher interface {
	FetchFeed(ctx context.Context, url string, prev feed.State) (feed.Result, error)
	FetchUntrustedFeed(ctx context.Context, url string, prev feed.State) (feed.Result, error)
	FetchPage(ctx context.Context, url string) (feed.Page, error)
}

// Store keeps what was collected.
type Store interface {
	SourceState(ctx context.Context, source string) (etag, lastModified string, err error)
	SetSourceState(ctx context.Context, source, etag, lastModified string) error
	// StoredArticles reports which of a feed's items are stored already,
	// by (source, guid) or by URL.
	StoredArticles(ctx context.Context, source string, keys []relbot.ArticleKey) ([]bool, error)
	SaveArticle(ctx context.Context, a *relbot.Article, meetings []*relbot.Meeting, newActors []relbot.Actor) (bool, error)
	// MeetingsBetween returns the stored meetings whose date may fall
	// between from and to; with two or more slugs, only those sharing two
	// of them (the reports meeting.Same can join to a report of two or more).
	MeetingsBetween(ctx context.Context, from, to relbot.Date, slugs ...string) ([]relbot.Meeting, error)
}

// Summarizer writes an article's summary.
type Summarizer interface {
	Summarize(ctx context.Context, title, text string) (string, error)
}

// Extractor finds the meetings an article reports.
type Extractor interface {
	Extract(in meeting.Input) meeting.Extraction
}

// Source is one feed to poll.
type Source struct {
	Name     string
	URL      string
	FullText bool
	// Untrusted marks a source whose URL did not come from the
	// configuration (added from Slack): fetched under the address guard.
	Untrusted bool
}

// Collector polls sources into the store.
type Collector struct {
	Fetcher     Fetcher
	Store       Store
	Summarizer  Summarizer
	Extractor   Extractor
	Gazetteer   *meeting.Gazetteer // learns the unverified actors found; may be nil
	Stories     *story.Index       // groups articles that report one event; may be nil
	Concurrency int
	// Workers bounds the articles being understood and saved at once,
	// over all sources (0: twice the CPUs, at least Concurrency; relbot
	// sets the store's SaveConcurrency). A source's items are fetched one
	// after another, politely, but what follows runs in parallel: an
	// article's save waits for a commit, and SQLite writes the saves that
	// wait together in one.
	Workers int
	Log     *slog.Logger
	Now     func() time.Time
	// AfterSave, if set, is told of every new article once it is stored
	// (the LLM summaries hook in here, off the collect path).
	AfterSave func(a relbot.Article)

	writes writes // the meetings being saved; see mergeAndClaim
}

// SourceReport is what one source gave in a run.
type SourceReport struct {
	Source      string
	Items       int
	Added       int
	NotModified bool
	Err         error
}

// ErrAllFailed is returned when every source failed.
var ErrAllFailed = errors.New("collect: every source failed")

// Run polls every source once. It returns one report per source, in the
// order given, and ErrAllFailed when no source succeeded.
//
// A run goes in three steps: every source's new items are fetched (a
// bounded number of sources at a time); the unverified actors all of them
// name are learned; then each source's items are understood and saved.
// Learning first makes who met whom, when and where hang on the run's
// articles alone, not on which of them happened to be saved first:
// "Pheaktra" in one outlet's story is the Neth Pheaktra another outlet
// named in full, in whatever order the two are saved. A merged meeting is
// led by its first-published report (meeting.Merge); only the order of one
// day's meetings still follows the order the saves commit in.
func (c *Collector) Run(ctx context.Context, sources []Source) ([]SourceReport, error) {
	reports := make([]SourceReport, len(sources))
	polls := make([]*poll, len(sources))
	limit := max(c.Concurrency, 1)
	eachSource(ctx, sources, limit, func(i int, err error) {
		if err != nil {
			polls[i] = &poll{src: sources[i], rep: SourceReport{Source: sources[i].Name, Err: err}}
			return
		}
		polls[i] = c.fetchSource(ctx, sources[i])
	})
	workers := c.Workers
	if workers <= 0 {
		workers = max(2*runtime.GOMAXPROCS(0), limit)
	}
	run := &runState{work: make(chan struct{}, workers), think: make(chan struct{}, max(runtime.GOMAXPROCS(0)-1, 1))}
	c.learn(ctx, polls, run)
	eachSource(ctx, sources, limit, func(i int, err error) {
		p := polls[i]
		if p.rep.Err == nil && !p.rep.NotModified {
			if err != nil {
				p.rep.Err = err
			} else {
				c.saveSource(ctx, p, run)
			}
		}
		reports[i] = p.rep
		r := p.rep
		if r.Err != nil {
			c.Log.Warn("collect_source_failed", "source", r.Source, "duration", time.Since(p.start).Round(time.Millisecond), "error", r.Err)
		} else {
			c.Log.Info("collect_source", "source", r.Source, "items", r.Items, "added", r.Added,
				"not_modified", r.NotModified, "duration", time.Since(p.start).Round(time.Millisecond))
		}
	})
	run.teach(c.Gazetteer)
	failed := 0
	for _, r := range reports {
		if r.Err != nil {
			failed++
		}
	}
	if len(sources) > 0 && failed == len(sources) {
		return reports, ErrAllFailed
	}
	return reports, ctx.Err()
}

// eachSource calls do for every source, at most limit at a time, each in
// its own goroutine, and waits for all of them. A source still waiting for
// its turn when ctx is done is called with ctx's error.
func eachSource(ctx context.Context, sources []Source, limit int, do func(i int, err error)) {
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i := range sources {
		wg.Go(func() {
			if !acquire(ctx, sem) {
				do(i, ctx.Err())
				return
			}
			defer func() { <-sem }()
			do(i, nil)
		})
	}
	wg.Wait()
}

// poll is one source's part of a run: its fetched new articles, then what
// saving them gave.
type poll struct {
	src      Source
	rep      SourceReport
	start    time.Time
	state    feed.State // the feed's new state, kept once every article is saved
	articles []pending
}

// pending is a fetched article not stored yet.
type pending struct {
	article relbot.Article
	// learned is what the article gave while the run learned from it. It
	// is final, and the article not extracted again, when nothing the run
	// taught can change it (it named none of the actors taught, and
	// brought none), or when the extractor panicked on it: it is then saved
	// without meetings rather than extracted, and logged, a second time.
	learned meeting.Extraction
	final   bool
}

// runState is what the saves of one run share. Its slots bound the run's
// work over all its sources: work the articles being understood and saved,
// think those being understood (CPU work). brought holds the unverified
// actors the saved articles' own extraction found new, taught to the
// gazetteer once the run is over: the gazetteer stays as learning left it
// while the run's articles are extracted.
type runState struct {
	work, think chan struct{}
	taught      map[string]relbot.Actor // by slug: what learning taught; read-only while saving

	mu      sync.Mutex
	brought []relbot.Actor
}

func (r *runState) keepNew(actors []relbot.Actor) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.brought = append(r.brought, actors...)
}

func (r *runState) teach(g *meeting.Gazetteer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	teach(g, r.brought)
	r.brought = nil
}

// actorsOf returns the unverified actors ex's meetings name that the store
// may not hold yet: those new to the gazetteer, and those this run's
// learning taught it (named by this article or by another of the run's).
func (r *runState) actorsOf(ex meeting.Extraction) []relbot.Actor {
	actors := ex.NewActors
	seen := make(map[string]bool, len(actors))
	for _, a := range actors {
		seen[a.Slug] = true
	}
	for _, m := range ex.Meetings {
		for _, p := range m.Participants {
			if a, ok := r.taught[p.Slug]; ok && !seen[p.Slug] {
				seen[p.Slug] = true
				actors = append(actors, a)
			}
		}
	}
	return actors
}

// teach sorts actors in place and adds them to g in that order, by slug:
// when two articles brought the same slug, the order they were saved in
// does not choose which is kept (the last of name and office order is).
func teach(g *meeting.Gazetteer, actors []relbot.Actor) {
	if g == nil {
		return
	}
	office := func(a relbot.Actor) string {
		if len(a.Roles) == 0 {
			return ""
		}
		return a.Roles[0].Title
	}
	slices.SortStableFunc(actors, func(a, b relbot.Actor) int {
		return cmp.Or(cmp.Compare(a.Slug, b.Slug), cmp.Compare(a.Name, b.Name), cmp.Compare(office(a), office(b)))
	})
	for _, a := range actors {
		g.Add(a)
	}
}

// acquire takes a slot, or reports false, holding none, once ctx is done.
func acquire(ctx context.Context, slots chan struct{}) bool {
	if ctx.Err() != nil {
		return false
	}
	select {
	case slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// fetchSource polls src and fetches the page of each new item, one after
// another: sources are polite to one server at a time.
func (c *Collector) fetchSource(ctx context.Context, src Source) *poll {
	p := &poll{src: src, rep: SourceReport{Source: src.Name}, start: time.Now()}
	etag, lastMod, err := c.Store.SourceState(ctx, src.Name)
	if err != nil {
		p.rep.Err = fmt.Errorf("source state: %w", err)
		return p
	}
	fetch := c.Fetcher.FetchFeed
	if src.Untrusted {
		fetch = c.Fetcher.FetchUntrustedFeed
	}
	res, err := fetch(ctx, src.URL, feed.State{ETag: etag, LastModified: lastMod})
	if err != nil {
		p.rep.Err = err
		return p
	}
	if res.NotModified {
		p.rep.NotModified = true
		return p
	}
	p.rep.Items = len(res.Items)
	p.state = res.State
	keys := make([]relbot.ArticleKey, len(res.Items))
	for i, it := range res.Items {
		keys[i] = relbot.ArticleKey{GUID: it.GUID, URL: it.URL}
	}
	stored, err := c.Store.StoredArticles(ctx, src.Name, keys)
	if err != nil {
		p.rep.Err = err
		return p
	}
	for i, it := range res.Items {
		if stored[i] {
			continue
		}
		if err := ctx.Err(); err != nil {
			p.rep.Err = err
			return p
		}
		a, fresh, err := c.fetchItem(ctx, src, it)
		if err != nil {
			p.rep.Err = err
			return p
		}
		if fresh {
			p.articles = append(p.articles, pending{article: a})
		}
	}
	return p
}

// learn extracts every fetched article against the gazetteer as the run
// found it and teaches the gazetteer the unverified actors they name, in
// slug order: the same articles teach the same actors, whichever of them
// are extracted first. The run keeps them too: the gazetteer now knows
// them, so an article's own extraction no longer reports them as new, and
// its save must store them with it. Nothing else runs meanwhile: learning
// takes every CPU.
func (c *Collector) learn(ctx context.Context, polls []*poll, run *runState) {
	if c.Extractor == nil || c.Gazetteer == nil {
		return
	}
	cpus := make(chan struct{}, runtime.GOMAXPROCS(0))
	eachPending(ctx, polls, cpus, func(src Source, item *pending) {
		ex, ok := c.extract(src, item.article)
		item.learned, item.final = ex, !ok
	})
	// In feed order, not the order extractions finished: two articles
	// may bring one slug with different offices, and the one taught last
	// is kept.
	var found []relbot.Actor
	for _, p := range polls {
		if p.rep.Err != nil {
			continue
		}
		for _, item := range p.articles {
			found = append(found, item.learned.NewActors...)
		}
	}
	teach(c.Gazetteer, found)
	run.taught = make(map[string]relbot.Actor, len(found))
	for _, a := range found { // in the order taught (teach sorted it): the one kept is the gazetteer's
		run.taught[a.Slug] = a
	}
	// An unverified actor changes an extraction only where the text names
	// him (an office alone finds him only in an article that wrote his
	// name): the others' first extraction stands, and saving them costs
	// no second one.
	names := newNameIndex(found)
	eachPending(ctx, polls, cpus, func(_ Source, item *pending) {
		item.final = item.final || len(item.learned.NewActors) == 0 && !names.in(item.article.Title) && !names.in(item.article.Text)
	})
}

// eachPending calls do for every fetched article of the sources that did
// not fail, each in its own goroutine holding a slot of slots, and waits
// for them all.
func eachPending(ctx context.Context, polls []*poll, slots chan struct{}, do func(src Source, item *pending)) {
	var wg sync.WaitGroup
	for _, p := range polls {
		if p.rep.Err != nil {
			continue
		}
		for i := range p.articles {
			if !acquire(ctx, slots) {
				break
			}
			wg.Go(func() {
				defer func() { <-slots }()
				do(p.src, &p.articles[i])
			})
		}
	}
	wg.Wait()
}

// nameIndex finds actors' names in a text, folded, word by word.
type nameIndex map[string][][]string // a name's first word: the names starting with it

func newNameIndex(actors []relbot.Actor) nameIndex {
	n := nameIndex{}
	for _, a := range actors {
		for _, name := range []string{a.Name, strings.ReplaceAll(a.Slug, "-", " ")} {
			if w := relbot.Words(name); len(w) > 0 {
				n[w[0]] = append(n[w[0]], w)
			}
		}
	}
	return n
}

// in reports whether text names one of the actors.
func (n nameIndex) in(text string) bool {
	if len(n) == 0 {
		return false
	}
	w := relbot.Words(text)
	for i, first := range w {
		for _, name := range n[first] {
			if i+len(name) <= len(w) && slices.Equal(w[i:i+len(name)], name) {
				return true
			}
		}
	}
	return false
}

// saveSource understands and stores p's articles, each in its own
// goroutine holding a slot of work (shared by all sources), then keeps the
// feed's new state.
func (c *Collector) saveSource(ctx context.Context, p *poll, run *runState) {
	var (
		wg    sync.WaitGroup
		added atomic.Int64
		mu    sync.Mutex
		first error // the first store failure; later items are not started
	)
	// A store failure would fail every later item too: the source is given
	// up and keeps its old state, so that the next run retries.
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		first = cmp.Or(first, err)
	}
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return first != nil
	}
	for _, item := range p.articles {
		if ctx.Err() != nil || failed() {
			break
		}
		if !acquire(ctx, run.work) {
			break
		}
		wg.Go(func() {
			defer func() { <-run.work }()
			ok, err := c.saveItem(ctx, p.src, item, run)
			if err != nil {
				fail(err)
			}
			if ok {
				added.Add(1)
			}
		})
	}
	wg.Wait()
	p.rep.Added = int(added.Load())
	if first != nil {
		p.rep.Err = first
		return
	}
	if err := ctx.Err(); err != nil {
		p.rep.Err = err
		return
	}
	// Only now, with every item stored, is the feed's new state kept: a
	// crash mid-run makes the next run fetch the whole feed again.
	if err := c.Store.SetSourceState(ctx, p.src.Name, p.state.ETag, p.state.LastModified); err != nil {
		p.rep.Err = fmt.Errorf("save source state: %w", err)
	}
}

// fetchItem turns a feed item into an article with its full text, or
// reports it already stored (fresh is false).
func (c *Collector) fetchItem(ctx context.Context, src Source, it feed.Item) (a relbot.Article, fresh bool, err error) {
	now := c.now()
	a = relbot.Article{
		Source:    src.Name,
		GUID:      it.GUID,
		URL:       it.URL,
		Title:     it.Title,
		Published: it.Published,
		Collected: now,
		Text:      it.Text,
	}
	if !it.FullText && src.FullText && it.URL != "" {
		page, err := c.Fetcher.FetchPage(ctx, it.URL)
		switch {
		case err != nil:
			// The feed's teaser is still worth storing; the page may be
			// paywalled, gone, or refused by the address guard.
			c.Log.Info("page_fetch_failed", "source", src.Name, "url", it.URL, "error", err)
		case len(page.Text) > len(a.Text):
			a.Text = page.Text
			if a.Title == "" {
				a.Title = page.Title
			}
			if a.Published.IsZero() {
				a.Published = page.Published
			}
		}
	}
	if a.Published.IsZero() {
		a.Published = now
	}
	if a.Title == "" {
		a.Title = firstWords(a.Text, 12)
	}
	return a, true, nil
}

// saveItem understands a and stores it with its meetings merged into the
// stored reports of the same events. Understanding is CPU work: it takes a
// slot of think, which leaves the store's writer (SQLite has one, and it
// bounds collect) a CPU of its own.
func (c *Collector) saveItem(ctx context.Context, src Source, item pending, run *runState) (bool, error) {
	if !acquire(ctx, run.think) {
		return false, ctx.Err()
	}
	a := item.article
	ex, err := c.understand(ctx, src, &a, item)
	<-run.think
	if err != nil {
		return false, err
	}
	meetings, claimed, err := c.mergeAndClaim(ctx, ex.Meetings)
	if err != nil {
		return false, err
	}
	added, err := c.Store.SaveArticle(ctx, &a, meetings, run.actorsOf(ex))
	if claimed != nil {
		if err != nil || !added {
			meetings = nil
		}
		c.writes.finish(claimed, meetings)
	}
	if err != nil {
		return false, fmt.Errorf("save article %q: %w", a.URL, err)
	}
	if added {
		run.keepNew(ex.NewActors)
	}
	if added && c.AfterSave != nil {
		c.AfterSave(a)
	}
	return added, nil
}

// understand sets a's hash, summary and story and returns its meetings:
// those learning found, when they are final.
func (c *Collector) understand(ctx context.Context, src Source, a *relbot.Article, item pending) (meeting.Extraction, error) {
	sum := sha256.Sum256([]byte(a.Text))
	a.Hash = hex.EncodeToString(sum[:])
	if c.Summarizer != nil {
		s, err := c.Summarizer.Summarize(ctx, a.Title, a.Text)
		if err != nil {
			return meeting.Extraction{}, fmt.Errorf("summarize: %w", err)
		}
		a.Summary = s
	}
	var ex meeting.Extraction
	switch {
	case item.final:
		ex = item.learned
	case c.Extractor != nil:
		ex, _ = c.extract(src, *a)
	}
	if c.Stories != nil {
		a.Story = c.Stories.Assign(story.Doc{
			Key: StoryKey(*a), Outlet: a.Source, Title: a.Title, Text: a.Text, Published: a.Published,
			Meetings: held(ex.Meetings),
		})
	}
	return ex, nil
}

// extract runs the extractor on a, containing a panic: heuristics over
// arbitrary outside text are where an unforeseen input would show, and one
// article must not stop a collect run (or the replica running it). The
// article is then stored without meetings, and the panic logged; ok is
// false.
func (c *Collector) extract(src Source, a relbot.Article) (ex meeting.Extraction, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			c.Log.Error("extract_panic", "source", src.Name, "url", a.URL, "guid", a.GUID, "panic", fmt.Sprint(r),
				"stack", string(debug.Stack()))
			ex, ok = meeting.Extraction{}, false
		}
	}()
	return c.Extractor.Extract(meeting.Input{URL: a.URL, Outlet: a.Source, Title: a.Title, Text: a.Text, Published: a.Published}), true
}

// merge keeps the meetings reported as held, each joined to a stored report
// of the same event when there is one. Two meetings of one article never
// join the same stored one: the extractor told them apart ("the AMM
// plenary" and "a trilateral on its sidelines" share two ministers), and
// the second save would overwrite the first. The stored meeting goes to the
// article's meeting most like it; the other is stored as its own.
func (c *Collector) merge(ctx context.Context, found []relbot.Meeting) ([]*relbot.Meeting, error) {
	type match struct {
		stored relbot.Meeting
		ok     bool
		score  float64
	}
	matches := make([]match, len(found))
	for k, m := range found {
		if !storable(m) {
			continue
		}
		from := relbot.DateOf(m.Date.Start().AddDate(0, 0, -1))
		to := relbot.DateOf(m.Date.End().AddDate(0, 0, 1))
		// meeting.Same wants participants in common.
		candidates, err := c.Store.MeetingsBetween(ctx, from, to, m.Slugs()...)
		if err != nil {
			return nil, fmt.Errorf("merge meetings: %w", err)
		}
		for _, cand := range candidates {
			if meeting.Same(cand, m) {
				matches[k] = match{stored: cand, ok: true, score: meeting.Likeness(cand, m)}
				break
			}
		}
	}
	for k := range matches {
		for j := range matches {
			if j != k && matches[k].ok && matches[j].ok && matches[j].stored.ID == matches[k].stored.ID &&
				(matches[j].score > matches[k].score || matches[j].score == matches[k].score && j < k) {
				matches[k].ok = false
			}
		}
	}
	var out []*relbot.Meeting
	for k, m := range found {
		if !storable(m) {
			continue
		}
		if matches[k].ok {
			stored := matches[k].stored
			meeting.Merge(&stored, m)
			out = append(out, &stored)
			continue
		}
		merged := false
		// Two meetings of one article with the same people may be the
		// same event told twice; with other people the extractor told
		// them apart ("To Lam received Sar Sokha on Thursday … the day
		// before, Sokha held talks with Quang").
		for _, prev := range out {
			if prev.ID == 0 && meeting.SamePeople(*prev, m) && meeting.Same(*prev, m) {
				meeting.Merge(prev, m)
				merged = true
				break
			}
		}
		if !merged {
			m := m
			out = append(out, &m)
		}
	}
	return out, nil
}

// storable reports whether m is kept as a meeting: held, dated, and of two
// or more.
func storable(m relbot.Meeting) bool {
	return m.Status == relbot.StatusPast && !m.Date.IsZero() && len(m.Participants) >= 2
}

// StoryKey identifies an article to the story index, stably across restarts.
func StoryKey(a relbot.Article) string { return a.Source + "\x00" + a.GUID }

func held(ms []relbot.Meeting) []relbot.Meeting {
	var out []relbot.Meeting
	for _, m := range ms {
		if m.Status == relbot.StatusPast {
			out = append(out, m)
		}
	}
	return out
}

func (c *Collector) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		return strings.Join(f[:n], " ") + "…"
	}
	return strings.Join(f, " ")
}
