package rouge

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmpopts.EquateApprox(0, 1e-9)

// Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries",
// sections 3.1 and 3.2: one reference and three candidates that share the
// same words in different orders.
const (
	linR  = "police killed the gunman"
	linS1 = "police kill the gunman"
	linS2 = "the gunman kill police"
	linS3 = "the gunman police killed"
)

func TestLinExamples(t *testing.T) {
	tests := []struct {
		name       string
		cand       string
		stem       bool
		r1, r2, rl Score
	}{
		// Without stemming, "kill" and "killed" differ. S1 and S2 share the
		// bigram "the gunman" with R, so ROUGE-2 cannot tell them apart, while
		// ROUGE-L prefers S1 (LCS "police the gunman", 3/4) to S2 ("the
		// gunman", 2/4), as in the paper. S3 has LCS 2 ("the gunman" or
		// "police killed").
		{"S1", linS1, false, Score{0.75, 0.75, 0.75}, Score{1.0 / 3, 1.0 / 3, 1.0 / 3}, Score{0.75, 0.75, 0.75}},
		{"S2", linS2, false, Score{0.75, 0.75, 0.75}, Score{1.0 / 3, 1.0 / 3, 1.0 / 3}, Score{0.5, 0.5, 0.5}},
		{"S3", linS3, false, Score{1, 1, 1}, Score{2.0 / 3, 2.0 / 3, 2.0 / 3}, Score{0.5, 0.5, 0.5}},
		// With stemming "kill" matches "killed": S1 equals R.
		{"S1 stemmed", linS1, true, Score{1, 1, 1}, Score{1, 1, 1}, Score{1, 1, 1}},
		{"S2 stemmed", linS2, true, Score{1, 1, 1}, Score{1.0 / 3, 1.0 / 3, 1.0 / 3}, Score{0.5, 0.5, 0.5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, r := Tokenize(tt.cand, tt.stem), Tokenize(linR, tt.stem)
			got := []Score{N(c, r, 1), N(c, r, 2), L(c, r)}
			want := []Score{tt.r1, tt.r2, tt.rl}
			if diff := cmp.Diff(want, got, approx); diff != "" {
				t.Errorf("ROUGE-1/2/L of %q vs %q (-want +got):\n%s", tt.cand, linR, diff)
			}
		})
	}
}

func TestHandComputed(t *testing.T) {
	f1 := func(p, r float64) float64 { return 2 * p * r / (p + r) }
	tests := []struct {
		name       string
		cand, ref  string
		r1, r2, rl float64
	}{
		// "the" appears three times in the candidate but once in the
		// reference: the count is clipped to 1. P = 2/4, R = 2/2.
		{"clipped counts", "the the the cat", "the cat", f1(0.5, 1), f1(1.0/3, 1), f1(0.5, 1)},
		{"no overlap", "alpha beta", "gamma delta", 0, 0, 0},
		{"empty candidate", "", "gamma delta", 0, 0, 0},
		// Case and punctuation are ignored; "U.S." is two tokens "u" and "s".
		{"case and punctuation", "The U.S. won!", "the u s won", 1, 1, 1},
		// Candidate "a b c d e", reference "a x c y e z": unigrams 3 shared,
		// P = 3/5, R = 3/6; no shared bigram; LCS "a c e" = 3.
		{"gaps", "a b c d e", "a x c y e z", f1(0.6, 0.5), 0, f1(0.6, 0.5)},
		// Reversing keeps every unigram but no bigram, and the longest
		// common subsequence of "c b a" and "a b c" is one token.
		{"reversed", "c b a", "a b c", 1, 0, 1.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, r := Tokenize(tt.cand, false), Tokenize(tt.ref, false)
			got := []float64{N(c, r, 1).F, N(c, r, 2).F, L(c, r).F}
			want := []float64{tt.r1, tt.r2, tt.rl}
			if diff := cmp.Diff(want, got, approx); diff != "" {
				t.Errorf("ROUGE F1 of %q vs %q (-want +got):\n%s", tt.cand, tt.ref, diff)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		stem bool
		want []string
	}{
		{"Hello, World-2026!", false, []string{"hello", "world", "2026"}},
		{"Ministers were meeting", true, []string{"minist", "were", "meet"}},
		{"ran 100 kms", true, []string{"ran", "100", "kms"}}, // three letters or fewer: not stemmed
		{"café", false, []string{"caf"}},
		{"", false, nil},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.in, tt.stem); !cmp.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q, %v) = %q, want %q", tt.in, tt.stem, got, tt.want)
		}
	}
}

func TestBestTakesEachMeasureSeparately(t *testing.T) {
	// The first reference wins ROUGE-1 (all words), the second wins ROUGE-2
	// and ROUGE-L (same order): Best keeps the maximum of each.
	cand := "a b c d"
	refs := []string{"d c b a", "a b x y z w"}
	got := Best(cand, refs)
	c := Tokenize(cand, true)
	r0, r1 := Tokenize(refs[0], true), Tokenize(refs[1], true)
	want := Scores{
		R1: math.Max(N(c, r0, 1).F, N(c, r1, 1).F),
		R2: math.Max(N(c, r0, 2).F, N(c, r1, 2).F),
		RL: math.Max(L(c, r0).F, L(c, r1).F),
	}
	if want.R1 != 1 || want.R2 == 0 {
		t.Fatalf("test premise broken: %+v", want)
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Best (-want +got):\n%s", diff)
	}
}
