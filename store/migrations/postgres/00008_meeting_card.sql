-- +goose Up
-- A meeting's participants and sources as a /relations page shows them, as
-- JSON (store.meetingCard): {"p": [[slug, name], …] by position, "s": [{"a":
-- article_id, "u": url, "o": outlet, "t": title, "p": published}, …] by
-- published_utc and position}. Aggregating them for each meeting of a page
-- with two correlated subqueries was most of the page query's time (3.0 ms
-- against 2.0 ms read from here). Every writer of meeting_participants and
-- meeting_sources (the saves, the bulk load, the import) writes the card in
-- the same transaction, built from the rows it writes: a trigger would run
-- the aggregates again for each row a save writes. Text, not jsonb: it is
-- only ever handed to Go whole. A NULL card (a meeting written by an older
-- binary) is answered from the rows, with the aggregates below.
ALTER TABLE meetings ADD COLUMN card TEXT;
-- The counter's trigger, deferred to the commit and one update of its row per
-- meetings row, made the commit of this backfill take a minute at 100,000
-- meetings (each update of the one row walks the versions this transaction
-- left before it). The answers are the same after the backfill, and the
-- counter moves once at the end, as it would for a writer of one row. The
-- ALTER TABLE above holds the table's exclusive lock until the commit, so no
-- other writer goes uncounted meanwhile.
ALTER TABLE meetings DISABLE TRIGGER meetings_generation;
UPDATE meetings m SET card = json_build_object(
    'p', COALESCE((SELECT json_agg(json_build_array(p.slug, p.name) ORDER BY p.position)
        FROM meeting_participants p WHERE p.meeting_id = m.id), '[]'),
    's', COALESCE((SELECT json_agg(json_build_object('a', s.article_id, 'u', s.url, 'o', s.outlet, 't', s.title, 'p', s.published)
        ORDER BY s.published_utc, s.position) FROM meeting_sources s WHERE s.meeting_id = m.id), '[]'))::text;
ALTER TABLE meetings ENABLE TRIGGER meetings_generation;
UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
SELECT pg_notify('relbot_meetings', '');

-- +goose Down
ALTER TABLE meetings DROP COLUMN card;
