package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/store"
)

// bench is one run of relbench against one database.
type bench struct {
	o       options
	dsn     string
	store   *store.Store
	gaz     *meeting.Gazetteer
	gen     *Generator
	out     io.Writer // figures
	log     io.Writer // progress
	started time.Time
}

// genEnd is the last day of the generated ten years: fixed, so that a seed
// always gives the same data.
var genEnd = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

func newBench(ctx context.Context, o options, stdout, stderr io.Writer) (*bench, error) {
	dsn, err := storeDSN(o.db)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	found, err := st.Actors(ctx)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("load actors: %w", err)
	}
	g, err := meeting.NewGazetteer(found)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	gen, err := NewGenerator(o.seed, o.meetings, o.articles, genEnd, g.Actors())
	if err != nil {
		st.Close()
		return nil, err
	}
	return &bench{o: o, dsn: dsn, store: st, gaz: g, gen: gen, out: stdout, log: stderr, started: time.Now()}, nil
}

func (b *bench) close() { b.store.Close() }

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "[%6.1fs] "+format+"\n", append([]any{time.Since(b.started).Seconds()}, args...)...)
}

// loadAll generates every article and meeting and bulk-loads them.
func (b *bench) loadAll(ctx context.Context) error {
	var busy bool
	err := b.store.DB().QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM meetings)`).Scan(&busy)
	if err != nil {
		return fmt.Errorf("check database: %w", err)
	}
	if busy {
		return errors.New("-load needs an empty database: this one already holds articles or meetings")
	}
	b.logf("generating and loading %d articles and %d meetings (%s)", b.o.articles, b.o.meetings, b.store.Dialect())
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var textBytes int64
	articles := func(yield func(relbot.Article) bool) {
		n := 0
		for a := range ordered(ctx, b.o.articles, b.gen.Article) {
			textBytes += int64(len(a.Text))
			if !yield(a) {
				return
			}
			if n++; n%100_000 == 0 {
				el := time.Since(start).Seconds()
				b.logf("%d articles, %.0f articles/s, %.0f MB of text", n, float64(n)/el, float64(textBytes)/1e6)
			}
		}
	}
	st, err := b.store.BulkLoad(ctx, articles, ordered(ctx, b.o.meetings, b.gen.Meeting))
	if err != nil {
		return err
	}
	el := time.Since(start)
	b.logf("loaded in %s", el.Round(time.Second))
	fmt.Fprintf(b.out, "load\t%s\t%d articles (%.0f MB text, %.0f B/article), %d meetings, %d participants, %d sources in %s (%.0f articles/s)\n",
		b.store.Dialect(), st.Articles, float64(textBytes)/1e6, float64(textBytes)/float64(max(st.Articles, 1)),
		st.Meetings, st.Participants, st.Sources, el.Round(time.Second), float64(st.Articles)/el.Seconds())
	return nil
}

// ordered yields gen(0) … gen(n-1) in order, made by all cores in chunks.
func ordered[T any](ctx context.Context, n int, gen func(int) T) iter.Seq[T] {
	const chunk = 256
	return func(yield func(T) bool) {
		// Cancel first, then wait: the producer may be blocked handing over
		// a chunk nobody will read.
		var wg sync.WaitGroup
		defer wg.Wait()
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		workers := runtime.GOMAXPROCS(0)
		futures := make(chan chan []T, 2*workers)
		sem := make(chan struct{}, workers)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(futures)
			for start := 0; start < n; start += chunk {
				f := make(chan []T, 1)
				select {
				case futures <- f:
				case <-ctx.Done():
					return
				}
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-sem }()
					out := make([]T, 0, chunk)
					for i := start; i < min(start+chunk, n); i++ {
						out = append(out, gen(i))
					}
					f <- out
				}()
			}
		}()
		for f := range futures {
			var vs []T
			select {
			case vs = <-f:
			case <-ctx.Done():
				return
			}
			for _, v := range vs {
				if !yield(v) {
					return
				}
			}
		}
	}
}
