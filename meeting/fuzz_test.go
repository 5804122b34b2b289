package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// FuzzExtract feeds the extractor arbitrary text (seeded with the labelled
// articles and short fragments of the forms it reads) and checks what it
// promises whatever the input: no panic, held meetings of two or more
// distinct participants, never dated after publication, and no place for a
// call.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		",",
		"Hồ Chí Minh, Prime Minister",
		"Nguyen Tan Cuong, Chief of the General Staff, met Tea Seiha.",
		"PHNOM PENH, Feb. 6 (AKP) – Hun Manet received Tô Lâm at the Peace Palace last Friday.",
		"The meeting brought together Samdech Techo, H.E. Thongloun Sisoulith and H.E. To Lam.",
		"During the call, Manet mourned the passing of Nguyen Phu Trong, who died on July 19.",
	} {
		f.Add(s)
	}
	for _, dir := range []string{"testdata/corpus", "testdata/heldout"} {
		docs, err := LoadCorpus(dir)
		if err != nil {
			f.Fatal(err)
		}
		for _, d := range docs[:10] {
			f.Add(d.Text)
		}
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		f.Fatal(err)
	}
	x := NewExtractor(g)
	pub := time.Date(2026, 2, 8, 10, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 20000 {
			t.Skip()
		}
		ex := x.Extract(Input{Text: text, Published: pub})
		for _, m := range ex.Meetings {
			if m.Status != relbot.StatusPast {
				continue
			}
			seen := map[string]bool{}
			for _, p := range m.Participants {
				if p.Slug == "" || seen[p.Slug] {
					t.Fatalf("held meeting with an empty or repeated participant: %v", m.Slugs())
				}
				seen[p.Slug] = true
			}
			if len(seen) < 2 {
				t.Fatalf("held meeting of fewer than two: %v", m.Slugs())
			}
			if !m.Date.IsZero() && m.Date.Start().After(relbot.DateOf(pub).Start()) {
				t.Fatalf("held meeting dated %s, after publication", m.Date)
			}
			if m.Kind != relbot.KindInPerson && m.Place != "" {
				t.Fatalf("%s meeting placed in %q", m.Kind, m.Place)
			}
		}
	})
}
