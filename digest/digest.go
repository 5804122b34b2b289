// Package digest chooses what a channel's digest tells and composes it:
// articles grouped into stories (one item however many outlets reported an
// event), filtered by the channel's terms, ordered, and cut to max_items,
// followed by the meetings those articles reported. It is pure: the caller
// reads the store and posts the result.
package digest

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// Options describe one digest to compose.
type Options struct {
	Channel  string
	Period   time.Time // the scheduled time, in the digest's time zone
	Terms    []string  // the configured match plus the channel's follows; none: everything
	MaxItems int       // stories; 0 → 10
	// Names maps an actor slug to the names that mention it in text, so that
	// a term "hun-sen" matches "Samdech Techo Hun Sen". Optional.
	Names func(slug string) []string
}

// Compose builds the digest of articles (already limited to those new for
// the channel) and the meetings extracted from them. It returns a digest with
// no items when nothing matches.
func Compose(opts Options, articles []relbot.Article, meetings []relbot.Meeting) relbot.Digest {
	if opts.MaxItems <= 0 {
		opts.MaxItems = 10
	}
	d := relbot.Digest{
		Channel: opts.Channel,
		Period:  opts.Period.Format(time.RFC3339),
		Date:    opts.Period,
	}
	matcher := newMatcher(opts.Terms, opts.Names)
	meetingsOf := map[int64][]relbot.Meeting{}
	for _, m := range meetings {
		for _, s := range m.Sources {
			meetingsOf[s.ArticleID] = append(meetingsOf[s.ArticleID], m)
		}
	}

	stories := group(articles)
	kept := stories[:0]
	for _, s := range stories {
		if matcher.any(s, meetingsOf) {
			kept = append(kept, s)
		}
	}
	slices.SortStableFunc(kept, func(a, b *story) int {
		if c := cmp.Compare(len(b.outlets()), len(a.outlets())); c != 0 {
			return c
		}
		return b.latest().Compare(a.latest())
	})
	if len(kept) > opts.MaxItems {
		kept = kept[:opts.MaxItems]
	}

	seenMeeting := map[int64]bool{}
	for _, s := range kept {
		d.Items = append(d.Items, s.item())
		for _, a := range s.articles {
			for _, m := range meetingsOf[a.ID] {
				if m.Status != "" && m.Status != relbot.StatusPast {
					continue
				}
				key := m.ID
				if key == 0 || !seenMeeting[key] {
					seenMeeting[key] = true
					d.Meetings = append(d.Meetings, m)
				}
			}
		}
	}
	slices.SortStableFunc(d.Meetings, func(a, b relbot.Meeting) int {
		return b.Date.Start().Compare(a.Date.Start())
	})
	return d
}

// story is the articles that report one event.
type story struct {
	key      string
	articles []relbot.Article
}

func (s *story) outlets() []string {
	var out []string
	for _, a := range s.articles {
		if !slices.Contains(out, a.Source) {
			out = append(out, a.Source)
		}
	}
	return out
}

func (s *story) latest() time.Time {
	var t time.Time
	for _, a := range s.articles {
		if a.Published.After(t) {
			t = a.Published
		}
	}
	return t
}

// item tells the story with its most complete article: the longest text is
// the likeliest to have the clearest title and the fullest summary.
func (s *story) item() relbot.DigestItem {
	main := s.articles[0]
	for _, a := range s.articles[1:] {
		if len(a.Text) > len(main.Text) {
			main = a
		}
	}
	it := relbot.DigestItem{Story: s.key, Title: main.Title, Summary: main.Summary, Published: main.Published}
	it.Links = append(it.Links, relbot.Link{Outlet: main.Source, URL: main.URL, Title: main.Title})
	seen := map[string]bool{main.Source: true}
	for _, a := range s.articles {
		if seen[a.Source] {
			continue
		}
		seen[a.Source] = true
		it.Links = append(it.Links, relbot.Link{Outlet: a.Source, URL: a.URL, Title: a.Title})
	}
	return it
}

// group puts articles into stories by their story id; an article without
// one stands alone unless another has the same folded title (a re-run).
func group(articles []relbot.Article) []*story {
	var out []*story
	byKey := map[string]*story{}
	for _, a := range articles {
		key := a.Story
		if key == "" {
			key = "title:" + strings.Join(relbot.Words(a.Title), " ")
		}
		s, ok := byKey[key]
		if !ok {
			s = &story{key: a.Story}
			byKey[key] = s
			out = append(out, s)
		}
		s.articles = append(s.articles, a)
	}
	return out
}

type matcher struct {
	phrases [][]string // each term as folded word sequences
	slugs   []string
}

func newMatcher(terms []string, names func(string) []string) matcher {
	var m matcher
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		m.phrases = append(m.phrases, relbot.Words(t))
		if strings.Contains(t, "-") && t == relbot.Slugify(t) {
			m.slugs = append(m.slugs, t)
		}
		if names != nil {
			for _, n := range names(t) {
				m.phrases = append(m.phrases, relbot.Words(n))
			}
		}
	}
	return m
}

func (m matcher) any(s *story, meetingsOf map[int64][]relbot.Meeting) bool {
	if len(m.phrases) == 0 {
		return true
	}
	for _, a := range s.articles {
		for _, mt := range meetingsOf[a.ID] {
			for _, slug := range m.slugs {
				if mt.Has(slug) {
					return true
				}
			}
		}
		text := relbot.Words(a.Title + "\n" + a.Text)
		for _, p := range m.phrases {
			if containsRun(text, p) {
				return true
			}
		}
	}
	return false
}

// containsRun reports whether needle occurs as consecutive words in hay.
func containsRun(hay, needle []string) bool {
	if len(needle) == 0 {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}
