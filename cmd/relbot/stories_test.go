package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Three outlets' reports of one meeting, written for this test.
var sameMeeting = map[string]struct{ title, text string }{
	"Mekong Wire": {"Party chief holds talks with Cambodian PM in Phnom Penh",
		`PHNOM PENH, March 3 – Party General Secretary Tô Lâm held talks with Prime Minister Hun Manet in Phnom Penh on Tuesday. The two leaders agreed to complete the demarcation of the land border, to open two new border gates and to raise two-way trade to twenty billion US dollars. Lâm said the friendship between Viet Nam and Cambodia was a precious asset. Hun Manet thanked Viet Nam for its support and said Cambodia wanted closer cooperation in energy and transport.`},
	"Khmer Daily": {"Hun Manet, To Lam agree on border gates and trade target",
		`Prime Minister Hun Manet and visiting Vietnamese party chief To Lam agreed on Tuesday in Phnom Penh to open two new border gates, finish marking the land border and lift bilateral trade to 20 billion dollars. Hun Manet said Cambodia valued Viet Nam's support and hoped for more cooperation in transport and energy, while To Lam called the friendship between the two countries a precious asset.`},
	"Lao Courier": {"Vietnamese, Cambodian leaders meet in Phnom Penh",
		`Vietnamese party leader To Lam met Cambodian Prime Minister Hun Manet in Phnom Penh on Tuesday, where the two sides agreed to open new border gates, complete border demarcation and raise trade between Viet Nam and Cambodia to twenty billion dollars, according to reports from both capitals.`},
}

func writeOneItemFeed(t *testing.T, path, outlet string, n int) {
	t.Helper()
	r := sameMeeting[outlet]
	slug := strings.ToLower(strings.ReplaceAll(outlet, " ", "-"))
	feed := fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>%s</title>
<item><title>%s</title><link>https://%s.example/news/%d</link><guid>%s-%d</guid><pubDate>Tue, 03 Mar 2026 18:00:00 +0700</pubDate><content:encoded><![CDATA[<p>%s</p>]]></content:encoded></item>
</channel></rss>`, outlet, r.title, slug, n, slug, n, r.text)
	if err := os.WriteFile(path, []byte(feed), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestOneDigestItemPerStoryAndNoRepostForALateOutlet(t *testing.T) {
	dir := t.TempDir()
	slackSrv := newRecordingSlack()
	t.Cleanup(slackSrv.Close)
	paths := map[string]string{}
	var sources strings.Builder
	for _, outlet := range []string{"Mekong Wire", "Khmer Daily", "Lao Courier"} {
		paths[outlet] = filepath.Join(dir, strings.ReplaceAll(outlet, " ", "")+".xml")
		fmt.Fprintf(&sources, "  - name: %s\n    url: file://%s\n", outlet, paths[outlet])
	}
	// The late outlet's feed is empty at first.
	os.WriteFile(paths["Lao Courier"], []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Lao Courier</title></channel></rss>`), 0o600)
	writeOneItemFeed(t, paths["Mekong Wire"], "Mekong Wire", 1)
	writeOneItemFeed(t, paths["Khmer Daily"], "Khmer Daily", 1)
	w := &world{t: t, slack: slackSrv, envVars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-stories"}}
	w.cfgPath = filepath.Join(dir, "relbot.yaml")
	cfg := fmt.Sprintf("database: %s\ntimezone: Asia/Ho_Chi_Minh\nsources:\n%sdigests:\n  - channel: C0STORIES01\n    schedule: \"0 7 * * *\"\nslack:\n  api_url: %s/api/\n",
		filepath.Join(dir, "relbot.db"), sources.String(), slackSrv.URL)
	if err := os.WriteFile(w.cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	w.setClock(time.Date(2026, 3, 3, 20, 0, 0, 0, ict))
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	w.setClock(time.Date(2026, 3, 4, 7, 0, 10, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("digest exit %d: %s", code, stderr)
	}
	posted := slackSrv.Messages()
	if len(posted) != 1 {
		t.Fatalf("posted %d messages, want 1", len(posted))
	}
	text := renderText(posted)
	if strings.Count(text, "Phnom Penh") == 0 || !strings.Contains(text, "Mekong Wire · Khmer Daily") && !strings.Contains(text, "Khmer Daily · Mekong Wire") {
		t.Fatalf("want one item linking both outlets:\n%s", text)
	}
	if items := strings.Count(text, "<https://"); items != 2 {
		t.Errorf("digest has %d links, want the two outlets of one item:\n%s", items, text)
	}

	// A third outlet reports the same meeting a day later: same story, no second post.
	writeOneItemFeed(t, paths["Lao Courier"], "Lao Courier", 1)
	w.setClock(time.Date(2026, 3, 4, 12, 0, 0, 0, ict))
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	w.setClock(time.Date(2026, 3, 5, 7, 0, 10, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("digest exit %d: %s", code, stderr)
	}
	if n := len(slackSrv.Messages()); n != 1 {
		t.Fatalf("the late outlet caused another post: %d messages\n%s", n, renderText(slackSrv.Messages()[1:]))
	}

	// The export puts all three articles in one story.
	code, out, stderr := w.relbot("export")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	stories := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v struct{ Type, Outlet, Story string }
		json.Unmarshal([]byte(line), &v)
		if v.Type == "article" {
			stories[v.Outlet] = v.Story
		}
	}
	if len(stories) != 3 || stories["Lao Courier"] == "" || stories["Lao Courier"] != stories["Mekong Wire"] || stories["Khmer Daily"] != stories["Mekong Wire"] {
		t.Errorf("stories = %v, want one story for the three reports", stories)
	}
}
