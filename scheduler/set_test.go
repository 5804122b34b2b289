package scheduler

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSetReschedulesAndRemoveStops moves a running job from every minute to
// every other minute, then removes it: the periods it is told follow.
func TestSetReschedulesAndRemoveStops(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		s := New(time.UTC, slog.New(slog.NewTextHandler(io.Discard, nil)))
		var mu sync.Mutex
		var periods []time.Duration // since the fake clock's start, truncated to minutes
		job := func(_ context.Context, p time.Time) error {
			mu.Lock()
			periods = append(periods, p.Sub(start.Truncate(time.Minute)))
			mu.Unlock()
			return nil
		}
		if err := s.Add("digest C1", "* * * * *", nil, job); err != nil {
			t.Fatal(err)
		}
		if err := s.Add("digest C1", "* * * * *", nil, job); err == nil {
			t.Error("Add of a name already registered succeeded")
		}
		s.Start()
		time.Sleep(2*time.Minute + time.Second)
		synctest.Wait()
		if changed, err := s.Set("digest C1", "* * * * *", nil, job); changed || err != nil {
			t.Errorf("Set with the same spec = %v, %v; want no change", changed, err)
		}
		if changed, err := s.Set("digest C1", "61 * * * *", nil, job); changed || err == nil {
			t.Errorf("Set with a bad spec = %v, %v; want an error and no change", changed, err)
		}
		if changed, err := s.Set("digest C1", "*/2 * * * *", nil, job); !changed || err != nil {
			t.Errorf("Set with a new spec = %v, %v; want a change", changed, err)
		}
		if diff := cmp.Diff(map[string]string{"digest C1": "*/2 * * * *"}, s.Jobs()); diff != "" {
			t.Errorf("Jobs (-want +got):\n%s", diff)
		}
		time.Sleep(4 * time.Minute)
		synctest.Wait()
		if !s.Remove("digest C1") || s.Remove("digest C1") {
			t.Error("Remove did not report the job once")
		}
		time.Sleep(4 * time.Minute)
		synctest.Wait()
		<-s.Stop().Done()
		mu.Lock()
		defer mu.Unlock()
		// The fake clock starts at midnight: minutes 1 and 2 on the first
		// spec, then the even minutes up to the removal at 6:01.
		want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 6 * time.Minute}
		if diff := cmp.Diff(want, periods); diff != "" {
			t.Errorf("periods (-want +got):\n%s", diff)
		}
	})
}
