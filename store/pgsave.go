package store

import (
	"context"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/relbot/relbot"
)

// savePipelined is SaveArticle on PostgreSQL. Every statement of a save on its
// own was a round trip to the server (a dozen for an article with a
// meeting), and on a small machine the context switches of those round trips
// cost as much as the server's work. Here the transaction takes two: the
// first begins it, inserts the article and reads the stored meetings being
// merged into; the second writes the meetings, each new one in one statement,
// and commits. A statement that fails makes the server refuse the rest of the
// transaction, and COMMIT then rolls it back: nothing is half stored.
func (s *Store) savePipelined(ctx context.Context, a *relbot.Article, words []string, meetings []*relbot.Meeting, newActors []relbot.Actor) (added bool, err error) {
	var undo []func()
	defer func() {
		if err != nil {
			runUndo(undo)
		}
	}()
	actorArgs := make([][]any, 0, len(newActors))
	for _, act := range newActors {
		row, err := actorRow(act)
		if err != nil {
			return false, fmt.Errorf("save article: %w", err)
		}
		actorArgs = append(actorArgs, row)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("save article: %w", err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		var err error
		added, err = s.pipelinedTx(ctx, c, a, words, meetings, actorArgs, &undo)
		if err != nil && c.PgConn().TxStatus() != 'I' {
			// A failure between the batches (a cancelled context, a
			// broken connection) can leave the transaction open.
			if _, rbErr := c.Exec(context.WithoutCancel(ctx), "ROLLBACK"); rbErr != nil {
				return errors.Join(err, driver.ErrBadConn)
			}
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("save article: %w", err)
	}
	if added && len(meetings) > 0 {
		s.changed()
	}
	return added, nil
}

// pipelinedTx runs savePipelined's transaction on c.
func (s *Store) pipelinedTx(ctx context.Context, c *pgx.Conn, a *relbot.Article, words []string, meetings []*relbot.Meeting, actorArgs [][]any, undo *[]func()) (bool, error) {
	// Round trip 1: begin (its commit need not wait for the WAL's flush,
	// as beginSave explains), hold the saving lock, insert the article,
	// read the stored meetings this article's reports merge into.
	var b pgx.Batch
	b.Queue("BEGIN")
	b.Queue(pg.beginSave, savingLockKey)
	b.Queue(pg.insertNewArticle, articleArgsPostgres(a, words)...)
	stored := make([]storedMeeting, len(meetings))
	for _, m := range meetings {
		if m == nil || m.ID == 0 {
			continue
		}
		b.Queue(pg.storedCopies, m.ID)
		b.Queue(pg.storedParticipants, m.ID)
		b.Queue(pg.storedSources, m.ID)
	}
	// An article without meetings (most of them) needs nothing of round
	// trip 1 for the rest of its save: the actors and the commit go with
	// it, and the save is one round trip. A failed insert makes the server
	// skip them; the transaction is then left failed, as below.
	oneTrip := !slices.ContainsFunc(meetings, func(m *relbot.Meeting) bool { return m != nil })
	if oneTrip {
		for _, row := range actorArgs {
			b.Queue(pg.insertActor, row...)
		}
		b.Queue("COMMIT")
	}
	br := c.SendBatch(ctx, &b)
	id, err := readFirst(br, meetings, stored)
	if oneTrip && err == nil {
		for range len(actorArgs) + 1 {
			if _, err = br.Exec(); err != nil {
				break
			}
		}
	}
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if duplicate(err) {
		// Stored already, by (source, guid) or URL, and committed: the
		// insert waits for a save in flight that holds the same key.
		// Nothing is written.
		if _, err := c.Exec(ctx, "ROLLBACK"); err != nil {
			return false, err
		}
		var existing int64
		if err := c.QueryRow(ctx, pg.existingArticle, a.Source, a.GUID, a.URL).Scan(&existing); err != nil {
			return false, fmt.Errorf("find duplicate: %w", err)
		}
		a.ID = existing
		return false, nil
	}
	if err != nil {
		return false, err
	}
	a.ID = id
	*undo = append(*undo, func() { a.ID = 0 })
	if oneTrip {
		return committed(c)
	}

	// Round trip 2: the meetings, the actors, the commit.
	b = pgx.Batch{}
	newAt := make([]int, len(meetings)) // the batch position of a new meeting's insert, or -1
	for i, m := range meetings {
		newAt[i] = -1
		if m == nil {
			continue
		}
		r, err := meetingRowsOf(a, m, undo)
		if err != nil {
			return false, err
		}
		card, err := cardOf(r)
		if err != nil {
			return false, fmt.Errorf("meeting %d: card: %w", m.ID, err)
		}
		if m.ID == 0 {
			newAt[i] = b.Len()
			queueNewMeeting(&b, r, card)
			continue
		}
		if !stored[i].found {
			return false, fmt.Errorf("update meeting %d: %w", m.ID, ErrNotFound)
		}
		queueStoredMeeting(&b, m.ID, r, card, stored[i])
	}
	for _, row := range actorArgs {
		b.Queue(pg.insertActor, row...)
	}
	b.Queue("COMMIT")
	br = c.SendBatch(ctx, &b)
	err = readSecond(br, b.Len(), meetings, newAt, undo)
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, err
	}
	return committed(c)
}

// committed reports the save on c added once its batch's COMMIT has run.
func committed(c *pgx.Conn) (bool, error) {
	if c.PgConn().TxStatus() != 'I' {
		return false, errors.New("commit: the transaction is still open")
	}
	return true, nil
}

// duplicate reports whether err is the refusal of an article whose
// (source, guid) or URL is stored: the articles table's only unique keys
// besides its generated id.
func duplicate(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.TableName == "articles"
}

// insertNewArticleSQL inserts an article the feed's check found new. Without
// ON CONFLICT, whose check of both unique keys before the insert cost a
// quarter of the insert: the rare duplicate (the same article saved by two
// sources at once) fails the transaction, which is then rolled back.
const insertNewArticleSQL = `INSERT INTO articles
	(source, guid, url, title, published, published_utc, collected, text, summary, hash, story, search)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	RETURNING id`

// pg holds the statements savePipelined shares with the one-statement-at-a-
// time save, numbered for pgx.
var pg = struct {
	beginSave, insertNewArticle, existingArticle, storedCopies, storedParticipants, storedSources, updateMeetingCard, insertActor string
}{
	dollarParams(beginSaveSQL), dollarParams(insertNewArticleSQL), dollarParams(existingArticleSQL),
	dollarParams(storedCopiesSQL), dollarParams(storedParticipantsSQL), dollarParams(storedSourcesSQL),
	dollarParams(updateMeetingCardSQL), dollarParams(insertActorSQL),
}

// A storedMeeting is what round trip 1 read of a stored meeting.
type storedMeeting struct {
	found                 bool
	copied                [4]string // status, date_start, place_fold, kind
	participants, sources [][]any
}

// readFirst reads round trip 1's results: the new article's id and, for each
// meeting with an ID, stored[i].
func readFirst(br pgx.BatchResults, meetings []*relbot.Meeting, stored []storedMeeting) (int64, error) {
	for range 2 {
		if _, err := br.Exec(); err != nil {
			return 0, err
		}
	}
	var id int64
	if err := br.QueryRow().Scan(&id); err != nil {
		return 0, err
	}
	for i, m := range meetings {
		if m == nil || m.ID == 0 {
			continue
		}
		st := &stored[i]
		err := br.QueryRow().Scan(&st.copied[0], &st.copied[1], &st.copied[2], &st.copied[3])
		switch {
		case errors.Is(err, pgx.ErrNoRows):
		case err != nil:
			return 0, fmt.Errorf("meeting %d: %w", m.ID, err)
		default:
			st.found = true
		}
		if st.participants, err = collectRows(br, func(r pgx.Rows) ([]any, error) {
			var (
				pos        int64
				slug, name string
			)
			err := r.Scan(&pos, &slug, &name)
			return []any{pos, slug, name}, err
		}); err != nil {
			return 0, fmt.Errorf("meeting %d: participants: %w", m.ID, err)
		}
		if st.sources, err = collectRows(br, func(r pgx.Rows) ([]any, error) {
			var (
				pos, article                                pgtype.Int8
				url, outlet, title, published, publishedUTC string
			)
			err := r.Scan(&pos, &article, &url, &outlet, &title, &published, &publishedUTC)
			var articleID any
			if article.Valid {
				articleID = article.Int64
			}
			return []any{pos.Int64, articleID, url, outlet, title, published, publishedUTC}, err
		}); err != nil {
			return 0, fmt.Errorf("meeting %d: sources: %w", m.ID, err)
		}
	}
	return id, nil
}

func collectRows(br pgx.BatchResults, scan func(pgx.Rows) ([]any, error)) ([][]any, error) {
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		row, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// readSecond reads round trip 2's n results, setting the IDs of the new
// meetings (newAt[i] is the position of meeting i's insert, or -1).
func readSecond(br pgx.BatchResults, n int, meetings []*relbot.Meeting, newAt []int, undo *[]func()) error {
	for k := 0; k < n; k++ {
		i := slices.Index(newAt, k)
		if i < 0 {
			if _, err := br.Exec(); err != nil {
				return err
			}
			continue
		}
		m := meetings[i]
		var id int64
		if err := br.QueryRow().Scan(&id); err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		m.ID = id
		*undo = append(*undo, func() { m.ID = 0 })
	}
	return nil
}

// queueNewMeeting queues the one statement that inserts a meeting with its
// participants, sources and card (cardOf(r)); its result is the new
// meeting's id.
func queueNewMeeting(b *pgx.Batch, r meetingRows, card string) {
	pos, slugs, names := participantColumns(r.participants)
	spos, arts, urls, outlets, titles, pubs, pubsUTC := sourceColumns(r.sources)
	b.Queue(`WITH m AS (
			INSERT INTO meetings (date_start, date_end, date_text, place, place_fold, venue, kind, status, occasion, summary, card)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $21) RETURNING id
		), p AS (
			INSERT INTO meeting_participants (meeting_id, position, slug, name, status, date_start, place_fold, kind)
			SELECT m.id, u.position, u.slug, u.name, $8, $1, $5, $7
			FROM m, unnest($11::int[], $12::text[], $13::text[]) AS u(position, slug, name)
		), s AS (
			INSERT INTO meeting_sources (meeting_id, position, article_id, url, outlet, title, published, published_utc)
			SELECT m.id, u.position, u.article_id, u.url, u.outlet, u.title, u.published, u.published_utc
			FROM m, unnest($14::int[], $15::bigint[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])
				AS u(position, article_id, url, outlet, title, published, published_utc)
		)
		SELECT id FROM m`,
		append(r.args, pos, slugs, names, spos, arts, urls, outlets, titles, pubs, pubsUTC, card)...)
}

// queueStoredMeeting queues the statements that rewrite stored meeting id
// as r, with its card, keeping the participant and source rows it repeats.
func queueStoredMeeting(b *pgx.Batch, id int64, r meetingRows, card string, st storedMeeting) {
	b.Queue(pg.updateMeetingCard, append(r.args, card, id)...)
	keptParticipants := -1
	if st.copied == r.copied {
		keptParticipants = keptCount(st.participants, r.participants)
	}
	keptSources := keptCount(st.sources, r.sources)
	if keptParticipants < 0 {
		b.Queue(`DELETE FROM meeting_participants WHERE meeting_id = $1`, id)
	}
	if keptSources < 0 {
		b.Queue(`DELETE FROM meeting_sources WHERE meeting_id = $1`, id)
	}
	if rows := r.participants[max(keptParticipants, 0):]; len(rows) > 0 {
		pos, slugs, names := participantColumns(rows)
		b.Queue(`INSERT INTO meeting_participants (meeting_id, position, slug, name, status, date_start, place_fold, kind)
			SELECT $1, u.position, u.slug, u.name, $5, $6, $7, $8
			FROM unnest($2::int[], $3::text[], $4::text[]) AS u(position, slug, name)`,
			id, pos, slugs, names, r.copied[0], r.copied[1], r.copied[2], r.copied[3])
	}
	if rows := r.sources[max(keptSources, 0):]; len(rows) > 0 {
		spos, arts, urls, outlets, titles, pubs, pubsUTC := sourceColumns(rows)
		b.Queue(`INSERT INTO meeting_sources (meeting_id, position, article_id, url, outlet, title, published, published_utc)
			SELECT $1, u.position, u.article_id, u.url, u.outlet, u.title, u.published, u.published_utc
			FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
				AS u(position, article_id, url, outlet, title, published, published_utc)`,
			id, spos, arts, urls, outlets, titles, pubs, pubsUTC)
	}
}

// participantColumns turns meetingRows' participant rows into arrays.
func participantColumns(rows [][]any) (pos []int32, slugs, names []string) {
	for _, r := range rows {
		pos = append(pos, int32(r[0].(int64)))
		slugs = append(slugs, r[1].(string))
		names = append(names, r[2].(string))
	}
	return pos, slugs, names
}

// sourceColumns turns meetingRows' source rows into arrays.
func sourceColumns(rows [][]any) (pos []int32, arts []pgtype.Int8, urls, outlets, titles, pubs, pubsUTC []string) {
	for _, r := range rows {
		pos = append(pos, int32(r[0].(int64)))
		var art pgtype.Int8
		if id, ok := r[1].(int64); ok {
			art = pgtype.Int8{Int64: id, Valid: true}
		}
		arts = append(arts, art)
		urls = append(urls, r[2].(string))
		outlets = append(outlets, r[3].(string))
		titles = append(titles, r[4].(string))
		pubs = append(pubs, r[5].(string))
		pubsUTC = append(pubsUTC, r[6].(string))
	}
	return pos, arts, urls, outlets, titles, pubs, pubsUTC
}

// actorRow returns the values insertActor writes for act.
func actorRow(act relbot.Actor) ([]any, error) {
	if act.Slug == "" {
		return nil, fmt.Errorf("actor %q has no slug", act.Name)
	}
	aliases := act.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	js, err := json.Marshal(aliases)
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", act.Slug, err)
	}
	return []any{act.Slug, act.Name, act.Country, string(js), act.Verified}, nil
}

// repeatsStored reports whether two of meetings name one stored meeting (two
// reports in an article merged into it). savePipelined reads the stored
// meetings before it writes any, so the second write would not see the
// first: such a save runs its statements one after another.
func repeatsStored(meetings []*relbot.Meeting) bool {
	seen := map[int64]bool{}
	for _, m := range meetings {
		if m == nil || m.ID == 0 {
			continue
		}
		if seen[m.ID] {
			return true
		}
		seen[m.ID] = true
	}
	return false
}
