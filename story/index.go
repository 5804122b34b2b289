package story

import (
	"cmp"
	"container/heap"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/relbot/relbot"
)

// Doc is what the grouper needs of an article.
type Doc struct {
	Key       string // stable per article (e.g. source+"\x00"+guid); a new story's id derives from it
	Outlet    string
	Title     string
	Text      string
	Published time.Time
	Meetings  []relbot.Meeting // the held meetings extracted from it (participants + date), may be empty
}

// Options tune an [Index]. Zero fields take the defaults, chosen on the
// labelled corpus in testdata and explained in the package documentation.
type Options struct {
	// Window is how far apart in publication time two articles of one story
	// may be, and how long an article stays in the index. 0 → 72h.
	Window time.Duration
	// NearDuplicate is the estimated Jaccard similarity of word 3-shingles
	// at or above which two articles are one story whatever else they say
	// (a re-run, an agency copy). 0 → 0.5.
	NearDuplicate float64
	// SameMeeting is the cosine similarity of the term vectors at or above
	// which two articles from different outlets that report the same
	// meeting are one story. 0 → 0.2.
	SameMeeting float64
	// SameText is the cosine similarity at or above which two articles from
	// different outlets that share no meeting are one story. 0 → 0.3.
	SameText float64
}

// sameOutletText is the cosine at or above which one outlet's two articles
// that are not near-duplicates still count as one story: a rewrite of its own
// report, not a second story about the same visit.
const sameOutletText = 0.8

// Scan limits keep one Assign cheap however busy the window: each posting
// list is read from its newest entry, only the candidates that share most
// keys are compared in full, and a list longer than 2×maxPosting forgets its
// oldest half.
const (
	queryTerms  = 20   // strongest terms of a new article looked up
	scanPerKey  = 24   // newest entries read per key
	maxScanned  = 1024 // distinct articles gathered per Assign
	maxCompared = 16   // of which compared in full, those sharing most keys
	maxPosting  = 1024
)

// Index groups articles into stories incrementally. It holds only the
// articles of the last Window (by the newest publication time it has seen),
// so its memory and the cost of an Assign do not grow with the number of
// articles ever stored. An Index is safe for concurrent use.
type Index struct {
	opts Options
	fold folder

	mu      sync.Mutex
	byKey   map[string]*entry
	stories map[string]*group   // id → the story's articles in the window
	post    map[uint64][]*entry // LSH bands, participant pairs and strong terms → articles, oldest first
	df      map[uint32]int32    // term → articles in the window that keep it
	byTime  timeHeap
	newest  time.Time
	hits    map[*entry]int32 // keys each candidate shares with the article being assigned
	found   []*entry
	top     []*entry
	order   []uint64
	cands   []candidate
}

type entry struct {
	key       string
	outlet    string
	published time.Time
	story     *group
	sig       [numHashes]uint32
	hasSig    bool
	terms     []term
	meets     []meeting
	vec       vector
	vecN      int // articles in the window when vec was weighted
	keys      []uint64
}

// group is one story's articles in the window.
type group struct {
	id      string
	members []*entry
}

type candidate struct {
	e     *entry
	score float64
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	if opts.Window <= 0 {
		opts.Window = 72 * time.Hour
	}
	if opts.NearDuplicate <= 0 {
		opts.NearDuplicate = 0.5
	}
	if opts.SameMeeting <= 0 {
		opts.SameMeeting = 0.2
	}
	if opts.SameText <= 0 {
		opts.SameText = 0.3
	}
	return &Index{
		opts:    opts,
		byKey:   map[string]*entry{},
		stories: map[string]*group{},
		hits:    make(map[*entry]int32, maxScanned),
		post:    map[uint64][]*entry{},
		df:      map[uint32]int32{},
	}
}

// newID is the id of a story started by the article with the given key.
func newID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "st-" + hex.EncodeToString(sum[:6])
}

// Assign returns the story id for d: an existing recent story's id when d
// reports the same event, else a new id ("st-" + 12 hex chars of
// sha256(Key)). It adds d to the index. An article whose Key is already in
// the index gets its story again and is not added twice. An article older
// than the window (behind the newest seen) is matched but not kept.
func (ix *Index) Assign(d Doc) string {
	e := ix.prepare(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if old, ok := ix.byKey[d.Key]; ok {
		return old.story.id
	}
	ix.advance(e)
	e.vec = ix.weigh(e.terms)
	e.vecN = len(ix.byKey)
	var g *group
	if c := ix.best(e); c != nil {
		g = c.story
	} else if g = ix.stories[newID(d.Key)]; g == nil {
		// (An article assigned again after its first copy left the window
		// finds that copy's story, if the story is still there.)
		g = &group{id: newID(d.Key)}
	}
	if ix.keep(e) {
		ix.insert(e, g)
	}
	return g.id
}

// Add puts an already-assigned article back into the index (warm-up after a
// restart from stored articles), in the given story. Add articles oldest
// first: one older than the window behind the newest seen is not kept. An
// article whose Key is already in the index is left as it is.
func (ix *Index) Add(d Doc, story string) {
	e := ix.prepare(d)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, ok := ix.byKey[d.Key]; ok {
		return
	}
	ix.advance(e)
	if !ix.keep(e) {
		return
	}
	e.vec = ix.weigh(e.terms)
	e.vecN = len(ix.byKey)
	g := ix.stories[story]
	if g == nil {
		g = &group{id: story}
	}
	ix.insert(e, g)
}

// Len returns the number of articles in the index: those of the last window.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.byKey)
}

// prepare computes what needs no index state, outside the lock.
func (ix *Index) prepare(d Doc) *entry {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	all := ix.fold.words(d.Title, sc.tokens[:0])
	nTitle := len(all)
	all = ix.fold.words(d.Text, all)
	sc.tokens = all
	e := &entry{key: d.Key, outlet: d.Outlet, published: d.Published, meets: meetingsOf(d.Meetings)}
	e.sig, e.hasSig = signature(all)
	e.terms = terms(all[:nTitle], all[nTitle:], e.meets, sc)
	return e
}

// advance moves the window forward to e's publication time and evicts what
// fell out of it. An article without a date is taken as the newest.
func (ix *Index) advance(e *entry) {
	if e.published.IsZero() {
		e.published = ix.newest
	}
	if e.published.After(ix.newest) {
		ix.newest = e.published
	}
	limit := ix.newest.Add(-ix.opts.Window)
	for len(ix.byTime) > 0 && ix.byTime[0].published.Before(limit) {
		ix.evict(heap.Pop(&ix.byTime).(*entry))
	}
}

func (ix *Index) keep(e *entry) bool {
	return !e.published.Before(ix.newest.Add(-ix.opts.Window))
}

// best returns the stored article whose story e belongs to, or nil.
func (ix *Index) best(e *entry) *entry {
	// Gather candidates cheaply, counting the keys each shares with e (a
	// shared LSH band or meeting pair counts as several terms), then compare
	// only the most promising in full.
	// The hits are counted in a table of the index's own, not in the
	// entries: a scan then reads only the posting lists, not an entry per
	// posting, which a busy window would not hold in cache.
	found := ix.found[:0]
	clear(ix.hits)
	ks, strong := keys(e, queryTerms)
	for n, k := range ks {
		hit := int32(1)
		if n < strong {
			hit = 4
		}
		p := ix.post[k]
		for i := len(p) - 1; i >= 0 && i >= len(p)-scanPerKey; i-- {
			c := p[i]
			h, seen := ix.hits[c]
			if !seen {
				if len(found) >= maxScanned {
					continue
				}
				found = append(found, c)
			}
			ix.hits[c] = h + hit
		}
	}
	ix.found = found[:0]
	if len(found) > maxCompared {
		// Most shared keys first, ties in the order found: pack (inverted
		// hits, position) and sort plain integers.
		order := ix.order[:0]
		for i, c := range found {
			order = append(order, uint64(math.MaxUint32-uint32(ix.hits[c]))<<32|uint64(i))
		}
		slices.Sort(order)
		top := ix.top[:0]
		for _, x := range order[:maxCompared] {
			top = append(top, found[uint32(x)])
		}
		ix.order, ix.top = order[:0], top[:0]
		found = top
	}
	cands := ix.cands[:0]
	for _, c := range found {
		if d := e.published.Sub(c.published); d > ix.opts.Window || d < -ix.opts.Window {
			continue
		}
		if ok, score := ix.match(e, c); ok {
			cands = append(cands, candidate{c, score})
		}
	}
	ix.cands = cands[:0]
	slices.SortFunc(cands, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
	for _, c := range cands {
		if ix.admits(c.e.story, e) {
			return c.e
		}
	}
	return nil
}

// match reports whether e and c report one event, and how strongly.
func (ix *Index) match(e, c *entry) (bool, float64) {
	if e.hasSig && c.hasSig {
		if j := jaccard(&e.sig, &c.sig); j >= ix.opts.NearDuplicate {
			return true, 2 + j
		}
	}
	cos := dot(e.vec, ix.vectorOf(c))
	if e.outlet != "" && e.outlet == c.outlet {
		// An outlet does not tell one event twice in different words: its
		// second article on a visit is about the banquet, the forum, the
		// signing.
		return cos >= sameOutletText, 1 + cos
	}
	conflict := false
	for _, a := range e.meets {
		for _, b := range c.meets {
			if sameMeeting(a, b) {
				return cos >= ix.opts.SameMeeting, 1 + cos
			}
			conflict = conflict || otherDay(a, b)
		}
	}
	if conflict {
		// The same leaders on another day: another event, however alike the
		// words.
		return false, 0
	}
	return cos >= ix.opts.SameText, cos
}

// admits reports whether story g may take e: not when g already holds an
// article from e's outlet that is not a version of e, since that outlet has
// then told g's event and e is its other story.
func (ix *Index) admits(g *group, e *entry) bool {
	if e.outlet == "" {
		return true
	}
	for _, m := range g.members {
		if m.outlet != e.outlet {
			continue
		}
		if e.hasSig && m.hasSig && jaccard(&e.sig, &m.sig) >= ix.opts.NearDuplicate {
			continue
		}
		if dot(e.vec, ix.vectorOf(m)) >= sameOutletText {
			continue
		}
		return false
	}
	return true
}

// vectorOf returns c's vector, weighted again when the window has grown or
// shrunk by a quarter since: the document frequencies it was weighted with
// no longer describe the window (an index warming up from empty, mostly).
func (ix *Index) vectorOf(c *entry) vector {
	n := len(ix.byKey)
	if 4*n > 5*c.vecN+4 || 5*n < 4*c.vecN {
		c.vec = ix.weigh(c.terms)
		c.vecN = n
	}
	return c.vec
}

// weigh turns term counts (in hash order) into a TF-IDF unit vector, with
// smoothed inverse document frequencies of the window.
func (ix *Index) weigh(ts []term) vector {
	n := float64(len(ix.byKey))
	v := vector{h: make([]uint32, len(ts)), w: make([]float32, len(ts))}
	var norm float64
	for i, t := range ts {
		idf := math.Log((n+1)/(float64(ix.df[t.h])+1)) + 1
		tf := 1 + math.Log(float64(t.n))
		if int(t.n) < len(logTF) {
			tf = logTF[t.n]
		}
		w := tf * idf
		v.h[i], v.w[i] = t.h, float32(w)
		norm += w * w
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v.w {
			v.w[i] *= inv
		}
	}
	return v
}

// keys are the posting keys of an article, strongest first: its LSH bands,
// every pair of participants of its dated meetings, and its nTerms
// strongest terms. An article is posted under its postTerms strongest terms
// and looks up its queryTerms strongest, so that two reports of one event meet when
// either's vocabulary holds a word the other stresses.
func keys(e *entry, nTerms int) (ks []uint64, strong int) {
	ks = make([]uint64, 0, bands+nTerms+4)
	if e.hasSig {
		for b := range bands {
			ks = append(ks, bandKey(&e.sig, b))
		}
	}
	for _, m := range e.meets {
		if m.day == 0 {
			continue
		}
		for i, a := range m.slugs {
			for _, b := range m.slugs[i+1:] {
				if k := pairKey(a, b); !slices.Contains(ks, k) {
					ks = append(ks, k)
				}
			}
		}
	}
	strong = len(ks)
	// order packs (inverted weight bits, hash): weights are positive, so
	// their float bits sort like the weights, and an ascending sort of the
	// packed integers puts the strongest first, ties by hash.
	order := make([]uint64, len(e.vec.h))
	for i, h := range e.vec.h {
		order[i] = uint64(^math.Float32bits(e.vec.w[i]))<<32 | uint64(h)
	}
	slices.Sort(order)
	for _, x := range order[:min(nTerms, len(order))] {
		ks = append(ks, termKey(uint32(x)))
	}
	return ks, strong
}

func (ix *Index) insert(e *entry, g *group) {
	e.story = g
	g.members = append(g.members, e)
	ix.stories[g.id] = g
	ix.byKey[e.key] = e
	heap.Push(&ix.byTime, e)
	for _, t := range e.terms {
		ix.df[t.h]++
	}
	e.keys, _ = keys(e, postTerms)
	for _, k := range e.keys {
		p := append(ix.post[k], e)
		if len(p) >= 2*maxPosting {
			// Cut in halves, not one at a time, so that a busy key costs
			// one copy per maxPosting articles.
			p = slices.Clone(p[maxPosting:])
		}
		ix.post[k] = p
	}
}

func (ix *Index) evict(e *entry) {
	delete(ix.byKey, e.key)
	for _, t := range e.terms {
		if ix.df[t.h]--; ix.df[t.h] <= 0 {
			delete(ix.df, t.h)
		}
	}
	for _, k := range e.keys {
		p := ix.post[k]
		// Articles leave roughly in the order they came, so e is near the
		// front.
		if i := slices.Index(p, e); i >= 0 {
			p = slices.Delete(p, i, i+1)
		}
		if len(p) == 0 {
			delete(ix.post, k)
		} else {
			ix.post[k] = p
		}
	}
	g := e.story
	if i := slices.Index(g.members, e); i >= 0 {
		g.members = slices.Delete(g.members, i, i+1)
	}
	if len(g.members) == 0 {
		delete(ix.stories, g.id)
	}
}

// timeHeap orders the window's articles by publication time, oldest first.
type timeHeap []*entry

func (h timeHeap) Len() int           { return len(h) }
func (h timeHeap) Less(i, j int) bool { return h[i].published.Before(h[j].published) }
func (h timeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *timeHeap) Push(x any)        { *h = append(*h, x.(*entry)) }
func (h *timeHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return e
}
