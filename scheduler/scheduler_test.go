package scheduler

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/relbot/relbot/config"
)

func TestPeriodAt(t *testing.T) {
	hcm, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		spec string
		now  time.Time
		want time.Time
	}{
		{"0 7 * * *", time.Date(2026, 2, 8, 7, 0, 0, 0, hcm), time.Date(2026, 2, 8, 7, 0, 0, 0, hcm)},
		{"0 7 * * *", time.Date(2026, 2, 8, 6, 59, 0, 0, hcm), time.Date(2026, 2, 7, 7, 0, 0, 0, hcm)},
		{"0 7 * * 1-5", time.Date(2026, 2, 8, 12, 0, 0, 0, hcm), time.Date(2026, 2, 6, 7, 0, 0, 0, hcm)}, // Sunday → Friday
		{"*/30 * * * *", time.Date(2026, 2, 8, 12, 44, 10, 0, hcm), time.Date(2026, 2, 8, 12, 30, 0, 0, hcm)},
		{"0 0 1 1 *", time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.spec+" "+tc.now.String(), func(t *testing.T) {
			sched, err := config.ParseSchedule(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := PeriodAt(sched, tc.now); !got.Equal(tc.want) {
				t.Fatalf("PeriodAt = %v, want %v", got, tc.want)
			}
		})
	}
}

type flipLeader struct {
	mu   sync.Mutex
	lead bool
}

func (f *flipLeader) IsLeader(context.Context) bool { f.mu.Lock(); defer f.mu.Unlock(); return f.lead }
func (f *flipLeader) set(v bool)                    { f.mu.Lock(); f.lead = v; f.mu.Unlock() }

func TestJobsRunOnScheduleOnlyWhileLeading(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		leader := &flipLeader{lead: true}
		s := New(time.UTC, slog.New(slog.NewTextHandler(io.Discard, nil)), WithLeader(leader))
		var mu sync.Mutex
		var periods []time.Time
		if err := s.Add("tick", "* * * * *", nil, func(ctx context.Context, p time.Time) error {
			mu.Lock()
			periods = append(periods, p)
			mu.Unlock()
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		s.Start()
		time.Sleep(3*time.Minute + time.Second)
		synctest.Wait()
		leader.set(false)
		time.Sleep(2 * time.Minute)
		synctest.Wait()
		<-s.Stop().Done()
		mu.Lock()
		defer mu.Unlock()
		if len(periods) != 3 {
			t.Fatalf("ran %d times (%v), want 3 while leading and none after", len(periods), periods)
		}
		for i, p := range periods {
			if p.Second() != 0 || (i > 0 && p.Sub(periods[i-1]) != time.Minute) {
				t.Fatalf("periods = %v, want consecutive whole minutes", periods)
			}
		}
	})
}

func TestStopLetsTheRunningJobFinishAndCancelEndsIt(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := New(time.UTC, slog.New(slog.NewTextHandler(io.Discard, nil)))
		started := make(chan struct{})
		var cancelled bool
		if err := s.Add("slow", "* * * * *", nil, func(ctx context.Context, p time.Time) error {
			close(started)
			<-ctx.Done()
			cancelled = true
			return ctx.Err()
		}); err != nil {
			t.Fatal(err)
		}
		s.Start()
		<-started
		stopped := s.Stop()
		synctest.Wait()
		if stopped.Err() != nil || cancelled {
			t.Fatal("Stop ended a running job")
		}
		s.Cancel()
		<-stopped.Done()
		if !cancelled {
			t.Fatal("the job did not see its context end after Cancel")
		}
	})
}

func TestAddRejectsBadSpec(t *testing.T) {
	s := New(time.UTC, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := s.Add("x", "61 * * * *", nil, func(context.Context, time.Time) error { return nil }); err == nil {
		t.Fatal("bad spec accepted")
	}
}
