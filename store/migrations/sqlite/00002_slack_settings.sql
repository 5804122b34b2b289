-- +goose Up
-- Feeds an admin added from Slack, next to the configured ones. The URL is
-- unique too: one feed read under two names would double every story.
CREATE TABLE slack_sources (
    name     TEXT PRIMARY KEY,
    url      TEXT NOT NULL UNIQUE,
    added_by TEXT NOT NULL DEFAULT '', -- Slack user ID
    added    TEXT NOT NULL             -- RFC 3339
);

-- A channel's digest schedule set from Slack: it wins over the configured
-- one, and gives a channel with no configured digest one of its own.
CREATE TABLE channel_schedules (
    channel  TEXT PRIMARY KEY,
    schedule TEXT NOT NULL,
    set_by   TEXT NOT NULL DEFAULT '', -- Slack user ID
    updated  TEXT NOT NULL             -- RFC 3339
);

-- +goose Down
DROP TABLE channel_schedules;
DROP TABLE slack_sources;
