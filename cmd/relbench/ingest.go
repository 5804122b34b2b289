package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/collect"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/story"
	"github.com/relbot/relbot/summarize"
)

// ingestMode measures articles/s through the collect path relbot runs: feeds
// fetched over HTTP from 127.0.0.1 and parsed, then for each item the
// summary, the meetings, the story, the merge with stored meetings and one
// transaction in the store. The baseline in the same run is the same
// per-article work without the database (parse, summary, meetings, story).
func (b *bench) ingestMode(ctx context.Context) error {
	n := b.o.ingest
	// A generator of its own: a meeting per block of five articles, so that
	// about a third of the articles report a meeting (held, planned or
	// recalled), seeded and tagged anew each run so that its articles and
	// meetings are new to the database.
	nonce := uint64(time.Now().UnixNano())
	gen, err := NewGenerator(b.o.seed^nonce, max(n/5, 1), n, genEnd, b.gaz.Actors())
	if err != nil {
		return err
	}
	gen.tag = fmt.Sprintf("r%x-", nonce)
	arts := make([]relbot.Article, 0, n)
	for a := range ordered(ctx, n, gen.Article) {
		arts = append(arts, a)
	}
	feeds := make([]string, b.o.sources)
	per := (n + b.o.sources - 1) / b.o.sources
	for s := range feeds {
		feeds[s] = rssFeed(fmt.Sprintf("Bench feed %d", s), arts[min(s*per, n):min((s+1)*per, n)])
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var s int
		if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d", &s); err != nil || s < 0 || s >= len(feeds) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, feeds[s])
	}))
	defer srv.Close()

	fetcher := feed.New(feed.Options{Timeout: time.Minute, MaxFeedBytes: 256 << 20})
	var sources []collect.Source
	for s := range feeds {
		sources = append(sources, collect.Source{Name: fmt.Sprintf("Bench %d", s), URL: fmt.Sprintf("%s/feed/%d", srv.URL, s)})
	}

	// Baseline: everything but the database, on the same feeds.
	baseStart := time.Now()
	var processed, found atomic.Int64
	sem := make(chan struct{}, b.o.concurrency)
	var wg sync.WaitGroup
	ix := story.NewIndex(story.Options{})
	x := meeting.NewExtractor(b.gaz)
	sum := summarize.Extractive{}
	for _, src := range sources {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			res, err := fetcher.FetchFeed(ctx, src.URL, feed.State{})
			if err != nil {
				return
			}
			for _, it := range res.Items {
				if _, err := sum.Summarize(ctx, it.Title, it.Text); err != nil {
					return
				}
				ex := x.Extract(meeting.Input{URL: it.URL, Outlet: src.Name, Title: it.Title, Text: it.Text, Published: it.Published})
				ix.Assign(story.Doc{Key: src.Name + "\x00" + it.GUID, Outlet: src.Name, Title: it.Title, Text: it.Text, Published: it.Published})
				processed.Add(1)
				for _, m := range ex.Meetings {
					if m.Status == relbot.StatusPast {
						found.Add(1)
					}
				}
			}
		})
	}
	wg.Wait()
	base := time.Since(baseStart)

	_, before, err := b.store.FindMeetings(ctx, relbot.MeetingFilter{Limit: 1})
	if err != nil {
		return err
	}
	workers := b.o.workers
	if workers == 0 {
		workers = b.store.SaveConcurrency() // as relbot does
	}
	c := &collect.Collector{
		Fetcher: fetcher, Store: b.store, Summarizer: summarize.Extractive{}, Extractor: meeting.NewExtractor(b.gaz),
		Gazetteer: b.gaz, Stories: story.NewIndex(story.Options{}), Concurrency: b.o.concurrency,
		Workers: workers, Log: slog.New(slog.DiscardHandler), Now: time.Now,
	}
	start := time.Now()
	reports, err := c.Run(ctx, sources)
	el := time.Since(start)
	if err != nil {
		return fmt.Errorf("collect: %w", err)
	}
	added := 0
	for _, r := range reports {
		added += r.Added
		if r.Err != nil {
			return fmt.Errorf("collect %s: %w", r.Source, r.Err)
		}
	}
	_, after, err := b.store.FindMeetings(ctx, relbot.MeetingFilter{Limit: 1})
	if err != nil {
		return err
	}
	if added != n {
		return fmt.Errorf("collect added %d articles of %d", added, n)
	}
	fmt.Fprintf(b.out, "ingest\t%s\tconc=%d\t%d articles (%d feeds): %.0f articles/s (%s); %d held meetings extracted, %d new past meetings stored\n",
		b.store.Dialect(), b.o.concurrency, added, len(sources), float64(added)/el.Seconds(), el.Round(time.Millisecond), found.Load(), after-before)
	fmt.Fprintf(b.out, "ingest\tbaseline\tconc=%d\t%d articles without the database (fetch, parse, summary, meetings, story): %.0f articles/s\n",
		b.o.concurrency, processed.Load(), float64(processed.Load())/base.Seconds())
	return nil
}

// rssFeed writes an RSS 2.0 feed with the full text in content:encoded, one
// paragraph a line, as news sites that publish full text do.
func rssFeed(title string, arts []relbot.Article) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>`)
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title><link>https://bench.example/</link>\n")
	for _, a := range arts {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate><content:encoded><![CDATA[",
			html.EscapeString(a.Title), html.EscapeString(a.URL), html.EscapeString(a.GUID), a.Published.Format(time.RFC1123Z))
		for _, p := range strings.Split(a.Text, "\n\n") {
			b.WriteString("<p>")
			b.WriteString(html.EscapeString(p))
			b.WriteString("</p>\n")
		}
		b.WriteString("]]></content:encoded></item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}
