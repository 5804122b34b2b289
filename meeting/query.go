package meeting

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/relbot/relbot"
)

// ErrBadQuery is returned, wrapped with what to fix, for a query whose
// filters cannot be read.
var ErrBadQuery = fmt.Errorf("meeting: %w", relbot.ErrBadQuery)

// Query is a relations query as typed after `/relations` or `relbot query`.
type Query struct {
	Raw        string
	Help       bool   // "help"
	Ask        string // "ask <question>"
	Slugs      []string
	Since      relbot.Date
	Until      relbot.Date
	Place      string
	Kind       relbot.Kind
	Unresolved []string // words that name no actor
}

// ParseQuery reads a query: actors named by slug, name (with or without
// diacritics) or alias; a bare year or month ("2025"); since:, until:,
// place: and kind: filters; "help"; "ask <question>". Bad filters give
// ErrBadQuery saying what to write instead. Words that name no actor are
// returned in Unresolved, for suggestions.
func (g *Gazetteer) ParseQuery(s string) (Query, error) {
	q := Query{Raw: s}
	s = strings.TrimSpace(s)
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return q, nil
	}
	switch strings.ToLower(fields[0]) {
	case "help", "-h", "--help", "?":
		if len(fields) == 1 {
			q.Help = true
			return q, nil
		}
	case "ask":
		q.Ask = strings.TrimSpace(s[len(fields[0]):])
		if q.Ask == "" {
			return q, fmt.Errorf("%w: ask needs a question, e.g. \"ask what did Hun Sen and Tô Lâm agree in 2025?\"", ErrBadQuery)
		}
		return q, nil
	}
	var words []string
	for _, f := range fields {
		name, val, isFilter := strings.Cut(f, ":")
		if !isFilter || !isFilterName(name) {
			words = append(words, strings.Trim(f, `"'“”,`))
			continue
		}
		val = strings.Trim(val, `"'“”`)
		var err error
		switch strings.ToLower(name) {
		case "since", "from", "after":
			q.Since, err = parseQueryDate(name, val)
		case "until", "to", "before":
			q.Until, err = parseQueryDate(name, val)
		case "place", "in", "city":
			if strings.TrimSpace(val) == "" {
				return q, fmt.Errorf("%w: %s: needs a city, e.g. place:hanoi", ErrBadQuery, name)
			}
			q.Place = cityName(val)
		case "kind", "type":
			switch k := relbot.Kind(strings.ToLower(val)); {
			case k.Valid():
				q.Kind = k
			case k == "video" || k == "online":
				q.Kind = relbot.KindVirtual
			case k == "call" || k == "telephone":
				q.Kind = relbot.KindPhone
			default:
				return q, fmt.Errorf("%w: kind:%s: want kind:in-person, kind:phone or kind:virtual", ErrBadQuery, val)
			}
		}
		if err != nil {
			return q, err
		}
	}
	var rest []string
	for _, w := range words {
		if w == "" {
			continue
		}
		if d, err := relbot.ParseDate(w); err == nil && len(w) >= 4 && d.Year >= 1900 {
			if !q.Since.IsZero() || !q.Until.IsZero() {
				return q, fmt.Errorf("%w: %s: give a period once, either as a year or with since:/until:", ErrBadQuery, w)
			}
			q.Since, q.Until = d, d
			continue
		}
		rest = append(rest, w)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return q, fmt.Errorf("%w: until:%s is before since:%s", ErrBadQuery, q.Until, q.Since)
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	for i := 0; i < len(rest); {
		if slug, n := g.nameAt(rest[i:]); n > 0 {
			if !slices.Contains(q.Slugs, slug) {
				q.Slugs = append(q.Slugs, slug)
			}
			i += n
			continue
		}
		if parts := strings.Split(rest[i], "-"); len(parts) > 1 {
			// "saysomphone-phomvihane": an alias written the way slugs
			// are, for the actor whose slug spells it another way.
			if bare := unstyled(parts); len(bare) < len(parts) {
				parts = bare // "pope-francis" as "Pope Francis" is read
			}
			if slug, n := g.nameAt(parts); n == len(parts) {
				if !slices.Contains(q.Slugs, slug) {
					q.Slugs = append(q.Slugs, slug)
				}
				i++
				continue
			}
		}
		toks := tokenize(rest[i])
		if _, end, ok := honorifics.match(toks, 0); ok && end == len(toks) && i+1 < len(rest) {
			i++ // "President Hun Sen": the title names no one by itself
			continue
		}
		if _, end, ok := titles.match(toks, 0); ok && end == len(toks) && i+1 < len(rest) {
			i++
			continue
		}
		q.Unresolved = append(q.Unresolved, rest[i])
		i++
	}
	return q, nil
}

func isFilterName(n string) bool {
	switch strings.ToLower(n) {
	case "since", "from", "after", "until", "to", "before", "place", "in", "city", "kind", "type":
		return true
	}
	return false
}

func parseQueryDate(name, val string) (relbot.Date, error) {
	d, err := relbot.ParseDate(val)
	if err != nil || d.Year < 1900 {
		return relbot.Date{}, fmt.Errorf("%w: %s:%s: want %s:YYYY, %s:YYYY-MM or %s:YYYY-MM-DD", ErrBadQuery, name, val, name, name, name)
	}
	return d, nil
}

// cityName returns the common English name of a city typed in a query
// ("hanoi", "ha-noi", "hcmc"), or the words as typed when the city is not known.
func cityName(v string) string {
	v = strings.NewReplacer("-", " ", "_", " ").Replace(v)
	if c, ok := tableCity(v); ok {
		return c
	}
	return strings.Join(strings.Fields(v), " ")
}

// nameAt finds the longest run of words at the start of ws that names one
// actor: a slug, a name or an alias. The caller holds the read lock.
func (g *Gazetteer) nameAt(ws []string) (string, int) {
	if len(ws) > 0 {
		if _, ok := g.actors[strings.ToLower(ws[0])]; ok {
			return strings.ToLower(ws[0]), 1
		}
	}
	for n := min(len(ws), 8); n >= 1; n-- {
		toks := tokenize(strings.Join(ws[:n], " "))
		slugs, end := g.names.all(toks, 0)
		if len(slugs) == 0 || end != len(toks) {
			continue
		}
		slugs = uniq(slugs)
		if len(slugs) == 1 {
			return slugs[0], n
		}
		return "", 0 // ambiguous: let suggestions choose
	}
	return "", 0
}

// unstyled drops the style that opens a name written as a slug's words
// ("pope", "francis"; "president", "hun", "sen"), as the extractor drops it
// from the names it reports; ws itself when none does or nothing would be
// left.
func unstyled(ws []string) []string {
	toks := tokenize(strings.Join(ws, " "))
	if len(toks) != len(ws) {
		return ws
	}
	return ws[styleEnd(toks):]
}

func uniq(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Suggest returns up to n actors whose names come close to q, best first:
// "tolam" → Tô Lâm; "hun" → Hun Sen, Hun Manet, Hun Many; misspellings within
// a small edit distance.
func (g *Gazetteer) Suggest(q string, n int) []relbot.Participant {
	fq := squashed(q)
	words := strings.Fields(foldQuery(q))
	if fq == "" || n <= 0 {
		return []relbot.Participant{}
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	type scored struct {
		a     relbot.Actor
		score int
	}
	var out []scored
	for _, s := range g.order {
		a := g.actors[s]
		best := 0
		for _, name := range append([]string{a.Name, s}, a.Aliases...) {
			if sc := nameScore(name, fq, words); sc > best {
				best = sc
			}
		}
		for _, name := range a.Short {
			if sc := nameScore(name, fq, words) - 10; sc > best {
				best = sc
			}
		}
		if best > 0 {
			out = append(out, scored{a, best})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		if out[i].a.Verified != out[j].a.Verified {
			return out[i].a.Verified
		}
		return out[i].a.Name < out[j].a.Name
	})
	res := []relbot.Participant{}
	for i := 0; i < len(out) && i < n; i++ {
		res = append(res, out[i].a.Participant())
	}
	return res
}

func foldQuery(s string) string {
	return strings.NewReplacer("-", " ", "_", " ").Replace(relbot.Fold(s))
}

// squashed folds s and keeps only letters and digits: "Tô Lâm" → "tolam".
func squashed(s string) string {
	var b strings.Builder
	for _, r := range relbot.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameScore rates how well the query matches one name of an actor.
func nameScore(name, fq string, words []string) int {
	fn := squashed(name)
	if fn == "" {
		return 0
	}
	switch {
	case fn == fq:
		return 100
	case strings.HasPrefix(fn, fq) && len(fq) >= 2:
		return 80
	}
	score := 0
	nameWords := strings.Fields(foldQuery(name))
	for _, w := range words {
		for _, nw := range nameWords {
			switch {
			case w == nw:
				score += 30
			case len(w) >= 3 && strings.HasPrefix(nw, w):
				score += 15
			case len(w) >= 4 && editDistance(w, nw) <= 1:
				score += 12
			}
		}
	}
	if score > 0 {
		return min(score, 75)
	}
	if len(fq) >= 4 {
		limit := 1
		if len(fq) >= 7 {
			limit = 2
		}
		if d := editDistance(fq, fn); d <= limit {
			return 60 - 10*d
		}
		if len(fq) >= 4 && strings.Contains(fn, fq) {
			return 40
		}
	}
	return 0
}

// editDistance is the Levenshtein distance of two short ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Finder finds stored meetings; the store implements it. The int is the
// number of meetings matching before paging.
type Finder interface {
	FindMeetings(ctx context.Context, f relbot.MeetingFilter) ([]relbot.Meeting, int, error)
}

// Answer answers a relations query: the actors it names and their held
// meetings, newest first, paged by offset and limit (0: all). A query that
// names no actor clearly (unknown, ambiguous, misspelt) gets empty lists and
// suggestions; two actors get only the meetings they shared; filters alone
// list every meeting they select. "help" and "ask" are for the caller to
// route: Answer gives them an empty result. Bad filters return ErrBadQuery.
func Answer(ctx context.Context, g *Gazetteer, f Finder, text string, offset, limit int) (relbot.QueryResult, error) {
	res := relbot.QueryResult{Query: strings.TrimSpace(text), Actors: []relbot.Participant{}, Meetings: []relbot.MeetingResult{}}
	q, err := g.ParseQuery(text)
	if err != nil {
		return res, err
	}
	if q.Help || q.Ask != "" {
		return res, nil
	}
	if len(q.Unresolved) > 0 {
		res.Suggestions = g.suggestFor(q)
		if res.Suggestions == nil {
			res.Suggestions = []relbot.Participant{}
		}
		return res, nil
	}
	if len(q.Slugs) == 0 && q.Since.IsZero() && q.Until.IsZero() && q.Place == "" && q.Kind == "" {
		return res, nil
	}
	for _, s := range q.Slugs {
		if a, ok := g.Actor(s); ok {
			res.Actors = append(res.Actors, a.Participant())
		}
	}
	ms, total, err := f.FindMeetings(ctx, relbot.MeetingFilter{Slugs: q.Slugs, Since: q.Since, Until: q.Until, Place: q.Place,
		Kind: q.Kind, Status: relbot.StatusPast, Limit: limit, Offset: offset})
	if err != nil {
		return res, fmt.Errorf("find meetings: %w", err)
	}
	res.Total = total
	for _, m := range ms {
		shared := true
		for _, s := range q.Slugs {
			if !m.Has(s) {
				shared = false
			}
		}
		if shared && (m.Status == "" || m.Status == relbot.StatusPast) {
			res.Meetings = append(res.Meetings, m.Result())
		}
	}
	return res, nil
}

// suggestFor proposes actors for a query with unresolved words: those close
// to the whole query first, then those close to each unresolved word.
func (g *Gazetteer) suggestFor(q Query) []relbot.Participant {
	var words []string
	for _, w := range strings.Fields(q.Raw) {
		if n, _, ok := strings.Cut(w, ":"); ok && isFilterName(n) {
			continue
		}
		if _, err := relbot.ParseDate(w); err == nil {
			continue
		}
		words = append(words, w)
	}
	out := g.Suggest(strings.Join(words, " "), 5)
	for _, w := range q.Unresolved {
		for _, p := range g.Suggest(w, 5) {
			if !slices.Contains(out, p) && len(out) < 8 {
				out = append(out, p)
			}
		}
	}
	return out
}
