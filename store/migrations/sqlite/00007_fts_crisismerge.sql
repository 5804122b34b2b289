-- +goose Up
-- With automerge at 16 (00006) and crisismerge at its default, also 16, a
-- level that reached 16 segments was merged whole inside the transaction
-- that wrote the last one: on the 1,000,000-article store every few
-- thousand articles a save took most of a minute (a collect run of 4,000
-- articles at 107/s instead of 600). Room for 64 lets automerge's
-- incremental steps, a little of the work after each write, finish the
-- merge first: ten runs in a row, none under 500/s (docs/BENCHMARKS.md).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);

-- +goose Down
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 16);
