package story

import (
	"regexp"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

var idPattern = regexp.MustCompile(`^st-[0-9a-f]{12}$`)

// FuzzAssign feeds arbitrary text through an index: no panic, well-formed
// ids, and an article assigned twice keeps its story.
func FuzzAssign(f *testing.F) {
	f.Add("Việt Nam, Cambodia hold talks", talksA, "Khmer Times", talksB, int64(3600), "2026-11-02")
	f.Add("", "", "", "", int64(0), "")
	f.Add("Đ đ Ɖ", "a b c d e f g h i j k l m n o p", "X", "\xff\xfe\x00 \u0301\u0301 Ａ", int64(-1<<40), "2026-02")
	f.Add("Hồ Chí Minh", "Hồ Chí Minh Hồ Chí Minh Hồ Chí Minh Hồ Chí Minh Hồ Chí Minh Hồ", "Hồ", "Chí Minh", int64(1<<40), "2026")
	f.Fuzz(func(t *testing.T, title, text, title2, text2 string, offset int64, date string) {
		d, _ := relbot.ParseDate(date)
		ms := []relbot.Meeting{{Date: d, Participants: []relbot.Participant{{Slug: "a"}, {Slug: "b"}, {Slug: "a"}, {Slug: ""}}}}
		ix := NewIndex(Options{})
		a := Doc{Key: title, Outlet: "VNA", Title: title, Text: text, Published: t0, Meetings: ms}
		b := Doc{Key: title2 + "\x00", Outlet: title2, Title: title2, Text: text2, Published: t0.Add(time.Duration(offset) * time.Second), Meetings: ms}
		ida := ix.Assign(a)
		idb := ix.Assign(b)
		for _, id := range []string{ida, idb} {
			if !idPattern.MatchString(id) {
				t.Fatalf("story id %q does not match %s", id, idPattern)
			}
		}
		if again := ix.Assign(b); again != idb {
			t.Errorf("second Assign of %q = %q, want %q", b.Key, again, idb)
		}
		ix.Add(Doc{Key: "c", Title: text, Text: title}, ida)
		if n := ix.Len(); n > 3 {
			t.Errorf("Len = %d, want at most 3", n)
		}
	})
}
