package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"
)

// SQLite's search index, as created by migration 8. A search matches every
// word anywhere (never a phrase, as on PostgreSQL), so the index keeps which
// articles hold a word and nothing else (detail=none): a third less work per
// article stored than with positions. The text it receives is already
// folded and cut in Go (searchWords) into words separated by single spaces,
// so the ascii tokenizer, which splits at ASCII punctuation and spaces only,
// sees exactly those words: a word with combining marks (Khmer, Thai) stays
// one token, never a phrase, which detail=none could not match.
const searchIndexWordsOnly = `detail = none, tokenize = 'ascii'`

// The index of migrations 1 to 7, for the way down.
const searchIndexWithPositions = `tokenize = 'unicode61 remove_diacritics 0'`

// sqliteGoMigrations are the SQLite migrations SQL alone cannot write: the
// search index is contentless and holds words folded by relbot.Fold, so a
// new index is filled again from the articles' text, in Go.
func sqliteGoMigrations() []*goose.Migration {
	return []*goose.Migration{
		goose.NewGoMigration(8,
			&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error {
				return rebuildSearchIndex(ctx, tx, searchIndexWordsOnly)
			}},
			&goose.GoFunc{RunTx: func(ctx context.Context, tx *sql.Tx) error {
				return rebuildSearchIndex(ctx, tx, searchIndexWithPositions)
			}}),
	}
}

// rebuildBatch is how many articles the rebuild reads at a time: the read is
// closed before the batch is indexed, on the transaction's one connection.
const rebuildBatch = 1000

// rebuildSearchIndex replaces articles_fts with a contentless FTS5 table of
// the given options, filled from every stored article's title and text,
// with the merge settings of migrations 6 and 7.
func rebuildSearchIndex(ctx context.Context, tx *sql.Tx, options string) error {
	const next = "articles_fts_next"
	create := `CREATE VIRTUAL TABLE ` + next + ` USING fts5 (body, content = '', contentless_delete = 1, ` + options + `)`
	if _, err := tx.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("create search index: %w", err)
	}
	for _, setting := range []string{`'automerge', 16`, `'crisismerge', 64`} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+next+` (`+next+`, rank) VALUES (`+setting+`)`); err != nil {
			return fmt.Errorf("configure search index: %w", err)
		}
	}
	insert, err := tx.PrepareContext(ctx, `INSERT INTO `+next+` (rowid, body) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("fill search index: %w", err)
	}
	defer insert.Close()
	type article struct {
		id          int64
		title, text string
	}
	batch := make([]article, 0, rebuildBatch)
	for after := int64(-1 << 63); ; {
		batch = batch[:0]
		rows, err := tx.QueryContext(ctx, `SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, rebuildBatch)
		if err != nil {
			return fmt.Errorf("fill search index: %w", err)
		}
		for rows.Next() {
			var a article
			if err := rows.Scan(&a.id, &a.title, &a.text); err != nil {
				rows.Close()
				return fmt.Errorf("fill search index: %w", err)
			}
			batch = append(batch, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("fill search index: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		for _, a := range batch {
			if _, err := insert.ExecContext(ctx, a.id, searchText(a.title, a.text)); err != nil {
				return fmt.Errorf("fill search index: article %d: %w", a.id, err)
			}
		}
		after = batch[len(batch)-1].id
	}
	for _, q := range []string{`DROP TABLE articles_fts`, `ALTER TABLE ` + next + ` RENAME TO articles_fts`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("replace search index: %w", err)
		}
	}
	return nil
}
