-- +goose Up
-- Two actors' shared meetings, one row per unordered pair of participants
-- (slug_a < slug_b), with the copies of status, date, place and kind that
-- meeting_participants holds. Walking one leader's tens of thousands of
-- entries to find the few shared with another was the slow tail of
-- "/relations hun-manet to-lam"; this index range is in answer order and
-- holds exactly the shared meetings.
-- Triggers keep it, so that every writer (collect, import, COPY of a bulk
-- load, a hand-written fix) maintains it without knowing it exists.
CREATE TABLE meeting_pairs (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    slug_a     TEXT NOT NULL,
    slug_b     TEXT NOT NULL,
    status     TEXT NOT NULL,
    date_start TEXT NOT NULL,
    place_fold TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, slug_a, slug_b)
);
CREATE INDEX meeting_pairs_pair ON meeting_pairs (slug_a, slug_b, status, date_start, meeting_id);
CREATE INDEX meeting_pairs_place ON meeting_pairs (slug_a, slug_b, place_fold, status, date_start, meeting_id);

INSERT INTO meeting_pairs (meeting_id, slug_a, slug_b, status, date_start, place_fold, kind)
    SELECT a.meeting_id, a.slug, b.slug, a.status, a.date_start, a.place_fold, a.kind
    FROM meeting_participants a JOIN meeting_participants b ON b.meeting_id = a.meeting_id AND a.slug < b.slug;
ANALYZE meeting_pairs;

-- A participant joins every one stored for its meeting. ON CONFLICT because
-- COPY fires the row triggers once all its rows are in, so both members of
-- a pair find each other.
-- +goose StatementBegin
CREATE FUNCTION meeting_pairs_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM meeting_pairs WHERE meeting_id = OLD.meeting_id AND (slug_a = OLD.slug OR slug_b = OLD.slug);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO meeting_pairs (meeting_id, slug_a, slug_b, status, date_start, place_fold, kind)
            SELECT NEW.meeting_id, LEAST(NEW.slug, q.slug), GREATEST(NEW.slug, q.slug), NEW.status, NEW.date_start,
                NEW.place_fold, NEW.kind
            FROM meeting_participants q WHERE q.meeting_id = NEW.meeting_id AND q.slug <> NEW.slug
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER meeting_pairs_sync AFTER INSERT OR UPDATE OR DELETE ON meeting_participants
    FOR EACH ROW EXECUTE FUNCTION meeting_pairs_sync();

-- +goose Down
DROP TRIGGER meeting_pairs_sync ON meeting_participants;
DROP FUNCTION meeting_pairs_sync();
DROP TABLE meeting_pairs;
