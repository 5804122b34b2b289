package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// posted is one chat.postMessage the stand-in accepted.
type posted struct {
	TS, Channel, Thread, Text string
	Blocks                    int
	Part                      string
	UnfurlLinks, UnfurlMedia  string
	meta                      string
}

// slackStandIn records chat.postMessage calls and serves them back through
// conversations.history and conversations.replies, metadata included.
type slackStandIn struct {
	mu    sync.Mutex
	posts []posted
	calls int // chat.postMessage calls, accepted or not
	// reply, when set, answers a postMessage call (by its 1-based number)
	// instead of accepting it; return false to accept.
	reply func(w http.ResponseWriter, call int) bool
}

func (s *slackStandIn) server(t *testing.T) *slacktest.Server {
	srv := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", s.postMessage)
		c.Handle("/conversations.history", s.history)
		c.Handle("/conversations.replies", s.history)
	})
	srv.Start()
	t.Cleanup(srv.Stop)
	return srv
}

func (s *slackStandIn) postMessage(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.calls++
	call := s.calls
	reply := s.reply
	s.mu.Unlock()
	if reply != nil && reply(w, call) {
		return
	}
	var blocks slack.Blocks
	if err := json.Unmarshal([]byte(r.Form.Get("blocks")), &blocks); err != nil {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_blocks"}`)
		return
	}
	var md slack.SlackMetadata
	_ = json.Unmarshal([]byte(r.Form.Get("metadata")), &md)
	s.mu.Lock()
	p := posted{
		TS: fmt.Sprintf("1764547200.%06d", len(s.posts)+1), Channel: r.Form.Get("channel"), Thread: r.Form.Get("thread_ts"),
		Text: r.Form.Get("text"), Blocks: len(blocks.BlockSet), Part: fmt.Sprint(md.EventPayload["part"]),
		UnfurlLinks: r.Form.Get("unfurl_links"), UnfurlMedia: r.Form.Get("unfurl_media"), meta: r.Form.Get("metadata"),
	}
	s.posts = append(s.posts, p)
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS})
}

func (s *slackStandIn) history(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	thread := r.Form.Get("ts")
	s.mu.Lock()
	var msgs []map[string]any
	for _, p := range s.posts {
		if p.Channel != r.Form.Get("channel") || (thread == "") != (p.Thread == "") || (thread != "" && p.Thread != thread) {
			continue
		}
		m := map[string]any{"type": "message", "ts": p.TS, "text": p.Text}
		if r.Form.Get("include_all_metadata") == "1" {
			m["metadata"] = json.RawMessage(p.meta)
		}
		msgs = append(msgs, m)
	}
	s.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": msgs, "has_more": false})
}

func (s *slackStandIn) recorded() []posted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]posted(nil), s.posts...)
}

// fakeClock is the Poster's clock: sleeping moves it, nothing waits.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	slept  []time.Duration
	sleeps int
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}

func (c *fakeClock) Slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.slept...)
}

func newTestPoster(srv *slacktest.Server, clock *fakeClock, httpClient *http.Client) *Poster {
	opts := []slack.Option{slack.OptionAPIURL(srv.GetAPIURL())}
	if httpClient != nil {
		opts = append(opts, slack.OptionHTTPClient(httpClient))
	}
	return NewPoster(slack.New("xoxb-test", opts...), WithClock(clock.Now, clock.Sleep))
}

func TestPostLongDigestInThread(t *testing.T) {
	s := &slackStandIn{}
	srv := s.server(t)
	clock := newFakeClock()
	p := newTestPoster(srv, clock, nil)
	msgs := DigestMessages(bigDigest(150, 1))
	if len(msgs) < 3 {
		t.Fatalf("test digest has %d messages, want several", len(msgs))
	}

	ts, err := p.PostDigest(t.Context(), "C0123456789", "2026-12-01T07:00:00+07:00", msgs)
	if err != nil {
		t.Fatalf("PostDigest: %v", err)
	}
	got := s.recorded()
	if len(got) != len(msgs) {
		t.Fatalf("posted %d messages, want %d", len(got), len(msgs))
	}
	if ts != got[0].TS {
		t.Errorf("PostDigest returned ts %q, want the parent's %q", ts, got[0].TS)
	}
	for i, g := range got {
		wantThread := got[0].TS
		if i == 0 {
			wantThread = ""
		}
		want := posted{
			TS: g.TS, Channel: "C0123456789", Thread: wantThread, Text: msgs[i].Text, Blocks: len(msgs[i].Blocks),
			Part: fmt.Sprint(i), UnfurlLinks: "false", UnfurlMedia: "false",
		}
		if diff := cmp.Diff(want, g, cmp.AllowUnexported(posted{}), cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".meta" }, cmp.Ignore())); diff != "" {
			t.Errorf("post %d (-want +got):\n%s", i, diff)
		}
	}
	// One second between posts to the channel, and no other waiting.
	want := make([]time.Duration, len(msgs)-1)
	for i := range want {
		want[i] = time.Second
	}
	if diff := cmp.Diff(want, clock.Slept()); diff != "" {
		t.Errorf("sleeps (-want +got):\n%s", diff)
	}
}

func TestPostHonoursRetryAfter(t *testing.T) {
	s := &slackStandIn{reply: func(w http.ResponseWriter, call int) bool {
		if call == 1 {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		}
		return false
	}}
	srv := s.server(t)
	clock := newFakeClock()
	p := newTestPoster(srv, clock, nil)
	if _, err := p.PostDigest(t.Context(), "C1", "p", DigestMessages(sampleDigest())); err != nil {
		t.Fatalf("PostDigest: %v", err)
	}
	if got := len(s.recorded()); got != 1 {
		t.Errorf("posted %d messages, want 1", got)
	}
	// The pacing slot booked by the refused try has passed during the 7 s.
	if diff := cmp.Diff([]time.Duration{7 * time.Second}, clock.Slept()); diff != "" {
		t.Errorf("sleeps (-want +got):\n%s", diff)
	}
}

// timeoutOnce wraps a transport: the nth chat.postMessage times out, either
// before it reaches Slack or after Slack has posted it.
type timeoutOnce struct {
	base       http.RoundTripper
	nth        int
	afterReach bool
	mu         sync.Mutex
	seen       int
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func (tr *timeoutOnce) RoundTrip(req *http.Request) (*http.Response, error) {
	tr.mu.Lock()
	if strings.HasSuffix(req.URL.Path, "/chat.postMessage") {
		tr.seen++
	}
	hit := tr.seen == tr.nth && strings.HasSuffix(req.URL.Path, "/chat.postMessage")
	tr.mu.Unlock()
	if !hit {
		return tr.base.RoundTrip(req)
	}
	if tr.afterReach {
		resp, err := tr.base.RoundTrip(req)
		if err == nil {
			resp.Body.Close() // the answer is lost on the way back
		}
	}
	return nil, timeoutErr{}
}

func TestPostRetriedAfterTimeoutIsNotDuplicated(t *testing.T) {
	tests := []struct {
		name       string
		nth        int
		afterReach bool
	}{
		{"parent posted, answer lost", 1, true},
		{"parent never reached Slack", 1, false},
		{"thread reply posted, answer lost", 2, true},
		{"thread reply never reached Slack", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &slackStandIn{}
			srv := s.server(t)
			clock := newFakeClock()
			tr := &timeoutOnce{base: http.DefaultTransport, nth: tt.nth, afterReach: tt.afterReach}
			p := newTestPoster(srv, clock, &http.Client{Transport: tr})
			msgs := DigestMessages(bigDigest(60, 2))
			ts, err := p.PostDigest(t.Context(), "C1", "p", msgs)
			if err != nil {
				t.Fatalf("PostDigest: %v", err)
			}
			got := s.recorded()
			if len(got) != len(msgs) {
				t.Fatalf("posted %d messages, want %d (no duplicate, none lost)", len(got), len(msgs))
			}
			for i, g := range got {
				if g.Part != fmt.Sprint(i) {
					t.Errorf("post %d is part %s", i, g.Part)
				}
			}
			if ts != got[0].TS {
				t.Errorf("ts %q, want %q", ts, got[0].TS)
			}
			if sl := clock.Slept(); !slices.Contains(sl, DefaultBackoff) {
				t.Errorf("sleeps %v, want a backoff of %v", sl, DefaultBackoff)
			}
		})
	}
}

func TestPostServerErrorThenSuccess(t *testing.T) {
	s := &slackStandIn{reply: func(w http.ResponseWriter, call int) bool {
		if call <= 2 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}
		return false
	}}
	srv := s.server(t)
	clock := newFakeClock()
	p := newTestPoster(srv, clock, nil)
	if _, err := p.PostDigest(t.Context(), "C1", "p", DigestMessages(sampleDigest())); err != nil {
		t.Fatalf("PostDigest: %v", err)
	}
	if got := len(s.recorded()); got != 1 {
		t.Errorf("posted %d messages, want 1", got)
	}
	if diff := cmp.Diff([]time.Duration{DefaultBackoff, 2 * DefaultBackoff}, clock.Slept()); diff != "" {
		t.Errorf("backoff (-want +got):\n%s", diff)
	}
}

func TestPostErrors(t *testing.T) {
	tests := []struct {
		name      string
		reply     string
		status    int
		wantIs    error
		wantCalls int
	}{
		{"not in channel", `{"ok":false,"error":"not_in_channel"}`, 200, ErrNotInChannel, 1},
		{"channel not found", `{"ok":false,"error":"channel_not_found"}`, 200, ErrNotInChannel, 1},
		{"bad blocks", `{"ok":false,"error":"invalid_blocks"}`, 200, nil, 1},
		{"always 500", ``, 500, nil, DefaultPostAttempts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &slackStandIn{reply: func(w http.ResponseWriter, call int) bool {
				w.WriteHeader(tt.status)
				fmt.Fprint(w, tt.reply)
				return true
			}}
			srv := s.server(t)
			p := newTestPoster(srv, newFakeClock(), nil)
			ts, err := p.PostDigest(t.Context(), "C1", "p", DigestMessages(sampleDigest()))
			if err == nil || ts != "" {
				t.Fatalf("PostDigest = %q, %v; want an error", ts, err)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v, want it to wrap %v", err, tt.wantIs)
			}
			if tt.wantIs == nil && errors.Is(err, ErrNotInChannel) {
				t.Errorf("error %v wraps ErrNotInChannel", err)
			}
			if s.calls != tt.wantCalls {
				t.Errorf("%d calls to chat.postMessage, want %d", s.calls, tt.wantCalls)
			}
		})
	}
}

func TestPostPacingPerChannel(t *testing.T) {
	s := &slackStandIn{}
	srv := s.server(t)
	clock := newFakeClock()
	p := newTestPoster(srv, clock, nil)
	one := DigestMessages(sampleDigest())
	for _, ch := range []string{"C1", "C2", "C1"} {
		if _, err := p.PostDigest(t.Context(), ch, "p-"+ch, one); err != nil {
			t.Fatal(err)
		}
	}
	// Only the second post to C1 waits; C2 has its own pace.
	if diff := cmp.Diff([]time.Duration{time.Second}, clock.Slept()); diff != "" {
		t.Errorf("sleeps (-want +got):\n%s", diff)
	}
}
