package store

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
)

// generationChannel is notified by every transaction that moves
// meetings_generation (PostgreSQL migration 00006).
const generationChannel = "relbot_meetings"

// generationWatch keeps, on PostgreSQL, the value of meetings_generation
// learned from a connection that LISTENs on generationChannel: a slash
// command answered from the cache then costs no round trip to read the
// counter (it cost a third of the answers per second of a cached query).
// The counter is read again whenever a notice arrived since the last read,
// this store committed a change, or the listening connection is down; a
// replica's answers may lag another replica's commit by the notice's
// delivery, and never by more once the notice is in.
type generationWatch struct {
	live  atomic.Bool  // the listening connection is up
	epoch atomic.Int64 // moved by each notice and each change committed here
	value atomic.Pointer[generationRead]
	reads atomic.Int64  // reads of the counter, for tests
	pid   atomic.Uint32 // the listening connection's server process, for tests

	// noticed receives (without blocking) after each notice is taken in
	// and when listening starts: tests wait on it instead of sleeping.
	noticed chan struct{}
	stop    context.CancelFunc
	done    chan struct{}
}

// generationRead is the counter's value n as read after the watch's epoch
// was epoch: it holds while the epoch has not moved.
type generationRead struct{ n, epoch int64 }

// retryAfter bounds the pause before listening again after the connection
// broke; answers read the counter meanwhile.
var retryAfter = [...]time.Duration{100 * time.Millisecond, time.Second, 5 * time.Second, 30 * time.Second}

// watch returns the store's generation watch, started by the first caller
// that wants the counter (a process that never answers a query, such as a
// collect run or an export, opens no listening connection), or nil on SQLite
// and once the store is closed.
func (s *Store) watch() *generationWatch {
	if s.genDSN == "" {
		return nil
	}
	s.genOnce.Do(func() { s.gen.Store(startGenerationWatch(s.genDSN)) })
	return s.gen.Load()
}

// startGenerationWatch starts listening on a connection of its own (kept out
// of the pool: a pooled connection left listening would queue notices no one
// reads).
func startGenerationWatch(dsn string) *generationWatch {
	ctx, stop := context.WithCancel(context.Background())
	w := &generationWatch{noticed: make(chan struct{}, 1), stop: stop, done: make(chan struct{})}
	go func() {
		defer close(w.done)
		for failures := 0; ctx.Err() == nil; failures++ {
			if w.listen(ctx, dsn) {
				failures = 0
			}
			w.live.Store(false)
			select {
			case <-ctx.Done():
			case <-time.After(retryAfter[min(failures, len(retryAfter)-1)]):
			}
		}
	}()
	return w
}

// listen holds one listening connection until it fails or ctx ends, and
// reports whether it got as far as listening.
func (w *generationWatch) listen(ctx context.Context, dsn string) bool {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return false
	}
	// Named so that pg_stat_activity tells what the idle connection is.
	cfg.RuntimeParams["application_name"] = "relbot meetings watch"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return false
	}
	w.pid.Store(conn.PgConn().PID())
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+generationChannel); err != nil {
		return false
	}
	// Changes committed before LISTEN sent no notice here: read once.
	w.epoch.Add(1)
	w.live.Store(true)
	w.signal()
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return true
		}
		w.epoch.Add(1)
		w.signal()
	}
}

func (w *generationWatch) signal() {
	select {
	case w.noticed <- struct{}{}:
	default:
	}
}

// current returns the counter's value when it is known without a read.
func (w *generationWatch) current() (int64, bool) {
	if w == nil || !w.live.Load() {
		return 0, false
	}
	if v := w.value.Load(); v != nil && v.epoch == w.epoch.Load() {
		return v.n, true
	}
	return 0, false
}

// learn records n, read from the database after the epoch was epoch. Of
// reads racing each other, one begun at a later epoch wins.
func (w *generationWatch) learn(n, epoch int64) {
	w.reads.Add(1)
	next := &generationRead{n: n, epoch: epoch}
	for {
		old := w.value.Load()
		if old != nil && old.epoch > epoch || w.value.CompareAndSwap(old, next) {
			return
		}
	}
}

// changed moves the epoch after this store committed a change to the
// meetings: its own next answer must see it before the notice comes back.
func (s *Store) changed() {
	if w := s.gen.Load(); w != nil {
		w.epoch.Add(1)
	}
}

// closeWatch stops the watch, and any from starting after.
func (s *Store) closeWatch() {
	s.genOnce.Do(func() {})
	s.gen.Load().close()
}

func (w *generationWatch) close() {
	if w == nil {
		return
	}
	w.stop()
	<-w.done
}
