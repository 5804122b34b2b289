package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeLLM is an OpenAI-compatible chat completions server that either
// answers with a one-sentence summary or never answers.
type fakeLLM struct {
	*httptest.Server
	hits atomic.Int32
	down atomic.Bool
	stop chan struct{}
}

func newFakeLLM(t *testing.T) *fakeLLM {
	f := &fakeLLM{stop: make(chan struct{})}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.hits.Add(1)
		if f.down.Load() {
			select { // a server that never answers
			case <-r.Context().Done():
			case <-f.stop:
			}
			return
		}
		body, _ := io.ReadAll(r.Body)
		content := "Rice exports from the Mekong Delta rose by a tenth in January."
		if strings.Contains(string(body), "Hun Sen") {
			content = "Hun Sen and Tô Lâm agreed in Phnom Penh to raise trade and open more border gates."
		} else if strings.Contains(string(body), "market") {
			content = "A new border market between Cambodia and Viet Nam opened to traders."
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "c1", "object": "chat.completion", "model": "fake",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": content}}},
			"usage": map[string]any{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
		})
	}))
	t.Cleanup(f.Close)
	t.Cleanup(func() { close(f.stop) }) // runs first: frees handlers whose client went away unnoticed
	return f
}

func withLLM(t *testing.T, w *world, llm *fakeLLM) {
	t.Helper()
	cfg, err := os.ReadFile(w.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	extra := fmt.Sprintf("llm:\n  base_url: %s/v1\n  model: fake\n  timeout: 300ms\n  max_concurrency: 1\n", llm.URL)
	if err := os.WriteFile(w.cfgPath, append(cfg, extra...), 0o600); err != nil {
		t.Fatal(err)
	}
}

func exportedSummaries(t *testing.T, w *world) map[string]string {
	t.Helper()
	code, out, stderr := w.relbot("export")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	sums := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v struct{ Type, Title, Summary string }
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		if v.Type == "article" {
			sums[v.Title] = v.Summary
		}
	}
	return sums
}

func TestLLMSummariesReplaceExtractiveOnes(t *testing.T) {
	w := newWorld(t)
	llm := newFakeLLM(t)
	withLLM(t, w, llm)
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	sums := exportedSummaries(t, w)
	if got := sums["Party chief meets CPP President in Phnom Penh"]; !strings.HasPrefix(got, "Hun Sen and Tô Lâm agreed") {
		t.Fatalf("summary = %q, want the LLM's", got)
	}
	if llm.hits.Load() != 2 {
		t.Errorf("LLM hits = %d, want one per article", llm.hits.Load())
	}
}

func TestLLMDownCostsOneTimeoutAndTheDigestIsPosted(t *testing.T) {
	w := newWorld(t)
	llm := newFakeLLM(t)
	llm.down.Store(true)
	withLLM(t, w, llm)
	start := time.Now()
	if code, _, stderr := w.relbot("collect"); code != 0 {
		t.Fatalf("collect exit %d: %s", code, stderr)
	}
	if hits := llm.hits.Load(); hits != 1 {
		t.Errorf("a dead LLM was called %d times; the circuit breaker should stop at one timeout", hits)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("collect took %v with the LLM down", d)
	}
	for title, s := range exportedSummaries(t, w) {
		if s == "" {
			t.Errorf("article %q has no extractive summary", title)
		}
	}
	w.setClock(time.Date(2026, 2, 9, 7, 0, 30, 0, ict))
	if code, _, stderr := w.relbot("digest"); code != 0 || len(w.slack.Messages()) != 1 {
		t.Fatalf("digest exit %d, %d posts: %s", code, len(w.slack.Messages()), stderr)
	}
}
