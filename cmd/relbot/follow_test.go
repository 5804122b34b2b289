package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot/bot"
)

// TestFollowChangesOnlyThatChannelsDigest: two channels match "rice"; one of
// them follows hun-sen from Slack, and only its next digest brings the talks.
func TestFollowChangesOnlyThatChannelsDigest(t *testing.T) {
	w := newWorld(t)
	cfg, _ := os.ReadFile(w.cfgPath)
	cfg = []byte(strings.Replace(string(cfg), `digests:
  - channel: C0123456789
    schedule: "0 7 * * *"`, `digests:
  - channel: C0FOLLOW001
    schedule: "0 7 * * *"
    match: [rice]
  - channel: C0FOLLOW002
    schedule: "0 7 * * *"
    match: [rice]`, 1))
	if err := os.WriteFile(w.cfgPath, cfg, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect: %s", stderr)
	}
	a := openWorldApp(t, w, nil)
	commands := &bot.Commands{Backend: backend{a}}
	reply := commands.Handle(context.Background(), slack.SlashCommand{Text: "follow hun-sen", ChannelID: "C0FOLLOW001", UserID: "U1"})
	if !strings.Contains(strings.ToLower(reply.Text), "hun") {
		t.Fatalf("follow answered %q", reply.Text)
	}
	a.Close()

	w.setClock(time.Date(2026, 2, 9, 7, 0, 30, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 {
		t.Fatalf("digest: %s", stderr)
	}
	posted := w.slack.Messages()
	if len(posted) != 2 {
		t.Fatalf("posted %d digests, want one per channel", len(posted))
	}
	var following, other string
	for _, m := range posted {
		text := renderText([]bot.Message{m})
		if strings.Contains(text, "Party chief meets CPP President") {
			following = text
		} else {
			other = text
		}
	}
	if following == "" || !strings.Contains(following, "Rice exports rise") {
		t.Errorf("the following channel's digest should hold the talks and the rice story:\n%s", following)
	}
	if other == "" || !strings.Contains(other, "Rice exports rise") || strings.Contains(other, "CPP President") {
		t.Errorf("the other channel's digest should hold only the rice story:\n%s", other)
	}
}
