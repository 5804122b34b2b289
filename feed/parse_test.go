package feed

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenItem is Item as written in golden files: Published keeps its offset
// in RFC 3339.
type goldenItem struct {
	GUID      string `json:"guid"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	FullText  bool   `json:"full_text"`
}

func toGolden(items []Item) []goldenItem {
	out := make([]goldenItem, len(items))
	for i, it := range items {
		g := goldenItem{GUID: it.GUID, URL: it.URL, Title: it.Title, Text: it.Text, FullText: it.FullText}
		if !it.Published.IsZero() {
			g.Published = it.Published.Format(time.RFC3339)
		}
		out[i] = g
	}
	return out
}

func TestParseFeedGolden(t *testing.T) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			items, err := ParseFeed(body)
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			got := toGolden(items)
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			var want []goldenItem
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ParseFeed(%s) mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestParseFeedErrors(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"empty", ""},
		{"html page", "<!doctype html><html><body><p>not a feed</p></body></html>"},
		{"broken json", `{"version": "https://jsonfeed.org/version/1.1", "items": [`},
		{"plain text", "hello"},
		{"json items not a list", `{"version":"https://jsonfeed.org/version/1.1","items":{}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := ParseFeed([]byte(tt.body))
			if err == nil {
				t.Errorf("ParseFeed(%q) = %d items, nil error; want an error", tt.body, len(items))
			}
		})
	}
}

func TestParseFeedJSONNulls(t *testing.T) {
	// null where objects belong made gofeed's translator panic.
	body := `{"version":"https://jsonfeed.org/version/1.1","authors":[null],"items":[null,
		{"id":"a","title":"Kept","author":null,"authors":[null],"attachments":[null]},null]}`
	items, err := ParseFeed([]byte(body))
	if err != nil {
		t.Fatalf("ParseFeed: %v", err)
	}
	if len(items) != 1 || items[0].GUID != "a" || items[0].Title != "Kept" {
		t.Fatalf("items = %+v, want the one item with id a", items)
	}
}

func TestParseFeedGUIDFallbacks(t *testing.T) {
	// Two feeds differing only in an item's text give different hash GUIDs,
	// and the same feed parsed twice gives the same one.
	feed := func(text string) []byte {
		return []byte(`<rss version="2.0"><channel><title>t</title><item><title>No link</title><description>` + text + `</description></item></channel></rss>`)
	}
	a1, err := ParseFeed(feed("alpha"))
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := ParseFeed(feed("alpha"))
	b, _ := ParseFeed(feed("beta"))
	if len(a1) != 1 || len(a2) != 1 || len(b) != 1 {
		t.Fatalf("got %d, %d, %d items; want 1 each", len(a1), len(a2), len(b))
	}
	if a1[0].GUID != a2[0].GUID {
		t.Errorf("GUID not stable: %q then %q", a1[0].GUID, a2[0].GUID)
	}
	if a1[0].GUID == b[0].GUID {
		t.Errorf("GUID %q is the same for different texts", a1[0].GUID)
	}
	if a1[0].URL != "" {
		t.Errorf("URL = %q, want empty for an item without a link", a1[0].URL)
	}
}

func TestItemTime(t *testing.T) {
	utc := time.Date(2026, 2, 6, 11, 30, 0, 0, time.UTC)
	tests := []struct {
		raw        string
		parsed     *time.Time
		want       string // RFC 3339; "" for the zero time
		wantOffset int
	}{
		{"Fri, 06 Feb 2026 18:30:00 +0700", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"Fri, 6 Feb 2026 18:30:00 +0700", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"2026-02-06T18:30:00+07:00", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"2026-02-06T18:30:00.123+07:00", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"Fri, 06 Feb 2026 18:30:00 ICT", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"Fri, 06 Feb 2026 11:30:00 GMT", nil, "2026-02-06T11:30:00Z", 0},
		{"Fri, 06 Feb 2026 06:30:00 EST", nil, "2026-02-06T06:30:00-05:00", -5 * 3600},
		{"  Fri, 06 Feb 2026\n 18:30:00 +0700 ", nil, "2026-02-06T18:30:00+07:00", 7 * 3600},
		{"6 February 2026, evening", &utc, "2026-02-06T11:30:00Z", 0},
		{"garbage", nil, "", 0},
		{"", nil, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got := itemTime(tt.raw, tt.parsed)
			if tt.want == "" {
				if !got.IsZero() {
					t.Errorf("itemTime(%q) = %v, want the zero time", tt.raw, got)
				}
				return
			}
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Errorf("itemTime(%q) = %s, want %s", tt.raw, s, tt.want)
			}
			if _, off := got.Zone(); off != tt.wantOffset {
				t.Errorf("itemTime(%q) offset = %d, want %d", tt.raw, off, tt.wantOffset)
			}
		})
	}
}

func TestTeaser(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The talks ended.", false},
		{"The talks continued…", true},
		{"The talks continued [...]", true},
		{"The talks continued.\n\nRead more", true},
		{"Continue reading →", true},
		{"He said it was a good start.", false},
	}
	for _, tt := range tests {
		if got := teaser(tt.text); got != tt.want {
			t.Errorf("teaser(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
