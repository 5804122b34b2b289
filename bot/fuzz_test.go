package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/relbot/relbot"
)

func FuzzEscape(f *testing.F) {
	for _, s := range []string{
		"", "<!channel>", "<@U123|bob> <#C1|general>", "<https://evil|click>", "&amp;&lt;", "*b* _i_ ~s~ `c`",
		"> quote\n>> more", "\x00\x07\u2028", "\xff\xfe", "Tô Lâm 🇻🇳 & Hun Sen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Escape(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Escape(%q) = %q: invalid UTF-8", s, out)
		}
		if strings.ContainsAny(out, "<>*_~`\x00") {
			t.Fatalf("Escape(%q) = %q: markup characters left", s, out)
		}
		// Every & starts one of the three entities we write.
		for i := strings.IndexByte(out, '&'); i >= 0; i = next(out, i) {
			rest := out[i:]
			if !strings.HasPrefix(rest, "&amp;") && !strings.HasPrefix(rest, "&lt;") && !strings.HasPrefix(rest, "&gt;") {
				t.Fatalf("Escape(%q) = %q: bare & at %d", s, out, i)
			}
		}
		for l := range strings.SplitSeq(out, "\n") {
			if strings.HasPrefix(strings.TrimLeft(l, " \t"), "&gt;") {
				t.Fatalf("Escape(%q) = %q: a line opens a quote", s, out)
			}
		}
		// Escaping is about markup only: the words stay.
		if sh := shorten(out, 50); textLen(sh) > 50 {
			t.Fatalf("shorten(%q, 50) = %q: %d units", out, sh, textLen(sh))
		}
	})
}

func next(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '&')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func FuzzDigestMessages(f *testing.F) {
	f.Add("<!channel> <@U123> *bold* <https://evil|click>", "summary & <b>", "AKP", "https://a.example/x?a=1&b=2", "Phnom Penh", "Tô Lâm", uint8(3))
	f.Add("", "", "", "", "", "", uint8(0))
	f.Add(strings.Repeat("word ", 700), strings.Repeat("longword", 500), strings.Repeat("o", 300), "javascript:x", ">", "|", uint8(120))
	f.Fuzz(func(t *testing.T, title, summary, outlet, u, place, name string, n uint8) {
		d := relbot.Digest{Channel: "C1", Period: "p", Date: time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)}
		n %= 64 // enough items to continue in a thread; more only slows the fuzzer
		for i := range int(n) {
			d.Items = append(d.Items, relbot.DigestItem{
				Title: title, Summary: summary,
				Links: []relbot.Link{{Outlet: outlet, URL: u}, {Outlet: outlet + "2", URL: u}},
			})
			if i%3 == 0 {
				d.Meetings = append(d.Meetings, relbot.Meeting{
					Date: relbot.Date{Year: 2026, Month: 1, Day: 2}, Place: place, Summary: summary,
					Participants: []relbot.Participant{{Slug: "a", Name: name}, {Slug: "b", Name: title}},
					Sources:      []relbot.SourceRef{{URL: u, Outlet: outlet}},
				})
			}
		}
		msgs := DigestMessages(d)
		if n == 0 && msgs != nil {
			t.Fatalf("empty digest gave %d messages", len(msgs))
		}
		if probs := limitProblems(msgs); len(probs) > 0 {
			t.Fatalf("%d problems, first: %s", len(probs), probs[0])
		}
		ans := AnswerMessage(relbot.QueryResult{
			Query: title, Actors: []relbot.Participant{{Slug: "a", Name: name}},
			Meetings: []relbot.MeetingResult{{Date: "2026", Place: &place, Participants: []relbot.Participant{{Slug: "b", Name: title}},
				Summary: summary, Sources: []relbot.SourceRef{{URL: u, Outlet: outlet, Title: title}, {URL: u}, {URL: u}, {URL: u, Title: summary}}}},
			Total: 40,
		}, int(n), int(n))
		if probs := limitProblems([]Message{ans}); len(probs) > 0 {
			t.Fatalf("answer: %d problems, first: %s", len(probs), probs[0])
		}
	})
}
