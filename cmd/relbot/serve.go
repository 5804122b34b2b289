package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/leader"
	"github.com/relbot/relbot/scheduler"
)

func newFlagSet(cmd string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

func configSchedule(spec string) (cron.Schedule, error) {
	s, err := config.ParseSchedule(spec)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", config.ErrInvalid, err)
	}
	return s, nil
}

// shutdownGrace is how long in-flight requests and jobs get on SIGTERM.
const shutdownGrace = 8 * time.Second

func cmdServe(ctx context.Context, args []string, e env) error {
	fs, path := flags("serve", e)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, e)
	if err != nil {
		return err
	}
	if err := cfg.RequireSlackCommands(); err != nil {
		return err
	}
	if len(cfg.Digests) > 0 && cfg.SchedulerEnabled() {
		if err := cfg.RequireSlackPosting(); err != nil {
			return err
		}
	}
	log := newLogger(cfg, e.stderr)
	a, err := openApp(ctx, cfg, log, e.now)
	if err != nil {
		return err
	}
	defer a.Close()

	a.startLLM(ctx)
	api := a.slackClient()
	commands := &bot.Commands{Backend: backend{a}, Logger: log, PageSize: 10,
		Observe: func(d time.Duration) { a.metrics.ObserveCommand("slack", d) }}
	mux := http.NewServeMux()
	if cfg.Slack.SigningSecret != "" {
		slackHTTP := bot.NewHTTPHandler(commands, cfg.Slack.SigningSecret)
		// Answers still going out through response_url finish before exit.
		defer slackHTTP.Close()
		mux.Handle("/slack/commands", slackHTTP)
		mux.Handle("/slack/interactions", slackHTTP)
	}
	opsRoutes(mux, a)

	ln, err := net.Listen("tcp", cfg.HTTP.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s (http.listen): %w", cfg.HTTP.Listen, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String(), "database", cfg.Redacted().Database, "version", version)

	var sched *scheduler.Scheduler
	var background sync.WaitGroup // owned goroutines: the elector and catch-ups
	bgCtx, stopBackground := context.WithCancel(ctx)
	defer func() { stopBackground(); background.Wait() }()
	if cfg.SchedulerEnabled() {
		poster := bot.NewPoster(api, bot.WithPosterLogger(log))
		onLead := func(leading bool) {
			if !leading {
				a.metrics.Leader.Set(0)
				return
			}
			a.metrics.Leader.Set(1)
			background.Add(1)
			go func() { defer background.Done(); a.catchUp(bgCtx, poster) }()
		}
		var lead scheduler.Leader = leader.Single{}
		if a.store.Dialect() == "postgres" {
			key, err := leader.KeyFor(ctx, a.store.DB())
			if err != nil {
				return fmt.Errorf("leader election: %w", err)
			}
			elector := leader.New(a.store.DB(), key, time.Duration(cfg.Scheduler.ElectionInterval), log, onLead)
			lead = elector
			background.Add(1)
			go func() { defer background.Done(); elector.Run(bgCtx) }()
		} else {
			onLead(true)
		}
		sched = scheduler.New(cfg.Location, log, scheduler.WithLeader(lead))
		// Registered even with no source configured: admins may add some
		// from Slack, and a run with none does nothing.
		if err := sched.Add("collect", cfg.Collect.Schedule, nil, func(ctx context.Context, _ time.Time) error {
			_, err := a.collect(ctx)
			return err
		}); err != nil {
			return fmt.Errorf("%w: %v", config.ErrInvalid, err)
		}
		// Digest jobs follow the schedules set from Slack: synced now, then
		// every minute on every replica.
		jobs := &digestJobs{a: a, sched: sched, poster: poster, log: log}
		if err := jobs.sync(ctx); err != nil {
			log.Warn("digest_sync_failed", "error", err)
		}
		a.digestJobs.Store(jobs)
		background.Add(1)
		go func() { defer background.Done(); jobs.run(bgCtx, time.Minute) }()
		sched.Start()
	}

	socketErr := make(chan error, 1)
	if cfg.Slack.AppToken != "" {
		go func() { socketErr <- bot.RunSocketMode(ctx, api, cfg.Slack.AppToken, commands) }()
	}

	var runErr error
	select {
	case <-ctx.Done():
	case err := <-serveErr:
		runErr = fmt.Errorf("http server: %w", err)
	case err := <-socketErr:
		if err != nil && ctx.Err() == nil {
			runErr = fmt.Errorf("socket mode: %w", err)
		}
	}
	log.Info("stopping")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http_shutdown", "error", err)
	}
	if sched != nil {
		stopped := sched.Stop()
		select {
		case <-stopped.Done():
		case <-sctx.Done():
			// Past the grace period: cancel the jobs. A digest cut now keeps
			// its claim, and the next leader settles it with Slack's history.
			log.Warn("jobs_cancelled_at_exit")
			sched.Cancel()
			<-stopped.Done()
		}
	}
	return runErr
}

// cmdHealthcheck asks the local `relbot serve` for /healthz, so that a
// container without a shell can check itself.
func cmdHealthcheck(ctx context.Context, args []string, e env) error {
	fs, path := flags("healthcheck", e)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, e)
	if err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(cfg.HTTP.Listen)
	if err != nil {
		return fmt.Errorf("%w: http.listen %q: %v", config.ErrInvalid, cfg.HTTP.Listen, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthz: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthz: HTTP %d", resp.StatusCode)
	}
	fmt.Fprintln(e.stdout, "ok")
	return nil
}

// opsRoutes serves what operators and orchestrators poll: /healthz (the
// process answers), /readyz (the database answers and is migrated; 503
// otherwise) and /metrics.
func opsRoutes(mux *http.ServeMux, a *app) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		pctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := a.store.Ping(pctx); err != nil {
			a.log.Warn("not_ready", "error", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "database unavailable")
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", a.metrics.Handler())
}
