-- +goose Up
-- 00005 moved meetings_generation from statement triggers, which hold the
-- counter's row lock from the first write of a transaction to its commit: two
-- collect transactions writing meetings of different actors queued behind
-- each other for the whole of their work. Deferred to the commit, the update
-- holds the lock only while committing. The meetings row is written whenever
-- a meeting's participants or sources are (store.saveMeeting, import, bulk
-- load), so its trigger alone moves the counter; TRUNCATE keeps its own.
DROP TRIGGER meetings_generation ON meetings;
DROP TRIGGER meetings_generation ON meeting_participants;
DROP TRIGGER meetings_generation ON meeting_sources;
CREATE CONSTRAINT TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE ON meetings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation_truncate AFTER TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();

-- +goose Down
DROP TRIGGER meetings_generation_truncate ON meetings;
DROP TRIGGER meetings_generation ON meetings;
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_participants
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_sources
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();
