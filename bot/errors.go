package bot

import (
	"context"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// ErrNotInChannel is returned by PostDigest when the bot cannot post to the
// channel: it was never invited, or the channel is gone. The caller logs it
// and skips the channel; retrying cannot help.
var ErrNotInChannel = errors.New("bot: not in channel")

// maxUserErrorText bounds what a bad-query explanation may show.
const maxUserErrorText = 500

// ErrorMessage is the one place that turns an error into what a Slack user
// reads: a short friendly sentence. The text of an error that wraps
// relbot.ErrBadQuery says what to fix and is shown (escaped); a timeout says
// so; anything else is internal and shows only "Something went wrong on our
// side; the operator has the details." Callers log the whole error.
func ErrorMessage(err error) Message {
	text := internalErrText
	switch {
	case err == nil:
	case errors.Is(err, relbot.ErrBadQuery):
		text = badQueryText(err)
	case errors.Is(err, context.DeadlineExceeded):
		text = "That took too long to answer; please try again in a minute."
	}
	return Message{
		Text:   text,
		Blocks: []slack.Block{section(":warning: " + text)},
	}
}

// badQueryText keeps what an ErrBadQuery chain says about the user's input
// and drops the sentinels' own words ("meeting: bad query: …").
func badQueryText(err error) string {
	msg := oneLine(err.Error())
	const word = "bad query"
	if i := strings.Index(msg, word); i >= 0 {
		after := strings.TrimLeft(msg[i+len(word):], ": ")
		if after != "" {
			msg = after
		} else {
			msg = strings.TrimRight(msg[:i], ": ")
			// what is left may end in a sentinel's package prefix ("meeting:")
			msg = strings.TrimSuffix(strings.TrimSpace(msg), "meeting")
			msg = strings.TrimRight(msg, ": ")
		}
	}
	if msg == "" {
		return "I couldn't understand that. Try `/relations help` for examples."
	}
	r, n := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[n:]
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") && !strings.HasSuffix(msg, "!") {
		msg += "."
	}
	return shorten(Escape(msg), maxUserErrorText)
}

// badQuery builds a user error that ErrorMessage shows as written.
func badQuery(text string) error {
	return &userError{text: text}
}

type userError struct{ text string }

func (e *userError) Error() string { return "bad query: " + e.text }
func (e *userError) Unwrap() error { return relbot.ErrBadQuery }
