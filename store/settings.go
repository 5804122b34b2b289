package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrExists is returned, wrapped, when a row to add is already stored: a
// source with the same name or URL.
var ErrExists = errors.New("store: already exists")

// SlackSource is a feed an admin added from Slack. The collect runs read it
// next to the configured sources.
type SlackSource struct {
	Name    string
	URL     string
	AddedBy string // Slack user ID
	Added   time.Time
}

// ChannelSchedule is a channel's digest schedule set from Slack: a cron spec
// as config.ParseSchedule reads it.
type ChannelSchedule struct {
	Channel  string
	Schedule string
	SetBy    string // Slack user ID
	Updated  time.Time
}

// AddSlackSource stores a source added from Slack. A name or URL already
// stored gives an error wrapping ErrExists, and nothing changes.
func (s *Store) AddSlackSource(ctx context.Context, src SlackSource) error {
	src.Name, src.URL = strings.TrimSpace(src.Name), strings.TrimSpace(src.URL)
	if src.Name == "" || src.URL == "" {
		return fmt.Errorf("add source: empty name or url")
	}
	_, err := s.exec(ctx, s.db, `INSERT INTO slack_sources (name, url, added_by, added) VALUES (?, ?, ?, ?)`,
		src.Name, src.URL, src.AddedBy, formatTime(src.Added))
	if err != nil {
		if isConstraint(err) {
			return fmt.Errorf("add source %q: %w", src.Name, ErrExists)
		}
		return fmt.Errorf("add source %q: %w", src.Name, err)
	}
	return nil
}

// RemoveSlackSource deletes a source added from Slack and reports whether
// there was one by that name. The feed's conditional GET state and its
// articles stay: they are history, and a source added again starts where it
// left off.
func (s *Store) RemoveSlackSource(ctx context.Context, name string) (bool, error) {
	res, err := s.exec(ctx, s.db, `DELETE FROM slack_sources WHERE name = ?`, name)
	if err != nil {
		return false, fmt.Errorf("remove source %q: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("remove source %q: %w", name, err)
	}
	return n > 0, nil
}

// SlackSources returns the sources added from Slack, by name.
func (s *Store) SlackSources(ctx context.Context) ([]SlackSource, error) {
	rows, err := s.query(ctx, s.db, `SELECT name, url, added_by, added FROM slack_sources ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("slack sources: %w", err)
	}
	defer rows.Close()
	var out []SlackSource
	for rows.Next() {
		var (
			src   SlackSource
			added string
		)
		if err := rows.Scan(&src.Name, &src.URL, &src.AddedBy, &added); err != nil {
			return nil, fmt.Errorf("slack sources: %w", err)
		}
		if src.Added, err = parseTime(added); err != nil {
			return nil, fmt.Errorf("slack source %q: %w", src.Name, err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("slack sources: %w", err)
	}
	return out, nil
}

// SetChannelSchedule stores a channel's digest schedule, replacing the one it
// had. The spec is stored as given: the caller validates it.
func (s *Store) SetChannelSchedule(ctx context.Context, cs ChannelSchedule) error {
	if cs.Channel == "" || strings.TrimSpace(cs.Schedule) == "" {
		return fmt.Errorf("set schedule of %q: empty channel or schedule", cs.Channel)
	}
	_, err := s.exec(ctx, s.db, `INSERT INTO channel_schedules (channel, schedule, set_by, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (channel) DO UPDATE SET schedule = excluded.schedule, set_by = excluded.set_by, updated = excluded.updated`,
		cs.Channel, cs.Schedule, cs.SetBy, formatTime(cs.Updated))
	if err != nil {
		return fmt.Errorf("set schedule of %s: %w", cs.Channel, err)
	}
	return nil
}

// ChannelSchedules returns every channel's schedule set from Slack, by
// channel.
func (s *Store) ChannelSchedules(ctx context.Context) ([]ChannelSchedule, error) {
	rows, err := s.query(ctx, s.db, `SELECT channel, schedule, set_by, updated FROM channel_schedules ORDER BY channel`)
	if err != nil {
		return nil, fmt.Errorf("channel schedules: %w", err)
	}
	defer rows.Close()
	var out []ChannelSchedule
	for rows.Next() {
		var (
			cs      ChannelSchedule
			updated string
		)
		if err := rows.Scan(&cs.Channel, &cs.Schedule, &cs.SetBy, &updated); err != nil {
			return nil, fmt.Errorf("channel schedules: %w", err)
		}
		if cs.Updated, err = parseTime(updated); err != nil {
			return nil, fmt.Errorf("schedule of %s: %w", cs.Channel, err)
		}
		out = append(out, cs)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("channel schedules: %w", err)
	}
	return out, nil
}
