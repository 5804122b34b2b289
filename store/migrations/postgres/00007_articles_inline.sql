-- +goose Up
-- An article row (its text of a few kilobytes and the tsvector of its words)
-- stays in the table's own page, uncompressed, as long as it fits one page.
-- At the default target (2 kB) every save compressed the text with pglz,
-- failed to compress the tsvector, and moved one of them to the TOAST table:
-- a second heap insert and a TOAST index insert per article, about a tenth of
-- the server's work in a collect. Measured with relbench ingest on a store of
-- a million articles: 8 % more articles a second for about a third more disk
-- for the articles (docs/BENCHMARKS.md). Rows already stored are unchanged.
ALTER TABLE articles SET (toast_tuple_target = 8160);

-- +goose Down
ALTER TABLE articles RESET (toast_tuple_target);
