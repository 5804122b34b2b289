package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"

	"github.com/relbot/relbot"
)

// ErrBadImport is wrapped by every error about a line of an import file that
// cannot be restored: bad JSON, an unknown type, a missing or bad field, a
// duplicate id. The file is at fault, not the database.
var ErrBadImport = errors.New("store: bad import line")

// ErrNotEmpty is returned, wrapped, by Import without force when the database
// already holds data.
var ErrNotEmpty = errors.New("store: database not empty")

// maxImportLine bounds one line of an import file: an article's full text
// rides on its line, so the cap is generous, yet a file that is not JSON
// lines cannot exhaust memory. A variable so that tests can lower it.
var maxImportLine = 64 << 20

// ImportLineError is a line of an import file that cannot be restored. It
// wraps ErrBadImport and the cause (relbot.ErrBadDate for a bad date).
type ImportLineError struct {
	Line int // counted from 1
	Err  error
}

func (e *ImportLineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns ErrBadImport and the cause.
func (e *ImportLineError) Unwrap() []error { return []error{ErrBadImport, e.Err} }

// ImportStats counts the records an import restored, per type.
type ImportStats struct {
	Actors   int
	Articles int
	Digests  int
	Follows  int
	Meetings int
	Sources  int
	// Schedules and SlackSources count what was set from Slack.
	Schedules    int
	SlackSources int
	Replaced     bool // force wiped data that was there before
}

// String lists the counts: "2 actors, 10 articles, 1 digest, …".
func (st ImportStats) String() string {
	parts := []string{
		count(st.Actors, "actor"), count(st.Articles, "article"), count(st.Digests, "digest"),
		count(st.Follows, "follow"), count(st.Meetings, "meeting"), count(st.Sources, "source"),
	}
	// Most databases hold nothing set from Slack: say so only when they do.
	if st.Schedules > 0 {
		parts = append(parts, count(st.Schedules, "schedule"))
	}
	if st.SlackSources > 0 {
		parts = append(parts, count(st.SlackSources, "Slack source"))
	}
	return strings.Join(parts, ", ")
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Import restores the JSON lines that Export's records make (as `relbot
// export` writes them, one object per line, in any order provided an
// article comes before the meetings it reports) into an empty database. Ids,
// GUIDs, states, stories, source states and digests come back as they were,
// with the data derived from them (search index, the participants' copies
// of status and date), and the id sequences move past the restored ids so
// that new rows get fresh ones. Blank lines are skipped.
//
// Everything happens in one transaction: on any error nothing is imported.
// A line that cannot be restored gives an *ImportLineError naming it, which
// wraps ErrBadImport. A database that holds data is refused with ErrNotEmpty
// unless force is set; then its contents are deleted first, in the same
// transaction, so a failed import leaves them as they were.
func (s *Store) Import(ctx context.Context, r io.Reader, force bool) (ImportStats, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportStats{}, fmt.Errorf("import: %w", err)
	}
	defer rollback(tx)
	im := &importer{s: s, tx: tx, stmts: map[string]*sql.Stmt{}}
	if err := im.prepareTarget(ctx, force); err != nil {
		return ImportStats{}, err
	}
	sc := bufio.NewScanner(r)
	// The cap is the larger of the buffer's and the limit: start small.
	sc.Buffer(make([]byte, 0, min(64<<10, maxImportLine)), maxImportLine)
	n := 0
	for sc.Scan() {
		n++
		if err := ctx.Err(); err != nil {
			return ImportStats{}, fmt.Errorf("import: %w", err)
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		rec, err := decodeLine(line)
		if err != nil {
			return ImportStats{}, fmt.Errorf("import: %w", &ImportLineError{Line: n, Err: err})
		}
		if err := im.insert(ctx, rec); err != nil {
			var bad badRecord
			if errors.As(err, &bad) {
				return ImportStats{}, fmt.Errorf("import: %w", &ImportLineError{Line: n, Err: bad.error})
			}
			return ImportStats{}, fmt.Errorf("import: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return ImportStats{}, fmt.Errorf("import: %w", &ImportLineError{Line: n + 1,
				Err: fmt.Errorf("longer than %s", sizeText(maxImportLine))})
		}
		return ImportStats{}, fmt.Errorf("import: read line %d: %w", n+1, err)
	}
	if err := im.fixSequences(ctx); err != nil {
		return ImportStats{}, fmt.Errorf("import: %w", err)
	}
	err = tx.Commit()
	s.changed()
	if err != nil {
		return ImportStats{}, fmt.Errorf("import: commit: %w", err)
	}
	return im.stats, nil
}

func sizeText(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// importTables are the tables an import fills, children first so that a
// wipe in this order never trips a foreign key.
var importTables = []string{"meeting_pairs", "meeting_sources", "meeting_participants", "meetings", "articles", "actors", "digests", "follows", "sources",
	"slack_sources", "channel_schedules"}

// prepareTarget makes sure the database is empty, wiping it when force is
// set, while holding writers off until the import commits.
func (im *importer) prepareTarget(ctx context.Context, force bool) error {
	s, tx := im.s, im.tx
	if s.dialect == dialectPostgres {
		// Readers may go on; a collect run or digest starting meanwhile waits
		// for the import instead of mixing its rows with the restored ones.
		// (SQLite's immediate transactions already hold the write lock.)
		if _, err := tx.ExecContext(ctx, `LOCK TABLE `+strings.Join(importTables, ", ")+` IN EXCLUSIVE MODE`); err != nil {
			return fmt.Errorf("import: lock tables: %w", err)
		}
	}
	var held []string
	for _, table := range []string{"articles", "meetings", "actors", "digests", "follows", "sources", "slack_sources", "channel_schedules"} {
		var found bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+table+`)`).Scan(&found); err != nil {
			return fmt.Errorf("import: check %s: %w", table, err)
		}
		if found {
			held = append(held, table)
		}
	}
	if len(held) == 0 {
		return nil
	}
	if !force {
		return fmt.Errorf("import into %s: %w: it holds %s", s.dialect, ErrNotEmpty, strings.Join(held, ", "))
	}
	im.stats.Replaced = true
	if s.dialect == dialectPostgres {
		// TRUNCATE leaves the identity sequences where they are: ids already
		// handed out are never handed out again.
		if _, err := tx.ExecContext(ctx, `TRUNCATE `+strings.Join(importTables, ", ")); err != nil {
			return fmt.Errorf("import: wipe: %w", err)
		}
		return nil
	}
	for _, table := range importTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
			return fmt.Errorf("import: wipe %s: %w", table, err)
		}
	}
	// A contentless FTS5 table is emptied by its own command.
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`); err != nil {
		return fmt.Errorf("import: wipe search index: %w", err)
	}
	return nil
}

// decodeLine reads one line into the Export* record its type names, and
// checks what the database cannot: required fields, dates, times, kinds and
// states. It touches no database, so it can be fuzzed alone.
func decodeLine(line []byte) (any, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	var head struct {
		Type *string `json:"type"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return nil, fmt.Errorf("bad JSON: %v", err)
	}
	if head.Type == nil {
		return nil, errors.New(`missing "type"`)
	}
	var rec interface{ check() error }
	switch *head.Type {
	case "actor":
		rec = &ExportActor{}
	case "article":
		rec = &ExportArticle{}
	case "digest":
		rec = &ExportDigest{}
	case "follow":
		rec = &ExportFollow{}
	case "meeting":
		rec = &ExportMeeting{}
	case "schedule":
		rec = &ExportSchedule{}
	case "slack_source":
		rec = &ExportSlackSource{}
	case "source":
		rec = &ExportSource{}
	default:
		return nil, fmt.Errorf("unknown type %q (want actor, article, digest, follow, meeting, schedule, slack_source or source)", *head.Type)
	}
	if err := decodeStrict(line, rec); err != nil {
		return nil, fmt.Errorf("%s: %v", *head.Type, err)
	}
	if err := rec.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", *head.Type, err)
	}
	return rec, nil
}

// decodeStrict refuses fields the record does not have: a misspelt field
// would otherwise be dropped without a word, and the restore with it.
func decodeStrict(line []byte, v any) error {
	// The line already parsed as one JSON value in decodeLine.
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func missing(field string) error { return fmt.Errorf("missing %q", field) }

// checkTime accepts "" (unknown) and RFC 3339 times, what Export writes.
func checkTime(field, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: %q is not an RFC 3339 time", field, v)
	}
	return t, nil
}

func (a *ExportActor) check() error {
	if a.Slug == "" {
		return missing("slug")
	}
	return nil
}

func (a *ExportArticle) check() error {
	switch {
	case a.ID <= 0:
		return missing("id")
	case a.Source == "":
		return missing("source")
	case a.GUID == "":
		return missing("guid")
	}
	if _, err := checkTime("published", a.Published); err != nil {
		return err
	}
	_, err := checkTime("collected", a.Collected)
	return err
}

func (d *ExportDigest) check() error {
	switch {
	case d.Channel == "":
		return missing("channel")
	case d.Period == "":
		return missing("period")
	case d.State != DigestPosting && d.State != DigestPosted:
		return fmt.Errorf(`"state" %q: want %q or %q`, d.State, DigestPosting, DigestPosted)
	case d.LastArticleID < 0:
		return fmt.Errorf(`"last_article_id" %d is negative`, d.LastArticleID)
	case d.Created == "":
		return missing("created")
	case d.Updated == "":
		return missing("updated")
	}
	if _, err := checkTime("created", d.Created); err != nil {
		return err
	}
	_, err := checkTime("updated", d.Updated)
	return err
}

func (f *ExportFollow) check() error {
	switch {
	case f.Channel == "":
		return missing("channel")
	case f.Term == "":
		return missing("term")
	}
	return nil
}

func (m *ExportMeeting) check() error {
	if m.ID <= 0 {
		return missing("id")
	}
	if m.Date != "" {
		if _, err := relbot.ParseDate(m.Date); err != nil {
			return fmt.Errorf(`"date": %w`, err)
		}
	}
	if m.Kind != "" && !m.Kind.Valid() {
		return fmt.Errorf(`"kind" %q: want %q, %q or %q`, m.Kind, relbot.KindInPerson, relbot.KindPhone, relbot.KindVirtual)
	}
	switch m.Status {
	case "", relbot.StatusPast, relbot.StatusPlanned, relbot.StatusBackground:
	default:
		return fmt.Errorf(`"status" %q: want %q, %q or %q`, m.Status, relbot.StatusPast, relbot.StatusPlanned, relbot.StatusBackground)
	}
	for i, p := range m.Participants {
		if p.Slug == "" {
			return fmt.Errorf("participant %d: %w", i+1, missing("slug"))
		}
	}
	for i, src := range m.Sources {
		if src.ArticleID < 0 {
			return fmt.Errorf(`source %d: "article_id" %d is negative`, i+1, src.ArticleID)
		}
		if _, err := checkTime("published", src.Published); err != nil {
			return fmt.Errorf("source %d: %w", i+1, err)
		}
	}
	return nil
}

func (src *ExportSource) check() error {
	if src.Name == "" {
		return missing("name")
	}
	return nil
}

func (cs *ExportSchedule) check() error {
	switch {
	case cs.Channel == "":
		return missing("channel")
	case strings.TrimSpace(cs.Schedule) == "":
		return missing("schedule")
	}
	_, err := checkTime("updated", cs.Updated)
	return err
}

func (src *ExportSlackSource) check() error {
	switch {
	case strings.TrimSpace(src.Name) == "":
		return missing("name")
	case strings.TrimSpace(src.URL) == "":
		return missing("url")
	}
	_, err := checkTime("added", src.Added)
	return err
}

// importer writes decoded records inside the import's transaction.
type importer struct {
	s     *Store
	tx    *sql.Tx
	stmts map[string]*sql.Stmt // prepared once: an import may insert millions of rows
	stats ImportStats
}

// badRecord is a record the database refused because of what the file says
// (a duplicate, a meeting citing an article not imported): the line's fault.
type badRecord struct{ error }

func (im *importer) exec(ctx context.Context, query string, args ...any) error {
	st, ok := im.stmts[query]
	if !ok {
		var err error
		if st, err = im.tx.PrepareContext(ctx, im.s.rebind(query)); err != nil {
			return err
		}
		im.stmts[query] = st
	}
	_, err := st.ExecContext(ctx, args...)
	return err
}

// refused turns a constraint violation into a badRecord saying what in the
// file caused it; any other error is the database's and is kept as is.
func refused(err error, what string, args ...any) error {
	if err == nil || !isConstraint(err) {
		return err
	}
	return badRecord{fmt.Errorf(what+": %v", append(args, err)...)}
}

// isConstraint reports whether the database refused a row for breaking a
// constraint (unique, foreign key, check), rather than failing.
func isConstraint(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return strings.HasPrefix(pe.Code, "23") // integrity constraint violation
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()&0xff == 19 // SQLITE_CONSTRAINT and its extended codes
	}
	return false
}

func (im *importer) insert(ctx context.Context, rec any) error {
	switch v := rec.(type) {
	case *ExportActor:
		return im.actor(ctx, v)
	case *ExportArticle:
		return im.article(ctx, v)
	case *ExportDigest:
		err := im.exec(ctx, `INSERT INTO digests (channel, period, state, ts, last_article_id, created, updated)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, v.Channel, v.Period, v.State, v.TS, v.LastArticleID, v.Created, v.Updated)
		if err = refused(err, "digest %s %s imported twice", v.Channel, v.Period); err == nil {
			im.stats.Digests++
		}
		return err
	case *ExportFollow:
		err := im.exec(ctx, `INSERT INTO follows (channel, term) VALUES (?, ?)`, v.Channel, v.Term)
		if err = refused(err, "follow %s %q imported twice", v.Channel, v.Term); err == nil {
			im.stats.Follows++
		}
		return err
	case *ExportMeeting:
		return im.meeting(ctx, v)
	case *ExportSchedule:
		err := im.exec(ctx, `INSERT INTO channel_schedules (channel, schedule, set_by, updated) VALUES (?, ?, ?, ?)`,
			v.Channel, v.Schedule, v.SetBy, v.Updated)
		if err = refused(err, "schedule of %s imported twice", v.Channel); err == nil {
			im.stats.Schedules++
		}
		return err
	case *ExportSlackSource:
		err := im.exec(ctx, `INSERT INTO slack_sources (name, url, added_by, added) VALUES (?, ?, ?, ?)`,
			v.Name, v.URL, v.AddedBy, v.Added)
		if err = refused(err, "Slack source %q: its name or url was imported before", v.Name); err == nil {
			im.stats.SlackSources++
		}
		return err
	case *ExportSource:
		err := im.exec(ctx, `INSERT INTO sources (name, etag, last_modified) VALUES (?, ?, ?)`, v.Name, v.ETag, v.LastModified)
		if err = refused(err, "source %q imported twice", v.Name); err == nil {
			im.stats.Sources++
		}
		return err
	}
	return fmt.Errorf("import: unexpected record %T", rec)
}

func (im *importer) actor(ctx context.Context, a *ExportActor) error {
	aliases := a.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	js, err := json.Marshal(aliases)
	if err != nil {
		return fmt.Errorf("actor %s: %w", a.Slug, err)
	}
	err = im.exec(ctx, `INSERT INTO actors (slug, name, country, aliases, verified) VALUES (?, ?, ?, ?, ?)`,
		a.Slug, a.Name, a.Country, string(js), a.Verified)
	if err = refused(err, "actor %s imported twice", a.Slug); err == nil {
		im.stats.Actors++
	}
	return err
}

// article writes an article under its own id, with the derived columns
// SaveArticle writes: published_utc and the search index.
func (im *importer) article(ctx context.Context, a *ExportArticle) error {
	published, _ := checkTime("published", a.Published) // checked by decodeLine
	words := searchTerms(a.Title, a.Text)
	args := []any{a.ID, a.Source, a.GUID, a.URL, a.Title, a.Published, formatUTC(published), a.Collected,
		a.Text, a.Summary, a.Hash, a.Story}
	const what = "article %d: its id, its (source, guid) or its url was imported before"
	if im.s.dialect == dialectPostgres {
		err := im.exec(ctx, `INSERT INTO articles
			(id, source, guid, url, title, published, published_utc, collected, text, summary, hash, story, search)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, searchVector(words))...)
		if err = refused(err, what, a.ID); err == nil {
			im.stats.Articles++
		}
		return err
	}
	err := im.exec(ctx, `INSERT INTO articles
		(id, source, guid, url, title, published, published_utc, collected, text, summary, hash, story)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	if err = refused(err, what, a.ID); err != nil {
		return err
	}
	if err := im.exec(ctx, `INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`, a.ID, searchBody(words)); err != nil {
		return fmt.Errorf("index article %d: %w", a.ID, err)
	}
	im.stats.Articles++
	return nil
}

// meeting writes a meeting under its own id, with the columns saveMeeting
// derives: the date's first and last day, the folded place, the
// participants' copies of status and first day that FindMeetings reads, and
// on PostgreSQL the meeting's card.
func (im *importer) meeting(ctx context.Context, m *ExportMeeting) error {
	var d relbot.Date // "" is the zero date, as saveMeeting stores it
	if m.Date != "" {
		d, _ = relbot.ParseDate(m.Date) // checked by decodeLine
	}
	status := m.Status
	if status == "" {
		status = relbot.StatusPast
	}
	place := ""
	if m.Place != nil {
		place = *m.Place
	}
	start := d.Start().Format(dayLayout)
	// As in saveMeeting: one actor listed twice took part once.
	var (
		seen      []string
		positions []int
	)
	for i, p := range m.Participants {
		if !slices.Contains(seen, p.Slug) {
			seen = append(seen, p.Slug)
			positions = append(positions, i)
		}
	}
	publishedUTC := make([]string, len(m.Sources))
	for i, src := range m.Sources {
		published, _ := checkTime("published", src.Published) // checked by decodeLine
		publishedUTC[i] = formatUTC(published)
	}
	cols, marks := "", ""
	args := []any{m.ID, start, d.End().Format(dayLayout), d.String(), place, placeKey(place),
		m.Venue, string(m.Kind), string(status), m.Occasion, m.Summary}
	if im.s.dialect == dialectPostgres {
		// The card of the rows written below (see meetingCard).
		card := newCard()
		for _, i := range positions {
			card.addParticipant(m.Participants[i].Slug, m.Participants[i].Name)
		}
		for i, src := range m.Sources {
			card.addSource(src.ArticleID, src.URL, src.Outlet, src.Title, src.Published, publishedUTC[i])
		}
		js, err := card.encode()
		if err != nil {
			return fmt.Errorf("meeting %d: card: %w", m.ID, err)
		}
		cols, marks, args = ", card", ", ?", append(args, js)
	}
	err := im.exec(ctx, `INSERT INTO meetings (id, date_start, date_end, date_text, place, place_fold,
		venue, kind, status, occasion, summary`+cols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?`+marks+`)`, args...)
	if err = refused(err, "meeting %d imported twice", m.ID); err != nil {
		return err
	}
	for _, i := range positions {
		p := m.Participants[i]
		err := im.exec(ctx, `INSERT INTO meeting_participants (meeting_id, position, slug, name, status, date_start, place_fold, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, i, p.Slug, p.Name, string(status), start, placeKey(place), string(m.Kind))
		if err != nil {
			return fmt.Errorf("meeting %d: participant %s: %w", m.ID, p.Slug, err)
		}
	}
	for i, src := range m.Sources {
		err := im.exec(ctx, `INSERT INTO meeting_sources (meeting_id, position, article_id, url, outlet,
			title, published, published_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, i, nullID(src.ArticleID), src.URL,
			src.Outlet, src.Title, src.Published, publishedUTC[i])
		if err = refused(err, "meeting %d: source %d: article %d is not imported on an earlier line", m.ID, i+1, src.ArticleID); err != nil {
			return err
		}
	}
	im.stats.Meetings++
	return nil
}

// fixSequences moves the id sequences past the restored ids, never back.
func (im *importer) fixSequences(ctx context.Context) error {
	for _, table := range []string{"articles", "meetings"} {
		var maxID int64
		if err := im.tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM `+table).Scan(&maxID); err != nil {
			return fmt.Errorf("ids of %s: %w", table, err)
		}
		if maxID == 0 {
			continue
		}
		var err error
		if im.s.dialect == dialectPostgres {
			// pg_sequence_last_value is NULL until the sequence is first used.
			_, err = im.tx.ExecContext(ctx, `SELECT setval(seq, $1) FROM (SELECT pg_get_serial_sequence($2, 'id')::regclass AS seq) q
				WHERE COALESCE(pg_sequence_last_value(seq), 0) < $1`, maxID, table)
		} else {
			// An AUTOINCREMENT table's next id is past both its largest id
			// and the largest it ever had, kept in sqlite_sequence.
			var res sql.Result
			res, err = im.tx.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?`, maxID, table)
			if err == nil {
				var n int64
				if n, err = res.RowsAffected(); err == nil && n == 0 {
					_, err = im.tx.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)`, table, maxID)
				}
			}
		}
		if err != nil {
			return fmt.Errorf("move the id sequence of %s: %w", table, err)
		}
	}
	return nil
}
