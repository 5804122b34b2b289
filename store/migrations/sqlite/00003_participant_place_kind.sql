-- +goose Up
-- The meeting's folded place and kind, copied to its participants like status
-- and date_start, so that "an actor in a city" is one index range read newest
-- first instead of every one of the actor's meetings joined to meetings.
-- The place comes before the status so that an actor alone still reads
-- meeting_participants_slug (in answer order) rather than this index and a sort.
ALTER TABLE meeting_participants ADD COLUMN place_fold TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_participants ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE meeting_participants SET
    place_fold = (SELECT m.place_fold FROM meetings m WHERE m.id = meeting_participants.meeting_id),
    kind = (SELECT m.kind FROM meetings m WHERE m.id = meeting_participants.meeting_id);
CREATE INDEX meeting_participants_place ON meeting_participants (slug, place_fold, status, date_start, meeting_id);
-- Two actors walk one's entries newest first and probe each meeting for the
-- other: this answers the probe from the index alone.
CREATE INDEX meeting_participants_meeting_slug ON meeting_participants (meeting_id, slug);

-- +goose Down
DROP INDEX meeting_participants_meeting_slug;
DROP INDEX meeting_participants_place;
ALTER TABLE meeting_participants DROP COLUMN kind;
ALTER TABLE meeting_participants DROP COLUMN place_fold;
