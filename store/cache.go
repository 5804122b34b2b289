package store

import (
	"context"
	"fmt"
	"slices"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/relbot/relbot"
)

// Answers to FindMeetings are kept in memory and reused while the meetings
// are unchanged: slash commands ask the same few leaders over and over, and
// a cached answer costs one primary-key read of meetings_generation instead
// of four queries. That counter is moved on by triggers on every write of a
// meetings row, which every change to a meeting's participants and sources
// comes with, by whatever writer (this process, another replica, an
// import); on PostgreSQL at commit. A cached answer is never older than the
// last change visible to the read of the counter.
const (
	// findCacheSize bounds the answers kept; an answer holds at most one page.
	findCacheSize = 2048
	// findCacheMaxLimit keeps unpaged or long answers out of the cache.
	findCacheMaxLimit = 100
)

// AnswerCacheStats counts FindMeetings answers taken from the cache (Hits)
// and computed (Misses) since the store was opened.
type AnswerCacheStats struct{ Hits, Misses int64 }

// AnswerCacheStats returns the cache's counts.
func (s *Store) AnswerCacheStats() AnswerCacheStats {
	return AnswerCacheStats{Hits: s.cacheHits.Load(), Misses: s.cacheMisses.Load()}
}

// DisableAnswerCache makes every FindMeetings query the database: the
// baseline of the benchmarks. It must be called before the store is used.
func (s *Store) DisableAnswerCache() { s.answers = nil }

type cachedFind struct {
	generation int64
	meetings   []relbot.Meeting
	total      int
}

func newFindCache() *lru.Cache[string, cachedFind] {
	c, err := lru.New[string, cachedFind](findCacheSize)
	if err != nil {
		panic(err) // only for a size below one
	}
	return c
}

func findKey(f relbot.MeetingFilter) string {
	return fmt.Sprintf("%q|%s|%s|%q|%s|%s|%d|%d", f.Slugs, f.Since, f.Until, placeKey(f.Place), f.Kind, f.Status,
		f.Limit, f.Offset)
}

// MeetingsGeneration returns a counter that moves on with every change to
// the stored meetings, by any writer: what was computed from them under one
// value is stale under another.
func (s *Store) MeetingsGeneration(ctx context.Context) (int64, error) {
	w := s.watch()
	if n, ok := w.current(); ok {
		return n, nil
	}
	var epoch int64
	if w != nil {
		epoch = w.epoch.Load() // before the read: a notice during it leaves the read stale
	}
	var n int64
	if err := s.queryRow(ctx, s.db, `SELECT n FROM meetings_generation WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("meetings generation: %w", err)
	}
	if w != nil {
		w.learn(n, epoch)
	}
	return n, nil
}

type generationKey struct{}

// AtGeneration returns ctx telling FindMeetings that the caller read
// MeetingsGeneration as gen just before: FindMeetings then keeps its answer
// under gen instead of reading the counter a second time, which on
// PostgreSQL is a round trip. Any value read before the query is safe: a
// change committed after it leaves the answer under an older generation.
func AtGeneration(ctx context.Context, gen int64) context.Context {
	return context.WithValue(ctx, generationKey{}, gen)
}

// FindMeetings returns the meetings matching f, newest first (by date, then
// by id), paged by f.Limit and f.Offset, and how many match in all.
//
// Every slug in f.Slugs must have taken part. Since keeps meetings whose
// first possible day is on or after Since's first day; Until keeps those
// whose last possible day is on or before Until's last day. Place compares
// folded ("Đà Nẵng" = "da nang"). An empty Status means past meetings only.
// Participants come in their stored order, sources by publication time.
//
// With slugs and a Limit, the count stops at max(TotalCap, Offset+Limit)+1
// rows: a total above TotalCap is then a lower bound ("1,000+"), and is exact
// below it. Without slugs or without a Limit the total is always exact.
//
// Paged answers are cached until the meetings change (see findCacheSize).
// The meetings returned are the caller's to change.
func (s *Store) FindMeetings(ctx context.Context, f relbot.MeetingFilter) ([]relbot.Meeting, int, error) {
	if f.Limit <= 0 || f.Limit > findCacheMaxLimit || s.answers == nil {
		return s.findMeetings(ctx, f)
	}
	// Read before the query: a change committed in between leaves the entry
	// under the older generation, and the next read misses it.
	gen, known := ctx.Value(generationKey{}).(int64)
	if !known {
		var err error
		if gen, err = s.MeetingsGeneration(ctx); err != nil {
			return nil, 0, fmt.Errorf("find meetings: %w", err)
		}
	}
	key := findKey(f)
	if c, ok := s.answers.Get(key); ok && c.generation == gen {
		s.cacheHits.Add(1)
		return cloneMeetings(c.meetings), c.total, nil
	}
	s.cacheMisses.Add(1)
	ms, total, err := s.findMeetings(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	s.answers.Add(key, cachedFind{generation: gen, meetings: cloneMeetings(ms), total: total})
	return ms, total, nil
}

// cloneMeetings copies ms deeply enough that neither copy's changes reach the
// other: the slices of participants and sources are the only shared parts.
func cloneMeetings(ms []relbot.Meeting) []relbot.Meeting {
	if ms == nil {
		return nil
	}
	out := slices.Clone(ms)
	for i := range out {
		out[i].Participants = slices.Clone(out[i].Participants)
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}
