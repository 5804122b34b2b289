package meeting

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/relbot/relbot"
)

func TestParseQuery(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want Query
	}{
		{"hun-sen", Query{Slugs: []string{"hun-sen"}}},
		{"Samdech Techo", Query{Slugs: []string{"hun-sen"}}},
		{"to lam", Query{Slugs: []string{"to-lam"}}},
		{"Tô Lâm", Query{Slugs: []string{"to-lam"}}},
		{"President Hun Sen", Query{Slugs: []string{"hun-sen"}}},
		{"hun-sen to-lam", Query{Slugs: []string{"hun-sen", "to-lam"}}},
		{"hun-sen 2025", Query{Slugs: []string{"hun-sen"}, Since: relbot.Date{Year: 2025}, Until: relbot.Date{Year: 2025}}},
		{"hun-sen since:2025-01-01 until:2025-06", Query{Slugs: []string{"hun-sen"}, Since: relbot.Date{Year: 2025, Month: 1, Day: 1}, Until: relbot.Date{Year: 2025, Month: 6}}},
		{"hun-sen place:hcmc kind:phone", Query{Slugs: []string{"hun-sen"}, Place: "Ho Chi Minh City", Kind: relbot.KindPhone}},
		{"place:ha-noi", Query{Place: "Hanoi"}},
		{"tolam", Query{Unresolved: []string{"tolam"}}},
		// An alias written as a slug names its actor, not a "did you mean".
		{"saysomphone-phomvihane", Query{Slugs: []string{"xaysomphone-phomvihane"}}},
		{"samdech-techo-hun-sen to-lam", Query{Slugs: []string{"hun-sen", "to-lam"}}},
		// A style written into the slug is read as it is in words.
		{"prime-minister-hun-manet", Query{Slugs: []string{"hun-manet"}}},
		{"dr-hun-manet", Query{Slugs: []string{"hun-manet"}}},
		{"hun-sen-manet", Query{Unresolved: []string{"hun-sen-manet"}}},
		{"hun", Query{Unresolved: []string{"hun"}}},
		{"hun sen manet", Query{Slugs: []string{"hun-sen"}, Unresolved: []string{"manet"}}},
		{"help", Query{Help: true}},
		{"ask who met whom in 2025?", Query{Ask: "who met whom in 2025?"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := g.ParseQuery(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Raw = tt.in
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ParseQuery(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, bad := range []string{"since:yesterday", "until:2025-13", "kind:fax", "place:", "hun-sen since:2026 until:2025", "2025 since:2024", "ask"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := g.ParseQuery(bad)
			if !errors.Is(err, ErrBadQuery) {
				t.Errorf("ParseQuery(%q) error = %v, want ErrBadQuery", bad, err)
			}
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	g, err := NewGazetteer(nil)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"hun-sen", "Samdech Techo 2025", "since:2025-01-01 place:hanoi kind:phone", "tolam", "ask why?", "until:2025-02-30", "hun sen manet", "place:\"Hồ Chí Minh\"", "kind:", ":::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := g.ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("ParseQuery(%q) error %v is not ErrBadQuery", s, err)
			}
			return
		}
		for _, slug := range q.Slugs {
			if _, ok := g.Actor(slug); !ok {
				t.Fatalf("ParseQuery(%q) gave unknown slug %q", s, slug)
			}
		}
		if q.Kind != "" && !q.Kind.Valid() {
			t.Fatalf("ParseQuery(%q) kind %q", s, q.Kind)
		}
		if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
			t.Fatalf("ParseQuery(%q): until %s before since %s", s, q.Until, q.Since)
		}
	})
}

// memFinder is an in-memory store of meetings applying the filter as the
// real store does: every slug took part, dates by start and end, place
// folded, newest first.
type memFinder struct {
	ms   []relbot.Meeting
	seen []relbot.MeetingFilter
}

func (f *memFinder) FindMeetings(_ context.Context, flt relbot.MeetingFilter) ([]relbot.Meeting, int, error) {
	f.seen = append(f.seen, flt)
	var out []relbot.Meeting
	for _, m := range f.ms {
		ok := m.Status == relbot.StatusPast
		for _, s := range flt.Slugs {
			ok = ok && m.Has(s)
		}
		ok = ok && (flt.Since.IsZero() || !m.Date.Start().Before(flt.Since.Start()))
		ok = ok && (flt.Until.IsZero() || !m.Date.Start().After(flt.Until.End()))
		ok = ok && (flt.Place == "" || relbot.Fold(m.Place) == relbot.Fold(flt.Place))
		ok = ok && (flt.Kind == "" || m.Kind == flt.Kind)
		if ok {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[j].Date.Before(out[i].Date) })
	total := len(out)
	out = out[min(flt.Offset, len(out)):]
	if flt.Limit > 0 {
		out = out[:min(flt.Limit, len(out))]
	}
	return out, total, nil
}

func TestAnswer(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	p := func(slug string) relbot.Participant { a, _ := g.Actor(slug); return a.Participant() }
	src := relbot.SourceRef{URL: "https://example.org/1", Outlet: "Test Wire", Title: "T", Published: time.Date(2026, 2, 8, 11, 0, 0, 0, ict)}
	f := &memFinder{ms: []relbot.Meeting{
		{Date: relbot.Date{Year: 2025, Month: 4, Day: 29}, Place: "Ho Chi Minh City", Kind: relbot.KindInPerson, Status: relbot.StatusPast, Participants: []relbot.Participant{p("to-lam"), p("hun-sen")}, Summary: "s1", Sources: []relbot.SourceRef{src}},
		{Date: relbot.Date{Year: 2026, Month: 2, Day: 6}, Place: "Phnom Penh", Kind: relbot.KindInPerson, Status: relbot.StatusPast, Participants: []relbot.Participant{p("to-lam"), p("hun-sen")}, Summary: "s2", Sources: []relbot.SourceRef{src}},
		{Date: relbot.Date{Year: 2022, Month: 6, Day: 14}, Kind: relbot.KindPhone, Status: relbot.StatusPast, Participants: []relbot.Participant{p("pham-minh-chinh"), p("hun-sen")}, Summary: "s3"},
		{Date: relbot.Date{Year: 2026, Month: 3}, Kind: relbot.KindInPerson, Status: relbot.StatusPlanned, Participants: []relbot.Participant{p("to-lam"), p("hun-sen")}},
	}}
	tests := []struct {
		query       string
		wantActors  []string
		wantDates   []string
		wantSuggest []string
	}{
		{"hun-sen", []string{"hun-sen"}, []string{"2026-02-06", "2025-04-29", "2022-06-14"}, nil},
		{"Samdech Techo", []string{"hun-sen"}, []string{"2026-02-06", "2025-04-29", "2022-06-14"}, nil},
		{"hun-sen to-lam", []string{"hun-sen", "to-lam"}, []string{"2026-02-06", "2025-04-29"}, nil},
		{"hun-sen 2025", []string{"hun-sen"}, []string{"2025-04-29"}, nil},
		{"hun-sen kind:phone", []string{"hun-sen"}, []string{"2022-06-14"}, nil},
		{"hun-sen place:phnom-penh", []string{"hun-sen"}, []string{"2026-02-06"}, nil},
		{"tolam", nil, nil, []string{"to-lam"}},
		{"hun", nil, nil, []string{"hun-sen", "hun-manet"}},
		{"hun sen manet", nil, nil, []string{"hun-sen", "hun-manet"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := Answer(context.Background(), g, f, tt.query, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if res.Actors == nil || res.Meetings == nil {
				t.Fatalf("Answer(%q) has nil lists: %+v", tt.query, res)
			}
			var actors, dates, sugg []string
			for _, a := range res.Actors {
				actors = append(actors, a.Slug)
			}
			for _, m := range res.Meetings {
				dates = append(dates, m.Date)
				if m.Place == nil && m.Kind == relbot.KindInPerson {
					t.Errorf("in-person meeting %s without place", m.Date)
				}
			}
			for _, s := range res.Suggestions {
				sugg = append(sugg, s.Slug)
			}
			if diff := cmp.Diff(tt.wantActors, actors); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDates, dates); diff != "" {
				t.Errorf("meeting dates (-want +got):\n%s", diff)
			}
			for _, w := range tt.wantSuggest {
				if !slices.Contains(sugg, w) {
					t.Errorf("suggestions %v lack %s", sugg, w)
				}
			}
		})
	}
	t.Run("paging", func(t *testing.T) {
		res, err := Answer(context.Background(), g, f, "hun-sen", 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 3 || len(res.Meetings) != 1 || res.Meetings[0].Date != "2025-04-29" {
			t.Errorf("page 2 of 1 = total %d, %+v; want total 3 and the 2025-04-29 meeting", res.Total, res.Meetings)
		}
	})
	t.Run("json shape", func(t *testing.T) {
		res, err := Answer(context.Background(), g, f, "tolam", 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res)
		if !strings.HasPrefix(string(b), `{"query":"tolam","actors":[],"meetings":[],"suggestions":[{"slug":"to-lam","name":"Tô Lâm"}`) {
			t.Errorf("JSON = %s", b)
		}
	})
	t.Run("bad filter", func(t *testing.T) {
		res, err := Answer(context.Background(), g, f, "hun-sen kind:fax", 0, 0)
		if !errors.Is(err, ErrBadQuery) || res.Actors == nil || res.Meetings == nil {
			t.Errorf("Answer(kind:fax) = %+v, %v; want ErrBadQuery and empty lists", res, err)
		}
	})
}
