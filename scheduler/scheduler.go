// Package scheduler runs relbot's periodic jobs (collect, digests) on cron
// schedules in a time zone, never two runs of one job at once, and only while
// this replica is the leader.
//
// A job is told which period it runs for: the latest scheduled time at or
// before now. Digests use the period as their exactly-once key, so a job that
// fires late, twice, or on another replica still names the same period.
package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/relbot/relbot/config"
)

// Job is one run of a scheduled task for the period that began at period.
type Job func(ctx context.Context, period time.Time) error

// Leader reports whether this replica may run scheduled jobs now. A single
// process is always the leader.
type Leader interface {
	IsLeader(ctx context.Context) bool
}

type always struct{}

func (always) IsLeader(context.Context) bool { return true }

// Scheduler owns a cron runner and the goroutines of its jobs.
type Scheduler struct {
	cron   *cron.Cron
	loc    *time.Location
	log    *slog.Logger
	leader Leader
	now    func() time.Time

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	entries map[string]entry // by job name
}

// entry is a registered job, kept so that Set can tell a change.
type entry struct {
	id   cron.EntryID
	spec string
	loc  *time.Location
}

// Option configures a Scheduler.
type Option func(*Scheduler)

// WithLeader makes jobs run only while l says this replica leads.
func WithLeader(l Leader) Option { return func(s *Scheduler) { s.leader = l } }

// WithClock replaces time.Now when computing periods (tests).
func WithClock(now func() time.Time) Option { return func(s *Scheduler) { s.now = now } }

// New returns a stopped scheduler whose specs are read in loc.
func New(loc *time.Location, logger *slog.Logger, opts ...Option) *Scheduler {
	s := &Scheduler{loc: loc, log: logger, leader: always{}, now: time.Now, entries: map[string]entry{}}
	for _, o := range opts {
		o(s)
	}
	cl := cronLogger{logger}
	s.cron = cron.New(
		cron.WithLocation(loc),
		cron.WithParser(cron.NewParser(cron.SecondOptional|cron.Minute|cron.Hour|cron.Dom|cron.Month|cron.Dow|cron.Descriptor)),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)),
	)
	s.ctx, s.cancel = context.WithCancel(context.Background())
	return s
}

// Add registers job under name on spec, read in loc (nil: the scheduler's).
// A name already registered is an error: Set replaces.
func (s *Scheduler) Add(name, spec string, loc *time.Location, job Job) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.entries[name]; ok {
		return fmt.Errorf("schedule %s: a job of that name is registered", name)
	}
	return s.add(name, spec, loc, job)
}

// Set registers job under name on spec in loc (nil: the scheduler's), in
// place of the job of that name when its spec or location differ, and
// reports whether it changed anything. It may be called while the scheduler
// runs: a run of the replaced job in progress finishes.
func (s *Scheduler) Set(name, spec string, loc *time.Location, job Job) (bool, error) {
	if loc == nil {
		loc = s.loc
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.entries[name]
	if ok && old.spec == spec && old.loc.String() == loc.String() {
		return false, nil
	}
	// The new spec is checked before the old job goes: a bad one leaves
	// the old one running.
	if _, err := config.ParseSchedule(spec); err != nil {
		return false, fmt.Errorf("schedule %s: %w", name, err)
	}
	if ok {
		s.cron.Remove(old.id)
		delete(s.entries, name)
	}
	if err := s.add(name, spec, loc, job); err != nil {
		return false, err
	}
	return true, nil
}

// Remove unregisters the job of that name and reports whether there was one.
func (s *Scheduler) Remove(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.entries[name]
	if ok {
		s.cron.Remove(e.id)
		delete(s.entries, name)
	}
	return ok
}

// Jobs returns the registered jobs' names and specs.
func (s *Scheduler) Jobs() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]string, len(s.entries))
	for name, e := range s.entries {
		out[name] = e.spec
	}
	return out
}

// add registers a job; s.mu is held.
func (s *Scheduler) add(name, spec string, loc *time.Location, job Job) error {
	sched, err := config.ParseSchedule(spec)
	if err != nil {
		return fmt.Errorf("schedule %s: %w", name, err)
	}
	if loc == nil {
		loc = s.loc
	}
	full := spec
	if !strings.HasPrefix(spec, "CRON_TZ=") && !strings.HasPrefix(spec, "TZ=") {
		full = fmt.Sprintf("CRON_TZ=%s %s", loc, spec)
	}
	id, err := s.cron.AddFunc(full, func() {
		s.wg.Add(1)
		defer s.wg.Done()
		if s.ctx.Err() != nil || !s.leader.IsLeader(s.ctx) {
			return
		}
		period := PeriodAt(sched, s.now().In(loc))
		start := time.Now()
		err := job(s.ctx, period)
		level, msg := slog.LevelInfo, "job_done"
		if err != nil {
			level, msg = slog.LevelError, "job_failed"
		}
		s.log.Log(s.ctx, level, msg, "job", name, "period", period.Format(time.RFC3339),
			"duration", time.Since(start).Round(time.Millisecond), "error", err)
	})
	if err != nil {
		return fmt.Errorf("schedule %s: %w", name, err)
	}
	s.entries[name] = entry{id: id, spec: spec, loc: loc}
	return nil
}

// Start runs the scheduler in the background.
func (s *Scheduler) Start() { s.cron.Start() }

// Stop stops scheduling and returns a context that is done when the running
// jobs have returned. Running jobs go on: a digest in flight is finished, not
// cut between posting and recording; Cancel ends them sooner.
func (s *Scheduler) Stop() context.Context {
	done := s.cron.Stop()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-done.Done()
		s.wg.Wait()
		cancel()
	}()
	return ctx
}

// Cancel cancels the context of running jobs, for a stop that cannot wait.
func (s *Scheduler) Cancel() { s.cancel() }

// PeriodAt returns the latest time at or before t that sched fires at, so
// that a job started late still names its period. It looks back up to about
// 13 months; schedules rarer than that yield the zero time.
func PeriodAt(sched cron.Schedule, t time.Time) time.Time {
	t = t.Truncate(time.Second)
	for _, back := range []time.Duration{time.Minute, time.Hour, 25 * time.Hour, 8 * 24 * time.Hour, 32 * 24 * time.Hour, 400 * 24 * time.Hour} {
		first := sched.Next(t.Add(-back))
		if first.IsZero() || first.After(t) {
			continue
		}
		p := first
		for {
			n := sched.Next(p)
			if n.IsZero() || n.After(t) {
				return p
			}
			p = n
		}
	}
	return time.Time{}
}

// cronLogger adapts slog to cron's logger interface.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron_"+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron_"+msg, append(kv, "error", err)...)
}
