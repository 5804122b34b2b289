package summarize

import (
	"context"
	"sync"
)

// MemoryCache is a Cache in memory holding at most Max summaries (0: 10,000);
// when full it forgets the oldest. It suits a single process; a store-backed
// Cache keeps summaries across restarts.
type MemoryCache struct {
	Max int

	mu    sync.Mutex
	m     map[string]string
	order []string // keys, oldest first
}

// Get returns the summary stored under key.
func (c *MemoryCache) Get(_ context.Context, key string) (string, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[key]
	return s, ok, nil
}

// Put stores summary under key.
func (c *MemoryCache) Put(_ context.Context, key, summary string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]string)
	}
	if _, ok := c.m[key]; !ok {
		c.order = append(c.order, key)
	}
	c.m[key] = summary
	limit := c.Max
	if limit <= 0 {
		limit = 10000
	}
	for len(c.order) > limit {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	return nil
}
