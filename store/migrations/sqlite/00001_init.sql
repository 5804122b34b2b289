-- +goose Up
-- AUTOINCREMENT keeps ids from ever being reused: digests remember the last
-- article id they covered.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source        TEXT NOT NULL,
    guid          TEXT NOT NULL,
    url           TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '', -- RFC 3339 with the outlet's offset
    published_utc TEXT NOT NULL DEFAULT '', -- fixed-width UTC, for ordering
    collected     TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    hash          TEXT NOT NULL DEFAULT '',
    story         TEXT NOT NULL DEFAULT '',
    UNIQUE (source, guid)
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> '';
CREATE INDEX articles_published ON articles (published_utc, id);

-- The search index holds text folded in Go (relbot.Fold, Đ included) and cut
-- into words separated by single spaces, so that both engines see the same
-- words. Contentless: the text lives in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    date_start TEXT NOT NULL, -- YYYY-MM-DD, first day the date may mean
    date_end   TEXT NOT NULL, -- YYYY-MM-DD, last day the date may mean
    date_text  TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD, YYYY-MM or YYYY as known
    place      TEXT NOT NULL DEFAULT '',
    place_fold TEXT NOT NULL DEFAULT '',
    venue      TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'past',
    occasion   TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_date_start ON meetings (date_start, id);
-- FindMeetings without a slug: newest first among one status.
CREATE INDEX meetings_status_date ON meetings (status, date_start, id);
CREATE INDEX meetings_date_end ON meetings (date_end);

CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    slug       TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    -- Copies of the meeting's, rewritten with the participants whenever the
    -- meeting is saved, so that "an actor's meetings, newest first" and their
    -- count are read from one index without touching meetings.
    status     TEXT NOT NULL,
    date_start TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
);
CREATE INDEX meeting_participants_slug ON meeting_participants (slug, status, date_start, meeting_id);

CREATE TABLE meeting_sources (
    meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    url           TEXT NOT NULL DEFAULT '',
    outlet        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',
    published_utc TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, position)
);
CREATE INDEX meeting_sources_article ON meeting_sources (article_id);

CREATE TABLE actors (
    slug     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    country  TEXT NOT NULL DEFAULT '',
    aliases  TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    verified INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE digests (
    channel         TEXT NOT NULL,
    period          TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('posting', 'posted')),
    ts              TEXT NOT NULL DEFAULT '',
    last_article_id INTEGER NOT NULL DEFAULT 0,
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL,
    PRIMARY KEY (channel, period)
);

CREATE TABLE follows (
    channel TEXT NOT NULL,
    term    TEXT NOT NULL,
    PRIMARY KEY (channel, term)
);

CREATE TABLE sources (
    name          TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT ''
);

-- +goose Down
DROP TABLE sources;
DROP TABLE follows;
DROP TABLE digests;
DROP TABLE actors;
DROP TABLE meeting_sources;
DROP TABLE meeting_participants;
DROP TABLE meetings;
DROP TABLE articles_fts;
DROP TABLE articles;
