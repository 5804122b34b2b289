// Package store keeps relbot's data — articles, the meetings they report,
// digests posted, per-channel follows and feed states — in SQLite or
// PostgreSQL behind one concrete Store.
//
// Open picks the engine from the DSN: a "postgres://" or "postgresql://" URL
// selects PostgreSQL (through pgx's database/sql driver), anything else is the
// path of a SQLite file (modernc.org/sqlite, pure Go). Both engines run the
// same plain SQL where they can; the few statements that differ live next to
// each other in this package. Versioned migrations, one folder per engine, are
// embedded in the binary and applied by Open; SQLite's eighth, which refills
// the search index from the stored text, is written in Go (searchindex.go).
//
// Full-text search folds Vietnamese diacritics (Đ included) with relbot.Fold
// in Go before text reaches either engine, and cuts it into words the same
// way for both, so both answer a query with the same articles.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned, wrapped, when a requested row does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrPending is returned by Ping when the database lacks migrations this
// binary carries.
var ErrPending = errors.New("store: migrations pending")

const (
	dialectSQLite   = "sqlite"
	dialectPostgres = "postgres"
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrations embed.FS

// Store is relbot's database. It is safe for concurrent use.
type Store struct {
	db       *sql.DB
	dialect  string
	provider *goose.Provider
	answers  *lru.Cache[string, cachedFind] // see FindMeetings
	stmts    *stmtCache                     // SQLite only; see prepared

	// PostgreSQL only; see MeetingsGeneration and watch.
	genDSN  string
	genOnce sync.Once
	gen     atomic.Pointer[generationWatch]

	cacheHits, cacheMisses atomic.Int64

	// SQLite: SaveArticle calls queue here for a group commit.
	groupMu         sync.Mutex
	groupQueue      []*groupedSave
	groupCommitting bool
	groupWriter     *sql.Conn // see beginGroup; under groupMu
}

// Open connects to the database named by dsn and applies pending migrations.
// A dsn starting with "postgres://" or "postgresql://" selects PostgreSQL;
// anything else is the path of a SQLite file, created when missing in a
// directory that must exist.
func Open(ctx context.Context, dsn string) (*Store, error) {
	var (
		s   *Store
		err error
	)
	if isPostgres(dsn) {
		s, err = openPostgres(ctx, dsn)
	} else {
		s, err = openSQLite(ctx, dsn)
	}
	if err != nil {
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	s.answers = newFindCache()
	if s.dialect == dialectPostgres {
		s.genDSN = dsn
	}
	return s, nil
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func openSQLite(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open sqlite: empty database path")
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("open sqlite database %s: directory %s does not exist", path, dir)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("open sqlite database %s: %s is not a directory", path, dir)
	}
	// WAL lets readers (slash commands) run while a collect run writes, and
	// busy_timeout makes a writer wait for another instead of failing at once
	// with "database is locked". _txlock=immediate takes the write lock when a
	// transaction begins, so two writers never deadlock upgrading read locks.
	// synchronous(NORMAL) is WAL's usual pairing: a commit survives a killed
	// process (only a power cut may lose the last ones) without an fsync per
	// article.
	dsn := "file:" + escapeURIPath(path) +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite database %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite database %s: %w", path, err)
	}
	return &Store{db: db, dialect: dialectSQLite, stmts: &stmtCache{m: map[string]*sql.Stmt{}, limit: stmtCacheSize}}, nil
}

// escapeURIPath escapes the characters that end or alter the path part of a
// SQLite URI filename.
func escapeURIPath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

func openPostgres(ctx context.Context, dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to postgres: %w", err)
	}
	return &Store{db: db, dialect: dialectPostgres}, nil
}

// migrate applies the embedded migrations. On PostgreSQL replicas starting at
// once queue on an advisory lock (one per schema), so exactly one applies
// them and the others find nothing left to do.
func (s *Store) migrate(ctx context.Context) error {
	dir, err := fs.Sub(migrations, "migrations/"+s.dialect)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	d := goose.DialectSQLite3
	if s.dialect == dialectPostgres {
		d = goose.DialectPostgres
	}
	opts := []goose.ProviderOption{goose.WithDisableGlobalRegistry(true)}
	if s.dialect == dialectSQLite {
		opts = append(opts, goose.WithGoMigrations(sqliteGoMigrations()...))
	}
	p, err := goose.NewProvider(d, s.db, dir, opts...)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	s.provider = p
	if s.dialect == dialectPostgres {
		unlock, err := s.lockMigrations(ctx)
		if err != nil {
			return err
		}
		defer unlock()
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}

// migrationLockKey is the first half of the advisory lock key; the second is
// a hash of the schema, so that tests in separate schemas do not queue.
const migrationLockKey = 0x72656c62 // "relb"

func (s *Store) lockMigrations(ctx context.Context) (unlock func(), err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock migrations: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, hashtext(current_schema()))`, migrationLockKey); err != nil {
		discard(conn)
		return nil, fmt.Errorf("lock migrations: %w", err)
	}
	return func() {
		_, err := conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, migrationLockKey)
		if err != nil {
			// A session lock lives as long as its connection: never hand a
			// connection that may still hold it back to the pool.
			discard(conn)
			return
		}
		conn.Close()
	}, nil
}

// discard closes conn's underlying connection instead of returning it to the
// pool.
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// Close closes the database.
func (s *Store) Close() error {
	s.closeWatch()
	if s.stmts != nil {
		s.stmts.close()
	}
	s.groupMu.Lock()
	writer := s.groupWriter
	s.groupWriter = nil
	s.groupMu.Unlock()
	if writer != nil {
		writer.Close()
	}
	return s.db.Close()
}

// Dialect names the engine: "sqlite" or "postgres".
func (s *Store) Dialect() string { return s.dialect }

// SaveConcurrency is how many SaveArticle calls a writer such as collect
// should keep in flight. SQLite's single writer commits the saves waiting
// together as one transaction, so more of them make fewer commits; on
// PostgreSQL each is a transaction of its own, and more than the CPUs can
// run only queue on the rows they all update (the answer cache's counter).
// Measured with relbench's ingest mode on the full-size store (BENCHMARKS.md).
func (s *Store) SaveConcurrency() int {
	if s.dialect == dialectSQLite {
		return 8 * runtime.GOMAXPROCS(0)
	}
	return 2 * runtime.GOMAXPROCS(0)
}

// Ping checks that the database answers and that every migration this binary
// carries has been applied (ErrPending otherwise), for readiness probes.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	// Status, not HasPending: HasPending fails outright on a migration
	// missing below the newest applied one, which is just as pending.
	status, err := s.provider.Status(ctx)
	if err != nil {
		return fmt.Errorf("check migrations: %w", err)
	}
	for _, m := range status {
		if m.State == goose.StatePending {
			return ErrPending
		}
	}
	return nil
}

// rebind turns the ? placeholders this package writes into PostgreSQL's $n.
// No statement here has a literal question mark.
func (s *Store) rebind(q string) string {
	if s.dialect != dialectPostgres {
		return q
	}
	return dollarParams(q)
}

// dollarParams numbers the ? placeholders of q as $1, $2, ….
func dollarParams(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) exec(ctx context.Context, q querier, query string, args ...any) (sql.Result, error) {
	if st := s.prepared(ctx, q, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return q.ExecContext(ctx, s.rebind(query), args...)
}

func (s *Store) query(ctx context.Context, q querier, query string, args ...any) (*sql.Rows, error) {
	if st := s.prepared(ctx, q, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return q.QueryContext(ctx, s.rebind(query), args...)
}

func (s *Store) queryRow(ctx context.Context, q querier, query string, args ...any) *sql.Row {
	if st := s.prepared(ctx, q, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return q.QueryRowContext(ctx, s.rebind(query), args...)
}

// stmtCacheSize bounds the SQLite statements kept prepared: the store's
// statements are a few dozen shapes (FindMeetings' filters, the IN lists of
// fillMeetings and of the merge candidates). Past it, statements run
// unprepared; nothing is ever evicted, so a statement handed out is never
// closed under its caller.
const stmtCacheSize = 1024

// stmtCache holds prepared statements by their SQL text.
type stmtCache struct {
	mu    sync.Mutex
	m     map[string]*sql.Stmt
	limit int
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	clear(c.m)
}

// prepared returns query prepared for q, from the cache, on SQLite; nil on
// PostgreSQL (pgx caches prepared statements per connection itself), when
// the cache is full, or when preparing fails (the caller then runs the text
// and reports the error). Parsing SQL was about a tenth of collect's time in
// modernc's SQLite, and as much again of a slash command's.
func (s *Store) prepared(ctx context.Context, q querier, query string) *sql.Stmt {
	if s.stmts == nil {
		return nil
	}
	c := s.stmts
	c.mu.Lock()
	st, ok := c.m[query]
	full := len(c.m) >= c.limit
	c.mu.Unlock()
	if !ok {
		if full {
			return nil
		}
		var err error
		if st, err = s.db.PrepareContext(ctx, query); err != nil {
			return nil
		}
		c.mu.Lock()
		if prev, ok := c.m[query]; ok {
			st.Close() // another caller prepared it meanwhile
			st = prev
		} else {
			c.m[query] = st
		}
		c.mu.Unlock()
	}
	if tx, ok := q.(*sql.Tx); ok {
		// Reuses the statement already prepared on the transaction's
		// connection, or prepares it there once.
		return tx.StmtContext(ctx, st)
	}
	return st
}

// limitOffset renders a LIMIT/OFFSET clause; limit <= 0 means no limit.
func (s *Store) limitOffset(limit, offset int) string {
	offset = max(offset, 0)
	switch {
	case limit > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
	case offset == 0:
		return ""
	case s.dialect == dialectSQLite:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", offset)
	}
	return fmt.Sprintf(" OFFSET %d", offset)
}

// placeholders returns "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// utcLayout formats instants at a fixed width so that text order is time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z"

func formatUTC(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(utcLayout)
}

// formatTime keeps t's offset: a feed's "+07:00" comes back as written.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// rollback ends tx after a failure; the error that caused it is what matters.
func rollback(tx *sql.Tx) { _ = tx.Rollback() }
