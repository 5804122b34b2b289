package meeting

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// realArticles is the folder of real articles shared beside the repository;
// they are read at run time and never copied into the repository.
var realArticles = filepath.Join("..", "..", "shared", "articles")

func TestRealArticles(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(realArticles, "index.json"))
	if err != nil {
		t.Skipf("real articles not available at %s (they live beside the repository, not in it): %v", realArticles, err)
	}
	var index []struct {
		File, Outlet, Title, Published string
	}
	if err := json.Unmarshal(b, &index); err != nil {
		t.Fatalf("index.json: %v", err)
	}
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	var held []relbot.Meeting
	for _, it := range index {
		text, err := os.ReadFile(filepath.Join(realArticles, it.File))
		if err != nil {
			t.Fatal(err)
		}
		pub, err := time.Parse(time.RFC3339, it.Published)
		if err != nil {
			t.Fatalf("%s: %v", it.File, err)
		}
		ex := x.Extract(Input{URL: "file:" + it.File, Outlet: it.Outlet, Title: it.Title, Text: string(text), Published: pub})
		for _, m := range ex.Meetings {
			t.Logf("%s: %s %v %s %q %s", it.File, m.Status, m.Slugs(), m.Date, m.Place, m.Kind)
			if m.Status == relbot.StatusPast {
				held = append(held, m)
			}
		}
	}
	want := []struct{ date, place string }{
		{"2025-04-29", "Ho Chi Minh City"},
		{"2026-02-06", "Phnom Penh"},
	}
	for _, w := range want {
		found := false
		for _, m := range held {
			if m.Has("to-lam") && m.Has("hun-sen") && m.Date.String() == w.date && m.Place == w.place && m.Kind == relbot.KindInPerson {
				found = true
				if m.Summary == "" || len(m.Sources) != 1 || m.Sources[0].URL == "" {
					t.Errorf("meeting of %s: summary %q, sources %v; want a summary and one source", w.date, m.Summary, m.Sources)
				}
			}
		}
		if !found {
			t.Errorf("no held Tô Lâm–Hun Sen meeting on %s in %s", w.date, w.place)
		}
	}
	for _, m := range held {
		if m.Date.Year == 2025 && m.Date.Month == time.February {
			t.Errorf("held meeting %v dated %s: the February 2025 tripartite meeting is only recalled", m.Slugs(), m.Date)
		}
	}
	if len(held) != 2 {
		t.Errorf("held meetings = %d, want 2 (one per article)", len(held))
	}
}
