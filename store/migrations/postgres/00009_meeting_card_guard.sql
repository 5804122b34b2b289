-- +goose Up
-- A binary from before 00008 updates a meeting it merges a report into
-- without knowing its card, which would go on showing the meeting's older
-- participants and sources. Every writer that knows the card moves card_rev
-- in the same UPDATE (store.updateMeetingCardSQL); an UPDATE that leaves it
-- as it was is an older writer's, and clears the card: the meeting is then
-- answered from its rows until its next save writes the card again.
ALTER TABLE meetings ADD COLUMN card_rev BIGINT NOT NULL DEFAULT 0;
-- +goose StatementBegin
CREATE FUNCTION meetings_card_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.card_rev = OLD.card_rev THEN
        NEW.card := NULL;
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER meetings_card_guard BEFORE UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION meetings_card_guard();

-- +goose Down
DROP TRIGGER meetings_card_guard ON meetings;
DROP FUNCTION meetings_card_guard();
ALTER TABLE meetings DROP COLUMN card_rev;
