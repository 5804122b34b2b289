package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/metrics"
	"github.com/relbot/relbot/summarize"
)

// llmObserver counts LLM calls, tokens, fallbacks and cache hits.
type llmObserver struct{ m *metrics.Metrics }

func (o llmObserver) LLMCall(outcome string, tokens int, _ time.Duration) {
	o.m.LLMCalls.WithLabelValues(outcome).Inc()
	o.m.LLMTokens.Add(float64(tokens))
}

func (o llmObserver) Fallback(reason string) { o.m.LLMFallbacks.WithLabelValues(reason).Inc() }

func (o llmObserver) CacheLookup(hit bool) {
	outcome := "cache_miss"
	if hit {
		outcome = "cache_hit"
	}
	o.m.LLMCalls.WithLabelValues(outcome).Inc()
}

func newLLM(cfg *config.LLM, m *metrics.Metrics, log *slog.Logger) *summarize.LLM {
	return summarize.NewLLM(summarize.LLMOptions{
		BaseURL:         cfg.BaseURL,
		Model:           cfg.Model,
		APIKey:          cfg.APIKey,
		Timeout:         time.Duration(cfg.Timeout),
		MaxConcurrency:  cfg.MaxConcurrency,
		MaxTokensPerDay: cfg.MaxTokensPerDay,
		Observer:        llmObserver{m},
		Logger:          log,
		Cache:           &summarize.MemoryCache{Max: 10000},
	})
}

// summaryStore is where upgraded summaries go.
type summaryStore interface {
	SetSummary(ctx context.Context, articleID int64, summary string) error
}

// upgrader replaces articles' extractive summaries with the LLM's in the
// background, so that collecting and digests never wait for the model: an
// article whose upgrade fails or has not happened yet keeps its extractive
// summary.
type upgrader struct {
	llm   *summarize.LLM
	store summaryStore
	obs   llmObserver
	log   *slog.Logger
	queue chan relbot.Article
	wg    sync.WaitGroup

	mu     sync.Mutex // guards closed against a late Enqueue from a job still running at exit
	closed bool
}

// queueSize bounds the articles waiting for the model; past it they keep
// their extractive summary.
const queueSize = 1000

func newUpgrader(ctx context.Context, llm *summarize.LLM, st summaryStore, obs llmObserver, log *slog.Logger, workers int) *upgrader {
	u := &upgrader{llm: llm, store: st, obs: obs, log: log, queue: make(chan relbot.Article, queueSize)}
	for range max(workers, 1) {
		u.wg.Add(1)
		go u.work(ctx)
	}
	return u
}

// Enqueue offers an article for an LLM summary without blocking.
func (u *upgrader) Enqueue(a relbot.Article) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.closed {
		return
	}
	select {
	case u.queue <- a:
	default:
		u.obs.Fallback("queue_full")
	}
}

// Close stops taking articles and waits for the workers to finish the queue
// (or for their context to end).
func (u *upgrader) Close() {
	u.mu.Lock()
	u.closed = true
	close(u.queue)
	u.mu.Unlock()
	u.wg.Wait()
}

func (u *upgrader) work(ctx context.Context) {
	defer u.wg.Done()
	for a := range u.queue {
		if ctx.Err() != nil {
			continue // drain without calling the model
		}
		s, err := u.llm.Summarize(ctx, a.Title, a.Text)
		if err != nil {
			reason := summarize.ReasonOf(err)
			u.obs.Fallback(reason)
			u.log.Info("llm_fallback", "article_id", a.ID, "reason", reason, "error", err)
			continue
		}
		if err := u.store.SetSummary(ctx, a.ID, s); err != nil {
			u.log.Warn("llm_summary_not_saved", "article_id", a.ID, "error", err)
		}
	}
}
