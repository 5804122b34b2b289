package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

const dayLayout = "2006-01-02"

// The statements that save a meeting merged into a stored one read back,
// and rewrite, the stored rows; saveMeeting and savePipelined share them.
const (
	storedCopiesSQL       = `SELECT status, date_start, place_fold, kind FROM meetings WHERE id = ?`
	storedParticipantsSQL = `SELECT position, slug, name FROM meeting_participants WHERE meeting_id = ? ORDER BY position`
	storedSourcesSQL      = `SELECT position, article_id, url, outlet, title, published, published_utc
		FROM meeting_sources WHERE meeting_id = ? ORDER BY position`
	updateMeetingSet = `UPDATE meetings SET date_start = ?, date_end = ?, date_text = ?, place = ?,
		place_fold = ?, venue = ?, kind = ?, status = ?, occasion = ?, summary = ?`
	updateMeetingSQL = updateMeetingSet + ` WHERE id = ?`
	// PostgreSQL: see meetingCard; card_rev tells this writer from one
	// that does not know the card (migration 00009).
	updateMeetingCardSQL = updateMeetingSet + `, card = ?, card_rev = card_rev + 1 WHERE id = ?`
	insertMeetingSQL     = `INSERT INTO meetings (date_start, date_end, date_text, place, place_fold,
		venue, kind, status, occasion, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	insertMeetingCardSQL = `INSERT INTO meetings (date_start, date_end, date_text, place, place_fold,
		venue, kind, status, occasion, summary, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	insertActorSQL = `INSERT INTO actors (slug, name, country, aliases, verified) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (slug) DO NOTHING`
)

// meetingRows are the values saving a meeting writes: the meeting's columns
// (args, for the INSERT and UPDATE statements of saveMeeting), the copies its
// participants' rows carry (status, first day, folded place, kind), and the
// participants' and sources' rows after (meeting_id).
type meetingRows struct {
	copied                [4]string
	args                  []any
	participants, sources [][]any
}

// meetingRowsOf checks m and returns the rows saving it with article a
// writes. A source of m that is a's report is linked to a (recorded in undo).
func meetingRowsOf(a *relbot.Article, m *relbot.Meeting, undo *[]func()) (meetingRows, error) {
	if m.Kind != "" && !m.Kind.Valid() {
		return meetingRows{}, fmt.Errorf("meeting %d: unknown kind %q", m.ID, m.Kind)
	}
	status := m.Status
	switch status {
	case "":
		status = relbot.StatusPast
	case relbot.StatusPast, relbot.StatusPlanned, relbot.StatusBackground:
	default:
		return meetingRows{}, fmt.Errorf("meeting %d: unknown status %q", m.ID, m.Status)
	}
	var r meetingRows
	r.copied = [4]string{string(status), m.Date.Start().Format(dayLayout), placeKey(m.Place), string(m.Kind)}
	r.args = []any{r.copied[1], m.Date.End().Format(dayLayout), m.Date.String(),
		m.Place, r.copied[2], m.Venue, r.copied[3], r.copied[0], m.Occasion, m.Summary}
	var seen []string
	for i, p := range m.Participants {
		if p.Slug == "" {
			return meetingRows{}, fmt.Errorf("meeting %d: participant %d has no slug", m.ID, i)
		}
		// One actor listed twice took part once; a second row would show the
		// meeting twice in that actor's list.
		if slices.Contains(seen, p.Slug) {
			continue
		}
		seen = append(seen, p.Slug)
		r.participants = append(r.participants, []any{int64(i), p.Slug, p.Name})
	}
	for i := range m.Sources {
		src := &m.Sources[i]
		if src.ArticleID == 0 && reportedBy(*src, a) {
			src.ArticleID = a.ID
			*undo = append(*undo, func() { src.ArticleID = 0 })
		}
		var articleID any
		if src.ArticleID != 0 {
			articleID = src.ArticleID
		}
		r.sources = append(r.sources, []any{int64(i), articleID, src.URL, src.Outlet, src.Title,
			formatTime(src.Published), formatUTC(src.Published)})
	}
	return r, nil
}

// saveMeeting inserts m, or replaces the stored meeting m.ID, inside the
// transaction that stores article a. Changes to the caller's values are
// recorded in undo.
func (s *Store) saveMeeting(ctx context.Context, tx *sql.Tx, a *relbot.Article, m *relbot.Meeting, undo *[]func()) error {
	r, err := meetingRowsOf(a, m, undo)
	if err != nil {
		return err
	}
	copied, args, participants, sources := r.copied, r.args, r.participants, r.sources
	updateSQL, insertSQL := updateMeetingSQL, insertMeetingSQL
	if s.dialect == dialectPostgres {
		// The rows below end as r's, kept or written: so does the card.
		card, err := cardOf(r)
		if err != nil {
			return fmt.Errorf("meeting %d: card: %w", m.ID, err)
		}
		args = append(slices.Clone(args), card)
		updateSQL, insertSQL = updateMeetingCardSQL, insertMeetingCardSQL
	}

	// Of a stored meeting, the rows it keeps are not written again: a report
	// merged into it mostly adds a source, and rewriting every participant
	// (with the pairs their triggers keep) was a third of collect's writes.
	keptParticipants, keptSources := 0, 0
	if m.ID != 0 {
		var stored [4]string
		err := s.queryRow(ctx, tx, storedCopiesSQL, m.ID).
			Scan(&stored[0], &stored[1], &stored[2], &stored[3])
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("update meeting %d: %w", m.ID, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("update meeting %d: %w", m.ID, err)
		}
		if _, err := s.exec(ctx, tx, updateSQL, append(args, m.ID)...); err != nil {
			return fmt.Errorf("update meeting %d: %w", m.ID, err)
		}
		keptParticipants = -1
		if stored == copied {
			keptParticipants, err = s.keptRows(ctx, tx, storedParticipantsSQL, m.ID, participants)
			if err != nil {
				return fmt.Errorf("update meeting %d: %w", m.ID, err)
			}
		}
		keptSources, err = s.keptRows(ctx, tx, storedSourcesSQL, m.ID, sources)
		if err != nil {
			return fmt.Errorf("update meeting %d: %w", m.ID, err)
		}
		for _, t := range []struct {
			name string
			kept int
		}{{"meeting_participants", keptParticipants}, {"meeting_sources", keptSources}} {
			if t.kept >= 0 {
				continue
			}
			if _, err := s.exec(ctx, tx, `DELETE FROM `+t.name+` WHERE meeting_id = ?`, m.ID); err != nil {
				return fmt.Errorf("update meeting %d: %w", m.ID, err)
			}
		}
	} else {
		var id int64
		err := s.queryRow(ctx, tx, insertSQL, args...).Scan(&id)
		if err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		m.ID = id
		*undo = append(*undo, func() { m.ID = 0 })
	}
	var rows [][]any
	for _, row := range participants[max(keptParticipants, 0):] {
		rows = append(rows, []any{m.ID, row[0], row[1], row[2], copied[0], copied[1], copied[2], copied[3]})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO meeting_participants (meeting_id, position, slug, name, status, date_start,
		place_fold, kind) VALUES `, rows); err != nil {
		return fmt.Errorf("meeting %d: participants: %w", m.ID, err)
	}
	rows = rows[:0]
	for _, row := range sources[max(keptSources, 0):] {
		rows = append(rows, append([]any{m.ID}, row...))
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO meeting_sources (meeting_id, position, article_id, url, outlet,
		title, published, published_utc) VALUES `, rows); err != nil {
		return fmt.Errorf("meeting %d: sources: %w", m.ID, err)
	}
	return nil
}

// maxInsertRows bounds the rows of one insertRows statement; a meeting has
// a handful, and each count is a statement shape kept prepared.
const maxInsertRows = 16

// insertRows runs insert (ending in VALUES) with rows, several to a
// statement: on PostgreSQL each statement is a round trip to the server.
func (s *Store) insertRows(ctx context.Context, tx *sql.Tx, insert string, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), maxInsertRows)
		var (
			q    strings.Builder
			args []any
		)
		q.WriteString(insert)
		for i, row := range rows[:n] {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(" + placeholders(len(row)) + ")")
			args = append(args, row...)
		}
		if _, err := s.exec(ctx, tx, q.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// keptRows reads a stored meeting's rows of one table (query, by position)
// and returns keptCount of them and want.
func (s *Store) keptRows(ctx context.Context, tx *sql.Tx, query string, meetingID int64, want [][]any) (int, error) {
	var stored [][]any
	err := s.eachRow(ctx, tx, query, []any{meetingID}, func(r *sql.Rows) error {
		if len(stored) >= len(want) {
			if len(stored) == len(want) {
				stored = append(stored, nil) // more than wanted: none is kept
			}
			return nil
		}
		got := make([]any, len(want[len(stored)]))
		dest := make([]any, len(got))
		for i := range dest {
			dest[i] = &got[i]
		}
		if err := r.Scan(dest...); err != nil {
			return err
		}
		stored = append(stored, got)
		return nil
	})
	return keptCount(stored, want), err
}

// keptCount returns how many of a stored meeting's rows of one table, in
// order of position, want begins with, the same row for row, or -1 when a
// stored row differs or is not wanted: the table's rows must then all be
// written again.
func keptCount(stored, want [][]any) int {
	if len(stored) > len(want) {
		return -1
	}
	for k, got := range stored {
		for i := range got {
			if !sameValue(got[i], want[k][i]) {
				return -1
			}
		}
	}
	return len(stored)
}

// sameValue compares a value read back with the one that would be written:
// drivers return integers as int64, text as string or bytes, NULL as nil.
func sameValue(got, want any) bool {
	if b, ok := got.([]byte); ok {
		got = string(b)
	}
	return got == want
}

// reportedBy reports whether ref points at article a.
func reportedBy(ref relbot.SourceRef, a *relbot.Article) bool {
	if ref.URL != "" || a.URL != "" {
		return ref.URL == a.URL
	}
	return ref.Outlet == a.Source && ref.Title == a.Title
}

func placeKey(place string) string { return relbot.Fold(strings.TrimSpace(place)) }

func (s *Store) insertActor(ctx context.Context, tx *sql.Tx, a relbot.Actor) error {
	row, err := actorRow(a)
	if err != nil {
		return err
	}
	if _, err := s.exec(ctx, tx, insertActorSQL, row...); err != nil {
		return fmt.Errorf("actor %s: %w", a.Slug, err)
	}
	return nil
}

// Actors returns the actors stored from articles (created automatically,
// unverified), by slug.
func (s *Store) Actors(ctx context.Context) ([]relbot.Actor, error) {
	rows, err := s.query(ctx, s.db, `SELECT slug, name, country, aliases, verified FROM actors ORDER BY slug`)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []relbot.Actor
	for rows.Next() {
		var (
			a       relbot.Actor
			aliases string
		)
		if err := rows.Scan(&a.Slug, &a.Name, &a.Country, &aliases, &a.Verified); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		if err := json.Unmarshal([]byte(aliases), &a.Aliases); err != nil {
			return nil, fmt.Errorf("actor %s: aliases: %w", a.Slug, err)
		}
		if len(a.Aliases) == 0 {
			a.Aliases = nil
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

const meetingColumns = `m.id, m.date_text, m.place, m.venue, m.kind, m.status, m.occasion, m.summary`

// MeetingsBetween returns the meetings, whatever their status, whose date
// may fall between from's first day and to's last day: the candidates a new
// report may be merged with. With one slug, only that actor's meetings come
// back; with two or more (a report's participants), only the meetings that
// share two of them: those meeting.Same can join to a report of two or more
// (a stored meeting of one participant, which collect never stores, is not
// looked for). That spares reading and filling the window's other meetings,
// about thirty a day for a leader at 100,000 meetings. They come in date
// order.
func (s *Store) MeetingsBetween(ctx context.Context, from, to relbot.Date, slugs ...string) ([]relbot.Meeting, error) {
	// Stored dates are whole days, months or years, so a meeting that
	// overlaps the window and starts before it can only be the month or the
	// year of its first day. Saying so lets both engines read the window's
	// few days of meetings_date_start and two exact keys instead of every
	// meeting before the window: this runs for each meeting a collect run
	// extracts.
	first := from.Start()
	window := []any{to.End().Format(dayLayout), first.Format(dayLayout),
		relbot.Date{Year: first.Year(), Month: first.Month()}.Start().Format(dayLayout),
		relbot.Date{Year: first.Year()}.Start().Format(dayLayout)}
	var (
		query string
		args  []any
	)
	if len(slugs) == 0 {
		query = `SELECT ` + meetingColumns + ` FROM meetings m
			WHERE m.date_start <= ? AND (m.date_start >= ? OR m.date_start IN (?, ?)) AND m.date_end >= ?
			ORDER BY m.date_start, m.id`
		args = append(window, first.Format(dayLayout))
	} else {
		// An index of (slug, status, date_start) finds the few meetings of
		// these actors in the window without reading the window's other
		// meetings; their rows are read by id after (a subquery let
		// PostgreSQL hash-join every later meeting instead). For two or
		// more actors it is meeting_pairs' (slug_a, slug_b, status,
		// date_start): exactly the meetings two of them shared, where a
		// leader's own entries were a hundred rows to group and count for
		// each report merged. Each status, and the window's days apart from
		// the two exact keys (its month's and its year's first day), is a
		// branch of its own: with a third list of values (a status IN, an
		// OR of dates) the planners read every entry of a pair or of an
		// actor up to the window (SQLite's for two leaders 450 ms on the
		// load test's store against 1.6 ms; PostgreSQL's generic plan of
		// an OR 71 ms against 2 ms). A row in two branches (a window from
		// a month's first day) is counted once by DISTINCT.
		in := placeholders(len(slugs))
		var who []any
		for _, slug := range slugs {
			who = append(who, slug)
		}
		table, match := "meeting_pairs", "slug_a IN ("+in+") AND slug_b IN ("+in+")"
		switch {
		case len(slugs) == 1:
			table, match = "meeting_participants", "slug IN ("+in+")"
		case len(slugs) == 2:
			// One pair is one key of the index, not the four a list of
			// both slugs on each side probes. The pair's order is the one
			// the triggers stored it in, the server's collation.
			match = "slug_a = LEAST(?::text, ?::text) AND slug_b = GREATEST(?::text, ?::text)"
			if s.dialect == dialectSQLite {
				match = "slug_a = min(?, ?) AND slug_b = max(?, ?)"
			}
			who = append(who, who...)
		default:
			who = append(who, who...)
		}
		if len(slugs) > 1 && s.dialect == dialectSQLite {
			// Its planner otherwise takes meeting_pairs_place, whose
			// place_fold ends the range at the pair.
			table += " INDEXED BY meeting_pairs_pair"
		}
		var (
			branches []string
			qargs    []any
		)
		for _, status := range []relbot.Status{relbot.StatusPast, relbot.StatusPlanned, relbot.StatusBackground} {
			for _, days := range []struct {
				cond string
				args []any
			}{
				{"date_start <= ? AND date_start >= ?", []any{window[0], window[1]}},
				{"date_start = ?", []any{window[2]}},
				{"date_start = ?", []any{window[3]}},
			} {
				branches = append(branches, `SELECT meeting_id FROM `+table+` WHERE `+match+` AND status = ? AND `+days.cond)
				qargs = append(append(append(qargs, who...), string(status)), days.args...)
			}
		}
		q := `SELECT DISTINCT meeting_id FROM (` + strings.Join(branches, " UNION ALL ") + `) p`
		if s.dialect == dialectPostgres {
			return s.meetingsBetweenInOneTrip(ctx, from, to, q, append(qargs, first.Format(dayLayout)))
		}
		err := s.eachRow(ctx, s.db, q, qargs, func(r *sql.Rows) error {
			var id int64
			err := r.Scan(&id)
			args = append(args, id)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("meetings between %s and %s: %w", from, to, err)
		}
		if len(args) == 0 {
			return nil, nil
		}
		query = `SELECT ` + meetingColumns + ` FROM meetings m WHERE m.id IN (` + placeholders(len(args)) + `)
			AND m.date_end >= ? ORDER BY m.date_start, m.id`
		args = append(args, first.Format(dayLayout))
	}
	out, err := s.meetings(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("meetings between %s and %s: %w", from, to, err)
	}
	return out, nil
}

// meetingsBetweenInOneTrip is MeetingsBetween's PostgreSQL read of the
// meetings whose ids the query ids selects (args are its arguments and the
// window's first day), with their participants and sources, in one
// statement: the ids, the rows and fillMeetings' two reads were four round
// trips for each report collect merges, each a wakeup of both processes on
// a small machine. The ids are an array, so that the rows are read by
// primary key (a subquery let the planner hash-join every later meeting).
// The participants and sources are aggregated from their rows, as
// fillMeetings reads them, not taken from the card: a merge rewrites the
// stored meeting from what comes back here, and a card left stale by an
// older binary would lose the sources it lacks.
func (s *Store) meetingsBetweenInOneTrip(ctx context.Context, from, to relbot.Date, ids string, args []any) ([]relbot.Meeting, error) {
	rows, err := s.query(ctx, s.db, `SELECT `+meetingColumns+`, `+cardFallbackSQL+`
		FROM meetings m WHERE m.id = ANY(ARRAY(`+ids+`)) AND m.date_end >= ?
		ORDER BY m.date_start, m.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("meetings between %s and %s: %w", from, to, err)
	}
	defer rows.Close()
	var (
		out  []relbot.Meeting
		card sql.RawBytes // decoded before the next row
	)
	for rows.Next() {
		m, err := scanMeeting(rows, &card)
		if err != nil {
			return nil, fmt.Errorf("meetings between %s and %s: %w", from, to, err)
		}
		if err := decodeCard(card, &m); err != nil {
			return nil, fmt.Errorf("meetings between %s and %s: meeting %d: %w", from, to, m.ID, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("meetings between %s and %s: %w", from, to, err)
	}
	return out, nil
}

// TotalCap bounds how far FindMeetings counts an actor's meetings: at
// 100,000 meetings the exact count of a leader's (tens of thousands of index
// entries, intersected for two actors) cost more than the page itself.
// A total above it means "at least that many" (relbot.CountCap).
const TotalCap = relbot.CountCap

// findMeetings is FindMeetings without the cache.
func (s *Store) findMeetings(ctx context.Context, f relbot.MeetingFilter) ([]relbot.Meeting, int, error) {
	status := f.Status
	if status == "" {
		status = relbot.StatusPast
	}
	var slugs []string
	for _, slug := range f.Slugs {
		if !slices.Contains(slugs, slug) {
			slugs = append(slugs, slug)
		}
	}
	// With a slug, its index entries (slug, status[, place_fold],
	// date_start, meeting_id) drive the query: already in answer order, so
	// the page and the capped count stop early. With two or more, a pair's
	// entries in meeting_pairs do, holding exactly the shared meetings;
	// further slugs are probed per entry by (meeting_id, slug).
	var (
		where, needsM []string
		args, argsM   []any
		dateStart, id = "m.date_start", "m.id"
		driver        = "meetings m"
	)
	switch {
	case len(slugs) == 1:
		driver, dateStart, id = "meeting_participants p", "p.date_start", "p.meeting_id"
		where = append(where, "p.slug = ?", "p.status = ?")
		args = append(args, slugs[0], string(status))
	case len(slugs) > 1:
		driver, dateStart, id = "meeting_pairs p", "p.date_start", "p.meeting_id"
		where = append(where, "p.slug_a = ?", "p.slug_b = ?", "p.status = ?")
		args = append(args, min(slugs[0], slugs[1]), max(slugs[0], slugs[1]), string(status))
		for _, slug := range slugs[2:] {
			where = append(where, "EXISTS (SELECT 1 FROM meeting_participants q WHERE q.meeting_id = p.meeting_id AND q.slug = ?)")
			args = append(args, slug)
		}
	default:
		where = append(where, "m.status = ?")
		args = append(args, string(status))
	}
	if f.Place != "" {
		if len(slugs) > 0 {
			// Before the dates: the place is the column after the slugs
			// in meeting_participants_place and meeting_pairs_place.
			where = append(where, "p.place_fold = ?")
			args = append(args, placeKey(f.Place))
		} else {
			needsM = append(needsM, "m.place_fold = ?")
			argsM = append(argsM, placeKey(f.Place))
		}
	}
	if !f.Since.IsZero() {
		where = append(where, dateStart+" >= ?")
		args = append(args, f.Since.Start().Format(dayLayout))
	}
	if !f.Until.IsZero() {
		end := f.Until.End()
		until := end.Format(dayLayout)
		// A meeting cannot start after it ends: the same bound on the first
		// day narrows the index range ("hun-sen 2020" reads that year's
		// entries, not every one since), and date_end, which only meetings
		// hold, is checked on what remains.
		where = append(where, dateStart+" <= ?")
		args = append(args, until)
		if len(slugs) > 0 {
			// Only a meeting known to the month or the year can start by
			// until and end after it, and it then starts on the first day
			// of until's month or year: the others need no read of
			// meetings, which the counts of frequent actors would do a
			// thousand times.
			// A scalar subquery: PostgreSQL would hash an EXISTS over
			// every meeting.
			where = append(where, "("+dateStart+" NOT IN (?, ?) OR (SELECT e.date_end FROM meetings e WHERE e.id = "+id+") <= ?)")
			args = append(args, relbot.Date{Year: end.Year()}.Start().Format(dayLayout),
				relbot.Date{Year: end.Year(), Month: end.Month()}.Start().Format(dayLayout), until)
		} else {
			needsM = append(needsM, "m.date_end <= ?")
			argsM = append(argsM, until)
		}
	}
	if f.Kind != "" {
		if len(slugs) > 0 {
			where = append(where, "p.kind = ?")
			args = append(args, string(f.Kind))
		} else {
			needsM = append(needsM, "m.kind = ?")
			argsM = append(argsM, string(f.Kind))
		}
	}
	from := ` FROM ` + driver
	if len(slugs) > 0 && len(needsM) > 0 {
		from += ` JOIN meetings m ON m.id = p.meeting_id`
	}
	cond := " WHERE " + strings.Join(append(where, needsM...), " AND ")
	args = append(args, argsM...)

	// The page's ids come from the index alone where they can; only the
	// page's meetings are read.
	page := `SELECT ` + id + ` AS id, ` + dateStart + ` AS ds` + from + cond + ` ORDER BY ` + dateStart + ` DESC, ` + id +
		` DESC` + s.limitOffset(f.Limit, f.Offset)
	count := `SELECT COUNT(*)` + from + cond
	if len(slugs) > 0 && f.Limit > 0 {
		count = `SELECT COUNT(*) FROM (SELECT 1` + from + cond + fmt.Sprintf(` LIMIT %d) c`, max(TotalCap, f.Offset+f.Limit)+1)
	}
	var (
		out   []relbot.Meeting
		total = -1
		err   error
	)
	if s.dialect == dialectPostgres && f.Limit > 0 {
		out, total, err = s.findInOneTrip(ctx, page, count, args)
	} else {
		out, err = s.meetings(ctx, `SELECT `+meetingColumns+` FROM meetings m JOIN (`+page+
			`) page ON page.id = m.id ORDER BY page.ds DESC, page.id DESC`, args...)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("find meetings: %w", err)
	}
	// A page shorter than the limit gives the total itself, which spares
	// the count for most actors, pairs and filters (only the frequent ones
	// fill a page).
	switch {
	case len(out) > 0 && (f.Limit <= 0 || len(out) < f.Limit):
		return out, max(f.Offset, 0) + len(out), nil
	case len(out) == 0 && f.Offset <= 0:
		return nil, 0, nil
	case total >= 0:
		return out, total, nil
	}
	if err := s.queryRow(ctx, s.db, count, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find meetings: count: %w", err)
	}
	return out, total, nil
}

// meetings runs a query selecting meetingColumns and fills in the
// participants and sources of the meetings it returns.
func (s *Store) meetings(ctx context.Context, query string, args ...any) ([]relbot.Meeting, error) {
	rows, err := s.query(ctx, s.db, query, args...)
	if err != nil {
		return nil, err
	}
	var out []relbot.Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.fillMeetings(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// scanMeeting reads a row of meetingColumns followed by extra.
func scanMeeting(rows *sql.Rows, extra ...any) (relbot.Meeting, error) {
	var (
		m                    relbot.Meeting
		date, kind, statusDB string
	)
	dest := append([]any{&m.ID, &date, &m.Place, &m.Venue, &kind, &statusDB, &m.Occasion, &m.Summary}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return m, err
	}
	if date != "" {
		var err error
		if m.Date, err = relbot.ParseDate(date); err != nil {
			return m, fmt.Errorf("meeting %d: %w", m.ID, err)
		}
	}
	m.Kind, m.Status = relbot.Kind(kind), relbot.Status(statusDB)
	return m, nil
}

// findInOneTrip reads a page of meetings (the ids and first days selected by
// page), their participants and sources, and the count, in one PostgreSQL
// statement: over a connection a round trip costs more than the index reads
// of a page, and the three reads of fillMeetings and the count would be four.
// The participants and sources come from the meeting's card (meetingCard),
// computed from their rows only for a meeting without one.
// The count is taken whatever the page's length; when the page is short it
// only counts the few rows the page already read. Without a row (a page past
// the end) the total is -1: unknown.
func (s *Store) findInOneTrip(ctx context.Context, page, count string, args []any) ([]relbot.Meeting, int, error) {
	rows, err := s.query(ctx, s.db, `WITH page AS (`+page+`) SELECT `+meetingColumns+`,
		COALESCE(m.card, `+cardFallbackSQL+`), (`+count+`)
		FROM page JOIN meetings m ON m.id = page.id ORDER BY page.ds DESC, page.id DESC`,
		append(slices.Clone(args), args...)...)
	if err != nil {
		return nil, -1, err
	}
	defer rows.Close()
	var (
		out   []relbot.Meeting
		total = -1
		card  sql.RawBytes // decoded before the next row
	)
	for rows.Next() {
		m, err := scanMeeting(rows, &card, &total)
		if err != nil {
			return nil, -1, err
		}
		if err := decodeCard(card, &m); err != nil {
			return nil, -1, fmt.Errorf("meeting %d: card: %w", m.ID, err)
		}
		out = append(out, m)
	}
	return out, total, rows.Err()
}

// fillBatch bounds the ids in one IN list, well under both engines' limits on
// bound parameters.
const fillBatch = 500

// fillMeetings loads the participants and sources of ms.
func (s *Store) fillMeetings(ctx context.Context, ms []relbot.Meeting) error {
	for start := 0; start < len(ms); start += fillBatch {
		part := ms[start:min(start+fillBatch, len(ms))]
		index := make(map[int64]*relbot.Meeting, len(part))
		ids := make([]any, len(part))
		for i := range part {
			index[part[i].ID] = &part[i]
			ids[i] = part[i].ID
		}
		in := "(" + placeholders(len(ids)) + ")"
		if err := s.fillParticipants(ctx, in, ids, index); err != nil {
			return fmt.Errorf("participants: %w", err)
		}
		if err := s.fillSources(ctx, in, ids, index); err != nil {
			return fmt.Errorf("sources: %w", err)
		}
	}
	return nil
}

func (s *Store) fillParticipants(ctx context.Context, in string, ids []any, index map[int64]*relbot.Meeting) error {
	rows, err := s.query(ctx, s.db, `SELECT meeting_id, slug, name FROM meeting_participants
		WHERE meeting_id IN `+in+` ORDER BY meeting_id, position`, ids...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id int64
			p  relbot.Participant
		)
		if err := rows.Scan(&id, &p.Slug, &p.Name); err != nil {
			return err
		}
		if m := index[id]; m != nil {
			m.Participants = append(m.Participants, p)
		}
	}
	return rows.Err()
}

func (s *Store) fillSources(ctx context.Context, in string, ids []any, index map[int64]*relbot.Meeting) error {
	rows, err := s.query(ctx, s.db, `SELECT meeting_id, article_id, url, outlet, title, published FROM meeting_sources
		WHERE meeting_id IN `+in+` ORDER BY meeting_id, published_utc, position`, ids...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id        int64
			articleID sql.NullInt64
			ref       relbot.SourceRef
			published string
		)
		if err := rows.Scan(&id, &articleID, &ref.URL, &ref.Outlet, &ref.Title, &published); err != nil {
			return err
		}
		if ref.Published, err = parseTime(published); err != nil {
			return err
		}
		ref.ArticleID = articleID.Int64
		if m := index[id]; m != nil {
			m.Sources = append(m.Sources, ref)
		}
	}
	return rows.Err()
}
