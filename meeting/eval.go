package meeting

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/relbot/relbot"
)

// CorpusDoc is one labelled article of the evaluation corpus.
type CorpusDoc struct {
	ID          string
	Outlet      string
	Title       string
	Published   time.Time
	Phenomena   []string
	Text        string
	Meetings    []GoldMeeting // every meeting the article reports as held
	NotMeetings []NotMeeting  // what must not come out as a held meeting
}

// GoldMeeting is a labelled held meeting.
type GoldMeeting struct {
	Participants []string    `yaml:"participants"`
	Date         relbot.Date `yaml:"date"`
	Place        string      `yaml:"place"`
	Kind         relbot.Kind `yaml:"kind"`
	// Attendees were at the meeting without leading it ("also present
	// were …", an accompanying minister). Authors differ on whether such
	// people are participants, so a pair that joins one of them to the
	// meeting is scored neither right nor wrong.
	Attendees []string `yaml:"attendees"`
}

// NotMeeting is a labelled planned meeting, recalled meeting, letter or other
// event that must not be reported as held. Date is optional.
type NotMeeting struct {
	Participants []string    `yaml:"participants"`
	Date         relbot.Date `yaml:"date"`
	Why          string      `yaml:"why"`
}

type corpusFile struct {
	ID          string        `yaml:"id"`
	Outlet      string        `yaml:"outlet"`
	Title       string        `yaml:"title"`
	Published   string        `yaml:"published"`
	Phenomena   []string      `yaml:"phenomena"`
	Text        string        `yaml:"text"`
	Meetings    []GoldMeeting `yaml:"meetings"`
	NotMeetings []NotMeeting  `yaml:"not_meetings"`
}

// LoadCorpus reads every *.yaml file of dir, in name order. Errors name the
// file.
func LoadCorpus(dir string) ([]CorpusDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("list corpus: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus %s: no .yaml files", dir)
	}
	sort.Strings(paths)
	docs := make([]CorpusDoc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		var f corpusFile
		dec := yaml.NewDecoder(strings.NewReader(string(b)))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		pub, err := time.Parse(time.RFC3339, f.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: published: %w", p, err)
		}
		if f.ID == "" {
			f.ID = strings.TrimSuffix(filepath.Base(p), ".yaml")
		}
		for i, m := range f.Meetings {
			if len(m.Participants) < 2 || m.Date.IsZero() {
				return nil, fmt.Errorf("%s: meeting %d: want two participants or more and a date", p, i+1)
			}
			for _, a := range m.Attendees {
				if slices.Contains(m.Participants, a) {
					return nil, fmt.Errorf("%s: meeting %d: %s is both a participant and an attendee", p, i+1, a)
				}
			}
		}
		docs = append(docs, CorpusDoc{ID: f.ID, Outlet: f.Outlet, Title: f.Title, Published: pub, Phenomena: f.Phenomena,
			Text: f.Text, Meetings: f.Meetings, NotMeetings: f.NotMeetings})
	}
	return docs, nil
}

// Scores is the evaluation of an extractor on a labelled corpus. Pairs count
// each unordered pair of participants of each meeting, with its date.
type Scores struct {
	Docs           int            `json:"docs"`
	TruePairs      int            `json:"true_pairs"`
	FalsePairs     int            `json:"false_pairs"`
	MissedPairs    int            `json:"missed_pairs"`
	Precision      float64        `json:"precision"`
	Recall         float64        `json:"recall"`
	F1             float64        `json:"f1"`
	MatchedGold    int            `json:"matched_meetings"`
	GoldMeetings   int            `json:"gold_meetings"`
	PlaceAccuracy  float64        `json:"place_accuracy"`
	KindAccuracy   float64        `json:"kind_accuracy"`
	Leaks          map[string]int `json:"leaks"` // held meetings that are labelled planned, background, letter or other
	PlannedLeaks   int            `json:"planned_leaks"`
	BackgroundLeak int            `json:"background_leaks"`
	AttendeePairs  int            `json:"attendee_pairs"`   // reported pairs left unscored: they join a labelled attendee to the meeting
	Errors         []string       `json:"errors,omitempty"` // one line per mistake, for reading
}

// canonicalLabels maps each labelled slug the gazetteer does not hold to
// the known actor whose name or alias it spells, if exactly one: a label
// written from the article's spelling ("saysomphone-phomvihane") names the
// actor the extractor reports under its canonical slug
// ("xaysomphone-phomvihane"). Unknown people keep their labels, less a
// style written into them.
func (g *Gazetteer) canonicalLabels(d CorpusDoc) CorpusDoc {
	canon := func(ps []string) []string {
		out := ps
		for i, p := range ps {
			if s := g.canonicalSlug(p); s != p {
				if &out[0] == &ps[0] {
					out = slices.Clone(ps)
				}
				out[i] = s
			}
		}
		return out
	}
	ms := make([]GoldMeeting, len(d.Meetings))
	for i, m := range d.Meetings {
		m.Participants = canon(m.Participants)
		m.Attendees = canon(m.Attendees)
		ms[i] = m
	}
	ns := make([]NotMeeting, len(d.NotMeetings))
	for i, n := range d.NotMeetings {
		n.Participants = canon(n.Participants)
		ns[i] = n
	}
	d.Meetings, d.NotMeetings = ms, ns
	return d
}

// canonicalSlug returns the slug the extractor reports for the person a
// label names: the label itself when it is an actor's slug or names no one
// the gazetteer knows.
func (g *Gazetteer) canonicalSlug(p string) string {
	if _, ok := g.actors[p]; ok {
		return p
	}
	ws := strings.Split(p, "-")
	if s, n := g.nameAt(ws); s != "" && n == len(ws) {
		return s
	}
	// "prayuth-chan-ocha" spells the alias "Prayuth Chan-ocha", whose
	// hyphen the words above do not split.
	if ss := g.squash[squashed(p)]; len(ss) == 1 {
		return ss[0]
	}
	// "merrick-b-garland": a middle initial is the same person, whom the
	// extractor names without it.
	if bare := withoutMiddleInitials(ws); len(bare) < len(ws) {
		if s, n := g.nameAt(bare); s != "" && n == len(bare) {
			return s
		}
		return strings.Join(bare, "-")
	}
	// "pope-francis": the style written into the label is no part of the
	// name the extractor reports ("francis").
	if bare := unstyled(ws); len(bare) < len(ws) {
		if s, n := g.nameAt(bare); s != "" && n == len(bare) {
			return s
		}
		return strings.Join(bare, "-")
	}
	return p
}

// withoutLearntInitials scores a learnt name as its label is read, without
// its middle initials.
func (g *Gazetteer) withoutLearntInitials(m relbot.Meeting) relbot.Meeting {
	ps := slices.Clone(m.Participants)
	for i, p := range ps {
		if _, ok := g.actors[p.Slug]; !ok {
			ps[i].Slug = strings.Join(withoutMiddleInitials(strings.Split(p.Slug, "-")), "-")
		}
	}
	m.Participants = ps
	return m
}

// withoutMiddleInitials drops the one-letter words between a label's first
// and last, but for the "A" of Hmong names ("Hầu A Lềnh"), a name of its own.
func withoutMiddleInitials(ws []string) []string {
	if len(ws) < 3 {
		return ws
	}
	out := []string{ws[0]}
	for _, w := range ws[1 : len(ws)-1] {
		if len(w) > 1 || w == "a" {
			out = append(out, w)
		}
	}
	return append(out, ws[len(ws)-1])
}

type pairKey struct{ a, b, date string }

func pairsOf(slugs []string, date string) []pairKey {
	var out []pairKey
	for i := range slugs {
		for j := i + 1; j < len(slugs); j++ {
			a, b := slugs[i], slugs[j]
			if a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			out = append(out, pairKey{a, b, date})
		}
	}
	return out
}

// Evaluate runs x over docs and scores the held meetings it finds against
// the labels.
func Evaluate(x *Extractor, docs []CorpusDoc) Scores {
	s := Scores{Docs: len(docs), Leaks: map[string]int{}}
	places, kinds := 0, 0
	for _, d := range docs {
		d = x.g.canonicalLabels(d)
		ex := x.Extract(Input{URL: "corpus:" + d.ID, Outlet: d.Outlet, Title: d.Title, Text: d.Text, Published: d.Published})
		var held []relbot.Meeting
		for _, m := range ex.Meetings {
			if m.Status == relbot.StatusPast {
				held = append(held, x.g.withoutLearntInitials(m))
			}
		}
		gold := map[pairKey]bool{}
		for _, g := range d.Meetings {
			for _, p := range pairsOf(g.Participants, g.Date.String()) {
				gold[p] = true
			}
		}
		got := map[pairKey]bool{}
		for _, m := range held {
			for _, p := range pairsOf(m.Slugs(), m.Date.String()) {
				got[p] = true
			}
		}
		present := attendeePairs(d.Meetings)
		for p := range got {
			switch {
			case gold[p]:
				s.TruePairs++
			case present[p]:
				s.AttendeePairs++
			default:
				s.FalsePairs++
				s.Errors = append(s.Errors, fmt.Sprintf("%s: extra %s–%s %s", d.ID, p.a, p.b, p.date))
			}
		}
		for p := range gold {
			if !got[p] {
				s.MissedPairs++
				s.Errors = append(s.Errors, fmt.Sprintf("%s: missed %s–%s %s", d.ID, p.a, p.b, p.date))
			}
		}
		for _, g := range d.Meetings {
			s.GoldMeetings++
			m, ok := bestMatch(g, held)
			if !ok {
				continue
			}
			s.MatchedGold++
			if placeRight(m, g.Place) {
				places++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s: place %q (venue %q), want %q", d.ID, m.Place, m.Venue, g.Place))
			}
			if m.Kind == g.Kind || g.Kind == "" && m.Kind == relbot.KindInPerson {
				kinds++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s: kind %q, want %q", d.ID, m.Kind, g.Kind))
			}
		}
		for _, m := range held {
			if isGold(m, d.Meetings) {
				continue
			}
			for _, n := range d.NotMeetings {
				if leaks(m, n) {
					s.Leaks[n.Why]++
					s.Errors = append(s.Errors, fmt.Sprintf("%s: %s leak %v %s", d.ID, n.Why, m.Slugs(), m.Date))
					break
				}
			}
		}
	}
	s.PlannedLeaks, s.BackgroundLeak = s.Leaks["planned"], s.Leaks["background"]
	s.Precision = ratio(s.TruePairs, s.TruePairs+s.FalsePairs)
	s.Recall = ratio(s.TruePairs, s.TruePairs+s.MissedPairs)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.PlaceAccuracy = ratio(places, s.MatchedGold)
	s.KindAccuracy = ratio(kinds, s.MatchedGold)
	sort.Strings(s.Errors)
	return s
}

// attendeePairs returns the pairs that join a labelled attendee to anyone
// else at the same meeting, on its date.
func attendeePairs(gold []GoldMeeting) map[pairKey]bool {
	out := map[pairKey]bool{}
	for _, g := range gold {
		if len(g.Attendees) == 0 {
			continue
		}
		for _, p := range pairsOf(append(slices.Clone(g.Participants), g.Attendees...), g.Date.String()) {
			out[p] = true
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// bestMatch finds the held meeting on the gold date sharing most participants
// (two at least) with g.
func bestMatch(g GoldMeeting, held []relbot.Meeting) (relbot.Meeting, bool) {
	var best relbot.Meeting
	bestN := 1
	for _, m := range held {
		if m.Date != g.Date {
			continue
		}
		n := 0
		for _, p := range g.Participants {
			if m.Has(p) {
				n++
			}
		}
		if n > bestN {
			best, bestN = m, n
		}
	}
	return best, bestN >= 2
}

func isGold(m relbot.Meeting, gold []GoldMeeting) bool {
	for _, g := range gold {
		if m.Date != g.Date {
			continue
		}
		n := 0
		for _, p := range g.Participants {
			if m.Has(p) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// leaks reports whether a held meeting is the labelled non-meeting n: two of
// its participants took part and the date, when labelled, agrees.
func leaks(m relbot.Meeting, n NotMeeting) bool {
	if !n.Date.IsZero() && m.Date.String() != n.Date.String() && !(n.Date.Day == 0 && m.Date.Year == n.Date.Year && m.Date.Month == n.Date.Month) {
		return false
	}
	k := 0
	for _, p := range n.Participants {
		if slices.Contains(m.Slugs(), p) {
			k++
		}
	}
	return k >= 2
}

// placeRight reports whether a meeting's place is the labelled one. A label
// names the city or, as the issue's places do, the venue ("Rashtrapati
// Bhavan", "the Pentagon"); the extractor gives both, so either agreeing is
// right. A label may also give both ("Foreign Ministry, Tokyo"), and then
// too either agreeing is right.
func placeRight(m relbot.Meeting, want string) bool {
	if samePlace(m.Place, want) || m.Venue != "" && sameVenue(m.Venue, want) {
		return true
	}
	if i := strings.LastIndex(want, ", "); i > 0 {
		return placeRight(m, want[:i]) || samePlace(m.Place, want[i+2:])
	}
	return false
}

// sameVenue compares two names of a venue folded, with or without the
// article: "the Pentagon" is "Pentagon".
func sameVenue(a, b string) bool {
	bare := func(v string) string {
		v = relbot.Fold(strings.TrimSpace(v))
		return strings.TrimPrefix(v, "the ")
	}
	return bare(a) == bare(b)
}

// samePlace compares two names of a place as the extractor names places: a
// city of the table under its canonical name ("Nay Pyi Taw" is
// "Naypyidaw"), any other folded ("Takéo" is "Takeo").
func samePlace(a, b string) bool { return canonicalPlace(a) == canonicalPlace(b) }

func canonicalPlace(p string) string {
	// "Moc Bai border gate" is where the extractor says "Moc Bai": labels
	// name a gate either way.
	for _, gate := range []string{" international border gate", " border gate", " international border checkpoint", " border checkpoint", " border crossing"} {
		if len(p) > len(gate) && strings.EqualFold(p[len(p)-len(gate):], gate) {
			p = p[:len(p)-len(gate)]
			break
		}
	}
	if c, ok := tableCity(p); ok {
		return c
	}
	return relbot.Fold(strings.TrimSpace(p))
}
