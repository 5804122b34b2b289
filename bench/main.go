// Command bench scores relbot's extractive summarizer side by side with the
// Lead-2 and Lead-3 baselines and two Go summarizers (didasy/tldr and
// DavidBelicza/TextRank) on a CNN/Daily Mail set with human-written
// summaries, all in one run, and prints a markdown table: ROUGE-1, ROUGE-2
// and ROUGE-L F1, words per summary and articles per second in process on one
// core.
//
// It is its own module so that the peers stay out of the product's go.mod.
//
//	cd bench && go run . [-data ../../shared/bench/cnndm_writer_summaries.json]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	textrank "github.com/DavidBelicza/TextRank/v2"
	"github.com/didasy/tldr"

	"github.com/relbot/relbot/bench/rouge"
	"github.com/relbot/relbot/sentence"
	"github.com/relbot/relbot/summarize"
)

// article is one article with every reference summary written for it.
type article struct {
	ID   string
	Text string
	Refs []string
}

// system is a summarizer under test.
type system struct {
	name string
	run  func(text string) string
}

func main() {
	data := flag.String("data", "../../shared/bench/cnndm_writer_summaries.json", "data set: JSON list of {article_id, article, summary}")
	words := flag.Int("words", summarize.DefaultWords, "relbot's budget in words")
	minTime := flag.Duration("time", 2*time.Second, "minimum timed duration per system")
	peers := flag.Bool("peers", true, "include didasy/tldr and TextRank")
	flag.Parse()
	if err := run(os.Stdout, *data, *words, *minTime, *peers); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, path string, words int, minTime time.Duration, peers bool) error {
	arts, err := load(path)
	if err != nil {
		return err
	}
	systems := []system{
		{"relbot (extractive, ≤" + fmt.Sprint(words) + " words)", relbot(words)},
		{"Lead-2", lead(2)},
		{"Lead-3", lead(3)},
	}
	if peers {
		systems = append(systems, system{"didasy/tldr v0.7.0 (3 sentences)", tldrSummary}, system{"DavidBelicza/TextRank v2.1.3 (3 sentences)", textRank})
	}
	refs := 0
	for _, a := range arts {
		refs += len(a.Refs)
	}
	fmt.Fprintf(w, "%d articles, %d reference summaries, Go %s, %s/%s\n\n", len(arts), refs, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintln(w, "| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 | words/summary | articles/s (1 core, in process) |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, s := range systems {
		r := evaluate(s, arts)
		rate := throughput(s, arts, minTime)
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f | %.1f | %.0f |\n", s.name, 100*r.R1, 100*r.R2, 100*r.RL, r.words, rate)
	}
	return nil
}

// load reads the data set and groups the summaries by article, in the order
// the articles first appear.
func load(path string) ([]article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read data set: %w", err)
	}
	var rows []struct {
		ID      string `json:"article_id"`
		Article string `json:"article"`
		Summary string `json:"summary"`
	}
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("parse data set %s: %w", path, err)
	}
	var arts []article
	index := make(map[string]int)
	for _, r := range rows {
		i, ok := index[r.ID]
		if !ok {
			i = len(arts)
			index[r.ID] = i
			arts = append(arts, article{ID: r.ID, Text: r.Article})
		}
		arts[i].Refs = append(arts[i].Refs, r.Summary)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("data set %s: no articles", path)
	}
	return arts, nil
}

type result struct {
	rouge.Scores
	words float64
}

// evaluate returns the mean over articles of the best F1 over each article's
// references, and the mean summary length in words.
func evaluate(s system, arts []article) result {
	var r result
	for _, a := range arts {
		sum := s.run(a.Text)
		b := rouge.Best(sum, a.Refs)
		r.R1 += b.R1
		r.R2 += b.R2
		r.RL += b.RL
		r.words += float64(summarize.Words(sum))
	}
	n := float64(len(arts))
	r.R1, r.R2, r.RL, r.words = r.R1/n, r.R2/n, r.RL/n, r.words/n
	return r
}

// throughput summarizes the whole set repeatedly on one core until minTime
// has passed and returns articles per second.
func throughput(s system, arts []article, minTime time.Duration) float64 {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	n := 0
	start := time.Now()
	for time.Since(start) < minTime || n < 3*len(arts) {
		for _, a := range arts {
			s.run(a.Text)
		}
		n += len(arts)
	}
	return float64(n) / time.Since(start).Seconds()
}

func relbot(words int) func(string) string {
	e := summarize.Extractive{Words: words}
	return func(text string) string {
		sum, err := e.Summarize(context.Background(), "", text)
		if err != nil {
			panic(err) // only a done context errs, and this one never is
		}
		return sum
	}
}

// lead returns the first n sentences of the raw article.
func lead(n int) func(string) string {
	return func(text string) string {
		s := sentence.Split(text)
		return strings.Join(s[:min(n, len(s))], " ")
	}
}

func tldrSummary(text string) string {
	out, err := tldr.New().Summarize(text, 3)
	if err != nil {
		return ""
	}
	return strings.Join(out, " ")
}

func textRank(text string) string {
	tr := textrank.NewTextRank()
	tr.Populate(text, textrank.NewDefaultLanguage(), textrank.NewDefaultRule())
	tr.Ranking(textrank.NewDefaultAlgorithm())
	found := textrank.FindSentencesByRelationWeight(tr, 3)
	// Put the chosen sentences back in article order, as a summary reads.
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j].ID < found[j-1].ID; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	parts := make([]string, len(found))
	for i, f := range found {
		parts[i] = strings.TrimSpace(f.Value)
	}
	return strings.Join(parts, " ")
}
