package bot

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// versionedBackend is a memBackend whose answers hold while version does.
type versionedBackend struct {
	*memBackend
	version    string
	versionErr error
	queriedAt  []string // AnswerVersionOf each Query's context
}

func (b *versionedBackend) Query(ctx context.Context, text string, offset, limit int) (relbot.QueryResult, error) {
	v, ok := AnswerVersionOf(ctx)
	if !ok {
		v = "(none)"
	}
	b.mu.Lock()
	b.queriedAt = append(b.queriedAt, v)
	b.mu.Unlock()
	return b.memBackend.Query(ctx, text, offset, limit)
}

func (b *versionedBackend) AnswerVersion(context.Context) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.version, b.versionErr
}

func (b *versionedBackend) setVersion(v string, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.version, b.versionErr = v, err
}

func (b *versionedBackend) queryCount() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.queries)
}

// A query asked again under the same version is answered from memory, the
// same answer; a new version, or another query, asks the backend again.
func TestCommandsReuseAnswersWhileVersionHolds(t *testing.T) {
	b := &versionedBackend{memBackend: newMemBackend(), version: "1.0"}
	c := &Commands{Backend: b}
	ask := func(text string) Message {
		t.Helper()
		return c.Handle(context.Background(), slack.SlashCommand{Text: text, ChannelID: "C1", UserID: "U1"})
	}
	first := ask("hun-sen")
	again := ask("  hun-sen ")
	if n := b.queryCount(); n != 1 {
		t.Fatalf("backend asked %d times for one query under one version, want 1", n)
	}
	if diff := cmp.Diff(renderedText(t, first), renderedText(t, again)); diff != "" {
		t.Errorf("the kept answer differs (-first +again):\n%s", diff)
	}
	ask("to-lam")
	if n := b.queryCount(); n != 2 {
		t.Errorf("another query: backend asked %d times in all, want 2", n)
	}
	b.setVersion("2.0", nil)
	ask("hun-sen")
	if n := b.queryCount(); n != 3 {
		t.Errorf("after the version moved: backend asked %d times in all, want 3", n)
	}
	b.mu.Lock()
	queriedAt := b.queriedAt
	b.mu.Unlock()
	if diff := cmp.Diff([]string{"1.0", "1.0", "2.0"}, queriedAt); diff != "" {
		t.Errorf("versions handed to Query (-want +got):\n%s", diff)
	}
	b.setVersion("", errors.New("database is gone"))
	if m := ask("hun-sen"); m.Text != ErrorMessage(errors.New("any")).Text {
		t.Errorf("a failed version read gave %q, want the internal error message", m.Text)
	}
	if n := b.queryCount(); n != 3 {
		t.Errorf("a failed version read still asked the backend (%d queries)", n)
	}
}

func renderedText(t *testing.T, m Message) string {
	t.Helper()
	out := m.Text
	for _, b := range m.Blocks {
		if s, ok := b.(*slack.SectionBlock); ok && s.Text != nil {
			out += "\n" + s.Text.Text
		}
	}
	return out
}
