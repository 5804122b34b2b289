package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/store"
)

// storeBackend serves the slash commands from a store, as `relbot serve`
// does for a deployment with no digest or source configured.
type storeBackend struct {
	st  *store.Store
	gaz *meeting.Gazetteer
}

func (b storeBackend) Query(ctx context.Context, text string, offset, limit int) (relbot.QueryResult, error) {
	return meeting.Answer(ctx, b.gaz, b.st, text, offset, limit)
}

func (b storeBackend) Follow(ctx context.Context, channel, term string) error {
	return b.st.Follow(ctx, channel, term)
}

func (b storeBackend) Unfollow(ctx context.Context, channel, term string) (bool, error) {
	return b.st.Unfollow(ctx, channel, term)
}

func (b storeBackend) Follows(ctx context.Context, channel string) ([]string, error) {
	return b.st.Follows(ctx, channel)
}

func (b storeBackend) DigestPreview(context.Context, string) (relbot.Digest, error) {
	return relbot.Digest{}, fmt.Errorf("%w: this channel has no digest configured", meeting.ErrBadQuery)
}

func (b storeBackend) Sources(context.Context) ([]string, error) { return nil, nil }

// handlerFixture is a store of n generated meetings in SQLite and the HTTP
// handler of the slash commands over it.
type handlerFixture struct {
	h      *bot.HTTPHandler
	back   storeBackend
	secret string
}

func newHandlerFixture(tb testing.TB, meetings int) *handlerFixture {
	tb.Helper()
	gen, g := testGenerator(tb, meetings, 0)
	st, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "handler.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := st.BulkLoad(ctx, nil, ordered(ctx, meetings, gen.Meeting)); err != nil {
		tb.Fatal(err)
	}
	f := &handlerFixture{back: storeBackend{st, g}, secret: "8f742231b10e8888abcd99yyyzzz85a5"}
	f.h = bot.NewHTTPHandler(&bot.Commands{Backend: f.back, PageSize: pageSize}, f.secret)
	tb.Cleanup(f.h.Close)
	return f
}

// signedCommand is a /relations command as Slack sends it, signed now: the
// signature stays valid for the five minutes the verifier allows.
func (f *handlerFixture) signedCommand(text string) (body []byte, header http.Header) {
	form := url.Values{
		"command": {"/relations"}, "text": {text}, "channel_id": {"C0BENCH0001"}, "user_id": {"U0BENCH0001"},
		"team_id": {"T0BENCH0001"}, "response_url": {"http://127.0.0.1:9/unused"}, "trigger_id": {"1.2.3"},
	}.Encode()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(f.secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, form)
	header = http.Header{}
	header.Set("Content-Type", "application/x-www-form-urlencoded")
	header.Set("X-Slack-Request-Timestamp", stamp)
	header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return []byte(form), header
}

// serve runs one request through the handler and returns the answer's text.
func (f *handlerFixture) serve(tb testing.TB, body []byte, header http.Header) string {
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", bytes.NewReader(body))
	req.Header = header.Clone()
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		tb.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	var r struct {
		Text   string            `json:"text"`
		Blocks []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		tb.Fatal(err)
	}
	if len(r.Blocks) == 0 {
		tb.Fatalf("answer without blocks: %s", rec.Body.String())
	}
	return r.Text
}

// TestHandlerAnswersFromStore checks the benchmark's path: the signed
// command answered in the response with what meeting.Answer finds.
func TestHandlerAnswersFromStore(t *testing.T) {
	f := newHandlerFixture(t, 500)
	for _, q := range []string{"hun-sen", "Hun Manet to-lam", "hun-sen 2024"} {
		t.Run(q, func(t *testing.T) {
			r, err := f.back.Query(context.Background(), q, 0, pageSize)
			if err != nil {
				t.Fatal(err)
			}
			if r.Total == 0 {
				t.Fatalf("no meetings for %q in the fixture", q)
			}
			want := bot.AnswerMessage(r, 0, pageSize).Text
			body, header := f.signedCommand(q)
			if got := f.serve(t, body, header); got != want {
				t.Errorf("handler answered %q, want %q", got, want)
			}
		})
	}
}

// BenchmarkHandler is issue 5's handler benchmark: `/relations hun-sen`
// answered in process through the HTTP handler (signature, form, query,
// store, rendering, JSON) with 10,000 meetings in SQLite. Baselines from the
// same run: "help" through the same handler (no database), the in-process
// answer without HTTP, and rendering alone. median-ns/op is the median of
// the timed operations.
func BenchmarkHandler(b *testing.B) {
	f := newHandlerFixture(b, 10_000)
	ctx := context.Background()
	r, err := f.back.Query(ctx, "hun-sen", 0, pageSize)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("hun-sen: %d held meetings of 10,000", r.Total)
	// Signed once: the verifier accepts a timestamp for five minutes.
	hunSen, hunSenHeader := f.signedCommand("hun-sen")
	help, helpHeader := f.signedCommand("help")
	cases := []struct {
		name string
		op   func(b *testing.B)
	}{
		{"hun-sen", func(b *testing.B) {
			if txt := f.serve(b, hunSen, hunSenHeader); !strings.Contains(txt, "Hun Sen") {
				b.Fatalf("answer %q does not name Hun Sen", txt)
			}
		}},
		{"baseline=help", func(b *testing.B) { f.serve(b, help, helpHeader) }},
		{"baseline=answer-no-http", func(b *testing.B) {
			r, err := f.back.Query(ctx, "hun-sen", 0, pageSize)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := json.Marshal(bot.AnswerMessage(r, 0, pageSize).Blocks); err != nil {
				b.Fatal(err)
			}
		}},
		{"baseline=render-only", func(b *testing.B) {
			if _, err := json.Marshal(bot.AnswerMessage(r, 0, pageSize).Blocks); err != nil {
				b.Fatal(err)
			}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t := time.Now()
				c.op(b)
				lat = append(lat, time.Since(t))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "median-ns/op")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns/op")
		})
	}
}
