-- +goose Up
-- Each transaction that moves the counter also notifies the channel
-- relbot_meetings (one notice per transaction: PostgreSQL folds identical
-- payloads), so that a replica keeps the counter's value without reading it
-- for every slash command (store/genwatch.go). The notice is sent at commit,
-- like the counter's update.
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION meetings_generation_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
    PERFORM pg_notify('relbot_meetings', '');
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION meetings_generation_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meetings_generation SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
