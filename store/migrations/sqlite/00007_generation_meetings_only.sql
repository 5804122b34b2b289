-- +goose Up
-- As on PostgreSQL (its migration 00006): the meetings row is written whenever
-- a meeting's participants or sources are (store.saveMeeting, import, bulk
-- load), so the triggers on meetings alone move meetings_generation, once per
-- meeting written instead of once per row of its participants and sources.
DROP TRIGGER meetings_generation_participant_insert;
DROP TRIGGER meetings_generation_participant_update;
DROP TRIGGER meetings_generation_participant_delete;
DROP TRIGGER meetings_generation_source_insert;
DROP TRIGGER meetings_generation_source_update;
DROP TRIGGER meetings_generation_source_delete;

-- +goose Down
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
