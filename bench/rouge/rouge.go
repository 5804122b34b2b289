// Package rouge computes the ROUGE-N and ROUGE-L scores of Lin (2004) the way
// the common reference tool (Google's rouge-score) does for news summaries:
// lower-cased ASCII alphanumeric tokens, Porter stemming of tokens longer than
// three characters, F1, the best score over an article's references.
//
// The stemmer is the Snowball English stemmer ("Porter2"), the maintained
// revision of Porter's algorithm; it differs from the original on a few
// suffixes, so scores can differ from the Python tool's in the last digit.
package rouge

import (
	"github.com/kljensen/snowball/english"
)

// Score is a precision, recall and F1 triple, each in [0, 1].
type Score struct {
	P, R, F float64
}

func score(overlap, candLen, refLen int) Score {
	if overlap == 0 || candLen == 0 || refLen == 0 {
		return Score{}
	}
	p := float64(overlap) / float64(candLen)
	r := float64(overlap) / float64(refLen)
	return Score{P: p, R: r, F: 2 * p * r / (p + r)}
}

// Tokenize lower-cases s, splits it into runs of ASCII letters and digits and,
// when stem is true, stems the tokens longer than three characters.
func Tokenize(s string, stem bool) []string {
	var toks []string
	buf := make([]byte, 0, 32)
	flush := func() {
		if len(buf) == 0 {
			return
		}
		w := string(buf)
		if stem && len(w) > 3 {
			w = english.Stem(w, true)
		}
		toks = append(toks, w)
		buf = buf[:0]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			buf = append(buf, c)
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		default:
			flush()
		}
	}
	flush()
	return toks
}

// N returns ROUGE-N of a candidate against one reference: clipped n-gram
// overlap over the candidate's and the reference's n-gram counts.
func N(cand, ref []string, n int) Score {
	cg, rg := ngrams(cand, n), ngrams(ref, n)
	overlap := 0
	for g, c := range cg {
		overlap += min(c, rg[g])
	}
	return score(overlap, max(len(cand)-n+1, 0), max(len(ref)-n+1, 0))
}

func ngrams(toks []string, n int) map[string]int {
	m := make(map[string]int, len(toks))
	for i := 0; i+n <= len(toks); i++ {
		key := toks[i]
		for _, t := range toks[i+1 : i+n] {
			key += " " + t
		}
		m[key]++
	}
	return m
}

// L returns ROUGE-L of a candidate against one reference: the longest common
// subsequence of the two token lists, taken over the whole texts.
func L(cand, ref []string) Score {
	return score(LCS(cand, ref), len(cand), len(ref))
}

// LCS returns the length of the longest common subsequence of a and b.
func LCS(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Scores holds the F1 of ROUGE-1, ROUGE-2 and ROUGE-L.
type Scores struct {
	R1, R2, RL float64
}

// Best scores a candidate against each reference and keeps, for each measure
// separately, the best F1. Texts are tokenized with stemming.
func Best(cand string, refs []string) Scores {
	c := Tokenize(cand, true)
	var best Scores
	for _, r := range refs {
		t := Tokenize(r, true)
		best.R1 = max(best.R1, N(c, t, 1).F)
		best.R2 = max(best.R2, N(c, t, 2).F)
		best.RL = max(best.RL, L(c, t).F)
	}
	return best
}
