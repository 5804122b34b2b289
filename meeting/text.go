package meeting

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/relbot/relbot"
)

// token is one word or punctuation mark of a sentence. Words keep letters,
// digits, marks and inner hyphens or apostrophes ("co-chaired", "People's").
type token struct {
	text  string // as written
	key   string // folded: lower case, no diacritics
	start int    // byte offsets in the sentence
	end   int
	word  bool
	upper bool   // starts with an upper-case letter
	hash  uint32 // keyHash(key), for the phrase tables' filters
}

// keyHash is FNV-1a of a token's key: computed once per token, it lets a
// phrase table turn away most tokens without a map lookup.
func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

// tokenize splits s into tokens. It is on the hot path of extraction, so it
// folds only the words that are not plain ASCII.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// A possessive is its own token, so that "Putin's" still names
			// Putin and "People's" reads the same in text and word lists.
			w := j
			if n := possessive(s[i:j]); n > 0 && j-n > i {
				w = j - n
			}
			k := foldWord(s[i:w])
			toks = append(toks, token{text: s[i:w], key: k, start: i, end: w, word: true, upper: unicode.IsUpper(r) || arabicArticleName(s[i:w]), hash: keyHash(k)})
			if w < j {
				toks = append(toks, token{text: s[w:j], key: "'s", start: w, end: j, hash: possessiveHash})
			}
			i = j
		case r == '(' && cjkGloss(s[i+size:]) > 0:
			// "Hung Sun-han (洪申翰) met …": the name in Chinese script
			// glosses the one before it, no word of the sentence.
			i += size + cjkGloss(s[i+size:])
		default:
			k := string(r)
			if r == '–' || r == '—' {
				k = "-"
			}
			toks = append(toks, token{text: s[i : i+size], key: k, start: i, end: i + size, hash: keyHash(k)})
			i += size
		}
	}
	return toks
}

// cjkGloss returns the length up to and including the ")" of a bracket whose
// words are all in Chinese, Japanese or Korean script, or 0.
func cjkGloss(s string) int {
	n := 0
	for i, r := range s {
		switch {
		case r == ')':
			if n == 0 {
				return 0
			}
			return i + 1
		case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
			n++
		case r == ' ' || r == '·' || r == '・' || r == ',' || r == '，':
		default:
			return 0
		}
		if i > 64 {
			return 0
		}
	}
	return 0
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// foldWord folds one word; ASCII words skip the Unicode normalisation.
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(unicode.ToLower(r))
		case r == '’':
			b.WriteByte('\'')
		case r >= 0x300 && r <= 0x36f:
			// a combining mark of decomposed text
		case r < foldTableEnd && foldTable()[r] != "":
			b.WriteString(foldTable()[r])
		default:
			return strings.ReplaceAll(relbot.Fold(w), "’", "'")
		}
	}
	return b.String()
}

// foldTable holds the folded form of the Latin letters news text uses
// (Vietnamese included), so that tokenizing avoids Unicode normalisation.
const foldTableEnd = 0x1f00

// foldTable is built on first use: the word lists, built while the package
// initialises, tokenize before any initialiser could have run.
func foldTable() []string {
	foldOnce.Do(buildFoldTable)
	return foldTab
}

var (
	foldOnce sync.Once
	foldTab  []string
)

func buildFoldTable() {
	t := make([]string, foldTableEnd)
	for r := rune(0x80); r < foldTableEnd; r++ {
		if !unicode.IsLetter(r) || !unicode.In(r, unicode.Latin) {
			continue
		}
		f := relbot.Fold(string(r))
		if f != "" && len(f) <= 2 && f[0] < utf8.RuneSelf {
			t[r] = f
		}
	}
	foldTab = t
}

// keys folds a phrase into the token keys the matcher compares.
func keys(phrase string) []string {
	toks := tokenize(phrase)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.key)
	}
	return out
}

var possessiveHash = keyHash("'s")

// phrases maps token sequences to values and finds the longest one that starts
// at a position. Phrases are indexed by their first key; firstSeen has the
// bit of each first key's hash set, so that a token no phrase starts with
// (most of them, for most tables) costs a bit test instead of a map lookup.
type phrases[V any] struct {
	first     map[string][]phrase[V]
	firstSeen [filterWords]uint64
	max       int
}

// filterWords is the size of a phrase table's filter in 64-bit words.
const filterWords = 256

func (p *phrases[V]) mayStart(h uint32) bool {
	return p.firstSeen[h>>6%filterWords]&(1<<(h&63)) != 0
}

type phrase[V any] struct {
	rest []string
	val  V
}

func newPhrases[V any]() *phrases[V] { return &phrases[V]{first: map[string][]phrase[V]{}} }

// add indexes the phrase; an empty phrase is ignored.
func (p *phrases[V]) add(text string, v V) {
	k := keys(text)
	p.addKeys(k, v)
}

func (p *phrases[V]) addKeys(k []string, v V) {
	if len(k) == 0 {
		return
	}
	p.first[k[0]] = append(p.first[k[0]], phrase[V]{rest: k[1:], val: v})
	h := keyHash(k[0])
	p.firstSeen[h>>6%filterWords] |= 1 << (h & 63)
	if len(k) > p.max {
		p.max = len(k)
	}
}

// match returns the longest phrase starting at toks[i], its value and the
// index just past it.
func (p *phrases[V]) match(toks []token, i int) (V, int, bool) {
	var best V
	bestEnd, found := -1, false
	if i >= len(toks) || !p.mayStart(toks[i].hash) {
		return best, 0, false
	}
	for _, ph := range p.first[toks[i].key] {
		end := i + 1 + len(ph.rest)
		if end > len(toks) || end <= bestEnd {
			continue
		}
		ok := true
		for j, k := range ph.rest {
			if toks[i+1+j].key != k {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd, found = ph.val, end, true
		}
	}
	return best, bestEnd, found
}

// all returns every value of phrases starting at toks[i] (ambiguous names).
// A middle initial the phrase lacks is passed over: "Martin G. Romualdez"
// and "Enrique A. Manalo" are the names the tables hold without it.
func (p *phrases[V]) all(toks []token, i int) ([]V, int) {
	var out []V
	bestEnd := -1
	if !p.mayStart(toks[i].hash) {
		return out, bestEnd
	}
	for _, ph := range p.first[toks[i].key] {
		end, ok := i+1, true
		for _, k := range ph.rest {
			if end < len(toks) && toks[end].key != k && middleInitial(toks, end) {
				end += 2
			}
			if end >= len(toks) || toks[end].key != k {
				ok = false
				break
			}
			end++
		}
		if !ok || end < bestEnd {
			continue
		}
		if end > bestEnd {
			out, bestEnd = out[:0], end
		}
		out = append(out, ph.val)
	}
	return out, bestEnd
}

// dropNicknames removes a nickname quoted inside a name, "Francis "Chiz"
// Escudero", "Ferdinand "Bongbong" Marcos": the name is read without it.
func dropNicknames(t []token) []token {
	for j := 1; j+3 < len(t); j++ {
		if t[j-1].word && t[j-1].upper && quoteMark(t[j].key) && t[j+1].word && t[j+1].upper && quoteMark(t[j+2].key) && t[j+3].word && t[j+3].upper {
			t = slices.Delete(t, j, j+3) // the slice is the caller's own, fresh from tokenize
		}
	}
	return t
}

// vietnameseReading reports whether t[from:to] is a name's Sino-Vietnamese
// reading, which the Vietnamese press gives in brackets after a Chinese
// name: "Ambassador He Wei (Hà Vĩ)", "Wang Yi (Vương Nghị)".
func vietnameseReading(t []token, from, to int) bool {
	marked := false
	for k := from; k < to; k++ {
		if !t[k].upper {
			return false
		}
		marked = marked || t[k].key != strings.ToLower(t[k].text)
	}
	return marked && to-from <= 4
}

// dropCaptionPositions removes where a photo caption places a person, so
// that the name and what follows it read on: "Hà Minh Trí (right),
// Chairman of …, receives …", "Hun Manet (second from left)"; and a
// name's Vietnamese reading after it.
func dropCaptionPositions(t []token) []token {
	for j := 1; j+2 < len(t); j++ {
		if t[j].key != "(" || !t[j-1].word || !t[j-1].upper {
			continue
		}
		end := -1
		for k := j + 1; k < len(t) && k <= j+5; k++ {
			if t[k].key == ")" {
				end = k
				break
			}
			if !t[k].word {
				break
			}
		}
		if end > j+1 && (captionPositions[t[end-1].key] || vietnameseReading(t, j+1, end)) {
			t = slices.Delete(t, j, end+1) // the slice is the caller's own, fresh from tokenize
			j--
		}
	}
	return t
}

// dropInnerAdverbs reads "attended also by", "joined also by" as "attended
// by" and "was warmly welcomed by" as "was welcomed by": an adverb inside a
// passive, in the word order some outlets use, read by the rules of the
// usual one.
func dropInnerAdverbs(t []token) []token {
	for j := 1; j+1 < len(t); j++ {
		if t[j].key == "also" && t[j+1].key == "by" && (t[j-1].key == "attended" || t[j-1].key == "joined") {
			t = slices.Delete(t, j, j+1) // the caller's own slice, as above
		}
		if (t[j-1].key == "was" || t[j-1].key == "were") && len(t[j].key) > 4 && strings.HasSuffix(t[j].key, "ly") && j+2 < len(t) && passiveHosts[t[j+1].key] && t[j+2].key == "by" {
			t = slices.Delete(t, j, j+1)
		}
	}
	return t
}

var captionPositions = set("left", "right", "centre", "center", "middle", "front", "l", "r", "c", "seated", "standing")

func quoteMark(k string) bool {
	return doubleQuoteMark(k) || k == "'" || k == "‘" || k == "’"
}

// doubleQuoteMark reports whether k opens or closes a quotation: a single
// quote may be an apostrophe.
func doubleQuoteMark(k string) bool {
	return k == "\"" || k == "“" || k == "”"
}

// quoteMarksIn returns where the double quotation marks of a sentence stand.
func quoteMarksIn(t []token) []int {
	var at []int
	for j, tk := range t {
		if doubleQuoteMark(tk.key) {
			at = append(at, j)
		}
	}
	return at
}

// withinQuote reports whether the word at i stands between a sentence's
// double quotation marks.
func withinQuote(t []token, i int) bool {
	marks := quoteMarksIn(t)
	before := marksBefore(marks, i)
	return before%2 == 1 && len(marks) > before
}

// marksBefore counts the quotation marks, at the places marks gives, that
// stand before i.
func marksBefore(marks []int, i int) int {
	n := 0
	for _, j := range marks {
		if j < i {
			n++
		}
	}
	return n
}

// middleInitial reports whether toks[i] is a capital letter and a full stop,
// written inside a name: "G." in "Martin G. Romualdez".
func middleInitial(toks []token, i int) bool {
	return i+2 < len(toks) && len(toks[i].key) == 1 && toks[i].upper && toks[i+1].key == "." && toks[i+2].upper
}

// set builds a lookup of folded single words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// possessive returns the length of a trailing "'s" or "’s" of a word, 0 when
// it has none.
func possessive(w string) int {
	switch {
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S"):
		return 2
	case strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S"):
		return len("’s")
	}
	return 0
}

// titleCase writes the words of ts as a name: "BOGOR" as "Bogor", "Ta Khmau"
// as it is.
func titleCase(ts []token) string {
	parts := make([]string, 0, len(ts))
	for _, tk := range ts {
		w := tk.text
		if strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 1 {
			r, n := utf8.DecodeRuneInString(w)
			w = string(r) + strings.ToLower(w[n:])
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// arabicArticleName reports whether w is a family name after the Arabic
// article written in lower case: "Riyad al-Maliki", "Abdel Fattah el-Sisi".
func arabicArticleName(w string) bool {
	for _, p := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
