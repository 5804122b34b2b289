package store

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

// A meetingCard is a meeting's participants and sources as a page of
// FindMeetings shows them, stored as JSON in meetings.card on PostgreSQL
// (migration 00008). Aggregating them per meeting of the page with two
// correlated subqueries was most of a /relations answer's time; every
// writer of the participant and source rows writes the card in the same
// transaction, built from the rows it writes, rather than a trigger, which
// would run the aggregates again for each row saved.
//
// The keys and order are those of the aggregates the card replaces, which
// still answer for a meeting whose card is NULL (cardFallbackSQL). Articles
// are never deleted: the ON DELETE SET NULL of a source's article_id would
// leave its card naming the article.
type meetingCard struct {
	Participants [][2]string  `json:"p"` // [slug, name], by position
	Sources      []cardSource `json:"s"` // by published_utc, then position
}

type cardSource struct {
	ArticleID *int64 `json:"a"`
	URL       string `json:"u"`
	Outlet    string `json:"o"`
	Title     string `json:"t"`
	Published string `json:"p"`

	utc string // published_utc, the order's key; not stored
}

// cardFallbackSQL computes the card of meeting m.id from its rows, for a
// meeting written before the card existed or by an older binary.
const cardFallbackSQL = `json_build_object(
	'p', COALESCE((SELECT json_agg(json_build_array(p.slug, p.name) ORDER BY p.position)
		FROM meeting_participants p WHERE p.meeting_id = m.id), '[]'),
	's', COALESCE((SELECT json_agg(json_build_object('a', s.article_id, 'u', s.url, 'o', s.outlet, 't', s.title, 'p', s.published)
		ORDER BY s.published_utc, s.position) FROM meeting_sources s WHERE s.meeting_id = m.id), '[]'))::text`

// newCard returns an empty card; the empty lists encode as [], as the
// aggregates' COALESCE gives them, not null.
func newCard() meetingCard {
	return meetingCard{Participants: [][2]string{}, Sources: []cardSource{}}
}

// addParticipant adds the participant stored at the next position.
func (c *meetingCard) addParticipant(slug, name string) {
	c.Participants = append(c.Participants, [2]string{slug, name})
}

// addSource adds the source stored at the next position; articleID 0 is
// none (NULL).
func (c *meetingCard) addSource(articleID int64, url, outlet, title, published, publishedUTC string) {
	src := cardSource{URL: url, Outlet: outlet, Title: title, Published: published, utc: publishedUTC}
	if articleID != 0 {
		src.ArticleID = &articleID
	}
	c.Sources = append(c.Sources, src)
}

// encode returns the card's JSON. The sources were added in position order,
// so a stable sort by published_utc gives the aggregate's order (published_utc
// is compared byte by byte, COLLATE "C", as Go compares strings).
func (c *meetingCard) encode() (string, error) {
	slices.SortStableFunc(c.Sources, func(a, b cardSource) int { return strings.Compare(a.utc, b.utc) })
	js, err := json.Marshal(c)
	return string(js), err
}

// cardOf returns the card of meetingRows' participant rows (position, slug,
// name) and source rows (position, article_id or nil, url, outlet, title,
// published, published_utc), each in position order.
func cardOf(r meetingRows) (string, error) {
	c := newCard()
	for _, p := range r.participants {
		c.addParticipant(p[1].(string), p[2].(string))
	}
	for _, s := range r.sources {
		id, _ := s[1].(int64)
		c.addSource(id, s[2].(string), s[3].(string), s[4].(string), s[5].(string), s[6].(string))
	}
	return c.encode()
}

// decodeCard reads a card into the meeting's participants and sources.
func decodeCard(data []byte, m *relbot.Meeting) error {
	var c meetingCard
	if err := json.Unmarshal(data, &c); err != nil {
		return err
	}
	if len(c.Participants) > 0 {
		m.Participants = make([]relbot.Participant, len(c.Participants))
		for i, p := range c.Participants {
			m.Participants[i] = relbot.Participant{Slug: p[0], Name: p[1]}
		}
	}
	if len(c.Sources) > 0 {
		m.Sources = make([]relbot.SourceRef, len(c.Sources))
		for i, s := range c.Sources {
			ref := relbot.SourceRef{URL: s.URL, Outlet: s.Outlet, Title: s.Title}
			if s.ArticleID != nil {
				ref.ArticleID = *s.ArticleID
			}
			var err error
			if ref.Published, err = parseTime(s.Published); err != nil {
				return err
			}
			m.Sources[i] = ref
		}
	}
	return nil
}
