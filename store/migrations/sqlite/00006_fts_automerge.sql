-- +goose Up
-- FTS5 merges its index segments as it writes; with the default (merge
-- whenever 4 segments share a level) a 1,000,000-article index spent a
-- quarter of each collected article's time merging. 16, the largest
-- setting, merges rarely and in bigger steps: collect ran 135 → 224
-- articles/s at that size (docs/BENCHMARKS.md), searches read a few more
-- segments.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);

-- +goose Down
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 4);
