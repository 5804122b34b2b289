package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
)

// minArticleChars is the length, in characters, below which a text is taken
// for a teaser or a fragment rather than a whole article. go-readability
// uses the same figure when it gives up looking for the main content.
const minArticleChars = 500

// Item is one entry of a feed, as plain text.
type Item struct {
	GUID      string    // feed's guid/id; when absent, the canonical link; when no link, a hash of title+text
	URL       string    // canonical http(s) link, "" when the item's link is missing or not http(s)
	Title     string    // plain text, entities decoded, whitespace collapsed
	Published time.Time // with the offset the feed gave; zero when absent (Updated when Published is absent)
	Text      string    // plain text: paragraphs separated by "\n\n"; from the content when present, else the description
	FullText  bool      // Text is the whole article, not a teaser
}

// ParseFeed parses an RSS, Atom or JSON Feed document into items, in the
// feed's order. Relative item links are resolved against the feed's own
// home page link. Items with no title, no text and no link are skipped. The
// error wraps the parser's when the document is not a feed; a panic inside
// the parser on hostile input is returned as an error too.
func ParseFeed(body []byte) ([]Item, error) {
	items, _, err := parseFeed(body, nil)
	return items, err
}

// parseFeed is ParseFeed with the URL the feed was fetched from, the first
// choice for resolving relative links (nil when unknown); it also returns
// the feed's own title, whitespace collapsed.
func parseFeed(body []byte, base *url.URL) (items []Item, title string, err error) {
	defer func() {
		// The feed comes from a third party: a parser bug it triggers must
		// fail this feed, not the whole collect run.
		if r := recover(); r != nil {
			items, title, err = nil, "", fmt.Errorf("%w: parser panic: %v", ErrNotFeed, r)
		}
	}()
	var (
		parsed    *gofeed.Feed
		isJSON    bool
		plainText []bool // JSON Feed only: the item's content is content_text, not HTML
	)
	if gofeed.DetectFeedType(bytes.NewReader(body)) == gofeed.FeedTypeJSON {
		isJSON = true
		// The universal item merges content_html and content_text; the raw
		// JSON item says which one it was, and plain text must not be read
		// as HTML (its line breaks would be lost).
		var raw *jsonfeed.Feed
		raw, err = (&jsonfeed.Parser{}).Parse(bytes.NewReader(body))
		if err == nil {
			dropNils(raw)
			for _, it := range raw.Items {
				plainText = append(plainText, it != nil && it.ContentHTML == "" && it.ContentText != "")
			}
			parsed, err = (&gofeed.DefaultJSONTranslator{}).Translate(raw)
		}
	} else {
		parsed, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	}
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", ErrNotFeed, err)
	}

	var home *url.URL
	if u, err := url.Parse(strings.TrimSpace(parsed.Link)); err == nil && u.IsAbs() {
		home = u
	}
	if base == nil || (base.Scheme != "http" && base.Scheme != "https") {
		base = home
	}

	items = make([]Item, 0, len(parsed.Items))
	for i, it := range parsed.Items {
		if it == nil {
			continue
		}
		item := convertItem(it, base, isJSON, i < len(plainText) && plainText[i])
		if item.Title == "" && item.Text == "" && item.URL == "" {
			continue
		}
		items = append(items, item)
	}
	return items, oneLine(parsed.Title), nil
}

// dropNils removes the null entries a JSON Feed may hold where objects are
// expected; gofeed's translator dereferences them.
func dropNils(f *jsonfeed.Feed) {
	f.Items = slices.DeleteFunc(f.Items, func(it *jsonfeed.Item) bool { return it == nil })
	f.Authors = slices.DeleteFunc(f.Authors, func(a *jsonfeed.Author) bool { return a == nil })
	for _, it := range f.Items {
		it.Authors = slices.DeleteFunc(it.Authors, func(a *jsonfeed.Author) bool { return a == nil })
	}
}

// convertItem turns a parsed item into plain text. isJSON says the item came
// from a JSON Feed, whose summary is plain text by the specification;
// plainContent that its content was content_text.
func convertItem(it *gofeed.Item, base *url.URL, isJSON, plainContent bool) Item {
	item := Item{
		Title:     oneLine(HTMLToText(it.Title)),
		Published: itemTime(it.Published, it.PublishedParsed),
	}
	if item.Published.IsZero() {
		item.Published = itemTime(it.Updated, it.UpdatedParsed)
	}

	if plainContent {
		item.Text = plainToText(it.Content)
	} else {
		item.Text = HTMLToText(it.Content)
	}
	if item.Text != "" {
		item.FullText = utf8.RuneCountInString(item.Text) >= minArticleChars && !teaser(item.Text)
	} else if isJSON {
		item.Text = plainToText(it.Description)
	} else {
		// RSS and Atom descriptions are HTML in practice, or text that
		// reads the same as HTML.
		item.Text = HTMLToText(it.Description)
	}

	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	if link != "" {
		if u, err := url.Parse(link); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if c, err := Canonicalize(u.String()); err == nil {
				item.URL = c
			}
		}
	}

	item.GUID = strings.TrimSpace(it.GUID)
	switch {
	case item.GUID != "":
	case item.URL != "":
		item.GUID = item.URL
	default:
		sum := sha256.Sum256([]byte(item.Title + "\n" + item.Text))
		item.GUID = "sha256:" + hex.EncodeToString(sum[:])
	}
	return item
}

// teaser reports whether text ends the way cut-off feed excerpts do.
func teaser(text string) bool {
	end := strings.ToLower(strings.TrimSpace(text))
	if i := strings.LastIndexAny(end, "\n"); i >= 0 {
		end = end[i+1:]
	}
	for _, suffix := range []string{"…", "...", "[…]", "[...]", "read more", "read more »", "continue reading", "continue reading →"} {
		if strings.HasSuffix(end, suffix) {
			return true
		}
	}
	return false
}

// oneLine collapses every run of white space, line breaks included, into a
// single space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// timeLayouts are the date forms seen in feeds that carry their own offset.
// gofeed parses more forms but normalises RSS and Atom dates to UTC; the
// outlet's offset matters here (it says which day the outlet meant), so the
// raw string is parsed again first and gofeed's value is the fallback.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04-07:00",
	"2006-01-02 15:04:05-07:00",
	"2006-01-02 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 MST",
	"Mon, 2 January 2006 15:04:05 MST",
}

// zoneOffsets resolves the zone abbreviations seen in feed dates; Go's
// time.Parse knows only UTC and the host's zone, and gives any other name a
// zero offset. ICT (Indochina Time) matters to this project's outlets.
var zoneOffsets = map[string]int{
	"UT": 0, "GMT": 0, "UTC": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"WET": 0, "WEST": 3600, "BST": 3600, "CET": 3600, "CEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600,
	"ICT": 7 * 3600, "WIB": 7 * 3600, "SGT": 8 * 3600, "HKT": 8 * 3600,
	"AWST": 8 * 3600, "JST": 9 * 3600, "KST": 9 * 3600, "IST": 5*3600 + 1800,
	"AEST": 10 * 3600, "AEDT": 11 * 3600,
}

// itemTime returns the time in raw with the offset it was written with,
// else gofeed's parsed value, else the zero time.
func itemTime(raw string, parsed *time.Time) time.Time {
	raw = oneLine(raw)
	for _, layout := range timeLayouts {
		t, err := time.Parse(layout, raw)
		if err != nil {
			continue
		}
		if strings.HasSuffix(layout, "MST") {
			// Rebuilt in every case: how time.Parse reads a known name
			// depends on the host's zone.
			name, _ := t.Zone()
			name = strings.ToUpper(name)
			want, ok := zoneOffsets[name]
			if !ok {
				break // unknown zone: gofeed's reading is as good as ours
			}
			loc := time.UTC
			if want != 0 {
				loc = time.FixedZone(name, want)
			}
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
		}
		return t
	}
	if parsed != nil {
		return *parsed
	}
	return time.Time{}
}
