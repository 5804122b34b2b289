package bot

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// limitProblems lists every way msgs break Slack's Block Kit limits or let
// outside markup through. It reads the JSON that Slack would get, so it
// checks what is sent rather than how it was built.
func limitProblems(msgs []Message) []string {
	var probs []string
	for i, m := range msgs {
		if len(m.Blocks) == 0 {
			probs = append(probs, fmt.Sprintf("message %d: no blocks", i))
		}
		if len(m.Blocks) > MaxBlocks {
			probs = append(probs, fmt.Sprintf("message %d: %d blocks > %d", i, len(m.Blocks), MaxBlocks))
		}
		if n := textLen(m.Text); n > MaxFallbackText || n == 0 {
			probs = append(probs, fmt.Sprintf("message %d: fallback text of %d characters", i, n))
		}
		probs = append(probs, markupProblems(fmt.Sprintf("message %d text", i), m.Text)...)
		raw, err := json.Marshal(m.Blocks)
		if err != nil {
			probs = append(probs, fmt.Sprintf("message %d: marshal: %v", i, err))
			continue
		}
		var blocks []map[string]any
		if err := json.Unmarshal(raw, &blocks); err != nil {
			probs = append(probs, fmt.Sprintf("message %d: unmarshal: %v", i, err))
			continue
		}
		for j, b := range blocks {
			where := fmt.Sprintf("message %d block %d (%v)", i, j, b["type"])
			probs = append(probs, blockProblems(where, b)...)
		}
	}
	return probs
}

func textOf(v any) (typ, text string) {
	o, _ := v.(map[string]any)
	typ, _ = o["type"].(string)
	text, _ = o["text"].(string)
	return typ, text
}

func blockProblems(where string, b map[string]any) []string {
	var probs []string
	check := func(what string, v any, limit int) {
		typ, text := textOf(v)
		if n := textLen(text); n > limit {
			probs = append(probs, fmt.Sprintf("%s: %s of %d characters > %d", where, what, n, limit))
		}
		if text == "" && v != nil {
			probs = append(probs, fmt.Sprintf("%s: empty %s", where, what))
		}
		if typ == "mrkdwn" {
			probs = append(probs, markupProblems(where+" "+what, text)...)
		} else if strings.ContainsAny(text, "<>") {
			probs = append(probs, fmt.Sprintf("%s: angle bracket in plain text %q", where, text))
		}
	}
	element := func(e map[string]any) {
		switch e["type"] {
		case "button":
			check("button label", e["text"], MaxButtonText)
			if v, _ := e["value"].(string); len(v) > MaxButtonValue {
				probs = append(probs, fmt.Sprintf("%s: button value of %d", where, len(v)))
			}
		case "overflow":
			opts, _ := e["options"].([]any)
			if len(opts) < 1 || len(opts) > maxOverflowItems {
				probs = append(probs, fmt.Sprintf("%s: overflow with %d options", where, len(opts)))
			}
			for _, o := range opts {
				om, _ := o.(map[string]any)
				check("option label", om["text"], MaxButtonText)
			}
		case "mrkdwn", "plain_text":
			check("context text", e, MaxSectionText)
		}
	}
	switch b["type"] {
	case "header":
		check("header", b["text"], MaxHeaderText)
	case "section":
		check("section text", b["text"], MaxSectionText)
		if acc, ok := b["accessory"].(map[string]any); ok {
			element(acc)
		}
	case "context", "actions":
		els, _ := b["elements"].([]any)
		if len(els) == 0 || len(els) > 25 {
			probs = append(probs, fmt.Sprintf("%s: %d elements", where, len(els)))
		}
		for _, e := range els {
			em, _ := e.(map[string]any)
			element(em)
		}
	case "divider":
	default:
		probs = append(probs, fmt.Sprintf("%s: unexpected block type", where))
	}
	return probs
}

var (
	// ourLink is the only markup this package writes: an http(s) URL with
	// no characters that could end the markup early, then plain text.
	ourLink   = regexp.MustCompile(`^<https?://[^\s<>|]+\|[^<>|]+>$`)
	ourShare  = regexp.MustCompile(`^<@[UW][A-Z0-9]{2,20}>$`)
	anyMarkup = regexp.MustCompile(`<[^>]*>?`)
)

// markupProblems reports Slack markup in text that this package did not
// make: mentions, broadcasts, channel links, foreign link syntax.
func markupProblems(where, text string) []string {
	var probs []string
	for _, m := range anyMarkup.FindAllString(text, -1) {
		if !ourLink.MatchString(m) && !ourShare.MatchString(m) {
			probs = append(probs, fmt.Sprintf("%s: markup %q", where, m))
		}
	}
	if strings.Count(text, "<") != strings.Count(text, ">") {
		probs = append(probs, fmt.Sprintf("%s: unbalanced angle brackets", where))
	}
	return probs
}

// cutWords finds words cut by shortening: the letters just before each "…"
// must be a whole word of vocab.
func cutWords(msgs []Message, vocab map[string]bool) []string {
	re := regexp.MustCompile(`(\p{L}+)…`)
	var cut []string
	raw, _ := json.Marshal(msgs)
	for _, m := range re.FindAllStringSubmatch(string(raw), -1) {
		if !vocab[m[1]] {
			cut = append(cut, m[1])
		}
	}
	return cut
}

func TestLimitCheckerCatchesProblems(t *testing.T) {
	// The checker must fail on what it guards against, or the limit tests
	// below prove nothing.
	bad := []Message{{Text: "x <!channel>", Blocks: nil}}
	for range MaxBlocks + 1 {
		bad[0].Blocks = append(bad[0].Blocks, section(strings.Repeat("a ", 1600)))
	}
	probs := limitProblems(bad)
	for _, want := range []string{"51 blocks", "characters > 3000", `markup "<!channel>"`} {
		if !strings.Contains(strings.Join(probs, "\n"), want) {
			t.Errorf("limitProblems missed %q; got %q", want, probs)
		}
	}
}
