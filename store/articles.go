package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/relbot/relbot"
)

// SourceState returns the validators of a source's last fetch, for a
// conditional GET; "", "" when the source was never fetched.
func (s *Store) SourceState(ctx context.Context, source string) (etag, lastModified string, err error) {
	err = s.queryRow(ctx, s.db, `SELECT etag, last_modified FROM sources WHERE name = ?`, source).Scan(&etag, &lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("source state %q: %w", source, err)
	}
	return etag, lastModified, nil
}

// SetSourceState records the validators of a source's last fetch.
func (s *Store) SetSourceState(ctx context.Context, source, etag, lastModified string) error {
	_, err := s.exec(ctx, s.db, `INSERT INTO sources (name, etag, last_modified) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified`,
		source, etag, lastModified)
	if err != nil {
		return fmt.Errorf("set source state %q: %w", source, err)
	}
	return nil
}

// HasArticle reports whether an article with this (source, guid), or this
// URL when url is not empty, is stored.
func (s *Store) HasArticle(ctx context.Context, source, guid, url string) (bool, error) {
	known, err := s.StoredArticles(ctx, source, []relbot.ArticleKey{{GUID: guid, URL: url}})
	if err != nil {
		return false, err
	}
	return known[0], nil
}

// storedBatches are the numbers of keys StoredArticles asks SQLite for in one
// statement: a key list is padded up to one of them, so that a few
// statement shapes serve every feed.
var storedBatches = []int{1, 8, 64}

// StoredArticles reports, for each key of a source's feed, whether HasArticle
// would: a feed's items are checked in a statement or two, not one round
// trip each.
func (s *Store) StoredArticles(ctx context.Context, source string, keys []relbot.ArticleKey) ([]bool, error) {
	known := make([]bool, len(keys))
	for lo := 0; lo < len(keys); {
		query, args, hi := s.storedArticlesQuery(source, keys, lo)
		err := s.eachRow(ctx, s.db, query, args, func(r *sql.Rows) error {
			var src, guid, url string
			if err := r.Scan(&src, &guid, &url); err != nil {
				return err
			}
			for i := lo; i < hi; i++ {
				if src == source && guid == keys[i].GUID || url != "" && url == keys[i].URL {
					known[i] = true
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("stored articles of %q: %w", source, err)
		}
		lo = hi
	}
	return known, nil
}

// storedArticlesQuery returns the statement that finds which of keys[lo:hi]
// are stored, its arguments and hi.
func (s *Store) storedArticlesQuery(source string, keys []relbot.ArticleKey, lo int) (string, []any, int) {
	if s.dialect == dialectPostgres {
		// Two arrays: one statement shape whatever the feed's size, and
		// no plan of a hundred and twenty-nine parameters to make (4 ms
		// of the server's time, as long as the lookups themselves).
		hi := min(lo+maxStoredArray, len(keys))
		guids, urls := make([]string, 0, hi-lo), make([]string, 0, hi-lo)
		for _, k := range keys[lo:hi] {
			guids, urls = append(guids, k.GUID), append(urls, k.URL)
		}
		return `SELECT source, guid, url FROM articles
			WHERE (source = ? AND guid = ANY(?::text[])) OR (url <> '' AND url = ANY(?::text[]))`, []any{source, guids, urls}, hi
	}
	size := storedBatches[len(storedBatches)-1]
	for _, n := range storedBatches {
		if n >= len(keys)-lo {
			size = n
			break
		}
	}
	hi := min(lo+size, len(keys))
	// Padding: no article has an empty guid, and an empty URL matches
	// nothing.
	guids, urls := make([]any, size), make([]any, size)
	for i := range size {
		guids[i], urls[i] = "", ""
		if lo+i < hi {
			guids[i], urls[i] = keys[lo+i].GUID, keys[lo+i].URL
		}
	}
	in := placeholders(size)
	return `SELECT source, guid, url FROM articles
		WHERE (source = ? AND guid IN (` + in + `)) OR (url <> '' AND url IN (` + in + `))`, append(append([]any{source}, guids...), urls...), hi
}

// maxStoredArray bounds the keys one PostgreSQL statement looks up.
const maxStoredArray = 1000

// existingArticleSQL finds the stored article a new one repeats, by
// (source, guid) or by URL.
const existingArticleSQL = `SELECT id FROM articles WHERE (source = ? AND guid = ?) OR (url <> '' AND url = ?)
	ORDER BY id LIMIT 1`

func (s *Store) existingArticle(ctx context.Context, q querier, source, guid, url string) (int64, error) {
	var id int64
	err := s.queryRow(ctx, q, existingArticleSQL, source, guid, url).Scan(&id)
	return id, err
}

// SaveArticle stores a new article and the meetings extracted from it in one
// transaction, so that a crash never leaves half an article. It sets a.ID.
//
// When the article is already stored, by (source, guid) or by URL, nothing is
// written: added is false and a.ID is the stored article's id.
//
// For each meeting, a non-zero ID names a stored meeting the caller merged
// with this article's report: its fields, participants and sources are
// replaced by m's. A zero ID inserts the meeting and sets m.ID. An empty
// Status is stored as past. A source with no ArticleID whose URL is this
// article's (or, without URLs, whose outlet and title are) is linked to it.
// Actors in newActors are added unless their slug is already stored.
//
// On error nothing is stored and the ids SaveArticle set are zero again.
func (s *Store) SaveArticle(ctx context.Context, a *relbot.Article, meetings []*relbot.Meeting, newActors []relbot.Actor) (added bool, err error) {
	if a == nil {
		return false, errors.New("save article: nil article")
	}
	if a.Source == "" || a.GUID == "" {
		return false, fmt.Errorf("save article %q: source and guid are required", a.Title)
	}
	// Found before the transaction, which holds locks (on SQLite, the one
	// writer that bounds collect).
	words := searchTerms(a.Title, a.Text)
	if s.dialect == dialectSQLite {
		return s.saveGrouped(ctx, a, words, meetings, newActors)
	}
	if !repeatsStored(meetings) {
		return s.savePipelined(ctx, a, words, meetings, newActors)
	}
	// Undo what this call set on the caller's values if it fails.
	var undo []func()
	defer func() {
		if err != nil {
			runUndo(undo)
		}
	}()
	tx, err := s.beginSave(ctx)
	if err != nil {
		return false, fmt.Errorf("save article: %w", err)
	}
	defer func() {
		if err != nil || !added {
			rollback(tx)
		}
	}()
	if added, err = s.saveInTx(ctx, tx, a, words, meetings, newActors, &undo, nil); err != nil || !added {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("save article: commit: %w", err)
	}
	if len(meetings) > 0 {
		s.changed()
	}
	return true, nil
}

// beginSave opens SaveArticle's PostgreSQL transaction. Its commit returns
// before its WAL reaches the disk (within wal_writer_delay, 200 ms), as
// SQLite's synchronous=NORMAL does: a killed relbot loses nothing, and what a
// crash of the database server itself could lose is collected again, since
// the feed's state (SetSourceState, a durable commit that flushes all WAL
// before it) moves on only after its items. Waiting for the flush was half of
// an article's time in collect.
func (s *Store) beginSave(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	// The shared lock, held until the commit, is what SettledArticleID
	// waits for; asking for both costs one round trip, as the setting did.
	if _, err := s.exec(ctx, tx, beginSaveSQL, savingLockKey); err != nil {
		rollback(tx)
		return nil, err
	}
	return tx, nil
}

// beginSaveSQL opens a PostgreSQL save: its commit does not wait for the
// WAL's flush, and it holds the saving lock shared.
const beginSaveSQL = `SELECT set_config('synchronous_commit', 'off', true),
	pg_advisory_xact_lock_shared(?, hashtext(current_schema()))`

// savingLockKey is the first half of the advisory lock every PostgreSQL
// article save holds shared until it commits; the second is the schema's.
const savingLockKey = 0x72656c61 // "rela"

// SettledArticleID returns an article id such that no article with an id up
// to it is stored later: what a digest may cover without leaving an article
// behind for good. On PostgreSQL ids are drawn when a save inserts and
// saves commit in any order, so a save in flight may hold a smaller id than
// one committed; the exclusive lock waits for the saves in flight (a new
// one queues behind it), and an id drawn after it is larger than every one
// read. SQLite's single writer commits its ids in order.
func (s *Store) SettledArticleID(ctx context.Context) (int64, error) {
	const newest = `SELECT COALESCE(MAX(id), 0) FROM articles`
	var id int64
	if s.dialect == dialectSQLite {
		if err := s.queryRow(ctx, s.db, newest).Scan(&id); err != nil {
			return 0, fmt.Errorf("settled article id: %w", err)
		}
		return id, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("settled article id: %w", err)
	}
	defer rollback(tx)
	if _, err := s.exec(ctx, tx, `SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))`, savingLockKey); err != nil {
		return 0, fmt.Errorf("settled article id: %w", err)
	}
	// READ COMMITTED: this statement's snapshot holds every save the lock
	// waited for.
	if err := s.queryRow(ctx, tx, newest).Scan(&id); err != nil {
		return 0, fmt.Errorf("settled article id: %w", err)
	}
	return id, tx.Commit()
}

// saveInTx writes SaveArticle's article (with its search terms, words),
// meetings and actors in tx, adding to
// undo what resets the caller's values should the transaction not commit.
// added is false, with nothing written, when the article is already stored.
// A non-nil unindexed receives the article's SQLite search row instead of
// the index, for the caller to write later in the transaction.
func (s *Store) saveInTx(ctx context.Context, tx *sql.Tx, a *relbot.Article, words []string, meetings []*relbot.Meeting, newActors []relbot.Actor, undo *[]func(), unindexed *[]searchRow) (added bool, err error) {
	id, err := s.insertArticle(ctx, tx, a, words, unindexed)
	if errors.Is(err, sql.ErrNoRows) {
		existing, err := s.existingArticle(ctx, tx, a.Source, a.GUID, a.URL)
		if err != nil {
			return false, fmt.Errorf("save article: find duplicate: %w", err)
		}
		a.ID = existing
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("save article: %w", err)
	}
	a.ID = id
	*undo = append(*undo, func() { a.ID = 0 })

	for _, m := range meetings {
		if m == nil {
			continue
		}
		if err := s.saveMeeting(ctx, tx, a, m, undo); err != nil {
			return false, fmt.Errorf("save article: %w", err)
		}
	}
	for _, act := range newActors {
		if err := s.insertActor(ctx, tx, act); err != nil {
			return false, fmt.Errorf("save article: %w", err)
		}
	}
	return true, nil
}

func runUndo(undo []func()) {
	for _, f := range undo {
		f()
	}
}

// insertArticle inserts a and returns its id, or sql.ErrNoRows when an
// article with the same (source, guid) or URL exists. On SQLite, a non-nil
// unindexed receives the search row rather than the index.
func (s *Store) insertArticle(ctx context.Context, tx *sql.Tx, a *relbot.Article, words []string, unindexed *[]searchRow) (int64, error) {
	var id int64
	if s.dialect == dialectPostgres {
		err := s.queryRow(ctx, tx, insertArticlePostgresSQL, articleArgsPostgres(a, words)...).Scan(&id)
		return id, err
	}
	err := s.queryRow(ctx, tx, `INSERT INTO articles
		(source, guid, url, title, published, published_utc, collected, text, summary, hash, story)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING id`, articleArgs(a)...).Scan(&id)
	if err != nil {
		return 0, err
	}
	row := searchRow{id: id, body: searchBody(words)}
	if unindexed != nil {
		*unindexed = append(*unindexed, row)
		return id, nil
	}
	if err := s.indexArticles(ctx, tx, []searchRow{row}); err != nil {
		return 0, err
	}
	return id, nil
}

// insertArticlePostgresSQL inserts an article with its search vector, or
// nothing when it is stored already.
const insertArticlePostgresSQL = `INSERT INTO articles
	(source, guid, url, title, published, published_utc, collected, text, summary, hash, story, search)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT DO NOTHING RETURNING id`

// articleArgs are an article's values in the column order of its INSERT.
func articleArgs(a *relbot.Article) []any {
	return []any{a.Source, a.GUID, a.URL, a.Title, formatTime(a.Published), formatUTC(a.Published),
		formatTime(a.Collected), a.Text, a.Summary, a.Hash, a.Story}
}

// articleArgsPostgres are insertArticlePostgresSQL's values.
func articleArgsPostgres(a *relbot.Article, words []string) []any {
	return append(articleArgs(a), searchVector(words))
}

// A searchRow is an article's words for the SQLite search index.
type searchRow struct {
	id   int64
	body string
}

func (s *Store) indexArticles(ctx context.Context, tx *sql.Tx, rows []searchRow) error {
	for _, r := range rows {
		if _, err := s.exec(ctx, tx, `INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`, r.id, r.body); err != nil {
			return fmt.Errorf("index article: %w", err)
		}
	}
	return nil
}

const articleColumns = `id, source, guid, url, title, published, collected, text, summary, hash, story`

func scanArticle(sc interface{ Scan(...any) error }) (relbot.Article, error) {
	var (
		a                    relbot.Article
		published, collected string
	)
	if err := sc.Scan(&a.ID, &a.Source, &a.GUID, &a.URL, &a.Title, &published, &collected,
		&a.Text, &a.Summary, &a.Hash, &a.Story); err != nil {
		return relbot.Article{}, err
	}
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return relbot.Article{}, err
	}
	if a.Collected, err = parseTime(collected); err != nil {
		return relbot.Article{}, err
	}
	return a, nil
}

func (s *Store) articles(ctx context.Context, query string, args ...any) ([]relbot.Article, error) {
	rows, err := s.query(ctx, s.db, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []relbot.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Article returns the stored article with this id, or ErrNotFound.
func (s *Store) Article(ctx context.Context, id int64) (relbot.Article, error) {
	a, err := scanArticle(s.queryRow(ctx, s.db, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return relbot.Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return relbot.Article{}, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

// ArticlesAfter returns up to limit articles whose id is greater than
// afterID, in id order (the order they were stored); limit <= 0 means all.
func (s *Store) ArticlesAfter(ctx context.Context, afterID int64, limit int) ([]relbot.Article, error) {
	out, err := s.articles(ctx, `SELECT `+articleColumns+` FROM articles WHERE id > ? ORDER BY id`+s.limitOffset(limit, 0), afterID)
	if err != nil {
		return nil, fmt.Errorf("articles after %d: %w", afterID, err)
	}
	return out, nil
}

// SetSummary replaces an article's summary; ErrNotFound when there is no
// such article.
func (s *Store) SetSummary(ctx context.Context, articleID int64, summary string) error {
	return s.setArticleField(ctx, "summary", articleID, summary)
}

// SetStory sets the id of the story an article belongs to; ErrNotFound when
// there is no such article.
func (s *Store) SetStory(ctx context.Context, articleID int64, story string) error {
	return s.setArticleField(ctx, "story", articleID, story)
}

// setArticleField updates one column; column is a constant of this package.
func (s *Store) setArticleField(ctx context.Context, column string, id int64, value string) error {
	res, err := s.exec(ctx, s.db, `UPDATE articles SET `+column+` = ? WHERE id = ?`, value, id)
	if err != nil {
		return fmt.Errorf("set %s of article %d: %w", column, id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("set %s of article %d: %w", column, id, err)
	} else if n == 0 {
		return fmt.Errorf("set %s of article %d: %w", column, id, ErrNotFound)
	}
	return nil
}

// SearchArticles returns up to limit articles (limit <= 0: all) whose title
// and text contain every word of query, newest first. Words compare folded:
// "da nang" finds "Đà Nẵng" and the other way round. A query without words
// finds nothing.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]relbot.Article, error) {
	words := searchWords(query)
	if len(words) == 0 {
		return nil, nil
	}
	var (
		out []relbot.Article
		err error
	)
	order := ` ORDER BY a.published_utc DESC, a.id DESC` + s.limitOffset(limit, 0)
	cols := `a.` + strings.ReplaceAll(articleColumns, ", ", ", a.")
	if s.dialect == dialectPostgres {
		out, err = s.articles(ctx, `SELECT `+cols+` FROM articles a
			WHERE a.search @@ ?::tsquery`+order, searchQuery(words))
	} else {
		// Every word quoted: FTS5 treats a run of strings as AND, and quoting
		// keeps words such as "and" or "near" from being read as operators.
		out, err = s.articles(ctx, `SELECT `+cols+` FROM articles_fts f JOIN articles a ON a.id = f.rowid
			WHERE articles_fts MATCH ?`+order, `"`+strings.Join(words, `" "`)+`"`)
	}
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w", query, err)
	}
	return out, nil
}

// Limits on what is indexed, the same for both engines: PostgreSQL skips
// words over 2,047 bytes and refuses a tsvector over 1 MB.
const (
	maxWordRunes   = 64
	maxIndexedText = 256 << 10
)

// searchWords folds s and cuts it into words: runs of letters, digits and
// marks. Both engines index and query exactly these words.
//
// Cutting before folding gives the same words (folding changes neither
// letters nor separators into the other) and lets ASCII words, most of an
// English article, skip relbot.Fold's Unicode normalisation.
func searchWords(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
	})
	out := words[:0]
	var folded map[string]string // names recur: fold each once
	for _, w := range words {
		if isASCII(w) {
			w = strings.ToLower(w)
		} else if f, ok := folded[w]; ok {
			w = f
		} else {
			if folded == nil {
				folded = map[string]string{}
			}
			f = relbot.Fold(w)
			folded[w] = f
			w = f
		}
		if w != "" && utf8.RuneCountInString(w) <= maxWordRunes {
			out = append(out, w)
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// searchText is the indexed form of an article: its folded words, each
// once, separated by single spaces (searchBody), from the first
// maxIndexedText bytes of its words.
func searchText(parts ...string) string { return searchBody(searchTerms(parts...)) }

// searchBody is what SQLite's index receives for an article's words: each
// word once, in the order of first use, separated by single spaces. The
// index keeps no positions or counts, so a repeated word is only work.
func searchBody(words []string) string { return strings.Join(uniqueWords(words), " ") }

// uniqueWords returns words without repeats, in the order of first use: the
// words both engines index for an article.
func uniqueWords(words []string) []string {
	seen := make(map[string]struct{}, len(words)/2)
	out := make([]string, 0, len(words)/2)
	for _, w := range words {
		if _, ok := seen[w]; !ok {
			seen[w] = struct{}{}
			out = append(out, w)
		}
	}
	return out
}

// searchTerms returns the words of searchText, in order.
func searchTerms(parts ...string) []string {
	var out []string
	n := 0
	for _, p := range parts {
		for _, w := range searchWords(p) {
			if n+len(w)+1 > maxIndexedText {
				return out
			}
			if n > 0 {
				n++
			}
			n += len(w)
			out = append(out, w)
		}
	}
	return out
}

// searchVector builds in Go the tsvector that PostgreSQL's
// strip(to_tsvector('simple', …)) gives for words joined by single spaces:
// each word once, as a lexeme. Building it here rather than on the server
// keeps PostgreSQL's text parser, about a millisecond of server time per
// thousand words, off every article stored; and the lexemes are exactly
// searchWords's, the words SQLite's FTS5 index sees, whatever the server's
// locale. Positions are left out: a search matches every word anywhere
// (searchQuery), never a phrase, and with them a 500-word article's vector
// was 3.4 kB against 1.8 kB, more than its compressed text, and its insert
// cost more than twice the server time (BENCHMARKS.md, Scale).
func searchVector(words []string) pgtype.TSVector {
	unique := uniqueWords(words)
	lex := make([]pgtype.TSVectorLexeme, len(unique))
	for i, w := range unique {
		lex[i] = pgtype.TSVectorLexeme{Word: w}
	}
	// PostgreSQL keeps lexemes in byte order; sending them sorted spares it
	// the sort.
	slices.SortFunc(lex, func(a, b pgtype.TSVectorLexeme) int { return strings.Compare(a.Word, b.Word) })
	return pgtype.TSVector{Lexemes: lex, Valid: true}
}

// tsqueryQuote escapes a word inside a quoted tsquery lexeme. searchWords
// gives neither character; this is the guard should it ever change.
var tsqueryQuote = strings.NewReplacer(`'`, `''`, `\`, `\\`)

// searchQuery is the tsquery matching every word, written as a literal so
// that the server takes the words as they are instead of parsing them again.
func searchQuery(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteString(" & ")
		}
		b.WriteByte('\'')
		b.WriteString(tsqueryQuote.Replace(w))
		b.WriteByte('\'')
	}
	return b.String()
}

// PurgeText empties the text of the articles published before cutoff, for
// retention: titles, summaries and links stay, and so do the meetings and
// their sources. Search then finds those articles by title only. It returns
// how many articles it emptied.
func (s *Store) PurgeText(ctx context.Context, cutoff time.Time) (int64, error) {
	var total int64
	for {
		n, err := s.purgeBatch(ctx, formatUTC(cutoff), 500)
		total += n
		if err != nil {
			return total, fmt.Errorf("purge article text: %w", err)
		}
		if n == 0 {
			return total, nil
		}
	}
}

func (s *Store) purgeBatch(ctx context.Context, cutoff string, size int) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer rollback(tx)
	rows, err := s.query(ctx, tx, `SELECT id, title FROM articles
		WHERE published_utc <> '' AND published_utc < ? AND text <> '' ORDER BY id LIMIT ?`, cutoff, size)
	if err != nil {
		return 0, err
	}
	type row struct {
		id    int64
		title string
	}
	var batch []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.title); err != nil {
			rows.Close()
			return 0, err
		}
		batch = append(batch, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, r := range batch {
		words := searchTerms(r.title)
		if s.dialect == dialectPostgres {
			_, err = s.exec(ctx, tx, `UPDATE articles SET text = '', search = ? WHERE id = ?`, searchVector(words), r.id)
		} else {
			_, err = s.exec(ctx, tx, `UPDATE articles SET text = '' WHERE id = ?`, r.id)
			if err == nil {
				_, err = s.exec(ctx, tx, `DELETE FROM articles_fts WHERE rowid = ?`, r.id)
			}
			if err == nil {
				_, err = s.exec(ctx, tx, `INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`, r.id, searchBody(words))
			}
		}
		if err != nil {
			return 0, err
		}
	}
	return int64(len(batch)), tx.Commit()
}
