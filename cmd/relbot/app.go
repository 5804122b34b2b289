package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
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
	"github.com/relbot/relbot/store"
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
	a.collector = &collect.Collector{
		Fetcher:     timedFetcher{fetcher, a.metrics},
		Store:       st,
		Summarizer:  summarize.Extractive{Words: cfg.Summary.Words},
		Extractor:   meeting.NewExtractor(g),
		Gazetteer:   g,
		Concurrency: cfg.Fetch.Concurrency,
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

func (a *app) sources() []collect.Source {
	out := make([]collect.Source, len(a.cfg.Sources))
	for i, s := range a.cfg.Sources {
		out[i] = collect.Source{Name: s.Name, URL: s.URL, FullText: s.FullText}
	}
	return out
}

// collect runs one collection and logs a line for the run.
func (a *app) collect(ctx context.Context) ([]collect.SourceReport, error) {
	start := time.Now()
	reports, err := a.collector.Run(ctx, a.sources())
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
// stored since the channel's previous digest. It returns the last article id
// it covered, 0 when there was nothing new.
func (a *app) composeDigest(ctx context.Context, d config.Digest, period time.Time) (relbot.Digest, int64, error) {
	_, lastID, err := a.store.LastDigest(ctx, d.Channel)
	if err != nil {
		return relbot.Digest{}, 0, err
	}
	articles, err := a.store.ArticlesAfter(ctx, lastID, 5000)
	if err != nil {
		return relbot.Digest{}, 0, err
	}
	if len(articles) == 0 {
		return relbot.Digest{Channel: d.Channel, Period: period.Format(time.RFC3339), Date: period}, 0, nil
	}
	newest := articles[len(articles)-1].ID
	var meetings []relbot.Meeting
	from, to := articles[0].Published, articles[0].Published
	for _, art := range articles {
		from = minTime(from, art.Published)
		to = maxTime(to, art.Published)
	}
	// A meeting is reported at most a few weeks after it was held.
	meetings, err = a.store.MeetingsBetween(ctx, relbot.DateOf(from.AddDate(0, 0, -45)), relbot.DateOf(to.AddDate(0, 0, 1)))
	if err != nil {
		return relbot.Digest{}, 0, err
	}
	follows, err := a.store.Follows(ctx, d.Channel)
	if err != nil {
		return relbot.Digest{}, 0, err
	}
	terms := append(append([]string{}, d.Match...), follows...)
	dg := digest.Compose(digest.Options{
		Channel: d.Channel, Period: period, Terms: terms, MaxItems: d.MaxItems, Names: a.names,
	}, articles, meetings)
	return dg, newest, nil
}

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
	if state != "" {
		return outcomeAlreadyDone, nil
	}
	dg, lastID, err := a.composeDigest(ctx, d, period)
	if err != nil {
		return "", err
	}
	if lastID == 0 {
		return outcomeNothingNew, nil
	}
	claimed, err := a.store.ClaimDigest(ctx, d.Channel, key, a.now())
	if err != nil || !claimed {
		return outcomeAlreadyDone, err
	}
	if len(dg.Items) == 0 {
		// Nothing matched the channel's terms: record the period so that
		// these articles are not offered again.
		return outcomeNoMatch, a.store.CompleteDigest(ctx, d.Channel, key, "", lastID, a.now())
	}
	ts, err := poster.PostDigest(ctx, d.Channel, key, bot.DigestMessages(dg))
	if err != nil {
		if rerr := a.store.ReleaseDigest(context.WithoutCancel(ctx), d.Channel, key); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return "", fmt.Errorf("post digest to %s: %w", d.Channel, err)
	}
	// Record even when the caller is stopping: the post has been made.
	if err := a.store.CompleteDigest(context.WithoutCancel(ctx), d.Channel, key, ts, lastID, a.now()); err != nil {
		return "", fmt.Errorf("record digest of %s: %w", d.Channel, err)
	}
	return outcomePosted, nil
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

func (t timedFetcher) FetchPage(ctx context.Context, url string) (feed.Page, error) {
	start := time.Now()
	defer func() { t.m.FetchSeconds.WithLabelValues("page").Observe(time.Since(start).Seconds()) }()
	return t.f.FetchPage(ctx, url)
}
