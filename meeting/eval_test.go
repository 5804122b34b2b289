package meeting

import (
	"os"
	"path/filepath"
	"testing"
)

// Floors of the labelled corpus: a change that scores lower fails.
const (
	floorPrecision = 0.95
	floorRecall    = 0.90
	floorPlace     = 0.90
)

func TestCorpus(t *testing.T) {
	docs, err := LoadCorpus(filepath.Join("testdata", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(NewExtractor(g), docs)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("docs %d: pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); place %.3f kind %.3f over %d/%d meetings; leaks %v",
		s.Docs, s.Precision, s.Recall, s.F1, s.TruePairs, s.FalsePairs, s.MissedPairs, s.PlaceAccuracy, s.KindAccuracy, s.MatchedGold, s.GoldMeetings, s.Leaks)
	if s.Precision < floorPrecision || s.Recall < floorRecall || s.PlaceAccuracy < floorPlace {
		t.Errorf("below floor: P %.3f (floor %.2f) R %.3f (floor %.2f) place %.3f (floor %.2f)", s.Precision, floorPrecision, s.Recall, floorRecall, s.PlaceAccuracy, floorPlace)
	}
	for why, n := range s.Leaks {
		if n > 0 {
			t.Errorf("%d %s meetings came out as held, want 0", n, why)
		}
	}
}

// Floors of the held-out corpus (testdata/heldout, written apart from the
// extractor): it scores P 1.00, R 1.00, place 1.00 on it; the floors leave
// room for about two pair errors and a place so that only a real regression
// fails.
const (
	heldoutPrecision = 0.97
	heldoutRecall    = 0.97
	heldoutPlace     = 0.97
)

func TestHeldout(t *testing.T) {
	docs, err := LoadCorpus(filepath.Join("testdata", "heldout"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(NewExtractor(g), docs)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("heldout docs %d: pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); place %.3f kind %.3f over %d/%d meetings; leaks %v",
		s.Docs, s.Precision, s.Recall, s.F1, s.TruePairs, s.FalsePairs, s.MissedPairs, s.PlaceAccuracy, s.KindAccuracy, s.MatchedGold, s.GoldMeetings, s.Leaks)
	if s.Precision < heldoutPrecision || s.Recall < heldoutRecall || s.PlaceAccuracy < heldoutPlace {
		t.Errorf("below floor: P %.3f (floor %.2f) R %.3f (floor %.2f) place %.3f (floor %.2f)", s.Precision, heldoutPrecision, s.Recall, heldoutRecall, s.PlaceAccuracy, heldoutPlace)
	}
	if s.PlannedLeaks > 0 {
		t.Errorf("%d planned meetings came out as held, want 0", s.PlannedLeaks)
	}
	for why, n := range s.Leaks {
		if n > 0 {
			t.Errorf("%d %s meetings came out as held, want 0", n, why)
		}
	}
}

// Floors of the second held-out corpus (testdata/heldout2, 54 articles
// written apart from the extractor and from the other two corpora). Before
// the second round of generalisation it scored P 0.79, R 0.82, place 0.97
// with three leaks; after the second round it scored P 0.963, R 0.904,
// place 0.970, and after the third P 0.972, R 0.922, place 0.971, no leak.
// The floors sit just under those figures.
const (
	heldout2Precision = 0.95
	heldout2Recall    = 0.90
	heldout2Place     = 0.95
)

func TestHeldout2(t *testing.T) {
	docs, err := LoadCorpus(filepath.Join("testdata", "heldout2"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(NewExtractor(g), docs)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("heldout2 docs %d: pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); place %.3f kind %.3f over %d/%d meetings; leaks %v",
		s.Docs, s.Precision, s.Recall, s.F1, s.TruePairs, s.FalsePairs, s.MissedPairs, s.PlaceAccuracy, s.KindAccuracy, s.MatchedGold, s.GoldMeetings, s.Leaks)
	if s.Precision < heldout2Precision || s.Recall < heldout2Recall || s.PlaceAccuracy < heldout2Place {
		t.Errorf("below floor: P %.3f (floor %.2f) R %.3f (floor %.2f) place %.3f (floor %.2f)", s.Precision, heldout2Precision, s.Recall, heldout2Recall, s.PlaceAccuracy, heldout2Place)
	}
	if s.PlannedLeaks > 0 {
		t.Errorf("%d planned meetings came out as held, want 0", s.PlannedLeaks)
	}
	for why, n := range s.Leaks {
		if n > 0 {
			t.Errorf("%d %s meetings came out as held, want 0", n, why)
		}
	}
}

// Floors of the third held-out corpus (testdata/heldout3, 52 articles
// written apart from the extractor and from the other corpora). Before the
// third round of generalisation it scored P 0.84, R 0.86, place 0.93 with a
// background and an "other" leak; it now scores P 1.00, R 1.00, place 1.00
// and no leak. It has now been used for tuning too, so the next unseen set
// is the honest check; the floors sit a little under the figures.
const (
	heldout3Precision = 0.97
	heldout3Recall    = 0.97
	heldout3Place     = 0.97
)

func TestHeldout3(t *testing.T) {
	docs, err := LoadCorpus(filepath.Join("testdata", "heldout3"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(NewExtractor(g), docs)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("heldout3 docs %d: pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); place %.3f kind %.3f over %d/%d meetings; leaks %v",
		s.Docs, s.Precision, s.Recall, s.F1, s.TruePairs, s.FalsePairs, s.MissedPairs, s.PlaceAccuracy, s.KindAccuracy, s.MatchedGold, s.GoldMeetings, s.Leaks)
	if s.Precision < heldout3Precision || s.Recall < heldout3Recall || s.PlaceAccuracy < heldout3Place {
		t.Errorf("below floor: P %.3f (floor %.2f) R %.3f (floor %.2f) place %.3f (floor %.2f)", s.Precision, heldout3Precision, s.Recall, heldout3Recall, s.PlaceAccuracy, heldout3Place)
	}
	if s.PlannedLeaks > 0 {
		t.Errorf("%d planned meetings came out as held, want 0", s.PlannedLeaks)
	}
	for why, n := range s.Leaks {
		if n > 0 {
			t.Errorf("%d %s meetings came out as held, want 0", n, why)
		}
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"bad date", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nmeetings:\n  - participants: [a, b]\n    date: \"2026-13\"\n", "month out of range"},
		{"bad published", "id: x\npublished: \"yesterday\"\n", "published"},
		{"unknown key", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nspeaker: y\n", "speaker"},
		{"one participant", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nmeetings:\n  - participants: [a]\n    date: \"2026-02\"\n", "two participants"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "001-x.yaml"), []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadCorpus(dir)
			if err == nil || !contains(err.Error(), tt.want) || !contains(err.Error(), "001-x.yaml") {
				t.Errorf("LoadCorpus error = %v, want one naming the file and %q", err, tt.want)
			}
		})
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (s == sub || indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
