-- +goose Up
-- A counter every change to a meeting, its participants or its sources moves
-- on, kept by triggers whoever the writer is: a replica's cache of answers
-- checks it with one primary-key read and stays exact when another replica
-- (the leader's collect run, an import) changes the meetings.
CREATE TABLE meetings_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO meetings_generation (id, n) VALUES (1, 0);
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_insert AFTER INSERT ON meetings BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_update AFTER UPDATE ON meetings BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_delete AFTER DELETE ON meetings BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_participant_insert AFTER INSERT ON meeting_participants BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_participant_update AFTER UPDATE ON meeting_participants BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_participant_delete AFTER DELETE ON meeting_participants BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_source_insert AFTER INSERT ON meeting_sources BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_source_update AFTER UPDATE ON meeting_sources BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER meetings_generation_source_delete AFTER DELETE ON meeting_sources BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER meetings_generation_source_delete;
DROP TRIGGER meetings_generation_source_update;
DROP TRIGGER meetings_generation_source_insert;
DROP TRIGGER meetings_generation_participant_delete;
DROP TRIGGER meetings_generation_participant_update;
DROP TRIGGER meetings_generation_participant_insert;
DROP TRIGGER meetings_generation_delete;
DROP TRIGGER meetings_generation_update;
DROP TRIGGER meetings_generation_insert;
DROP TABLE meetings_generation;
