package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/relbot/relbot/sentence"
)

// benchArticle builds an article of about 500 words in wire style: a dated
// dateline, a meeting, substance, a planned meeting and a recalled one.
func benchArticle(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "PHNOM PENH, Feb. %d (VNA) – General Secretary Tô Lâm held talks with Cambodian Prime Minister Samdech Moha Bovor Thipadei Hun Manet at the Peace Palace on Friday, during his state visit to Cambodia.\n\n", 1+i%6)
	b.WriteString("Earlier in the day, the Vietnamese leader was received by King Norodom Sihamoni at the Royal Palace.\n\n")
	for p := 0; p < 8; p++ {
		b.WriteString("The two leaders agreed to raise bilateral trade, to finish the demarcation of the land border and to open more flights between their capitals. ")
		b.WriteString("Manet said Cambodia valued the support of its neighbour, while Lâm proposed closer work on energy, digital transformation and vocational training for young people in border provinces.\n\n")
	}
	b.WriteString("The two sides recalled their meeting in Hà Nội in December 2023 and said they would meet again in Vientiane next month.\n\n")
	b.WriteString("Lâm is scheduled to meet Senate President Samdech Techo Hun Sen tomorrow before returning home.")
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	g, err := NewGazetteer(nil)
	if err != nil {
		b.Fatal(err)
	}
	x := NewExtractor(g)
	pub := time.Date(2026, 2, 8, 11, 0, 0, 0, ict)
	arts := make([]string, 16)
	words := 0
	for i := range arts {
		arts[i] = benchArticle(i)
		words += len(strings.Fields(arts[i]))
	}
	n := 0
	for b.Loop() {
		x.Extract(Input{Text: arts[n%len(arts)], Published: pub})
		n++
	}
	b.ReportMetric(float64(words)/float64(len(arts)), "words/article")
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkTokenizeBaseline is the floor under BenchmarkExtract: the same
// articles only split into sentences and tokenized, with no extraction.
func BenchmarkTokenizeBaseline(b *testing.B) {
	arts := make([]string, 16)
	for i := range arts {
		arts[i] = benchArticle(i)
	}
	n := 0
	for b.Loop() {
		for _, line := range strings.Split(arts[n%len(arts)], "\n") {
			for _, s := range sentence.Split(line) {
				tokenize(s)
			}
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
