package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// socketAck is what the app sends back over the socket.
type socketAck struct {
	EnvelopeID string    `json:"envelope_id"`
	Payload    slack.Msg `json:"payload"`
}

func TestSocketModeSlashCommand(t *testing.T) {
	acks := make(chan socketAck, 4)
	done := make(chan struct{})
	var once sync.Once
	srv := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/ws", slacktest.Websocket(func(conn *websocket.Conn) {
			first := false
			once.Do(func() { first = true })
			if !first {
				<-done // a reconnect after the test: say nothing
				return
			}
			if err := conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1}); err != nil {
				t.Errorf("write hello: %v", err)
				return
			}
			cmd := map[string]any{
				"command": "/relations", "text": "hun-sen", "channel_id": "C0123456789", "user_id": "U0TEST0001",
				"response_url": "https://hooks.slack.test/commands/1", "trigger_id": "1.2.3",
			}
			env := map[string]any{"type": "slash_commands", "envelope_id": "env-1", "payload": cmd, "accepts_response_payload": true}
			if err := conn.WriteJSON(env); err != nil {
				t.Errorf("write envelope: %v", err)
				return
			}
			for {
				var a socketAck
				if err := conn.ReadJSON(&a); err != nil {
					return
				}
				acks <- a
			}
		}))
	})
	srv.Start()
	defer srv.Stop()

	api := slack.New("xoxb-test", slack.OptionAPIURL(srv.GetAPIURL()))
	ctx, cancel := context.WithCancel(t.Context())
	runErr := make(chan error, 1)
	go func() { runErr <- RunSocketMode(ctx, api, "xapp-test", &Commands{Backend: newMemBackend()}) }()

	var got socketAck
	select {
	case got = <-acks:
	case err := <-runErr:
		t.Fatalf("RunSocketMode ended before answering: %v", err)
	case <-time.After(30 * time.Second): // a deadline for a broken build, not a wait
		t.Fatal("no acknowledgement")
	}
	if got.EnvelopeID != "env-1" {
		t.Errorf("ack for %q, want env-1", got.EnvelopeID)
	}
	if got.Payload.ResponseType != "ephemeral" || !strings.Contains(got.Payload.Text, "Meetings of Hun Sen: 1–10 of 25") {
		t.Errorf("ack payload %q (%s), want the ephemeral first page", got.Payload.Text, got.Payload.ResponseType)
	}
	blocks := got.Payload.Blocks.BlockSet
	if len(blocks) != 12 { // intro, 10 meetings, buttons
		t.Errorf("ack carries %d blocks, want 12", len(blocks))
	}
	raw, _ := json.Marshal(blocks)
	if !strings.Contains(string(raw), actionMore) || !strings.Contains(string(raw), actionShare) {
		t.Errorf("ack blocks lack the More and Share buttons: %s", raw)
	}

	cancel()
	close(done)
	if err := <-runErr; err != nil {
		t.Errorf("RunSocketMode after cancel = %v, want nil", err)
	}
}
