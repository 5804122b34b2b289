package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/collect"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/digest"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/metrics"
	"github.com/relbot/relbot/scheduler"
	"github.com/relbot/relbot/store"
	"github.com/relbot/relbot/story"
	"github.com/relbot/relbot/summarize"
)

// app is one configured relbot: the store and everything that works on it.
type app struct {
	cfg       config.Config
	log       *slog.Logger
	now       func() time.Time
	store     *store.Store
	gazetteer *meeting.Gazetteer
	collector *collect.Collector
	metrics   *metrics.Metrics
	llm       *summarize.LLM // nil without an llm section
	upgrades  *upgrader      // running while the app collects with an LLM

	// digestJobs is nil unless this process schedules digests; serve sets
	// it while commands are already answered.
	digestJobs atomic.Pointer[digestJobs]
}

// openApp opens the store and builds the pipeline. The caller closes it.
func openApp(ctx context.Context, cfg config.Config, log *slog.Logger, now func() time.Time) (*app, error) {
	var extra []relbot.Actor
	if cfg.Actors != "" {
		a, err := meeting.LoadActorsFile(cfg.Actors)
		if err != nil {
			return nil, fmt.Errorf("%w: actors: %v", config.ErrInvalid, err)
		}
		extra = a
	}
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	found, err := st.Actors(ctx)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("load actors: %w", err)
	}
	// The user's file wins over actors found automatically.
	g, err := meeting.NewGazetteer(append(found, extra...))
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("%w: actors: %v", config.ErrInvalid, err)
	}
	fetcher := feed.New(feed.Options{
		Timeout:              time.Duration(cfg.Fetch.Timeout),
		MaxFeedBytes:         cfg.Fetch.MaxFeedBytes,
		MaxPageBytes:         cfg.Fetch.MaxPageBytes,
		UserAgent:            cfg.Fetch.UserAgent,
		AllowPrivateNetworks: cfg.Fetch.AllowPrivateNetworks,
	})
	a := &app{cfg: cfg, log: log, now: now, store: st, gazetteer: g, metrics: metrics.New()}
	a.metrics.WatchAnswerCache(func() (int64, int64) {
		c := st.AnswerCacheStats()
		return c.Hits, c.Misses
	})
	a.collector = &collect.Collector{
		Fetcher:     timedFetcher{fetcher, a.metrics},
		Store:       st,
		Summarizer:  summarize.Extractive{Words: cfg.Summary.Words},
		Extractor:   meeting.NewExtractor(g),
		Gazetteer:   g,
		Concurrency: cfg.Fetch.Concurrency,
		Workers:     st.SaveConcurrency(),
		Log:         log,
		Now:         now,
	}
	return a, nil
}

// startLLM begins upgrading new articles' summaries with the LLM, when one is
// configured, until ctx ends; stopLLM waits for the queue.
func (a *app) startLLM(ctx context.Context) {
	if a.cfg.LLM == nil || a.upgrades != nil {
		return
	}
	a.llm = newLLM(a.cfg.LLM, a.metrics, a.log)
	a.upgrades = newUpgrader(ctx, a.llm, a.store, llmObserver{a.metrics}, a.log, a.cfg.LLM.MaxConcurrency)
	a.collector.AfterSave = a.upgrades.Enqueue
}

func (a *app) stopLLM() {
	if a.upgrades != nil {
		a.upgrades.Close()
		a.upgrades = nil
	}
}

func (a *app) Close() error {
	a.stopLLM()
	return a.store.Close()
}

// sources is what a collect run reads: the configured sources and those
// added from Slack, read again each run.
func (a *app) sources(ctx context.Context) []collect.Source {
	out, err := a.allSources(ctx)
	if err != nil {
		a.log.Warn("slack_sources_unreadable", "error", err)
	}
	return out
}

// collect runs one collection and logs a line for the run.
func (a *app) collect(ctx context.Context) ([]collect.SourceReport, error) {
	start := time.Now()
	if a.collector.Stories == nil {
		// Only collecting groups stories: commands that merely read the
		// store (query, export, the slash commands) never pay for this.
		stories, err := warmStories(ctx, a.store, a.now())
		if err != nil {
			return nil, err
		}
		a.collector.Stories = stories
	}
	reports, err := a.collector.Run(ctx, a.sources(ctx))
	added, failed := 0, 0
	for _, r := range reports {
		added += r.Added
		a.metrics.ArticlesCollected.WithLabelValues(r.Source).Add(float64(r.Added))
		if r.Err != nil {
			failed++
			a.metrics.SourceFailures.WithLabelValues(r.Source).Inc()
		}
	}
	a.log.Info("collect_run", "sources", len(reports), "failed", failed, "added", added,
		"duration", time.Since(start).Round(time.Millisecond))
	if keep := time.Duration(a.cfg.Retention); keep > 0 && ctx.Err() == nil {
		// Old article bodies go; titles, summaries, meetings and their
		// source links stay.
		n, perr := a.store.PurgeText(ctx, a.now().Add(-keep))
		if perr != nil {
			a.log.Warn("retention_failed", "error", perr)
		} else if n > 0 {
			a.log.Info("retention", "articles_purged", n)
		}
	}
	return reports, err
}

// names gives the digest matcher the names that mention an actor.
func (a *app) names(slug string) []string {
	actor, ok := a.gazetteer.Actor(slug)
	if !ok {
		return nil
	}
	return append([]string{actor.Name}, actor.Aliases...)
}

// composeDigest builds the digest of a channel for a period from what was
// stored since the channel's previous digest, leaving out stories that
// digest already offered (a late outlet joining a story does not bring it
// back). It returns the last article id it covered, 0 when there was
// nothing new.
func (a *app) composeDigest(ctx context.Context, d config.Digest, period time.Time) (relbot.Digest, int64, error) {
	return a.composeDigestUpTo(ctx, d, period, 0)
}

// composeDigestUpTo is composeDigest limited to articles with an id up to
// upTo (0: no limit): a period reposted after a crash tells what it would
// have told, and leaves later articles to later periods.
func (a *app) composeDigestUpTo(ctx context.Context, d config.Digest, period time.Time, upTo int64) (relbot.Digest, int64, error) {
	empty := relbot.Digest{Channel: d.Channel, Period: period.Format(time.RFC3339), Date: period}
	lastID, err := a.store.DigestCoverage(ctx, d.Channel, upTo)
	if err != nil {
		return empty, 0, err
	}
	// Read first: articles still being saved with smaller ids than the
	// newest stored are left to the next period, not skipped by it.
	settled, err := a.store.SettledArticleID(ctx)
	if err != nil {
		return empty, 0, err
	}
	if upTo > 0 {
		settled = min(settled, upTo)
	}
	articles, err := a.store.ArticlesAfter(ctx, lastID, maxDigestArticles)
	if err != nil {
		return empty, 0, err
	}
	for i, art := range articles {
		if art.ID > settled {
			articles = articles[:i]
			break
		}
	}
	if len(articles) == 0 {
		return empty, 0, nil
	}
	newest := articles[len(articles)-1].ID
	var stories []string
	for _, art := range articles {
		if art.Story != "" {
			stories = append(stories, art.Story)
		}
	}
	told, err := a.store.StoriesCoveredBefore(ctx, stories, lastID)
	if err != nil {
		return empty, 0, err
	}
	fresh := articles[:0]
	for _, art := range articles {
		if art.Story == "" || !told[art.Story] {
			fresh = append(fresh, art)
		}
	}
	if len(fresh) == 0 {
		return empty, newest, nil
	}
	from, to := fresh[0].Published, fresh[0].Published
	for _, art := range fresh {
		from = minTime(from, art.Published)
		to = maxTime(to, art.Published)
	}
	// A meeting is reported at most a few weeks after it was held.
	meetings, err := a.store.MeetingsBetween(ctx, relbot.DateOf(from.AddDate(0, 0, -45)), relbot.DateOf(to.AddDate(0, 0, 1)))
	if err != nil {
		return empty, 0, err
	}
	follows, err := a.store.Follows(ctx, d.Channel)
	if err != nil {
		return empty, 0, err
	}
	terms := append(append([]string{}, d.Match...), follows...)
	dg := digest.Compose(digest.Options{
		Channel: d.Channel, Period: period, Terms: terms, MaxItems: d.MaxItems, Names: a.names,
	}, fresh, meetings)
	return dg, newest, nil
}

// maxDigestArticles bounds what one digest reads: a channel silent for
// months catches up on its most recent articles, not on all of them.
const maxDigestArticles = 5000

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// digestOutcome says what one digest run did.
type digestOutcome string

const (
	outcomePosted      digestOutcome = "posted"
	outcomeAlreadyDone digestOutcome = "already_posted"
	outcomeNothingNew  digestOutcome = "nothing_new"
	outcomeNoMatch     digestOutcome = "nothing_matched"
	outcomeInProgress  digestOutcome = "in_progress"
	outcomeReconciled  digestOutcome = "reconciled"
)

// postDigest posts the channel's digest for period exactly once: the period is
// claimed in the store before posting, so a second run, on this replica or
// another, finds it taken.
func (a *app) postDigest(ctx context.Context, poster *bot.Poster, d config.Digest, period time.Time) (digestOutcome, error) {
	outcome, err := a.postDigestOnce(ctx, poster, d, period)
	if err != nil {
		a.metrics.Digests.WithLabelValues("failed").Inc()
	} else {
		a.metrics.Digests.WithLabelValues(string(outcome)).Inc()
	}
	return outcome, err
}

func (a *app) postDigestOnce(ctx context.Context, poster *bot.Poster, d config.Digest, period time.Time) (digestOutcome, error) {
	key := period.Format(time.RFC3339)
	state, _, err := a.store.DigestState(ctx, d.Channel, key)
	if err != nil {
		return "", err
	}
	switch state {
	case store.DigestPosted:
		return outcomeAlreadyDone, nil
	case store.DigestPosting:
		return a.recoverDigest(ctx, poster, d, period)
	}
	dg, lastID, err := a.composeDigest(ctx, d, period)
	if err != nil {
		return "", err
	}
	if lastID == 0 {
		return outcomeNothingNew, nil
	}
	claimed, err := a.store.ClaimDigest(ctx, d.Channel, key, lastID, a.now())
	if err != nil || !claimed {
		return outcomeAlreadyDone, err
	}
	return a.post(ctx, poster, d.Channel, key, dg, lastID)
}

// post posts a claimed digest and records it.
func (a *app) post(ctx context.Context, poster *bot.Poster, channel, key string, dg relbot.Digest, lastID int64) (digestOutcome, error) {
	if len(dg.Items) == 0 {
		// Nothing matched the channel's terms: record the period so that
		// these articles are not offered again.
		return outcomeNoMatch, a.store.CompleteDigest(ctx, channel, key, "", lastID, a.now())
	}
	ts, err := poster.PostDigest(ctx, channel, key, bot.DigestMessages(dg))
	if err != nil && ts == "" {
		err = fmt.Errorf("post digest to %s: %w", channel, err)
		if definitelyNotPosted(err) {
			return "", a.release(ctx, channel, key, err)
		}
		// Slack may have the message (a timeout, a stop mid-call): the
		// claim stays, and the next run settles it from the channel's history.
		return "", err
	}
	if err != nil {
		// The digest is in the channel, only a thread part is missing:
		// posting it again would repeat it, so it is recorded as posted.
		a.log.Warn("digest_incomplete", "channel_id", channel, "period", key, "error", err)
	}
	// Record even when the caller is stopping: the post has been made.
	if err := a.store.CompleteDigest(context.WithoutCancel(ctx), channel, key, ts, lastID, a.now()); err != nil {
		return "", fmt.Errorf("record digest of %s: %w", channel, err)
	}
	return outcomePosted, nil
}

// definitelyNotPosted reports whether Slack refused a post outright, so that
// trying again later cannot make a second copy.
func definitelyNotPosted(err error) bool {
	var refused slack.SlackErrorResponse
	return errors.Is(err, bot.ErrNotInChannel) || errors.As(err, &refused)
}

func (a *app) release(ctx context.Context, channel, key string, cause error) error {
	if err := a.store.ReleaseDigest(context.WithoutCancel(ctx), channel, key); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// recoverDigest handles a period claimed but never recorded. While the claim
// is fresh its poster may still be at work, so nothing is done; once stale,
// one replica takes it over, asks Slack whether the digest went out (a crash
// between posting and recording) and records it, or posts it now.
func (a *app) recoverDigest(ctx context.Context, poster *bot.Poster, d config.Digest, period time.Time) (digestOutcome, error) {
	key := period.Format(time.RFC3339)
	now := a.now()
	took, err := a.store.TakeOverDigest(ctx, d.Channel, key, now.Add(-time.Duration(a.cfg.Scheduler.ClaimTimeout)), now)
	if err != nil || !took {
		return outcomeInProgress, err
	}
	rec, err := a.store.Digest(ctx, d.Channel, key)
	if err != nil {
		return "", err
	}
	ts, err := poster.Posted(ctx, d.Channel, key, period.Add(-time.Minute))
	if err != nil {
		return "", fmt.Errorf("reconcile digest of %s: %w", d.Channel, err)
	}
	if ts != "" {
		a.log.Info("digest_reconciled", "channel_id", d.Channel, "period", key, "ts", ts)
		if err := a.store.CompleteDigest(ctx, d.Channel, key, ts, rec.LastArticleID, a.now()); err != nil {
			return "", err
		}
		return outcomeReconciled, nil
	}
	dg, lastID, err := a.composeDigestUpTo(ctx, d, period, rec.LastArticleID)
	if err != nil {
		return "", err
	}
	if lastID == 0 {
		return outcomeNothingNew, a.store.ReleaseDigest(ctx, d.Channel, key)
	}
	if err := a.store.SetDigestCoverage(ctx, d.Channel, key, lastID, a.now()); err != nil {
		return "", err
	}
	return a.post(ctx, poster, d.Channel, key, dg, lastID)
}

// runDigest is the scheduled digest job: claims of earlier periods left by
// a poster that died are settled first (in period order, each within what it
// covered), then the period itself is posted.
func (a *app) runDigest(ctx context.Context, poster *bot.Poster, d config.Digest, period time.Time) (digestOutcome, error) {
	a.settleStale(ctx, poster, d, period)
	return a.postDigest(ctx, poster, d, period)
}

// settleStale reconciles or re-posts the channel's claims older than period
// whose poster presumably died.
func (a *app) settleStale(ctx context.Context, poster *bot.Poster, d config.Digest, period time.Time) {
	pending, err := a.store.PendingDigests(ctx)
	if err != nil {
		a.log.Error("digest_failed", "channel_id", d.Channel, "error", err)
		return
	}
	for _, p := range pending {
		at, err := time.Parse(time.RFC3339, p.Period)
		if p.Channel != d.Channel || err != nil || !at.Before(period) {
			continue
		}
		outcome, err := a.recoverDigest(ctx, poster, d, at)
		if err != nil {
			a.log.Error("digest_failed", "channel_id", d.Channel, "period", p.Period, "error", err)
			continue
		}
		a.log.Info("digest", "channel_id", d.Channel, "period", p.Period, "outcome", string(outcome), "settled", true)
	}
}

// catchUp runs when this replica starts leading: stale claims of older
// periods are reconciled or dropped, and each channel that has had digests
// gets one for the latest period it missed — one catch-up, never a flood.
func (a *app) catchUp(ctx context.Context, poster *bot.Poster) {
	digests, err := a.digests(ctx)
	if err != nil {
		a.log.Warn("digest_schedules_unreadable", "error", err)
	}
	for _, d := range digests {
		sched, err := configSchedule(d.Schedule)
		if err != nil {
			continue
		}
		latest := scheduler.PeriodAt(sched, a.now().In(d.Location))
		a.settleStale(ctx, poster, d, latest)
		if last, _, err := a.store.LastDigest(ctx, d.Channel); err != nil || last == "" {
			continue // a channel that never had a digest waits for its schedule
		}
		outcome, err := a.postDigest(ctx, poster, d, latest)
		if err != nil {
			a.log.Error("digest_failed", "channel_id", d.Channel, "period", latest.Format(time.RFC3339), "error", err)
			continue
		}
		a.log.Info("digest", "channel_id", d.Channel, "period", latest.Format(time.RFC3339), "outcome", string(outcome), "catch_up", true)
	}
}

// slackClient builds the Slack Web API client.
func (a *app) slackClient() *slack.Client {
	opts := []slack.Option{slack.OptionHTTPClient(&http.Client{
		Transport: a.metrics.SlackTransport(nil),
		Timeout:   30 * time.Second,
	})}
	if a.cfg.Slack.APIURL != "" {
		u := a.cfg.Slack.APIURL
		if u[len(u)-1] != '/' {
			u += "/"
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	return slack.New(a.cfg.Slack.BotToken, opts...)
}

// timedFetcher records how long feeds and pages take to fetch.
type timedFetcher struct {
	f *feed.Fetcher
	m *metrics.Metrics
}

func (t timedFetcher) FetchFeed(ctx context.Context, url string, prev feed.State) (feed.Result, error) {
	start := time.Now()
	defer func() { t.m.FetchSeconds.WithLabelValues("feed").Observe(time.Since(start).Seconds()) }()
	return t.f.FetchFeed(ctx, url, prev)
}

func (t timedFetcher) FetchUntrustedFeed(ctx context.Context, url string, prev feed.State) (feed.Result, error) {
	start := time.Now()
	defer func() { t.m.FetchSeconds.WithLabelValues("feed").Observe(time.Since(start).Seconds()) }()
	return t.f.FetchUntrustedFeed(ctx, url, prev)
}

func (t timedFetcher) FetchPage(ctx context.Context, url string) (feed.Page, error) {
	start := time.Now()
	defer func() { t.m.FetchSeconds.WithLabelValues("page").Observe(time.Since(start).Seconds()) }()
	return t.f.FetchPage(ctx, url)
}

// storyWindow is how far back articles may join a story.
const storyWindow = 72 * time.Hour

// warmStories rebuilds the story index from the articles of the last window,
// so that an article collected after a restart still joins its story.
func warmStories(ctx context.Context, st *store.Store, now time.Time) (*story.Index, error) {
	ix := story.NewIndex(story.Options{Window: storyWindow})
	recent, err := st.ArticlesPublishedSince(ctx, now.Add(-storyWindow), 50000)
	if err != nil {
		return nil, fmt.Errorf("warm story index: %w", err)
	}
	for _, art := range recent {
		if art.Story != "" {
			ix.Add(story.Doc{Key: collect.StoryKey(art), Outlet: art.Source, Title: art.Title, Text: art.Text, Published: art.Published}, art.Story)
		}
	}
	return ix, nil
}
