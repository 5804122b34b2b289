package leader

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func openPostgres(t *testing.T) *sql.DB {
	t.Helper()
	url := os.Getenv("RELBOT_TEST_POSTGRES_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("RELBOT_TEST_POSTGRES_URL is not set in CI")
		}
		t.Skip("set RELBOT_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable) to run the leader tests")
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatalf("PostgreSQL at RELBOT_TEST_POSTGRES_URL: %v", err)
	}
	return db
}

func TestOneLeaderAndHandOver(t *testing.T) {
	ctx := context.Background()
	// Two pools, as two replicas would have; a key of this test's own.
	key := time.Now().UnixNano()
	dbA, dbB := openPostgres(t), openPostgres(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	var changes []bool
	a := New(dbA, key, time.Second, log, func(v bool) { changes = append(changes, v) })
	b := New(dbB, key, time.Second, log, nil)

	a.Step(ctx)
	b.Step(ctx)
	if !a.IsLeader(ctx) || b.IsLeader(ctx) {
		t.Fatalf("a leads %v, b leads %v; want exactly a", a.IsLeader(ctx), b.IsLeader(ctx))
	}
	b.Step(ctx)
	if b.IsLeader(ctx) {
		t.Fatal("b took a held lock")
	}

	// The leader's process dies: the server ends its session, as after SIGKILL.
	var pid int
	if err := a.conn.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	// With a timeout the call returns once the backend has gone (and its
	// advisory lock with it), not merely once it has been signalled: b's
	// next step must find the lock free, with no sleep in the test.
	var gone bool
	if err := dbB.QueryRowContext(ctx, "SELECT pg_terminate_backend($1, 10000)", pid).Scan(&gone); err != nil {
		t.Fatal(err)
	}
	if !gone {
		t.Fatal("the leader's backend did not end within 10 s")
	}
	if a.IsLeader(ctx) {
		t.Fatal("a still believes it leads after its session ended")
	}
	b.Step(ctx)
	if !b.IsLeader(ctx) {
		t.Fatal("b did not take over the free lock")
	}
	a.Step(ctx)
	if a.IsLeader(ctx) {
		t.Fatal("a took the lock back while b holds it")
	}
	if len(changes) != 2 || !changes[0] || changes[1] {
		t.Fatalf("a's changes = %v, want [true false]", changes)
	}

	// Resigning frees the lock at once, and the connection is not reused with it.
	ctxB, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { b.Run(ctxB); close(done) }()
	cancel()
	<-done
	a.Step(ctx)
	if !a.IsLeader(ctx) {
		t.Fatal("a could not lead after b resigned")
	}
	a.resign()
}

// A caller's cancelled context neither costs the leader its lock nor
// breaks the lock's connection: resigning right after frees the lock for the
// next replica at once.
func TestCancelledCallerKeepsTheLock(t *testing.T) {
	ctx := context.Background()
	key := time.Now().UnixNano()
	dbA, dbB := openPostgres(t), openPostgres(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a := New(dbA, key, time.Second, log, nil)
	b := New(dbB, key, time.Second, log, nil)
	a.Step(ctx)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if !a.IsLeader(cancelled) {
		t.Fatal("a lost its lock to a cancelled caller")
	}
	a.resign()
	b.Step(ctx)
	if !b.IsLeader(ctx) {
		t.Fatal("b could not lead right after a resigned")
	}
	b.resign()
}

func TestSingleAlwaysLeads(t *testing.T) {
	if !(Single{}).IsLeader(context.Background()) {
		t.Fatal("Single does not lead")
	}
}
