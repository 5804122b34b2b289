package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/slack-go/slack"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// signed builds a request signed the way Slack signs: v0:timestamp:body.
func signed(path, body string, ts time.Time, secret string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

func commandForm(text string) string {
	return url.Values{
		"command": {"/relations"}, "text": {text}, "channel_id": {"C0123456789"}, "user_id": {"U0TEST0001"},
		"team_id": {"T0TEST0001"}, "response_url": {"https://hooks.slack.test/commands/T1/1/abc"}, "trigger_id": {"1.2.3"},
	}.Encode()
}

// webhook is one post to a response_url.
type webhook struct {
	URL  string
	Body slack.WebhookMessage
	Raw  map[string]any
}

// hooks records posts to response URLs in memory: no network at all.
type hooks struct {
	mu   sync.Mutex
	got  []webhook
	fail bool
}

func (h *hooks) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, err
	}
	var w webhook
	w.URL = req.URL.String()
	if err := json.Unmarshal(body, &w.Body); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(body, &w.Raw); err != nil {
		return nil, err
	}
	h.mu.Lock()
	h.got = append(h.got, w)
	h.mu.Unlock()
	return &http.Response{StatusCode: http.StatusOK, Body: io.NopCloser(strings.NewReader("ok")), Header: http.Header{}, Request: req}, nil
}

func (h *hooks) posts() []webhook {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]webhook(nil), h.got...)
}

func decodeReply(t *testing.T, rec *httptest.ResponseRecorder) slack.Msg {
	t.Helper()
	var m slack.Msg
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("decode answer %q: %v", rec.Body.String(), err)
	}
	return m
}

func TestHTTPSignatureAndTimestamp(t *testing.T) {
	tests := []struct {
		name   string
		req    func(now time.Time) *http.Request
		status int
	}{
		{"signed", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm("hun-sen"), now, testSecret)
		}, http.StatusOK},
		{"signed four minutes ago", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm("hun-sen"), now.Add(-4*time.Minute), testSecret)
		}, http.StatusOK},
		{"wrong secret", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm("hun-sen"), now, "another-secret")
		}, http.StatusUnauthorized},
		{"stale timestamp", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm("hun-sen"), now.Add(-5*time.Minute-time.Second), testSecret)
		}, http.StatusUnauthorized},
		{"future timestamp", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm("hun-sen"), now.Add(6*time.Minute), testSecret)
		}, http.StatusUnauthorized},
		{"tampered body", func(now time.Time) *http.Request {
			r := signed("/slack/commands", commandForm("hun-sen"), now, testSecret)
			r.Body = io.NopCloser(strings.NewReader(commandForm("follow x")))
			return r
		}, http.StatusUnauthorized},
		{"unsigned", func(now time.Time) *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(commandForm("hun-sen")))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}, http.StatusUnauthorized},
		{"signed interaction with a bad payload", func(now time.Time) *http.Request {
			return signed("/slack/interactions", "payload=not-json", now, testSecret)
		}, http.StatusBadRequest},
		{"too large", func(now time.Time) *http.Request {
			return signed("/slack/commands", commandForm(strings.Repeat("x", 2<<20)), now, testSecret)
		}, http.StatusRequestEntityTooLarge},
		{"GET", func(now time.Time) *http.Request {
			return httptest.NewRequest(http.MethodGet, "/slack/commands", nil)
		}, http.StatusMethodNotAllowed},
		{"other path", func(now time.Time) *http.Request {
			return signed("/slack/events", commandForm("x"), now, testSecret)
		}, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The verifier reads the real clock; the bubble's fake clock
			// makes "now" and "five minutes ago" exact.
			synctest.Test(t, func(t *testing.T) {
				h := NewHTTPHandler(&Commands{Backend: newMemBackend()}, testSecret)
				defer h.Close()
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, tt.req(time.Now()))
				if rec.Code != tt.status {
					t.Fatalf("status %d (%s), want %d", rec.Code, strings.TrimSpace(rec.Body.String()), tt.status)
				}
				if tt.status != http.StatusOK {
					return
				}
				m := decodeReply(t, rec)
				if m.ResponseType != "ephemeral" {
					t.Errorf("response_type %q, want ephemeral", m.ResponseType)
				}
				if len(m.Blocks.BlockSet) == 0 || !strings.Contains(m.Text, "Meetings of Hun Sen") {
					t.Errorf("answer %q with %d blocks, want the meetings of Hun Sen", m.Text, len(m.Blocks.BlockSet))
				}
			})
		})
	}
}

// Slack's documented example request verifies, at the time it was signed.
func TestHTTPSlackDocumentedExample(t *testing.T) {
	const (
		body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V" +
			"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=" +
			"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN" +
			"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
		signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
	)
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Until(time.Unix(1531420618, 0)))
		h := NewHTTPHandler(&Commands{Backend: newMemBackend()}, testSecret)
		defer h.Close()
		req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Slack-Request-Timestamp", "1531420618")
		req.Header.Set("X-Slack-Signature", signature)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d (%s), want 200", rec.Code, rec.Body.String())
		}
		if m := decodeReply(t, rec); !strings.Contains(m.Text, "relbot commands") {
			t.Errorf("empty text answered %q, want the help", m.Text)
		}
	})
}

func TestHTTPSlowCommandAnswersThroughResponseURL(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		be := newMemBackend()
		be.block = make(chan struct{})
		hk := &hooks{}
		h := NewHTTPHandler(&Commands{Backend: be}, testSecret, WithResponseClient(&http.Client{Transport: hk}))
		defer h.Close()

		start := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, signed("/slack/commands", commandForm("hun-sen"), start, testSecret))
		if took := time.Since(start); took != DefaultAckWithin {
			t.Errorf("answered after %v, want %v", took, DefaultAckWithin)
		}
		if m := decodeReply(t, rec); m.Text != workingText || m.ResponseType != "ephemeral" {
			t.Errorf("first answer %q (%s), want %q", m.Text, m.ResponseType, workingText)
		}
		if got := hk.posts(); len(got) != 0 {
			t.Fatalf("posted %d answers before the work finished", len(got))
		}

		close(be.block)
		synctest.Wait()
		got := hk.posts()
		if len(got) != 1 {
			t.Fatalf("got %d posts to response_url, want 1", len(got))
		}
		p := got[0]
		if p.URL != "https://hooks.slack.test/commands/T1/1/abc" || p.Body.ResponseType != "ephemeral" || p.Body.ReplaceOriginal {
			t.Errorf("post to %s type %q replace %v, want the command's response_url, ephemeral, no replace", p.URL, p.Body.ResponseType, p.Body.ReplaceOriginal)
		}
		if !strings.Contains(p.Body.Text, "Meetings of Hun Sen: 1–10 of 25") || p.Body.Blocks == nil || len(p.Body.Blocks.BlockSet) < 10 {
			t.Errorf("late answer %q, want the first page of Hun Sen's meetings", p.Body.Text)
		}
		if diff := len(be.queries); diff != 1 {
			t.Errorf("the backend was asked %d times, want once", diff)
		}
	})
}

func interactionForm(t *testing.T, actionID, value, user string) string {
	t.Helper()
	cb := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user},
		"channel":      map[string]any{"id": "C0123456789"},
		"response_url": "https://hooks.slack.test/actions/T1/2/def",
		"actions":      []map[string]any{{"action_id": actionID, "block_id": answerBlockIDAct, "type": "button", "value": value}},
	}
	b, err := json.Marshal(cb)
	if err != nil {
		t.Fatal(err)
	}
	return url.Values{"payload": {string(b)}}.Encode()
}

func TestHTTPInteractions(t *testing.T) {
	tests := []struct {
		name, action, value, user string
		wantType                  string
		wantReplace               bool
		wantText                  []string
		wantButtons               bool
	}{
		{"more", actionMore, `{"q":"hun-sen","o":10}`, "U0TEST0001", "ephemeral", true, []string{"11–20 of 25"}, true},
		{"last page", actionMore, `{"q":"hun-sen","o":20}`, "U0TEST0001", "ephemeral", true, []string{"21–25 of 25"}, true},
		{"share", actionShare, `{"q":"hun-sen","o":10}`, "U0TEST0001", "in_channel", false, []string{"Shared by <@U0TEST0001>", "Meetings of Hun Sen (10 of 25)"}, false},
		{"suggestion", actionSuggest + "_0", "hun-sen", "U0TEST0001", "ephemeral", true, []string{"1–10 of 25"}, true},
		{"share by a bad user id", actionShare, `{"q":"hun-sen","o":0}`, "<!channel>", "ephemeral", false, []string{internalErrText}, false},
		{"broken value", actionMore, `{`, "U0TEST0001", "ephemeral", false, []string{internalErrText}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hk := &hooks{}
			h := NewHTTPHandler(&Commands{Backend: newMemBackend()}, testSecret, WithResponseClient(&http.Client{Transport: hk}))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, signed("/slack/interactions", interactionForm(t, tt.action, tt.value, tt.user), time.Now(), testSecret))
			h.Close() // waits for the background answer
			if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
				t.Fatalf("ack %d %q, want an empty 200", rec.Code, rec.Body.String())
			}
			got := hk.posts()
			if len(got) != 1 {
				t.Fatalf("got %d posts, want 1", len(got))
			}
			p := got[0]
			if p.Body.ResponseType != tt.wantType || p.Body.ReplaceOriginal != tt.wantReplace {
				t.Errorf("type %q replace %v, want %q %v", p.Body.ResponseType, p.Body.ReplaceOriginal, tt.wantType, tt.wantReplace)
			}
			msg := Message{Text: p.Body.Text, Blocks: p.Body.Blocks.BlockSet}
			text := allText(msg)
			for _, w := range tt.wantText {
				if !strings.Contains(text, w) {
					t.Errorf("answer\n%s\nwant it to contain %q", text, w)
				}
			}
			hasButtons := false
			for _, b := range msg.Blocks {
				if b.BlockType() == slack.MBTAction {
					hasButtons = true
				}
			}
			if hasButtons != tt.wantButtons {
				t.Errorf("buttons %v, want %v", hasButtons, tt.wantButtons)
			}
			if probs := limitProblems([]Message{msg}); len(probs) > 0 {
				t.Errorf("limits: %q", probs)
			}
		})
	}
}

func TestResponseURLMustBeHTTPS(t *testing.T) {
	hk := &hooks{}
	e := newEdge(t.Context(), &Commands{Backend: newMemBackend()}, []HTTPOption{WithResponseClient(&http.Client{Transport: hk})})
	defer e.close()
	for _, u := range []string{"http://hooks.slack.test/x", "file:///etc/passwd", "", "https:///nohost"} {
		if err := e.deliver(t.Context(), u, simple("x"), "ephemeral", false); err == nil {
			t.Errorf("deliver to %q succeeded, want an error", u)
		}
	}
	if n := len(hk.posts()); n != 0 {
		t.Errorf("%d posts went out", n)
	}
}
