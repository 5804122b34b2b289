-- +goose Up
-- A counter moved on by every write of a meetings row, kept by triggers
-- whoever the writer is (COPY and TRUNCATE included): a replica's cache of
-- answers checks it with one primary-key read and stays exact when another
-- replica (the leader's collect run, an import) changes the meetings. A
-- change to a meeting's participants or sources always comes with a write of
-- its row (store.saveMeeting, import, bulk load), so the meetings table alone
-- carries the triggers. The update is deferred to the commit: a trigger
-- firing at each write would hold the counter's row lock from a
-- transaction's first meeting to its commit, and collect transactions about
-- different actors would queue behind each other.
CREATE TABLE meetings_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  BIGINT NOT NULL
);
INSERT INTO meetings_generation (id, n) VALUES (1, 0);
-- +goose StatementBegin
CREATE FUNCTION meetings_generation_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE CONSTRAINT TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE ON meetings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation_truncate AFTER TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();

-- +goose Down
DROP TRIGGER meetings_generation_truncate ON meetings;
DROP TRIGGER meetings_generation ON meetings;
DROP FUNCTION meetings_generation_next();
DROP TABLE meetings_generation;
