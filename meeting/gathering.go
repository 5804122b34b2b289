package meeting

// Summits, retreats and chaired sessions: the roll of who a gathering
// brought together, and calls and credentials ceremonies.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/relbot/relbot"
)

// twoLeaderSummit reports whether a summit is a meeting of two people, or
// of the few who held it: "the summit between Trump and Kim", "the summit
// with Xi", "Trump and Kim held a summit", "Abe, Tusk and Juncker held their
// annual summit". "The ASEAN Summit" and "the summit of the ten leaders"
// are gatherings.
func twoLeaderSummit(t []token, h hit, ms []mention) bool {
	if h.start > 0 && t[h.start-1].upper && !determiners[t[h.start-1].key] && !verbBefore(t, h.start, coChairVerbs) && !(h.tr.event && !t[h.start].upper) && !countryPairBefore(t, h.start) {
		// "the ASEAN Summit", "the G20 Summit"; but "co-chaired the
		// ASEAN-ROK Commemorative Summit with Prayut" is the two chairs',
		// and "attended a Korea-Vietnam business forum" an event the two
		// shared.
		return false
	}
	named := func(from, to int) int {
		n := 0
		for _, m := range ms {
			if m.slug != "" && !m.excluded && m.group == nil && m.start >= from && m.start < to {
				n++
			}
		}
		return n
	}
	after := withAfterPlace(t, h.end)
	switch key(t, after) {
	case "between":
		return named(after, len(t)) == 2
	case "with":
		return named(after, len(t)) == 1
	}
	if h.light < 0 || h.light >= h.start {
		return false
	}
	if n := named(0, h.light); n == 2 || n > 2 && n <= 6 && summitHeldVerbs[key(t, h.light)] {
		// "A, B and C held their annual summit in Tokyo": a summit of
		// its subjects, two or a few (a few who "attended the summit"
		// may be some of many).
		return true
	}
	// "The two leaders held a summit at the presidential office": the pair
	// just told, by a group's words.
	for _, m := range ms {
		if m.group != nil && len(m.group) == 2 && !m.excluded && m.start < h.light {
			// Not "the two customs chiefs held a separate session": a
			// meeting apart from the one just told, of others.
			return named(0, h.light) == 0 && !hasAny(t, h.light, h.start, separateWords)
		}
	}
	return false
}

// countryPairBefore reports whether two countries joined by a dash name the
// summit at start, a few words before it: "held the 15th India-Japan annual
// summit", a summit of two sides, where "the ASEAN Summit" is one of many.
func countryPairBefore(t []token, start int) bool {
	for j := start - 1; j >= 0 && j >= start-3 && t[j].word; j-- {
		left, right, ok := strings.Cut(t[j].key, "-")
		if ok && countryWord(left) && countryWord(right) {
			return true
		}
	}
	return false
}

// countryWord reports whether one folded word names a country: "india".
func countryWord(k string) bool {
	_, e, ok := countries.match(keyTokens([]string{k}), 0)
	return ok && e == 1
}

// summitHeldVerbs hold a summit its subjects had among themselves.
var summitHeldVerbs = set("held", "had", "holding", "hold")

// hostedWith reports whether a summit is told with its host before and
// those it was held with after: "Moon hosted the Mekong-ROK summit with
// Prayut, Hun Sen and Phuc", one gathering.
func hostedWith(t []token, h hit, ms []mention) bool {
	if key(t, h.end) != "with" || !chairVerbBefore(t, h.start) {
		return false
	}
	before, after := 0, 0
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil {
			continue
		}
		if m.start < h.start {
			before++
		} else if m.start >= h.end {
			after++
		}
	}
	return before == 1 && after >= 2
}

// withAfterPlace returns where "with" stands after the meeting noun ending
// at end, over its city and "together" ("co-chaired the ASEAN-EU
// Commemorative Summit in Brussels together with Charles Michel"), or end.
func withAfterPlace(t []token, end int) int {
	after := end
	if key(t, after) == "in" {
		if _, e, ok := cities.match(t, after+1); ok {
			after = e
		}
	}
	if key(t, after) == "together" {
		after++
	}
	if key(t, after) == "with" {
		return after
	}
	return end
}

// summitRoll reports whether a gathering's summit has one named person who
// attended or chaired it: "Muhyiddin attended the 37th ASEAN Summit", "The
// summit was chaired by Phuc". It is a meeting only if a list of those who
// attended follows. open is where the sentence's own words start, after a
// dateline.
func summitRoll(t []token, h hit, ms []mention, open int) bool {
	if rollOfThree(t, h, ms) || atSummitHostedBy(t, h, ms) {
		return true
	}
	named := namedOnce(ms)
	if len(named) == 2 && (coChairedBy(t, h.end) || h.tr.event && chairedBy(t, h.end) || atChairedSummit(t, h) || attendedChaired(t, h)) {
		// "The summit itself took place on Sunday, co-chaired by Kishida
		// and Widodo"
		return true
	}
	if len(named) != 1 {
		return false
	}
	if chairedBy(t, h.end) || underChairmanship(t, h.end) || chairedAfterName(t, h.end) || chairedByAfter(t, h.end) || openedChairedBy(t, h.end) || chairedOpening(t, open, h.start) {
		return true
	}
	// "hosted her counterparts from across Southeast Asia at the ASEAN
	// Foreign Ministers' Retreat": the verb may stand a clause's words back.
	for j := h.start - 1; j >= 0 && j >= h.start-16; j-- {
		switch t[j].key {
		case "attended", "joined", "chaired", "opened", "hosted", "co-hosted", "presided":
			return true
		case "in":
			if key(t, j-1) == "part" && (key(t, j-2) == "took" || key(t, j-2) == "takes") {
				return true // "took part in a special ASEAN summit"
			}
		case "at":
			if k := key(t, j-1); k == "spoke" || k == "speaking" || k == "speaks" {
				return true // "Tokayev called for …, speaking at the summit of …"
			}
		case "'", "’", "(", ")":
			continue // "the ASEAN Foreign Ministers' Retreat", "the ASEAN Defence Ministers' Meeting (ADMM) Retreat"
		case "-":
			if key(t, j-1) == ")" {
				continue // "the ASEAN-Gulf Cooperation Council (GCC)-China Summit"
			}
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// atSummitHostedBy reports whether the summit at h is told as where the
// subject was and with its hosts after it: "Rutte announced the mission at a
// summit of NATO's Baltic Sea allies in Helsinki, hosted by A and B"; not
// "Japan and the ASEAN nations agreed …, at a summit hosted by A", where no
// one is named before.
func atSummitHostedBy(t []token, h hit, ms []mention) bool {
	if !atTheNoun(t, h.start) || len(namedOnceBefore(ms, h.start)) == 0 {
		return false
	}
	e := h.end
	if key(t, e) == "of" {
		for e++; e < len(t) && e < h.end+10 && (t[e].word || t[e].key == "'s") && t[e].key != "in" && t[e].key != "hosted"; e++ {
		}
	}
	e = pastLocative(t, e)
	if key(t, e) == "," {
		e++
	}
	return key(t, e) == "hosted" && key(t, e+1) == "by"
}

// chairedOpening reports whether the sentence, its own words starting at o
// (after a dateline), opens with who chaired the gathering whose noun is at
// i: "Chaired by Foreign Minister Vivian Balakrishnan, the retreat covered …".
func chairedOpening(t []token, o, i int) bool {
	if !presidingVerbs[key(t, o)] || key(t, o+1) != "by" && (key(t, o+1) != "over" || key(t, o+2) != "by") {
		return false
	}
	j := i - 1
	for j > 0 && t[j].word && !t[j].upper && t[j].key != "the" {
		j-- // "the annual retreat"
	}
	return key(t, j) == "the" && key(t, j-1) == ","
}

// togetherWithAfter reports whether ", together with" follows end in the
// sentence.
func togetherWithAfter(t []token, end int) bool {
	for j := end; j+2 < len(t); j++ {
		if t[j].key == "," && t[j+1].key == "together" && t[j+2].key == "with" {
			return true
		}
	}
	return false
}

// massAudience reports whether the words after end count a crowd: "a large
// number of", "hundreds of", "members of the public".
func massAudience(t []token, end int) bool {
	for j := end; j+2 < len(t); j++ {
		switch {
		case t[j].key == "large" && t[j+1].key == "number" && t[j+2].key == "of",
			(t[j].key == "hundreds" || t[j].key == "thousands") && t[j+1].key == "of",
			t[j].key == "members" && t[j+1].key == "of" && t[j+2].key == "the" && key(t, j+3) == "public":
			return true
		}
	}
	return false
}

// ceremonyHeld reports whether the sentence opens with a ceremony that "was
// held": "The groundbreaking ceremony was held at the checkpoint on
// Wednesday".
func ceremonyHeld(t []token, h hit) bool {
	return opensSentence(t, h.start) && (key(t, h.end) == "was" || key(t, h.end) == "took") && (key(t, h.end+1) == "held" || key(t, h.end+1) == "place")
}

// attendedChaired reports whether the summit is one the sentence's subject
// attended and another chaired: "Li attended the 27th ASEAN-China Summit,
// chaired by Sonexay", held back until a list tells who else was there.
func attendedChaired(t []token, h hit) bool {
	return (verbBefore(t, h.start, attendedVerbs) || tookPartIn(t, h.start)) && (chairedAsideAfter(t, h.end) || chairedRightAfter(t, h.end))
}

// tookPartIn reports whether "took part in" stands a name's words before
// start: "took part in the ASEAN Foreign Ministers' Retreat".
func tookPartIn(t []token, start int) bool {
	for j := start - 1; j >= 2 && j >= start-12; j-- {
		if t[j].key == "in" && key(t, j-1) == "part" && (key(t, j-2) == "took" || key(t, j-2) == "takes") {
			return true
		}
		if !t[j].word && t[j].key != "'" && t[j].key != "’" {
			return false
		}
	}
	return false
}

// chairedRightAfter reports whether "chaired by" follows the noun ending at
// end within a few words and no comma: "joined the closed-door session of
// heads of anti-corruption agencies chaired by Om Yentieng".
func chairedRightAfter(t []token, end int) bool {
	for j := end; j+1 < len(t) && j <= end+8; j++ {
		if !t[j].word && t[j].key != "-" {
			return false
		}
		if presidingVerbs[t[j].key] && t[j+1].key == "by" {
			return true
		}
	}
	return false
}

// opensSentence reports whether the summit's noun at i ends the sentence's
// subject, after a dateline if any: "The 10th Mekong-Japan summit".
func opensSentence(t []token, i int) bool {
	p := i - 1
	for p >= 0 && p >= i-6 && (t[p].word && t[p].key != "the" && (t[p].upper || t[p].key[0] >= '0' && t[p].key[0] <= '9' || eventAdjectives[t[p].key] && p == i-1 || seriesOrdinals[t[p].key] && key(t, p-1) == "the") ||
		(t[p].key == "'" || t[p].key == "’") && p > 0 && t[p-1].upper) { // "The ASEAN Foreign Ministers' Retreat"
		p--
	}
	return key(t, p) == "the" && (p == 0 || !t[p-1].word)
}

// seriesOrdinals count a gathering of a series: "The first Mekong-Korea
// Summit brought together …".
var seriesOrdinals = set("first", "second", "third", "fourth", "fifth", "inaugural")

// eventChair reports whether a ceremony or a forum has its chair or two
// co-chairs in its sentence ("chaired the 19th Government-Private Sector
// Forum", "The forum was co-chaired by A and B"): held back until a list
// tells who else took part ("Joining the Premier at the head table were
// …", "Speakers included …").
func eventChair(t []token, h hit, ms []mention) bool {
	switch named := namedOnce(ms); len(named) {
	case 1:
		return chairVerbBefore(t, h.start) || chairedBy(t, h.end) || chairedByAfter(t, h.end)
	case 2:
		return coChairedBy(t, h.end) || chairedBy(t, h.end) // "The ceremony was presided over by A and B"
	}
	return false
}

// rollVerbAfter reports whether a summit's noun ending at end is followed,
// past where and when it was held ("in Tokyo on Tuesday"), by the verb
// that lists who took part: "brought together", "gathered", "was attended
// by".
func rollVerbAfter(t []token, end int) bool {
	j := end
	if k := key(t, j); k == "at" || k == "in" || k == "on" && j+1 < len(t) && !t[j+1].upper && t[j+1].word {
		// "The meeting at the Ministry of Education, Youth and Sport in
		// Phnom Penh brought together …": past the venue; "The four-party
		// meeting on law enforcement along the Mekong brought together":
		// past the topic.
		p := j + 1
		for p < len(t) && p < j+16 && (t[p].word && !relativeWords[t[p].key] && !gatheringRollVerbs[t[p].key] || t[p].key == "," || t[p].key == "'s" || t[p].key == "-") {
			p++
		}
		if gatheringRollVerbs[key(t, p)] || key(t, p) == "brought" {
			j = p
		}
	}
	for n := 0; n < 8 && j < len(t) && t[j].word && !gatheringRollVerbs[t[j].key] && t[j].key != "was" && t[j].key != "were"; n++ {
		if !summitTail(t[j]) {
			return false
		}
		j++
	}
	if key(t, j) == "," {
		// "The Korea-Vietnam Business Forum, hosted by the chamber, was
		// addressed by …": past an aside that names no one.
		c := nextComma(t, j+1)
		if c < 0 || c > j+16 || hasAny(t, j, c, presidingVerbs) {
			return false // "The summit, chaired by X, was attended by …" is read where chairs are
		}
		j = c + 1
	}
	switch key(t, j) {
	case "brought":
		return key(t, j+1) == "together"
	case "gathered":
		return true
	case "was", "were":
		v := j + 1
		if key(t, v) == "also" {
			v++
		}
		return (key(t, v) == "attended" || key(t, v) == "joined" || key(t, v) == "addressed") && key(t, v+1) == "by"
	}
	return false
}

var (
	gatheringRollVerbs = set("brought", "gathered")
	presidingVerbs     = set("chaired", "co-chaired", "presided")
)

// namedOnce returns the actors ms names, each once: "President Joko Widodo
// (Jokowi)" is one.
func namedOnce(ms []mention) []string {
	var named []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && !slices.Contains(named, m.slug) {
			named = append(named, m.slug)
		}
	}
	return named
}

// namedOnceBefore is namedOnce of the mentions that start before i.
func namedOnceBefore(ms []mention, i int) []string {
	return namedOnce(slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.start >= i }))
}

// namedOnceFrom is namedOnce of the mentions that start at from or after:
// the roll after an "attended by" or a "were".
func namedOnceFrom(ms []mention, from int) []string {
	return namedOnce(slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.start < from }))
}

// rollOfThree reports whether the sentence of a gathering's noun lists who
// took part in it, three or more named in all.
func rollOfThree(t []token, h hit, ms []mention) bool {
	if len(namedOnce(ms)) < 3 {
		return false
	}
	switch {
	case rollAfterSummit(t, h.end) && ms[0].start < h.start && chairVerbBefore(t, h.start):
		// "On Thursday, Jokowi chaired the 18th East Asia Summit,
		// attended by A, B and C": the chair and the list in one
		// sentence.
		return true
	case ms[0].start < h.start && (verbBefore(t, h.start, attendedVerbs) || chairVerbBefore(t, h.start)) && alongsideAfter(t, h.end):
		// "Wong attended the 19th East Asia Summit chaired by Sonexay,
		// alongside A, B and C": those beside him were there too.
		return true
	case ms[0].start < h.start && verbBefore(t, h.start, attendedVerbs) && alongsideSoon(t, h.end):
		// "He Lifeng attended the opening ceremony on Wednesday alongside
		// A, B and C": those beside him attended too. (Not "opened the
		// session alongside …", which some count as no meeting.)
		return true
	case ms[0].start < h.start && (chairVerbBefore(t, h.start) || verbBefore(t, h.start, conferenceChairs)) && withAttendingSoon(t, h.end):
		// "Hun Manet hosted the 13th CLV Summit in Siem Reap, with A and B
		// attending": the host and those who attended.
		return true
	case ms[0].start < h.start && verbBefore(t, h.start, attendedVerbs) && (chairedAsideAfter(t, h.end) || key(t, h.end) == "with"):
		// "Lee attended the ASEAN Plus Three summit with Li Qiang,
		// Takaichi and ASEAN leaders, chaired by Anwar"
		// "Hun Manet joined the Commemorative Summit for the 50th Year of
		// Friendship, chaired by Kishida and Widodo, with participation by
		// A and B": the chairs and those beside them were his company.
		return true
	case subjectWithRoll(t, h, ms):
		return true
	case ms[0].start < h.start && seatAt(t, h.start) && alongsideAfter(t, h.end):
		// "Xanana took his seat at the summit table for the first time,
		// alongside A, B and C": those beside him at it.
		return true
	case key(t, 0) == "at" && h.start <= 6 && ms[0].start > h.end && listActed(t, lastEnd(ms)):
		// "At the sixth BIMSTEC summit, chaired by A, the leaders — A,
		// B, C and D — adopted the Bangkok Vision": the summit's roll,
		// acting as one.
		return true
	case ms[0].start > h.end && chairedBy(t, h.end) && togetherWithAfter(t, h.end):
		// "The opening ceremony was presided over by A, together with B
		// and C": the chair and those who presided with him.
		return true
	case ms[0].start > h.end && coChairedBy(t, h.end):
		// "The CLV Summit was co-chaired by A, B and C": three chairs
		// are a table of three.
		return true
	case ms[0].start > h.end && key(t, h.end) == "attended" && key(t, h.end+1) == "by":
		// "The camp opened with a ceremony attended by A, B and C": the
		// roll right after the gathering's noun.
		return true
	case chairedAndAttended(t, h.end):
		// "The summit was chaired by Li Qiang and attended by A, B and C"
		return true
	case h.tr.event && len(namedOnceBefore(ms, h.start)) == 1 && atTheNoun(t, h.start) && rollAfterSummit(t, h.end):
		// "Putin passed the baton to Qatar at a ceremony in the Kremlin
		// attended by A and B": the one named before it was there with
		// those who attended. (Not "Wang handed over the vaccines to the
		// prime minister at a ceremony, attended by C": the two met, and
		// C looked on.)
		return true
	case ms[0].start > h.end && whichGathered(t, h.end):
		// "a day after the 46th ASEAN Summit on Monday (May 26), which
		// gathered A, B and C": the roll in a clause of its own.
		return true
	case ms[0].start > h.end && opensSentence(t, h.start) && rollVerbAfter(t, h.end):
		// "The 10th Mekong-Japan summit in Tokyo brought together A, B
		// and C", "The summit on Tuesday was attended by A, B and C": the
		// summit the sentence opens with, and who it gathered.
		return true
	}
	return false
}

// atTheNoun reports whether "at", "at a" or "at the" stands before the noun
// at i.
func atTheNoun(t []token, i int) bool {
	if k := key(t, i-1); k == "a" || k == "the" {
		i--
	}
	return key(t, i-1) == "at"
}

// listActed reports whether a list of names ending at end is the subject of
// an agreement's verb: "— A, B and C — adopted", "A, B and C signed".
func listActed(t []token, end int) bool {
	j := end
	for j < len(t) && j < end+6 && (t[j].upper || t[j].key == "," || t[j].key == "and") {
		j++ // "… and Paetongtarn —": a name already given once
	}
	if k := key(t, j); k == "-" || k == ")" {
		j++
	}
	return agreementVerbs[key(t, j)]
}

// lastEnd returns where the last of the mentions ends.
func lastEnd(ms []mention) int {
	end := 0
	for _, m := range ms {
		end = max(end, m.end)
	}
	return end
}

// themeAsideVerb returns where "was" or "were" stands after a gathering's
// theme set off by commas at comma, however long the quoted theme and its
// own commas: "The summit, themed "Enhancing Joint Efforts …," was chaired
// by …"; or -1.
func themeAsideVerb(t []token, comma int) int {
	j := comma + 1
	switch key(t, j) {
	case "themed", "titled", "entitled":
	case "under":
		if key(t, j+1) != "the" || key(t, j+2) != "theme" {
			return -1
		}
	default:
		return -1
	}
	for ; j < len(t) && j < comma+60 && t[j].key != ";"; j++ {
		if k := t[j].key; (k == "was" || k == "were") && (key(t, j-1) == "," || !t[j-1].word && key(t, j-2) == ",") {
			return j
		}
	}
	return -1
}

// summitTail reports whether tk may stand between a summit's name and the
// verb that lists who came: a capitalised word of the name or its place, or
// "in", "at", "during", "on", "the", "of", "city" ("The meeting in Kon Tum
// city brought together …").
func summitTail(tk token) bool {
	// "at the Na Phao checkpoint", "at the Bo Y international border gate",
	// "in Bualapha district": where border provinces meet.
	// "The summit earlier on Thursday brought together …": when it was.
	return tk.upper || framingPreps[tk.key] || tk.key == "on" || summitWhen[tk.key] || tk.key == "the" || tk.key == "of" || cityNouns[tk.key] || districtWords[tk.key] || gateWords[tk.key] || tk.key == "province" || tk.key == "commune"
}

var summitWhen = set("earlier", "later", "yesterday", "today", "this", "last", "morning", "afternoon", "evening", "week")

// eventAdjectives may stand between "The" and a ceremony's noun that opens a
// sentence: "The groundbreaking ceremony … was attended by …".
var eventAdjectives = set("groundbreaking", "inauguration", "inaugural", "handover", "launch", "commemorative", "anniversary", "flag-raising", "ribbon-cutting", "welcoming", "welcome", "opening", "closing")

// whichGathered reports whether a summit's name ending at end goes on, past
// when and where it was held, to ", which gathered", ", which brought
// together" or ", which was attended by".
func whichGathered(t []token, end int) bool {
	j := end
	for n := 0; n < 10 && j < len(t) && key(t, j) != ","; n++ {
		if t[j].word && !summitTail(t[j]) && (t[j].key[0] < '0' || t[j].key[0] > '9') {
			return false
		}
		j++
	}
	if key(t, j) != "," || key(t, j+1) != "which" {
		return false
	}
	v := j + 2
	if key(t, v) == "opened" {
		// "which opened Saturday and brought together …"
		for k := v + 1; k < len(t) && k < v+6 && t[k].word; k++ {
			if t[k].key == "and" {
				v = k + 1
				break
			}
		}
	}
	switch key(t, v) {
	case "gathered":
		return true
	case "brought":
		return key(t, v+1) == "together"
	case "was", "were":
		return key(t, v+1) == "attended" && key(t, v+2) == "by"
	}
	return false
}

// rollAfterSummit reports whether the rest of a summit's name and a short
// aside from end lead to ", attended by" or ", which was attended by", or
// "attended by" or "joined by" follows the name at once.
func rollAfterSummit(t []token, end int) bool {
	if k := key(t, end); (k == "attended" || k == "joined") && key(t, end+1) == "by" {
		return true // "presided over a session joined by A, B and C"
	}
	// "chaired the Post Ministerial Conference at the Philippine
	// International Convention Center in Pasay City, which was attended
	// by …": past where it was held.
	from := pastLocative(t, end)
	if k := key(t, from); from > end && (k == "attended" || k == "joined") && key(t, from+1) == "by" {
		return true // "hosted a summit at Lancaster House in central London attended by …"
	}
	c := nextComma(t, from-1)
	if c < 0 || c > from+8 {
		return false
	}
	j := c + 1
	if key(t, j) == "which" && (key(t, j+1) == "was" || key(t, j+1) == "were") {
		j += 2
	}
	if key(t, j) == "also" {
		j++ // "chaired the meeting, (which was) also attended by …"
	}
	return (key(t, j) == "attended" || key(t, j) == "joined") && key(t, j+1) == "by"
}

// openedChairedBy reports whether the summit's noun ending at end goes on
// "opened on Friday, chaired by", "began in Vientiane, presided over by":
// the gathering and its chair.
func openedChairedBy(t []token, end int) bool {
	for summitNames[key(t, end)] {
		end++ // "the leaders' retreat session opened"
	}
	return chairAfterOpened(t, end, false) >= 0
}

// chairAfterOpened returns where the verb of ", chaired by" (hosted,
// presided over by) stands after a gathering "opened" (began, convened,
// started) at v, a few words on, or -1. Those words are a place's and a
// day's ("opened in Vientiane on Friday"), or, when anyWords, any words
// ("opened in the Cambodian capital on Wednesday morning").
func chairAfterOpened(t []token, v int, anyWords bool) int {
	switch key(t, v) {
	case "opened", "began", "convened", "started":
	default:
		return -1
	}
	for j := v + 1; j+2 < len(t) && j <= v+8; j++ {
		if t[j].key == "," {
			if k := t[j+1].key; (presidingVerbs[k] || k == "hosted") && (key(t, j+2) == "by" || key(t, j+2) == "over" && key(t, j+3) == "by") {
				return j + 1
			}
			return -1
		}
		if !t[j].word || !anyWords && !t[j].upper && t[j].key != "on" && t[j].key != "in" && t[j].key != "at" && t[j].key != "the" && (t[j].key[0] < '0' || t[j].key[0] > '9') {
			return -1
		}
	}
	return -1
}

// chairedAsideAfter reports whether ", chaired by" (co-chaired, hosted,
// co-hosted, presided over by) follows the rest of a summit's name from end:
// "the Commemorative Summit for the 50th Year of Friendship, chaired by".
func chairedAsideAfter(t []token, end int) bool {
	for j := end; j+2 < len(t) && j <= end+20; j++ {
		if t[j].key == "," {
			v := j + 1
			if key(t, v) == "which" && key(t, v+1) == "was" {
				// ", which was chaired by", ", which was held virtually
				// and chaired by"
				v += 2
				if key(t, v) == "held" && key(t, v+2) == "and" {
					v += 3
				}
			}
			k := key(t, v)
			return (presidingVerbs[k] || k == "hosted" || k == "co-hosted") && (key(t, v+1) == "by" || key(t, v+1) == "over" && key(t, v+2) == "by")
		}
		switch k := t[j].key; {
		case t[j].upper, k == "for", k == "the", k == "of", k == "and", k == "on", k == "in", k == "-", k[0] >= '0' && k[0] <= '9':
		default:
			return false // "the summit's plenary session, chaired by": another noun's aside
		}
	}
	return false
}

// subjectWithRoll reports whether the sentence's subject attended or
// chaired the gathering of h and a relative clause after it lists who else
// was there: "Frasco joined the meeting of tourism ministers chaired by
// Tiong, which was also attended by A, B and C", "… chaired by Mohamad,
// where he sat alongside A, B and C", "Thien chaired the meeting, which
// gathered A, B and C".
func subjectWithRoll(t []token, h hit, ms []mention) bool {
	if len(namedOnce(ms)) < 3 || ms[0].start >= h.start {
		return false
	}
	return verbBefore(t, h.start, attendedVerbs) && rollClauseAfter(t, h.end) || chairVerbBefore(t, h.start) && whichGathered(t, h.end)
}

// seatAt reports whether "took his seat at the" stands before a gathering's
// noun at start.
func seatAt(t []token, start int) bool {
	j := start - 1
	if key(t, j) != "the" || key(t, j-1) != "at" {
		return false
	}
	if k := key(t, j-2); k != "seat" && k != "seats" && k != "place" && k != "places" {
		return false
	}
	switch key(t, j-3) {
	case "his", "her", "their":
		return key(t, j-4) == "took" || key(t, j-4) == "taken" || key(t, j-4) == "takes"
	}
	return false
}

// rollClauseAfter reports whether a relative clause after a gathering's
// name from end lists who was there: ", which was also attended by", ",
// where he sat alongside".
func rollClauseAfter(t []token, end int) bool {
	for j := end; j+4 < len(t) && j <= end+20; j++ {
		if t[j].key != "," {
			continue
		}
		k := j + 1
		switch key(t, k) {
		case "which":
			k++
			if key(t, k) != "was" && key(t, k) != "were" {
				return false
			}
			if key(t, k+1) == "also" {
				k++
			}
			return key(t, k+1) == "attended" && key(t, k+2) == "by"
		case "where":
			k++
			if p := key(t, k); p != "he" && p != "she" && p != "they" {
				return false
			}
			next := k + 2 // "sat alongside"
			if key(t, k+1) == "was" && key(t, k+2) == "seated" {
				next = k + 3
			} else if key(t, k+1) != "sat" {
				return false
			}
			return key(t, next) == "alongside" || key(t, next) == "with"
		}
		return false
	}
	return false
}

// attendedVerbs tell that the sentence's subject took part in a gathering.
var attendedVerbs = set("attended", "joined")

// alongsideAfter reports whether ", alongside", ", along with" or ",
// together with" follows a summit's name ending at end, over a short
// aside ("chaired by Sonexay").
func alongsideAfter(t []token, end int) bool {
	for j := end; j+1 < len(t) && j <= end+10; j++ {
		if t[j].key != "," {
			if !t[j].word {
				return false
			}
			if t[j].key == "together" && key(t, j+1) == "with" {
				// "presided over the opening ceremony at the estate
				// together with A and B"
				return true
			}
			continue
		}
		k := j + 1
		if key(t, k) == "sitting" || key(t, k) == "seated" || key(t, k) == "standing" {
			k++ // "chaired the plenary session, sitting alongside A, B and C"
		}
		switch key(t, k) {
		case "alongside":
			return true
		case "along", "together":
			return key(t, k+1) == "with"
		case "with":
			// "…, with A, B and C among those in the room", "…, with
			// participation by A and B"
			return amongThoseAfter(t, k+1) || key(t, k+1) == "participation" || key(t, k+1) == "the" && key(t, k+2) == "participation"
		}
	}
	return false
}

// alongsideSoon reports whether "alongside" and a name follow a gathering's
// noun ending at end, past a few words of when and where.
func alongsideSoon(t []token, end int) bool {
	for j := end; j+1 < len(t) && j <= end+6 && t[j].word; j++ {
		if t[j].key == "alongside" {
			return t[j+1].upper
		}
	}
	return false
}

// amongThoseAfter reports whether the list that starts at from ends in
// "among those (in the room, present, attending)", "in attendance" or
// "seated beside him".
func amongThoseAfter(t []token, from int) bool {
	for j := from; j+1 < len(t) && j < from+40; j++ {
		switch {
		case t[j].key == "." || t[j].key == ";":
			return false
		case t[j].key == "among" && (t[j+1].key == "those" || t[j+1].key == "the"):
			return true
		case t[j].key == "in" && t[j+1].key == "attendance":
			return true
		case (t[j].key == "seated" || t[j].key == "sitting") && (t[j+1].key == "beside" || t[j+1].key == "alongside" || t[j+1].key == "next"):
			// "…, with A and B seated beside him"
			return true
		case (t[j].key == "around" || t[j].key == "at") && theTableAfter(t, j):
			// "chaired the session, with A, B and C around the table"
			return true
		}
	}
	return false
}

// coChairedBy reports whether the rest of a summit's sentence from end says
// it was co-chaired by two: "took place on Sunday, co-chaired by A and B",
// "was co-chaired by A and B".
func coChairedBy(t []token, end int) bool {
	for j := end; j+1 < len(t) && j <= end+12; j++ {
		if t[j].key == "co-chaired" && t[j+1].key == "by" {
			return true
		}
	}
	return false
}

// chairVerbs make their object a gathering's chair's: "chaired the 18th East
// Asia Summit"; coChairVerbs one of two chairs'.
var (
	chairVerbs   = set("chaired", "co-chaired", "opened", "hosted", "presided", "chairing")
	coChairVerbs = set("co-chaired", "co-hosted")
)

// chairVerbBefore reports whether a summit's noun at start is the object of
// one of chairVerbs, over the rest of its name.
func chairVerbBefore(t []token, start int) bool { return verbBefore(t, start, chairVerbs) }

// verbBefore reports whether one of verbs stands before a gathering's noun at
// start, over the rest of its name.
func verbBefore(t []token, start int, verbs map[string]bool) bool {
	// Twelve tokens back: "attended the 8th Greater Mekong Subregion (GMS)
	// Summit", "attended the inaugural ASEAN-Gulf Cooperation Council
	// (GCC)-China Summit".
	for j := start - 1; j >= 0 && j >= start-12; j-- {
		switch k := t[j].key; {
		case verbs[k]:
			return true
		case k == "'" || k == "’" || k == "(" || k == ")" || k == "-" && key(t, j-1) == ")" || k == "'s":
			continue // "attended the ASEAN Plus Three (APT) summit", "the ASEAN-Gulf Cooperation Council (GCC)-China Summit", "chaired Saturday's plenary"
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// underChairmanship reports whether "under the chairmanship of" follows
// from: "The retreat took place in Luang Prabang under the chairmanship of
// Saleumxay".
func underChairmanship(t []token, from int) bool {
	tookPlace := false
	for j := from; j+3 < len(t); j++ {
		if t[j].key == "under" && t[j+1].key == "the" && (t[j+2].key == "chairmanship" || t[j+2].key == "chair") && t[j+3].key == "of" {
			return true
		}
		// "The retreat itself took place on Thursday, chaired by …"
		tookPlace = tookPlace || t[j].key == "took" && t[j+1].key == "place"
		if tookPlace && t[j].key == "," && (t[j+1].key == "chaired" || t[j+1].key == "co-chaired") && t[j+2].key == "by" {
			return true
		}
	}
	return false
}

// talksPhases name a part of the talks just told: "joined the expanded
// talks", "sat in on the bilateral talks".
var talksPhases = set("bilateral", "expanded", "restricted", "official", "formal")

// chairedAfterName reports whether "was chaired by" follows the rest of a
// gathering's name from: "The Special ASEAN Summit on Coronavirus Disease
// 2019 was chaired by".
func chairedAfterName(t []token, from int) bool {
	for j := from; j+2 < len(t) && j <= from+8; j++ {
		if (t[j].key == "was" || t[j].key == "were") && (t[j+1].key == "chaired" || t[j+1].key == "co-chaired") && t[j+2].key == "by" {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// chairedByAfter reports whether "chaired by" follows a gathering's noun
// ending at end: "at a virtual ceremony chaired by Phuc from Hanoi".
func chairedByAfter(t []token, end int) bool {
	return key(t, end) == "chaired" && key(t, end+1) == "by"
}

// rollOfGathering reports whether h is "The retreat was attended by …"
// right after a gathering told with its chair alone.
func (a *article) rollOfGathering(si int, t []token, h hit) bool {
	return a.pendingGathering(si) != nil && attendedBy(t, h.end)
}

// rollOfSummit reports whether h is "The summit (the meeting) was attended
// by …" right after a summit or a named gathering was told ("Moon
// co-chaired the summit with Prayut", "during the ASEAN Defence Ministers'
// Meeting, chaired by Y").
func (a *article) rollOfSummit(si int, t []token, h hit) bool {
	n := len(a.cands)
	return (h.tr.summit || h.definite && h.tr.form == trigNoun) && n > 0 && a.cands[n-1].summit && a.cands[n-1].m.Status == relbot.StatusPast &&
		si-a.cands[n-1].lastTold() <= 1 && attendedBy(t, h.end)
}

// soloSummit returns the gathering waiting for its list, or the summit the
// last two sentences told with one participant ("Prayut took part in a
// special ASEAN summit by video conference"), or nil.
func (a *article) soloSummit(si int) *cand {
	if g := a.pendingGathering(si); g != nil {
		return g
	}
	if n := len(a.cands); n > 0 {
		if c := a.cands[n-1]; c.summit && len(c.slugs) == 1 && si-c.lastTold() <= 2 {
			return c
		}
	}
	return nil
}

// pendingGathering returns the gathering told with its chair alone, when
// sentence si is within two of the last that spoke of it, or nil: a list of
// who else was there may still follow.
func (a *article) pendingGathering(si int) *cand {
	if g := a.gathering; g != nil && si-g.lastTold() <= 2 {
		return g
	}
	return nil
}

// summitJustTold returns the held summit reported or spoken of in the last
// two sentences with some of its participants ("X chaired the summit with
// the participation of Y"), after which a list may tell the others:
// "Attending the summit from their capitals were …".
func (a *article) summitJustTold(si int) *cand {
	if c := a.heldWithin(si, 2); c != nil && c.summit {
		return c
	}
	return nil
}

// heldWithin returns the meeting reported last when it was held and told or
// spoken of within the last within sentences before si, or nil.
func (a *article) heldWithin(si, within int) *cand {
	if n := len(a.cands); n > 0 {
		if c := a.cands[n-1]; c.m.Status == relbot.StatusPast && si-c.lastTold() <= within {
			return c
		}
	}
	return nil
}

// summitNames name a gathering of many: its noun, or a word of its name.
var summitNames = set("summit", "summits", "retreat", "plenary", "session")

// conferenceNouns end a gathering's long name: "the Special ASEAN Plus Three
// Health Ministers' Video Conference".
var conferenceNouns = set("conference", "videoconference", "meeting", "dialogue", "forum")

// summitClause reports whether a summit or a retreat is what the words
// around the meeting's trigger h tell of, in its clause: "chaired the 23rd
// ASEAN-China Summit via videoconference", "hosted the leaders' retreat".
func summitClause(t []token, h hit) bool {
	for j := h.start - 1; j >= 0 && j >= h.start-8; j-- {
		if summitNames[t[j].key] {
			return true
		}
		if k := t[j].key; k == "," || k == "." || k == ";" {
			break
		}
	}
	for j := h.end; j < len(t) && j < h.end+8; j++ {
		switch k := t[j].key; {
		case summitNames[k]:
			return true
		case k == "," || k == "." || k == ";" || k == "with" || k == "and":
			return h.tr.group && atSummitAfter(t, j)
		}
	}
	return false
}

// atSummitAfter reports whether "at the … Summit" follows from j in the
// clause: "joined his counterparts from the Mekong region and Japanese
// Prime Minister Shinzo Abe at the 10th Mekong-Japan Summit".
func atSummitAfter(t []token, j int) bool {
	for ; j+1 < len(t) && t[j].key != "." && t[j].key != ";"; j++ {
		if t[j].key != "at" || t[j+1].key != "the" {
			continue
		}
		for k := j + 2; k < len(t) && k < j+9; k++ {
			if summitNames[t[k].key] && t[k].upper {
				return true
			}
			if !t[k].word && t[k].key != "-" {
				break
			}
		}
	}
	return false
}

// namedGathering reports whether h is the capitalised noun of a gathering's
// name: "the 15th ASEAN Defence Ministers' Meeting", "the Mekong-Lancang
// Leaders' Meeting".
func namedGathering(t []token, h hit) bool {
	return t[h.start].upper && t[h.start].key == "meeting" && (key(t, h.start-1) == "'" || key(t, h.start-1) == "’")
}

// promoteGathering makes the pending gathering a meeting, once a list of who
// else was there has been read.
func (a *article) promoteGathering() {
	a.cands, a.gathering = append(a.cands, a.gathering), nil
}

// possibilityOf reports whether "the possibility of (a first) …" or "the
// prospect of …" stands right before the meeting's noun at i.
func possibilityOf(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if t[j].key == "of" {
			k := key(t, j-1)
			return k == "possibility" || k == "prospect" || k == "prospects" || k == "chance" || k == "chances" || k == "idea" ||
				// "Supporters of a meeting argue that Prabowo can speak
				// to Min Aung Hlaing": one argued over, not held.
				k == "supporters" || k == "opponents" || k == "critics" || k == "advocates" || k == "proponents"
		}
		if t[j].key == "about" && (key(t, j+1) == "a" || key(t, j+1) == "an") {
			// "has sounded out Jakarta about a meeting between Prabowo and
			// Min Aung Hlaing": one spoken of, not held.
			return true
		}
		if t[j].key == "for" {
			// "arrangements for a separate bilateral meeting between Yoon
			// and Kishida were under way"
			k := key(t, j-1)
			return k == "arrangements" || k == "preparations" || k == "plans" || k == "proposal" ||
				// "could create a positive atmosphere for the leaders'
				// meeting": the ground laid for one still to come.
				groundWords[k] && hasAny(t, 0, j, possibleModals)
		}
		if !t[j].word && !(t[j].key == "'" && strings.HasSuffix(key(t, j-1), "s")) {
			return false
		}
	}
	return false
}

// asideOpeners, besides clauseBreaks, open a clause of its own after a
// comma: ", as the two sides sought …", ", amid …".
var asideOpeners = set("as", "after", "before", "since", "although", "though", "amid")

// passiveSubject returns where the noun of "The talks were (also) attended
// by" stands, from the participle at v, or -1.
func passiveSubject(t []token, v int) int {
	k := v - 1
	if key(t, k) == "also" {
		k--
	}
	if key(t, k) != "were" && key(t, k) != "was" {
		return -1
	}
	return k - 1
}

// accompaniedAtBoth adds those a sentence says "accompanied the premier at
// both meetings" to the two meetings told last ("at the talks": the last
// one), and reports whether it did.
func (a *article) accompaniedAtBoth(si int, t []token, ms []mention) bool {
	v := -1
	for j := 1; j < len(t); j++ {
		if t[j].key == "accompanied" && key(t, j-1) != "was" && key(t, j-1) != "were" {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	n := 0
	for j := v + 1; j+2 < len(t) && j <= v+6; j++ {
		if t[j].key != "at" && t[j].key != "in" {
			continue
		}
		switch {
		case key(t, j+1) == "both" && meetingNouns[key(t, j+2)]:
			n = 2 // "at both meetings"
		case (key(t, j+1) == "the" || key(t, j+1) == "all") && smallNumbers[key(t, j+2)] >= 2 && meetingNouns[key(t, j+3)]:
			n = smallNumbers[key(t, j+2)] // "at the two meetings", "at all three meetings"
		case key(t, j+1) == "all" && (meetingNouns[key(t, j+2)] || key(t, j+2) == "the" && meetingNouns[key(t, j+3)] ||
			key(t, j+2) == "of" && key(t, j+3) == "the" && meetingNouns[key(t, j+4)]):
			n = len(a.cands) // "accompanied the Prime Minister in all of the meetings"
		case t[j].key == "at" && theMeetingNoun(t, j+1):
			n = 1
		}
		break
	}
	var who []string
	for _, m := range ms {
		if m.start < v && m.slug != "" && !m.excluded && m.group == nil {
			who = append(who, m.slug)
		}
	}
	if n == 0 || len(who) == 0 {
		return false
	}
	var host []string // the one accompanied, when named: only his meetings
	for _, m := range ms {
		if m.start > v && m.slug != "" && !m.excluded && m.group == nil {
			host = append(host, m.slug)
		}
	}
	done := 0
	for k := len(a.cands) - 1; k >= 0 && done < n && si-a.cands[k].sent <= 3*n; k-- {
		if c := a.cands[k]; c.m.Status == relbot.StatusPast && c.m.Kind == relbot.KindInPerson && (len(host) == 0 || slices.Contains(c.slugs, host[0])) {
			c.join(who...)
			done++
		}
	}
	return done > 0
}

// hostOfTold reads "The talks were hosted by Malaysian Prime Minister Anwar
// Ibrahim at his official residence in Putrajaya" right after the talks
// were told: the host joins them, and where he hosted them is where they
// were, not a meeting of the host with those who attended as observers.
func (a *article) hostOfTold(si int, t []token, h hit, ms []mention) bool {
	if h.tr.form != trigPassive || key(t, 0) != "the" || h.start < 2 || h.start > 3 || !toldMeetingNouns[key(t, h.start-1)] ||
		key(t, h.start+1) != "hosted" || len(a.cands) == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	if c.m.Status != relbot.StatusPast || si-c.lastTold() > 2 {
		return false
	}
	end := len(t)
	if k := nextComma(t, h.end); k > 0 {
		end = k
	}
	var hosts []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.start >= h.end && m.start < end {
			hosts = append(hosts, m.slug)
		}
	}
	if len(hosts) == 0 {
		return false
	}
	c.join(hosts...)
	c.told = max(c.told, si)
	if place, venue, rank := a.placeIn(t, h, h.end, len(t), ms); rank > c.placeRank && c.m.Kind == relbot.KindInPerson {
		c.m.Place, c.placeRank = place, rank
		if venue != "" {
			c.m.Venue = venue
		}
	}
	return true
}

// toldMeetingNouns name the meeting a story told, as its subject: a
// "session" or "dinner" hosted by someone is often another event of the
// day ("met business leaders at a roundtable. The session was hosted by
// the federation's chief").
var toldMeetingNouns = set("talks", "meeting", "summit")

// observerWords say in what role someone attended a meeting.
var observerWords = set("observer", "observers", "guest", "guests")

// attendedLast adds to the meeting just reported the people a sentence says
// attended it ("Minister Phet Phomphiphak also attended the meeting", "took
// part in the talks"), when the sentence names no one after it.
func (a *article) attendedLast(si int, t []token, h hit, ms []mention, dates []dateExpr) bool {
	if len(a.cands) == 0 {
		return false
	}
	verb := h.light
	if verb < 0 {
		// "took part in the meeting", "participated in the talks"
		j := h.start - 1
		for j > 0 && (t[j].key == "the" || t[j].key == "this" || t[j].key == "that") {
			j--
		}
		switch {
		case j > 1 && t[j].key == "in" && t[j-1].key == "participated":
			verb = j - 1
		case j > 2 && t[j].key == "in" && t[j-1].key == "part" && t[j-2].key == "took":
			verb = j - 2
		case j > 0 && t[j].key == "and":
			// "attended the welcoming ceremony and the talks": the talks
			// the lead told, after an occasion that is no meeting.
			verb = attendedBefore(t, j)
		}
		if verb < 0 {
			return false
		}
	} else if t[verb].key != "attended" && t[verb].key != "joined" && t[verb].key != "hosted" {
		// "Khaled Nordin hosted the ministerial session" after the
		// meeting its co-chairs held: the host sat at it too.
		return false
	}
	definite := false
	for j := verb + 1; j < h.start; j++ {
		definite = definite || t[j].key == "the" || t[j].key == "this" || t[j].key == "that"
	}
	c := a.cands[len(a.cands)-1]
	for k := len(a.cands) - 2; k >= 0 && c.m.Status != relbot.StatusPast; k-- {
		// "He recalled the state visit during which he and Trong …":
		// the talks attended are the ones the story reports; so after
		// "She invited Puan to visit Cambodia", a visit to come.
		c = a.cands[k]
	}
	otherYear := slices.ContainsFunc(dates, func(d dateExpr) bool { return !d.anaphoric && d.past.Day != 0 && d.past.Year != c.m.Date.Year })
	if !definite || si-c.lastTold() > 7 || c.m.Status != relbot.StatusPast || otherYear {
		// "… was inaugurated on December 3, 2021, when Xi and Thongloun
		// attended the opening ceremony": another year's ceremony.
		return false
	}
	var before []string
	end := len(t)
	if c := nextComma(t, h.end); c > 0 && t[verb].key != "hosted" {
		// "…, Anwar told a press conference": who said it; but "hosted
		// the consultations, which were attended by …" names its own.
		end = c
	}
	for _, m := range ms {
		switch {
		case m.slug == "" || m.excluded || m.group != nil:
		case m.start >= end:
		case m.start >= h.end && key(t, h.end) == "with" && slices.Contains(c.slugs, m.slug):
			// "Shen also attended the meeting with Gan": the meeting told,
			// which Gan held.
		case m.start >= h.end:
			return false // "attended the meeting with X": a meeting of its own
		case m.start < verb && !inAside(t, m.start, h):
			// Not "Chloe Smith, who is covering the brief while Michelle
			// Donelan is on maternity leave, also attended the meeting":
			// the aside names one who was not there.
			before = append(before, m.slug)
		}
	}
	if len(before) == 0 {
		return false
	}
	c.join(before...)
	if c.m.Kind == relbot.KindInPerson && c.placeRank < 2 {
		// "X also attended the meeting at the Government headquarters":
		// where the meeting the lead told without a place was held.
		place, venue, rank := a.placeIn(t, h, h.end, end, ms)
		if rank > c.placeRank {
			c.m.Place, c.placeRank = place, rank
		}
		if c.m.Venue == "" {
			c.m.Venue = venue
		}
	}
	return true
}

// attendedBefore returns the "attended" or "joined" a few words before
// and, with only words between, or -1.
func attendedBefore(t []token, and int) int {
	for j := and - 1; j >= 0 && j >= and-5; j-- {
		switch {
		case t[j].key == "attended" || t[j].key == "joined":
			return j
		case !t[j].word:
			return -1
		}
	}
	return -1
}

// attendeeListStart returns where the list of people begins in a sentence
// that opens by saying they attended ("Attending were", "Also present at the
// talks were", "Among those attending were", "Joining the meeting was"), or
// -1. A ceremony, a dinner or a summit attended is no meeting's attendance.
func attendeeListStart(t []token) int { return attendeeListOf(t, false) }

// gatheringListStart is attendeeListStart for a gathering told with its
// chair: "Taking part in the summit from their capitals were …".
func gatheringListStart(t []token) int { return attendeeListOf(t, true) }

// rollNouns open a sentence that lists who took part: "Guests included …".
var guestAdjectives = set("foreign", "visiting", "invited", "distinguished", "other", "special", "honoured", "honored")

var rollNouns = set("participants", "speakers", "guests", "attendees", "invitees")

func attendeeListOf(t []token, gathering bool) int {
	if key(t, 0) == "at" && theMeetingNoun(t, 1) {
		// "At the talks, also present were A and B"
		if c := nextComma(t, 1); c > 0 && c <= 5 && c+1 < len(t) {
			if k := attendeeListOf(t[c+1:], gathering); k > 0 {
				return c + 1 + k
			}
		}
		return -1
	}
	if key(t, 0) == "among" && key(t, 1) == "them" && (key(t, 2) == "were" || key(t, 2) == "was") {
		// "Attending the meeting were the foreign ministers of all ten
		// member states. Among them were A and B"
		return 3
	}
	if amongTheAttending(t) {
		// "Xi, Takaichi, Carney and Cuong were among the leaders around
		// the table": the list opens the sentence.
		return 0
	}
	if e := amongTheHeads(t); e > 0 {
		return e
	}
	j := 0
	switch {
	case key(t, 0) == "among" && key(t, 1) == "the" && attendingPeople[key(t, 2)] && attendingWords[key(t, 3)]:
		// "Among the leaders attending online were …"
		return afterCopula(t, 4, gathering)
	case key(t, 0) == "among" && key(t, 1) == "the" && attendingPeople[key(t, 2)] && (key(t, 3) == "at" || key(t, 3) == "around") && theTableAfter(t, 3):
		// "Among the leaders at the table at the BEXCO convention center
		// were …"
		return afterCopula(t, 6, gathering)
	case key(t, 0) == "among" && key(t, 1) == "the" && attendingPeople[key(t, 2)] && key(t, 3) == "taking" && key(t, 4) == "part":
		// "Among the leaders taking part were …"
		return afterCopula(t, 5, gathering)
	case key(t, 0) == "among" && (key(t, 1) == "those" || key(t, 1) == "the" && listedRoles[key(t, 2)]):
		j = 2
		if key(t, 1) == "the" {
			return afterCopula(t, 3, gathering)
		}
	case key(t, 0) == "also":
		j = 1
	}
	if e := amongThoseWho(t); e > 0 {
		return e
	}
	if e := attendingIncluded(t); e > 0 {
		return e
	}
	if e := colonRoll(t); e > 0 {
		return e
	}
	if e := attendedIncluding(t); e > 0 {
		return e
	}
	if rollNouns[key(t, 0)] {
		// "Participants included A, B and C", "Speakers included …",
		// "Guests included …"
		switch key(t, 1) {
		case "included", "include", "were":
			return 2
		}
		return -1
	}
	if (key(t, j) == "seated" || key(t, j) == "sitting") && (key(t, j+1) == "around" || key(t, j+1) == "at") {
		// "Seated around the table were …"
		j++
	}
	if key(t, j) == "the" {
		// "The Lao side included Saleumxay and Thongsavanh"
		if e := sideListStart(t, j); e > 0 {
			return e
		}
		// "The foreign dignitaries included A, B and C", "The guests
		// were …": the roll of the gathering just told.
		n := j + 1
		if guestAdjectives[key(t, n)] {
			n++
		}
		if (rollNouns[key(t, n)] || key(t, n) == "dignitaries") && (key(t, n+1) == "included" || key(t, n+1) == "were") {
			return n + 2
		}
		return -1
	}
	if key(t, j) == "on" && (key(t, j+1) == "the" && platformWords[key(t, j+2)] || key(t, j+1) == "stage") {
		// "Also on the podium were A and B", "On stage were …"
		k := j + 2
		if key(t, j+1) == "the" {
			k++
		}
		return afterCopula(t, k, gathering)
	}
	if j > 0 && key(t, j) == "on" && key(t, j+1) == "the" && (key(t, j+2) == "call" || key(t, j+2) == "line") {
		// "Among those on the call were A and B", "Also on the call
		// were …"
		return afterCopula(t, j+3, gathering)
	}
	if key(t, j) == "on" && key(t, j+1) == "the" {
		// "On the Chinese side were Cai Qi and Wang Yi"
		for k := j + 2; k < len(t) && k < j+6; k++ {
			if t[k].key == "side" {
				if v := key(t, k+1); v == "were" || v == "was" {
					return k + 2
				}
				break
			}
		}
		return -1
	}
	if key(t, j) == "in" && key(t, j+1) == "attendance" {
		j++ // "Also in attendance were A and B"
	}
	switch key(t, j) {
	case "attending", "present", "participating", "joining", "connecting", "attendance", "co-chairing", "chairing", "co-hosting", "accompanying":
		// "Co-chairing the conference were A and B": its chairs sat at it.
		// "Accompanying the Prime Minister were A and B", right after his
		// working session.
	case "speaking":
		if j == 0 || key(t, j+1) == "to" {
			return -1 // "Speaking to reporters afterwards, Rubio said …"; "Among those speaking were …" lists
		}
	case "around", "at":
		if j == 1 && key(t, j) == "at" && theMeetingOrGathering(t, j+1) {
			// "Also at the retreat were A and B"
			return afterCopula(t, j+2, gathering)
		}
		// "Also around the table were …"
		if key(t, j+1) != "the" || key(t, j+2) != "table" {
			return -1
		}
		j += 2
	case "taking":
		if key(t, j+1) != "part" {
			return -1
		}
		j++
	default:
		return -1
	}
	return afterCopula(t, j+1, gathering)
}

// amongTheHeads returns where the list starts in "Among the heads of
// delegation (who took part in the plenary / seated at the table) were A,
// B and C", or -1: the heads of delegation are who sat at the gathering's
// table.
func amongTheHeads(t []token) int {
	if key(t, 0) != "among" || key(t, 1) != "the" {
		return -1
	}
	j := 2
	switch {
	case key(t, j) == "heads" && key(t, j+1) == "of" && (key(t, j+2) == "delegation" || key(t, j+2) == "delegations"):
		j += 3
	case key(t, j) == "delegation" && key(t, j+1) == "heads":
		j += 2
	default:
		return -1
	}
	for k := j; k < len(t) && k <= j+10; k++ {
		switch {
		case t[k].key == "were":
			return k + 1
		case !t[k].word:
			return -1
		}
	}
	return -1
}

// platformWords name where a gathering's chairs and speakers sat.
var platformWords = set("podium", "dais", "stage", "rostrum")

// listedRoles name who took part in a gathering: "Among the speakers were
// A, B and C", "Among the guests were …".
var listedRoles = set("participants", "speakers", "panellists", "panelists", "guests", "attendees", "signatories")

// amongThoseWho returns where the list starts in "Among those who attended
// the retreat at a resort in Lapu-Lapu City were A, B and C", or -1.
func amongThoseWho(t []token) int {
	if key(t, 0) != "among" || key(t, 1) != "those" || key(t, 2) != "who" {
		return -1
	}
	switch {
	case attendedWhoVerbs[key(t, 3)]:
	case key(t, 3) == "put":
		// "Among those who put their names to the agreement were …"
		if key(t, 5) != "names" && key(t, 5) != "signatures" {
			return -1
		}
	case key(t, 3) == "took":
		if key(t, 4) != "part" {
			return -1
		}
	default:
		return -1
	}
	for j := 4; j < len(t) && j <= 18; j++ {
		if k := t[j].key; k == "were" || k == "was" {
			return j + 1
		}
		if !t[j].word && t[j].key != "'" && t[j].key != "’" {
			return -1
		}
	}
	return -1
}

// attendingIncluded returns where the list starts in "Southeast Asian
// leaders attending included A and B" or "Those present were …": a few words
// ending in a noun of people, "attending" or "present", then "included" or
// "were"; or -1.
func attendingIncluded(t []token) int {
	if key(t, 0) == "attending" && attendingPeople[key(t, 1)] && rollVerbs[key(t, 2)] {
		// "Attending ministers included A, B and C"
		return 3
	}
	for j := 1; j < len(t) && j <= 5; j++ {
		if !t[j].word {
			return -1
		}
		if (t[j].key == "attending" || t[j].key == "present") && attendingPeople[key(t, j-1)] {
			if rollVerbs[key(t, j+1)] {
				return j + 2
			}
			if !rollPlaceWords[key(t, j+1)] {
				return -1
			}
			// "The ministers present at Thursday's plenary session
			// included …": where they were present, then the list.
			for k := j + 2; k < len(t) && k <= j+12; k++ {
				switch {
				case rollVerbs[t[k].key]:
					return k + 1
				case !t[k].word && t[k].key != "'s":
					return -1
				}
			}
			return -1
		}
		if t[j].key == "who" && attendingPeople[key(t, j-1)] && (key(t, j+1) == "joined" || key(t, j+1) == "attended") {
			// "Leaders who joined the video conference included A, B and
			// C", "Those who attended were …"
			for k := j + 2; k < len(t) && k <= j+12; k++ {
				switch {
				case rollVerbs[t[k].key]:
					return k + 1
				case !t[k].word && t[k].key != "'s" && t[k].key != "-":
					return -1
				}
			}
			return -1
		}
		if t[j].key == "in" && key(t, j+1) == "attendance" && attendingPeople[key(t, j-1)] {
			// "Southeast Asian leaders in attendance included A, B and C"
			if rollVerbs[key(t, j+2)] {
				return j + 3
			}
			return -1
		}
	}
	return -1
}

// attendedIncluding returns where the list starts in "Ministers and senior
// officials from all member states attended, including A, B and C": a
// subject of people with no name in it, a verb of taking part, then
// "including"; or -1.
func attendedIncluding(t []token) int {
	people := false
	for j := 0; j < len(t) && j <= 10; j++ {
		switch k := t[j].key; {
		case attendingPeople[k]:
			people = true
		case attendedVerbs[k] || k == "participated":
			if people && j > 0 && key(t, j+1) == "," && key(t, j+2) == "including" {
				return j + 3
			}
			return -1
		case !t[j].word || t[j].upper && j > 0:
			return -1
		}
	}
	return -1
}

// rollVerbs open the list of those attending: "Those present were …".
var rollVerbs = set("included", "include", "were")

// rollPlaceWords open where those present were before their list.
var rollPlaceWords = set("at", "in", "during", "for")

// colonRoll returns where the list starts in "Eight ASEAN leaders
// attended: A, B and C" or "Five ministers took part in the retreat in
// Siem Reap: …": a few words ending in a noun of people, a verb of taking
// part, then words up to a colon; or -1.
func colonRoll(t []token) int {
	v := -1
	// "The following members of the Executive Committee attended in
	// person:", a roll that bullets follow: the people are named by whatever
	// body they belong to.
	following := key(t, 0) == "the" && key(t, 1) == "following" && (attendingPeople[key(t, 2)] || key(t, 2) == "members" || key(t, 2) == "delegates")
	for j := 1; j < len(t) && (j <= 5 || following && j <= 10); j++ {
		if !t[j].word {
			return -1
		}
		// The verb follows the people ("the following members attended")
		// or the body they belong to ("… of the Executive Committee
		// attended").
		people := attendingPeople[t[j-1].key] || following && (j-1 == 2 || t[j-1].upper)
		if k := t[j].key; people && (attendedVerbs[k] || k == "participated" || k == "took") {
			v = j
			break
		}
	}
	if v < 0 {
		return -1
	}
	if key(t, v) == "took" {
		if key(t, v+1) != "part" {
			return -1
		}
		v++
	}
	for k := v + 1; k < len(t) && k <= v+12; k++ {
		if t[k].key == ":" {
			return k + 1
		}
		if !t[k].word && t[k].key != "," && t[k].key != "'s" {
			return -1
		}
	}
	return -1
}

// attendingWords say that those named before them took part.
var attendingWords = set("attending", "present", "participating", "joining")

// amongTheAttending reports whether a sentence that opens with a name says
// its list "were among the leaders attending" (present, around the table,
// at the table, taking part).
func amongTheAttending(t []token) bool {
	if len(t) == 0 || !t[0].upper {
		return false
	}
	for j := 1; j+3 < len(t); j++ {
		if t[j].key != "were" || t[j+1].key != "among" {
			continue
		}
		if t[j+2].key == "those" {
			// "A and B were among those at the table"; not "among those
			// present at the banquet", a meal's guests.
			return (key(t, j+3) == "at" || key(t, j+3) == "around") && theTableAfter(t, j+3)
		}
		if t[j+2].key != "the" || !attendingPeople[t[j+3].key] {
			continue
		}
		k := j + 4
		switch key(t, k) {
		case "around", "at":
			// "were among the leaders at the plenary"
			return theTableAfter(t, k) || key(t, k) == "at" && theMeetingOrGathering(t, k+1)
		case "taking":
			return key(t, k+1) == "part"
		case "in":
			return key(t, k+1) == "attendance"
		case "who":
			// "B and C were among the ministers who gathered on stage
			// after the signing"
			return attendedWhoVerbs[key(t, k+1)] || key(t, k+1) == "took" && key(t, k+2) == "part"
		}
		return attendingWords[key(t, k)]
	}
	return false
}

// attendedWhoVerbs say those listed "among those who …" were at the
// gathering: "Among those who spoke were A and B".
var attendedWhoVerbs = set("attended", "joined", "participated", "signed", "spoke", "gathered", "addressed")

// attendingPeople name those a list of attendees is about.
var attendingPeople = set("leaders", "those", "ministers", "others", "guests", "participants", "officials", "dignitaries")

// afterCopula returns the index after the "were" or "was" that comes within a
// few words of i, with no punctuation but commas ("Also present at the
// talks, held at the National Assembly House, were") nor gathering in
// between, or -1.
func afterCopula(t []token, i int, gathering bool) int {
	for k := i; k < len(t) && k <= i+14; k++ {
		if t[k].key == "," {
			continue
		}
		if t[k].key == "(" {
			// "Joining Dobrindt at the 2,962-meter (9,718-foot) peak were":
			// an aside of figures.
			if e := closingParen(t, k); e > 0 {
				i += e - k
				k = e
				continue
			}
		}
		switch {
		case t[k].key == "were" || t[k].key == "was":
			return k + 1
		case t[k].key == "'s":
			// "Attending the reception at the Party Central Committee's
			// headquarters was …"
		case t[k].key == "reception":
			// "Attending the reception (at the Party headquarters) were …":
			// the guest just received.
		case gathering && (summitNames[t[k].key] || t[k].key == "meeting" || t[k].key == "ceremony" || t[k].key == "forum"):
		case !t[k].word || gatherings[t[k].key] || mealWords[t[k].key] || t[k].key == "signing":
			return -1
		}
	}
	return -1
}

// closingParen returns where the parenthesis opened at k closes, within a
// few words, or -1.
func closingParen(t []token, k int) int {
	for e := k + 1; e < len(t) && e <= k+6; e++ {
		if t[e].key == ")" {
			return e
		}
		if t[e].key == "(" {
			return -1
		}
	}
	return -1
}

// roundtableWords are meeting nouns that, capitalised, name a standing body.
var roundtableWords = set("roundtable", "round-table", "round")

// commaWord is for hasAny: a comma between two words.
var commaWord = set(",")

// mealWords name meals: occasions whose guests do not meet by being there,
// and a roll may follow ("The dinner was attended by").
var mealWords = set("dinner", "lunch", "luncheon", "banquet", "breakfast")

// chairedBy reports whether a meeting's noun ending at end is followed by
// the passive of chairing or hosting: "The meeting was chaired by …".
func chairedBy(t []token, end int) bool { return chairVerbBy(t, passiveVerb(t, end)) }

// chairVerbBy reports whether the passive verb at v names a chair with "by"
// after it: "chaired by", "presided over by", "chaired from Hanoi by".
func chairVerbBy(t []token, v int) bool {
	switch key(t, v) {
	case "chaired", "co-chaired", "hosted", "co-hosted", "presided", "led", "opened", "officiated":
		by := v + 1
		if key(t, by) == "from" && by+1 < len(t) && t[by+1].upper {
			by += 2 // "was chaired from Hanoi by Phuc"
		}
		// "The meeting was co-chaired with Bui Thanh Son": the other chair,
		// after the one the sentence before told.
		coWith := key(t, by) == "with" && coChairVerbs[key(t, v)]
		return key(t, by) == "by" || key(t, by) == "over" && key(t, by+1) == "by" || coWith
	}
	return false
}

// chairedLast returns the meeting just reported with one participant when
// sentence si opens with its definite noun and the passive of chairing that
// h is: "The meeting was co-chaired by …".
func (a *article) chairedLast(si int, t []token, h hit, status relbot.Status) *cand {
	last := len(a.cands) - 1
	if last < 0 || status != relbot.StatusPast || key(t, 0) != "the" {
		return nil
	}
	c := a.cands[last]
	if len(c.slugs) >= 2 || si-c.sent > 2 || c.m.Status != relbot.StatusPast {
		return nil
	}
	n := 1
	for n < h.start && (t[n].word || t[n].key == "'" || t[n].key == "’") && key(t, n) != "was" && key(t, n) != "were" {
		n++ // "The ASEAN Leaders' Meeting (, held in person …,) was chaired by"
	}
	if !chairedNouns[key(t, n-1)] || passiveVerb(t, n) != h.start || !chairedBy(t, n) {
		return nil
	}
	return c
}

// chairedNouns are the meetings whose chairs chairedLast reads.
var chairedNouns = set("meeting", "talks", "session", "conference", "dialogue", "consultations", "summit", "retreat")

// passiveVerb returns where the verb of "was …", "were also …" starting at
// end is, or -1: "The meeting was (also) attended by …".
func passiveVerb(t []token, end int) int {
	end = pastLocative(t, end)
	nameGoesOn := (key(t, end) == "on" || key(t, end) == "for") && end > 0 && t[end-1].upper && end+1 < len(t) && t[end+1].upper
	if nameGoesOn || key(t, end) == "of" && end > 0 && (t[end-1].upper || (key(t, end-1) == "meeting" || gatheringNouns[key(t, end-1)]) && key(t, end+1) == "the" && end+2 < len(t) && t[end+2].upper) {
		// "The 21st Conference of the Parties to the ASEAN Agreement on
		// Transboundary Haze Pollution was chaired by …", "The meeting of
		// the Steering Committee on Haze was held in Bangkok and chaired
		// by …": past the rest of the gathering's name.
		j := end + 1
		for j < len(t) && j <= end+14 && (t[j].upper || eventNameJoiners[t[j].key]) {
			j++
		}
		if key(t, j) == "(" {
			// "The meeting of the Nile Council of Ministers (Nile-COM)
			// was chaired by …": past the name's short form too.
			for k := j + 1; k < len(t) && k <= j+6; k++ {
				if t[k].key == ")" {
					j = k + 1
					break
				}
			}
		}
		if k := key(t, j); k == "was" || k == "were" {
			end = j
		} else if nameGoesOn && chairVerbBy(t, j) {
			// "at the ASEAN Ministerial Meeting on Transnational Crime
			// (AMMTC) chaired by A": the name, then who chaired it.
			return j
		}
	}
	if v := end + 1; key(t, end) == "," {
		if key(t, v) == "also" {
			v++ // "The meeting, also attended by Lao Minister …, focused on"
		}
		switch key(t, v) {
		case "hosted", "co-hosted":
			// "The meeting, hosted by A, was the first …"; but in "The
			// summit, hosted by A at the palace, was also attended by …" the
			// main verb names the people.
			if c := nextComma(t, v+1); key(t, v+1) == "by" && !(c > 0 && (key(t, c+1) == "was" || key(t, c+1) == "were") && !determiners[key(t, c+2)]) {
				return v
			}
		case "attended", "joined", "chaired", "co-chaired":
			if key(t, v+1) == "by" {
				return v // "The talks, attended by Sugiono and Bui Thanh Son, focused on …"
			}
		}
	}
	if key(t, end) == "," && key(t, end+1) == "which" {
		if k := key(t, end+2); k == "was" || k == "were" {
			end += 2 // "before the talks, which were also attended by …"
		} else if c := nextComma(t, end+1); c > 0 && c < end+12 {
			end = c + 1 // "The meeting, which lasted 40 minutes, was expanded …"
		}
	}
	if key(t, end) == "," {
		if c := nextComma(t, end+1); c > 0 && c < end+20 && (key(t, c+1) == "was" || key(t, c+1) == "were") {
			// "The summit, hosted from Hanoi, was chaired by …", "The
			// talks, on the sidelines of a border exchange, were also
			// attended by …"
			end = c + 1
		} else if c := setOffVerb(t, end); c > 0 {
			// "The meeting on Tuesday, May 26, at the Bukit Kayu Hitam
			// complex on the Malaysian side, was attended by …"
			end = c
		} else if v := themeAsideVerb(t, end); v > 0 {
			end = v
		}
	}
	if k := key(t, end); k == "at" || k == "in" {
		// "The talks at the presidential office in Seoul were also
		// attended by …": where they were held, then the verb.
		for j := end + 1; j < len(t) && j <= end+10 && (t[j].word || t[j].key == "'" || t[j].key == "-"); j++ {
			if t[j].key == "was" || t[j].key == "were" {
				end = j
				break
			}
		}
	}
	if key(t, end) != "was" && key(t, end) != "were" {
		return -1
	}
	end++
	if key(t, end) == "also" {
		end++
	}
	if key(t, end) == "held" {
		// "The meeting was held in Bangkok on Thursday and chaired by A":
		// where and when, then the verb that names its people.
		for j := end + 1; j+2 < len(t) && j <= end+12 && (t[j].word || t[j].key == ","); j++ {
			if t[j].key == "and" {
				if v := j + 1; presidingVerbs[key(t, v)] || key(t, v) == "attended" || key(t, v) == "hosted" || key(t, v) == "co-hosted" {
					return v
				}
				break
			}
			if pastVerb(t[j].key) && !t[j].upper {
				break
			}
		}
	}
	if organiserVerbs[key(t, end)] && key(t, end+1) == "by" {
		// "The forum was convened by the SEAMEO Secretariat and chaired by
		// A": the body that called it, then the verb that names its
		// people.
		for j := end + 2; j+1 < len(t) && j <= end+14 && t[j].word; j++ {
			if t[j].key == "and" && presidingVerbs[key(t, j+1)] {
				return j + 1
			}
		}
	}
	return end
}

var organiserVerbs = set("convened", "organised", "organized", "arranged", "initiated")

// setOffVerb returns where "was" or "were" stands after several asides set
// off by commas from end, with no verb of their own, or -1.
func setOffVerb(t []token, end int) int {
	for j := end + 1; j+1 < len(t) && j <= end+32; j++ {
		if k := t[j].key; k == "." || k == ";" || saidWords[k] || pastVerb(k) && !t[j].upper {
			return -1
		}
		if t[j].key == "," && (key(t, j+1) == "was" || key(t, j+1) == "were") {
			return j + 1
		}
	}
	return -1
}

// eventNameJoiners stand between the capitalised words of an event's name.
var eventNameJoiners = set("of", "the", "to", "on", "for", "and", "-")

// joinedByAt returns where the names of those who joined a meeting start,
// after "they were (later) joined by", "before being joined by", "with
// the participation of" or ", with X (also) attending" between
// from and hi, or len(t) when none did. heldNoun says the meeting is a noun
// after a light verb ("held talks"): a new meeting, not one referred to.
func joinedByAt(t []token, from, hi int, heldNoun bool) int {
	for j := from; j+2 < hi; j++ {
		// "paid a courtesy call on Marcos, with Lazaro also attending"
		if withAttending(t, j) {
			return j + 2
		}
	}
	for j := from; j+1 < hi; j++ {
		// "before sitting down for formal talks, joined by Wong and
		// Retno"
		if t[j].key == "joined" && t[j+1].key == "by" && key(t, j-1) == "," {
			return j + 2
		}
		// "Cook met Jokowi at the palace on Wednesday, accompanied by
		// Minister Budi": one meeting with one more.
		if t[j].key == "accompanied" && t[j+1].key == "by" && key(t, j-1) == "," && j > from {
			return j + 2
		}
		// "the two Prime Ministers held official talks, attended by
		// Sokhonn and Thongsavanh"
		if t[j].key == "attended" && t[j+1].key == "by" && key(t, j-1) == "," && j > from {
			return j + 2
		}
		// "The two heads of government then held official talks, which
		// were also attended by Saleumxay and Son" (not "before the
		// talks, which were attended by …", the talks reported before)
		if heldNoun && j == from && t[j].key == "," && key(t, j+1) == "which" && attendedBy(t, j+2) {
			if v := passiveVerb(t, j+2); key(t, v+1) == "by" {
				return v + 2
			}
		}
	}
	for j := from; j+3 < hi; j++ {
		// "the two leaders held talks with the participation of Hải and
		// Sok Narin"
		if t[j].key == "with" && t[j+1].key == "the" && t[j+2].key == "participation" && t[j+3].key == "of" {
			return j + 4
		}
		// "received the Chinese leader at the Royal Palace, in the
		// presence of Queen Mother Norodom Monineath Sihanouk"
		if t[j].key == "in" && key(t, j-1) == "," && t[j+1].key == "the" && t[j+2].key == "presence" && t[j+3].key == "of" && j > from {
			return j + 4
		}
	}
	for j := from; j+1 < hi; j++ {
		if t[j].key != "joined" || t[j+1].key != "by" {
			continue
		}
		k := j - 1
		if k >= 0 && (t[k].key == "later" || t[k].key == "then" || t[k].key == "also" || t[k].key == "soon") {
			k--
		}
		if b := key(t, k); b == "being" || (b == "were" || b == "was") && pronounSubject(key(t, k-1)) {
			return j + 2
		}
	}
	return len(t)
}

// pronounOpens reports whether "he" or "she" is a sentence's subject
// before anyone is named: "She then called on …", "In the afternoon, he met …".
func pronounOpens(t []token, ms []mention) bool {
	first := len(t)
	if len(ms) > 0 {
		first = ms[0].start
	}
	for j := 0; j < first && j < 8; j++ {
		if k := t[j].key; k == "he" || k == "she" {
			return true
		}
	}
	return false
}

// groupSubject reports whether a group ("the two leaders") is named in the
// clause before its verb: a meeting told again.
func groupSubject(ms []mention, from, verb int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.group != nil && m.start >= from && m.start < verb })
}

// pluralAttendees adds those "The audiences were attended by" to each of
// the meetings the sentence before reported, and reports whether it did.
func (a *article) pluralAttendees(si int, t []token, ms []mention) bool {
	at := pluralAttended(t)
	if at < 0 || len(a.cands) == 0 {
		return false
	}
	last := a.cands[len(a.cands)-1]
	if si-last.sent > 2 || last.m.Status != relbot.StatusPast {
		return false
	}
	for _, c := range a.cands {
		if c.sent != last.sent {
			continue
		}
		for _, m := range ms {
			if m.start >= at && m.slug != "" && !m.excluded && m.group == nil {
				c.join(m.slug)
			}
		}
	}
	return true
}

// pluralAttended returns where the names start in "The audiences were
// attended by …", "The meetings were also attended by …", or -1.
func pluralAttended(t []token) int {
	if key(t, 0) != "the" || key(t, 1) != "audiences" && key(t, 1) != "meetings" && key(t, 1) != "calls" {
		return -1
	}
	if v := passiveVerb(t, 2); (key(t, v) == "attended" || key(t, v) == "joined") && key(t, v+1) == "by" {
		return v + 2
	}
	return -1
}

// withOwnMeeting reports whether ", with X (and Y) meeting him …" starts at
// j: people who met someone in a meeting of their own.
func withOwnMeeting(t []token, j int) bool {
	return withClause(t, j, 14, func(k int) (bool, bool) {
		switch t[k].key {
		case "meeting", "receiving", "hosting", "calling":
			return true, k > j+2 && t[k-1].upper && !t[k].upper
		}
		return false, false
	})
}

// withAttending reports whether ", with X (also) attending" starts at the
// comma at j, within eighteen tokens: "…, with Lao PM Sonexay Siphandone
// and Vietnamese PM Phạm Minh Chính attending" names two with their titles.
func withAttending(t []token, j int) bool {
	return withClause(t, j, 18, func(k int) (bool, bool) {
		ok := t[k].key == "attending" || t[k].key == "present" && !t[k].upper
		return ok, ok
	})
}

// withAttendingSoon reports whether ", with A and B attending" follows a
// gathering's noun ending at end, past where and when it was held.
func withAttendingSoon(t []token, end int) bool {
	for j := end; j < len(t) && j <= end+10; j++ {
		if t[j].key == "," {
			return withAttending(t, j)
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// withClause reads ", with …" from the comma at j, for fewer than limit
// tokens of words, until decide says it has decided, and returns its answer.
func withClause(t []token, j, limit int, decide func(k int) (decided, ok bool)) bool {
	if key(t, j) != "," || key(t, j+1) != "with" {
		return false
	}
	for k := j + 2; k < len(t) && k < j+limit; k++ {
		if !t[k].word && t[k].key != "." {
			return false
		}
		if decided, ok := decide(k); decided {
			return ok
		}
	}
	return false
}

func pronounSubject(k string) bool { return k == "they" || k == "he" || k == "she" }

// areaNouns end a place's part: "Bangkok's Lak Si district".
var areaNouns = set("district", "province", "city", "town", "suburb", "area", "ward", "county")

// pastLocative returns where the sentence goes on after a meeting's noun
// ending at i is placed: "The meeting at the Peace Palace in Phnom Penh was
// attended by", "The talks, held at the Government Office, were joined by".
// Without such a phrase it returns i.
func pastLocative(t []token, i int) int {
	j := i
	if key(t, j) == "," && key(t, j+1) == "held" {
		for k := j + 2; k < len(t) && k < j+16; k++ {
			if key(t, k) == "," {
				if n := key(t, k+1); n == "was" || n == "were" {
					// "The talks, held on the first day of the visit,
					// were also attended by …"
					return k + 1
				}
				return i
			}
		}
		return i
	}
	for key(t, j) == "at" || key(t, j) == "in" {
		k := j + 1
		if key(t, k) == "the" {
			k++
		}
		if locativeAdjectives[key(t, k)] && k+1 < len(t) && t[k+1].upper {
			k++ // "at Lancaster House in central London attended by …"
		}
		n := 0
		for k < len(t) && n < 6 && t[k].word && (t[k].upper || t[k].key == "of") {
			k++
			n++
		}
		if n == 0 {
			return i
		}
		if key(t, k) == "capital" || buildingWords[key(t, k)] {
			k++ // "in the Laotian capital", "at the EC headquarters"
		}
		if key(t, k) == "'s" && k+1 < len(t) && t[k+1].upper {
			// "in Bangkok's Lak Si district"
			k++
			for k < len(t) && t[k].word && t[k].upper {
				k++
			}
			if areaNouns[key(t, k)] {
				k++
			}
		}
		j = k
	}
	if _, ok := weekdays[key(t, j+1)]; ok && key(t, j) == "on" {
		j += 2 // "The opening ceremony on Friday was presided over by"
	} else if k := key(t, j); k == "yesterday" || k == "today" {
		j++
	}
	return j
}

// locativeAdjectives say which part of a place: "in central London".
var locativeAdjectives = set("central", "northern", "southern", "eastern", "western", "downtown", "suburban", "coastal")

// callDated dates a call a recent sentence reported only loosely: "…
// after the leak of her phone conversation with Hun Sen. In the 17-minute
// call, held on June 15, …": "the call" is that conversation, and the date
// beside it is the call's.
func (a *article) callDated(si int, t []token, dates []dateExpr) {
	if len(a.cands) == 0 {
		return
	}
	c := a.cands[len(a.cands)-1]
	if si-c.sent > 4 || !c.loose && !c.borrowed || c.m.Kind != relbot.KindPhone || c.m.Status != relbot.StatusPast {
		return
	}
	for i := 0; i < len(t); i++ {
		if k := t[i].key; k != "call" && k != "conversation" {
			continue
		}
		definite := false
		for back := 1; back <= 5 && i-back >= 0; back++ {
			if b := t[i-back].key; b == "the" || b == "that" || b == "this" {
				definite = true
				break
			}
		}
		if !definite {
			continue
		}
		for _, d := range dates {
			if d.start > i && d.start-i <= 6 && !d.anaphoric && !d.aheadOnly {
				c.m.Date, c.loose, c.borrowed = d.past, false, false
				return
			}
		}
	}
}

// visitDated dates the meetings told without a day of their own by a
// sentence that closes the story with the day of the whole visit: "The
// visit to Phnom Penh took place on 25 August 2022."
func (a *article) visitDated(si int, t []token, dates []dateExpr) {
	if key(t, 0) != "the" || !wholeVisitNouns[key(t, 1)] || si < len(a.toks)-3 {
		// Only a closing sentence sums up the whole story's day.
		return
	}
	j := 2
	for j < len(t) && j < 9 && t[j].word && t[j].key != "took" && t[j].key != "was" && t[j].key != "were" {
		j++
	}
	if !(key(t, j) == "took" && key(t, j+1) == "place" || (key(t, j) == "was" || key(t, j) == "were") && key(t, j+1) == "held") {
		return
	}
	on, city := j+2, ""
	if key(t, on) == "in" {
		// "The talks and the courtesy call took place in Vientiane on 12
		// June 2023."
		if c, _, ok := cities.match(t, on+1); ok {
			city = c
		}
		for on++; on < len(t) && on < j+7 && t[on].upper; on++ {
		}
	}
	if key(t, on) != "on" {
		return
	}
	for _, d := range dates {
		if d.start != on+1 || d.anaphoric || d.aheadOnly || d.past.Day == 0 || d.past.Start().After(a.pubDate.Start()) {
			continue
		}
		for _, c := range a.cands {
			// "In the evening, B hosted a dinner" read the story's day as
			// the report's: the visit's, now told.
			if c.m.Status == relbot.StatusPast && (!c.explicit || c.m.Date == a.pubDate) {
				c.m.Date = d.past
				if city != "" && c.placeRank < 2 && c.m.Kind == relbot.KindInPerson {
					c.m.Place, c.placeRank = city, 2
				}
			}
		}
		return
	}
}

// agreementReachedAt dates and places the meeting the story opened with,
// told only by what its two sides agreed, from a sentence that says where
// the agreement was reached: "A and B have agreed to set up an exchange
// programme. A said the agreement was reached during a bilateral meeting in
// Jakarta on Monday."
func (a *article) agreementReachedAt(si int, t []token, dates []dateExpr) bool {
	if len(a.cands) == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	if !c.agreed || c.explicit || si-c.sent > 2 || c.m.Status != relbot.StatusPast {
		return false
	}
	for j := 1; j+3 < len(t); j++ {
		if t[j].key != "reached" || !agreementNouns[key(t, j-1)] && !(key(t, j-1) == "was" && agreementNouns[key(t, j-2)]) {
			continue
		}
		at := j + 1
		if key(t, at) != "during" && key(t, at) != "at" {
			return false
		}
		noun := -1
		for k := at + 1; k < len(t) && k <= at+4; k++ {
			if meetingNouns[t[k].key] {
				noun = k
				break
			}
		}
		if noun < 0 {
			return false
		}
		for _, d := range dates {
			if d.start > noun && d.start <= noun+6 && !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && !d.past.Start().After(a.pubDate.Start()) {
				c.m.Date, c.explicit, c.loose, c.borrowed = d.past, true, false, false
				if key(t, noun+1) == "in" && c.m.Kind == relbot.KindInPerson {
					if city, _, ok := cities.match(t, noun+2); ok {
						c.m.Place, c.placeRank = city, 3
					}
				}
				return true
			}
		}
		return false
	}
	return false
}

// meetingWhereRoll reads "The visit followed a coordination meeting last
// Friday at the ministry in Jakarta, where A, B and C agreed to step up
// patrols": a meeting told by its noun, and those who agreed there.
func (a *article) meetingWhereRoll(si int, t []token, ms []mention, dates []dateExpr) bool {
	for j := 1; j < len(t); j++ {
		if !meetingNouns[t[j].key] || !hasAny(t, max(j-3, 0), j, determiners) || hasAny(t, max(j-5, 0), j, plannedWords) {
			continue
		}
		w := -1
		for k := j + 1; k+1 < len(t) && k <= j+20; k++ {
			if t[k].key == "." || t[k].key == ";" {
				break
			}
			if t[k].key == "," && t[k+1].key == "where" {
				w = k + 1
				break
			}
		}
		if w < 0 {
			return false
		}
		var who []string
		end := w + 1
		for _, m := range ms {
			if m.start < end {
				continue
			}
			if m.slug == "" || m.excluded || m.group != nil || !listGap(t, end, m.start) {
				break
			}
			who = append(who, m.slug)
			end = m.end
		}
		if len(who) < 2 || !whereRollVerbs[key(t, end)] {
			return false
		}
		day := relbot.Date{}
		for _, d := range dates {
			if d.start > j && d.start < w && !d.anaphoric && !d.aheadOnly && !d.past.Start().After(a.pubDate.Start()) {
				day = d.past
				break
			}
		}
		if day.IsZero() {
			return false
		}
		c := a.addRoll(si, t, who, day)
		c.explicit = true
		if a.old(day) {
			c.m.Status = relbot.StatusBackground
		}
		for k := j + 1; k+1 < w; k++ {
			if t[k].key == "in" {
				if city, _, ok := cities.match(t, k+1); ok {
					c.m.Place, c.placeRank = city, 3
				}
			}
		}
		return true
	}
	return false
}

// listGap reports whether t[from:to] only joins the names of a list: commas,
// "and", and the offices written before a name ("and Maritime Affairs and
// Fisheries Minister").
func listGap(t []token, from, to int) bool {
	for k := from; k < to; k++ {
		if t[k].key != "," && t[k].key != "and" && !(t[k].word && t[k].upper) {
			return false
		}
	}
	return true
}

var whereRollVerbs = set("agreed", "discussed", "decided", "reviewed", "pledged", "exchanged", "signed", "vowed", "reaffirmed", "met", "held")

var agreementNouns = set("agreement", "agreements", "deal", "accord", "consensus", "understanding")

// wholeVisitNouns name a whole visit or its round of talks.
var wholeVisitNouns = set("visit", "trip", "talks", "meetings", "meeting")

// credentialsFrom names the envoys of a credentials ceremony reported one
// sentence earlier with only its host: "The King received the credentials of
// two ambassadors. The credentials were presented by X and Y": each envoy
// had an audience of the host.
func (a *article) credentialsFrom(si int, t []token, ms []mention) bool {
	here := hasAny(t, 0, len(t), credentialWords)
	before := si > 0 && hasAny(a.toks[si-1], 0, len(a.toks[si-1]), credentialWords)
	listed := here && hasAny(t, 0, len(t), presentedWords) ||
		// "The envoys presented their credentials in separate ceremonies
		// … They are A, B and C."
		before && key(t, 0) == "they" && (key(t, 1) == "are" || key(t, 1) == "were") ||
		// "… accepted the letters of credence of three new ambassadors.
		// The new ambassadors are A, B and C."
		before && envoysAre(t) ||
		// "… received the letters of credence of five new ambassadors. The
		// new ambassadors received in audience one by one were: A; B; C."
		(before || here) && oneByOne(t)
	// "The envoys who presented their credentials were:" and a bullet
	// line for each envoy.
	intro := -1
	if a.listItem(si, t) {
		if intro = a.listIntro(si); intro >= 0 {
			it := a.toks[intro]
			listed = listed || hasAny(it, 0, len(it), credentialWords) ||
				// "… received the credentials of three ambassadors. The
				// ambassadors, received one by one, were:"
				hasAny(it, 0, len(it), envoyWords) && intro > 0 && hasAny(a.toks[intro-1], 0, len(a.toks[intro-1]), credentialWords)
		}
	}
	if len(a.cands) == 0 || !listed {
		return false
	}
	c, ref := a.cands[len(a.cands)-1], si
	if intro >= 0 {
		ref = intro
		// "The ambassadors, received one by one, were:" names no one
		// itself: the ceremony the lead told.
		for k := len(a.cands) - 1; k > 0 && len(c.slugs) == 0; k-- {
			c = a.cands[k-1]
		}
	}
	listing := intro >= 0 && a.bulletList == intro && a.bulletCand != nil
	if listing {
		c = a.bulletCand // the host's ceremony, an envoy of the list already in
	} else if ref-c.sent > 2 || len(c.slugs) != 1 || c.m.Status != relbot.StatusPast {
		return false
	}
	host := c.slugs[0]
	// A ceremony is one meeting of all its envoys, unless they were
	// received each on their own ("in separate ceremonies. They are A, B
	// and C").
	separately := oneByOne(t) || before && oneByOne(a.toks[si-1]) || intro >= 0 && oneByOne(a.toks[intro]) ||
		// "The envoys were A, B and C. After the ceremony, the King granted
		// each ambassador a private audience"
		si+1 < len(a.toks) && eachAudience(a.toks[si+1])
	first := !listing
	if intro >= 0 {
		defer func() { a.bulletList, a.bulletCand = intro, c }()
	}
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil || m.slug == host || hasAny(t, m.start-4, m.start, signerWords) {
			// "presented the letter of credence signed by President X":
			// the head of state who sent the envoy was not there.
			continue
		}
		if first || !separately {
			c.slugs = append(c.slugs, m.slug)
			first = false
			continue
		}
		n := *c
		n.slugs = []string{host, m.slug}
		a.cands = append(a.cands, &n)
	}
	return !first
}

// eachAudience reports whether t tells an audience granted to each envoy:
// "granted each ambassador a private audience".
func eachAudience(t []token) bool {
	for j := 0; j+1 < len(t); j++ {
		// "received each of the ambassadors separately"
		if t[j].key == "each" && (diplomatWords[key(t, j+1)] || key(t, j+1) == "of" && (key(t, j+2) == "them" || key(t, j+2) == "the" && envoyWords[key(t, j+3)])) {
			return hasAny(t, j, len(t), audienceWords)
		}
	}
	return false
}

var audienceWords = set("audience", "audiences", "separately", "individually")

// listSubjectFor returns ms with, for an item of a list that opens with a
// verb ("the Minister:" then "- met Deputy Prime Minister Tran Hong Ha"),
// the person the list's opening ends with as the item's subject. A list
// opening that ends with a person is noted for its items.
func (a *article) listSubjectFor(si int, t []token, ms []mention) []mention {
	if n := len(t); n > 1 && t[n-1].key == ":" && len(ms) > 0 && ms[len(ms)-1].end == n-1 && ms[len(ms)-1].slug != "" {
		a.listSubj, a.listSubjSent = ms[len(ms)-1], si
		return ms
	}
	if !bulletLine(t) || len(t) < 3 || !t[1].word || t[1].upper || a.listSubjSent < 0 || a.listIntro(si) != a.listSubjSent {
		return ms
	}
	if _, ok := findTrigger(t[1:], nil); !ok {
		return ms
	}
	for _, m := range ms {
		if m.slug == a.listSubj.slug {
			return ms
		}
	}
	subj := a.listSubj
	subj.start, subj.end = 0, 1
	return append([]mention{subj}, ms...)
}

// bulletLine reports whether t is an item of a list: a line opening with a
// bullet.
func bulletLine(t []token) bool {
	switch key(t, 0) {
	case "•", "-", "*", "·", "▪", "◦", "‣":
		return len(t) > 1
	}
	return itemNumber(t) // "1. H.E. Maria …"
}

// itemNumber reports whether t opens with an item's number, "1." or "2)".
func itemNumber(t []token) bool {
	_, err := strconv.Atoi(key(t, 0))
	return err == nil && len(key(t, 0)) <= 2 && (key(t, 1) == "." || key(t, 1) == ")")
}

// numberMarker reports whether t is only an item's number, "1.", which the
// sentence splitter leaves on its own.
func numberMarker(t []token) bool {
	return len(t) == 2 && itemNumber(t)
}

// listItem reports whether sentence si, t, is an item of a list: a bullet
// line, or the words after a number.
func (a *article) listItem(si int, t []token) bool {
	return bulletLine(t) || si > 0 && numberMarker(a.toks[si-1])
}

// listIntro returns the sentence that opens the list whose item sentence si
// is ("The envoys who presented their credentials were:"), or -1.
func (a *article) listIntro(si int) int {
	for k := si - 1; k >= 0 && si-k <= 30; k-- {
		tk := a.toks[k]
		if numberMarker(tk) || a.listItem(k, tk) {
			continue
		}
		if len(tk) > 0 && tk[len(tk)-1].key == ":" {
			return k
		}
		return -1
	}
	return -1
}

// envoysAre reports whether t opens "The (three) new ambassadors are" or
// "The envoys were".
func envoysAre(t []token) bool {
	from := 0
	if key(t, 0) == "among" {
		from = 1 // "Among the new envoys were A of Brunei, B of Myanmar and C"
	}
	if key(t, from) != "the" {
		return false
	}
	for j := from + 1; j < len(t) && j <= from+3; j++ {
		if envoyWords[t[j].key] {
			return key(t, j+1) == "are" || key(t, j+1) == "were"
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

var envoyWords = set("ambassadors", "envoys", "diplomats")

// oneByOne reports whether t says those it lists were received each on their
// own: "individually", "one by one", "separately", "one after another".
func oneByOne(t []token) bool {
	for j := range t {
		switch t[j].key {
		case "individually", "separately", "separate":
			// "presented their credentials in separate ceremonies"
			return true
		case "one":
			if (key(t, j+1) == "by" || key(t, j+1) == "after") && (key(t, j+2) == "one" || key(t, j+2) == "another") {
				return true
			}
		}
	}
	return false
}

// Word sets the rules look for; built once, not on every sentence.
var (
	outcomeWords    = set("discuss", "discussed", "agreed", "review", "reviewed")
	counterpartWord = set("counterpart")
	// priorWords before a meeting that has no date of its own say it came
	// just before the saying dated: "said Wednesday he had spoken with
	// X", "said Wednesday … after a phone call with X".
	priorWords = set("had", "after")
	amongWord  = set("among")
	// relativeWords open a relative clause: "the summit, which was also
	// attended by X" says who else went to a gathering, not to the table.
	relativeWords = set("which", "who", "where")
	// includingWord opens a few names of many.
	includingWord = set("including")
	// hypotheticalWords before a meeting's noun make it one that may be
	// held, not one that was.
	groundWords       = set("atmosphere", "groundwork", "ground", "stage", "way")
	possibleModals    = set("could", "would", "will", "may", "might", "should", "can")
	hypotheticalWords = set("possible", "potential", "prospective", "eventual", "likely")
	// timeUnits before "after" or "since" place a clause at another time.
	timeUnits = set("week", "weeks", "month", "months", "year", "years", "decade", "decades")
)

// hasAny reports whether one of words stands in t[lo:hi].
func hasAny(t []token, lo, hi int, words map[string]bool) bool {
	return indexAny(t, lo, hi, words) >= 0
}

// indexAny returns where the first of words stands in t[lo:hi], or -1.
func indexAny(t []token, lo, hi int, words map[string]bool) int {
	for j := max(lo, 0); j < hi && j < len(t); j++ {
		if words[t[j].key] {
			return j
		}
	}
	return -1
}

// target finds the meeting a definite reference ("at the talks") means:
// the latest one whose participants include the named ones, else the
// latest one sharing any of them, else the latest one.
func (a *article) target(slugs []string) *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		all := true
		for _, s := range slugs {
			if !slices.Contains(c.slugs, s) {
				all = false
			}
		}
		if all {
			return c
		}
	}
	for k := len(a.cands) - 1; k >= 0; k-- {
		for _, s := range slugs {
			if slices.Contains(a.cands[k].slugs, s) {
				return a.cands[k]
			}
		}
	}
	if len(slugs) == 0 && len(a.cands) > 0 {
		return a.cands[len(a.cands)-1]
	}
	return nil
}

// joinedFor reads "A joined B and other leaders, including C and D, for
// the summit's leaders' session" and "A joined B, C and D at the dinner":
// one meeting of the subject and all those named between the verb and the
// occasion.
func (a *article) joinedFor(si int, t []token, ms []mention, dates []dateExpr) bool {
	v := -1
	for j := 1; j+1 < len(t); j++ {
		if t[j].key == "joined" && t[j+1].key != "by" {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	occasion := -1
	for j := v + 2; j+1 < len(t) && j <= v+45; j++ {
		if k := t[j].key; k == "." || k == ";" {
			break
		}
		if t[j].key != "for" && t[j].key != "at" {
			continue
		}
		for k := j + 1; k < len(t) && k <= j+5; k++ {
			if joinedOccasions[t[k].key] {
				occasion = j
				break
			}
			if !t[k].word && t[k].key != "'" && t[k].key != "'s" {
				break
			}
		}
		if occasion > 0 {
			break
		}
	}
	if occasion < 0 || theMeetingNoun(t, occasion+1) && a.heldWithin(si, 3) != nil {
		// "Blinken and Sullivan joined Biden for the meeting": company
		// of the meeting just told, which the attendance rules add.
		return false
	}
	var subject string
	var who []string
	first := true
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil {
			continue
		}
		switch {
		case m.start < v:
			subject = m.slug
		case m.start > v && m.start < occasion:
			if first && m.start > v+4 {
				return false // "joined the delegation in talks with …": no one joined
			}
			first = false
			if !slices.Contains(who, m.slug) {
				who = append(who, m.slug)
			}
		}
	}
	if subject == "" && pronounOpens(t, ms) {
		subject = a.lastSubj
	}
	if subject == "" || len(who) == 0 || slices.Contains(who, subject) {
		return false
	}
	return a.heldAtVerb(si, t, ms, dates, v, append([]string{subject}, who...)) != nil
}

// joinedOccasions are what one joins others for or at.
var joinedOccasions = set("talks", "meeting", "summit", "session", "dinner", "lunch", "luncheon", "banquet", "breakfast", "retreat", "consultations", "dialogue", "plenary", "ceremony", "photo", "reception")

// atChairedSummit reports whether the sentence opens "At the Japan-ASEAN
// summit, chaired by A, B said …": the chair and the one who spoke there
// met at it.
func atChairedSummit(t []token, h hit) bool {
	return key(t, 0) == "at" && h.start <= 6 && chairedAsideAfter(t, h.end)
}

// namedGatheringChaired reads "The ADMM-Plus, which brings together the
// region's defence ministers, was chaired by Khaled Nordin": a gathering
// known by its name alone, held back with its chair until a list ("It was
// attended by …") tells who else was there.
func (a *article) namedGatheringChaired(si int, t []token, ms []mention, dates []dateExpr) bool {
	o := a.bodyStart(si) // "PHNOM PENH — The AMM-55 opened …"
	if key(t, o) != "the" || len(t) < o+4 || !t[o+1].upper {
		return false
	}
	n := o + 1
	for n < len(t) && (t[n].upper || t[n].key == "-" || (t[n].key == "'" || t[n].key == "’") && n+1 < len(t) && t[n+1].upper) {
		n++
	}
	long := n-o-1 > 6
	switch {
	case long && (n-o-1 > 11 || !conferenceNouns[key(t, n-1)]):
		return false // a clause in capitals, a headline's, names no gathering
	case !long && lexical(t, o+1) && !summitNames[key(t, n-1)]:
		return false
	}
	v := n
	if key(t, v) == "," {
		// the aside: ", which brings together …,"
		if key(t, v+1) != "which" {
			return false
		}
		c := nextComma(t, v+1)
		if c < 0 {
			return false
		}
		v = c + 1
	}
	if key(t, v) != "was" || !chairedBy(t, v) {
		// "The AMM-55 opened in the Cambodian capital on Wednesday
		// morning, chaired by B"
		c := chairAfterOpened(t, v, true)
		if c < 0 {
			return false
		}
		v = c
	}
	var chairs []string
	for _, m := range ms {
		if m.start > v && m.slug != "" && !m.excluded && m.group == nil && !slices.Contains(chairs, m.slug) {
			chairs = append(chairs, m.slug)
		}
	}
	if len(chairs) == 0 || len(chairs) > 2 {
		return false
	}
	h := hit{tr: trigger{form: trigVerb, summit: true}, start: v + 1, end: v + 2, light: -1}
	if a.status(t, h, dates, nil) != relbot.StatusPast {
		return false
	}
	if long && !slices.ContainsFunc(dates, func(d dateExpr) bool { return d.past.Month != 0 }) {
		// "Anutin joined his counterparts in a video conference. The
		// Special ASEAN Plus Three Health Ministers' Video Conference was
		// chaired by B, as Vietnam holds the chair this year": the chair of
		// the gathering just told sat in it; a year dates no other day.
		if g := a.pendingGathering(si); g != nil && g.m.Status == relbot.StatusPast {
			// Held back for its roll, which may follow.
			g.join(chairs...)
			g.told = si
			return true
		}
		if last := len(a.cands) - 1; last >= 0 && a.cands[last].m.Status == relbot.StatusPast && si-a.cands[last].lastTold() <= 1 &&
			(len(a.cands[last].slugs) >= 2 || a.cands[last].summit || a.cands[last].m.Kind == relbot.KindVirtual) {
			c := a.cands[last]
			c.join(chairs...)
			c.told = si
			a.markListed(c, si)
			return true
		}
	}
	if long {
		return false
	}
	if g := a.pendingGathering(si); g != nil && g.m.Status == relbot.StatusPast && len(g.slugs) == 1 && len(dates) == 0 {
		// "Marcos on Wednesday joined fellow leaders at the first
		// ASEAN-EU summit. The ASEAN-EU Commemorative Summit was
		// co-chaired by Michel and Hun Sen": the summit the lead's one
		// joined, its chairs there with him.
		g.join(chairs...)
		g.told = si
		if len(g.slugs) >= 2 {
			a.promoteGathering()
			a.markListed(g, si)
		}
		return true
	}
	c := a.agreedCand(si, t, ms, dates, h, chairs)
	if c == nil {
		return false
	}
	// Held back as the gathering, not yet a meeting of its own.
	a.cands = a.cands[:len(a.cands)-1]
	c.summit = true
	a.gathering = c
	return true
}
