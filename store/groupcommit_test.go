package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/relbot/relbot"
)

// One group commit holding a good article, a failing one, a duplicate of the
// first and a caller who gave up: only the failing and the abandoned saves
// fail, and the failing one leaves nothing behind.
func TestGroupCommitIsolatesEachSave(t *testing.T) {
	s, _ := openSQLiteTest(t)
	good := article("VNA", "g1", "https://example.org/g1", "Good", "text", "2026-02-08T11:00:00+07:00")
	goodMeeting := meetingOf(good, "2026-02-06", "Phnom Penh", relbot.KindInPerson, relbot.StatusPast, "good", "to-lam", "hun-sen")
	bad := article("VNA", "b1", "https://example.org/b1", "Bad", "text", "2026-02-08T11:00:00+07:00")
	badMeeting := meetingOf(bad, "2026-02-06", "", relbot.KindPhone, relbot.StatusPast, "bad", "to-lam", "")
	dup := article("VNA", "g1", "https://example.org/g1", "Good again", "text", "2026-02-08T11:00:00+07:00")
	late := article("VNA", "l1", "https://example.org/l1", "Late", "text", "2026-02-08T11:00:00+07:00")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	batch := []*groupedSave{
		{ctx: context.Background(), a: good, meetings: []*relbot.Meeting{goodMeeting}},
		{ctx: context.Background(), a: bad, meetings: []*relbot.Meeting{badMeeting},
			newActors: []relbot.Actor{{Slug: "new-person", Name: "New Person"}}},
		{ctx: context.Background(), a: dup},
		{ctx: cancelled, a: late},
	}
	s.commitGroup(batch)

	if !batch[0].added || batch[0].err != nil || good.ID == 0 || goodMeeting.ID == 0 {
		t.Errorf("good save: added %v, err %v, ids %d/%d; want added with ids", batch[0].added, batch[0].err, good.ID, goodMeeting.ID)
	}
	if batch[1].added || batch[1].err == nil || bad.ID != 0 || badMeeting.ID != 0 {
		t.Errorf("bad save: added %v, err %v, ids %d/%d; want an error and no ids", batch[1].added, batch[1].err, bad.ID, badMeeting.ID)
	}
	if batch[2].added || batch[2].err != nil || dup.ID != good.ID {
		t.Errorf("duplicate: added %v, err %v, id %d; want not added, id %d", batch[2].added, batch[2].err, dup.ID, good.ID)
	}
	if batch[3].added || batch[3].err == nil || late.ID != 0 {
		t.Errorf("abandoned save: added %v, err %v, id %d; want an error", batch[3].added, batch[3].err, late.ID)
	}
	for _, a := range []*relbot.Article{bad, late} {
		if has, _ := s.HasArticle(ctx, a.Source, a.GUID, a.URL); has {
			t.Errorf("%s was stored", a.GUID)
		}
	}
	ms, err := s.MeetingsBetween(ctx, date("2000"), date("2100"))
	if err != nil || len(ms) != 1 || ms[0].Summary != "good" {
		t.Errorf("MeetingsBetween = %+v, %v; want the good meeting only", ms, err)
	}
	if as, _ := s.Actors(ctx); len(as) != 0 {
		t.Errorf("Actors = %v; the failed save's actor was kept", as)
	}
	if n := checkPairIndex(t, s); n != 1 {
		t.Errorf("meeting_pairs holds %d pairs, want 1", n)
	}
}

// Many concurrent savers: every article is stored once, each caller learns
// its own id, and the queue hands the lead on without losing a waiter (the
// race detector watches the hand-over).
func TestGroupCommitConcurrentSavers(t *testing.T) {
	s, _ := openSQLiteTest(t)
	const savers, each = 8, 40
	var wg sync.WaitGroup
	ids := make([][]int64, savers)
	errs := make(chan error, savers*each)
	for w := range savers {
		wg.Go(func() {
			for i := range each {
				// Every other article repeats one a sibling saver also sends.
				guid := fmt.Sprintf("w%d-%d", w, i)
				if i%2 == 1 {
					guid = fmt.Sprintf("shared-%d", i)
				}
				a := article("VNA", guid, "", guid, "text "+guid, "2026-02-08T11:00:00+07:00")
				m := meetingOf(a, "2026-02-06", "Hanoi", relbot.KindInPerson, relbot.StatusPast, guid, "to-lam", fmt.Sprintf("p-%d-%d", w, i))
				added, err := s.SaveArticle(ctx, a, []*relbot.Meeting{m}, nil)
				if err != nil {
					errs <- err
					return
				}
				if a.ID == 0 {
					errs <- fmt.Errorf("%s: no id (added %v)", guid, added)
				}
				if !added && m.ID != 0 {
					errs <- fmt.Errorf("%s: a duplicate kept meeting id %d", guid, m.ID)
				}
				ids[w] = append(ids[w], a.ID)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	distinct := map[int64]bool{}
	for _, w := range ids {
		for _, id := range w {
			distinct[id] = true
		}
	}
	want := savers*each/2 + each/2 // own articles plus one of each shared
	if len(distinct) != want {
		t.Errorf("%d distinct article ids, want %d", len(distinct), want)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil || n != want {
		t.Errorf("%d stored articles (%v), want %d", n, err, want)
	}
	if s.groupCommitting || len(s.groupQueue) != 0 {
		t.Errorf("queue left busy: committing %v, %d waiting", s.groupCommitting, len(s.groupQueue))
	}
}

// Every group commits on the store's one writer connection, with its larger
// page cache; a writer connection that fails is replaced at once.
func TestGroupCommitWriterConnection(t *testing.T) {
	s, _ := openSQLiteTest(t)
	save(t, s, article("VNA", "w1", "https://example.org/w1", "First", "text", "2026-02-08T11:00:00+07:00"))
	first := s.groupWriter
	if first == nil {
		t.Fatal("no writer connection after a save")
	}
	save(t, s, article("VNA", "w2", "https://example.org/w2", "Second", "text", "2026-02-08T11:00:00+07:00"))
	if s.groupWriter != first {
		t.Error("the second group took another connection")
	}
	var cache int
	if err := first.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
		t.Fatal(err)
	}
	if cache != -groupWriterCache {
		t.Errorf("writer cache_size = %d, want %d", cache, -groupWriterCache)
	}
	first.Close() // as a broken connection would be
	save(t, s, article("VNA", "w3", "https://example.org/w3", "Third", "text", "2026-02-08T11:00:00+07:00"))
	if s.groupWriter == nil || s.groupWriter == first {
		t.Error("a closed writer connection was not replaced")
	}
	if got, err := s.SearchArticles(ctx, "third", 0); err != nil || len(got) != 1 {
		t.Errorf("the article saved after the replacement: %v, %v", got, err)
	}
}
