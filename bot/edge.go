package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// Defaults of the transports.
const (
	// DefaultAckWithin leaves half a second of Slack's 3-second limit for the
	// network and for writing the answer.
	DefaultAckWithin   = 2500 * time.Millisecond
	DefaultWorkTimeout = 2 * time.Minute
	DefaultMaxBody     = 1 << 20 // interaction payloads carry the whole message
)

// HTTPOption configures NewHTTPHandler and RunSocketMode.
type HTTPOption func(*edgeConfig)

type edgeConfig struct {
	client      *http.Client
	ackWithin   time.Duration
	workTimeout time.Duration
	maxBody     int64
}

// WithResponseClient sets the client that posts to Slack's response_url
// (default: a client with a 10-second timeout).
func WithResponseClient(c *http.Client) HTTPOption {
	return func(e *edgeConfig) { e.client = c }
}

// WithAckWithin sets how long a command may take before the answer is
// "Working on it…" and the result follows through response_url
// (default DefaultAckWithin).
func WithAckWithin(d time.Duration) HTTPOption {
	return func(e *edgeConfig) { e.ackWithin = d }
}

// WithWorkTimeout bounds a command that answers through response_url
// (default DefaultWorkTimeout).
func WithWorkTimeout(d time.Duration) HTTPOption {
	return func(e *edgeConfig) { e.workTimeout = d }
}

// WithMaxBody caps the request body read before the signature is checked
// (default DefaultMaxBody); larger requests get 413.
func WithMaxBody(n int64) HTTPOption {
	return func(e *edgeConfig) { e.maxBody = n }
}

// edge is what both transports share: the 3-second rule, interactions and
// delivery through response_url. It owns the goroutines that finish slow
// work after the acknowledgement.
type edge struct {
	cfg    edgeConfig
	c      *Commands
	ctx    context.Context
	cancel context.CancelFunc

	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func newEdge(parent context.Context, c *Commands, opts []HTTPOption) *edge {
	cfg := edgeConfig{
		ackWithin:   DefaultAckWithin,
		workTimeout: DefaultWorkTimeout,
		maxBody:     DefaultMaxBody,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.client == nil {
		cfg.client = &http.Client{Timeout: 10 * time.Second}
	}
	ctx, cancel := context.WithCancel(parent)
	return &edge{cfg: cfg, c: c, ctx: ctx, cancel: cancel}
}

// spawn runs f in a goroutine the edge waits for on close; false once closed.
func (e *edge) spawn(f func()) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return false
	}
	e.wg.Go(f)
	return true
}

// close cancels background work and waits for it.
func (e *edge) close() {
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	e.cancel()
	e.wg.Wait()
}

var shuttingDown = simple("relbot is restarting; please try again in a minute.")

// command answers cmd within the acknowledgement window: the answer and
// true when it is ready in time. Otherwise it returns "Working on it…" and
// false, and the answer goes to cmd.ResponseURL when it is ready. The work
// runs once, under its own deadline, so a slow answer is neither lost nor
// computed twice.
func (e *edge) command(cmd slack.SlashCommand) (Message, bool) {
	res := make(chan Message) // unbuffered: a send succeeds only while command waits
	late := make(chan struct{})
	ok := e.spawn(func() {
		ctx, cancel := context.WithTimeout(e.ctx, e.cfg.workTimeout)
		defer cancel()
		m := e.c.Handle(ctx, cmd)
		select {
		case res <- m:
		case <-late:
			e.respond(ctx, cmd.ResponseURL, m, "ephemeral", false)
		}
	})
	if !ok {
		return shuttingDown, true
	}
	if isSlow(cmd.Text) {
		// May call an LLM or fetch a feed: acknowledge now, whatever the
		// work's speed, and answer through response_url.
		close(late)
		return simple(workingText), false
	}
	t := time.NewTimer(e.cfg.ackWithin)
	defer t.Stop()
	select {
	case m := <-res:
		return m, true
	case <-t.C:
		close(late)
		e.c.logger().Info("command_slow", "channel_id", cmd.ChannelID, "ack_within", e.cfg.ackWithin.String())
		return simple(workingText), false
	}
}

var userID = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)

// interaction handles a button click in the background: the caller
// acknowledges at once, and the answer goes to the callback's response_url.
func (e *edge) interaction(cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, a := range cb.ActionCallback.BlockActions {
		a := *a
		e.spawn(func() {
			ctx, cancel := context.WithTimeout(e.ctx, e.cfg.workTimeout)
			defer cancel()
			e.action(ctx, cb, a)
		})
	}
}

func (e *edge) action(ctx context.Context, cb slack.InteractionCallback, a slack.BlockAction) {
	ps := e.c.pageSize()
	var (
		q       pageValue
		err     error
		replace = true
		kind    = "ephemeral"
		shared  = ""
	)
	switch {
	case a.ActionID == actionMore:
		q, err = decodePage(a.Value)
	case a.ActionID == actionShare:
		q, err = decodePage(a.Value)
		replace, kind, shared = false, "in_channel", cb.User.ID
		if !userID.MatchString(shared) {
			err = fmt.Errorf("share: bad user id %q", shared)
		}
	case strings.HasPrefix(a.ActionID, actionSuggest):
		q = pageValue{Query: a.Value}
	default:
		return // the source links' overflow opens URLs itself
	}
	var m Message
	if err == nil {
		var r relbot.QueryResult
		r, err = e.c.Backend.Query(ctx, q.Query, q.Offset, ps)
		if err != nil {
			err = fmt.Errorf("query %q at %d: %w", q.Query, q.Offset, err)
		} else {
			m = answer(r, q.Offset, ps, shared)
		}
	}
	if err != nil {
		e.c.logger().Warn("action_failed", "error", err, "action_id", a.ActionID, "channel_id", cb.Channel.ID, "user_id", cb.User.ID)
		m, replace, kind = ErrorMessage(err), false, "ephemeral"
	}
	e.respond(ctx, cb.ResponseURL, m, kind, replace)
}

// respond posts m to a response_url, logging what fails: nobody else is
// waiting for the outcome.
func (e *edge) respond(ctx context.Context, responseURL string, m Message, responseType string, replace bool) {
	if err := e.deliver(ctx, responseURL, m, responseType, replace); err != nil {
		e.c.logger().Error("respond_failed", "error", err)
	}
}

var errBadResponseURL = errors.New("bot: response_url is not an https URL")

func (e *edge) deliver(ctx context.Context, responseURL string, m Message, responseType string, replace bool) error {
	// Slack's response URLs are https; refusing anything else keeps a
	// forged or mistyped value from sending our answers elsewhere.
	u, err := url.Parse(responseURL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("respond: %w", errBadResponseURL)
	}
	msg := &slack.WebhookMessage{
		Text:            m.Text,
		Blocks:          &slack.Blocks{BlockSet: m.Blocks},
		ResponseType:    responseType,
		ReplaceOriginal: replace,
	}
	if err := slack.PostWebhookCustomHTTPContext(ctx, responseURL, e.cfg.client, msg); err != nil {
		return fmt.Errorf("respond to %s: %w", u.Host, err)
	}
	return nil
}

// reply is the JSON of an answer in an HTTP response or a Socket Mode
// acknowledgement.
type reply struct {
	ResponseType string        `json:"response_type,omitempty"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks,omitempty"`
}

func ephemeral(m Message) reply {
	return reply{ResponseType: "ephemeral", Text: m.Text, Blocks: m.Blocks}
}
