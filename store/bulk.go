package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/relbot/relbot"
)

// BulkStats counts what BulkLoad wrote.
type BulkStats struct {
	Articles     int
	Meetings     int
	Participants int
	Sources      int
}

// bulkBatch is how many rows go in one SQLite transaction or one PostgreSQL
// COPY: large enough to pay the commit once for many rows, small enough to
// keep SQLite's write-ahead log and the memory of a batch bounded.
const bulkBatch = 5000

// BulkLoad writes synthetic or restored data the fast way: PostgreSQL COPY,
// or batched SQLite transactions with prepared statements. It is for load
// data, not for collecting: nothing is deduplicated or merged.
//
// Every article and meeting carries its own ID, unused in the database; a
// meeting source's ArticleID names an article of this load or a stored one
// (0: none). An empty meeting Status is stored as past; a participant listed
// twice is stored once. Articles are written first, then meetings; each
// batch commits on its own, so on error the batches before it stay. On
// PostgreSQL, when the articles table starts empty, its search index is
// dropped and built again at the end, which is much faster than updating it
// row by row. Statistics are refreshed at the end.
func (s *Store) BulkLoad(ctx context.Context, articles iter.Seq[relbot.Article], meetings iter.Seq[relbot.Meeting]) (BulkStats, error) {
	var st BulkStats
	var err error
	if s.dialect == dialectPostgres {
		err = s.bulkPostgres(ctx, articles, meetings, &st)
	} else {
		err = s.bulkSQLite(ctx, articles, meetings, &st)
	}
	s.changed()
	if err != nil {
		return st, fmt.Errorf("bulk load: %w", err)
	}
	return st, nil
}

// batches cuts seq into slices of at most n values.
func batches[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		if seq == nil {
			return
		}
		batch := make([]T, 0, n)
		for v := range seq {
			batch = append(batch, v)
			if len(batch) == n {
				if !yield(batch) {
					return
				}
				batch = make([]T, 0, n)
			}
		}
		if len(batch) > 0 {
			yield(batch)
		}
	}
}

func checkBulkArticle(a *relbot.Article) error {
	if a.ID <= 0 {
		return fmt.Errorf("article %q: no id", a.GUID)
	}
	if a.Source == "" || a.GUID == "" {
		return fmt.Errorf("article %d: source and guid are required", a.ID)
	}
	return nil
}

// bulkMeetingRow is a meeting checked and reduced to the values stored.
type bulkMeetingRow struct {
	m      *relbot.Meeting
	status string
	start  string
	slugs  []int // indexes of the participants stored, duplicates left out
}

func checkBulkMeeting(m *relbot.Meeting) (bulkMeetingRow, error) {
	if m.ID <= 0 {
		return bulkMeetingRow{}, errors.New("meeting without an id")
	}
	if m.Kind != "" && !m.Kind.Valid() {
		return bulkMeetingRow{}, fmt.Errorf("meeting %d: unknown kind %q", m.ID, m.Kind)
	}
	status := m.Status
	switch status {
	case "":
		status = relbot.StatusPast
	case relbot.StatusPast, relbot.StatusPlanned, relbot.StatusBackground:
	default:
		return bulkMeetingRow{}, fmt.Errorf("meeting %d: unknown status %q", m.ID, m.Status)
	}
	r := bulkMeetingRow{m: m, status: string(status), start: m.Date.Start().Format(dayLayout)}
	var seen []string
	for i, p := range m.Participants {
		if p.Slug == "" {
			return bulkMeetingRow{}, fmt.Errorf("meeting %d: participant %d has no slug", m.ID, i)
		}
		if !slices.Contains(seen, p.Slug) {
			seen = append(seen, p.Slug)
			r.slugs = append(r.slugs, i)
		}
	}
	return r, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func (s *Store) bulkSQLite(ctx context.Context, articles iter.Seq[relbot.Article], meetings iter.Seq[relbot.Meeting], st *BulkStats) error {
	for batch := range batches(articles, bulkBatch) {
		if err := s.sqliteTx(ctx, []string{
			`INSERT INTO articles (id, source, guid, url, title, published, published_utc, collected, text, summary, hash, story)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			`INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`,
		}, func(stmts []*sql.Stmt) error {
			for i := range batch {
				a := &batch[i]
				if err := checkBulkArticle(a); err != nil {
					return err
				}
				if _, err := stmts[0].ExecContext(ctx, a.ID, a.Source, a.GUID, a.URL, a.Title, formatTime(a.Published),
					formatUTC(a.Published), formatTime(a.Collected), a.Text, a.Summary, a.Hash, a.Story); err != nil {
					return fmt.Errorf("article %d: %w", a.ID, err)
				}
				if _, err := stmts[1].ExecContext(ctx, a.ID, searchText(a.Title, a.Text)); err != nil {
					return fmt.Errorf("index article %d: %w", a.ID, err)
				}
			}
			return nil
		}); err != nil {
			return err
		}
		st.Articles += len(batch)
	}
	for batch := range batches(meetings, bulkBatch) {
		var n BulkStats
		if err := s.sqliteTx(ctx, []string{
			`INSERT INTO meetings (id, date_start, date_end, date_text, place, place_fold, venue, kind, status, occasion, summary)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			`INSERT INTO meeting_participants (meeting_id, position, slug, name, status, date_start, place_fold, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			`INSERT INTO meeting_sources (meeting_id, position, article_id, url, outlet, title, published, published_utc)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		}, func(stmts []*sql.Stmt) error {
			for i := range batch {
				r, err := checkBulkMeeting(&batch[i])
				if err != nil {
					return err
				}
				m := r.m
				if _, err := stmts[0].ExecContext(ctx, m.ID, r.start, m.Date.End().Format(dayLayout), m.Date.String(), m.Place,
					placeKey(m.Place), m.Venue, string(m.Kind), r.status, m.Occasion, m.Summary); err != nil {
					return fmt.Errorf("meeting %d: %w", m.ID, err)
				}
				for _, j := range r.slugs {
					p := m.Participants[j]
					if _, err := stmts[1].ExecContext(ctx, m.ID, j, p.Slug, p.Name, r.status, r.start, placeKey(m.Place), string(m.Kind)); err != nil {
						return fmt.Errorf("meeting %d: participant %s: %w", m.ID, p.Slug, err)
					}
				}
				for j, src := range m.Sources {
					if _, err := stmts[2].ExecContext(ctx, m.ID, j, nullID(src.ArticleID), src.URL, src.Outlet, src.Title,
						formatTime(src.Published), formatUTC(src.Published)); err != nil {
						return fmt.Errorf("meeting %d: source %q: %w", m.ID, src.URL, err)
					}
				}
				n.Participants += len(r.slugs)
				n.Sources += len(m.Sources)
			}
			return nil
		}); err != nil {
			return err
		}
		st.Meetings += len(batch)
		st.Participants += n.Participants
		st.Sources += n.Sources
	}
	// ANALYZE's sample rows (sqlite_stat4) are dropped, its counts kept:
	// with samples SQLite prepares again, at every run, each statement whose
	// WHERE binds an indexed column, and that was a third of the merge
	// candidates' query in collect, with the same plans for the slash
	// commands' queries (docs/BENCHMARKS.md).
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM sqlite_stat4`); err != nil && !strings.Contains(err.Error(), "no such table") {
		return fmt.Errorf("analyze: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	return nil
}

// sqliteTx runs fill in one transaction with the statements prepared.
func (s *Store) sqliteTx(ctx context.Context, queries []string, fill func([]*sql.Stmt) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer rollback(tx)
	stmts := make([]*sql.Stmt, len(queries))
	for i, q := range queries {
		if stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			return err
		}
		defer stmts[i].Close()
	}
	if err := fill(stmts); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *Store) bulkPostgres(ctx context.Context, articles iter.Seq[relbot.Article], meetings iter.Seq[relbot.Meeting], st *BulkStats) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		var empty bool
		if err := c.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM articles)`).Scan(&empty); err != nil {
			return err
		}
		var searchIndex string
		if empty {
			// The index's own definition, so that it comes back as the
			// migrations made it.
			err := c.QueryRow(ctx, `SELECT indexdef FROM pg_indexes
				WHERE schemaname = current_schema() AND indexname = 'articles_search'`).Scan(&searchIndex)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("search index: %w", err)
			}
			if searchIndex != "" {
				if _, err := c.Exec(ctx, `DROP INDEX articles_search`); err != nil {
					return fmt.Errorf("drop search index: %w", err)
				}
			}
		}
		rebuilt := false
		defer func() {
			if searchIndex != "" && !rebuilt {
				// A failed load must not leave the table without its index.
				_, _ = c.Exec(context.WithoutCancel(ctx), searchIndex)
			}
		}()
		if err := copyArticles(ctx, c, articles, st); err != nil {
			return err
		}
		if searchIndex != "" {
			// A sorted build in memory instead of row-by-row updates; the
			// setting lasts for this session only.
			if _, err := c.Exec(ctx, `SET maintenance_work_mem = '512MB'`); err != nil {
				return err
			}
			if _, err := c.Exec(ctx, searchIndex); err != nil {
				return fmt.Errorf("build search index: %w", err)
			}
			rebuilt = true
			if _, err := c.Exec(ctx, `RESET maintenance_work_mem`); err != nil {
				return err
			}
		}
		if err := copyMeetings(ctx, c, meetings, st); err != nil {
			return err
		}
		for _, table := range []string{"articles", "meetings"} {
			if _, err := c.Exec(ctx, `SELECT setval(pg_get_serial_sequence('`+table+`', 'id'),
				(SELECT COALESCE(MAX(id), 0) + 1 FROM `+table+`), false)`); err != nil {
				return fmt.Errorf("advance %s ids: %w", table, err)
			}
		}
		// VACUUM sets the visibility map, as autovacuum would later, so that
		// the participant and pair indexes answer lookups without the heap
		// (meeting_pairs is filled by triggers during the COPY). The
		// articles too: left to autovacuum (a million inserts cross its
		// threshold), their vacuum ran during the first measured collect
		// runs and took a fifth off them; here it costs about 15 s.
		if _, err := c.Exec(ctx, `VACUUM ANALYZE articles, meetings, meeting_participants, meeting_pairs, meeting_sources`); err != nil {
			return fmt.Errorf("vacuum: %w", err)
		}
		// The load and its vacuum leave gigabytes of dirty pages that the
		// checkpointer would otherwise write over the next minutes, while
		// the first collects compete with it for the disk (right after a
		// load they ran at little more than half their later speed). A
		// role allowed to load but not to checkpoint leaves it to the
		// server's schedule.
		if _, err := c.Exec(ctx, `CHECKPOINT`); err != nil && !insufficientPrivilege(err) {
			return fmt.Errorf("checkpoint: %w", err)
		}
		return nil
	})
}

// insufficientPrivilege reports whether PostgreSQL refused err's statement
// for the role's lack of a privilege.
func insufficientPrivilege(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "42501"
}

func copyArticles(ctx context.Context, c *pgx.Conn, articles iter.Seq[relbot.Article], st *BulkStats) error {
	cols := []string{"id", "source", "guid", "url", "title", "published", "published_utc", "collected", "text",
		"summary", "hash", "story", "search"}
	for batch := range batches(articles, bulkBatch) {
		rows := make([][]any, len(batch))
		for i := range batch {
			a := &batch[i]
			if err := checkBulkArticle(a); err != nil {
				return err
			}
			rows[i] = []any{a.ID, a.Source, a.GUID, a.URL, a.Title, formatTime(a.Published), formatUTC(a.Published),
				formatTime(a.Collected), a.Text, a.Summary, a.Hash, a.Story, searchVector(searchTerms(a.Title, a.Text))}
		}
		if _, err := c.CopyFrom(ctx, pgx.Identifier{"articles"}, cols, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy articles %d–%d: %w", batch[0].ID, batch[len(batch)-1].ID, err)
		}
		st.Articles += len(batch)
	}
	return nil
}

func copyMeetings(ctx context.Context, c *pgx.Conn, meetings iter.Seq[relbot.Meeting], st *BulkStats) error {
	for batch := range batches(meetings, bulkBatch) {
		var ms, ps, ss [][]any
		for i := range batch {
			r, err := checkBulkMeeting(&batch[i])
			if err != nil {
				return err
			}
			m := r.m
			card := newCard()
			for _, j := range r.slugs {
				p := m.Participants[j]
				ps = append(ps, []any{m.ID, int32(j), p.Slug, p.Name, r.status, r.start, placeKey(m.Place), string(m.Kind)})
				card.addParticipant(p.Slug, p.Name)
			}
			for j, src := range m.Sources {
				published, utc := formatTime(src.Published), formatUTC(src.Published)
				ss = append(ss, []any{m.ID, int32(j), nullID(src.ArticleID), src.URL, src.Outlet, src.Title, published, utc})
				card.addSource(src.ArticleID, src.URL, src.Outlet, src.Title, published, utc)
			}
			js, err := card.encode()
			if err != nil {
				return fmt.Errorf("meeting %d: card: %w", m.ID, err)
			}
			ms = append(ms, []any{m.ID, r.start, m.Date.End().Format(dayLayout), m.Date.String(), m.Place, placeKey(m.Place),
				m.Venue, string(m.Kind), r.status, m.Occasion, m.Summary, js})
		}
		// One transaction for the three tables, so that no meeting is left
		// without its participants.
		tx, err := c.Begin(ctx)
		if err != nil {
			return err
		}
		for _, t := range []struct {
			table string
			cols  []string
			rows  [][]any
		}{
			{"meetings", []string{"id", "date_start", "date_end", "date_text", "place", "place_fold", "venue", "kind",
				"status", "occasion", "summary", "card"}, ms},
			{"meeting_participants", []string{"meeting_id", "position", "slug", "name", "status", "date_start", "place_fold", "kind"}, ps},
			{"meeting_sources", []string{"meeting_id", "position", "article_id", "url", "outlet", "title", "published",
				"published_utc"}, ss},
		} {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				_ = tx.Rollback(ctx)
				return fmt.Errorf("copy %s of meetings %d–%d: %w", t.table, batch[0].ID, batch[len(batch)-1].ID, err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			return err
		}
		st.Meetings += len(batch)
		st.Participants += len(ps)
		st.Sources += len(ss)
	}
	return nil
}
