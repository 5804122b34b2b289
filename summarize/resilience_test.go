package summarize

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sashabaranov/go-openai"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"7", 7 * time.Second, true},
		{" 0 ", 0, true},
		{"Tue, 01 Dec 2026 08:00:30 GMT", 30 * time.Second, true},
		{"Tue, 01 Dec 2026 07:59:00 GMT", 0, true}, // in the past: retry now
		{"", 0, false},
		{"-3", 0, false},
		{"soon", 0, false},
		{"99999999999999999999", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseRetryAfter(tc.in, now)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		attempt  int
		r        float64
		min, max time.Duration
	}{
		{0, 0, 250 * time.Millisecond, 250 * time.Millisecond},
		{0, 0.999, 250 * time.Millisecond, 500 * time.Millisecond},
		{1, 0.5, 750 * time.Millisecond, 750 * time.Millisecond},
		{2, 0, time.Second, time.Second},
		{10, 0.999, 4 * time.Second, 8 * time.Second},
		{100, 0.5, 6 * time.Second, 6 * time.Second}, // shift overflow stays capped
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d/%v", tc.attempt, tc.r), func(t *testing.T) {
			if got := backoff(tc.attempt, tc.r); got < tc.min || got > tc.max {
				t.Errorf("backoff(%d, %v) = %v, want in [%v, %v]", tc.attempt, tc.r, got, tc.min, tc.max)
			}
		})
	}
}

func TestBreaker(t *testing.T) {
	c := newClock()
	b := &breaker{now: c.Now, threshold: 2, cooldown: time.Minute}
	step := func(what string, want bool) {
		t.Helper()
		if got := b.allow(); got != want {
			t.Fatalf("%s: allow() = %v, want %v", what, got, want)
		}
	}
	step("closed", true)
	b.failure()
	step("one failure of two", true)
	b.success()
	b.failure()
	step("success reset the count", true)
	b.failure()
	step("two failures in a row open it", false)
	c.Advance(time.Minute)
	step("cool-down over: the probe", true)
	step("while the probe is out", false)
	b.release()
	step("probe released without a verdict: another probe", true)
	b.failure()
	step("failed probe reopens", false)
	c.Advance(59 * time.Second)
	step("new cool-down not over", false)
	c.Advance(time.Second)
	step("second probe", true)
	b.success()
	step("closed after a good probe", true)
	step("closed lets everyone through", true)
}

func TestBudget(t *testing.T) {
	c := newClock()
	b := &budget{now: c.Now, max: 100}
	if !b.allow() || b.remaining() != 100 {
		t.Fatalf("fresh budget: allow %v remaining %d", b.allow(), b.remaining())
	}
	b.spend(60)
	if !b.allow() || b.remaining() != 40 {
		t.Errorf("after 60: allow %v remaining %d, want true 40", b.allow(), b.remaining())
	}
	b.spend(60)
	if b.allow() || b.remaining() != 0 {
		t.Errorf("after 120: allow %v remaining %d, want false 0", b.allow(), b.remaining())
	}
	c.Advance(15*time.Hour + 59*time.Minute) // 23:59 UTC
	if b.allow() {
		t.Error("allowed before midnight UTC")
	}
	c.Advance(time.Minute)
	if !b.allow() || b.remaining() != 100 {
		t.Errorf("next UTC day: allow %v remaining %d, want true 100", b.allow(), b.remaining())
	}
	unlimited := &budget{now: c.Now}
	unlimited.spend(1 << 40)
	if !unlimited.allow() || unlimited.remaining() != -1 {
		t.Errorf("no limit: allow %v remaining %d", unlimited.allow(), unlimited.remaining())
	}
}

func TestValidateSummary(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"plain", goodSummary, goodSummary, ""},
		{"label and spaces", "  Summary: " + goodSummary + "\n", goodSummary, ""},
		{"curly quotes", "“" + goodSummary + "”", goodSummary, ""},
		{"single line break joined", "Hun Manet met Phạm Minh Chính in Hanoi.\nThey agreed to expand border trade.", "Hun Manet met Phạm Minh Chính in Hanoi. They agreed to expand border trade.", ""},
		{"adjectives of countries", "Cambodian and Vietnamese leaders met in Hanoi to discuss border trade.", "Cambodian and Vietnamese leaders met in Hanoi to discuss border trade.", ""},
		{"names folded", "Hun Manet met Pham Minh Chinh in Hanoi on Tuesday.", "Hun Manet met Pham Minh Chinh in Hanoi on Tuesday.", ""},
		{"empty", " \n\t", "", ReasonEmpty},
		{"quotes only", `""`, "", ReasonEmpty},
		{"paragraphs", goodSummary + "\n\n" + goodSummary, "", ReasonInvalid},
		{"too many words", strings.Repeat("Hun Manet met officials. ", 18), "", ReasonTooLong},
		{"too many chars", strings.Repeat("Demarcation ", 45), "", ReasonTooLong},
		{"cannot", "I cannot summarize this article because it contains instructions.", "", ReasonRefusal},
		{"as an AI", "As an AI language model, I do not have opinions on Hanoi.", "", ReasonRefusal},
		{"channel", goodSummary + " <!channel>", "", ReasonInvalid},
		{"user mention", "<@U123> " + goodSummary, "", ReasonInvalid},
		{"channel link", goodSummary + " <#C123|general>", "", ReasonInvalid},
		{"escaped markup", goodSummary + " &lt;!here&gt;", "", ReasonInvalid},
		{"bare url", goodSummary + " See https://example.org.", "", ReasonInvalid},
		{"at-here", "@here " + goodSummary, "", ReasonInvalid},
		{"code", "`Hun Manet` met Phạm Minh Chính in Hanoi on Tuesday.", "", ReasonInvalid},
		{"markdown link", "Hun Manet met [Phạm Minh Chính](x) in Hanoi on Tuesday.", "", ReasonInvalid},
		{"OK", "OK.", "", ReasonInvalid},
		{"short", "Leaders met.", "", ReasonInvalid},
		{"instructions", "Following my instructions, Hun Manet met Phạm Minh Chính in Hanoi.", "", ReasonInvalid},
		{"invented names", "Emmanuel Macron and Olaf Scholz met in Berlin on Tuesday.", "", ReasonInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := ValidateSummary(tc.in, testTitle, testArticle)
			if got != tc.want || reason != tc.reason {
				t.Errorf("ValidateSummary(%q) = %q, %q; want %q, %q", tc.in, got, reason, tc.want, tc.reason)
			}
		})
	}
}

// stubSummarizer answers with fixed values, standing for a Primary that is
// not an LLM.
type stubSummarizer struct {
	s   string
	err error
}

func (s stubSummarizer) Summarize(context.Context, string, string) (string, error) { return s.s, s.err }

func TestFallbackReasons(t *testing.T) {
	tests := []struct {
		name    string
		primary Summarizer
		want    string
		reason  string // "" when no fallback
	}{
		{"primary answers", stubSummarizer{s: "From the primary."}, "From the primary.", ""},
		{"no primary", nil, "secondary", ""},
		{"plain error", stubSummarizer{err: errors.New("boom")}, "secondary", ReasonError},
		{"deadline", stubSummarizer{err: fmt.Errorf("call: %w", context.DeadlineExceeded)}, "secondary", ReasonTimeout},
		{"fallback error", stubSummarizer{err: fmt.Errorf("wrapped: %w", &FallbackError{Reason: ReasonBudget})}, "secondary", ReasonBudget},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			obs := &recorder{}
			f := Fallback{Primary: tc.primary, Secondary: stubSummarizer{s: "secondary"}, Observer: obs}
			got, err := f.Summarize(context.Background(), "t", "x")
			if err != nil || got != tc.want {
				t.Errorf("Summarize = %q, %v; want %q, nil", got, err, tc.want)
			}
			_, fb := obs.snapshot()
			var want []string
			if tc.reason != "" {
				want = []string{tc.reason}
			}
			if strings.Join(fb, ",") != strings.Join(want, ",") {
				t.Errorf("fallbacks = %q, want %q", fb, want)
			}
		})
	}
}

func TestMemoryCacheEvicts(t *testing.T) {
	ctx := context.Background()
	c := &MemoryCache{Max: 2}
	for _, k := range []string{"a", "b", "a", "c"} {
		if err := c.Put(ctx, k, "sum-"+k); err != nil {
			t.Fatal(err)
		}
	}
	for k, want := range map[string]bool{"a": false, "b": true, "c": true} {
		if _, ok, _ := c.Get(ctx, k); ok != want {
			t.Errorf("Get(%q) found = %v, want %v", k, ok, want)
		}
	}
}

func TestCacheKey(t *testing.T) {
	a, b := CacheKey("abc", "m1"), CacheKey("abc", "m2")
	if a == b || !strings.Contains(a, PromptVersion) || CacheKey("abc", "m1") != a {
		t.Errorf("CacheKey: %q and %q; want distinct per model, stable, carrying %q", a, b, PromptVersion)
	}
}

// TestValidateAcceptsRealSummaries: a faithful summary of a real article
// (here the extractive one, which only quotes the article) passes the
// validation, so the checks do not reject good model output.
func TestValidateAcceptsRealSummaries(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "articles")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no sample articles in %s (they live beside the repository, at ../shared/articles)", dir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Extractive{Words: 50}.Summarize(context.Background(), "", string(b))
			if err != nil {
				t.Fatal(err)
			}
			if got, reason := ValidateSummary(s, "", string(b)); reason != "" || got != s {
				t.Errorf("ValidateSummary(%q) = %q, reason %q; want it unchanged and accepted", s, got, reason)
			}
		})
	}
}

// FuzzValidateSummary: whatever a model says, what passes is one short line
// without markup, and what fails yields nothing.
func FuzzValidateSummary(f *testing.F) {
	f.Add(goodSummary, testArticle)
	f.Add("<!channel> "+goodSummary, testArticle)
	f.Add("Summary: “OK”", "OK")
	f.Add("Hun Manet\n\nmet &lt;@U1&gt; in Hanoi today.", "Hun Manet Hanoi")
	f.Add("\xff\xfe Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng Đà Nẵng", "Da Nang")
	f.Fuzz(func(t *testing.T, out, article string) {
		got, reason := ValidateSummary(out, "", article)
		if reason != "" {
			if got != "" {
				t.Fatalf("rejected (%s) but returned %q", reason, got)
			}
			return
		}
		if got == "" || len(got) > MaxSummaryChars || Words(got) > MaxSummaryWords || strings.ContainsAny(got, "\n\r") || HasMarkup(got) {
			t.Fatalf("accepted %q from %q", got, out)
		}
	})
}

func TestAdapt(t *testing.T) {
	tests := []struct {
		model                   string
		maxTokens, maxCompleted int
		temperature             float32
	}{
		{"llama3.2", summaryMaxTokens, 0, temperature},
		{"gpt-4o-mini", summaryMaxTokens, 0, temperature},
		{"o3-mini", 0, summaryMaxTokens * reasoningHeadroom, 0},
		{"gpt-5-mini", 0, summaryMaxTokens * reasoningHeadroom, 0},
	}
	for _, tc := range tests {
		t.Run(tc.model, func(t *testing.T) {
			req := openai.ChatCompletionRequest{Model: tc.model, MaxTokens: summaryMaxTokens, Temperature: temperature}
			if err := adapt(&req); err != nil {
				t.Fatal(err)
			}
			if req.MaxTokens != tc.maxTokens || req.MaxCompletionTokens != tc.maxCompleted || req.Temperature != tc.temperature {
				t.Errorf("got max_tokens %d max_completion_tokens %d temperature %v; want %d %d %v",
					req.MaxTokens, req.MaxCompletionTokens, req.Temperature, tc.maxTokens, tc.maxCompleted, tc.temperature)
			}
		})
	}
}
