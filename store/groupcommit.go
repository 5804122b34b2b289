package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/relbot/relbot"
)

// maxGroupedSaves bounds one SQLite transaction of SaveArticle calls, so that
// the callers at the end of a long queue do not wait for a huge commit.
const maxGroupedSaves = 64

// A groupedSave is one SaveArticle call waiting for, or taking, its turn in
// a SQLite group commit.
type groupedSave struct {
	ctx       context.Context
	a         *relbot.Article
	words     []string // the article's search terms, found before the queue
	meetings  []*relbot.Meeting
	newActors []relbot.Actor

	added bool
	err   error
	// wake is closed when the save is done, or when it is the next to
	// commit the queue (lead is then true).
	wake chan struct{}
	lead bool
}

// saveGrouped is SaveArticle on SQLite. SQLite has one writer, and a commit
// costs more than an article: FTS5 writes a new index segment and the WAL
// its pages at every commit. Saves arriving together (collect saves from
// several goroutines) are written in one transaction, each inside its own
// savepoint, so that one article's failure undoes that article only. Every
// call still returns after the commit that holds its article.
func (s *Store) saveGrouped(ctx context.Context, a *relbot.Article, words []string, meetings []*relbot.Meeting, newActors []relbot.Actor) (bool, error) {
	me := &groupedSave{ctx: ctx, a: a, words: words, meetings: meetings, newActors: newActors, wake: make(chan struct{})}
	s.groupMu.Lock()
	s.groupQueue = append(s.groupQueue, me)
	leading := !s.groupCommitting
	s.groupCommitting = true
	s.groupMu.Unlock()
	if !leading {
		<-me.wake
		if !me.lead {
			return me.added, me.err
		}
	}
	// The leader is always at the head of the queue: the first to arrive at
	// an idle store, or the one the previous leader woke.
	s.groupMu.Lock()
	n := min(len(s.groupQueue), maxGroupedSaves)
	batch := s.groupQueue[:n:n]
	s.groupQueue = s.groupQueue[n:]
	s.groupMu.Unlock()

	s.commitGroup(batch)
	for _, g := range batch[1:] {
		close(g.wake)
	}

	s.groupMu.Lock()
	if len(s.groupQueue) > 0 {
		next := s.groupQueue[0]
		next.lead = true
		close(next.wake)
	} else {
		s.groupCommitting = false
	}
	s.groupMu.Unlock()
	return me.added, me.err
}

// commitGroup writes batch in one transaction and sets each save's result.
// The statements run under a context no caller can cancel: SQLite may roll
// back a whole transaction when a write is interrupted, which would lose the
// other callers' articles. A caller that gave up before its turn is skipped.
func (s *Store) commitGroup(batch []*groupedSave) {
	ctx := context.WithoutCancel(batch[0].ctx)
	fail := func(err error) {
		for _, g := range batch {
			if g.err == nil {
				g.added, g.err = false, err
			}
		}
	}
	tx, err := s.beginGroup(ctx)
	if err != nil {
		fail(fmt.Errorf("save article: %w", err))
		return
	}
	var (
		undo []func() // of the saves in the transaction, for a failed commit
		// FTS5 writes its pending index at every savepoint: the batch's
		// search rows go in after the last one, so that it writes them once.
		unindexed []searchRow
	)
	// abort gives up the whole transaction: nothing of it is stored, so
	// the ids every save set are taken back.
	abort := func(err error) {
		rollback(tx) // after a failed Commit, a no-op
		runUndo(undo)
		fail(fmt.Errorf("save article: %w", err))
	}
	for _, g := range batch {
		if err := g.ctx.Err(); err != nil {
			g.err = fmt.Errorf("save article: %w", err)
			continue
		}
		if _, err := s.exec(ctx, tx, `SAVEPOINT save_article`); err != nil {
			abort(err)
			return
		}
		var (
			mine    []func()
			pending = len(unindexed)
		)
		g.added, g.err = s.saveInTx(ctx, tx, g.a, g.words, g.meetings, g.newActors, &mine, &unindexed)
		if g.err != nil {
			unindexed = unindexed[:pending]
			runUndo(mine)
			mine, g.added = nil, false
			if _, err := s.exec(ctx, tx, `ROLLBACK TO save_article`); err != nil {
				abort(fmt.Errorf("undo a failed article: %w", err))
				return
			}
		}
		undo = append(undo, mine...)
		if _, err := s.exec(ctx, tx, `RELEASE save_article`); err != nil {
			abort(err)
			return
		}
	}
	if err := s.indexArticles(ctx, tx, unindexed); err != nil {
		abort(err)
		return
	}
	if err := tx.Commit(); err != nil {
		abort(fmt.Errorf("commit: %w", err))
	}
}

// groupWriterCache is the page cache of the connection that commits the
// groups, in KiB (SQLite's negative cache_size).
const groupWriterCache = 32 << 10

// beginGroup begins a group commit on the store's writer connection, opened
// on first use. The groups always commit on the same connection so that its
// page cache, which SQLite empties whenever another connection has written,
// keeps the index pages every save touches: from the pool, each group found
// a connection whose cache was stale.
func (s *Store) beginGroup(ctx context.Context) (*sql.Tx, error) {
	var err error
	// A second try on a new connection: the one kept may have broken.
	for range 2 {
		// Only the group's leader is here; the lock is against Close.
		s.groupMu.Lock()
		w := s.groupWriter
		s.groupMu.Unlock()
		if w == nil {
			if w, err = s.newGroupWriter(ctx); err != nil {
				return nil, err
			}
			s.groupMu.Lock()
			s.groupWriter = w
			s.groupMu.Unlock()
		}
		var tx *sql.Tx
		if tx, err = w.BeginTx(ctx, nil); err == nil {
			return tx, nil
		}
		s.groupMu.Lock()
		s.groupWriter = nil
		s.groupMu.Unlock()
		w.Close()
	}
	return nil, err
}

func (s *Store) newGroupWriter(ctx context.Context) (*sql.Conn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, groupWriterCache)); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}
