package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// maxTerm bounds a followed actor or word.
const maxTerm = 100

// Backend is what the commands need from the rest of the app.
type Backend interface {
	// Query answers a relations query, the page of meetings starting at offset.
	Query(ctx context.Context, text string, offset, limit int) (relbot.QueryResult, error)
	Follow(ctx context.Context, channel, term string) error
	// Unfollow reports whether the channel was following term.
	Unfollow(ctx context.Context, channel, term string) (bool, error)
	Follows(ctx context.Context, channel string) ([]string, error)
	// DigestPreview composes the channel's next digest without posting it.
	DigestPreview(ctx context.Context, channel string) (relbot.Digest, error)
	Sources(ctx context.Context) ([]string, error)
}

// VersionedBackend is a Backend that can tell when its answers may have
// changed: the same query asked again under the same AnswerVersion gets the
// same answer, so Commands keeps recent answers and renders them once.
type VersionedBackend interface {
	Backend
	AnswerVersion(ctx context.Context) (string, error)
}

type answerVersionKey struct{}

// AnswerVersionOf returns the AnswerVersion that Commands read just before
// calling Query with ctx, if it read one: a backend whose version is its
// store's state can answer under it instead of reading that state again.
func AnswerVersionOf(ctx context.Context) (string, bool) {
	v, ok := ctx.Value(answerVersionKey{}).(string)
	return v, ok
}

// answerCacheSize bounds the rendered answers Commands keeps.
const answerCacheSize = 1024

type cachedAnswer struct {
	version string
	msg     Message
}

// Commands turns "/relations TEXT" into a Message: help, follow X,
// unfollow X, following, digest now, digest schedule, sources, source add,
// source remove, and anything else is a query.
// Both transports (HTTP and Socket Mode) use it. Logger may be nil; PageSize
// 0 means 10.
type Commands struct {
	Backend Backend
	Logger  *slog.Logger
	// Observe, if set, is told how long each command took (metrics).
	Observe  func(d time.Duration)
	PageSize int

	answersOnce sync.Once
	answers     *lru.Cache[string, cachedAnswer] // with a VersionedBackend
}

func (c *Commands) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

func (c *Commands) pageSize() int { return clampPageSize(c.PageSize) }

// Handle answers one slash command. It never fails: errors become the
// user's sentence through ErrorMessage, and the whole chain goes to the log.
func (c *Commands) Handle(ctx context.Context, cmd slack.SlashCommand) Message {
	start := time.Now()
	msg, err := c.handle(ctx, cmd)
	d := time.Since(start)
	if c.Observe != nil {
		c.Observe(d)
	}
	if err != nil {
		c.logger().Warn("command_failed", "error", err, "channel_id", cmd.ChannelID, "user_id", cmd.UserID,
			"command_text", cmd.Text, "duration", d.Round(time.Microsecond))
		return ErrorMessage(err)
	}
	c.logger().Info("command", "channel_id", cmd.ChannelID, "user_id", cmd.UserID, "command_text", cmd.Text,
		"duration", d.Round(time.Microsecond))
	return msg
}

func (c *Commands) handle(ctx context.Context, cmd slack.SlashCommand) (Message, error) {
	text := strings.TrimSpace(cmd.Text)
	verb, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(verb) {
	case "", "help", "?":
		if rest == "" {
			return HelpMessage(), nil
		}
	case "follow":
		return c.follow(ctx, cmd.ChannelID, rest)
	case "unfollow":
		return c.unfollow(ctx, cmd.ChannelID, rest)
	case "following":
		if rest == "" {
			return c.following(ctx, cmd.ChannelID)
		}
	case "digest":
		if strings.EqualFold(oneLine(rest), "now") {
			return c.digestNow(ctx, cmd.ChannelID)
		}
		if sub, arg, _ := strings.Cut(rest, " "); strings.EqualFold(sub, "schedule") {
			return c.digestSchedule(ctx, cmd.ChannelID, cmd.UserID, arg)
		}
		return Message{}, badQuery("try `/relations digest now` for a preview of this channel's next digest, or `/relations digest schedule` for when it runs")
	case "sources":
		if rest == "" {
			return c.sources(ctx)
		}
	case "source":
		return c.source(ctx, cmd.UserID, rest)
	case "ask":
		return c.ask(ctx, rest)
	}
	return c.query(ctx, text)
}

// query answers a relations query, from the answers kept when the backend's
// version says they still hold. The Message kept is shared: callers only
// read it.
func (c *Commands) query(ctx context.Context, text string) (Message, error) {
	vb, ok := c.Backend.(VersionedBackend)
	version := ""
	if ok {
		v, err := vb.AnswerVersion(ctx)
		if err != nil {
			return Message{}, fmt.Errorf("query %q: %w", text, err)
		}
		version = v
		c.answersOnce.Do(func() {
			var err error
			if c.answers, err = lru.New[string, cachedAnswer](answerCacheSize); err != nil {
				panic(err) // only for a size below one
			}
		})
		if a, hit := c.answers.Get(text); hit && a.version == version {
			return a.msg, nil
		}
		ctx = context.WithValue(ctx, answerVersionKey{}, version)
	}
	r, err := c.Backend.Query(ctx, text, 0, c.pageSize())
	if err != nil {
		return Message{}, fmt.Errorf("query %q: %w", text, err)
	}
	msg := AnswerMessage(r, 0, c.pageSize())
	if ok {
		c.answers.Add(text, cachedAnswer{version: version, msg: msg})
	}
	return msg, nil
}

func checkTerm(verb, term string) (string, error) {
	term = oneLine(term)
	switch {
	case term == "":
		return "", badQuery(fmt.Sprintf("say what to %s, for example `/relations %s hun-sen`", verb, verb))
	case textLen(term) > maxTerm:
		return "", badQuery(fmt.Sprintf("that is too long to %s: at most %d characters", verb, maxTerm))
	}
	return term, nil
}

func (c *Commands) follow(ctx context.Context, channel, term string) (Message, error) {
	term, err := checkTerm("follow", term)
	if err != nil {
		return Message{}, err
	}
	if err := c.Backend.Follow(ctx, channel, term); err != nil {
		return Message{}, fmt.Errorf("follow %q in %s: %w", term, channel, err)
	}
	return simple(fmt.Sprintf("This channel now follows *%s*: its next digests include the stories about it.", Escape(term))), nil
}

func (c *Commands) unfollow(ctx context.Context, channel, term string) (Message, error) {
	term, err := checkTerm("unfollow", term)
	if err != nil {
		return Message{}, err
	}
	was, err := c.Backend.Unfollow(ctx, channel, term)
	if err != nil {
		return Message{}, fmt.Errorf("unfollow %q in %s: %w", term, channel, err)
	}
	if !was {
		return simple(fmt.Sprintf("This channel was not following *%s*. `/relations following` lists what it follows.", Escape(term))), nil
	}
	return simple(fmt.Sprintf("This channel no longer follows *%s*.", Escape(term))), nil
}

func (c *Commands) following(ctx context.Context, channel string) (Message, error) {
	terms, err := c.Backend.Follows(ctx, channel)
	if err != nil {
		return Message{}, fmt.Errorf("follows of %s: %w", channel, err)
	}
	if len(terms) == 0 {
		return simple("This channel follows nothing yet: `/relations follow hun-sen` adds an actor or a word to its digests."), nil
	}
	lines := make([]string, len(terms))
	for i, t := range terms {
		lines[i] = "• " + fitLine(t, maxTerm+20)
	}
	return list("This channel follows:", lines, fmt.Sprintf("This channel follows %d terms", len(terms))), nil
}

func (c *Commands) sources(ctx context.Context) (Message, error) {
	if admin, ok := c.Backend.(SourceAdmin); ok {
		srcs, err := admin.SourceList(ctx)
		if err != nil {
			return Message{}, fmt.Errorf("sources: %w", err)
		}
		if len(srcs) == 0 {
			return simple("No news sources are configured yet. An admin can add one with `/relations source add https://example.com/rss.xml`."), nil
		}
		return list("relbot reads these sources:", sourceLines(srcs), fmt.Sprintf("relbot reads %d sources", len(srcs))), nil
	}
	names, err := c.Backend.Sources(ctx)
	if err != nil {
		return Message{}, fmt.Errorf("sources: %w", err)
	}
	if len(names) == 0 {
		return simple("No news sources are configured yet."), nil
	}
	lines := make([]string, len(names))
	for i, n := range names {
		lines[i] = "• " + fitLine(n, 200)
	}
	return list("relbot reads these sources:", lines, fmt.Sprintf("relbot reads %d sources", len(names))), nil
}

func (c *Commands) digestNow(ctx context.Context, channel string) (Message, error) {
	d, err := c.Backend.DigestPreview(ctx, channel)
	if err != nil {
		return Message{}, fmt.Errorf("digest preview for %s: %w", channel, err)
	}
	msgs := DigestMessages(d)
	if len(msgs) == 0 {
		return simple("Nothing new for this channel's next digest yet."), nil
	}
	// The answer to a command is one message: show the first and say how
	// many the channel will get.
	m := msgs[0]
	note := "Preview, visible only to you."
	if len(msgs) > 1 {
		note = fmt.Sprintf("Preview, visible only to you: the first of %d messages (the rest go in its thread).", len(msgs))
	}
	ctxBlock := slack.NewContextBlock("", mrkdwn(note))
	blocks := append([]slack.Block{ctxBlock}, m.Blocks...)
	if len(blocks) > MaxBlocks {
		// No room for one more block: the note takes the header's place.
		blocks = append([]slack.Block{ctxBlock}, m.Blocks[1:]...)
	}
	return Message{Text: "Preview: " + m.Text, Blocks: blocks}, nil
}

func simple(text string) Message {
	return Message{Text: text, Blocks: []slack.Block{section(text)}}
}

// list renders a title and lines in as many sections as they need, capped
// at the block limit.
func list(title string, lines []string, fallback string) Message {
	var blocks []slack.Block
	for _, s := range packLines(title, lines, MaxSectionText) {
		if len(blocks) == MaxBlocks {
			break
		}
		blocks = append(blocks, section(s))
	}
	return Message{Text: fallback, Blocks: blocks}
}
