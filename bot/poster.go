package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// Poster defaults.
const (
	DefaultPostInterval   = time.Second // Slack allows about one message a second per channel
	DefaultPostAttempts   = 5
	DefaultBackoff        = 2 * time.Second
	DefaultAttemptTimeout = 15 * time.Second
	maxBackoff            = time.Minute
	historyWindow         = time.Hour // how far back to look for a post that may have landed
)

// Poster posts digests to Slack: the first message to the channel and the
// rest in its thread, paced per channel, retrying what may be retried and
// never posting a message twice. It is safe for concurrent use.
type Poster struct {
	api            *slack.Client
	now            func() time.Time
	sleep          func(ctx context.Context, d time.Duration) error
	interval       time.Duration
	attempts       int
	backoff        time.Duration
	attemptTimeout time.Duration
	log            *slog.Logger

	mu   sync.Mutex
	next map[string]time.Time // channel → earliest time of its next post
}

// PosterOption configures NewPoster.
type PosterOption func(*Poster)

// WithClock injects the clock and the sleeper that pacing, Retry-After and
// backoff use; sleep must return early with ctx's error when ctx ends.
func WithClock(now func() time.Time, sleep func(ctx context.Context, d time.Duration) error) PosterOption {
	return func(p *Poster) { p.now, p.sleep = now, sleep }
}

// WithPostInterval sets the least time between two posts to one channel
// (default DefaultPostInterval).
func WithPostInterval(d time.Duration) PosterOption {
	return func(p *Poster) { p.interval = d }
}

// WithRetries sets how many times one message is tried in all and the first
// backoff after a server error or timeout, doubled each time up to a minute
// (defaults DefaultPostAttempts, DefaultBackoff).
func WithRetries(attempts int, backoff time.Duration) PosterOption {
	return func(p *Poster) { p.attempts, p.backoff = max(attempts, 1), backoff }
}

// WithAttemptTimeout bounds one call to Slack (default DefaultAttemptTimeout).
func WithAttemptTimeout(d time.Duration) PosterOption {
	return func(p *Poster) { p.attemptTimeout = d }
}

// WithPosterLogger sets where retries are logged (default: nowhere).
func WithPosterLogger(l *slog.Logger) PosterOption {
	return func(p *Poster) { p.log = l }
}

// NewPoster returns a Poster that posts with api.
func NewPoster(api *slack.Client, opts ...PosterOption) *Poster {
	p := &Poster{
		api:            api,
		now:            time.Now,
		sleep:          sleepCtx,
		interval:       DefaultPostInterval,
		attempts:       DefaultPostAttempts,
		backoff:        DefaultBackoff,
		attemptTimeout: DefaultAttemptTimeout,
		log:            slog.New(slog.DiscardHandler),
		next:           map[string]time.Time{},
	}
	for _, o := range opts {
		o(p)
	}
	return p
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// PostDigest posts msgs for (channel, period): msgs[0] to the channel, the
// rest as replies in its thread, in order, with link and media unfurls off.
// Each post carries message metadata (event type "relbot_digest", payload
// channel, period, part) so that a retry after a timeout or a server error
// first looks for the post in the channel (conversations.history, or
// conversations.replies for thread parts) and does not post it again. HTTP
// 429 waits for Retry-After. It returns the parent message's ts; an error
// wrapping ErrNotInChannel when the bot cannot post there. When a later
// part fails, the error says which and the ts is still returned.
func (p *Poster) PostDigest(ctx context.Context, channel, period string, msgs []Message) (ts string, err error) {
	if len(msgs) == 0 {
		return "", nil
	}
	for i, m := range msgs {
		got, err := p.postPart(ctx, channel, period, i, ts, m)
		if err != nil {
			if i == 0 {
				return "", fmt.Errorf("post digest to %s: %w", channel, err)
			}
			return ts, fmt.Errorf("post digest to %s, part %d of %d: %w", channel, i+1, len(msgs), err)
		}
		if i == 0 {
			ts = got
		}
	}
	return ts, nil
}

func (p *Poster) postPart(ctx context.Context, channel, period string, part int, parent string, m Message) (string, error) {
	meta := slack.SlackMetadata{
		EventType:    metadataEvent,
		EventPayload: map[string]any{"channel": channel, "period": period, "part": part},
	}
	opts := []slack.MsgOption{
		slack.MsgOptionText(m.Text, false),
		slack.MsgOptionBlocks(m.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
		slack.MsgOptionMetadata(meta),
	}
	if parent != "" {
		opts = append(opts, slack.MsgOptionTS(parent))
	}
	since := p.now().Add(-historyWindow)
	backoff := p.backoff
	var (
		lastErr   error
		wait      time.Duration
		mustCheck bool // the last try may have posted though we got no answer
	)
	for attempt := 1; attempt <= p.attempts; attempt++ {
		if attempt > 1 {
			p.log.Warn("slack_post_retry", "channel_id", channel, "part", part, "attempt", attempt, "wait", wait.String(), "error", lastErr)
			if err := p.sleep(ctx, wait); err != nil {
				return "", fmt.Errorf("part %d: %w", part, err)
			}
		}
		if mustCheck {
			ts, found, err := p.find(ctx, channel, period, part, parent, since)
			if err != nil {
				// Posting now could duplicate the message: look again later.
				lastErr = errors.Join(lastErr, err)
				wait, backoff = backoff, min(backoff*2, maxBackoff)
				continue
			}
			if found {
				p.log.Info("slack_post_found", "channel_id", channel, "part", part, "ts", ts)
				return ts, nil
			}
			mustCheck = false
		}
		if err := p.pace(ctx, channel); err != nil {
			return "", fmt.Errorf("part %d: %w", part, err)
		}
		ts, err := p.post(ctx, channel, opts)
		if err == nil {
			return ts, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			return "", fmt.Errorf("part %d: %w", part, err)
		}
		var (
			rl *slack.RateLimitedError
			se slack.SlackErrorResponse
			sc slack.StatusCodeError
		)
		switch {
		case errors.As(err, &rl):
			// Refused, so certainly not posted.
			wait = max(rl.RetryAfter, time.Second)
		case errors.As(err, &se):
			switch se.Err {
			case "not_in_channel", "channel_not_found", "is_archived":
				return "", fmt.Errorf("%w: %w (invite the bot to the channel, or check its id)", ErrNotInChannel, err)
			case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
				wait, mustCheck = backoff, true
			default:
				return "", fmt.Errorf("part %d: %w", part, err) // a bad request: retrying cannot help
			}
		case errors.As(err, &sc):
			if !sc.Retryable() {
				return "", fmt.Errorf("part %d: %w", part, err)
			}
			wait, mustCheck = backoff, true
		case isTransport(err), errors.Is(err, context.DeadlineExceeded):
			wait, mustCheck = backoff, true
		default:
			return "", fmt.Errorf("part %d: %w", part, err)
		}
		if mustCheck {
			backoff = min(backoff*2, maxBackoff)
		}
	}
	if mustCheck {
		return "", fmt.Errorf("part %d: gave up after %d attempts, the last one's outcome unknown: %w", part, p.attempts, lastErr)
	}
	return "", fmt.Errorf("part %d: gave up after %d attempts: %w", part, p.attempts, lastErr)
}

// isTransport reports errors from the HTTP client that carry no status:
// the request may or may not have reached Slack.
func isTransport(err error) bool {
	var ue interface{ Timeout() bool }
	return errors.As(err, &ue)
}

// pace waits until the channel may get its next post and books the slot.
func (p *Poster) pace(ctx context.Context, channel string) error {
	p.mu.Lock()
	now := p.now()
	at := p.next[channel]
	if at.Before(now) {
		at = now
	}
	p.next[channel] = at.Add(p.interval)
	p.mu.Unlock()
	if wait := at.Sub(now); wait > 0 {
		return p.sleep(ctx, wait)
	}
	return nil
}

func (p *Poster) post(ctx context.Context, channel string, opts []slack.MsgOption) (string, error) {
	actx, cancel := context.WithTimeout(ctx, p.attemptTimeout)
	defer cancel()
	_, ts, err := p.api.PostMessageContext(actx, channel, opts...)
	return ts, err
}

// find looks for the post of (channel, period, part) made since: in the
// channel's history for the parent, in the thread for a reply.
func (p *Poster) find(ctx context.Context, channel, period string, part int, parent string, since time.Time) (string, bool, error) {
	actx, cancel := context.WithTimeout(ctx, p.attemptTimeout)
	defer cancel()
	oldest := strconv.FormatInt(since.Unix(), 10) + ".000000"
	var msgs []slack.Message
	if parent == "" {
		resp, err := p.api.GetConversationHistoryContext(actx, &slack.GetConversationHistoryParameters{
			ChannelID: channel, Oldest: oldest, Limit: 100, IncludeAllMetadata: true,
		})
		if err != nil {
			return "", false, fmt.Errorf("conversations.history: %w", err)
		}
		msgs = resp.Messages
	} else {
		var err error
		msgs, _, _, err = p.api.GetConversationRepliesContext(actx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: parent, Limit: 200, IncludeAllMetadata: true,
		})
		if err != nil {
			return "", false, fmt.Errorf("conversations.replies: %w", err)
		}
	}
	want := strconv.Itoa(part)
	for _, m := range msgs {
		md := m.Metadata
		if md.EventType != metadataEvent {
			continue
		}
		if fmt.Sprint(md.EventPayload["channel"]) == channel && fmt.Sprint(md.EventPayload["period"]) == period &&
			fmt.Sprint(md.EventPayload["part"]) == want {
			return m.Timestamp, true, nil
		}
	}
	return "", false, nil
}
