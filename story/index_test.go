package story

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

func met(date string, slugs ...string) []relbot.Meeting {
	d, err := relbot.ParseDate(date)
	if err != nil {
		panic(err)
	}
	var ps []relbot.Participant
	for _, s := range slugs {
		ps = append(ps, relbot.Participant{Slug: s})
	}
	return []relbot.Meeting{{Date: d, Participants: ps, Status: relbot.StatusPast}}
}

// Short reports used by several cases, in different outlets' words.
const (
	talksA = "Prime Minister Phạm Minh Chính and Cambodian Prime Minister Hun Manet agreed in Hà Nội to lift two-way trade to 20 billion dollars and to link the expressways at the Mộc Bài – Bavet border gate. Nine documents on power trade and vocational training were signed."
	talksB = "Hun Manet and his Vietnamese counterpart Pham Minh Chinh set a 20 billion dollar trade goal in Hanoi yesterday and agreed to join the Phnom Penh-Bavet expressway with the road at Moc Bai. The two sides signed nine agreements, including one on electricity trade."
	forum  = "About 500 companies joined a business forum in Hà Nội opened by the two prime ministers. Viettel and Vinamilk announced dairy and telecoms projects in Cambodia worth two billion dollars, and exporters of cashew signed 32 memoranda with buyers."
	fairA  = "A fair of Vietnamese goods opened at the Koh Pich exhibition centre in Phnom Penh with 300 booths of food, furniture and farm machinery, and runs for four days."
	fairB  = "The border trade fair at the Mộc Bài economic zone in Tây Ninh opened with 180 stalls of palm sugar, silk, fruit and garments from both sides of the border."
)

func TestAssign(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		want []int // story of each article, numbered by first appearance
	}{
		{
			name: "one event, two outlets, same meeting",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Prime Ministers of Việt Nam and Cambodia hold talks", Text: talksA, Published: t0, Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
				{Key: "b", Outlet: "Khmer Times", Title: "Hun Manet, Chinh target $20 billion trade", Text: talksB, Published: t0.Add(14 * time.Hour), Meetings: met("2026-11-02", "hun-manet", "pham-minh-chinh")},
			},
			want: []int{0, 0},
		},
		{
			name: "re-run by the same outlet with light edits",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Việt Nam, Cambodia PMs hold talks", Text: talksA, Published: t0},
				{Key: "a2", Outlet: "VNA", Title: "UPDATE: Việt Nam, Cambodia PMs hold talks", Text: talksA + " The visit ends on Tuesday.", Published: t0.Add(3 * time.Hour)},
			},
			want: []int{0, 0},
		},
		{
			name: "one outlet's two stories on one day of a visit",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Prime Ministers hold talks", Text: talksA, Published: t0, Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
				{Key: "b", Outlet: "VNA", Title: "Business forum draws 500 firms", Text: forum, Published: t0.Add(5 * time.Hour), Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
			},
			want: []int{0, 1},
		},
		{
			name: "a story an outlet has told does not take that outlet's other story",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Prime Ministers hold talks", Text: talksA, Published: t0, Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
				{Key: "b", Outlet: "Khmer Times", Title: "Hun Manet, Chinh target $20 billion trade", Text: talksB, Published: t0.Add(time.Hour), Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
				{Key: "c", Outlet: "VNA", Title: "Business forum in Hà Nội", Text: forum + " " + talksB, Published: t0.Add(2 * time.Hour), Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
			},
			want: []int{0, 0, 1},
		},
		{
			name: "same leaders, same words, another day",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Prime Ministers hold talks", Text: talksA, Published: t0, Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")},
				{Key: "b", Outlet: "Khmer Times", Title: "Hun Manet, Chinh talk trade again", Text: talksB, Published: t0.Add(50 * time.Hour), Meetings: met("2026-11-04", "pham-minh-chinh", "hun-manet")},
			},
			want: []int{0, 1},
		},
		{
			name: "two different trade fairs",
			docs: []Doc{
				{Key: "a", Outlet: "Khmer Times", Title: "Vietnam product fair opens in Phnom Penh", Text: fairA, Published: t0},
				{Key: "b", Outlet: "VNA", Title: "Border trade fair opens in Tây Ninh", Text: fairB, Published: t0.Add(20 * time.Hour)},
			},
			want: []int{0, 1},
		},
		{
			name: "identical text outside the window",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Prime Ministers hold talks", Text: talksA, Published: t0},
				{Key: "b", Outlet: "Xinhua", Title: "Prime Ministers hold talks", Text: talksA, Published: t0.Add(73 * time.Hour)},
			},
			want: []int{0, 1},
		},
		{
			name: "empty articles stand alone",
			docs: []Doc{
				{Key: "a", Published: t0},
				{Key: "b", Published: t0},
				{Key: "c", Title: "   ", Text: "—", Published: t0},
			},
			want: []int{0, 1, 2},
		},
		{
			name: "the same key twice is one article",
			docs: []Doc{
				{Key: "a", Outlet: "VNA", Title: "Talks", Text: talksA, Published: t0},
				{Key: "a", Outlet: "VNA", Title: "Fair", Text: fairA, Published: t0.Add(time.Hour)},
			},
			want: []int{0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(Options{})
			ids := map[string]int{}
			var got []int
			for _, d := range tt.docs {
				id := ix.Assign(d)
				if _, ok := ids[id]; !ok {
					ids[id] = len(ids)
				}
				got = append(got, ids[id])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("stories (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssignNewID(t *testing.T) {
	ix := NewIndex(Options{})
	key := "Viet Nam News\x00https://example.org/a/1"
	got := ix.Assign(Doc{Key: key, Title: "Talks", Text: talksA, Published: t0})
	sum := sha256.Sum256([]byte(key))
	if want := "st-" + hex.EncodeToString(sum[:])[:12]; got != want {
		t.Errorf("Assign = %q, want %q", got, want)
	}
	if again := ix.Assign(Doc{Key: key, Title: "Talks", Text: talksA, Published: t0}); again != got {
		t.Errorf("second Assign of the same key = %q, want %q", again, got)
	}
	if n := ix.Len(); n != 1 {
		t.Errorf("Len = %d after assigning one key twice, want 1", n)
	}
}

// TestWindowEviction feeds a month of articles and checks that the index
// keeps only the window's, and that what it forgets leaves no trace in the
// posting lists and document frequencies.
func TestWindowEviction(t *testing.T) {
	const window = 24 * time.Hour
	ix := NewIndex(Options{Window: window})
	step := time.Hour
	for i := range 24 * 30 {
		ix.Assign(Doc{
			Key:       fmt.Sprintf("k%d", i),
			Outlet:    "VNA",
			Title:     fmt.Sprintf("Story number %d about province %d", i, i%7),
			Text:      strings.Repeat(fmt.Sprintf("word%d other%d text%d ", i, i%13, i%5), 20),
			Published: t0.Add(time.Duration(i) * step),
			Meetings:  met(t0.Add(time.Duration(i)*step).Format("2006-01-02"), fmt.Sprintf("a%d", i%4), fmt.Sprintf("b%d", i%3)),
		})
		if n, max := ix.Len(), int(window/step)+1; n > max {
			t.Fatalf("after %d articles Len = %d, want at most %d", i+1, n, max)
		}
	}
	// One article far later empties the window of all the others.
	ix.Assign(Doc{Key: "last", Title: "Alone", Text: "nothing shared here at all", Published: t0.Add(1000 * time.Hour)})
	if n := ix.Len(); n != 1 {
		t.Errorf("Len = %d, want 1", n)
	}
	e := ix.byKey["last"]
	if len(ix.df) != len(e.terms) {
		t.Errorf("document frequencies hold %d terms, want the last article's %d", len(ix.df), len(e.terms))
	}
	for k, p := range ix.post {
		if len(p) != 1 || p[0] != e {
			t.Errorf("posting %x holds %d articles after eviction, want only the last article", k, len(p))
		}
	}
	if len(ix.stories) != 1 || len(ix.byTime) != 1 {
		t.Errorf("stories %d, time heap %d, want 1 and 1", len(ix.stories), len(ix.byTime))
	}
}

func TestAddWarmUp(t *testing.T) {
	first := NewIndex(Options{})
	a := Doc{Key: "a", Outlet: "VNA", Title: "Prime Ministers hold talks", Text: talksA, Published: t0, Meetings: met("2026-11-02", "pham-minh-chinh", "hun-manet")}
	story := first.Assign(a)

	// After a restart: the stored article comes back with its story.
	ix := NewIndex(Options{})
	ix.Add(Doc{Key: "old", Title: "Too old", Text: fairA, Published: t0.Add(-100 * time.Hour)}, "st-old")
	ix.Add(a, story)
	ix.Add(Doc{Key: "too-old-now", Title: "Fair", Text: fairB, Published: t0.Add(-80 * time.Hour)}, "st-x")
	if n := ix.Len(); n != 1 {
		t.Errorf("Len = %d after warm-up, want 1 (older articles are not kept)", n)
	}
	b := Doc{Key: "b", Outlet: "Khmer Times", Title: "Hun Manet, Chinh target $20 billion trade", Text: talksB, Published: t0.Add(10 * time.Hour), Meetings: met("2026-11-02", "hun-manet", "pham-minh-chinh")}
	if got := ix.Assign(b); got != story {
		t.Errorf("Assign after warm-up = %q, want the stored story %q", got, story)
	}
}

func TestAssignConcurrent(t *testing.T) {
	ix := NewIndex(Options{})
	const events = 40
	var wg sync.WaitGroup
	got := make([][2]string, events)
	for i := range events {
		for j := range 2 {
			wg.Go(func() {
				pub := t0.Add(time.Duration(i) * time.Minute)
				// Each event has words of its own, so that only the two
				// reports of one event have anything in common.
				var words []string
				for k := range 60 {
					words = append(words, fmt.Sprintf("w%dx%d", i, k%25))
				}
				text := strings.Join(words, " ")
				if j == 1 {
					text += " and more to follow"
				}
				got[i][j] = ix.Assign(Doc{Key: fmt.Sprintf("%d-%d", i, j), Outlet: fmt.Sprintf("outlet-%d", j), Title: fmt.Sprintf("w%dx1 w%dx2", i, i), Text: text, Published: pub})
				_ = ix.Len()
			})
		}
	}
	wg.Wait()
	seen := map[string]int{}
	for i, g := range got {
		if g[0] != g[1] {
			t.Errorf("event %d: stories %q and %q, want one", i, g[0], g[1])
		}
		if prev, ok := seen[g[0]]; ok {
			t.Errorf("events %d and %d share story %q", prev, i, g[0])
		}
		seen[g[0]] = i
	}
}

// TestSharedArticles runs the two real articles of the shared folder (read
// at run time, never copied): each with a lightly edited re-run of itself
// is one story, and the two are not.
func TestSharedArticles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "articles")
	names := []string{"akp-state-visit-2026.txt", "vns-hcmc-meeting-2025-04-29.txt"}
	var texts []string
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Skipf("shared articles not available (%v): they live beside the repository in ../shared/articles", err)
		}
		texts = append(texts, string(b))
	}
	ix := NewIndex(Options{})
	var ids []string
	for i, text := range texts {
		paras := strings.Split(strings.TrimSpace(text), "\n\n")
		edited := strings.Join(paras[:len(paras)-1], "\n\n") // the re-run drops the last paragraph
		ids = append(ids,
			ix.Assign(Doc{Key: names[i], Outlet: "Viet Nam News", Title: names[i], Text: text, Published: t0}),
			ix.Assign(Doc{Key: names[i] + "-rerun", Outlet: "Viet Nam News", Title: "Re-run", Text: edited, Published: t0.Add(time.Hour)}))
	}
	if ids[0] != ids[1] || ids[2] != ids[3] {
		t.Errorf("article and its re-run in different stories: %v", ids)
	}
	if ids[0] == ids[2] {
		t.Errorf("the two shared articles share story %q, want two stories", ids[0])
	}
}

func TestContentWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Việt Nam and Hà Nội", []string{"vietnam", "hanoi"}},
		{"Viet Nam, Vietnam", []string{"vietnam", "vietnam"}},
		{"The talks in Hà Nội ended, and the leaders left for Hồ Chí Minh City", []string{"talk", "hanoi", "ended", "leader", "left", "hochiminh", "city"}},
		{"Prime Minister Phạm Minh Chính", []string{"prime", "minister", "pham", "minh", "chinh"}},
		{"Đà Nẵng's ministries", []string{"danang", "ministry"}},
		{"The Two Sides Agree to Boost Trade and Connectivity", []string{"side", "agree", "boost", "trade", "connectivity"}},
	}
	var f folder
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := contentWords(f.words(tt.in, nil), nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("contentWords(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSignatureEstimatesJaccard(t *testing.T) {
	var f folder
	base := strings.Fields(strings.Repeat(talksA+" "+talksB+" "+forum+" ", 1))
	tests := []struct {
		name     string
		other    string
		min, max float64
	}{
		{"same text", strings.Join(base, " "), 1, 1},
		{"last fifth changed", strings.Join(base[:len(base)*4/5], " ") + " " + fairA, 0.5, 0.9},
		{"unrelated", fairB + " " + fairA, 0, 0.1},
	}
	a, ok := signature(f.words(strings.Join(base, " "), nil))
	if !ok {
		t.Fatal("no signature for a long text")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ok := signature(f.words(tt.other, nil))
			if !ok {
				t.Fatal("no signature")
			}
			if j := jaccard(&a, &b); j < tt.min || j > tt.max {
				t.Errorf("estimated Jaccard = %.2f, want between %.2f and %.2f", j, tt.min, tt.max)
			}
		})
	}
	if _, ok := signature(f.words("too short to say", nil)); ok {
		t.Error("signature of four words: ok = true, want false")
	}
}
