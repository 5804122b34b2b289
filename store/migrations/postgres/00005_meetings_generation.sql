-- +goose Up
-- A counter every change to a meeting, its participants or its sources moves
-- on, kept by statement triggers whoever the writer is (COPY and TRUNCATE
-- included): a replica's cache of answers checks it with one primary-key
-- read and stays exact when another replica (the leader's collect run, an
-- import) changes the meetings.
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
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_participants
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();
CREATE TRIGGER meetings_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_sources
    FOR EACH STATEMENT EXECUTE FUNCTION meetings_generation_next();

-- +goose Down
DROP TRIGGER meetings_generation ON meeting_sources;
DROP TRIGGER meetings_generation ON meeting_participants;
DROP TRIGGER meetings_generation ON meetings;
DROP FUNCTION meetings_generation_next();
DROP TABLE meetings_generation;
