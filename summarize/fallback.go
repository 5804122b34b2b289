package summarize

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// Observer receives the events that the application turns into metrics. Its
// methods are called from many goroutines and must not block.
type Observer interface {
	// LLMCall reports one request to the model, or one request refused before
	// it was sent (outcome budget or circuit_open, with no tokens and no
	// duration). Outcome is one of the Outcome constants.
	LLMCall(outcome string, tokens int, d time.Duration)
	// Fallback reports one summary that came from the secondary summarizer;
	// reason is one of the Reason constants.
	Fallback(reason string)
}

// CacheObserver is implemented by an Observer that also counts cache
// lookups; the LLM reports them when its Observer has the method.
type CacheObserver interface {
	CacheLookup(hit bool)
}

// The outcomes of LLMCall.
const (
	OutcomeOK          = "ok"
	OutcomeError       = "error"
	OutcomeTimeout     = "timeout"
	OutcomeRateLimited = "rate_limited"
	OutcomeInvalid     = "invalid"
	OutcomeBudget      = "budget"
	OutcomeCircuitOpen = "circuit_open"
)

// The reasons carried by a FallbackError and passed to Observer.Fallback.
const (
	ReasonTimeout     = "timeout"
	ReasonError       = "error"
	ReasonRefusal     = "refusal"
	ReasonEmpty       = "empty"
	ReasonTooLong     = "too_long"
	ReasonInvalid     = "invalid"
	ReasonBudget      = "budget"
	ReasonCircuitOpen = "circuit_open"
)

// FallbackError is the error of an LLM call or summary that should be
// replaced by the extractive summary. Reason is one of the Reason constants.
type FallbackError struct {
	Reason string
	Err    error // the cause; nil when the reason says it all
}

func (e *FallbackError) Error() string {
	if e.Err == nil {
		return "llm: " + e.Reason
	}
	return "llm: " + e.Reason + ": " + e.Err.Error()
}

func (e *FallbackError) Unwrap() error { return e.Err }

// ReasonOf returns the fallback reason an error stands for: the Reason of a
// *FallbackError in its chain, else timeout for a context deadline, else
// error.
func ReasonOf(err error) string {
	var fe *FallbackError
	switch {
	case errors.As(err, &fe):
		return fe.Reason
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonTimeout
	}
	return ReasonError
}

// Fallback summarizes with Primary and, when it fails or does not answer
// within Deadline, with Secondary: a digest never waits for a model past its
// deadline and never misses a summary because a model is down, slow, out of
// budget or answering nonsense.
type Fallback struct {
	Primary   Summarizer
	Secondary Summarizer
	Deadline  time.Duration // for Primary; 0: only ctx's own deadline
	Observer  Observer      // optional
	Logger    *slog.Logger  // optional
}

// Summarize returns the primary's summary, or the secondary's on any failure
// of the primary or when Deadline passes. Each fallback is logged with its
// reason and counted through the Observer. It returns an error only when the
// secondary fails too (as Extractive does when ctx is done).
func (f Fallback) Summarize(ctx context.Context, title, text string) (string, error) {
	if f.Primary != nil {
		pctx, cancel := ctx, context.CancelFunc(func() {})
		if f.Deadline > 0 {
			pctx, cancel = context.WithTimeout(ctx, f.Deadline)
		}
		s, err := f.Primary.Summarize(pctx, title, text)
		cancel()
		if err == nil {
			return s, nil
		}
		reason := ReasonOf(err)
		if f.Observer != nil {
			f.Observer.Fallback(reason)
		}
		if f.Logger != nil {
			f.Logger.WarnContext(ctx, "summary fallback", "reason", reason, "title", title, "err", err)
		}
	}
	return f.Secondary.Summarize(ctx, title, text)
}
