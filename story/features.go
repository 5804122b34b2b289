package story

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/relbot/relbot"
)

// MinHash and LSH banding. With r rows per band and b bands, two articles
// whose shingle sets have Jaccard similarity J share at least one band with
// probability 1-(1-J^r)^b: 0.98 at J = 0.7 (a re-run with light edits),
// 0.62 at 0.5, 0.12 at 0.3 and nearly never at 0.1 (two outlets' own
// wording), so re-runs are found even among thousands of articles on one
// subject, while the shared words find the rest.
const (
	bands     = 15
	rows      = 4
	numHashes = bands * rows
	// minShingles is the fewest shingles a text needs for its signature to
	// mean anything: two ten-word briefs may share a stock phrase by chance.
	minShingles = 8
)

// Term vectors: an article keeps its most frequent content terms and their
// TF-IDF vector; a few of its strongest terms are posted to find candidates.
const (
	maxTerms    = 96 // distinct terms kept per article, the most frequent: its vector and its share of the window's document frequencies
	postTerms   = 12 // strongest terms posted as candidate keys
	titleWeight = 3  // a title word counts as this many occurrences in the text
	actorWeight = 2  // a meeting participant counts as this many occurrences
)

func mix(z uint64) uint64 {
	z = (z ^ (z >> 33)) * 0xff51afd7ed558ccd
	z = (z ^ (z >> 33)) * 0xc4ceb9fe1a85ec53
	return z ^ (z >> 33)
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// token is a folded word and whether it was written with a capital.
type token struct {
	w   string
	cap bool
}

// folder folds words with relbot.Fold and remembers the answers: Fold builds
// a replacer and runs a transform chain each call, ten times the cost of the
// rest of an article's processing, while news repeats the same few hundred
// Vietnamese names.
type folder struct {
	cache sync.Map // word → folded word
	n     atomic.Int32
}

// maxFolded bounds the cache; past it, words are folded every time.
const maxFolded = 100_000

func (f *folder) fold(w string) string {
	if v, ok := f.cache.Load(w); ok {
		return v.(string)
	}
	fw := relbot.Fold(w)
	if f.n.Load() < maxFolded {
		f.n.Add(1)
		f.cache.Store(strings.Clone(w), fw)
	}
	return fw
}

// words splits s into folded words: runs of letters and digits, lower-cased,
// diacritics removed with relbot.Fold. Only words with non-ASCII letters go
// through Fold, which is much slower than lower-casing ASCII.
func (f *folder) words(s string, out []token) []token {
	// Lower-casing ASCII keeps every byte in place, so the words of the
	// lowered copy are found at the positions of the original's.
	low := lowerASCII(s)
	start, ascii := -1, true
	flush := func(end int) {
		w := s[start:end]
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if ascii {
			w = low[start:end]
		} else {
			w = f.fold(w)
		}
		out = append(out, token{w, upper})
		start, ascii = -1, true
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		inWord := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		switch {
		case inWord && start < 0:
			start = i
			ascii = r < utf8.RuneSelf
		case inWord && r >= utf8.RuneSelf:
			ascii = false
		case !inWord && start >= 0:
			flush(i)
		}
		i += size
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

// contentWords turns tokens into the words that carry a topic. Vietnamese
// names are written syllable by syllable at home and joined abroad ("Việt
// Nam", "Viet Nam", "Vietnam"; "Hà Nội", "Hanoi"), so a run of two or three
// capitalized short words becomes one word. A title in Title Case has
// capitals everywhere and is left unjoined. Plurals are reduced to their
// singular so that "expressways" meets "expressway".
func contentWords(ts []token, out []string) []string {
	join := !titleCase(ts)
	for i := 0; i < len(ts); i++ {
		if join && syllable(ts[i]) {
			j := i + 1
			for j < len(ts) && j < i+3 && syllable(ts[j]) {
				j++
			}
			if j-i >= 2 {
				var b strings.Builder
				for _, t := range ts[i:j] {
					b.WriteString(t.w)
				}
				out = append(out, b.String())
				i = j - 1
				continue
			}
		}
		if w := ts[i].w; !stop(w) {
			out = append(out, singular(w))
		}
	}
	return out
}

func syllable(t token) bool {
	return t.cap && len(t.w) <= 4 && !stop(t.w) && (t.w[0] < '0' || t.w[0] > '9')
}

// titleCase reports whether most words are capitalized, as in AKP's
// headlines.
func titleCase(ts []token) bool {
	words, caps := 0, 0
	for _, t := range ts {
		if len(t.w) < 4 {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// singular strips an English plural ending.
func singular(w string) string {
	n := len(w)
	switch {
	case n <= 4 || w[n-1] != 's':
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	}
	return w[:n-1]
}

func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// signature is the MinHash of a text's word 3-shingles; ok is false when the
// text is too short to have a meaningful one.
func signature(ws []token) (sig [numHashes]uint32, ok bool) {
	if len(ws) < minShingles+2 {
		return sig, false
	}
	// One permutation hashing: each shingle is hashed once, its top bits
	// choose a bin and the bin keeps its smallest value. That is numHashes
	// times cheaper than numHashes hash functions and estimates Jaccard
	// similarity as well when bins are full.
	var mins [numHashes]uint32
	var full [numHashes]bool
	h0, h1 := hashString(ws[0].w), hashString(ws[1].w)
	for _, w := range ws[2:] {
		h2 := hashString(w.w)
		sh := mix(h0 ^ bits.RotateLeft64(h1, 21) ^ bits.RotateLeft64(h2, 42))
		bin := (sh >> 32) * numHashes >> 32
		if v := uint32(sh); !full[bin] || v < mins[bin] {
			mins[bin], full[bin] = v, true
		}
		h0, h1 = h1, h2
	}
	// A short text leaves bins empty: each borrows from the next full bin
	// to its right, shifted by the distance, so that two texts agree on an
	// empty bin exactly when they agree on the bin it borrows from
	// (densification by rotation).
	for i := range mins {
		if full[i] {
			sig[i] = mins[i]
			continue
		}
		for d := 1; d < numHashes; d++ {
			if j := (i + d) % numHashes; full[j] {
				sig[i] = mins[j] + uint32(d)*0x9e3779b9
				break
			}
		}
	}
	return sig, true
}

// jaccard estimates the Jaccard similarity of the shingle sets behind two
// signatures.
func jaccard(a, b *[numHashes]uint32) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / numHashes
}

// bandKey is the posting key of one LSH band.
func bandKey(sig *[numHashes]uint32, band int) uint64 {
	h := uint64(band+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[band*rows : (band+1)*rows] {
		h = mix(h ^ uint64(v))
	}
	return h | 1<<63 // band keys never collide with term keys (top bit clear)
}

// term is a content word (or a participant "@slug") and how often the
// article uses it.
type term struct {
	h uint32
	n uint16
}

// termKey is the posting key of a term; pairKey of a pair of participants.
func termKey(h uint32) uint64    { return uint64(h) }
func pairKey(a, b string) uint64 { return hashString(a+"\x00"+b)&^(1<<63) | 1<<62 }
func termHash(w string) uint32   { return uint32(hashString(w) >> 32) }
func dayNumber(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// terms counts the content words of the title and text, title words and
// meeting participants weighted up, and keeps the maxTerms most frequent.
func terms(title, text []token, meets []meeting, sc *scratch) []term {
	var c counter
	c.reset(sc, len(title)+len(text)+8*len(meets))
	add := func(ts []token, n int32) {
		sc.words = contentWords(ts, sc.words[:0])
		for _, w := range sc.words {
			c.add(termHash(w), n)
		}
	}
	add(title, titleWeight)
	add(text, 1)
	for _, m := range meets {
		for _, s := range m.slugs {
			c.add(termHash("@"+s), actorWeight)
		}
	}
	// byCount packs (maxUint16 - count, hash) so that an ascending sort of
	// plain integers puts the most frequent first, ties by hash.
	byCount := sc.packed[:0]
	for i, n := range c.cnt {
		if n > 0 {
			byCount = append(byCount, uint64(math.MaxUint16-min(n, math.MaxUint16))<<32|uint64(c.keys[i]))
		}
	}
	slices.Sort(byCount)
	sc.packed = byCount
	if len(byCount) > maxTerms {
		byCount = byCount[:maxTerms]
	}
	out := make([]term, len(byCount))
	for i, x := range byCount {
		out[i] = term{h: uint32(x), n: uint16(math.MaxUint16 - x>>32)}
	}
	// Kept in hash order, the order of vectors.
	slices.SortFunc(out, func(a, b term) int { return cmpUint32(a.h, b.h) })
	return out
}

// counter counts term hashes in an open-addressing table: at a few hundred
// words, cheaper than a map or a sort.
type counter struct {
	keys  []uint32
	cnt   []int32
	shift uint
}

func (c *counter) reset(sc *scratch, n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(sc.keys) < size {
		sc.keys, sc.cnt = make([]uint32, size), make([]int32, size)
	}
	c.keys, c.cnt = sc.keys[:size], sc.cnt[:size]
	clear(c.cnt)
	c.shift = uint(32 - bits.TrailingZeros(uint(size)))
}

func (c *counter) add(h uint32, n int32) {
	mask := uint32(len(c.keys) - 1)
	for i := (h * 0x9e3779b1) >> c.shift; ; i = (i + 1) & mask {
		switch {
		case c.cnt[i] == 0:
			c.keys[i], c.cnt[i] = h, n
			return
		case c.keys[i] == h:
			c.cnt[i] += n
			return
		}
	}
}

// scratch holds the buffers of one article's processing, reused through a
// pool so that ingest does not churn the garbage collector.
type scratch struct {
	tokens []token
	words  []string
	packed []uint64
	keys   []uint32
	cnt    []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func cmpUint32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// vector is a sparse unit vector sorted by term hash.
type vector struct {
	h []uint32
	w []float32
}

// dot is the cosine of two unit vectors.
func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.h) && j < len(b.h) {
		switch {
		case a.h[i] < b.h[j]:
			i++
		case a.h[i] > b.h[j]:
			j++
		default:
			s += float64(a.w[i]) * float64(b.w[j])
			i++
			j++
		}
	}
	return s
}

// meeting is a held meeting as the grouper compares it: its participants,
// sorted, and its day (0 when the date is not known to the day).
type meeting struct {
	slugs []string
	day   int64
}

func meetingsOf(ms []relbot.Meeting) []meeting {
	var out []meeting
	for _, m := range ms {
		var s []string
		for _, p := range m.Participants {
			if p.Slug != "" && !slices.Contains(s, p.Slug) {
				s = append(s, p.Slug)
			}
		}
		if len(s) == 0 {
			continue
		}
		slices.Sort(s)
		var day int64
		if m.Date.Day != 0 && m.Date.Month != 0 {
			day = dayNumber(m.Date.Year, m.Date.Month, m.Date.Day)
		}
		out = append(out, meeting{slugs: s, day: day})
	}
	return out
}

// sameMeeting reports whether two meetings are one: the same day give or
// take one (time zones, and "yesterday" counted from a late edition), and
// the same participants, or one list inside the other when an article
// named only two of a larger meeting's members.
func sameMeeting(a, b meeting) bool {
	if a.day == 0 || b.day == 0 || abs(a.day-b.day) > 1 {
		return false
	}
	small, large := a.slugs, b.slugs
	if len(small) > len(large) {
		small, large = large, small
	}
	if len(small) < 2 {
		return false
	}
	for _, s := range small {
		if _, ok := slices.BinarySearch(large, s); !ok {
			return false
		}
	}
	return true
}

// otherDay reports whether two meetings share two participants but lie more
// than a day apart: the same leaders meeting again.
func otherDay(a, b meeting) bool {
	if a.day == 0 || b.day == 0 || abs(a.day-b.day) <= 1 {
		return false
	}
	common := 0
	for _, s := range a.slugs {
		if _, ok := slices.BinarySearch(b.slugs, s); ok {
			common++
		}
	}
	return common >= 2
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// logTF is 1 + ln n for the term counts most articles have.
var logTF = func() (t [256]float64) {
	for n := 1; n < len(t); n++ {
		t[n] = 1 + math.Log(float64(n))
	}
	return t
}()

// stop reports whether a folded word carries no topic: function words,
// reporting verbs, single letters and the like.
func stop(w string) bool {
	if len(w) < 2 {
		return true
	}
	_, ok := stopWords[w]
	return ok
}

var stopWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
		"at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
		"could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
		"has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "if",
		"in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now",
		"of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
		"should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
		"these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
		"were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
		"you", "your", "said", "says", "say", "told", "according", "mr", "ms", "mrs", "dr", "he", "its",
		"one", "two", "three", "new", "per", "cent", "percent", "year", "years", "day", "days", "week",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"tomorrow", "last", "next", "first", "second", "well", "added", "noted", "stated", "held", "within",
		"among", "toward", "towards", "upon", "via", "since", "yet", "however", "including", "many", "much",
	} {
		m[w] = struct{}{}
	}
	return m
}()
