package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Digest states.
const (
	DigestPosting = "posting" // claimed; the post may or may not have reached Slack
	DigestPosted  = "posted"
)

// DigestRecord is the stored state of one (channel, period).
type DigestRecord struct {
	Channel       string
	Period        string
	State         string // DigestPosting or DigestPosted
	TS            string // the Slack message's ts once posted; "" when nothing was posted
	LastArticleID int64
	Created       time.Time
	Updated       time.Time
}

// ClaimDigest records (channel, period) as being posted, covering articles up
// to lastArticleID, and returns true, or returns false when the period was
// already claimed, here or by another replica, whether posting or posted.
// Exactly one of concurrent claims wins. The coverage is part of the claim:
// a poster killed right after claiming leaves whoever settles the claim a
// digest bounded to what it would have told, not one that swallows the
// articles of the periods after it.
func (s *Store) ClaimDigest(ctx context.Context, channel, period string, lastArticleID int64, now time.Time) (bool, error) {
	ts := formatTime(now)
	res, err := s.exec(ctx, s.db, `INSERT INTO digests (channel, period, state, ts, last_article_id, created, updated)
		VALUES (?, ?, ?, '', ?, ?, ?) ON CONFLICT (channel, period) DO NOTHING`,
		channel, period, DigestPosting, lastArticleID, ts, ts)
	if err != nil {
		return false, fmt.Errorf("claim digest %s %s: %w", channel, period, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim digest %s %s: %w", channel, period, err)
	}
	return n == 1, nil
}

// CompleteDigest marks a claimed period as posted, with the Slack message ts
// ("" when nothing was posted) and the last article id the digest covered.
// Completing a period already posted with the same ts does nothing; with
// another ts it is an error, and so is completing a period never claimed
// (ErrNotFound).
func (s *Store) CompleteDigest(ctx context.Context, channel, period, ts string, lastArticleID int64, now time.Time) error {
	res, err := s.exec(ctx, s.db, `UPDATE digests SET state = ?, ts = ?, last_article_id = ?, updated = ?
		WHERE channel = ? AND period = ? AND state = ?`,
		DigestPosted, ts, lastArticleID, formatTime(now), channel, period, DigestPosting)
	if err != nil {
		return fmt.Errorf("complete digest %s %s: %w", channel, period, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("complete digest %s %s: %w", channel, period, err)
	}
	if n == 1 {
		return nil
	}
	state, stored, err := s.DigestState(ctx, channel, period)
	switch {
	case err != nil:
		return err
	case state == "":
		return fmt.Errorf("complete digest %s %s: no claim: %w", channel, period, ErrNotFound)
	case state == DigestPosted && stored == ts:
		return nil
	}
	return fmt.Errorf("complete digest %s %s: already %s as %q", channel, period, state, stored)
}

// ReleaseDigest removes the claim on a period whose post failed, so that it
// can be tried again. A period already posted is left alone.
func (s *Store) ReleaseDigest(ctx context.Context, channel, period string) error {
	_, err := s.exec(ctx, s.db, `DELETE FROM digests WHERE channel = ? AND period = ? AND state = ?`,
		channel, period, DigestPosting)
	if err != nil {
		return fmt.Errorf("release digest %s %s: %w", channel, period, err)
	}
	return nil
}

// LastDigest returns the channel's latest posted period and the last article
// id it covered; "", 0 when the channel has none. Latest means the one that
// covered the most articles: each digest starts after the previous one's last
// article, so that is also the most recent.
func (s *Store) LastDigest(ctx context.Context, channel string) (period string, lastArticleID int64, err error) {
	err = s.queryRow(ctx, s.db, `SELECT period, last_article_id FROM digests WHERE channel = ? AND state = ?
		ORDER BY last_article_id DESC, period DESC LIMIT 1`, channel, DigestPosted).Scan(&period, &lastArticleID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, nil
	}
	if err != nil {
		return "", 0, fmt.Errorf("last digest of %s: %w", channel, err)
	}
	return period, lastArticleID, nil
}

// DigestCoverage returns the last article id the channel's digests have
// taken, posted or claimed; with below > 0, only those that took less than
// below. A new period starts after every claim, so that a claim whose poster
// died keeps its articles for the recovery; the recovery, which covers up to
// its own claim's id, starts after the digests before it.
func (s *Store) DigestCoverage(ctx context.Context, channel string, below int64) (int64, error) {
	var last sql.NullInt64
	err := s.queryRow(ctx, s.db, `SELECT MAX(last_article_id) FROM digests WHERE channel = ? AND (? = 0 OR last_article_id < ?)`,
		channel, below, below).Scan(&last)
	if err != nil {
		return 0, fmt.Errorf("digest coverage of %s: %w", channel, err)
	}
	return last.Int64, nil
}

// DigestState returns the state of (channel, period) and its Slack ts;
// "", "" when it was never claimed.
func (s *Store) DigestState(ctx context.Context, channel, period string) (state, ts string, err error) {
	err = s.queryRow(ctx, s.db, `SELECT state, ts FROM digests WHERE channel = ? AND period = ?`,
		channel, period).Scan(&state, &ts)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("digest state %s %s: %w", channel, period, err)
	}
	return state, ts, nil
}

// PendingDigests returns the periods still claimed as posting, oldest claim
// first: after a crash between posting and recording, these are the ones to
// reconcile with the channel's history.
func (s *Store) PendingDigests(ctx context.Context) ([]DigestRecord, error) {
	out, err := s.digests(ctx, ` WHERE state = ? ORDER BY created, channel, period`, DigestPosting)
	if err != nil {
		return nil, fmt.Errorf("pending digests: %w", err)
	}
	return out, nil
}

func (s *Store) digests(ctx context.Context, where string, args ...any) ([]DigestRecord, error) {
	rows, err := s.query(ctx, s.db, `SELECT channel, period, state, ts, last_article_id, created, updated
		FROM digests`+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DigestRecord
	for rows.Next() {
		var (
			d                DigestRecord
			created, updated string
		)
		if err := rows.Scan(&d.Channel, &d.Period, &d.State, &d.TS, &d.LastArticleID, &created, &updated); err != nil {
			return nil, err
		}
		if d.Created, err = parseTime(created); err != nil {
			return nil, err
		}
		if d.Updated, err = parseTime(updated); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Follow subscribes a channel's digests to a term (an actor slug or a word).
// Following a term twice is the same as once.
func (s *Store) Follow(ctx context.Context, channel, term string) error {
	term = strings.TrimSpace(term)
	if term == "" {
		return fmt.Errorf("follow in %s: empty term", channel)
	}
	_, err := s.exec(ctx, s.db, `INSERT INTO follows (channel, term) VALUES (?, ?) ON CONFLICT (channel, term) DO NOTHING`,
		channel, term)
	if err != nil {
		return fmt.Errorf("follow %q in %s: %w", term, channel, err)
	}
	return nil
}

// Unfollow removes a term from a channel's follows and reports whether it
// was followed.
func (s *Store) Unfollow(ctx context.Context, channel, term string) (bool, error) {
	res, err := s.exec(ctx, s.db, `DELETE FROM follows WHERE channel = ? AND term = ?`, channel, strings.TrimSpace(term))
	if err != nil {
		return false, fmt.Errorf("unfollow %q in %s: %w", term, channel, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("unfollow %q in %s: %w", term, channel, err)
	}
	return n > 0, nil
}

// Follows returns the terms a channel follows, sorted.
func (s *Store) Follows(ctx context.Context, channel string) ([]string, error) {
	rows, err := s.query(ctx, s.db, `SELECT term FROM follows WHERE channel = ? ORDER BY term`, channel)
	if err != nil {
		return nil, fmt.Errorf("follows of %s: %w", channel, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("follows of %s: %w", channel, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("follows of %s: %w", channel, err)
	}
	return out, nil
}
