package story

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/relbot/relbot"
)

// corpus is testdata/corpus.yaml: articles labelled with the event they
// report, and the pairs built to be hard to tell apart.
type corpus struct {
	Articles []struct {
		Key       string `yaml:"key"`
		Story     string `yaml:"story"`
		Outlet    string `yaml:"outlet"`
		Published string `yaml:"published"`
		Title     string `yaml:"title"`
		Text      string `yaml:"text"`
		Meetings  []struct {
			Participants []string    `yaml:"participants"`
			Date         relbot.Date `yaml:"date"`
		} `yaml:"meetings"`
	} `yaml:"articles"`
	HardNegatives []struct {
		A   string `yaml:"a"`
		B   string `yaml:"b"`
		Why string `yaml:"why"`
	} `yaml:"hard_negatives"`
}

type labelled struct {
	doc   Doc
	story string
}

func loadCorpus(t *testing.T) (docs []labelled, hard [][2]string) {
	t.Helper()
	b, err := os.ReadFile("testdata/corpus.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var c corpus
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf("parse corpus: %v", err)
	}
	seen := map[string]string{}
	for _, a := range c.Articles {
		if a.Key == "" || a.Story == "" || a.Outlet == "" || a.Title == "" || a.Text == "" {
			t.Fatalf("article %q: key, story, outlet, title and text are required", a.Key)
		}
		if _, dup := seen[a.Key]; dup {
			t.Fatalf("article key %q repeated", a.Key)
		}
		seen[a.Key] = a.Story
		pub, err := time.Parse(time.RFC3339, a.Published)
		if err != nil {
			t.Fatalf("article %q: %v", a.Key, err)
		}
		d := Doc{Key: a.Key, Outlet: a.Outlet, Title: a.Title, Text: a.Text, Published: pub}
		for _, m := range a.Meetings {
			var ps []relbot.Participant
			for _, s := range m.Participants {
				ps = append(ps, relbot.Participant{Slug: s})
			}
			d.Meetings = append(d.Meetings, relbot.Meeting{Date: m.Date, Participants: ps, Status: relbot.StatusPast})
		}
		docs = append(docs, labelled{d, a.Story})
	}
	for _, h := range c.HardNegatives {
		sa, oka := seen[h.A]
		sb, okb := seen[h.B]
		if !oka || !okb {
			t.Fatalf("hard negative %s–%s names an unknown article", h.A, h.B)
		}
		if sa == sb {
			t.Fatalf("hard negative %s–%s: both are labelled %s", h.A, h.B, sa)
		}
		hard = append(hard, [2]string{h.A, h.B})
	}
	return docs, hard
}

// TestCorpus feeds every article of the labelled corpus through one index in
// publication order, so that the negatives compete for the same stories, and
// checks pairwise precision and recall.
func TestCorpus(t *testing.T) {
	docs, hard := loadCorpus(t)
	slices.SortStableFunc(docs, func(a, b labelled) int { return a.doc.Published.Compare(b.doc.Published) })

	ix := NewIndex(Options{})
	got := map[string]string{}
	for _, d := range docs {
		got[d.doc.Key] = ix.Assign(d.doc)
	}

	var positives, tp, fp, fn int
	var misses []string
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			same := a.story == b.story
			pred := got[a.doc.Key] == got[b.doc.Key]
			if same {
				positives++
			}
			switch {
			case same && pred:
				tp++
			case !same && pred:
				fp++
				misses = append(misses, fmt.Sprintf("false merge %s + %s", a.doc.Key, b.doc.Key))
			case same && !pred:
				fn++
				misses = append(misses, fmt.Sprintf("missed %s + %s", a.doc.Key, b.doc.Key))
			}
		}
	}
	hardWrong := 0
	for _, h := range hard {
		if got[h[0]] == got[h[1]] {
			hardWrong++
		}
	}
	if n := positives + len(hard); n < 60 {
		t.Errorf("corpus has %d labelled pairs (%d positive, %d hard negative), want at least 60", n, positives, len(hard))
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("articles %d, positive pairs %d, hard negative pairs %d", len(docs), positives, len(hard))
	t.Logf("pairwise precision %.3f (%d/%d), recall %.3f (%d/%d), hard negatives merged %d/%d",
		precision, tp, tp+fp, recall, tp, tp+fn, hardWrong, len(hard))
	if len(misses) > 0 {
		t.Logf("errors:\n%s", strings.Join(misses, "\n"))
	}
	if precision < 0.95 {
		t.Errorf("pairwise precision = %.3f, want >= 0.95", precision)
	}
	if recall < 0.85 {
		t.Errorf("pairwise recall = %.3f, want >= 0.85", recall)
	}
}
