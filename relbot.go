// Package relbot holds the domain types shared by every part of the pipeline:
// articles collected from feeds, the actors of diplomatic life, the meetings
// the news reports between them, and the answer to a relations query.
//
// The adapters (feed, store, bot, …) depend on this package; it depends on
// none of them.
package relbot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Article is one news item as stored: collected once, identified by its
// source's GUID and by its canonical URL.
type Article struct {
	ID        int64
	Source    string    // the configured source's name: the outlet users see
	GUID      string    // the feed's id for the item; the canonical URL when the feed gives none
	URL       string    // canonical http(s) URL; "" when the item had no http(s) link
	Title     string    // plain text
	Published time.Time // with the outlet's offset as the feed gave it
	Collected time.Time
	Text      string // plain text, the full article when it could be had
	Summary   string
	Hash      string // hex SHA-256 of Text, for caches keyed by content
	Story     string // id shared by the articles that report one event
}

// Kind says how a meeting was held.
type Kind string

const (
	KindInPerson Kind = "in-person"
	KindPhone    Kind = "phone"
	KindVirtual  Kind = "virtual"
)

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool { return k == KindInPerson || k == KindPhone || k == KindVirtual }

// Status says whether an article reports a meeting as held, planned, or only
// recalls an older one in passing. Only past meetings are answered as meetings.
type Status string

const (
	StatusPast       Status = "past"
	StatusPlanned    Status = "planned"
	StatusBackground Status = "background"
)

// Participant is an actor as shown in an answer.
type Participant struct {
	Slug string `json:"slug"`
	Name string `json:"name"`
}

// SourceRef links a meeting to an article that reported it.
type SourceRef struct {
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Title     string    `json:"title"`
	Published time.Time `json:"published"` // marshals as RFC 3339 with the outlet's offset
	ArticleID int64     `json:"-"`
}

// ArticleKey names an article as a feed's item does: stored articles are
// unique by (source, guid) and by URL when it is not empty.
type ArticleKey struct{ GUID, URL string }

// Meeting is one encounter between two or more actors, merged across every
// article that reported it.
type Meeting struct {
	ID           int64
	Date         Date
	Place        string // city in its common English form; "" when unknown and for phone or virtual meetings
	Venue        string // e.g. "Royal Palace"; "" when unknown
	Kind         Kind
	Status       Status
	Occasion     string // e.g. "state visit to Cambodia"; "" when unknown
	Participants []Participant
	Summary      string // one or two sentences of substance taken from an article
	Sources      []SourceRef
}

// Slugs returns the participants' slugs in order.
func (m Meeting) Slugs() []string {
	s := make([]string, len(m.Participants))
	for i, p := range m.Participants {
		s[i] = p.Slug
	}
	return s
}

// Has reports whether the actor with the given slug took part.
func (m Meeting) Has(slug string) bool {
	for _, p := range m.Participants {
		if p.Slug == slug {
			return true
		}
	}
	return false
}

// Role is an office an actor held, with its dates (zero when open).
type Role struct {
	Title   string `yaml:"title" json:"title"`     // "Prime Minister", "General Secretary"
	Country string `yaml:"country" json:"country"` // ISO 3166-1 alpha-2: KH, VN, LA, CN, TH, …
	Org     string `yaml:"org,omitempty" json:"org,omitempty"`
	From    Date   `yaml:"from,omitempty" json:"from,omitempty"`
	Until   Date   `yaml:"until,omitempty" json:"until,omitempty"`
}

// Actor is a person who takes part in meetings.
type Actor struct {
	Slug     string   `yaml:"slug" json:"slug"`
	Name     string   `yaml:"name" json:"name"`
	Country  string   `yaml:"country,omitempty" json:"country,omitempty"`
	Aliases  []string `yaml:"aliases,omitempty" json:"aliases,omitempty"` // full forms, with or without diacritics and honorifics
	Short    []string `yaml:"short,omitempty" json:"short,omitempty"`     // forms used in later sentences: "Lâm", "Manet"
	Roles    []Role   `yaml:"roles,omitempty" json:"roles,omitempty"`
	Verified bool     `yaml:"-" json:"verified"` // false for actors created automatically from articles
}

// Participant returns the actor as shown in an answer.
func (a Actor) Participant() Participant { return Participant{Slug: a.Slug, Name: a.Name} }

// QueryResult is the answer to a relations query: the JSON of
// `relbot query --json` and the data behind `/relations`. Keep the JSON shape
// stable: scripts rely on it.
type QueryResult struct {
	Query       string          `json:"query"`
	Actors      []Participant   `json:"actors"`
	Meetings    []MeetingResult `json:"meetings"`
	Suggestions []Participant   `json:"suggestions,omitempty"`
	Total       int             `json:"-"` // meetings matching before paging
}

// CountCap is how far a store counts an actor's meetings: a
// QueryResult.Total above it means "more than CountCap", not an exact count.
const CountCap = 1000

// MeetingResult is a meeting as answered to a query.
type MeetingResult struct {
	Date         string        `json:"date"`
	Place        *string       `json:"place"`
	Kind         Kind          `json:"kind"`
	Participants []Participant `json:"participants"`
	Summary      string        `json:"summary"`
	Sources      []SourceRef   `json:"sources"`
}

// Result converts a stored meeting to its answered form, with lists never nil.
func (m Meeting) Result() MeetingResult {
	r := MeetingResult{
		Date:         m.Date.String(),
		Kind:         m.Kind,
		Participants: m.Participants,
		Summary:      m.Summary,
		Sources:      m.Sources,
	}
	if m.Place != "" {
		p := m.Place
		r.Place = &p
	}
	if r.Participants == nil {
		r.Participants = []Participant{}
	}
	if r.Sources == nil {
		r.Sources = []SourceRef{}
	}
	return r
}

// Date is a calendar date whose day, or month and day, may be unknown:
// "2026-02-06", or "2026-02" when the text gives only the month.
type Date struct {
	Year  int
	Month time.Month // 0 when only the year is known
	Day   int        // 0 when only the month is known
}

// ErrBadDate is returned by ParseDate.
var ErrBadDate = errors.New("relbot: bad date")

// ErrBadQuery marks an error caused by what a user asked for (an unknown
// filter, a command missing its argument). Its message says what to fix and
// is shown to the user; any other error is kept for the operator's log.
// Packages with their own sentinel wrap this one:
// fmt.Errorf("meeting: %w", relbot.ErrBadQuery).
var ErrBadQuery = errors.New("bad query")

// DateOf returns the day of t in t's own location.
func DateOf(t time.Time) Date { return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()} }

// ParseDate reads "YYYY-MM-DD", "YYYY-MM" or "YYYY".
func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrBadDate, s)
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || p == "" {
			return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrBadDate, s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrBadDate, s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, fmt.Errorf("%w %q: month out of range", ErrBadDate, s)
	}
	if len(parts) == 3 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return Date{}, fmt.Errorf("%w %q: day out of range", ErrBadDate, s)
	}
	return d, nil
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date with the precision it has; "" when zero.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Start is the first day the date may mean (UTC midnight).
func (d Date) Start() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// End is the last day the date may mean (UTC midnight of that day).
func (d Date) End() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.Start()
}

// Before reports whether d ends before e starts.
func (d Date) Before(e Date) bool { return d.End().Before(e.Start()) }

// MarshalText implements encoding.TextMarshaler (YAML and JSON use it).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Fold lower-cases s and strips diacritics, Vietnamese Đ/đ included, so that
// "Tô Lâm", "To Lam" and "TO LAM" compare equal. It is safe for concurrent
// use: a transform.Chain keeps state, so each call borrows its own from a pool.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	s = dStroke.Replace(s)
	t := foldPool.Get().(transform.Transformer)
	t.Reset()
	out, _, err := transform.String(t, s)
	foldPool.Put(t)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// dStroke folds the letters NFD does not decompose: the Vietnamese Đ, and
// the Nordic, German and Polish letters of European names ("Børge Brende"
// is "borge-brende", not "b-rge-brende").
var dStroke = strings.NewReplacer("Đ", "D", "đ", "d", "Ɖ", "D", "Ø", "O", "ø", "o", "Æ", "Ae", "æ", "ae",
	"Œ", "Oe", "œ", "oe", "ß", "ss", "Ł", "L", "ł", "l", "Þ", "Th", "þ", "th", "Ð", "D", "ð", "d", "ı", "i")

var foldPool = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Words folds s and cuts it into its words, runs of letters and digits:
// "Tô Lâm, 2026" → ["to", "lam", "2026"].
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Slugify folds a name to lower-case ASCII words joined by hyphens:
// "Phạm Minh Chính" → "pham-minh-chinh".
func Slugify(name string) string {
	var b strings.Builder
	pendingHyphen := false
	for _, r := range Fold(name) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if pendingHyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingHyphen = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue
		}
		pendingHyphen = true
	}
	return b.String()
}

// MeetingFilter selects stored meetings. Zero fields select everything.
type MeetingFilter struct {
	Slugs  []string // every one of them took part
	Since  Date     // meeting date on or after (by the date's start)
	Until  Date     // meeting date on or before (by the date's end)
	Place  string   // city, compared folded
	Kind   Kind
	Status Status // "" means StatusPast: only held meetings are answered
	Limit  int    // 0: no limit
	Offset int
}

// Digest is one post to one channel for one schedule period.
type Digest struct {
	Channel  string
	Period   string    // the period's key: the scheduled time, RFC 3339 in the digest's time zone
	Date     time.Time // the scheduled time, in the digest's time zone, for the header
	Items    []DigestItem
	Meetings []Meeting
}

// DigestItem is one story in a digest: the clearest title, one summary, and a
// link for every outlet that reported it.
type DigestItem struct {
	Story     string
	Title     string
	Summary   string
	Published time.Time
	Links     []Link // the first is the main article
}

// Link is one outlet's article in a digest item.
type Link struct {
	Outlet string
	URL    string // "" when the article had no http(s) link
	Title  string
}
