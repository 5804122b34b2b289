package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"
)

// AskAnswer is the answer to `/relations ask QUESTION`: text with numbered
// markers [1], [2] and the sources they cite.
type AskAnswer struct {
	Text      string
	Citations []AskCitation
	UsedLLM   bool
}

// AskCitation is one numbered source of an answer.
type AskCitation struct {
	N                        int
	Title, Outlet, URL, Date string
}

// Asker answers questions; a Backend that implements it enables `ask`.
type Asker interface {
	Ask(ctx context.Context, question string) (AskAnswer, error)
}

// isSlow reports whether a command may call an LLM or fetch a feed, and so
// is acknowledged at once and answered through response_url.
func isSlow(text string) bool {
	verb, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	return strings.EqualFold(verb, "ask") || isSourceAdd(verb, rest)
}

func (c *Commands) ask(ctx context.Context, question string) (Message, error) {
	asker, ok := c.Backend.(Asker)
	if !ok {
		return Message{}, badQuery("questions are not available on this relbot")
	}
	if strings.TrimSpace(question) == "" {
		return Message{}, badQuery("ask a question, e.g. `/relations ask when did Hun Sen last meet To Lam?`")
	}
	ans, err := asker.Ask(ctx, question)
	if err != nil {
		return Message{}, fmt.Errorf("ask: %w", err)
	}
	return AskMessage(question, ans), nil
}

// AskMessage renders an answer with its numbered sources, every piece of
// text escaped: both the question and the answer may carry anything.
func AskMessage(question string, a AskAnswer) Message {
	lines := []string{fit(a.Text, MaxSectionText/2)}
	if len(a.Citations) > 0 {
		lines = append(lines, "*Sources*")
	}
	for _, c := range a.Citations {
		src := fitLine(c.Outlet, 80)
		if c.Date != "" {
			src += ", " + fitLine(c.Date, 20)
		}
		lines = append(lines, fmt.Sprintf("[%d] %s (%s)", c.N, link(c.URL, c.Title, 200), src))
	}
	how := "From the stored meetings and articles."
	if a.UsedLLM {
		how = "Written by a language model from the sources below; check them."
	}
	m := list("*Q: "+fitLine(question, 300)+"*", lines, plain(a.Text, MaxFallbackText))
	if len(m.Blocks) < MaxBlocks {
		m.Blocks = append(m.Blocks, slack.NewContextBlock("", mrkdwn(how)))
	}
	return m
}
