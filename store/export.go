package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/relbot/relbot"
)

// The records Export emits, one per row, each carrying what a restore needs.
// Times are the stored RFC 3339 text, offsets kept.

// ExportActor is an actor stored from articles.
type ExportActor struct {
	Type     string   `json:"type"` // "actor"
	Slug     string   `json:"slug"`
	Name     string   `json:"name"`
	Country  string   `json:"country"`
	Aliases  []string `json:"aliases"`
	Verified bool     `json:"verified"`
}

// ExportArticle is a stored article with its full text. Outlet repeats
// Source: it is the name scripts know from `relbot query`.
type ExportArticle struct {
	Type      string `json:"type"` // "article"
	ID        int64  `json:"id"`
	Source    string `json:"source"`
	Outlet    string `json:"outlet"`
	GUID      string `json:"guid"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Collected string `json:"collected"`
	Text      string `json:"text"`
	Summary   string `json:"summary"`
	Hash      string `json:"hash"`
	Story     string `json:"story"`
}

// ExportDigest is the state of one (channel, period).
type ExportDigest struct {
	Type          string `json:"type"` // "digest"
	Channel       string `json:"channel"`
	Period        string `json:"period"`
	State         string `json:"state"`
	TS            string `json:"ts"`
	LastArticleID int64  `json:"last_article_id"`
	Created       string `json:"created"`
	Updated       string `json:"updated"`
}

// ExportFollow is one term a channel follows.
type ExportFollow struct {
	Type    string `json:"type"` // "follow"
	Channel string `json:"channel"`
	Term    string `json:"term"`
}

// ExportMeeting is a meeting with the fields of a query answer and what a
// restore needs besides: id, status, venue, occasion, source article ids.
type ExportMeeting struct {
	Type         string               `json:"type"` // "meeting"
	ID           int64                `json:"id"`
	Date         string               `json:"date"`
	Place        *string              `json:"place"`
	Venue        string               `json:"venue"`
	Kind         relbot.Kind          `json:"kind"`
	Status       relbot.Status        `json:"status"`
	Occasion     string               `json:"occasion"`
	Participants []relbot.Participant `json:"participants"`
	Summary      string               `json:"summary"`
	Sources      []ExportSourceRef    `json:"sources"`
}

// ExportSourceRef is a meeting's link to an article that reported it;
// ArticleID is 0 when the article is not stored.
type ExportSourceRef struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	ArticleID int64  `json:"article_id"`
}

// ExportSource is a feed's conditional GET state.
type ExportSource struct {
	Type         string `json:"type"` // "source"
	Name         string `json:"name"`
	ETag         string `json:"etag"`
	LastModified string `json:"last_modified"`
}

// ExportSchedule is a channel's digest schedule set from Slack.
type ExportSchedule struct {
	Type     string `json:"type"` // "schedule"
	Channel  string `json:"channel"`
	Schedule string `json:"schedule"`
	SetBy    string `json:"set_by"`
	Updated  string `json:"updated"`
}

// ExportSlackSource is a feed an admin added from Slack.
type ExportSlackSource struct {
	Type    string `json:"type"` // "slack_source"
	Name    string `json:"name"`
	URL     string `json:"url"`
	AddedBy string `json:"added_by"`
	Added   string `json:"added"`
}

// exportBatch bounds the rows read per query, so that memory stays flat
// whatever the size of the database.
const exportBatch = 1000

// Export calls emit with every stored row, in a stable order: by type
// (actor, article, digest, follow, meeting, schedule, slack_source, source),
// then by id or key. typ
// is the record's Type and v one of the Export* records. It reads one
// snapshot of the database; an error from emit stops it and is returned.
func (s *Store) Export(ctx context.Context, emit func(typ string, v any) error) error {
	opts := &sql.TxOptions{ReadOnly: true}
	if s.dialect == dialectPostgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer rollback(tx)
	steps := []struct {
		name string
		run  func(context.Context, *sql.Tx, func(string, any) error) error
	}{
		{"actors", s.exportActors},
		{"articles", s.exportArticles},
		{"digests", s.exportDigests},
		{"follows", s.exportFollows},
		{"meetings", s.exportMeetings},
		{"schedules", s.exportSchedules},
		{"slack sources", s.exportSlackSources},
		{"sources", s.exportSources},
	}
	for _, st := range steps {
		if err := st.run(ctx, tx, emit); err != nil {
			return fmt.Errorf("export %s: %w", st.name, err)
		}
	}
	return tx.Commit()
}

// eachRow runs query and calls scan for every row.
func (s *Store) eachRow(ctx context.Context, q querier, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := s.query(ctx, q, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *Store) exportActors(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	var out []ExportActor
	err := s.eachRow(ctx, tx, `SELECT slug, name, country, aliases, verified FROM actors ORDER BY slug`, nil, func(r *sql.Rows) error {
		a := ExportActor{Type: "actor"}
		var aliases string
		if err := r.Scan(&a.Slug, &a.Name, &a.Country, &aliases, &a.Verified); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(aliases), &a.Aliases); err != nil {
			return fmt.Errorf("actor %s: aliases: %w", a.Slug, err)
		}
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range out {
		if err := emit(a.Type, a); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) exportArticles(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	var after int64
	for {
		var batch []ExportArticle
		err := s.eachRow(ctx, tx, `SELECT id, source, guid, url, title, published, collected, text, summary, hash, story
			FROM articles WHERE id > ? ORDER BY id LIMIT ?`, []any{after, exportBatch}, func(r *sql.Rows) error {
			a := ExportArticle{Type: "article"}
			if err := r.Scan(&a.ID, &a.Source, &a.GUID, &a.URL, &a.Title, &a.Published, &a.Collected,
				&a.Text, &a.Summary, &a.Hash, &a.Story); err != nil {
				return err
			}
			a.Outlet = a.Source
			batch = append(batch, a)
			return nil
		})
		if err != nil {
			return err
		}
		for _, a := range batch {
			if err := emit(a.Type, a); err != nil {
				return err
			}
		}
		if len(batch) < exportBatch {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}

func (s *Store) exportDigests(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	var out []ExportDigest
	err := s.eachRow(ctx, tx, `SELECT channel, period, state, ts, last_article_id, created, updated
		FROM digests ORDER BY channel, period`, nil, func(r *sql.Rows) error {
		d := ExportDigest{Type: "digest"}
		if err := r.Scan(&d.Channel, &d.Period, &d.State, &d.TS, &d.LastArticleID, &d.Created, &d.Updated); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return err
	}
	for _, d := range out {
		if err := emit(d.Type, d); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) exportFollows(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	var out []ExportFollow
	err := s.eachRow(ctx, tx, `SELECT channel, term FROM follows ORDER BY channel, term`, nil, func(r *sql.Rows) error {
		f := ExportFollow{Type: "follow"}
		if err := r.Scan(&f.Channel, &f.Term); err != nil {
			return err
		}
		out = append(out, f)
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range out {
		if err := emit(f.Type, f); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) exportMeetings(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	var after int64
	for {
		var (
			batch []ExportMeeting
			index = map[int64]*ExportMeeting{}
		)
		err := s.eachRow(ctx, tx, `SELECT id, date_text, place, venue, kind, status, occasion, summary
			FROM meetings WHERE id > ? ORDER BY id LIMIT ?`, []any{after, exportBatch}, func(r *sql.Rows) error {
			m := ExportMeeting{Type: "meeting", Participants: []relbot.Participant{}, Sources: []ExportSourceRef{}}
			var place string
			if err := r.Scan(&m.ID, &m.Date, &place, &m.Venue, &m.Kind, &m.Status, &m.Occasion, &m.Summary); err != nil {
				return err
			}
			if place != "" {
				m.Place = &place
			}
			batch = append(batch, m)
			return nil
		})
		if err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for i := range batch {
			index[batch[i].ID] = &batch[i]
		}
		lo, hi := batch[0].ID, batch[len(batch)-1].ID
		err = s.eachRow(ctx, tx, `SELECT meeting_id, slug, name FROM meeting_participants
			WHERE meeting_id BETWEEN ? AND ? ORDER BY meeting_id, position`, []any{lo, hi}, func(r *sql.Rows) error {
			var (
				id int64
				p  relbot.Participant
			)
			if err := r.Scan(&id, &p.Slug, &p.Name); err != nil {
				return err
			}
			if m := index[id]; m != nil {
				m.Participants = append(m.Participants, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = s.eachRow(ctx, tx, `SELECT meeting_id, article_id, url, outlet, title, published FROM meeting_sources
			WHERE meeting_id BETWEEN ? AND ? ORDER BY meeting_id, published_utc, position`, []any{lo, hi}, func(r *sql.Rows) error {
			var (
				id        int64
				articleID sql.NullInt64
				ref       ExportSourceRef
			)
			if err := r.Scan(&id, &articleID, &ref.URL, &ref.Outlet, &ref.Title, &ref.Published); err != nil {
				return err
			}
			ref.ArticleID = articleID.Int64
			if m := index[id]; m != nil {
				m.Sources = append(m.Sources, ref)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, m := range batch {
			if err := emit(m.Type, m); err != nil {
				return err
			}
		}
		if len(batch) < exportBatch {
			return nil
		}
		after = hi
	}
}

func (s *Store) exportSources(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	return exportTable(ctx, s, tx, `SELECT name, etag, last_modified FROM sources ORDER BY name`, emit,
		func(r *sql.Rows) (src ExportSource, err error) {
			src.Type = "source"
			err = r.Scan(&src.Name, &src.ETag, &src.LastModified)
			return src, err
		})
}

func (s *Store) exportSchedules(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	return exportTable(ctx, s, tx, `SELECT channel, schedule, set_by, updated FROM channel_schedules ORDER BY channel`, emit,
		func(r *sql.Rows) (cs ExportSchedule, err error) {
			cs.Type = "schedule"
			err = r.Scan(&cs.Channel, &cs.Schedule, &cs.SetBy, &cs.Updated)
			return cs, err
		})
}

func (s *Store) exportSlackSources(ctx context.Context, tx *sql.Tx, emit func(string, any) error) error {
	return exportTable(ctx, s, tx, `SELECT name, url, added_by, added FROM slack_sources ORDER BY name`, emit,
		func(r *sql.Rows) (src ExportSlackSource, err error) {
			src.Type = "slack_source"
			err = r.Scan(&src.Name, &src.URL, &src.AddedBy, &src.Added)
			return src, err
		})
}

// exportTable emits every row of a small table in the query's order. The
// rows are read whole before the first emit, so that emit never runs while
// the result set is open.
func exportTable[T interface{ typeName() string }](ctx context.Context, s *Store, tx *sql.Tx, query string,
	emit func(string, any) error, scan func(*sql.Rows) (T, error)) error {
	var out []T
	err := s.eachRow(ctx, tx, query, nil, func(r *sql.Rows) error {
		v, err := scan(r)
		if err == nil {
			out = append(out, v)
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, v := range out {
		if err := emit(v.typeName(), v); err != nil {
			return err
		}
	}
	return nil
}

func (v ExportSource) typeName() string      { return v.Type }
func (v ExportSchedule) typeName() string    { return v.Type }
func (v ExportSlackSource) typeName() string { return v.Type }
