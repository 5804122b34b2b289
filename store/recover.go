package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// DB returns the underlying pool, for the leader election that needs a
// dedicated PostgreSQL session.
func (s *Store) DB() *sql.DB { return s.db }

// ArticlesPublishedSince returns up to limit articles published at or after
// since, oldest first: the window that story grouping warms up from.
func (s *Store) ArticlesPublishedSince(ctx context.Context, since time.Time, limit int) ([]relbot.Article, error) {
	out, err := s.articles(ctx, `SELECT `+articleColumns+` FROM articles WHERE published_utc >= ?
		ORDER BY published_utc, id`+s.limitOffset(limit, 0), utcKey(since))
	if err != nil {
		return nil, fmt.Errorf("articles since %s: %w", since.Format(time.RFC3339), err)
	}
	return out, nil
}

// utcKey formats t the way published_utc is stored, so that text order is
// time order.
func utcKey(t time.Time) string { return formatUTC(t) }

// StoriesCoveredBefore reports which of stories already had an article with
// an id at or below upToID: a channel whose previous digest covered up to
// that id was offered those stories already.
func (s *Store) StoriesCoveredBefore(ctx context.Context, stories []string, upToID int64) (map[string]bool, error) {
	seen := map[string]bool{}
	for start := 0; start < len(stories); start += 500 {
		batch := stories[start:min(start+500, len(stories))]
		args := make([]any, 0, len(batch)+1)
		args = append(args, upToID)
		for _, st := range batch {
			args = append(args, st)
		}
		rows, err := s.query(ctx, s.db, `SELECT DISTINCT story FROM articles WHERE id <= ? AND story IN (`+
			strings.TrimSuffix(strings.Repeat("?,", len(batch)), ",")+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("stories covered: %w", err)
		}
		for rows.Next() {
			var st string
			if err := rows.Scan(&st); err != nil {
				rows.Close()
				return nil, fmt.Errorf("stories covered: %w", err)
			}
			seen[st] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("stories covered: %w", err)
		}
	}
	return seen, nil
}

// SetDigestCoverage records, on a period still being posted, the last
// article id its digest covers: if the poster dies before recording the post,
// whoever reconciles it knows where the next digest starts.
func (s *Store) SetDigestCoverage(ctx context.Context, channel, period string, lastArticleID int64, now time.Time) error {
	_, err := s.exec(ctx, s.db, `UPDATE digests SET last_article_id = ?, updated = ? WHERE channel = ? AND period = ? AND state = ?`,
		lastArticleID, formatTime(now), channel, period, DigestPosting)
	if err != nil {
		return fmt.Errorf("digest coverage %s %s: %w", channel, period, err)
	}
	return nil
}

// TakeOverDigest lets one caller take a claim left in "posting" since before
// staleBefore (its poster presumably died): true for exactly one caller, who
// then reconciles it with Slack and completes or re-posts it. The claim's
// time is compared in Go and swapped only if unchanged, so two replicas
// racing for it cannot both win.
func (s *Store) TakeOverDigest(ctx context.Context, channel, period string, staleBefore, now time.Time) (bool, error) {
	var state, updated string
	err := s.queryRow(ctx, s.db, `SELECT state, updated FROM digests WHERE channel = ? AND period = ?`, channel, period).Scan(&state, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("take over digest %s %s: %w", channel, period, err)
	}
	at, err := parseTime(updated)
	if err != nil || state != DigestPosting || !at.Before(staleBefore) {
		return false, err
	}
	res, err := s.exec(ctx, s.db, `UPDATE digests SET updated = ? WHERE channel = ? AND period = ? AND state = ? AND updated = ?`,
		formatTime(now), channel, period, DigestPosting, updated)
	if err != nil {
		return false, fmt.Errorf("take over digest %s %s: %w", channel, period, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("take over digest %s %s: %w", channel, period, err)
	}
	return n == 1, nil
}

// Digest returns the record of (channel, period), or ErrNotFound.
func (s *Store) Digest(ctx context.Context, channel, period string) (DigestRecord, error) {
	out, err := s.digests(ctx, ` WHERE channel = ? AND period = ?`, channel, period)
	if err != nil {
		return DigestRecord{}, fmt.Errorf("digest %s %s: %w", channel, period, err)
	}
	if len(out) == 0 {
		return DigestRecord{}, fmt.Errorf("digest %s %s: %w", channel, period, ErrNotFound)
	}
	return out[0], nil
}
