package summarize

import (
	"sync"
	"time"
)

// budget counts the tokens the model reported (usage.total_tokens) per UTC
// day. Once the day's allowance is spent, calls fail fast until midnight UTC.
//
// The check happens before a call and the spending after it, so calls in
// flight when the allowance runs out may overshoot it by at most one call
// each (MaxConcurrency bounds them).
type budget struct {
	now func() time.Time
	max int64 // <= 0: no limit

	mu   sync.Mutex
	day  string // the UTC day that used counts, "2006-01-02"
	used int64
}

func (b *budget) roll() {
	if d := b.now().UTC().Format(time.DateOnly); d != b.day {
		b.day, b.used = d, 0
	}
}

// allow reports whether today's allowance has tokens left.
func (b *budget) allow() bool {
	if b.max <= 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	return b.used < b.max
}

// spend adds n tokens to today's count.
func (b *budget) spend(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	b.used += n
}

// remaining returns today's tokens left, or -1 when there is no limit.
func (b *budget) remaining() int64 {
	if b.max <= 0 {
		return -1
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll()
	return max(0, b.max-b.used)
}
