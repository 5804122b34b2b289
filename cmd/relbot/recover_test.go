package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/relbot/relbot/bot"
)

// A replica claimed an earlier period and died before posting it; the new
// leader posts the next period while that claim is still fresh. The next
// period must leave the dead claim's articles to it, so that each period
// gets its digest once, every article in one of them.
func TestALaterPeriodLeavesADeadClaimItsArticles(t *testing.T) {
	w := newWorld(t)
	a := openCollectedApp(t, w)
	ctx := context.Background()
	arts, err := a.store.ArticlesAfter(ctx, 0, 10)
	if err != nil || len(arts) != 2 {
		t.Fatalf("articles = %d, %v; want 2", len(arts), err)
	}
	d := a.cfg.Digests[0]
	poster := bot.NewPoster(a.slackClient())
	p1 := time.Date(2026, 2, 9, 7, 0, 0, 0, d.Location)
	p2, p3 := p1.AddDate(0, 0, 1), p1.AddDate(0, 0, 2)

	// The dead replica's claim of p1, covering the first article, made just
	// before p2's run: still fresh then.
	w.setClock(p2.Add(-10 * time.Second))
	if ok, err := a.store.ClaimDigest(ctx, d.Channel, p1.Format(time.RFC3339), arts[0].ID, w.now()); !ok || err != nil {
		t.Fatalf("ClaimDigest = %v, %v", ok, err)
	}
	w.setClock(p2.Add(5 * time.Second))
	if out, err := a.runDigest(ctx, poster, d, p2); err != nil || out != outcomePosted {
		t.Fatalf("runDigest(p2) = %s, %v; want posted", out, err)
	}
	// Past the claim timeout the claim is stale: p3's run settles p1 first.
	w.setClock(p3.Add(5 * time.Second))
	if out, err := a.runDigest(ctx, poster, d, p3); err != nil || out != outcomeNothingNew {
		t.Fatalf("runDigest(p3) = %s, %v; want nothing_new", out, err)
	}
	posted := w.slack.Messages()
	if len(posted) != 2 {
		t.Fatalf("%d digests posted, want 2 (p2, then p1 recovered)", len(posted))
	}
	first, second := renderText(posted[:1]), renderText(posted[1:])
	if !strings.Contains(first, arts[1].Title) || strings.Contains(first, arts[0].Title) {
		t.Errorf("p2's digest should tell the second article only:\n%s", first)
	}
	if !strings.Contains(second, arts[0].Title) || strings.Contains(second, arts[1].Title) {
		t.Errorf("p1's recovered digest should tell the first article only:\n%s", second)
	}
	if pending, err := a.store.PendingDigests(ctx); err != nil || len(pending) != 0 {
		t.Errorf("pending claims = %v, %v; want none", pending, err)
	}
}
