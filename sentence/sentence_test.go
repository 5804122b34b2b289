package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only space", " \n\n\t \r\n ", nil},
		{"two sentences", "The talks ended. Both sides signed.", []string{"The talks ended.", "Both sides signed."}},
		{"question and exclamation", "Will it hold? Nobody knows! We wait.", []string{"Will it hold?", "Nobody knows!", "We wait."}},
		{"paragraph breaks", "Heading without stop\n\nFirst line\nSecond line.", []string{"Heading without stop", "First line", "Second line."}},
		{"crlf", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"titles", "Mr. Smith met Mrs. Jones and Dr. Lee. They spoke.", []string{"Mr. Smith met Mrs. Jones and Dr. Lee.", "They spoke."}},
		{"Philippine Ma. after an office, a surname Ma. at the end", "Foreign Affairs Secretary Ma. Theresa Lazaro met Jack Ma. He spoke.",
			[]string{"Foreign Affairs Secretary Ma. Theresa Lazaro met Jack Ma.", "He spoke."}},
		{"military ranks", "Lt. Gen. Tea Banh and Col. Maj. Sok greeted Sen. Ray and Gov. Bo. Talks followed.", []string{"Lt. Gen. Tea Banh and Col. Maj. Sok greeted Sen. Ray and Gov. Bo.", "Talks followed."}},
		{"senior ranks after an office", "Deputy Minister of Defence Sen. Lieut. Gen. Hoang Xuan Chien and Commander Sen. Col. Vu met Hun Sen. Gen. Tea Banh was there.",
			[]string{"Deputy Minister of Defence Sen. Lieut. Gen. Hoang Xuan Chien and Commander Sen. Col. Vu met Hun Sen.", "Gen. Tea Banh was there."}},
		{"a party before Sen. makes it a senator's title, Hun Sen. still ends",
			"The envoy met Democratic Sen. Sheldon Whitehouse and Republican Sen. Jim Risch, then Hun Sen. Democratic leaders cheered.",
			[]string{"The envoy met Democratic Sen. Sheldon Whitehouse and Republican Sen. Jim Risch, then Hun Sen.", "Democratic leaders cheered."}},
		{"a title after a capitalised word that no name ends in", "Gyeonggi Province Gov. Kim Dong-yeon met the Army Gen. Phan. It rained.", []string{"Gyeonggi Province Gov. Kim Dong-yeon met the Army Gen. Phan.", "It rained."}},
		{"rep prof st", "Rep. Kim and Prof. Ng toured St. Paul's. It rained.", []string{"Rep. Kim and Prof. Ng toured St. Paul's.", "It rained."}},
		{"dateline in capitals after an abbreviation", "ST. PETERSBURG, Oct. 16 (Yonhap) -- Chung met Volodin. It rained.", []string{"ST. PETERSBURG, Oct. 16 (Yonhap) -- Chung met Volodin.", "It rained."}},
		{"a name in capitals ending a sentence", "They met MARK ST. He left.", []string{"They met MARK ST.", "He left."}},
		{"a Thai police rank", "Present were Vilay, Pol. Lt. Gen. Sompong Chaiwat and Hun Manet. It rained.", []string{"Present were Vilay, Pol. Lt. Gen. Sompong Chaiwat and Hun Manet.", "It rained."}},
		{"an associate professor's titles", "Rector Assoc. Prof. Dr. Tran Thanh Lam met him. It rained.", []string{"Rector Assoc. Prof. Dr. Tran Thanh Lam met him.", "It rained."}},
		{"a Filipino name's Ma. and a place's Sta.", "It was attended by Secretary Ma. Theresa Lazaro and Mayor Cruz of Sta. Rosa. It rained.", []string{"It was attended by Secretary Ma. Theresa Lazaro and Mayor Cruz of Sta. Rosa.", "It rained."}},
		{"excellency", "H.E. Hun Manet received the envoy. The envoy thanked him.", []string{"H.E. Hun Manet received the envoy.", "The envoy thanked him."}},
		{"acronym inside", "The U.S. Navy and U.N. agencies joined U.K. and E.U. teams. It was large.", []string{"The U.S. Navy and U.N. agencies joined U.K. and E.U. teams.", "It was large."}},
		{"a name's Jr. before a preposition that opens the next sentence", "She met Ferdinand Marcos Jr. With Marcos, she agreed to train together.", []string{"She met Ferdinand Marcos Jr.", "With Marcos, she agreed to train together."}},
		{"a dotted acronym after a hyphen", "Pompeo joined the Mekong-U.S. Partnership meeting. It was virtual.", []string{"Pompeo joined the Mekong-U.S. Partnership meeting.", "It was virtual."}},
		{"an honorary doctor's dotted letters in brackets", "She met Dr. (H.C.) Puan Maharani. The talks went on (as in the U.S.) The ministry replied.",
			[]string{"She met Dr. (H.C.) Puan Maharani.", "The talks went on (as in the U.S.)", "The ministry replied."}},
		{"acronym at end", "Sanctions came from the U.S. The ministry replied.", []string{"Sanctions came from the U.S.", "The ministry replied."}},
		{"times", "They met at 9 a.m. Friday and left at 5 p.m. The next day was quiet.", []string{"They met at 9 a.m. Friday and left at 5 p.m.", "The next day was quiet."}},
		{"months", "It opened on Jan. 5 and closed in Sept. 2025 after Dec. 31. Then it reopened.", []string{"It opened on Jan. 5 and closed in Sept. 2025 after Dec. 31.", "Then it reopened."}},
		{"a month's abbreviation after a capitalised word, before a day", "Cuong flew to Lima. On Nov. 14, he held talks with Boluarte.", []string{"Cuong flew to Lima.", "On Nov. 14, he held talks with Boluarte."}},
		{"all months", "Feb. 1, Mar. 2, Apr. 3, Jun. 4, Jul. 5, Aug. 6, Oct. 7, Nov. 8 and Sep. 9 were busy.", []string{"Feb. 1, Mar. 2, Apr. 3, Jun. 4, Jul. 5, Aug. 6, Oct. 7, Nov. 8 and Sep. 9 were busy."}},
		{"number abbreviation", "Route No. 1 was closed. No. The bridge was open.", []string{"Route No. 1 was closed.", "No.", "The bridge was open."}},
		{"etc vs companies", "Rice, fish, etc. were traded, as in Smith vs. Jones by Acme Inc. and Beta Co. Ltd. under John Doe Jr. The end.", []string{"Rice, fish, etc. were traded, as in Smith vs. Jones by Acme Inc. and Beta Co. Ltd. under John Doe Jr.", "The end."}},
		{"initials", "J. R. R. Tolkien wrote it. George W. Bush read it.", []string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
		{"decimals", "Trade grew 3.5 percent to $1.2 billion. Exports led.", []string{"Trade grew 3.5 percent to $1.2 billion.", "Exports led."}},
		{"ellipsis mid", "His 'medicine... sullies the reputation' of the school.", []string{"His 'medicine... sullies the reputation' of the school."}},
		{"ellipsis end", "He waited… Then he left. She stayed... Nobody came.", []string{"He waited…", "Then he left.", "She stayed...", "Nobody came."}},
		{"quote after comma", `"We agreed," he said. "It is done."`, []string{`"We agreed," he said.`, `"It is done."`}},
		{"quote after period", `He said it was "the end." Next came talks.`, []string{`He said it was "the end."`, "Next came talks."}},
		{"curly quotes", "“It is historic.” The minister smiled. ‘Yes.’ ‘No.’", []string{"“It is historic.”", "The minister smiled.", "‘Yes.’", "‘No.’"}},
		{"question in quote", `"Why now?" she asked. Nobody answered.`, []string{`"Why now?" she asked.`, "Nobody answered."}},
		{"bracket after period", "The pact was signed. (It took years.) Work begins.", []string{"The pact was signed.", "(It took years.)", "Work begins."}},
		{"dateline agency", "PHNOM PENH, Feb. 6 (VNA) – The Cambodian leader met the visiting delegation. Talks followed.", []string{"PHNOM PENH, Feb. 6 (VNA) – The Cambodian leader met the visiting delegation.", "Talks followed."}},
		{"dateline dash", "HANOI — Viet Nam and Cambodia agreed on Tuesday to widen trade. Details were not given.", []string{"HANOI — Viet Nam and Cambodia agreed on Tuesday to widen trade.", "Details were not given."}},
		{"number then title", "They met on April 29. Mr. Hun Sen spoke first.", []string{"They met on April 29.", "Mr. Hun Sen spoke first."}},
		{"url and domain", "See example.com. The site is new.", []string{"See example.com.", "The site is new."}},
		{"lowercase continuation", "The U.S. said no. it was a typo.", []string{"The U.S. said no. it was a typo."}},
		{"no final stop", "One. Two", []string{"One.", "Two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s\ngot %q", tt.in, diff, got)
			}
		})
	}
}

// TestSplitSharedArticles runs the splitter on the project's sample articles:
// no sentence may end with a title, which would cut a name in two.
func TestSplitSharedArticles(t *testing.T) {
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
			got := Split(string(b))
			if len(got) < 3 {
				t.Fatalf("got %d sentences, want at least 3", len(got))
			}
			for _, s := range got {
				w := lastWord(s)
				if titles[w] && !endsName(strings.TrimSuffix(s, "."), strings.TrimSuffix(w, ".")) {
					t.Errorf("sentence ends with title %q: %q", w, s)
				}
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "Mr. A. B. Smith met H.E. Hun Sen at 9 a.m. Friday. The U.S. The end…",
		"PHNOM PENH, Feb. 6 (VNA) – The talks.\n\n\"Yes.\" he said. 3.5 percent... ok",
		"\xff. \xfe\n.", ". . .", "“”. ’ ?! …\r\n", "No. 1. No. X. U.S.A. e.g. I.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Split(in)
		for i, s := range got {
			if s == "" || strings.TrimSpace(s) != s {
				t.Fatalf("sentence %d is empty or untrimmed: %q", i, s)
			}
		}
		// Spaces are dropped from each sentence before joining: joined
		// first, the halves of an invalid UTF-8 sequence cut by a line
		// break could make a space that was not in the input.
		var g strings.Builder
		for _, s := range got {
			g.WriteString(dropSpaces(s))
		}
		if w := dropSpaces(in); g.String() != w {
			t.Fatalf("non-space text changed:\ngot  %q\nwant %q", g.String(), w)
		}
	})
}

func dropSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestNameEndingLikeATitle(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Tô Lâm received Samdech Techo Hun Sen. Hun Sen thanked his host.", 2},
		{"Sen. John Smith met the delegation. He spoke first.", 2},
		{"Lt. Gen. Nguyen Van Hoa attended. The talks ended.", 2},
		{"PHNOM PENH, Feb. 6 (VNA) – The two leaders met.", 1},
	}
	for _, tc := range tests {
		if got := Split(tc.in); len(got) != tc.want {
			t.Errorf("Split(%q) = %q, want %d sentences", tc.in, got, tc.want)
		}
	}
}
