package summarize

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot/sentence"
)

// wireStory is written for these tests: a dateline, a byline, a caption, a
// caption-like repeat of the lead and one-sentence paragraphs.
const wireStory = `By Tran Thi Mai
PHNOM PENH, March 3 (VNA) – Cambodia and Viet Nam agreed on Monday to open two new border crossings to lift trade between the neighbours.
Leaders at the signing ceremony (pictured) in Phnom Penh
The agreement was signed by the two trade ministers after talks that lasted three hours.
Scroll down for video.
Officials said trade between Cambodia and Viet Nam reached 10 billion US dollars last year.
Cambodia and Viet Nam agreed to open two new border crossings to lift trade, officials said.
The crossings will open in June.
Both ministers thanked the border provinces for their work.
Click here to read the full text of the agreement.
Analysts expect trade between the two neighbours to keep growing.`

func TestSummarizeWireStory(t *testing.T) {
	got, err := Extractive{}.Summarize(context.Background(), "Cambodia, Viet Nam open border crossings", wireStory)
	if err != nil {
		t.Fatal(err)
	}
	want := "Cambodia and Viet Nam agreed on Monday to open two new border crossings to lift trade between the neighbours."
	if !strings.HasPrefix(got, want) {
		t.Errorf("summary does not open with the lead, without dateline:\n got %q\nwant prefix %q", got, want)
	}
	for _, junk := range []string{"Tran Thi Mai", "(VNA)", "PHNOM PENH", "pictured", "Scroll", "Click here"} {
		if strings.Contains(got, junk) {
			t.Errorf("summary keeps %q: %q", junk, got)
		}
	}
	if strings.Count(got, "border crossings") > 1 {
		t.Errorf("summary repeats the lead: %q", got)
	}
	if n := Words(got); n < 30 || n > DefaultWords {
		t.Errorf("summary has %d words, want 30..%d: %q", n, DefaultWords, got)
	}
	checkOrder(t, Clean(wireStory), got)
}

// checkOrder fails unless summary is whole sentences of text in text's order.
func checkOrder(t *testing.T, text, summary string) {
	t.Helper()
	all := sentence.Split(text)
	last := -1
	for _, s := range sentence.Split(summary) {
		i := -1
		for j := last + 1; j < len(all); j++ {
			if all[j] == s {
				i = j
				break
			}
		}
		if i < 0 {
			t.Fatalf("sentence %q is not a sentence of the text after index %d", s, last)
		}
		last = i
	}
}

// numbered builds an article of n one-sentence paragraphs, sentence i having
// words[i] words.
func numbered(words ...int) string {
	var b strings.Builder
	for i, n := range words {
		fmt.Fprintf(&b, "Sentence%d", i)
		for k := 1; k < n; k++ {
			fmt.Fprintf(&b, " w%dx%d", i, k)
		}
		b.WriteString(".\n")
	}
	return b.String()
}

func TestSummarizeBudget(t *testing.T) {
	tests := []struct {
		name   string
		budget int
		text   string
		want   string // the sentences chosen, by their first word
	}{
		{"lead sentences fill the budget", 60, numbered(20, 20, 20, 20, 20), "Sentence0 Sentence1 Sentence2"},
		{"zero budget means the default", 0, numbered(25, 25, 25), "Sentence0 Sentence1"},
		{"small budget", 30, numbered(20, 20, 20), "Sentence0"},
		{"a long first sentence gives way to shorter ones", 40, numbered(50, 15, 15, 15), "Sentence1 Sentence2"},
		{"a short later sentence fills the gap", 50, numbered(25, 30, 10, 40), "Sentence0 Sentence2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extractive{Words: tt.budget}.Summarize(context.Background(), "", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			budget := tt.budget
			if budget == 0 {
				budget = DefaultWords
			}
			if n := Words(got); n > budget {
				t.Errorf("summary has %d words, budget %d", n, budget)
			}
			var firsts []string
			for _, s := range sentence.Split(got) {
				firsts = append(firsts, strings.Fields(s)[0])
			}
			if diff := cmp.Diff(strings.Fields(tt.want), firsts); diff != "" {
				t.Errorf("chosen sentences (-want +got):\n%s", diff)
			}
			checkOrder(t, tt.text, got)
		})
	}
}

func TestSummarizeCutsWhenNothingFits(t *testing.T) {
	text := numbered(40, 45)
	got, err := Extractive{Words: 10}.Summarize(context.Background(), "", text)
	if err != nil {
		t.Fatal(err)
	}
	want := "Sentence0 w0x1 w0x2 w0x3 w0x4 w0x5 w0x6 w0x7 w0x8 w0x9…"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSummarizeTitleBreaksTies(t *testing.T) {
	text := "Heavy rain fell across the northern provinces on Tuesday morning.\n" +
		"The finance ministry published its annual report on public debt levels.\n" +
		"Farmers in the delta reported good harvests of rice this season so far.\n" +
		"The central bank kept its policy interest rate unchanged again today.\n"
	tests := []struct{ title, want string }{
		{"Central bank holds policy interest rate", "The central bank kept its policy interest rate unchanged again today."},
		{"Delta farmers report good rice harvests", "Farmers in the delta reported good harvests of rice this season so far."},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got, err := Extractive{Words: 25}.Summarize(context.Background(), tt.title, text)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("summary %q lacks the sentence matching the title %q", got, tt.title)
			}
		})
	}
}

func TestSummarizeEmpty(t *testing.T) {
	for _, in := range []string{"", "   ", "\n\n\t\r\n", "Scroll down for video."} {
		got, err := Extractive{}.Summarize(context.Background(), "title", in)
		if err != nil || (strings.TrimSpace(in) == "" && got != "") {
			t.Errorf("Summarize(%q) = %q, %v; want \"\", nil for blank input", in, got, err)
		}
		if Words(got) > DefaultWords {
			t.Errorf("Summarize(%q) = %q: over budget", in, got)
		}
	}
}

func TestSummarizeContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, err := Extractive{}.Summarize(ctx, "", numbered(10, 10))
	if !errors.Is(err, context.Canceled) || got != "" {
		t.Errorf("got %q, %v; want \"\", context.Canceled", got, err)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"  ", 0}, {"one", 1}, {"Hun Sen, 72, met To Lam.", 6}, {"a\tb\nc  d", 4}, {"— – …", 3},
	}
	for _, tt := range tests {
		if got := Words(tt.in); got != tt.want {
			t.Errorf("Words(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestSummarizeSharedArticles summarizes the project's sample articles, read
// at run time from ../shared/articles beside the repository.
func TestSummarizeSharedArticles(t *testing.T) {
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
			got, err := Extractive{}.Summarize(context.Background(), "", string(b))
			if err != nil {
				t.Fatal(err)
			}
			if n := Words(got); n < 20 || n > DefaultWords {
				t.Errorf("summary has %d words, want 20..%d: %q", n, DefaultWords, got)
			}
			if strings.Contains(got, "PHNOM PENH —") || strings.Contains(got, "HCM CITY —") {
				t.Errorf("summary keeps the dateline: %q", got)
			}
			checkOrder(t, Clean(string(b)), got)
		})
	}
}

func FuzzSummarize(f *testing.F) {
	f.Add(wireStory, 60)
	f.Add(numbered(70, 3, 2), 5)
	f.Add("By . A B . PUBLISHED: . 1:00 EST, 2 May 2013 . | x", 1)
	f.Add("(CNN)\n\n...!?\xff", 0)
	f.Fuzz(func(t *testing.T, text string, budget int) {
		budget %= 200
		got, err := Extractive{Words: budget}.Summarize(context.Background(), "Title words", text)
		if err != nil {
			t.Fatal(err)
		}
		if budget <= 0 {
			budget = DefaultWords
		}
		if n := Words(got); n > budget {
			t.Fatalf("summary has %d words, budget %d: %q", n, budget, got)
		}
		if strings.TrimSpace(text) == "" && got != "" {
			t.Fatalf("blank text gave %q", got)
		}
	})
}
