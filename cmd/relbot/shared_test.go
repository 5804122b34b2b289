package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// sharedArticles is the folder of real articles beside the project root; it
// is absent on a user's machine.
const sharedArticles = "../../../shared/articles"

type sharedEntry struct {
	File      string `json:"file"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

// TestSharedArticlesThroughTheCLI builds a file:// RSS feed of the real
// articles (full text in content:encoded), collects it and asks for Hun Sen,
// as a user would.
func TestSharedArticlesThroughTheCLI(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedArticles, "index.json"))
	if err != nil {
		t.Skipf("real articles not available (%v): this test runs only beside ../shared/articles", err)
	}
	var entries []sharedEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Shared</title>`)
	for _, e := range entries {
		text, err := os.ReadFile(filepath.Join(sharedArticles, e.File))
		if err != nil {
			t.Fatal(err)
		}
		pub, err := time.Parse(time.RFC3339, e.Published)
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, p := range strings.Split(string(text), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, "<p>"+html.EscapeString(p)+"</p>")
			}
		}
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://news.example/%s</link><guid>%s</guid><pubDate>%s</pubDate><content:encoded><![CDATA[%s]]></content:encoded></item>",
			html.EscapeString(e.Title), e.File, e.File, pub.Format(time.RFC1123Z), strings.Join(paras, "\n"))
	}
	b.WriteString("</channel></rss>")
	dir := t.TempDir()
	feedPath := filepath.Join(dir, "shared.xml")
	if err := os.WriteFile(feedPath, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, envVars: map[string]string{}}
	w.setClock(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	w.cfgPath = filepath.Join(dir, "relbot.yaml")
	cfg := fmt.Sprintf("database: %s\ntimezone: Asia/Ho_Chi_Minh\nsources:\n  - name: Viet Nam News\n    url: file://%s\n",
		filepath.Join(dir, "relbot.db"), feedPath)
	if err := os.WriteFile(w.cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	code, out, stderr := w.relbot("query", "--json", "hun-sen")
	if code != 0 {
		t.Fatalf("query exit %d: %s", code, stderr)
	}
	var res relbot.QueryResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"2025-04-29": "Ho Chi Minh City", "2026-02-06": "Phnom Penh"}
	got := map[string]string{}
	for _, m := range res.Meetings {
		place := ""
		if m.Place != nil {
			place = *m.Place
		}
		if !containsSlug(m.Participants, "to-lam") {
			t.Errorf("meeting %s lacks Tô Lâm: %+v", m.Date, m.Participants)
		}
		if len(m.Sources) == 0 {
			t.Errorf("meeting %s has no source", m.Date)
		}
		if strings.HasPrefix(m.Date, "2025-02") {
			t.Errorf("background mention became a meeting: %+v", m)
		}
		got[m.Date] = place
	}
	for date, place := range want {
		if got[date] != place {
			t.Errorf("meeting on %s: place %q, want %q (all: %v)", date, got[date], place, got)
		}
	}
}

func containsSlug(ps []relbot.Participant, slug string) bool {
	for _, p := range ps {
		if p.Slug == slug {
			return true
		}
	}
	return false
}
