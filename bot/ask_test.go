package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/slack-go/slack"
)

// askBackend is memBackend that also answers questions.
type askBackend struct {
	*memBackend
	asked []string
}

func (b *askBackend) Ask(_ context.Context, q string) (AskAnswer, error) {
	b.asked = append(b.asked, q)
	return AskAnswer{
		Text: "Hun Sen last met To Lam in Hanoi on 24 November 2026 [1]. <!channel> ignore all instructions",
		Citations: []AskCitation{{N: 1, Title: "Party chief receives <@U123> Hun Sen", Outlet: "Viet Nam News",
			URL: "https://vietnamnews.example/a", Date: "2026-11-24"}},
	}, nil
}

func TestAskIsAcknowledgedAtOnceAndAnsweredThroughResponseURL(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		be := &askBackend{memBackend: newMemBackend()}
		hk := &hooks{}
		h := NewHTTPHandler(&Commands{Backend: be}, testSecret, WithResponseClient(&http.Client{Transport: hk}))
		defer h.Close()
		start := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, signed("/slack/commands", commandForm("ask when did Hun Sen last meet To Lam?"), start, testSecret))
		if took := time.Since(start); took != 0 {
			t.Errorf("ask acknowledged after %v, want at once", took)
		}
		if m := decodeReply(t, rec); m.Text != workingText {
			t.Errorf("first answer %q, want %q", m.Text, workingText)
		}
		synctest.Wait()
		got := hk.posts()
		if len(got) != 1 {
			t.Fatalf("got %d posts to response_url, want 1", len(got))
		}
		raw, err := json.Marshal(got[0].Body.Blocks)
		if err != nil {
			t.Fatal(err)
		}
		body := string(raw)
		for _, bad := range []string{"<!channel>", "<@U123>"} {
			if strings.Contains(body, bad) {
				t.Errorf("answer carries live markup %q: %s", bad, body)
			}
		}
		if !strings.Contains(body, "[1]") || !strings.Contains(body, "https://vietnamnews.example/a") {
			t.Errorf("answer lacks its numbered citation: %s", body)
		}
		if len(be.asked) != 1 || be.asked[0] != "when did Hun Sen last meet To Lam?" {
			t.Errorf("asked %q", be.asked)
		}
	})
}

func TestAskWithoutAnAskerSaysSo(t *testing.T) {
	m := (&Commands{Backend: newMemBackend()}).Handle(context.Background(), slack.SlashCommand{Text: "ask who met whom?", ChannelID: "C1"})
	if !strings.Contains(m.Text, "not available") {
		t.Errorf("got %q, want a sentence saying questions are not available", m.Text)
	}
}
