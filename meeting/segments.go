package meeting

// Substance and lists: what was discussed, and how a list of names splits
// into separate meetings.

import (
	"slices"

	"github.com/relbot/relbot"
)

// addSubstance keeps a sentence of what was discussed for the meeting just
// reported.
func (a *article) addSubstance(si int, t []token) {
	if len(a.cands) == 0 {
		return
	}
	c := a.cands[len(a.cands)-1]
	if len(c.summary) >= 2 || si-c.sent > 6 {
		return
	}
	if !hasAny(t, 0, len(t), substanceWords) {
		return
	}
	c.summary = append(c.summary, a.sentences[si])
}

// nounBefore make the next word a noun: "the phone", "by phone".
var nounBefore = set("the", "a", "an", "on", "by", "over", "his", "her", "their", "its", "of", "via", "mobile", "cell")

// framingPreps are the prepositions that put a sentence's events inside a meeting:
// "during a meeting", "at a meeting".
var framingPreps = set("during", "at", "in")

// framedOpening reports whether the sentence opens with the meeting's noun
// in a framing phrase: "In a farewell meeting at …,", "During a courtesy
// call,", "At the meeting,".
func framedOpening(t []token, h hit) bool {
	if !framingPreps[key(t, 0)] || h.start > 4 {
		return false
	}
	for j := 1; j < h.start; j++ {
		if !t[j].word || t[j].upper {
			return false
		}
	}
	return key(t, h.end) != "with" && key(t, h.end) != "between"
}

var nounComplements = set("between", "with", "among", "amongst", "involving", "of")

// segment is one guest's part of a list of meetings: from its name to the
// next guest's, with the date written in it.
type segment struct {
	from, to int
	date     dateExpr
}

// listSegments cuts the clause after the trigger at each object's first
// mention and returns the parts, in the order of objects, when every part
// carries a date of its own and the dates differ; nil otherwise (one
// meeting of all, or a list this reading does not cover).
func (a *article) listSegments(t []token, ms []mention, objects []string, dated []dateExpr, h hit, hi int) []segment {
	starts := make([]int, len(objects))
	for k, o := range objects {
		starts[k] = -1
		for _, m := range ms {
			if m.slug == o && m.start >= h.end && m.start < hi {
				starts[k] = m.start
				break
			}
		}
		if starts[k] < 0 || k > 0 && starts[k] <= starts[k-1] {
			return nil
		}
		// The part starts with the words of office before the name:
		// "…, and Phnom Penh Vice Governor Chhun Rotha".
		for k > 0 && starts[k]-1 > starts[k-1] && t[starts[k]-1].word && t[starts[k]-1].upper {
			starts[k]--
		}
	}
	// "met Woo on Tuesday, a day after holding talks with Lee": the
	// next guest's part starts at the words that date it.
	for k := 1; k < len(objects); k++ {
		for _, d := range dated {
			if d.anaphoric && d.leadsClause && d.start > starts[k-1] && d.end < starts[k] {
				starts[k] = d.start
			}
			b := d.start - 1
			if key(t, b) == "on" || key(t, b) == "in" {
				b--
			}
			if !d.anaphoric && key(t, b) == "and" && d.start > starts[k-1] && d.end < starts[k] {
				// "held talks with A on Monday, and on Tuesday met B"
				starts[k] = b + 1
			}
		}
	}
	segs := make([]segment, len(objects))
	shared := make([]bool, len(objects)) // a part with no date of its own, joined by "and" to the next
	for k := range objects {
		to := hi
		if k+1 < len(objects) {
			to = starts[k+1]
		}
		segs[k] = segment{from: starts[k], to: to}
		found := false
		if k > 0 {
			for _, d := range dated {
				if d.anaphoric && d.leadsClause && d.start == starts[k] && segs[k-1].date.past.Day != 0 {
					day := relbot.DateOf(segs[k-1].date.past.Start().AddDate(0, 0, d.sameDay))
					segs[k].date, found = dateExpr{start: d.start, end: d.end, past: day, future: day}, true
				}
			}
			if found {
				continue
			}
		}
		for _, d := range dated {
			if d.start >= starts[k] && d.end <= to && !d.anaphoric {
				if found && hasAny(t, segs[k].date.end, d.start, commaWord) {
					// "… and with Paetongtarn this morning, following
					// Wednesday's exchange of fire": another clause's.
					break
				}
				if found {
					return nil // two dates in one part: not this reading
				}
				segs[k].date, found = d, true
			}
		}
		// A list's stops are days ("on 9/1", "on 10/1"); "the declaration
		// they signed last month" is another verb's.
		if !found && k+1 < len(objects) && hasAny(t, starts[k], starts[k+1], andWord) {
			// "met Li and Zhang on May 12, a day after holding talks
			// with Xi": Li shares the day Zhang's part gives.
			shared[k] = true
			continue
		}
		if !found || segs[k].date.past.Day == 0 || k > 0 && !shared[k-1] && segs[k].date.past == segs[k-1].date.past {
			return nil
		}
	}
	for k := len(objects) - 2; k >= 0; k-- {
		if shared[k] {
			segs[k].date = segs[k+1].date
		}
	}
	if slices.Contains(shared, true) && !slices.ContainsFunc(segs, func(g segment) bool { return g.date.past != segs[0].date.past }) {
		return nil // one day for all: one meeting, not a list of stops
	}
	return segs
}

var andWord = set("and")

// namesOthers reports whether t[lo:hi] names a participant the meeting c
// does not have: "the consensus Xi and Manet reached during their talks in
// April" is about another meeting than the one reported.
func namesOthers(ms []mention, slugs []string, lo, hi int) bool {
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.start >= lo && m.start < hi && !slices.Contains(slugs, m.slug) {
			return true
		}
	}
	return false
}

// allGoverned reports whether every name after the meeting noun in its
// clause is governed by it, and there is one.
func allGoverned(t []token, h hit, ms []mention, hi int) bool {
	n := 0
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil || m.start < h.end || m.start >= hi {
			continue
		}
		if !governedBy(t, h.end, m.start) {
			return false
		}
		n++
	}
	return n > 0
}

// governedBy reports whether the name at start is in the complement of the
// meeting noun that ends at end ("talks between", "the meeting with", "the
// summit of") or among those it brought together ("The meeting brought
// together …", "was attended by"), reached over titles and names only.
func governedBy(t []token, end, start int) bool {
	switch {
	case nounComplements[key(t, end)]:
		end++
	case key(t, end) == "brought" && key(t, end+1) == "together":
		end += 2
	case gatheringVerbs[key(t, end)]:
		end++
	case passiveVerb(t, afterTookPlace(t, end)) >= 0:
		// "The meeting was co-chaired by …", "The talks were also
		// attended by …", "… were joined by …", "The talks took place at
		// Admiralty House, overlooking the harbour, and were attended by …"
		end = passiveVerb(t, afterTookPlace(t, end))
		if expandedToInclude(t, end) {
			// "The meeting, which lasted 40 minutes, was expanded to
			// include Cayetano and Tillerson"
			return governedFrom(t, end+3, start)
		}
		if !gatheringVerbs[key(t, end)] && key(t, end) != "joined" {
			return false
		}
		end++
		// "were attended on the Vietnamese side by …"
		if key(t, end) == "on" && key(t, end+1) == "the" {
			for k := end + 2; k < len(t) && k < end+6; k++ {
				if t[k].key == "side" && key(t, k+1) == "by" {
					end = k + 1
					break
				}
			}
		}
		if key(t, end) != "by" {
			return false
		}
		end++
		if k := andIncluded(t, end, start); k > 0 {
			// "The courtesy call was led by Johari, who is AIPA
			// president, and included Man, Sudary and Seah": the list
			// goes on after the aside.
			return governedFrom(t, k, start)
		}
	default:
		return false
	}
	return governedFrom(t, end, start)
}

// andIncluded returns where the list after "…, and included" starts when
// those words lie between from and start in one clause, or 0.
func andIncluded(t []token, from, start int) int {
	for k := from + 1; k+1 < start && k < from+30; k++ {
		switch t[k].key {
		case ".", ";":
			return 0
		case "included":
			if t[k-1].key == "and" {
				return k + 1
			}
		}
	}
	return 0
}

// afterTookPlace returns where a meeting noun's predicate resumes after
// "took place at …, and" ("The talks took place at Admiralty House,
// overlooking Sydney Harbour, and were attended by"), or end itself.
func afterTookPlace(t []token, end int) int {
	if key(t, end) == "," && key(t, end+1) == "held" {
		// "The talks, held at the Kantei, the Prime Minister's official
		// residence, were attended by …": past the aside.
		for k := end + 2; k < len(t) && k < end+20; k++ {
			if t[k].key == "," && (key(t, k+1) == "were" || key(t, k+1) == "was") {
				return k + 1
			}
			if t[k].key == "." || t[k].key == ";" {
				break
			}
		}
		return end
	}
	held := (key(t, end) == "was" || key(t, end) == "were") && key(t, end+1) == "held" && (key(t, end+2) == "at" || key(t, end+2) == "in")
	if (key(t, end) != "took" || key(t, end+1) != "place") && !held {
		// "The meeting was held at Malacañang Palace and was attended
		// by …" reads on as "took place at … and" does.
		return end
	}
	for k := end + 2; k < len(t) && k < end+18; k++ {
		if t[k].key == "and" {
			return k + 1
		}
		if t[k].key == "." || t[k].key == ";" {
			break
		}
	}
	return end
}

// hostedBy reports whether a passive of hosting or chairing follows end:
// "…, which was hosted by Khaled Nordin".
func hostedBy(t []token, end int) bool {
	switch key(t, passiveVerb(t, end)) {
	case "hosted", "co-hosted", "chaired", "co-chaired", "brokered", "mediated":
		return true
	}
	return false
}

// chairedAndAttended reports whether a meeting's noun ending at end is
// followed by "was chaired by A and attended by B, C …" or ", chaired by A,
// was attended by B, C …".
func chairedAndAttended(t []token, end int) bool {
	v := passiveVerb(t, end) // past a long theme between the noun and its verb
	if !chairVerbBy(t, v) {
		return false
	}
	for j := v; j+2 < len(t) && j < v+30; j++ {
		if t[j].key == "and" && t[j+1].key == "attended" && t[j+2].key == "by" {
			return true
		}
		if t[j].key == "," && (key(t, j+1) == "was" || key(t, j+1) == "were") && key(t, j+2) == "attended" && key(t, j+3) == "by" {
			return true
		}
		if t[j].key == ";" || t[j].key == "." && !nameSuffixStop(t, j) {
			return false
		}
	}
	return false
}

// nameSuffixStop reports whether the stop at j ends a name's suffix ("Gilberto
// Teodoro Jr."), which the sentence goes on past.
func nameSuffixStop(t []token, j int) bool {
	k := key(t, j-1)
	return j > 0 && t[j-1].upper && (k == "jr" || k == "sr")
}

// attendedBy reports whether a meeting's noun ending at end goes on "was
// attended by" or "were joined by": those named after it were there.
func attendedBy(t []token, end int) bool {
	v := passiveVerb(t, afterTookPlace(t, end))
	return key(t, v) == "attended" || key(t, v) == "joined" || expandedToInclude(t, v)
}

// toldJustBefore returns the held meeting the sentence before si reported or
// spoke of with one participant ("The Special ASEAN Foreign Ministers'
// Meeting … was chaired by X"), or nil: "It" of the next sentence stands for
// it. A meeting told with two already joins the list only when the sentence
// before opened with the meeting ("The meeting was co-chaired by Li and
// Prayut. It was attended by …"), after its dateline if it has one.
func (a *article) toldJustBefore(si int) *cand {
	if c := a.heldWithin(si, 1); c != nil && (len(c.slugs) < 2 || c.lastTold() == si-1 && meetingSubject(a.afterDateline(si-1))) {
		// "The second Leaders' Meeting was co-chaired by A and B. It was
		// attended by C and D": "it" is the meeting the sentence before
		// was about.
		return c
	}
	return nil
}

// meetingSubject reports whether a sentence opens with a meeting's noun as
// its subject, before its first verb: "The second LMC Leaders' Meeting was
// co-chaired by …", "The summit, held in Vientiane, brought together …".
func meetingSubject(t []token) bool {
	if key(t, 0) != "the" {
		return false
	}
	for j := 1; j < len(t) && j <= 10; j++ {
		switch {
		case meetingNouns[t[j].key] || summitNames[t[j].key]:
			return true
		case t[j].key == "was" || t[j].key == "were" || !t[j].word && t[j].key != "'s" && t[j].key != "'" && t[j].key != "-":
			return false
		}
	}
	return false
}

// afterDateline returns sentence si's words after the dateline, if it has
// one: "VIENTIANE - The meeting was co-chaired by …" opens with its subject.
func (a *article) afterDateline(si int) []token {
	t := a.toks[si]
	if o := a.bodyStart(si); o > 0 && o < len(t) {
		return t[o:]
	}
	return t
}

// bodyStart returns where sentence si's own words start: after the
// dateline in the sentence that carries it, else 0.
func (a *article) bodyStart(si int) int {
	if si == a.dlSent {
		return a.dlEnd
	}
	return 0
}

// itAttendedBy returns where the list starts in "It was (also) attended (in
// person) by A and B", said of the gathering just told, or -1.
func itAttendedBy(t []token) int {
	if key(t, 0) == "it" && (key(t, 1) == "brought" || key(t, 1) == "also" && key(t, 2) == "brought") {
		// "It brought together heads of agencies, including A, B and C":
		// the gathering just told, with whom it seated.
		for j := 2; j < len(t) && j <= 3; j++ {
			if t[j].key == "together" {
				return j + 1
			}
		}
		return -1
	}
	if key(t, 0) != "it" || !attendedBy(t, 1) {
		return -1
	}
	for j := 2; j < len(t) && j <= 7; j++ {
		if t[j].key == "by" {
			return j + 1
		}
	}
	return -1
}

// expandedToInclude reports whether "expanded to include" starts at v.
func expandedToInclude(t []token, v int) bool {
	return key(t, v) == "expanded" && key(t, v+1) == "to" && key(t, v+2) == "include"
}

// placedCand returns the latest meeting held in person at the city named
// right before a meeting's noun ("The Putrajaya meeting"), or -1.
func (a *article) placedCand(t []token, h hit) int {
	for k := h.start - 1; k >= 0 && k >= h.start-3; k-- {
		city, end, ok := cities.match(t, k)
		if !ok || end != h.start {
			continue
		}
		for c := len(a.cands) - 1; c >= 0; c-- {
			if m := a.cands[c].m; m.Place == city && m.Kind == relbot.KindInPerson && m.Status == relbot.StatusPast {
				return c
			}
		}
	}
	return -1
}

// justTold reports whether the sentence before si or the one before that
// reported a meeting of the same people with the same status.
func (a *article) justTold(si int, slugs []string, status relbot.Status) bool {
	for k := len(a.cands) - 1; k >= 0 && si-a.cands[k].sent <= 2; k-- {
		if c := a.cands[k]; c.sent < si && c.m.Status == status && sameSet(c.slugs, slugs) {
			return true
		}
	}
	return false
}

// bilateralAttendance reports whether those a sentence names in t[from:hi]
// come from the two countries of the two leaders of meeting c: "the two
// countries held their annual leaders' meeting … The talks were attended by
// Retno and her Australian counterpart Penny Wong" is a bilateral summit's
// table, not a gathering's members. So is a trilateral's: "hosted a
// trilateral meeting with A and B … The meeting was also attended by his
// foreign secretary".
func (a *article) bilateralAttendance(c *cand, ms []mention, from, hi int) bool {
	if len(c.slugs) < 2 || len(c.slugs) > 3 {
		return false
	}
	var sides []string
	for _, s := range c.slugs {
		cy := a.countryOf(s)
		if cy == "" || slices.Contains(sides, cy) {
			return false
		}
		sides = append(sides, cy)
	}
	n := 0
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.start < from || m.start >= hi {
			continue
		}
		switch cy := a.countryOf(m.slug); {
		case slices.Contains(sides, cy):
			n++
		case cy == "": // an official the gazetteer lacks, of no stated country
		default:
			return false
		}
	}
	return n > 0
}

// summitNear reports whether sentence si or the two before it speak of a
// summit, a conference or a leaders' meeting: then "the meeting was attended
// by …" lists a gathering's members, who do not meet one another by being
// there.
func (a *article) summitNear(si int) bool {
	for k := max(si-2, 0); k <= si && k < len(a.toks); k++ {
		t := a.toks[k]
		for j, tk := range t {
			switch tk.key {
			case "summit", "summits", "forum", "congress":
				return true
			case "conference":
				// A video or press conference is no gathering of many.
				if !callConference[key(t, j-1)] {
					return true
				}
			case "leaders":
				// "Leaders' Meeting"; "the leaders of the six Lancang-Mekong
				// countries"
				if key(t, j+1) == "'" && key(t, j+2) == "meeting" || key(t, j+1) == "meeting" ||
					key(t, j+1) == "of" && key(t, j+2) == "the" && smallNumbers[key(t, j+3)] > 2 {
					return true
				}
			}
		}
	}
	return false
}

// friendWords may stand between a verb like "visited" and the person: "his
// long-time friend Thaksin".
var friendWords = set("friend", "long-time", "longtime", "old", "close")

// callConference before "conference" make it a call or a briefing.
var callConference = set("video", "online", "virtual", "press", "news", "telephone", "phone")

// gatheringVerbs say who a meeting brought together: "the summit gathered",
// "was attended by", "was co-chaired by".
var gatheringVerbs = set("gathered", "involved", "included", "attended", "chaired", "co-chaired", "hosted", "united", "led", "headed")
