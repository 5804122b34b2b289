package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadGroupsReferences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.json")
	data := `[{"article_id":"b","article":"B text.","summary":"b1"},
		{"article_id":"a","article":"A text.","summary":"a1"},
		{"article_id":"b","article":"B text.","summary":"b2"}]`
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []article{
		{ID: "b", Text: "B text.", Refs: []string{"b1", "b2"}},
		{ID: "a", Text: "A text.", Refs: []string{"a1"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("load (-want +got):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	empty := filepath.Join(dir, "empty.json")
	for p, data := range map[string]string{bad: "{not json", empty: "[]"} {
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{bad, empty, filepath.Join(dir, "missing.json")} {
		if _, err := load(p); err == nil {
			t.Errorf("load(%s): got no error", filepath.Base(p))
		}
	}
}

func TestLead(t *testing.T) {
	text := "HANOI — One happened. Mr. Two spoke.\n\nThree followed. Four ended."
	tests := []struct {
		n    int
		want string
	}{
		{1, "HANOI — One happened."},
		{2, "HANOI — One happened. Mr. Two spoke."},
		{3, "HANOI — One happened. Mr. Two spoke. Three followed."},
		{9, "HANOI — One happened. Mr. Two spoke. Three followed. Four ended."},
	}
	for _, tt := range tests {
		if got := lead(tt.n)(text); got != tt.want {
			t.Errorf("lead(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestRunPrintsEverySystem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.json")
	data := `[{"article_id":"x","article":"Leaders met in Hanoi on Monday. They signed a trade deal. Officials praised it.","summary":"Leaders met in Hanoi and signed a trade deal."}]`
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := run(&b, path, 60, 0, false); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"| relbot", "| Lead-2 |", "| Lead-3 |"} {
		if !strings.Contains(b.String(), name) {
			t.Errorf("table lacks %q:\n%s", name, b.String())
		}
	}
}
