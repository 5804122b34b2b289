package summarize

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Retry policy. Rate limits and server errors are retried; a timeout is not,
// because a server that did not answer in Timeout will rarely answer in the
// next one, and every retry would add a whole Timeout to the digest.
const (
	maxRetries    = 3
	backoffBase   = 500 * time.Millisecond
	backoffMax    = 8 * time.Second
	maxRetryAfter = 60 * time.Second // a longer Retry-After gives up at once
)

// backoff returns the wait before retry number attempt (0 for the first):
// exponential with "equal jitter", so that concurrent callers spread out but
// each still waits at least half the step. r is uniform in [0, 1).
func backoff(attempt int, r float64) time.Duration {
	d := backoffBase << attempt
	if d > backoffMax || d <= 0 {
		d = backoffMax
	}
	return d/2 + time.Duration(r*float64(d/2))
}

// retryHint carries a Retry-After header from the transport, which sees the
// HTTP response, back to the retry loop, which sees only go-openai's error.
// One hint travels in each attempt's context, so concurrent calls keep
// theirs apart.
type retryHint struct {
	mu  sync.Mutex
	d   time.Duration
	set bool
}

func (h *retryHint) get() (time.Duration, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.d, h.set
}

type retryHintKey struct{}

// hintTransport records the Retry-After of 429 and 503 responses in the
// request context's retryHint.
type hintTransport struct {
	base http.RoundTripper
	now  func() time.Time
}

func (t hintTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
		return resp, err
	}
	h, ok := r.Context().Value(retryHintKey{}).(*retryHint)
	if !ok {
		return resp, nil
	}
	if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), t.now()); ok {
		h.mu.Lock()
		h.d, h.set = d, true
		h.mu.Unlock()
	}
	return resp, nil
}

func withHint(ctx context.Context) (context.Context, *retryHint) {
	h := new(retryHint)
	return context.WithValue(ctx, retryHintKey{}, h), h
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(maxRetryAfter/time.Second)*1000 { // no overflow below
			n = int64(maxRetryAfter/time.Second) * 1000
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(0, t.Sub(now)), true
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
