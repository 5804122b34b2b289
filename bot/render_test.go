package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares v, as indented JSON, with testdata/name.golden.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep <url|text> readable in the files
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from golden file (-want +got):\n%s", name, diff)
	}
}

// goldenMessages is what the golden files hold: per message, the fallback
// text and the blocks as Slack gets them.
func goldenMessages(msgs []Message) any {
	type gm struct {
		Text   string        `json:"text"`
		Blocks []slack.Block `json:"blocks"`
	}
	out := make([]gm, len(msgs))
	for i, m := range msgs {
		out[i] = gm{m.Text, m.Blocks}
	}
	return out
}

var ict = time.FixedZone("ICT", 7*3600)

func ptr(s string) *string { return &s }

// sampleDigest is a small digest written for these tests.
func sampleDigest() relbot.Digest {
	return relbot.Digest{
		Channel: "C0123456789",
		Period:  "2026-12-01T07:00:00+07:00",
		Date:    time.Date(2026, 12, 1, 7, 0, 0, 0, ict),
		Items: []relbot.DigestItem{
			{
				Story:   "s1",
				Title:   "Prime ministers open a new border gate & trade fair",
				Summary: "The two governments opened a crossing for freight and agreed to meet again in spring.",
				Links: []relbot.Link{
					{Outlet: "Viet Nam News", URL: "https://news.example/vn/border-gate?id=7&lang=en", Title: "Border gate opens"},
					{Outlet: "AKP", URL: "https://akp.example/en/123", Title: "New gate"},
				},
			},
			{
				Story:   "s2",
				Title:   "Ministers discuss rail link",
				Summary: "",
				Links:   []relbot.Link{{Outlet: "Local Radio", URL: ""}},
			},
		},
		Meetings: []relbot.Meeting{
			{
				Date: relbot.Date{Year: 2026, Month: 11, Day: 30}, Place: "Phnom Penh", Kind: relbot.KindInPerson,
				Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-manet", Name: "Hun Manet"}},
				Summary:      "They reviewed the border gate and rail plans.",
				Sources:      []relbot.SourceRef{{URL: "https://akp.example/en/123", Outlet: "AKP"}},
			},
			{
				Date: relbot.Date{Year: 2026, Month: 11}, Kind: relbot.KindPhone,
				Participants: []relbot.Participant{{Slug: "pham-minh-chinh", Name: "Phạm Minh Chính"}, {Slug: "hun-manet", Name: "Hun Manet"}},
			},
		},
	}
}

func sampleAnswer() relbot.QueryResult {
	return relbot.QueryResult{
		Query:  "hun-sen",
		Actors: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}},
		Meetings: []relbot.MeetingResult{
			{
				Date: "2025-04-29", Place: ptr("Ho Chi Minh City"), Kind: relbot.KindInPerson,
				Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-sen", Name: "Hun Sen"}},
				Summary:      "The two leaders spoke about party ties and a common history.",
				Sources:      []relbot.SourceRef{{URL: "https://news.example/vn/1", Outlet: "Viet Nam News", Title: "Leaders meet"}},
			},
			{
				Date: "2026-02-06", Place: ptr("Phnom Penh"), Kind: relbot.KindInPerson,
				Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-sen", Name: "Hun Sen"}},
				Summary:      "A state visit with talks on trade and the border.",
				Sources: []relbot.SourceRef{
					{URL: "https://akp.example/en/1", Outlet: "AKP", Title: "State visit"},
					{URL: "https://news.example/vn/2", Outlet: "Viet Nam News", Title: "Visit"},
					{URL: "https://radio.example/3", Outlet: "Radio", Title: "Visit report"},
					{URL: "https://paper.example/4", Outlet: "Paper", Title: "Visit, day two"},
				},
			},
			{
				Date: "2026-03", Kind: relbot.KindPhone,
				Participants: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}, {Slug: "sonexay-siphandone", Name: "Sonexay Siphandone"}},
				Summary:      "A call about flood relief.",
			},
		},
		Total: 3,
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		msgs []Message
	}{
		{"digest", DigestMessages(sampleDigest())},
		{"answer", []Message{AnswerMessage(sampleAnswer(), 0, 2)}},
		{"answer_page2", []Message{AnswerMessage(sampleAnswer(), 2, 2)}},
		{"answer_suggestions", []Message{AnswerMessage(relbot.QueryResult{
			Query: "hun", Actors: []relbot.Participant{}, Meetings: []relbot.MeetingResult{},
			Suggestions: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}, {Slug: "hun-manet", Name: "Hun Manet"}},
		}, 0, 10)}},
		{"answer_unknown", []Message{AnswerMessage(relbot.QueryResult{Query: "nobody <!here>"}, 0, 10)}},
		{"help", []Message{HelpMessage()}},
		{"error_bad_query", []Message{ErrorMessage(fmt.Errorf("parse query: %w: unknown filter %q; use since:, until:, place: or kind:", relbot.ErrBadQuery, "at:"))}},
		{"error_internal", []Message{ErrorMessage(errors.New("store: database is locked"))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if probs := limitProblems(tt.msgs); len(probs) > 0 {
				t.Errorf("limits: %s", strings.Join(probs, "\n"))
			}
			golden(t, tt.name, goldenMessages(tt.msgs))
		})
	}
}

// vocab is the word list of the generated texts, so that a word cut in the
// middle shows up as a word not in it.
var vocab = strings.Fields(`leaders ministers discussed agreed border trade cooperation investment ties delegation
	visit province talks security rail link energy education students Lâm Chính Manet Phnom Penh Hanoi Vientiane
	partnership memorandum signed friendship ceremony airport economic corridor customs river bridge`)

func vocabSet() map[string]bool {
	m := map[string]bool{"Meetings": true, "reported": true, "more": true, "others": true}
	for _, w := range vocab {
		m[w] = true
	}
	return m
}

func words(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = vocab[r.IntN(len(vocab))]
	}
	return strings.Join(w, " ")
}

// bigDigest has n items of varied, sometimes over-long, fields.
func bigDigest(n int, seed uint64) relbot.Digest {
	r := rand.New(rand.NewPCG(seed, 1))
	d := relbot.Digest{Channel: "C1", Period: "p", Date: time.Date(2026, 12, 1, 7, 0, 0, 0, ict)}
	for i := range n {
		it := relbot.DigestItem{
			Title:   words(r, 3+r.IntN(120)), // up to ~1,000 characters
			Summary: words(r, r.IntN(900)),   // up to ~8,000 characters
		}
		for j := range 1 + r.IntN(40) {
			it.Links = append(it.Links, relbot.Link{
				Outlet: words(r, 1+r.IntN(4)),
				URL:    fmt.Sprintf("https://outlet%d.example/story/%d?a=1&b=%d", j, i, j),
			})
		}
		d.Items = append(d.Items, it)
	}
	for i := range n / 3 {
		m := relbot.Meeting{
			Date: relbot.Date{Year: 2026, Month: time.Month(1 + i%12), Day: 1 + i%28}, Place: words(r, 1),
			Kind: relbot.KindInPerson, Summary: words(r, r.IntN(200)),
			Sources: []relbot.SourceRef{{URL: fmt.Sprintf("https://m.example/%d", i), Outlet: words(r, 2)}},
		}
		for range 2 + r.IntN(12) {
			m.Participants = append(m.Participants, relbot.Participant{Slug: "x", Name: words(r, 2)})
		}
		d.Meetings = append(d.Meetings, m)
	}
	return d
}

func bigAnswer(n int, seed uint64) relbot.QueryResult {
	r := rand.New(rand.NewPCG(seed, 2))
	q := relbot.QueryResult{Query: "hun-sen", Actors: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}}, Total: n}
	for i := range n {
		m := relbot.MeetingResult{
			// Newest first, as the store answers; some days repeat.
			Date: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -i/2*9).Format(time.DateOnly), Place: ptr(words(r, 2)), Kind: relbot.KindInPerson,
			Participants: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}},
			Summary:      words(r, r.IntN(300)),
		}
		for range r.IntN(12) {
			m.Participants = append(m.Participants, relbot.Participant{Slug: relbot.Slugify(words(r, 2)), Name: words(r, 2)})
		}
		for j := range r.IntN(9) {
			m.Sources = append(m.Sources, relbot.SourceRef{URL: fmt.Sprintf("https://s%d.example/%d", j, i), Outlet: words(r, 2), Title: words(r, 12)})
		}
		if i%7 == 0 {
			m.Kind, m.Place = relbot.KindVirtual, nil
		}
		q.Meetings = append(q.Meetings, m)
	}
	return q
}

func TestDigestOf150ItemsWithinLimits(t *testing.T) {
	for seed := range uint64(5) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			d := bigDigest(150, seed)
			msgs := DigestMessages(d)
			if probs := limitProblems(msgs); len(probs) > 0 {
				t.Fatalf("%d problems, first: %s", len(probs), strings.Join(probs[:min(5, len(probs))], "\n"))
			}
			if cut := cutWords(msgs, vocabSet()); len(cut) > 0 {
				t.Errorf("words cut mid-word before …: %q", cut)
			}
			// Every item and every meeting is there, once, in order.
			var sections []string
			for _, m := range msgs {
				for _, b := range m.Blocks {
					if s, ok := b.(*slack.SectionBlock); ok {
						sections = append(sections, s.Text.Text)
					}
				}
			}
			if got, min := len(sections), len(d.Items)+1; got < min {
				t.Fatalf("got %d sections, want at least %d (items + meetings)", got, min)
			}
			for i, it := range d.Items {
				if want := safeURL(it.Links[0].URL); !strings.HasPrefix(sections[i], "*<"+want+"|") {
					t.Errorf("section %d = %.80q…, want the link of item %d (%s)", i, sections[i], i, want)
				}
			}
			meetingLines := strings.Count(strings.Join(sections[len(d.Items):], "\n"), "• *")
			if meetingLines != len(d.Meetings) {
				t.Errorf("got %d meeting lines, want %d", meetingLines, len(d.Meetings))
			}
			if len(msgs) < 4 {
				t.Errorf("150 items in %d messages: want the digest continued in the thread", len(msgs))
			}
		})
	}
}

func TestAnswerOf300MeetingsPaged(t *testing.T) {
	r := bigAnswer(300, 7)
	seen := map[string]int{}
	offset := 0
	pages := 0
	for {
		m := AnswerMessage(r, offset, 10)
		pages++
		if probs := limitProblems([]Message{m}); len(probs) > 0 {
			t.Fatalf("page at %d: %s", offset, strings.Join(probs, "\n"))
		}
		if cut := cutWords([]Message{m}, vocabSet()); len(cut) > 0 {
			t.Errorf("page at %d: words cut: %q", offset, cut)
		}
		for _, b := range m.Blocks[1:] {
			if s, ok := b.(*slack.SectionBlock); ok {
				seen[s.Text.Text]++
			}
		}
		next := -1
		for _, b := range m.Blocks {
			if a, ok := b.(*slack.ActionBlock); ok {
				for _, e := range a.Elements.ElementSet {
					if btn, ok := e.(*slack.ButtonBlockElement); ok && btn.ActionID == actionMore {
						p, err := decodePage(btn.Value)
						if err != nil {
							t.Fatal(err)
						}
						if p.Query != r.Query {
							t.Errorf("More carries query %q, want %q", p.Query, r.Query)
						}
						next = p.Offset
					}
				}
			}
		}
		if next < 0 {
			break
		}
		if next != offset+10 {
			t.Fatalf("More after offset %d points at %d, want %d", offset, next, offset+10)
		}
		offset = next
		if pages > 40 {
			t.Fatal("paging does not end")
		}
	}
	if pages != 30 {
		t.Errorf("got %d pages, want 30", pages)
	}
	if len(seen) != 300 {
		t.Errorf("got %d distinct meetings over all pages, want 300", len(seen))
	}
}

func TestAnswerNewestFirstAndOthers(t *testing.T) {
	m := AnswerMessage(sampleAnswer(), 0, 10)
	var dates []string
	for _, b := range m.Blocks[1:] {
		if s, ok := b.(*slack.SectionBlock); ok {
			dates = append(dates, strings.SplitN(s.Text.Text, "*", 3)[1])
			if strings.Contains(s.Text.Text, "with Hun Sen") {
				t.Errorf("the queried actor is listed among the others: %q", s.Text.Text)
			}
		}
	}
	if diff := cmp.Diff([]string{"2026-03", "2026-02-06", "2025-04-29"}, dates); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestAnswerAcceptsAPageOrEverything(t *testing.T) {
	all := bigAnswer(25, 3)
	page := all
	page.Meetings = all.Meetings[10:20]
	full := AnswerMessage(all, 10, 10)
	paged := AnswerMessage(page, 10, 10)
	if diff := cmp.Diff(full.Text, paged.Text); diff != "" {
		t.Errorf("a full list and its page render differently (-full +page):\n%s", diff)
	}
	if !strings.Contains(full.Text, "11–20 of 25") {
		t.Errorf("Text = %q, want 11–20 of 25", full.Text)
	}
}

func TestHostileTitleRendersLiterally(t *testing.T) {
	const hostile = "<!channel> <@U123> *bold* <https://evil|click>"
	d := sampleDigest()
	d.Items[0].Title = hostile
	d.Items[0].Summary = hostile + " <!here> <!everyone> <#C123|general> &lt;!channel&gt;"
	d.Items[0].Links[0].Outlet = hostile
	d.Meetings[0].Participants[0].Name = hostile
	d.Meetings[0].Summary = hostile
	a := sampleAnswer()
	a.Meetings[0].Summary = hostile
	a.Meetings[0].Participants[0].Name = hostile
	a.Meetings[1].Sources[0].Outlet = hostile
	a.Meetings[1].Sources[0].Title = hostile
	msgs := append(DigestMessages(d), AnswerMessage(a, 0, 10))

	if probs := limitProblems(msgs); len(probs) > 0 {
		t.Fatalf("outside markup got through:\n%s", strings.Join(probs, "\n"))
	}
	raw, _ := json.Marshal(goldenMessages(msgs))
	out := string(raw)
	for _, bad := range []string{"<!", "<@", "<#", "<https://evil"} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("output contains %q: …%s…", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	// plain_text shows "*bold*" as written; in mrkdwn it must not format.
	for _, m := range msgs {
		for _, b := range m.Blocks {
			if s, ok := b.(*slack.SectionBlock); ok && strings.Contains(s.Text.Text, "*bold*") {
				t.Errorf("mrkdwn would format *bold*: %q", s.Text.Text)
			}
		}
	}
	// What stays: our links, and the title as readable text.
	for _, want := range []string{
		`\u003chttps://news.example/vn/border-gate?id=7\u0026amp;lang=en|`,
		`\u0026lt;!channel\u0026gt; \u0026lt;@U123\u0026gt; ∗bold∗ \u0026lt;https://evil∣click\u0026gt;`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"<!channel>", "&lt;!channel&gt;"},
		{"<@U123|bob>", "&lt;@U123|bob&gt;"},
		{"A & B", "A &amp; B"},
		{"&lt; already", "&amp;lt; already"},
		{"*bold* _it_ ~st~ `code`", "∗bold∗ ˍitˍ ∼st∼ ˋcodeˋ"},
		{"> quoted\n  > again\na > b", "› quoted\n  › again\na &gt; b"},
		{"bell\x07 and nul\x00 and tab\t", "bell and nul and tab\t"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Tô Lâm 🇻🇳", "Tô Lâm 🇻🇳"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"one two three four", 14, "one two three…"},
		{"one, two three", 6, "one…"},
		{"abcdefghij", 5, "abcd…"},
		{"ab &amp; cd", 6, "ab…"},
		{"abcd&amp;efgh", 7, "abcd…"},
		{"🇻🇳🇻🇳🇻🇳 end", 6, "🇻🇳…"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := shorten(tt.in, tt.limit)
			if got != tt.want {
				t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
			if textLen(got) > tt.limit {
				t.Errorf("shorten(%q, %d) = %q, %d units long", tt.in, tt.limit, got, textLen(got))
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/x?y=1&z=2", "https://a.example/x?y=1&amp;z=2"},
		{"http://a.example/a|b>c", "http://a.example/a%7Cb%3Ec"},
		{"javascript:alert(1)", ""},
		{"https://user:pw@a.example/", ""},
		{"/relative", ""},
		{"https://a.example/with space", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := safeURL(tt.in); got != tt.want {
				t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"internal", errors.New("store: disk I/O error at /var/lib/relbot.db"), internalErrText},
		{"nil", nil, internalErrText},
		{"bad query after sentinel", fmt.Errorf("%w: unknown filter \"at:\"", relbot.ErrBadQuery), `Unknown filter "at:".`},
		{"bad query before sentinel", fmt.Errorf("since:2025-13 is not a date: %w", fmt.Errorf("meeting: %w", relbot.ErrBadQuery)), "Since:2025-13 is not a date."},
		{"bad query wrapped", fmt.Errorf("query %q: %w", "x", badQuery("say what to follow")), "Say what to follow."},
		{"bad query escapes", fmt.Errorf("%w: no actor <!channel>", relbot.ErrBadQuery), "No actor &lt;!channel&gt;."},
		{"timeout", fmt.Errorf("query: %w", errors.Join(errors.New("sql"), context.DeadlineExceeded)), "That took too long to answer; please try again in a minute."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ErrorMessage(tt.err)
			if got.Text != tt.want {
				t.Errorf("ErrorMessage(%v).Text = %q, want %q", tt.err, got.Text, tt.want)
			}
			if probs := limitProblems([]Message{got}); len(probs) > 0 {
				t.Errorf("limits: %q", probs)
			}
		})
	}
}

func TestEmptyDigestIsNoMessage(t *testing.T) {
	if got := DigestMessages(relbot.Digest{Channel: "C1"}); got != nil {
		t.Errorf("DigestMessages(empty) = %d messages, want none", len(got))
	}
}

// BenchmarkAnswer renders one page of an answer for an actor with 300
// meetings: as Backend.Query returns it (the page), and from the whole list.
func BenchmarkAnswer(b *testing.B) {
	all := bigAnswer(300, 1)
	b.Run("page", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			off := (i * 10) % 300
			r := all
			r.Meetings = all.Meetings[off : off+10]
			if m := AnswerMessage(r, off, 10); len(m.Blocks) != 12 {
				b.Fatalf("%d blocks", len(m.Blocks))
			}
		}
	})
	b.Run("full list", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if m := AnswerMessage(all, (i*10)%300, 10); len(m.Blocks) != 12 {
				b.Fatalf("%d blocks", len(m.Blocks))
			}
		}
	})
}

func TestAnswerShowsACappedTotal(t *testing.T) {
	r := bigAnswer(10, 1)
	r.Total = relbot.CountCap + 1
	m := AnswerMessage(r, 0, 10)
	if !strings.Contains(m.Text, "of 1000+") {
		t.Errorf("text %q, want a capped total", m.Text)
	}
}
