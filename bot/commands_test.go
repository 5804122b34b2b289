package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// memBackend is an in-memory Backend: follows per channel, a fixed set of
// meetings per actor slug, and a hook to block or fail queries.
type memBackend struct {
	mu       sync.Mutex
	follows  map[string][]string
	meetings map[string]relbot.QueryResult // by query text
	sources  []string
	digest   relbot.Digest
	queryErr error
	// block, when set, makes Query wait for it to close (or ctx to end).
	block   chan struct{}
	queries []string
}

func newMemBackend() *memBackend {
	return &memBackend{
		follows:  map[string][]string{},
		meetings: map[string]relbot.QueryResult{"hun-sen": bigAnswer(25, 11)},
		sources:  []string{"Viet Nam News", "AKP <b>"},
		digest:   sampleDigest(),
	}
}

func (b *memBackend) Query(ctx context.Context, text string, offset, limit int) (relbot.QueryResult, error) {
	b.mu.Lock()
	b.queries = append(b.queries, fmt.Sprintf("%s@%d+%d", text, offset, limit))
	block, qerr := b.block, b.queryErr
	b.mu.Unlock()
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return relbot.QueryResult{}, ctx.Err()
		}
	}
	if qerr != nil {
		return relbot.QueryResult{}, qerr
	}
	r, ok := b.meetings[text]
	if !ok {
		return relbot.QueryResult{Query: text, Actors: []relbot.Participant{}, Meetings: []relbot.MeetingResult{},
			Suggestions: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}}}, nil
	}
	// Page the way a store does: the slice at offset, Total before paging.
	out := r
	out.Meetings = r.Meetings[min(offset, len(r.Meetings)):min(offset+limit, len(r.Meetings))]
	out.Total = len(r.Meetings)
	return out, nil
}

func (b *memBackend) Follow(_ context.Context, channel, term string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !slices.Contains(b.follows[channel], term) {
		b.follows[channel] = append(b.follows[channel], term)
	}
	return nil
}

func (b *memBackend) Unfollow(_ context.Context, channel, term string) (bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	i := slices.Index(b.follows[channel], term)
	if i < 0 {
		return false, nil
	}
	b.follows[channel] = slices.Delete(b.follows[channel], i, i+1)
	return true, nil
}

func (b *memBackend) Follows(_ context.Context, channel string) ([]string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.follows[channel]), nil
}

func (b *memBackend) DigestPreview(_ context.Context, channel string) (relbot.Digest, error) {
	if channel != b.digest.Channel {
		return relbot.Digest{}, fmt.Errorf("%w: this channel has no digest configured", relbot.ErrBadQuery)
	}
	return b.digest, nil
}

func (b *memBackend) Sources(context.Context) ([]string, error) { return b.sources, nil }

// allText is every text of a message, fallback and blocks, for assertions.
func allText(m Message) string {
	var sb strings.Builder
	sb.WriteString(m.Text)
	for _, b := range m.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			sb.WriteString("\n" + b.Text.Text)
		case *slack.HeaderBlock:
			sb.WriteString("\n" + b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					sb.WriteString("\n" + t.Text)
				}
			}
		}
	}
	return sb.String()
}

func TestCommands(t *testing.T) {
	be := newMemBackend()
	var logs bytes.Buffer
	c := &Commands{Backend: be, Logger: slog.New(slog.NewJSONHandler(&logs, nil)), PageSize: 10}
	const ch = "C0123456789"
	steps := []struct {
		text string
		want []string // substrings of the answer
	}{
		{"", []string{"/relations follow hun-sen", "/relations digest now", "/relations sources"}},
		{"help", []string{"/relations unfollow hun-sen", "/relations following"}},
		{"following", []string{"follows nothing yet"}},
		{"follow   Hun   Sen ", []string{"now follows *Hun Sen*"}},
		{"follow <!channel>", []string{"now follows *&lt;!channel&gt;*"}},
		{"following", []string{"• Hun Sen", "• &lt;!channel&gt;"}},
		{"unfollow Hun Sen", []string{"no longer follows *Hun Sen*"}},
		{"unfollow Hun Sen", []string{"was not following *Hun Sen*"}},
		{"follow", []string{"Say what to follow"}},
		{"follow " + strings.Repeat("x", 101), []string{"too long to follow"}},
		{"sources", []string{"• Viet Nam News", "• AKP &lt;b&gt;"}},
		{"digest now", []string{"Preview, visible only to you", "Prime ministers open"}},
		{"digest later", []string{"/relations digest now"}},
		{"hun-sen", []string{"*Meetings of Hun Sen*, newest first: 1–10 of 25"}},
		{"hun", []string{"Did you mean *Hun Sen*"}},
	}
	for _, s := range steps {
		t.Run(s.text, func(t *testing.T) {
			m := c.Handle(context.Background(), slack.SlashCommand{Command: "/relations", Text: s.text, ChannelID: ch, UserID: "U1"})
			got := allText(m)
			for _, w := range s.want {
				if !strings.Contains(got, w) {
					t.Errorf("/relations %s:\n%s\nwant it to contain %q", s.text, got, w)
				}
			}
			if probs := limitProblems([]Message{m}); len(probs) > 0 {
				t.Errorf("limits: %q", probs)
			}
		})
	}
	if diff := cmp.Diff([]string{"<!channel>"}, be.follows[ch]); diff != "" {
		t.Errorf("follows after the steps (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"hun-sen@0+10", "hun@0+10"}, be.queries); diff != "" {
		t.Errorf("queries (-want +got):\n%s", diff)
	}
}

func TestCommandsErrorsReachUsersOnlyAsSentences(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		want     string
		notShown string
		logged   string
	}{
		{"internal", errors.New("pq: relation meetings does not exist"), internalErrText, "pq:", `query \"hun-sen\": pq: relation meetings does not exist`},
		{"bad query", fmt.Errorf("meeting: %w: unknown filter \"at:\"", relbot.ErrBadQuery), `Unknown filter "at:".`, "meeting:", `meeting: bad query: unknown filter`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			be := newMemBackend()
			be.queryErr = tt.err
			var logs bytes.Buffer
			c := &Commands{Backend: be, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
			m := c.Handle(context.Background(), slack.SlashCommand{Text: "hun-sen", ChannelID: "C1"})
			if m.Text != tt.want {
				t.Errorf("answer %q, want %q", m.Text, tt.want)
			}
			if strings.Contains(allText(m), tt.notShown) {
				t.Errorf("answer shows %q: %q", tt.notShown, allText(m))
			}
			if !strings.Contains(logs.String(), tt.logged) || !strings.Contains(logs.String(), "channel_id=C1") {
				t.Errorf("log lacks the error chain or channel: %s", logs.String())
			}
		})
	}
}

func TestDigestPreviewOfAnotherChannel(t *testing.T) {
	c := &Commands{Backend: newMemBackend()}
	m := c.Handle(context.Background(), slack.SlashCommand{Text: "digest now", ChannelID: "C-other"})
	if want := "This channel has no digest configured."; m.Text != want {
		t.Errorf("answer %q, want %q", m.Text, want)
	}
}
