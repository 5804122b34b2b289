package meeting

// Agreements and signings: "A and B signed", "witnessed the signing", and
// who a joint statement makes a meeting of.

import (
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

// nextComma returns the index of the first comma at or after i, or -1.
func nextComma(t []token, i int) int {
	for k := i; k < len(t); k++ {
		if t[k].key == "," {
			return k
		}
	}
	return -1
}

// countedAhead reports whether one of the next two sentences counts the
// people of one meeting: "Kishida hosted Biden, Albanese and Modi … In a
// joint statement, the four leaders said …".
func (a *article) countedAhead(si, n int) bool {
	// "met Hun Manet, Anutin and Anwar before the four leaders took part in
	// a ceremony" counts them in the same sentence.
	for k := si; k < len(a.toks) && k <= si+8; k++ {
		t := a.toks[k]
		for j := 0; j+2 < len(t); j++ {
			if countedGroupAt(t, j, n, 0, 0) && k <= si+2 || t[j].key == "the" && smallNumbers[key(t, j+1)] == n && countedVerbs[key(t, j+2)] && (j == 0 || !t[j-1].word || t[j-1].key == "that") {
				return true
			}
		}
	}
	return false
}

// guestsCounted reports whether the next sentences count the n people one
// actor met as one group of guests: "held talks with A, B and C … The three
// ASEAN youth leaders welcomed the proposals" tells one table, where a
// series of bilaterals would not count its guests together.
func (a *article) guestsCounted(si, n int) bool {
	if n < 3 {
		return false // "the two leaders" are as often the host and one guest
	}
	for k := si + 1; k < len(a.toks) && k <= si+4; k++ {
		for j := range a.toks[k] {
			// "the three ASEAN youth leaders": a word between sets them
			// apart from their host.
			if countedGroupAt(a.toks[k], j, n, 1, 3) {
				return true
			}
		}
	}
	return false
}

// countedGroupAt reports whether "the N leaders" with n for N stands at j,
// with from minWords to maxWords words between the number and the noun of
// the group ("the three ASEAN youth leaders").
func countedGroupAt(t []token, j, n, minWords, maxWords int) bool {
	if key(t, j) != "the" || smallNumbers[key(t, j+1)] != n {
		return false
	}
	for e := j + 2; e < len(t) && e <= j+2+maxWords && t[e].word; e++ {
		if groupNouns[t[e].key] {
			return e-j-2 >= minWords
		}
	}
	return false
}

// countedVerbs follow "The three" opening a sentence that tells what the
// people just met did together: "The three agreed to set up a joint
// secretariat".
var countedVerbs = set("agreed", "discussed", "signed", "exchanged", "pledged", "vowed", "witnessed", "reviewed", "also", "later", "then", "jointly", "had")

// groupNouns follow a number to name a meeting's members: "the four
// leaders", "the three ministers".
var groupNouns = set("leaders", "ministers", "heads", "presidents", "premiers", "men", "sides", "delegations", "countries",
	"chiefs", "admirals", "generals", "commanders", "envoys", "governors", "secretaries", "speakers", "officials", "mayors", "executives")

// pluralPeople reports whether t[i] is a plural common noun: "some of the
// country's private entrepreneurs", "ASEAN ministers".
func pluralPeople(t []token, i int) bool {
	k := key(t, i)
	return i >= 0 && t[i].word && !t[i].upper && len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss")
}

// groupThenIncluding reports whether a group noun follows the verb closely
// (from from) and the clause, after its place and time, lists members with
// ", including".
func groupThenIncluding(t []token, from, hi int) bool {
	for g := from; g < hi && g < from+5; g++ {
		if !groupObjects[key(t, g)] {
			continue
		}
		j := g + 1
		if key(t, j) == "of" {
			// "representatives of health unions": the group's body; but
			// "the leaders of several other countries" each lead their own.
			for j++; j < hi && t[j].word && !t[j].upper && !adjunctStarts[t[j].key]; j++ {
				if manyCountries[t[j].key] {
					return false
				}
			}
		}
		if !adjunctStarts[key(t, j)] {
			return false // the group and where or when, then the list
		}
		for ; j < hi && j < g+22; j++ {
			switch t[j].key {
			case ",":
				return key(t, j+1) == "including"
			case ";", ".", "before", "after", "while":
				return false
			case "and":
				if j+1 >= len(t) || !t[j+1].upper {
					return false // "met union leaders and then …": another clause
				}
			}
		}
		return false
	}
	return false
}

// adjunctStarts open where or when a meeting was; manyCountries make a
// group's members heads of their own sides.
var (
	adjunctStarts = set("at", "in", "on")
	manyCountries = set("countries", "nations", "states", "governments", "delegations", "several", "other", "various", "many")
)

// meetingSeries tell of several meetings: "a series of meetings with
// foreign officials, including A and B" met them one by one.
var meetingSeries = set("series", "meetings", "bilaterals", "separate", "separately")

// separately reports whether one actor's meeting with several others was a
// series of bilaterals: "held separate meetings with", "met separately",
// "held bilateral talks with X and Y", phone calls, or a visitor meeting the
// host's leaders one by one ("also met Prime Minister X and Chairman Y").
// A clause that says the meeting was joint keeps the group.
func separately(t []token, lo, hi int, h hit) bool {
	if h.tr.group || strings.HasPrefix(t[h.start].key, "host") && h.tr.form != trigNoun && !hasAny(t, lo, hi, separateWords) {
		// "Anwar hosted Hun Manet and Phumtham at his residence": one
		// meeting of the three.
		return false
	}
	if h.light >= 0 && strings.HasPrefix(t[h.light].key, "host") && !hasAny(t, lo, hi, separateWords) {
		// "after hosting talks between Hun Manet and Phumtham": the host
		// sat with both sides at one table.
		return false
	}
	for j := lo; j < hi; j++ {
		switch t[j].key {
		case "trilateral", "tripartite", "three-way", "four-way", "jointly", "together", "roundtable", "round-table":
			return false
		case "joint":
			if meetingNouns[key(t, j+1)] {
				return false // "met with A, Minister of …, and B, Governor of …, in a joint meeting"
			}
		}
	}
	if key(t, hi) == "," && key(t, hi+1) == "who" {
		// "held talks with A and B, who are co-leading a delegation": the
		// delegation's one table.
		for j := hi + 2; j < len(t) && j < hi+6 && t[j].word; j++ {
			if strings.HasPrefix(t[j].key, "co-lead") || t[j].key == "jointly" {
				return false
			}
		}
	}
	if hasAny(t, lo, hi, separateWords) || hasAny(t, lo, hi, bilateralWords) {
		return true
	}
	if key(t, h.end) == "the" && smallNumbers[key(t, headsOfThe(t, h.end+1))] >= 2 && h.tr.kind != kindPhone {
		// "received the three youth leaders at the Peace Palace": the
		// three told before, together; but "telephoned the two leaders"
		// made a call to each.
		return false
	}
	if h.tr.recv && (key(t, h.end) == "a" || key(t, h.end) == "an") && briefedBy[key(t, h.end+1)] {
		// "received a briefing on the salvage from Gov. A and Mayor B":
		// one briefing, the two at one table.
		return false
	}
	if key(t, h.end) == "the" && h.tr.kind != kindPhone && officesOfCounted(t, h.end+1) {
		// "received the foreign ministers of the three countries - A, B
		// and C -": the three sides at one table.
		return false
	}
	if list, _, _ := countriesThenGroup(t, h.end+1); key(t, h.end) == "the" && h.tr.kind != kindPhone && list != nil {
		// "met with the visiting Lao and Myanmar ministers", "received
		// the Thai and Cambodian foreign ministers": the two sides
		// together.
		return false
	}
	if atSummitOpening(t, h.start) {
		// "At the 10th Mekong-Japan Summit in Tokyo, Abe met A, B, C, D
		// and E": the summit's one table (not "on the sidelines of").
		return false
	}
	if atOccasion(t, h.start) {
		// "attended the business forum, where he sat down with A, B and
		// C": the occasion's table, one meeting of them all.
		return false
	}
	for j := h.end; j+1 < hi; j++ {
		if t[j].key == "," && asideOpeners[key(t, j+1)] {
			break // "…, as leaders converge on Sydney for the summit": another clause's occasion
		}
		// "met with the governors of four provinces — A, B, C and D — at
		// the 11th meeting of the working group": the group's meeting.
		if (t[j].key == "at" || t[j].key == "for") && (key(t, j+1) == "the" || key(t, j+1) == "their" || key(t, j+1) == "its" || key(t, j+1) == "a" || key(t, j+1) == "an") {
			// "sat down with A, B, C and D at a luncheon hosted by the
			// chamber", "received A and B in Berlin for a meeting of the
			// parliamentary leaders": one table.
			for k := j + 2; k < hi && k <= j+5; k++ {
				switch t[k].key {
				case "meeting", "session", "conference", "consultation", "consultations", "luncheon", "lunch", "dinner", "breakfast", "banquet":
					return false
				case "summit", "retreat":
					if t[j].key == "for" {
						return false // "sat down with A, B and C for a summit on the corridor", not "at the summit", whose sidelines they may be
					}
				}
			}
		}
	}
	for j := h.end; j < hi && j < h.end+12; j++ {
		if t[j].key == "including" && groupObjects[key(t, j-1)] || t[j].key == "including" && key(t, j-1) == "," && (groupObjects[key(t, j-2)] || pluralPeople(t, j-2) && !hasAny(t, max(h.start-3, 0), h.end, meetingSeries)) {
			// "met executives of several large companies, including Joseph
			// Tsai and Eric Xu", "met private entrepreneurs, including A
			// and B": one meeting with the group.
			return false
		}
	}
	if groupThenIncluding(t, h.end, hi) {
		// "met representatives of health unions at the ministry in London
		// on Monday, including A, B and C": the group, with where and
		// when between, then who was in it.
		return false
	}
	for j := h.end; j < hi && j < h.end+4; j++ {
		if listedOffices[t[j].key] != "" {
			// "met Tuesday with Sens. Pete Ricketts and Chris Coons": one
			// plural office before the names, one meeting.
			return false
		}
	}
	if oneBodysOfficers(t, h.end, hi) {
		// "met with IPU President A and IPU Secretary General B": the
		// body's two officers received together.
		return false
	}
	if groupThenNamed(t, h.end, hi) {
		// "receives the heads of delegation in a holding room, among
		// them A, B and C": the group, then who was in it.
		return false
	}
	for j := lo; j+1 < hi; j++ {
		// "was received by A and was accompanied by B": B came along.
		if (t[j].key == "attended" || t[j].key == "joined" || t[j].key == "accompanied") && t[j+1].key == "by" {
			// "met Prak Sokhonn in a meeting arranged and attended by
			// Mohamad Hasan": one meeting of the three.
			return false
		}
	}
	if withAlsoPresent(t, h.end, hi) {
		return false
	}
	// "at a special meeting he hosted with Hun Manet and Phumtham", "chaired
	// a working session at the site with A, B, C and D": one meeting,
	// written in the singular, is one meeting of all of them.
	for j := max(lo, h.start-4); j < h.end && j < hi; j++ {
		if t[j].key != "meeting" && t[j].key != "session" {
			continue
		}
		for back := 1; back <= 3 && j-back >= lo; back++ {
			if b := t[j-back].key; b == "a" || b == "an" || b == "one" {
				return false
			}
		}
	}
	for j := h.end; j+1 < hi && j <= h.end+4; j++ {
		// "received a courtesy call from A and B": the visitors came
		// together.
		if t[j].key == "call" && t[j+1].key == "from" && (key(t, j-1) == "a" || key(t, j-2) == "a") {
			return false
		}
	}
	if h.tr.recv && h.tr.form == trigVerb && key(t, hi-1) != "," && sharedRoomAfter(t, h.end, hi) {
		return false
	}
	return true
}

// briefedBy are what a host receives from those who brief him together: "a
// briefing", "a report".
var briefedBy = set("briefing", "report", "presentation", "update")

// officesOfCounted reports whether a plural office of a counted number of
// sides starts at i: "foreign ministers of the three countries".
func officesOfCounted(t []token, i int) bool {
	_, end, ok := pluralOffices.match(t, i)
	if !ok || key(t, end) != "of" || key(t, end+1) != "the" || smallNumbers[key(t, end+2)] < 2 {
		return false
	}
	return countedSides[key(t, end+3)]
}

// countedSides are the nouns a number of sides is counted in.
var countedSides = set("countries", "nations", "states", "sides", "governments", "parties", "neighbours", "neighbors")

// oneBodysOfficers reports whether the guests from end to hi are all officers
// of one body its acronym names before each ("President of the
// Inter-Parliamentary Union (IPU) A and IPU Secretary General B").
func oneBodysOfficers(t []token, end, hi int) bool {
	body, n := "", 0
	for j := end; j < hi && j < end+30; j++ {
		if !t[j].word || !acronym(t[j]) || notBodyLetters[t[j].key] {
			continue
		}
		if body != "" && t[j].key != body {
			return false // two bodies' letters: guests of two sides
		}
		body, n = t[j].key, n+1
	}
	return n >= 2
}

// notBodyLetters are capitals of a country or of an office ("CEO A and CEO
// B" of two companies), no body's.
var notBodyLetters = set("us", "uk", "usa", "ceo", "ceos", "cfo", "coo", "md", "mp", "pm", "fm", "dpm")

// manyCountriesLeaders reports whether the group at g is "leaders of several
// other countries": each leads a country of his own, so "met the leaders of
// several countries attending the forum, including A and B" is a round of
// bilaterals, not one table.
func manyCountriesLeaders(t []token, g int) bool {
	if t[g].key != "leaders" || key(t, g+1) != "of" {
		return false
	}
	some := false
	for j := g + 2; j < len(t) && j <= g+6; j++ {
		switch t[j].key {
		case "several", "other", "various", "number", "some", "many", "a":
			some = some || t[j].key != "a"
		case "countries", "nations", "states":
			return some
		default:
			return false
		}
	}
	return false
}

// withAlsoPresent reports whether a clause's guests end in ", with C also in
// attendance" or ", with C present": C sat in on the meeting told, no
// meeting of C's own with the host.
func withAlsoPresent(t []token, end, hi int) bool {
	for j := end; j+1 < hi; j++ {
		if t[j].key != "," || t[j+1].key != "with" {
			continue
		}
		for k := j + 2; k < hi && k <= j+16; k++ {
			if t[k].key == "," || t[k].key == "and" && !(k+1 < len(t) && t[k+1].upper) {
				break
			}
			if t[k].key == "in" && key(t, k+1) == "attendance" || t[k].key == "present" && !t[k].upper || (t[k].key == "attending" || t[k].key == "sitting") && key(t, k-1) == "also" {
				return true
			}
		}
	}
	return false
}

// sharedRoomAfter reports whether the clause ends in the one room where all
// its guests were received: "received A, and B, at the school's reception
// hall".
func sharedRoomAfter(t []token, end, hi int) bool {
	for j := hi - 1; j > end+3; j-- {
		if t[j].key == "at" && (key(t, j+1) == "the" || key(t, j+1) == "his" || key(t, j+1) == "her") && key(t, j-1) == "," {
			for k := j + 2; k < hi && k <= j+6; k++ {
				if buildingWords[t[k].key] || t[k].key == "room" {
					return true
				}
			}
		}
	}
	return false
}

// groupThenNamed reports whether the object after a verb ending at end is a
// group of people that ", including" or ", among them" goes on to name.
func groupThenNamed(t []token, end, hi int) bool {
	g := -1
	for j := end; j < hi && j < end+6; j++ { // "on Friday with the co-chairs"
		if groupObjects[t[j].key] {
			g = j
			break
		}
	}
	if g < 0 || manyCountriesLeaders(t, g) {
		return false
	}
	for j := g + 1; j < hi && j < g+14; j++ {
		if t[j].key == "including" && (j == g+1 || key(t, j-1) == ",") || t[j].key == "among" && key(t, j+1) == "them" && key(t, j-1) == "," {
			return true
		}
		if t[j].key == "," && (key(t, g-1) == "the" || g == end) && j+1 < hi && t[j+1].upper {
			// "with the co-chairs of the friendship group, Daniel Whitford
			// MP and Senator Mara Kelly": the group's names in apposition;
			// "met with participants in the space flight, A and B" too.
			return true
		}
		if !t[j].word && t[j].key != "," && t[j].key != "'s" && t[j].key != "-" { // "the Australia–Vietnam Friendship Group"
			return false
		}
	}
	return false
}

// atOccasion reports whether the verb at v is in a "where" clause after a
// forum, luncheon, dinner or reception: "attended the Korea-Vietnam
// Business Forum in central Seoul, where he sat down with …".
func atOccasion(t []token, v int) bool {
	for j := v - 1; j >= 1 && j >= v-4; j-- {
		if t[j].key != "where" || t[j-1].key != "," {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-10; k-- {
			if occasionWords[t[k].key] || mealWords[t[k].key] {
				return true
			}
			if !t[k].word && t[k].key != "-" && t[k].key != "'s" {
				return false
			}
		}
		return false
	}
	return false
}

// atSummitOpening reports whether the sentence opens "At the … Summit," (or
// "During the summit,") before the verb at v: what follows was done at its
// table.
func atSummitOpening(t []token, v int) bool {
	if k := key(t, 0); k != "at" && k != "during" || key(t, 1) != "the" {
		return false
	}
	c := nextComma(t, 2)
	if c < 0 || c >= v {
		return false
	}
	for j := 2; j < c; j++ {
		if summitNames[t[j].key] {
			return !hasAny(t, 0, len(t), separateWords) && !hasAny(t, 0, len(t), bilateralWords)
		}
	}
	return false
}

// officeSpan reports whether t[from:to] is a country's office before a name:
// capitalised words, a title among them, joined by "of", "and", "for",
// "the" and commas ("Vietnam's Minister of Labor, Invalids and Social
// Affairs").
func officeSpan(t []token, from, to int) bool {
	title := false
	for k := from; k < to; k++ {
		if _, _, ok := titles.match(t, k); ok {
			title = true
		}
		if _, _, ok := personOffices.match(t, k); ok && t[k].upper {
			title = true // "WHO Regional Director for South-East Asia"
		}
		switch t[k].key {
		case "of", "and", "for", "the", ",", "'s", "(", ")": // "World Health Organization (WHO) Regional Director"
			continue
		}
		if abbreviationDot(t, k) {
			continue // "U.S. Special Presidential Envoy for Climate"
		}
		if !t[k].upper {
			return false
		}
	}
	return title && to-from <= 16
}

// participleBetween reports whether a past participle that describes a
// thing ("a declaration signed", "the roadmap adopted") stands in
// t[from:to], so that a date after it is the thing's.
func participleBetween(t []token, from, to int) bool {
	for k := max(from, 1); k < to && k < len(t); k++ {
		if thingParticiples[t[k].key] && t[k-1].word && !auxiliaries[t[k-1].key] && !agreementVerbs[t[k-1].key] {
			return true
		}
	}
	return false
}

// occasionPreps open the other occasions an "including" lists: ",
// including at next week's summit", not ", including rice and medicine".
var occasionPreps = set("at", "through", "during", "via", "in", "on")

// auxiliaries before a participle make it the clause's verb ("was
// signed", "they signed"), not a thing's description.
var auxiliaries = set("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "also", "jointly", "they", "both")

// abbreviationDot reports whether the full stop at j closes a capital
// letter of an abbreviation ("U.S.", "U.K."), not a sentence or a style.
func abbreviationDot(t []token, j int) bool {
	if t[j].key != "." || j == 0 || !t[j-1].upper || len(t[j-1].text) != 1 {
		return false
	}
	s := j - 1
	for s >= 2 && t[s-1].key == "." && len(t[s-2].text) == 1 && t[s-2].upper {
		s -= 2
	}
	_, _, honour := honorifics.match(t, s)
	return !honour // "H.E." is a style, read with the names
}

// occasionWords name, with the meals, an occasion whose guests sit together.
var occasionWords = set("forum", "reception", "roundtable")

// jointAgreement reads "Japanese Prime Minister Ishiba and his Vietnamese
// counterpart Chinh agreed on Monday to …": two leaders of different
// countries as the joint subject of an agreement report a meeting between
// them even without a verb of meeting.
func (a *article) jointAgreement(si int, t []token, ms []mention, dates []dateExpr) bool {
	var named []mention
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil {
			continue
		}
		if n := len(named); n > 0 && named[n-1].slug == m.slug && m.start <= named[n-1].end+1 {
			// "his Vietnamese counterpart Pham Minh Chinh" is one person.
			named[n-1].end = m.end
			continue
		}
		named = append(named, m)
	}
	if len(named) < 2 {
		return false
	}
	for k := 0; k+1 < len(named); k++ {
		m1, m2 := named[k], named[k+1]
		and := m1.end
		if c := nextComma(t, m1.end+1); key(t, m1.end) == "," && c > m1.end+2 && c < m2.start && key(t, c+1) == "and" && hasAny(t, m1.end+1, c, officeVocabulary) {
			// "Dr. A, Director General of the Institute of Foreign
			// Affairs, and Dr. B, Vice President of …, signed …"
			and = c + 1
		}
		if key(t, and) != "and" || m1.slug == m2.slug {
			continue
		}
		titled := officeSpan(t, and+1, m2.start)
		for j := and + 1; j < m2.start; j++ {
			if !t[j].upper && !corefNouns[t[j].key] && t[j].key != "his" && t[j].key != "her" && t[j].key != "its" && t[j].key != "'s" && t[j].key != "chief" &&
				t[j].key != "visiting" && !titleAdjectives[t[j].key] && // "A and visiting Chinese Minister of Justice B signed"
				!titled && // "and Vietnam's Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung signed"
				!abbreviationDot(t, j) && // "and U.S. Special Presidential Envoy for Climate John Kerry agreed"
				!(t[j].key == "," && hasAny(t, m1.end, j, counterpartWord)) { // "A and his Vietnamese counterpart, General B, signed …"
				// "Joe Biden and Vietnam's Communist Party chief Nguyen Phu
				// Trong agreed on Sunday to …"
				return false
			}
		}
		c1, c2 := a.sidesOf(m1.slug, m2.slug)
		if c1 != "" && c1 == c2 || (c1 == "" || c2 == "") && !hasAny(t, m1.end, m2.start, counterpartWord) && !(and > m1.end && c1 != c2) {
			// Two of one country agree among themselves; "his Vietnamese
			// counterpart" says two countries even of a person the
			// gazetteer lacks.
			return false
		}
		v := m2.end
		if key(t, v) == "," && k+2 >= len(named) && !clauseBreaks[key(t, v+1)] {
			// "Lee Jae-myung and To Lam, general secretary of the
			// Communist Party of Vietnam, agreed Monday to …"
			if c := nextComma(t, v+1); c > v+1 && c < v+16 && agreementVerbs[key(t, c+1)] {
				v = c + 1
			}
		}
		for v < len(t) && v < m2.end+4 && !agreementVerbs[t[v].key] {
			if !t[v].word && t[v].key != "," {
				return false
			}
			v++
		}
		if v >= len(t) || !agreementVerbs[t[v].key] || k+2 < len(named) && named[k+2].start < v {
			return false
		}
		h := hit{tr: trigger{form: trigVerb}, start: v, end: v + 1, light: -1}
		if negated(t, h) {
			return false
		}
		// "…, with Trump and Anwar, who brokered an initial truce in July,
		// looking on": a relative clause's date is its own.
		dates = slices.DeleteFunc(slices.Clone(dates), func(d dateExpr) bool { return inRelativeAside(t, v, d.start) })
		// "discussed how to build on a joint declaration signed at the
		// height of the pandemic last year": the thing's date.
		dates = slices.DeleteFunc(dates, func(d dateExpr) bool { return d.start > v && participleBetween(t, v+1, d.start) })
		if key(t, v+1) == "to" {
			// "Roque and Dien agreed to convene the committee in Manila in
			// the first half of 2026": the plan's date, not the meeting's.
			dates = slices.DeleteFunc(dates, func(d dateExpr) bool { return d.start > v && !atTheirMeeting(t, d.start) })
		}
		if a.status(t, h, dates, nil) != relbot.StatusPast {
			return false
		}
		pair := []string{m1.slug, m2.slug}
		if w := a.witnessedSigning(si); w != nil && t[v].key == "signed" {
			// "Trump and Anwar witnessed the signing of a declaration
			// between Cambodia and Thailand. Hun Manet and Anutin signed
			// …": one ceremony of the four.
			w.join(pair...)
			w.told = si
			return true
		}
		if len(dates) == 0 {
			// "Lazaro and Trung also discussed rice trade", after their
			// call was reported: more of that meeting, not another.
			for k := len(a.cands) - 1; k >= 0; k-- {
				if p := a.cands[k]; p.m.Status == relbot.StatusPast && sameSet(p.slugs, pair) {
					p.summary = append(p.summary, a.sentences[si])
					return true
				}
			}
			if p := a.callWithCounterpart(si, pair); p != nil {
				// "A sought assurances in a phone call with his
				// Vietnamese counterpart on Tuesday. A and Vietnam's
				// Minister B discussed supply volumes": the call, and the
				// counterpart it left unnamed.
				p.join(pair...)
				p.told = si
				p.summary = append(p.summary, a.sentences[si])
				return true
			}
		}
		c := a.agreedCand(si, t, ms, dates, h, pair)
		if c == nil {
			return false
		}
		witnesses(c, t, ms, v)
		c.join(signersAfter(t, v, ms)...)
		return true
	}
	return false
}

// sidesOf returns the countries of two people, the story's own for the one
// whose country goes unsaid when the other's is another: "SEOUL — Labor
// Minister Kim Moon-soo and Vietnam's Minister … Dao Ngoc Dung signed".
func (a *article) sidesOf(s1, s2 string) (c1, c2 string) {
	c1, c2 = a.countryOf(s1), a.countryOf(s2)
	if home := a.storyCountry(); home != "" {
		if c1 == "" && c2 != "" && c2 != home {
			c1 = home
		} else if c2 == "" && c1 != "" && c1 != home {
			c2 = home
		}
	}
	return c1, c2
}

// callWithCounterpart returns the call the sentence before si told with
// one participant and "his counterpart", when slugs are that participant
// and one other: the counterpart named.
func (a *article) callWithCounterpart(si int, slugs []string) *cand {
	n := len(a.cands)
	if n == 0 || len(slugs) != 2 {
		return nil
	}
	p := a.cands[n-1]
	if p.sent != si-1 || len(p.slugs) != 1 || p.m.Kind == relbot.KindInPerson || p.m.Status != relbot.StatusPast || !slices.Contains(slugs, p.slugs[0]) {
		return nil
	}
	prev := a.toks[p.sent]
	if !hasAny(prev, 0, len(prev), counterpartNouns) {
		return nil
	}
	return p
}

var counterpartNouns = set("counterpart", "counterparts")

// signersAfter returns who signed in "A and B witnessed the signing of the
// agreement by C and D": the ceremony's people are all four.
func signersAfter(t []token, v int, ms []mention) []string {
	if key(t, v) != "witnessed" || key(t, v+1) != "the" || key(t, v+2) != "signing" {
		return nil
	}
	by, end := -1, len(t)
	for k := v + 3; k < len(t); k++ {
		if t[k].key == "." || t[k].key == ";" || t[k].key == "while" {
			end = k
			break
		}
		if by < 0 && t[k].key == "by" && k <= v+25 {
			by = k
		}
	}
	if by < 0 {
		return nil
	}
	var who []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.start > by && m.start < end {
			who = append(who, m.slug)
		}
	}
	return who
}

// agreedCand reports the held meeting of pair that the agreement verb h
// tells, dated and placed by the sentence, or nil when it was not held.
func (a *article) agreedCand(si int, t []token, ms []mention, dates []dateExpr, h hit, pair []string) *cand {
	c := &cand{sent: si, slugs: pair, agreed: true}
	c.m.Kind, c.m.Status = sentenceKind(t), relbot.StatusPast
	if c.m.Kind == relbot.KindInPerson && si > 0 && a.lastNamedSent == si-1 && len(a.lastMentions) == 0 {
		// "…, following a video conference between the ministers on
		// Tuesday. A and B discussed …": the unnamed meeting just told.
		c.m.Kind = sentenceKind(a.toks[si-1])
	}
	from := a.bodyStart(si)
	to := len(t)
	for k := h.end; k+1 < len(t); k++ {
		// "agreed Saturday to restore exchanges, as the two sides
		// sought to move beyond their row over a missile system in
		// South Korea": the agreement's own clause says where.
		if t[k].key == "," && (clauseBreaks[t[k+1].key] || asideOpeners[t[k+1].key] || t[k+1].key == "including" && occasionPreps[key(t, k+2)]) {
			// ", including at next week's summit hosted by Washington":
			// the rest is about other occasions.
			to = k
			break
		}
	}
	c.m.Place, c.m.Venue, c.placeRank = a.placeIn(t, h, from, to, ms)
	c.m.Occasion = a.occasion
	a.dateOf(c, t, h, dates, nil)
	if c.m.Status != relbot.StatusPast {
		return nil
	}
	if c.placeRank < 2 && c.m.Kind == relbot.KindInPerson {
		a.placeFromContext(c, t, si)
	}
	if c.m.Kind != relbot.KindInPerson {
		c.m.Place, c.m.Venue = "", ""
	}
	c.summary = append(c.summary, a.sentences[si])
	a.cands = append(a.cands, c)
	return c
}

// passiveSigning reads "… in a ceremony witnessed by C and D. The Kuala
// Lumpur Peace Accord was signed by A and B at the convention centre this
// morning": the signatories of two countries and the witnesses met.
func (a *article) passiveSigning(si int, t []token, ms []mention, dates []dateExpr) bool {
	by, signed := -1, -1
	for j := 1; j+2 < len(t); j++ {
		if (t[j].key == "was" || t[j].key == "were") && signedWords[t[j+1].key] {
			if signed < 0 || t[j+2].key == "by" {
				signed = j + 1
			}
			if t[j+2].key == "by" {
				by = j + 3
				break
			}
		}
	}
	// Only after "… in a ceremony witnessed by C and D", and with a day
	// of its own: "That accord was signed by A and B" recalls it, and
	// "The documents were signed by A and B" in the presence of their
	// leaders is part of the leaders' meeting.
	witnessed := si > 0 && a.lastNamedSent == si-1 && (hasPhrase(a.toks[si-1], "witnessed", "by") || hasPhrase(a.toks[si-1], "presence", "of"))
	witnessed = witnessed && slices.ContainsFunc(dates, func(d dateExpr) bool { return !d.past.IsZero() })
	// Or "Energy ministers of four countries on Thursday signed an
	// agreement … It was signed by A, B, C and D": the lead dated the
	// signing and named no one; the list of three or more countries'
	// signatories is who met.
	leadSigned := !witnessed && si >= 1 && si <= 3 && a.signingLead(si)
	// Or "The grant agreement was signed yesterday at the CMAC
	// headquarters by Ambassador A and Director-General B": a day of its
	// own, written between the verb and its agents.
	dated := false
	if !witnessed && !leadSigned && signed > 0 && by < 0 {
		at := signed + 1
		for at < len(t) && at < signed+20 && t[at].key != "by" && t[at].key != "," {
			at++
		}
		if key(t, at) == "by" {
			dated = slices.ContainsFunc(dates, func(d dateExpr) bool {
				return d.start > signed && d.end <= at && !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && !a.old(d.past)
			})
			if dated {
				by = at + 1
			}
		}
	}
	if leadSigned && signed > 0 && by < 0 {
		// "The MoU was signed at the ACU headquarters in Phnom Penh by A
		// and B": the place between the verb and its agents.
		if at := signedBy(t, signed); at > 0 && at-signed <= 14 {
			by = at
		}
	}
	// Or "A yesterday witnessed the signing of an agreement between two
	// companies. The agreement was signed in Vientiane by B and C, in the
	// presence of Mr A and D": the ceremony the sentence before told.
	present := !witnessed && !leadSigned && !dated && signed > 0 && si > 0 && hasPhrase(t, "presence", "of") &&
		hasPhrase(a.toks[si-1], "witnessed", "the", "signing")
	if present && by < 0 {
		if at := signedBy(t, signed); at > 0 && at-signed <= 14 {
			by = at
		}
	}
	// Or "The document was signed in Sen Monorom by A, director of …, and
	// B, director of …, in the presence of C and D", the story's first
	// meeting: a ceremony of the four.
	presentHere := !witnessed && !dated && !present && signed > 0 && hasPhrase(t, "presence", "of") && a.lastPast() == nil
	if presentHere && by < 0 {
		if at := signedBy(t, signed); at > 0 && at-signed <= 14 {
			by = at
		}
	}
	// Or "The agreements were signed in the presence of A, Gov. B and C,
	// who together watched the companies sign": those named witnessed it
	// together, the signatories being no one named.
	presenceOnly := false
	if signed > 1 && by < 0 && hasPhraseAt(t, signed+1, "in", "the", "presence", "of") && key(t, signed-2) != "that" && key(t, signed-2) != "which" {
		// Not "a declaration that was signed in the presence of Trump,
		// Anutin said": a document's past.
		presenceOnly, by = true, signed+5
	}
	// Or "The deal was signed by A and B. The exchange was witnessed by C
	// and D": the witnesses the next sentence names were at the table.
	witnessedNext := !witnessed && !dated && !present && !presentHere && by > 0 && si+1 < len(a.toks) && witnessedBySubject(a.toks[si+1]) > 0
	if by < 0 || !witnessed && !leadSigned && !dated && !present && !presentHere && !witnessedNext && !presenceOnly {
		return false
	}
	var pair []string
	for _, m := range ms {
		if m.start >= by && m.slug != "" && !m.excluded && m.group == nil && governedFrom(t, by, m.start) && !slices.Contains(pair, m.slug) {
			pair = append(pair, m.slug)
		}
	}
	switch {
	case witnessed && len(pair) == 2:
		if c1, c2 := a.countryOf(pair[0]), a.countryOf(pair[1]); c1 == "" || c1 == c2 {
			return false
		}
	case dated && len(pair) == 2:
		if a.countryOf(pair[0]) == a.countryOf(pair[1]) {
			return false // two of one country, or of none known: a deal of a ministry's own
		}
	case present && len(pair) == 2, witnessedNext && len(pair) == 2, presentHere && len(pair) == 2:
	case presenceOnly && len(pair) >= 2 && !a.allOfOneCountry(pair):
	case leadSigned && len(pair) >= 3:
		if a.countriesOf(pair) < 3 {
			return false
		}
	case leadSigned && len(pair) == 2 && (a.countryOf(pair[0]) != a.countryOf(pair[1]) || a.countryOf(pair[0]) == ""):
		// "The ACU and Vietnam's inspectorate yesterday signed an MoU …
		// The MoU was signed at the ACU headquarters by A and B": the
		// two countries' signatories the lead's signing dated.
	case leadSigned && len(pair) == 2 && hasPhrase(t, "witnessed", "by"):
		// "The agreement was inked by A and B, and witnessed by Prime
		// Minister C and his counterpart D": the signatories before their
		// leaders, whom the lead's signing dated.
	default:
		return false
	}
	if leadSigned {
		// "by A and B, who arrived in the Kingdom on Tuesday": the day of
		// a clause about a signatory is not the signing's.
		dates = slices.DeleteFunc(slices.Clone(dates), func(d dateExpr) bool { return afterRelative(t, signed, d.start) })
	}
	c := a.heldAtVerb(si, t, ms, dates, signed, pair)
	if c == nil {
		return false
	}
	if k := a.signingLeadKind(si); leadSigned && k != relbot.KindInPerson && c.m.Kind == relbot.KindInPerson {
		// "… signed an MoU on Wednesday in a ceremony held by video
		// conference. The MoU was signed by A, from Phnom Penh, and B,
		// from Vientiane": how the lead's signing was held.
		c.m.Kind, c.m.Place, c.m.Venue = k, "", ""
	}
	witnesses(c, t, ms, by)
	c.join(a.lastNamed...)
	return true
}

// videoWords say a ceremony was held on screens.
var videoWords = set("video", "videoconference", "video-conference", "virtual", "virtually", "teleconference")

// signingLeadKind is how the signing the lead told was held: by video
// conference, by phone, or in person.
func (a *article) signingLeadKind(si int) relbot.Kind {
	k := a.signingLeadSent(si)
	if k < 0 || !hasAny(a.toks[k], 0, len(a.toks[k]), videoWords) {
		return relbot.KindInPerson // "as new capacity comes online" tells no ceremony
	}
	return sentenceKind(a.toks[k])
}

// guestsAtMeal reads "Both were guests the previous evening at a welcoming
// dinner hosted by Chief Minister C": the two of the meeting just told and
// the host met at the meal.
func (a *article) guestsAtMeal(si int, t []token, ms []mention, dates []dateExpr) bool {
	j := 0
	switch {
	case key(t, 0) == "both":
		j = 1
	case key(t, 0) == "the" && key(t, 1) == "two":
		j = 2
		if groupNouns[key(t, j)] || key(t, j) == "men" {
			j++
		}
	default:
		return false
	}
	if key(t, j) != "were" || !hasAny(t, j+1, min(len(t), j+4), guestWords) {
		return false
	}
	v := -1
	for k := j + 2; k+1 < len(t) && k < j+20; k++ {
		if (mealWords[t[k].key] || t[k].key == "reception") && key(t, k+1) == "hosted" && key(t, k+2) == "by" {
			v = k + 1
			break
		}
	}
	if v < 0 {
		return false
	}
	host := ""
	for _, m := range ms {
		if m.start > v && m.slug != "" && !m.excluded && m.group == nil {
			host = m.slug
			break
		}
	}
	two := a.lastGroup(2)
	if host == "" || len(two) != 2 || slices.Contains(two, host) {
		return false
	}
	return a.heldAtVerb(si, t, ms, dates, v, append(two, host)) != nil
}

// guestWords say who sat at a meal as guests.
var guestWords = set("guests", "guest")

// handedOver reads "A handed over relief supplies … to Vice Chairman B" at
// a border gate or a ceremony, or "A handed the nomination dossier to B":
// the giver and the one who received them met.
// A letter or a message handed over is no meeting of its sender.
func (a *article) handedOver(si int, t []token, ms []mention, dates []dateExpr) bool {
	// "handed over relief supplies to", "handed the dossier to"
	from := a.bodyStart(si) // "VIENTIANE – The handover took place …"
	if b := handoverBetween(t, from); b > 0 {
		var pair []string
		for _, m := range ms {
			if m.slug != "" && !m.excluded && m.group == nil && m.start > b && governedFrom(t, b+1, m.start) && !slices.Contains(pair, m.slug) {
				pair = append(pair, m.slug)
			}
		}
		if len(pair) != 2 {
			return false
		}
		return a.heldAtVerb(si, t, ms, dates, b, pair) != nil
	}
	v := indexAny(t, 1, len(t)-1, handedWords)
	if v < 0 {
		return false
	}
	if key(t, v-1) == "," && key(t, v+1) == "over" && key(t, v+2) == "by" && !hasAny(t, 0, v, letterWords) {
		// "Hun Sen presided over a ceremony to receive vaccines donated
		// by China, handed over by Ambassador Wang Wentian": the one the
		// sentence is about received them from the one named after "by".
		before := namedOnce(slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.start >= v }))
		giver, ok := objectAfter(t, ms, v+2, 4)
		if len(before) != 1 || !ok || giver.slug == before[0] {
			return false
		}
		return a.heldAtVerb(si, t, ms, dates, v, []string{before[0], giver.slug}) != nil
	}
	if key(t, v-1) == "was" || key(t, v-1) == "were" {
		if hasAny(t, 0, v, letterWords) {
			return false // "The letter was handed over by A to B", as in the active voice
		}
		giver, taker := handedOverBy(t, ms, v)
		if giver == "" || taker == "" || giver == taker {
			return false
		}
		return a.heldAtVerb(si, t, ms, dates, v, []string{giver, taker}) != nil
	}
	to := -1
	for j := v + 1; j < len(t) && j < v+32; j++ {
		if letterWords[t[j].key] || t[j].key == "credentials" || t[j].key == "." || t[j].key == ";" {
			return false
		}
		if t[j].key == "to" {
			to = j
			break
		}
	}
	if to < 0 {
		return false
	}
	giver, taker := verbSubjectAndObject(t, ms, v, to, 10)
	if giver == "" || taker == "" || giver == taker {
		return false
	}
	people := []string{giver, taker}
	if co := coSubject(t, ms, giver, v); co != "" && co != taker {
		// "Chinese President Xi Jinping and US President Barack Obama
		// handed over documents … to Ban Ki-moon": both gave.
		people = []string{co, giver, taker}
	}
	return a.heldAtVerb(si, t, ms, dates, v, people) != nil
}

// coSubject returns who is named with "and" just before subject, the verb at
// v's, with only capitalised words (a title) between: "Xi Jinping and US
// President Barack Obama handed over …" gives Xi for Obama.
func coSubject(t []token, ms []mention, subject string, v int) string {
	for k, m := range ms {
		if m.slug != subject || m.end > v || k == 0 {
			continue
		}
		p := ms[k-1]
		if p.slug == "" || p.excluded || p.group != nil || key(t, p.end) != "and" {
			return ""
		}
		for j := p.end + 1; j < m.start; j++ {
			if !t[j].word || !t[j].upper {
				return ""
			}
		}
		return p.slug
	}
	return ""
}

// messageDelivered reads "A received a message from B, delivered by C": the
// sender stayed at home, but the messenger handed it to A in person.
func (a *article) messageDelivered(si int, t []token, ms []mention, dates []dateExpr) bool {
	r := indexAny(t, 0, len(t), receiveForms)
	if r < 0 || !hasAny(t, r+1, min(r+12, len(t)), letterWords) {
		return false
	}
	for v := r + 2; v+1 < len(t); v++ {
		if key(t, v-1) != "," || !deliveryVerbs[t[v].key] || key(t, v+1) != "by" {
			continue
		}
		host := namedOnce(slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.start >= r }))
		messenger, ok := objectAfter(t, ms, v+1, 8)
		if len(host) != 1 || !ok || messenger.slug == host[0] {
			return false
		}
		return a.heldAtVerb(si, t, ms, dates, r, []string{host[0], messenger.slug}) != nil
	}
	return false
}

// receivedFrom reads "A received the 332,000 doses from Ambassador B at a
// handover ceremony": goods handed from one person to another, in person.
// A country's receipt ("Cambodia received vaccines from Japan") names no one.
func (a *article) receivedFrom(si int, t []token, ms []mention, dates []dateExpr) bool {
	v := indexAny(t, 0, len(t), receiveForms)
	if v < 0 {
		return false
	}
	from := -1
	for j := v + 1; j < len(t) && j <= v+8; j++ {
		if t[j].key == "from" {
			from = j
			break
		}
		if letterWords[t[j].key] || !t[j].word && t[j].key != "," {
			return false
		}
	}
	if from < 0 || !hasAny(t, v+1, from, receivedThings) {
		return false
	}
	taker, giver := verbSubjectAndObject(t, ms, v, from, 8)
	if giver == "" || taker == "" || giver == taker {
		return false
	}
	return a.heldAtVerb(si, t, ms, dates, v, []string{taker, giver}) != nil
}

var (
	receiveForms  = set("received", "receives")
	deliveryVerbs = set("delivered", "conveyed", "brought", "presented")
)

// handedOverBy reads the passive "The aid was handed over by A, minister-
// counsellor of the embassy, to B, vice president of the society": the one
// named right after "by", and the one right after the "to" that follows
// him and his office.
func handedOverBy(t []token, ms []mention, v int) (giver, taker string) {
	by := -1
	for j := v + 1; j < len(t) && j <= v+2; j++ {
		if t[j].key == "by" {
			by = j
			break
		}
	}
	if by < 0 {
		return "", ""
	}
	g, ok := objectAfter(t, ms, by, 4)
	if !ok {
		return "", ""
	}
	for j := g.end; j < len(t) && j < g.end+25; j++ {
		if t[j].key == "." || t[j].key == ";" {
			break
		}
		if t[j].key == "to" {
			if r, ok := objectAfter(t, ms, j, 4); ok {
				return g.slug, r.slug
			}
			break
		}
	}
	return "", ""
}

// handoverBetween returns where "between" is in "The handover took place
// at the ministry yesterday, between A and B" (or "The handover ceremony
// was held …"), or -1: the two who gave and received met.
func handoverBetween(t []token, from int) int {
	j := from + 1
	switch {
	case key(t, from) != "the":
		return -1
	case key(t, j) == "handover" || key(t, j) == "hand-over" || key(t, j) == "handing-over":
		j++
	case key(t, j) == "handing" && key(t, j+1) == "over":
		j += 2
	default:
		return -1
	}
	if key(t, j) == "ceremony" {
		j++
	}
	if !(key(t, j) == "took" && key(t, j+1) == "place" || key(t, j) == "was" && key(t, j+1) == "held") {
		return -1
	}
	for k := j + 2; k < len(t) && k <= j+16; k++ {
		switch t[k].key {
		case "between":
			return k
		case ".", ";":
			return -1
		}
	}
	return -1
}

// handedWords say a thing was given to someone in person.
var handedWords = set("handed")

// verbSubjectAndObject returns the person named right before the verb at v,
// its subject, and the first one named within reach after the preposition
// at prep, its object ("A handed the dossier to B", "A toured the temple
// with B"); "" for one not named.
func verbSubjectAndObject(t []token, ms []mention, v, prep, reach int) (subject, object string) {
	at := timeBefore(t, v) // "A on Wednesday handed over …"
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.end <= at && m.end >= at-1 {
			subject = m.slug
		}
	}
	if o, ok := objectAfter(t, ms, prep, reach); ok {
		object = o.slug
	}
	return subject, object
}

// timeBefore returns where a day written between a subject and its verb at
// v starts ("on Wednesday", "yesterday"), or v.
func timeBefore(t []token, v int) int {
	switch k := key(t, v-1); {
	case isWeekday(k) && key(t, v-2) == "on":
		return v - 2
	case k == "yesterday" || k == "today":
		return v - 1
	}
	return v
}

// objectAfter returns the first person named within reach after the
// preposition at prep that it governs: "to B", "by A, minister-counselor
// of the embassy".
func objectAfter(t []token, ms []mention, prep, reach int) (mention, bool) {
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.start > prep && m.start <= prep+reach && governedFrom(t, prep+1, m.start) {
			return m, true
		}
	}
	return mention{}, false
}

// touredWith reads "he toured Ta Prohm with Hang Peou, director general of
// the APSARA authority": one who shows a visitor round a site meets him
// there. The guide must be named right after "with", and the visitor
// right before the verb (a pronoun standing for him counts).
func (a *article) touredWith(si int, t []token, ms []mention, dates []dateExpr) bool {
	v, with, visitor, guide := verbWithObject(t, ms, tourVerbs)
	if with < 0 {
		return false
	}
	if visitor == "" && (key(t, v-1) == "he" || key(t, v-1) == "she" || key(t, v-1) == "and" && pronounSubjectBefore(t, v)) {
		// "Margherita travelled to Siem Reap, where he toured …": the one
		// the sentence named before, or else its subject so far.
		if before := namedIn(ms, 0, v-1); len(before) == 1 {
			visitor = before[0]
		} else if len(before) == 0 {
			visitor = a.lastSubj
		}
	}
	if visitor == "" || guide == "" || visitor == guide {
		return false
	}
	c := a.heldAtVerb(si, t, ms, dates, v, []string{visitor, guide})
	if c == nil {
		return false
	}
	for j := 0; j+2 < v; j++ {
		// "she flew to Ho Chi Minh City and toured Cat Lai terminal with
		// …": the city she went to.
		if wentVerbs[t[j].key] && t[j+1].key == "to" {
			if city, _, ok := cities.match(t, j+2); ok {
				c.m.Place, c.m.Venue, c.placeRank = city, "", 3
			}
		}
	}
	return true
}

// touredTogether reads "Railway Minister A and Japanese Ambassador B on
// Tuesday inspected the construction of the Surat station" and "A on
// Thursday toured the freight station, accompanied by Chinese Ambassador B":
// officials of two countries who go round a site together meet there. The
// two must be the whole subject, or the one who came along named right after
// "accompanied by"; officials of one side touring together meet no one.
func (a *article) touredTogether(si int, t []token, ms []mention, dates []dateExpr) bool {
	v := -1
	for j := 1; j < len(t)-1 && v < 0; j++ {
		if jointTourVerbs[t[j].key] || t[j].key == "took" && t[j+1].key == "part" && ceremonyPartAfter(t, j+2) {
			v = j
		}
	}
	if v < 0 {
		return false
	}
	if key(t, v-1) == "jointly" {
		v-- // "A and B on Friday jointly inaugurated …"
	}
	// "The President and the Prime Minister launched …" stands for people
	// named before, perhaps in another story of the article.
	usable := func(m mention) bool {
		return m.slug != "" && !m.excluded && m.group == nil && !m.byRole && key(t, m.start-1) != "the" && key(t, m.start) != "the"
	}
	at, subject := timeBefore(t, v), a.subjectStart(si, t)
	var pair []string
	for i, m := range ms {
		if !usable(m) || m.end != at {
			continue
		}
		if i > 0 && usable(ms[i-1]) && key(t, ms[i-1].end) == "and" && titleWords(t, ms[i-1].end+1, m.start) && titleWords(t, subject, ms[i-1].start) {
			pair = []string{ms[i-1].slug, m.slug}
		} else if titleWords(t, subject, m.start) {
			if by := accompaniedByAfter(t, v); by > 0 {
				if o, ok := objectAfter(t, ms, by, 8); ok {
					pair = []string{m.slug, o.slug}
				}
			}
		}
	}
	if len(pair) != 2 || pair[0] == pair[1] {
		return false
	}
	if c1, c2 := a.sidesOf(pair[0], pair[1]); c1 == "" || c2 == "" || c1 == c2 {
		return false
	}
	return a.heldAtVerb(si, t, ms, dates, v, pair) != nil
}

// ceremonyPartAfter reports whether "took part" goes on, at i, to the
// ceremony it was in ("took part via video link in a ceremony launching
// …"): one event of the two sides. "A and B took part, as did …" joins a
// gathering told before, and "took part in sessions on food security" is a
// larger meeting's.
func ceremonyPartAfter(t []token, i int) bool {
	for j := i; j < len(t) && j < i+5; j++ {
		if t[j].key == "in" {
			for k := j + 1; k < len(t) && k <= j+4 && t[k].word; k++ {
				if t[k].key == "ceremony" {
					return true
				}
			}
			return false
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// jointTourVerbs say people went round a site, watched a show of it, or
// opened it, together; so does "took part in a ceremony".
var jointTourVerbs = set("toured", "inspected", "visited", "watched", "launched", "inaugurated", "unveiled", "opened")

// subjectStart returns where sentence si's subject starts: after its
// dateline and an opening "On Tuesday," or "Yesterday,".
func (a *article) subjectStart(si int, t []token) int {
	o := a.bodyStart(si)
	if key(t, o) == "on" && isWeekday(key(t, o+1)) && key(t, o+2) == "," {
		return o + 3
	}
	if (key(t, o) == "yesterday" || key(t, o) == "today") && key(t, o+1) == "," {
		return o + 2
	}
	return o
}

// titleWords reports whether t[lo:hi] holds only the words of an office:
// capitalised words and the few small ones offices are written with
// ("Ambassador to India", "Premier of the Democratic People's Republic").
func titleWords(t []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t[j].key == "(" && key(t, j+2) == ")" && t[j+1].upper {
			j += 2 // "Department of Transportation (DOTr) Secretary"
			continue
		}
		if !officeJoiners[t[j].key] && (!t[j].word || !t[j].upper) {
			return false
		}
	}
	return true
}

var officeJoiners = set("of", "to", "the", "for", "and", "'s")

// accompaniedByAfter returns where "by" stands in ", accompanied by" after
// the verb at v, or -1.
func accompaniedByAfter(t []token, v int) int {
	for j := v + 1; j+2 < len(t); j++ {
		if t[j].key == "," && t[j+1].key == "accompanied" && t[j+2].key == "by" {
			return j + 2
		}
	}
	return -1
}

// verbWithObject finds the first of verbs and the "with" after its object
// ("toured Ta Prohm with", "signed the agreements with"), the person named
// right before the verb and the first one right after "with"; with is -1
// when there is no such verb or no "with".
func verbWithObject(t []token, ms []mention, verbs map[string]bool) (v, with int, subject, object string) {
	if v = indexAny(t, 1, len(t)-1, verbs); v < 0 {
		return -1, -1, "", ""
	}
	if with = withAfterObject(t, v); with < 0 {
		return -1, -1, "", ""
	}
	subject, object = verbSubjectAndObject(t, ms, v, with, 6)
	return v, with, subject, object
}

// withAfterObject returns where "with" follows the object of the verb at v
// ("toured Ta Prohm with", "signed two supplementary treaties on the border
// with"), within eight words and no punctuation, or -1.
func withAfterObject(t []token, v int) int {
	for j := v + 1; j < len(t) && j <= v+8; j++ {
		if t[j].key == "with" {
			return j
		}
		if !t[j].word && t[j].key != "'s" {
			return -1
		}
	}
	return -1
}

// signedWith reads "Lee signed the agreements with European Council
// President Tusk and Commission President Juncker at the Europa building":
// those of two countries who sign a text together sit at one table. The
// subject must be named right before the verb and the other side right
// after "with"; "signed a deal with Cambodia" or with a company names no
// one who met.
func (a *article) signedWith(si int, t []token, ms []mention, dates []dateExpr) bool {
	v, with, signer, other := verbWithObject(t, ms, signedWords)
	if signer == "" || other == "" || signer == other {
		return false
	}
	if c1, c2 := a.sidesOf(signer, other); c1 == c2 || (c1 == "" || c2 == "") && !hasAny(t, with, len(t), counterpartWord) {
		return false // a ministry's own contract, or sides the text does not tell apart
	}
	pair := []string{signer}
	for _, m := range ms {
		if m.start > with && m.slug != "" && !m.excluded && m.group == nil && governedFrom(t, with+1, m.start) && !slices.Contains(pair, m.slug) {
			pair = append(pair, m.slug)
		}
	}
	return a.heldAtVerb(si, t, ms, dates, v, pair) != nil
}

// pronounSubjectBefore reports whether a sentence opens, after a few words
// of when, with "he" or "she" as the subject of the verbs up to v: "On
// Tuesday she flew to Ho Chi Minh City and toured …".
func pronounSubjectBefore(t []token, v int) bool {
	for j := 0; j < v && j <= 4; j++ {
		if t[j].key == "he" || t[j].key == "she" {
			return !hasAny(t, j+1, v, clauseBreaks)
		}
	}
	return false
}

// wentVerbs say a visitor went somewhere: "flew to Ho Chi Minh City".
var wentVerbs = set("flew", "travelled", "traveled", "went", "headed", "drove", "moved", "continued")

// tourVerbs say a visitor went round a site.
var tourVerbs = set("toured", "inspected")

// witnessedBySubject returns where the names start when t opens "The
// signing (exchange, ceremony) was (also) witnessed by", or -1.
func witnessedBySubject(t []token) int {
	j := 0
	if key(t, 0) == "the" {
		j = 1
	}
	switch key(t, j) {
	case "signing", "exchange", "ceremony":
	default:
		return -1
	}
	j++
	if key(t, j) == "ceremony" {
		j++
	}
	if key(t, j) == "," {
		// "The signing, at the Kuala Lumpur Convention Centre, was
		// witnessed by": over the aside of where.
		if c := nextComma(t, j+1); c > 0 && c < j+12 {
			j = c + 1
		}
	}
	if key(t, j) != "was" {
		return -1
	}
	j++
	if key(t, j) == "also" {
		j++
	}
	if key(t, j) != "witnessed" || key(t, j+1) != "by" {
		return -1
	}
	return j + 2
}

// signingWitnessed reads "The signing (exchange) was witnessed by X" right after a
// sentence that told a signing of two or more: X was at the table.
func (a *article) signingWitnessed(si int, t []token, ms []mention) bool {
	if len(a.cands) == 0 || si == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	if c.m.Status != relbot.StatusPast || len(c.slugs) < 2 || c.lastTold() != si-1 || !hasAny(a.toks[si-1], 0, len(a.toks[si-1]), signedWords) {
		return false
	}
	var more []string
	if by := witnessedBySubject(t); by >= 0 {
		for _, m := range ms {
			if m.start >= by && m.slug != "" && !m.excluded && m.group == nil && governedFrom(t, by, m.start) {
				more = append(more, m.slug)
			}
		}
	} else if w := witnessedTheSigning(t); w > 0 {
		// "Minister A and Administrator B witnessed the signing and held
		// talks afterwards": its subjects.
		more = namedIn(ms, 0, w)
	}
	if len(more) == 0 {
		return false
	}
	c.join(more...)
	c.told = si
	return true
}

// witnessedTheSigning returns where "witnessed" stands in "A and B
// witnessed the signing (the exchange, the ceremony)", or -1.
func witnessedTheSigning(t []token) int {
	for j := 1; j+2 < len(t); j++ {
		if t[j].key == "witnessed" && t[j+1].key == "the" {
			switch t[j+2].key {
			case "signing", "exchange", "ceremony":
				return j
			}
		}
	}
	return -1
}

// signingLead reports whether a sentence before si, among the first three,
// told a signing that named no one: "Energy ministers from Laos, Thailand,
// Malaysia and Singapore on Thursday signed an agreement".
func (a *article) signingLead(si int) bool { return a.signingLeadSent(si) >= 0 }

// signingLeadSent returns the sentence of the first three, before si, that
// told a signing and named no one, or only the one who signed ("Defence
// Minister Luis Petri on Tuesday signed the purchase of 24 jets … The
// agreement was signed in Copenhagen by Petri and his Danish counterpart"),
// or -1.
func (a *article) signingLeadSent(si int) int {
	for k := 0; k < si && k < 3; k++ {
		if hasAny(a.toks[k], 0, len(a.toks[k]), signedWords) && (a.namedPerSent[k] == 0 || a.namedPerSent[k] == 1 && subjectSigned(a.afterDateline(k))) {
			return k
		}
	}
	return -1
}

// subjectSigned reports whether a sentence's verb "signed" follows its
// subject and a time at most: "Defence Minister Luis Petri on Tuesday signed
// the purchase".
func subjectSigned(t []token) bool {
	for j := 1; j < len(t) && j < 14; j++ {
		if signedWords[t[j].key] && key(t, j+1) == "the" {
			return t[j-1].upper || isWeekday(t[j-1].key) || key(t, j-1) == "yesterday" || key(t, j-1) == "today"
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// allOfOneCountry reports whether every one of slugs is of the same known
// country, or none is known: a ministry's own ceremony.
func (a *article) allOfOneCountry(slugs []string) bool {
	first := a.countryOf(slugs[0])
	for _, s := range slugs[1:] {
		if a.countryOf(s) != first {
			return false
		}
	}
	return true
}

// countriesOf counts the distinct known countries of slugs.
func (a *article) countriesOf(slugs []string) int {
	var seen []string
	for _, s := range slugs {
		if c := a.countryOf(s); c != "" && !slices.Contains(seen, c) {
			seen = append(seen, c)
		}
	}
	return len(seen)
}

var signedWords = set("signed", "inked")

// hasPhraseAt reports whether the words stand one after another from i.
func hasPhraseAt(t []token, i int, words ...string) bool {
	for k, w := range words {
		if key(t, i+k) != w {
			return false
		}
	}
	return true
}

// hasPhrase reports whether the words stand one after another in t.
func hasPhrase(t []token, words ...string) bool {
	for j := 0; j+len(words) <= len(t); j++ {
		if hasPhraseAt(t, j, words...) {
			return true
		}
	}
	return false
}

// witnesses adds to a signing those who watched it: "signed a declaration
// in a ceremony witnessed by Trump and Anwar", "in the presence of Prime
// Minister X". They stood with the signatories, as a meeting's members do.
func witnesses(c *cand, t []token, ms []mention, from int) {
	at, until := -1, len(t)
	for j := from; j+1 < len(t); j++ {
		if t[j].key == "witnessed" && t[j+1].key == "by" || t[j].key == "presence" && key(t, j-1) == "the" && key(t, j-2) == "in" && t[j+1].key == "of" {
			at = j + 2
			break
		}
		if t[j].key == "with" && key(t, j-1) == "," {
			// "…, with Trump and Anwar (, who brokered the truce,) looking
			// on", "… standing beside them", "… as witnesses"
			if w := watchingAfter(t, j+1); w > 0 {
				at, until = j+1, w
				break
			}
		}
	}
	if at < 0 {
		return
	}
	for _, m := range ms {
		if m.start >= at && m.start < until && m.slug != "" && !m.excluded && m.group == nil && governedFrom(t, at, m.start) {
			c.join(m.slug)
		}
	}
}

// witnessedSigning returns the held meeting told in the sentence before si
// when that sentence says its people witnessed a signing: "Trump and Anwar
// yesterday witnessed the signing of a joint declaration", or nil.
func (a *article) witnessedSigning(si int) *cand {
	n := len(a.cands)
	if n == 0 || si < 1 {
		return nil
	}
	c := a.cands[n-1]
	if c.sent != si-1 || c.m.Status != relbot.StatusPast {
		return nil
	}
	if prev := a.toks[si-1]; hasPhrase(prev, "witnessed", "the", "signing") || hasPhrase(prev, "witness", "the", "signing") {
		return c
	}
	return nil
}

// watchingAfter returns where "looking on", "watching", "standing beside"
// or "as witnesses" ends the list that starts at from, or -1.
func watchingAfter(t []token, from int) int {
	for j := from; j < len(t) && j < from+30; j++ {
		switch t[j].key {
		case "looking", "watching", "standing", "looked", "watched", "stood":
			return j
		case "as":
			if key(t, j+1) == "witnesses" || key(t, j+2) == "witnesses" {
				return j
			}
		case ".", ";":
			return -1
		}
	}
	return -1
}

// atTheirMeeting reports whether the date at i follows "at their summit"
// (at or during the meeting of those who agreed): "agreed to restart
// cooperation at their summit outside San Francisco in November" dates that
// summit, not a plan.
func atTheirMeeting(t []token, i int) bool {
	for j := i - 1; j >= 2 && j >= i-6; j-- {
		if meetingNouns[t[j].key] && (key(t, j-1) == "their" || key(t, j-1) == "the") && (key(t, j-2) == "at" || key(t, j-2) == "during") {
			return true
		}
	}
	return false
}

// inRelativeAside reports whether the token at i lies in ", who …" or ",
// which …" set off by commas after the verb at v.
func inRelativeAside(t []token, v, i int) bool {
	for j := i - 1; j > v && j >= i-12; j-- {
		if t[j].key == "," {
			if k := key(t, j+1); k != "who" && k != "which" && k != "whose" {
				return false
			}
			c := nextComma(t, i)
			return c > i
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// governedFrom reports whether only names, titles and the words that join
// them lie between from and start: the name at start is still in the list
// that began at from.
func governedFrom(t []token, from, start int) bool {
	for j := from; j < start; j++ {
		if t[j].key == "to" && j+1 < start && (t[j+1].upper || t[j+1].key == "the" && j+2 < start && t[j+2].upper) {
			continue // "Vietnamese Ambassador to Cambodia Nguyen Minh Vu", "Ambassador of Thailand to the Lao PDR"
		}
		if t[j].key == "as" && key(t, j+1) == "well" && key(t, j+2) == "as" {
			j += 2 // "by Retno, as well as Wong"
			continue
		}
		if t[j].key == "attended" && key(t, j-1) == "and" {
			// "chaired by A and attended in person by B and C": the list
			// goes on after its second verb.
			k := j + 1
			if key(t, k) == "in" && key(t, k+1) == "person" {
				k += 2
			}
			if key(t, k) == "by" && k < start {
				j = k
				continue
			}
		}
		if t[j].key == "from" && key(t, j-1) == "," && j+1 < start && t[j+1].upper {
			continue // "by A, Governor of the NBC, from Phnom Penh, and B": where each signed
		}
		if t[j].word && !t[j].upper && t[j].key != "and" && t[j].key != "the" && t[j].key != "of" && t[j].key != "'s" && t[j].key != "for" &&
			!(t[j].key == "by" && key(t, j-1) == "and") && // "attended by Sokhonn and by Parnpree"
			!(j > from && nameLink(t, j-1, j)) && // "by Prince Abdulaziz bin Salman and …"
			!officeVocabulary[t[j].key] && // "by Thongloun, general secretary of the LPRP, To Lam, …"
			!counterpartWords[t[j].key] && // "by Retno and her Australian counterpart Penny Wong"
			!(adminUnits[t[j].key] && j > from && t[j-1].upper) { // "Chan Rithy, Governor of Mondulkiri province, and …"
			return false
		}
	}
	return true
}

// counterpartWords name someone by the one they match: "her Australian
// counterpart Penny Wong".
var counterpartWords = set("his", "her", "their", "counterpart", "counterparts")

var agreementVerbs = set("agreed", "pledged", "vowed", "reaffirmed", "signed", "discussed", "adopted", "witnessed", "hailed", "upgraded", "elevated", "announced")

// witnessedSigners joins to the meeting just reported the signatories of
// the signing its people witnessed: "After the talks, the two leaders
// witnessed the signing of the agreement by Trade Minister A and his
// counterpart B", or, when that sentence names no signer, the sentence
// after it: "The FIR accord was signed by A and B; the defence pact by C
// and D." Signatories sign at the leaders' table: one ceremony of them all.
func (a *article) witnessedSigners(si int, t []token, ms []mention, dates []dateExpr) bool {
	c := a.witnessCand
	if c == nil || a.witnessSent != si-1 {
		// "A and B witnessed the signing of two agreements", the meeting
		// that sentence itself reported.
		c = a.witnessedSigning(si)
	}
	if c != nil {
		if by := signedBy(t, 0); by >= 0 {
			a.witnessCand = nil
			placeFromIn(c, t, by)
			return joinSigners(c, t, ms, by)
		}
	}
	w := -1
	for j := 1; j+2 < len(t); j++ {
		if t[j].key == "witnessed" && t[j+1].key == "the" && witnessedActs[t[j+2].key] {
			w = j
			break
		}
	}
	if w < 0 {
		return false
	}
	c = a.lastPast()
	if c == nil || si-c.lastTold() > 8 || c.m.Kind != relbot.KindInPerson {
		return false
	}
	for _, d := range dates {
		if !d.past.IsZero() && d.past != c.m.Date || !d.future.IsZero() && d.past.IsZero() {
			// "On Tuesday the two leaders witnessed …" after Monday's
			// talks is a ceremony of its own day.
			return false
		}
	}
	subject := false
	for _, m := range ms {
		if m.start >= w {
			break
		}
		switch {
		case m.excluded:
		case m.group != nil && len(m.group) >= 2 && subset(m.group, c.slugs), m.slug != "" && slices.Contains(c.slugs, m.slug):
			subject = true
		default:
			return false // "Hun Manet and Anutin witnessed …" after a meeting of others
		}
	}
	if !subject {
		return false
	}
	a.witnessCand, a.witnessSent = c, si
	// A sentence that names no signer reads on as any other.
	by := signedBy(t, w+2)
	return by >= 0 && joinSigners(c, t, ms, by)
}

// placeFromIn places, when its own sentence did not, a meeting a later
// sentence tells more of, with "in" a city before to: "The documents were
// signed in Hanoi by A and B", "A, flanked by B and C, told reporters at his
// official residence in Putrajaya".
func placeFromIn(c *cand, t []token, to int) {
	if c.placeRank >= 2 || c.m.Kind != relbot.KindInPerson {
		return
	}
	for j := 1; j < to; j++ {
		if t[j-1].key != "in" {
			continue
		}
		if city, _, ok := cities.match(t, j); ok && t[j].upper {
			c.m.Place, c.placeRank = city, 2
			return
		}
	}
}

// witnessedActs are what leaders are said to have witnessed at a signing.
var witnessedActs = set("signing", "exchange", "inking", "handover", "handing")

// signedBy returns the index after the "by" or "between" that names who
// signed or exchanged the documents, from from on, or -1: "was signed by",
// "inked by", "the signing of the MoU by", "exchanged between".
func signedBy(t []token, from int) int {
	for j := from; j+1 < len(t); j++ {
		if t[j].key != "by" && t[j].key != "between" {
			continue
		}
		for k := j - 1; k >= from && k >= j-25; k-- {
			if k < j-1 && t[k].key == "." {
				break
			}
			if k := t[k].key; signedWords[k] || witnessedActs[k] || k == "exchanged" {
				return j + 1
			}
		}
	}
	return -1
}

// joinSigners joins to c the people named from by on and reports whether
// anyone was.
func joinSigners(c *cand, t []token, ms []mention, by int) bool {
	joined := false
	for _, m := range ms {
		if m.start >= by && m.slug != "" && !m.excluded && m.group == nil {
			c.join(m.slug)
			joined = true
		}
	}
	return joined
}

// lastPast returns the latest meeting reported as held, past those recalled
// or planned since, or nil.
func (a *article) lastPast() *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		if a.cands[k].m.Status == relbot.StatusPast {
			return a.cands[k]
		}
	}
	return nil
}

// signedAlongside reads "Xanana Gusmao signed the accession declaration
// alongside Anwar, Lawrence Wong and Marcos": the signatory and those he
// signed beside met at the ceremony.
func (a *article) signedAlongside(si int, t []token, ms []mention, dates []dateExpr) bool {
	v := indexAny(t, 1, len(t), signedWords)
	if v < 0 {
		return false
	}
	along := -1
	for j := v + 1; j+1 < len(t) && j <= v+14; j++ {
		if k := t[j].key; k == "." || k == ";" || k == "," && !t[j+1].word {
			break
		}
		if t[j].key == "alongside" || (t[j].key == "along" || t[j].key == "together") && t[j+1].key == "with" {
			along = j + 1
			if t[j].key != "alongside" {
				along++
			}
			break
		}
	}
	if along < 0 {
		return false
	}
	subject := ""
	var who []string
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil {
			continue
		}
		switch {
		case m.start < v && subject == "":
			subject = m.slug
		case m.start >= along && governedFrom(t, along, m.start) && m.slug != subject && !slices.Contains(who, m.slug):
			who = append(who, m.slug)
		}
	}
	if subject == "" || len(who) == 0 || hasAny(t, 0, v, relativeWords) {
		// "Dung, who signed the agreement for the government, attended
		// the meeting alongside Huang": the signing is the aside's.
		return false
	}
	// "…, who takes over the ASEAN chair next year": the relative
	// clause's day is its own.
	dates = slices.DeleteFunc(slices.Clone(dates), func(d dateExpr) bool { return afterRelative(t, v, d.start) })
	return a.heldAtVerb(si, t, ms, dates, v, append([]string{subject}, who...)) != nil
}

// heldNouns are the meetings a relative clause can tell who held: "the
// videoconference that A held on Monday with B".
var heldNouns = set("talks", "meeting", "call", "videoconference", "discussion", "discussions", "consultations")

// nounHeldWith reads a meeting the sentence names as a thing and tells in a
// clause of its own: "The meeting followed the videoconference that
// Secretary A held on Monday with Canada's Minister B, in which …".
func (a *article) nounHeldWith(si int, t []token, ms []mention, dates []dateExpr) bool {
	for j := 1; j+3 < len(t); j++ {
		if !heldNouns[t[j].key] || key(t, j-1) != "the" && key(t, j-1) != "a" {
			continue
		}
		at := j + 1
		if key(t, at) == "that" || key(t, at) == "which" {
			at++
		}
		var first *mention
		for k := range ms {
			m := &ms[k]
			if m.slug == "" || m.excluded || m.group != nil || m.start < at {
				continue
			}
			if m.start > at+3 || slices.ContainsFunc(t[at:m.start], func(w token) bool { return !w.word }) {
				break // "on the eve of the meeting, Wang held …": no clause of the noun's
			}
			first = m
			break
		}
		if first == nil {
			continue
		}
		v := first.end
		if k := key(t, v); k != "held" && k != "had" && k != "conducted" {
			continue
		}
		with := -1
		for k := v + 1; k < len(t) && k <= v+6; k++ {
			if t[k].key == "with" {
				with = k
				break
			}
			if !t[k].word || intentWords[t[k].key] {
				break // "a meeting Obama had planned to hold on Tuesday with …"
			}
		}
		if with < 0 {
			continue
		}
		slugs := []string{first.slug}
		for _, m := range ms {
			if m.slug == "" || m.excluded || m.group != nil || m.start <= with || slices.Contains(slugs, m.slug) {
				continue
			}
			if m.start > with+16 || hasAny(t, with, m.start, clauseWords) || len(slugs) > 1 && !hasAny(t, with, m.start, andWords) {
				break
			}
			slugs = append(slugs, m.slug)
		}
		if len(slugs) > 1 {
			return a.heldAtVerb(si, t, ms, dates, v, slugs) != nil
		}
	}
	return false
}

// clauseWords end the list of those met after "with": a new clause, a
// place or a day ("with B in Ottawa on Monday").
var clauseWords = set(".", ";", "which", "who", "where", "while", "in", "at", "on")

// andWords join the next one met to the list.
var andWords = set("and")

// intentWords make a verb of holding a plan: "had planned to hold".
var intentWords = set("planned", "to", "hoped", "wanted", "intended", "expected", "sought", "been", "agreed", "proposed")

// heldAtVerb adds the meeting of slugs that the verb at v tells, dated and
// placed by its sentence, and returns it; nil when the verb is negated or
// tells no meeting held.
func (a *article) heldAtVerb(si int, t []token, ms []mention, dates []dateExpr, v int, slugs []string) *cand {
	h := hit{tr: trigger{form: trigVerb}, start: v, end: v + 1, light: -1}
	// "handed the documents to Ban at a ceremony in Hangzhou, which is
	// hosting a summit on Sunday": the relative clause's day is its own.
	dates = slices.DeleteFunc(slices.Clone(dates), func(d dateExpr) bool { return d.start > v && afterRelative(t, v, d.start) })
	if negated(t, h) || a.status(t, h, dates, nil) != relbot.StatusPast {
		return nil
	}
	return a.agreedCand(si, t, ms, dates, h, slugs)
}

// afterRelative reports whether i stands in a relative clause that opens
// after v with ", who" or ", which".
func afterRelative(t []token, v, i int) bool {
	for j := i - 1; j > v; j-- {
		if t[j].key == "," && (key(t, j+1) == "who" || key(t, j+1) == "which") {
			return true
		}
	}
	return false
}
