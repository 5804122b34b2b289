package meeting

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/relbot/relbot"
)

// An actor learned from one article (an ambassador of Viet Nam to Laos) is
// found by its name in another, never by an office many hold: collect
// understands articles in any order, and the extraction of one must not
// depend on which others came first.
func TestLearnedActorNotFoundByRole(t *testing.T) {
	docs, err := LoadCorpus(filepath.Join("testdata", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]CorpusDoc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	teacher, ok1 := byID["046-kpl-governor-receives-ambassador"]
	learner, ok2 := byID["013-akp-ambassador-courtesy-call-hun-sen"]
	if !ok1 || !ok2 {
		t.Fatal("the corpus lacks the two articles this test reads")
	}
	extract := func(x *Extractor, d CorpusDoc) Extraction {
		return x.Extract(Input{Text: d.Text, Published: d.Published})
	}
	alone := extract(embeddedExtractor(t), learner)

	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	learned := extract(x, teacher).NewActors
	if !slices.ContainsFunc(learned, func(a relbot.Actor) bool { return a.Slug == "nguyen-minh-tam" }) {
		t.Fatalf("the first article taught %v, want nguyen-minh-tam among them", learned)
	}
	for _, a := range learned {
		g.Add(a)
	}
	after := extract(x, learner)
	if len(after.Meetings) != len(alone.Meetings) {
		t.Fatalf("%d meetings after learning, %d alone", len(after.Meetings), len(alone.Meetings))
	}
	for i := range after.Meetings {
		if got, want := after.Meetings[i].Slugs(), alone.Meetings[i].Slugs(); !slices.Equal(got, want) {
			t.Errorf("meeting %d: %v after learning an ambassador elsewhere, %v alone", i, got, want)
		}
	}
}
