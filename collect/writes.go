package collect

import (
	"context"
	"slices"
	"sync"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/meeting"
)

// keptWrites is how many finished writes the registry remembers for the
// merges that read the store before they finished. A merge older than all
// of them merges again.
const keptWrites = 512

// writes registers the meetings being saved, so that two reports of one
// meeting saved at once end as one meeting. An article's merge reads the
// stored meetings; the save that follows commits later (on SQLite after the
// commits queued before it). Another article's merge in between does not
// see it: it must wait for that save, then merge again, when it would
// insert the same meeting or rewrite the same stored one. Reports of other
// meetings, even of the same people, go on: holding a leader's articles to
// one at a time, from the merge to the commit, was what bounded collect.
type writes struct {
	mu       sync.Mutex
	finished uint64   // writes finished so far, the registry's clock
	pending  []*write // claimed, not finished
	recent   []*write // the last keptWrites finished, oldest first
}

// A write is one article's meetings, as merged, from its claim until its
// save returns.
type write struct {
	meetings []relbot.Meeting
	at       uint64        // the clock when it finished
	done     chan struct{} // closed when it finishes
}

// clock is read before a merge reads the store: claim then knows which
// writes finished after the read.
func (w *writes) clock() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.finished
}

// claim registers merged, the meetings an article will save after a merge
// that read the store at clock read, and returns the write to finish once
// saved. When merged is in conflict with a write the read did not see, it
// registers nothing and returns what to wait for before merging again: a
// pending write's done, or a closed channel when the write already finished.
func (w *writes) claim(read uint64, merged []*relbot.Meeting) (mine *write, wait <-chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.pending {
		if conflict(merged, p.meetings) {
			return nil, p.done
		}
	}
	if w.finished-read > uint64(len(w.recent)) {
		return nil, closed // forgotten writes may have been in conflict
	}
	for _, r := range w.recent {
		if r.at > read && conflict(merged, r.meetings) {
			return nil, closed
		}
	}
	mine = &write{done: make(chan struct{})}
	for _, m := range merged {
		mine.meetings = append(mine.meetings, *m)
	}
	w.pending = append(w.pending, mine)
	return mine, nil
}

// finish ends a write claimed by claim. saved holds its meetings with the
// ids the store gave them, or nil when nothing was stored.
func (w *writes) finish(mine *write, saved []*relbot.Meeting) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, p := range w.pending {
		if p == mine {
			w.pending = append(w.pending[:i], w.pending[i+1:]...)
			break
		}
	}
	w.finished++
	mine.at = w.finished
	mine.meetings = mine.meetings[:0]
	for _, m := range saved {
		mine.meetings = append(mine.meetings, *m)
	}
	if len(w.recent) == keptWrites {
		w.recent = append(w.recent[:0], w.recent[1:]...)
	}
	w.recent = append(w.recent, mine)
	close(mine.done)
}

// conflict reports whether saving mine could undo or repeat theirs: a
// stored meeting both rewrite, or one meeting both would insert.
func conflict(mine []*relbot.Meeting, theirs []relbot.Meeting) bool {
	for _, m := range mine {
		for _, t := range theirs {
			if m.ID != 0 && m.ID == t.ID || meeting.Same(*m, t) { // Same is symmetric
				return true
			}
		}
	}
	return false
}

var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// mergeAndClaim merges the article's held meetings with the stored reports
// of the same events and claims them, merging again after any write in
// conflict. The write, nil when there is nothing to save but the article,
// is finished by the caller once saved.
func (c *Collector) mergeAndClaim(ctx context.Context, found []relbot.Meeting) ([]*relbot.Meeting, *write, error) {
	if !slices.ContainsFunc(found, storable) {
		return nil, nil, nil
	}
	for {
		read := c.writes.clock()
		merged, err := c.merge(ctx, found)
		if err != nil {
			return nil, nil, err
		}
		mine, wait := c.writes.claim(read, merged)
		if mine != nil {
			return merged, mine, nil
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
}
