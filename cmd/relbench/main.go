// Command relbench generates realistic synthetic relbot data at scale, bulk
// loads it, and measures relbot against it: /relations answers in process
// and over HTTP against a real `relbot serve`, ingest through the collect
// path, and the memory of `relbot serve` under load.
//
//	relbench -db sqlite:/tmp/relbench.db -load                 # 100,000 meetings, 1,000,000 articles
//	relbench -db sqlite:/tmp/relbench.db query rss ingest      # measure
//	relbench -db 'postgres://postgres@127.0.0.1:5432/relbench?sslmode=disable' -load query
//
// Every loop is bounded by a count and a time limit; every server it starts
// listens on 127.0.0.1 and is stopped before it exits. Figures go to stdout,
// progress to stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "relbench: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// options are the command line.
type options struct {
	db          string
	meetings    int
	articles    int
	seed        uint64
	load        bool
	count       int
	duration    time.Duration
	concurrency int
	relbot      string
	ingest      int
	sources     int
	workers     int
	cpuprofile  string
	modes       []string
}

func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("relbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.db, "db", "sqlite:relbench.db", `database: "sqlite:PATH" or a postgres:// URL`)
	fs.IntVar(&o.meetings, "meetings", 100_000, "meetings to generate")
	fs.IntVar(&o.articles, "articles", 1_000_000, "articles to generate")
	fs.Uint64Var(&o.seed, "seed", 1, "generator seed")
	fs.BoolVar(&o.load, "load", false, "generate the data and bulk-load it into the (empty) database first")
	fs.IntVar(&o.count, "count", 5000, "queries per query measurement (after 200 not measured)")
	fs.DurationVar(&o.duration, "duration", 60*time.Second, "time limit of each measurement")
	fs.IntVar(&o.concurrency, "concurrency", 4, "queries in flight at once")
	fs.StringVar(&o.relbot, "relbot", "/tmp/relbot-bench", "relbot binary for the HTTP and rss modes (go build -o /tmp/relbot-bench ./cmd/relbot)")
	fs.IntVar(&o.ingest, "ingest-articles", 4000, "new articles collected in the ingest mode")
	fs.IntVar(&o.sources, "ingest-sources", 8, "feeds the ingest articles are spread over")
	fs.IntVar(&o.workers, "ingest-workers", 0, "articles understood and saved at once in the ingest mode (0: the store's SaveConcurrency, as relbot)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of relbench itself to this file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: relbench [flags] [query] [ingest] [rss]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, usageError{err.Error()}
	}
	o.modes = fs.Args()
	for _, m := range o.modes {
		switch m {
		case "query", "ingest", "rss":
		default:
			return o, usageError{fmt.Sprintf("unknown mode %q: want query, ingest or rss", m)}
		}
	}
	if !o.load && len(o.modes) == 0 {
		return o, usageError{"nothing to do: give -load and/or a mode (query, ingest, rss)"}
	}
	if o.meetings < 1 || o.articles < 0 || o.count < 1 || o.concurrency < 1 || o.duration <= 0 || o.ingest < 1 || o.sources < 1 {
		return o, usageError{"sizes, counts and durations must be positive"}
	}
	if _, err := storeDSN(o.db); err != nil {
		return o, err
	}
	return o, nil
}

// storeDSN turns -db into what store.Open and RELBOT_DATABASE take.
func storeDSN(db string) (string, error) {
	switch {
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return db, nil
	case strings.HasPrefix(db, "sqlite:") && len(db) > len("sqlite:"):
		return strings.TrimPrefix(db, "sqlite:"), nil
	}
	return "", usageError{fmt.Sprintf(`-db %q: want "sqlite:PATH" or a postgres:// URL`, db)}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parseOptions(args, stderr)
	if err != nil {
		return err
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	b, err := newBench(ctx, o, stdout, stderr)
	if err != nil {
		return err
	}
	defer b.close()
	if o.load {
		if err := b.loadAll(ctx); err != nil {
			return err
		}
	}
	for _, m := range o.modes {
		switch m {
		case "query":
			err = b.queryMode(ctx)
		case "ingest":
			err = b.ingestMode(ctx)
		case "rss":
			err = b.rssMode(ctx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", m, err)
		}
	}
	return nil
}
