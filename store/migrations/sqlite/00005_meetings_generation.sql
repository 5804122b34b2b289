-- +goose Up
-- A counter moved on by every write of a meetings row, kept by triggers
-- whoever the writer is: a replica's cache of answers checks it with one
-- primary-key read and stays exact when another replica (the leader's collect
-- run, an import) changes the meetings. A change to a meeting's participants
-- or sources always comes with a write of its row (store.saveMeeting, import,
-- bulk load), so the meetings table alone carries the triggers.
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

-- +goose Down
DROP TRIGGER meetings_generation_delete;
DROP TRIGGER meetings_generation_update;
DROP TRIGGER meetings_generation_insert;
DROP TABLE meetings_generation;
