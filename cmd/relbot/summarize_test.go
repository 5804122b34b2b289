package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/summarize"
)

func runWithStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, env{lookup: config.MapEnv(nil), stdin: strings.NewReader(stdin),
		stdout: &out, stderr: &errOut, now: time.Now})
	return code, out.String(), errOut.String()
}

// An article written for this test: a dateline, a byline and a caption
// around a lead that should survive.
const article = `By Jane Reporter

PHNOM PENH, March 3 (AKP) – Cambodia and Viet Nam agreed on Tuesday to open two new border gates and to raise two-way trade to twenty billion dollars within three years.

The agreement was reached at talks between the two prime ministers in the capital, officials said.

Photo: The two delegations at the talks.

Both sides also pledged to speed up the demarcation of the remaining sections of the land border and to build a new bridge over the river that marks it in the south.

READ MORE: Border trade rises again`

func TestSummarizeStdin(t *testing.T) {
	code, out, stderr := runWithStdin(t, article, "summarize")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "Jane Reporter") || strings.Contains(out, "(AKP)") || strings.Contains(out, "READ MORE") {
		t.Errorf("summary kept page furniture: %q", out)
	}
	if !strings.HasPrefix(out, "Cambodia and Viet Nam agreed") || summarize.Words(out) > 60 {
		t.Errorf("summary = %q (%d words)", out, summarize.Words(out))
	}
}

func TestSummarizeJSON(t *testing.T) {
	in, _ := json.Marshal([]map[string]any{
		{"article_id": "a", "article": article, "extra": 1},
		{"article_id": "b", "article": "One short sentence about a meeting in Hanoi. Another one follows it."},
		{"article_id": "a", "article": "a repeated id gets one answer"},
	})
	code, out, stderr := runWithStdin(t, string(in), "summarize", "--json", "--words", "30")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]string
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	if len(got) != 2 || got["b"] == "" || !strings.HasPrefix(got["a"], "Cambodia and Viet Nam") {
		t.Fatalf("got %v", got)
	}
	for id, s := range got {
		if summarize.Words(s) > 30 {
			t.Errorf("%s: %d words, budget 30", id, summarize.Words(s))
		}
	}
}

func TestSummarizeJSONEdges(t *testing.T) {
	tests := []struct {
		name, in   string
		code       int
		out, inErr string
	}{
		{"empty array", "[]", 0, "{}\n", ""},
		{"bad JSON", `[{"article_id": "a", "article": }]`, 2, "", "not a JSON array"},
		{"not an array", `{"article_id": "a"}`, 2, "", "not a JSON array"},
		{"missing field", `[{"article_id": "a"}]`, 2, "", `lacks "article_id" or "article"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runWithStdin(t, tc.in, "summarize", "--json")
			if code != tc.code || out != tc.out || !strings.Contains(stderr, tc.inErr) || strings.Count(stderr, "\n") > 1 {
				t.Fatalf("exit %d, out %q, stderr %q; want %d, %q, one line with %q", code, out, stderr, tc.code, tc.out, tc.inErr)
			}
		})
	}
}
