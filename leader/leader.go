// Package leader chooses the one replica that runs scheduled jobs when
// several share a PostgreSQL database.
//
// The leader holds a session-level advisory lock on a dedicated connection.
// When its process dies (even by SIGKILL) the server drops the connection and
// the lock with it, and another replica takes the lock at its next attempt.
// A replica that cannot reach the database cannot keep proving its lock, so
// it steps down; and since every digest is claimed in the database before it
// is posted, even a replica that wrongly believes it leads cannot post a
// period twice.
package leader

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"
)

// DefaultKey is the advisory lock id relbot's replicas compete for.
const DefaultKey int64 = 0x72656c626f74 // "relbot"

// KeyFor derives the lock id from the database and schema, so that
// deployments sharing one server but not one schema elect leaders apart.
func KeyFor(ctx context.Context, db *sql.DB) (int64, error) {
	var where string
	if err := db.QueryRowContext(ctx, "SELECT current_database() || '.' || current_schema()").Scan(&where); err != nil {
		return 0, err
	}
	h := fnv.New64a()
	h.Write([]byte(where))
	return DefaultKey ^ int64(h.Sum64()>>1), nil
}

// Single is the leader of a deployment of one: always leading.
type Single struct{}

// IsLeader always reports true.
func (Single) IsLeader(context.Context) bool { return true }

// Elector campaigns for the advisory lock and keeps it.
type Elector struct {
	db       *sql.DB
	key      int64
	interval time.Duration
	log      *slog.Logger
	onChange func(leading bool)

	mu      sync.Mutex
	conn    *sql.Conn
	leading bool
}

// New returns an elector on db (PostgreSQL) that tries or checks the lock
// every interval. onChange, if not nil, is called on every change.
func New(db *sql.DB, key int64, interval time.Duration, log *slog.Logger, onChange func(bool)) *Elector {
	return &Elector{db: db, key: key, interval: interval, log: log, onChange: onChange}
}

// Run campaigns until ctx ends, then releases the lock.
func (e *Elector) Run(ctx context.Context) {
	t := time.NewTicker(e.interval)
	defer t.Stop()
	for {
		e.Step(ctx)
		select {
		case <-ctx.Done():
			e.resign()
			return
		case <-t.C:
		}
	}
}

// Step makes one attempt: take the lock when not leading, prove it when
// leading. Tests drive it directly.
func (e *Elector) Step(ctx context.Context) {
	if ctx.Err() != nil {
		// Ending, not losing: a check on a done context would fail and
		// drop the connection, whose lock the server frees only when the
		// backend has exited, later than resign's unlock would.
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.leading {
		if err := e.check(ctx); err != nil {
			e.log.Warn("leadership_lost", "error", err)
			e.dropLocked()
		}
		return
	}
	conn, err := e.db.Conn(ctx)
	if err != nil {
		e.log.Debug("leader_campaign_failed", "error", err)
		return
	}
	var got bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", e.key).Scan(&got); err != nil || !got {
		conn.Close()
		return
	}
	e.conn, e.leading = conn, true
	e.log.Info("leadership_acquired")
	if e.onChange != nil {
		e.onChange(true)
	}
}

// check proves the lock is still held on the live connection. The ping is
// bounded by its own timeout, never cut short by the caller: a query
// cancelled half-way breaks the connection, and the server would then free
// the lock only once it noticed the backend gone, after resign's unlock
// would have (a replica shutting down kept the lock from the next leader
// for a moment).
func (e *Elector) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), max(e.interval, time.Second))
	defer cancel()
	// A session lock lives as long as its session: a live connection is
	// proof enough.
	return e.conn.PingContext(ctx)
}

// IsLeader reports whether this replica leads, proving it on the lock's
// connection first so that a replica cut off from the database answers no.
func (e *Elector) IsLeader(ctx context.Context) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.leading {
		return false
	}
	if err := e.check(ctx); err != nil {
		e.log.Warn("leadership_lost", "error", err)
		e.dropLocked()
		return false
	}
	return true
}

func (e *Elector) dropLocked() {
	if e.conn != nil {
		// The connection must be discarded, not returned to the pool, or
		// the session lock would live on in it: ErrBadConn from Raw does that.
		_ = e.conn.Raw(func(any) error { return driver.ErrBadConn })
		e.conn.Close()
		e.conn = nil
	}
	if e.leading {
		e.leading = false
		if e.onChange != nil {
			e.onChange(false)
		}
	}
}

func (e *Elector) resign() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.conn != nil && e.leading {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, _ = e.conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1)", e.key)
		cancel()
	}
	e.dropLocked()
}
