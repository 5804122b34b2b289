package summarize

import (
	"sync"
	"time"
)

// breaker is a circuit breaker over the model server. After threshold
// consecutive failed calls it opens: calls fail at once, so a dead server
// costs one timeout instead of one per article. When the cool-down has
// passed, one call goes through as a probe (half-open) while the others keep
// failing fast; the probe's result closes the breaker or opens it again.
type breaker struct {
	now       func() time.Time
	threshold int
	cooldown  time.Duration

	mu        sync.Mutex
	failures  int
	open      bool
	openUntil time.Time
	probing   bool // a half-open probe is in flight
}

// allow reports whether a call may go out. A true answer in the open state
// makes the caller the probe: it must end with success, failure or release.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return true
	}
	if b.probing || b.now().Before(b.openUntil) {
		return false
	}
	b.probing = true
	return true
}

// success records that the server answered.
func (b *breaker) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures, b.open, b.probing = 0, false, false
}

// failure records that the server did not answer usefully (timeout,
// connection error, 5xx, rate limit, garbage).
func (b *breaker) failure() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures++
	if b.probing || b.failures >= b.threshold {
		b.open, b.probing = true, false
		b.openUntil = b.now().Add(b.cooldown)
	}
}

// release records a call that ended without saying anything about the
// server, such as one whose caller gave up: a probe slot is freed.
func (b *breaker) release() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
}
