// Package summarize turns an article into the short summary that digests and
// /relations answers show.
//
// Extractive is the summarizer that is always available: it needs no network
// and no configuration. It takes whole sentences from the cleaned article, in
// the article's order. News puts the gist first, so position is the strongest
// signal; the others (length, overlap with the title and with the rest of the
// article, redundancy) decide between lead sentences and keep page furniture
// out.
//
// LLM summarizes through an OpenAI-compatible server, with retries, a circuit
// breaker, a daily token budget and validation of what the model says;
// Fallback puts the two together so that a digest never waits past its
// deadline and never misses a summary because the model failed.
package summarize

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/relbot/relbot/sentence"
)

// Summarizer is what digests and answers use. Extractive, LLM and Fallback
// implement it; see docs/llm.md for the fallback policy.
type Summarizer interface {
	Summarize(ctx context.Context, title, text string) (string, error)
}

// DefaultWords is the budget of an Extractive with Words zero.
const DefaultWords = 60

// Extractive summarizes by choosing whole sentences of the article.
type Extractive struct {
	Words int // budget in words (runs of non-space characters); 0 means DefaultWords
}

// The scoring parameters. They were set on a development set of news
// articles and hold nothing specific to an article or an outlet.
const (
	// posHalf is the sentence index at which the position score halves.
	posHalf = 2.0
	// centralWeight weighs overlap with the rest of the article.
	centralWeight = 0.5
	// titleWeight weighs overlap with the title: enough for a sentence that
	// restates the title to pass the other non-lead sentences, not the lead.
	// The benchmark has no titles, so this one is set by reasoning alone.
	titleWeight = 0.5
	// fill is the share of the budget after which no further sentence is
	// sought: a summary that is nearly full reads better than one padded with
	// a remote sentence.
	fill = 0.75
	// redundant is the share of a sentence's terms already said by a chosen
	// sentence above which it is skipped.
	redundant = 0.6
	// minWords is the length under which a sentence is penalised: short
	// sentences are often fragments, credits or teasers.
	minWords = 8
)

// Summarize returns about Words words of text: whole sentences in article
// order, never more than the budget. When no sentence fits the budget, the
// best one is cut at a word boundary and ends with "…". It returns "" for an
// empty text, and an error only when ctx is done.
func (e Extractive) Summarize(ctx context.Context, title, text string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("summarize: %w", err)
	}
	budget := e.Words
	if budget <= 0 {
		budget = DefaultWords
	}
	vocab := newVocabulary()
	sents := candidates(Clean(text), vocab)
	if len(sents) == 0 {
		sents = candidates(text, vocab) // cleaning took everything: better raw text than nothing
	}
	if len(sents) == 0 {
		return "", nil
	}
	titleTerms := vocab.terms(title)
	score(sents, titleTerms, len(vocab.ids))

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sents[order[a]].score > sents[order[b]].score })

	var chosen []int
	total := 0
	for _, i := range order {
		s := &sents[i]
		if total+s.words > budget || s.score <= 0 {
			continue
		}
		if isRedundant(s, sents, chosen) {
			continue
		}
		chosen = append(chosen, i)
		total += s.words
		if float64(total) >= fill*float64(budget) {
			break
		}
	}
	if len(chosen) == 0 {
		return cut(sents[order[0]].text, budget), nil
	}
	sort.Ints(chosen)
	parts := make([]string, len(chosen))
	for k, i := range chosen {
		parts[k] = sents[i].text
	}
	return strings.Join(parts, " "), nil
}

// Words counts the runs of non-space characters in s.
func Words(s string) int { return len(strings.Fields(s)) }

type sent struct {
	text  string
	words int
	terms []int32 // ids of the content words, sorted, without repeats
	whole bool    // ends like a sentence, not like a heading or a caption
	score float64
}

// candidates splits cleaned text into sentences and indexes their content
// words in vocab.
func candidates(text string, vocab *vocabulary) []sent {
	var out []sent
	for _, s := range sentence.Split(text) {
		out = append(out, sent{
			text:  s,
			words: Words(s),
			terms: vocab.terms(s),
			whole: endsSentence(s),
		})
	}
	return out
}

// score sets each sentence's score from its position, its length, and its
// overlap with the title and with the rest of the article.
func score(sents []sent, title []int32, vocabSize int) {
	df := make([]int32, vocabSize)
	for _, s := range sents {
		for _, t := range s.terms {
			df[t]++
		}
	}
	central := make([]float64, len(sents))
	maxCentral := 0.0
	for i, s := range sents {
		if len(s.terms) == 0 {
			continue
		}
		shared := 0
		for _, t := range s.terms {
			shared += int(df[t]) - 1 // other sentences that use the term
		}
		central[i] = float64(shared) / float64(len(s.terms))
		maxCentral = max(maxCentral, central[i])
	}
	pos := 0 // position among whole sentences: headings do not push the lead down
	for i := range sents {
		s := &sents[i]
		if !s.whole {
			s.score = 0
			continue
		}
		v := 1 / (1 + float64(pos)/posHalf)
		pos++
		if maxCentral > 0 {
			v += centralWeight * central[i] / maxCentral
		}
		if len(title) > 0 {
			v += titleWeight * float64(overlap(s.terms, title)) / float64(len(title))
		}
		if s.words < minWords {
			v *= float64(s.words) / minWords
		}
		s.score = v
	}
}

// isRedundant reports whether most of s's terms were said by a chosen
// sentence, as when a caption or a standfirst repeats the lead.
func isRedundant(s *sent, sents []sent, chosen []int) bool {
	if len(s.terms) == 0 {
		return false
	}
	for _, j := range chosen {
		n := overlap(s.terms, sents[j].terms)
		if float64(n) > redundant*float64(min(len(s.terms), len(sents[j].terms))) {
			return true
		}
	}
	return false
}

// cut shortens s to at most budget words, the last one marked with "…".
func cut(s string, budget int) string {
	f := strings.Fields(s)
	if len(f) <= budget {
		return strings.Join(f, " ")
	}
	f = f[:budget]
	last := strings.TrimRightFunc(f[budget-1], func(r rune) bool { return unicode.IsPunct(r) && r != ')' && r != '"' })
	if last == "" {
		last = f[budget-1]
	}
	f[budget-1] = last + "…"
	return strings.Join(f, " ")
}

// endsSentence reports whether s ends with a sentence terminator, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’)]»`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// overlap counts the ids two sorted lists share.
func overlap(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// vocabulary numbers the content words of one article.
type vocabulary struct {
	ids map[string]int32
	buf []byte
}

func newVocabulary() *vocabulary { return &vocabulary{ids: make(map[string]int32, 512)} }

// terms returns the sorted ids of the content words of s: lower-cased, without
// a possessive "'s" or a plural "s", stop words left out.
func (v *vocabulary) terms(s string) []int32 {
	var out []int32
	word := v.buf[:0]
	flush := func() {
		w := bytes.TrimRight(word, "'")
		if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
			w = w[:n-2]
		}
		if n := len(w); n > 3 && w[n-1] == 's' && w[n-2] != 's' {
			w = w[:n-1]
		}
		word = word[:0]
		if len(w) < 2 || stop[string(w)] {
			return
		}
		id, ok := v.ids[string(w)]
		if !ok {
			id = int32(len(v.ids))
			v.ids[string(w)] = id
		}
		out = append(out, id)
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			word = append(word, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			word = append(word, byte(r+'a'-'A'))
		case r == '\'' || r == '’':
			if len(word) > 0 {
				word = append(word, '\'')
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		default:
			if len(word) > 0 {
				flush()
			}
		}
	}
	if len(word) > 0 {
		flush()
	}
	v.buf = word
	slices.Sort(out)
	return slices.Compact(out)
}

var stop = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a an the and or but if then than so as of at by for in into on onto to from with without
		about after before over under between through during up down out off again further once here there when where why how
		all any both each few more most other some such no nor not only own same too very can will just should now
		is are was were be been being have has had having do does did doing would could might must shall may
		i me my we our ours you your he him his she her it its they them their what which who whom this that these those
		am said says say told also one two new last year years mr mrs ms dr`) {
		m[w] = true
	}
	return m
}()
