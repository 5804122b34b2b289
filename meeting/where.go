package meeting

import "strings"

// Places: the city and venue of a meeting.

// placeIn reads where a meeting took place from its clause, t[from:hi].
// rank says how sure the place is: 3 a city in the clause, 2 a venue of one
// city, 1 the dateline or a venue that several capitals have. A city counts
// only where it is written as a place ("in Hanoi", "at Phnom Penh",
// "leaving Hanoi", "here"), never inside a person's name ("Huệ") or as an
// adjective ("Singapore Prime Minister", "the Sihanoukville Autonomous Port").
func (a *article) placeIn(t []token, h hit, from, hi int, ms []mention) (place, venueName string, rank int) {
	type found struct {
		city string
		at   int
	}
	inName := func(j int) bool {
		for _, m := range ms {
			if j >= m.start && j < m.end && (m.slug != "" || m.group != nil) {
				return true
			}
		}
		return false
	}
	var cs, unknown []found
	building := false                     // the venue is a building the table lacks, with no city of its own
	officeCity := ""                      // a city skipped as where someone's institution is
	otherEvent := priorEventCut(t, h.end) // ", after …": another event's words follow
	paren := 0
	for j := from; j < hi; j++ {
		switch t[j].key {
		case "(":
			paren++
		case ")":
			paren = max(paren-1, 0)
		}
		if paren > 0 {
			// "on Tuesday (Wednesday in Manila)": a reader's clock, not
			// the place.
			continue
		}
		if t[j].key == "to" && j+1 < len(t) && t[j+1].word && !t[j+1].upper && agreedJustBefore(t, j) {
			// "A and B agreed Thursday to speed up railway projects in and
			// around Manila": what they agreed on, not where they met;
			// "…, at the summit held in Faro" after a comma is again the
			// meeting's.
			c := nextComma(t, j+1)
			for c >= 0 && c < hi && agreementGoesOn[key(t, c+1)] {
				// ", including the Vung Ang port in Ha Tinh province": the
				// agreement's words go on.
				c = nextComma(t, c+1)
			}
			if c < 0 || c >= hi {
				break
			}
			j = c
			continue
		}
		if j > h.end && saidClauseAt(t, j) {
			// "met Greer at his office on Tuesday, spokeswoman Michelle
			// Lee told a news conference in Taipei": where it was told.
			break
		}
		if j > h.end && topicAt(t, j) {
			// "held a closed-door discussion at the park on expanding
			// the programme to coastal areas in North Sumatra": the
			// topic's places follow.
			break
		}
		if gate := borderGate(t, j); gate != "" && !inName(j+2) {
			// "at the Moc Bai international border gate": the gate's
			// town, over the provinces the officials' titles name.
			return gate, venueName, 3
		}
		if v, end, ok := venueNamed(t, j); ok {
			if sourceWords[key(t, end)] || saidWords[key(t, end)] || venueChiefs[key(t, end)] || accordingTo(t, j) {
				// "a White House official said", "as Malacañang said the
				// trip had yielded …": the source, not the place.
				j = end - 1
				continue
			}
			if venueName == "" {
				venueName = v.name
				if venueSeats[v.name] == nil {
					place, rank = v.city, 2
				} else if named, ok := namedVenueBefore(t, j, end); ok {
					// "at the Merdeka presidential palace" is the Merdeka
					// Palace.
					venueName, place, rank = named.name, named.city, 2
				} else if c, ok := cityBefore(t, j); ok {
					// "at the Bogor Presidential Palace"
					place, rank = c, 2
					if _, known := tableCity(c); capitalOf[a.dlCity] != "" && strings.Contains(c, " ") && !known {
						// "DILI — … at the Nicolau Lobato Presidential
						// Palace": named after a person, in the capital
						// (one unknown word, "the Baabda Presidential
						// Palace", is more likely its town).
						place = a.dlCity
					}
				}
			} else if building && rank < 2 && venueSeats[v.name] == nil && v.city != "" {
				// "at Blair House, the President's guest house across
				// from the White House": the landmark's city.
				place, rank = v.city, 2
			}
			j = end - 1
			continue
		}
		if v, end, ok := buildingNamed(t, j); ok && venueName == "" && !inName(j) && !sourceWords[key(t, end)] && !saidWords[key(t, end)] && !venueChiefs[key(t, end)] {
			// Only the venue: the words go on to be read for a city as
			// before ("at Seoul City Hall" is in Seoul).
			venueName, building = v, true
			if c, cend, ok := cities.match(t, j); ok && cend < end && place == "" {
				// "at Prague Castle": a building named after its city
				// is in it, unless the clause names another.
				place, rank = c, 2
			}
		}
		if c, end, ok := cities.match(t, j); ok && (t[j].upper || end-j > 1) && !inName(j) {
			if key(t, end) == "-" || key(t, j-1) == "-" {
				j = end - 1
				continue // "Phnom Penh-Bavet expressway"
			}
			if j > h.end && key(t, j-1) == "in" && madeAfterNoun(t, j-2) && !t[j-3].upper {
				// "held talks on the framework adopted in Montreal": where
				// the thing was made.
				j = end - 1
				continue
			}
			if withinQuote(t, j) {
				// `"With what's happening in Washington, …," Guilbeault
				// told CBC News after the meeting`: a place spoken of.
				j = end - 1
				continue
			}
			if key(t, j-1) == "in" && officeOfNamed(t, ms, j-1) {
				// "Dr. Seng Vuthy, Rector of the Prek Leap National
				// Institute of Agriculture in Phnom Penh": where his
				// institute is, not where they met.
				if officeCity == "" {
					officeCity = c
				}
				j = end - 1
				continue
			}
			if h.tr.form == trigNoun && h.definite && reportedAfter(t, h.end, j) {
				// "Speaking after the meeting, Vannak said the sides had
				// discussed scholarships at academies in Ho Chi Minh
				// City": what was said, not where they met.
				j = end - 1
				continue
			}
			if j > h.end && secondVerbBefore(t, h.end, j) {
				// "in Ho Chi Minh City, A met B, and invited the city's
				// businesses to invest in Bavet": the second verb's place.
				j = end - 1
				continue
			}
			if j > h.end && j > otherEvent {
				// "held talks yesterday, after storm Yagi triggered the
				// worst flooding in decades in Chiang Rai": the other
				// event's place.
				j = end - 1
				continue
			}
			if key(t, j-1) == "in" && arrivalGerunds[key(t, j-2)] && j < h.start && hasAny(t, end, h.start, whereWord) {
				// "a day after arriving in Jakarta, X visited the campus in
				// Depok, where he met Y": the journey's city, not the one
				// the "where" is of.
				j = end - 1
				continue
			}
			if sinceBefore(t, h.end, j) {
				// "for a four-way meeting, their first since the change of
				// administration in Washington": the since's place.
				j = end - 1
				continue
			}
			if asPlace(t, j, end) || key(t, j-1) == "in" && j >= 2 && (passiveHosts[key(t, j-2)] || key(t, j-2) == "met") && (inName(end) || end < len(t) && t[end].upper && t[end].word) {
				// "he received in Hanoi Chhim Sokhan", "received in Ho Chi
				// Minh City General Secretary …": the city before the
				// guest's name or title is where, no adjective of it.
				cs = append(cs, found{c, j})
			}
			j = end - 1
			continue
		}
		if t[j].key == "here" && a.dlCity != "" && j > h.start {
			cs = append(cs, found{a.dlCity, j})
		}
		if city, end := capitalAt(t, j); city != "" {
			cs = append(cs, found{city, j})
			j = end
			continue
		}
		if (t[j].key == "to" && (key(t, j-1) == "travelled" || key(t, j-1) == "traveled" || key(t, j-1) == "went") || t[j].key == "in" && (key(t, j-1) == "was" || key(t, j-1) == "were")) && j > 0 && j < h.start {
			// "travelled to Tongyeong, where she met …", "the governor was
			// in Miri, where he met …": a town the tables lack, named as
			// the meeting's.
			if c, end := unknownCity(t, j+1); c != "" && key(t, end) == "," && key(t, end+1) == "where" && !inName(j+1) {
				unknown = append(unknown, found{c, j + 1})
				j = end - 1
				continue
			}
		}
		if t[j].key == "of" && (key(t, j-1) == "town" || key(t, j-1) == "city") && townNamedAfter(t, j-1) {
			// "met in the Thai border town of Chiang Saen", "in the
			// southern Portuguese city of Faro": a town the tables lack.
			if c, end := unknownCity(t, j+1); c != "" && !inName(j+1) {
				unknown = append(unknown, found{c, j + 1})
				j = end - 1
				continue
			}
		}
		if t[j].key == "in" && (j > h.start || townOfProvince(t, j+1)) && !venueAt(t, j+1) {
			// "in Downing Street" is the venue's, read next.
			// "at the presidential office in Yongsan", under a SEOUL
			// dateline or in a story set in Seoul: a building's district,
			// not another city; but
			// "at the committee's headquarters in Tan An city" names one.
			c, end := unknownCity(t, j+1)
			if whole := cityOfDistrict(t, end); c != "" && whole != "" && !inName(j+1) {
				// "at the ministry's office in Kuningan, South Jakarta": a
				// district, then the city it is part of.
				cs = append(cs, found{whole, j + 1})
				j = end - 1
				continue
			}
			district := (a.dlCity != "" || a.leadCity != "" || capitals[a.visitTo] != "") && (buildingWords[key(t, j-1)] || key(t, j-1) == "complex") && key(t, end) != "city" && key(t, end) != "town" &&
				!(key(t, end) == "," && outskirtWords[key(t, end+1)]) && // "at his residence in Takhmao, south of the capital"
				!provinceAfter(t, end) // "the headquarters of KEPCO in Naju, South Jeolla Province": a town of its own
			if c != "" && !district && end <= hi && !inName(j+1) && !conflictNouns[key(t, j-1)] {
				if townThenProvince(t, end) {
					// "in Banlung town, Ratanakiri province": the town,
					// over the province the table knows.
					cs = append(cs, found{c, j + 1})
				} else {
					unknown = append(unknown, found{c, j + 1})
				}
				j = end - 1
			}
		}
	}
	if len(cs) == 0 && len(unknown) > 0 && rank < 2 {
		cs = unknown[:1]
	}
	var pick *found
	for k := range cs {
		if cs[k].at >= h.start && (pick == nil || pick.at < h.start) {
			pick = &cs[k]
			break
		}
		if pick == nil {
			pick = &cs[k]
		}
	}
	if pick != nil {
		return pick.city, venueName, 3
	}
	if rank == 2 {
		return place, venueName, rank
	}
	if code := meetingCountry(t, h, hi, inName); code != "" && elsewhereThan(a.dlCity, code) && elsewhereThan(a.leadCity, code) {
		// "ANKARA – … following talks in Malaysia between A and B": the
		// country the sentence sets the talks in, not the newsroom's
		// city; its capital is the best guess the text allows.
		return capitals[code], venueName, 1
	}
	if a.dayCity != "" {
		// "Chiang Mai, Friday", a recap's heading: the day's city, over
		// the lead's and the dateline's.
		return a.dayCity, venueName, 1
	}
	if a.leadCity != "" && a.leadCity != a.dlCity {
		// "DILI – … admitted at a ceremony in Kuala Lumpur": the dateline
		// is the newsroom's; the lead says where the story is.
		return a.leadCity, venueName, 1
	}
	if a.dlCity != "" {
		return a.dlCity, venueName, 1
	}
	if officeCity != "" {
		// "received US business representatives, including Tom Carter,
		// chairman of the American Chamber of Commerce in Ho Chi Minh
		// City", and nothing else says where: the guest's institution is
		// the best guess.
		return officeCity, venueName, 1
	}
	if official := officialCity(t, from, hi); official != "" {
		// "met Ho Chi Minh City's Party chief": a city's own officials
		// receive their visitors at home.
		return official, venueName, 1
	}
	if venueName != "" {
		for j := 0; j < len(t); j++ {
			if v, _, ok := venueNamed(t, j); ok {
				return v.city, venueName, 0
			}
		}
	}
	return "", venueName, 0
}

// accordingTo reports whether "according to (the)" stands before j: "held a
// tea ceremony before dinner, according to the Elysée" names the source, not
// where they were.
func accordingTo(t []token, j int) bool {
	if key(t, j-1) == "the" {
		j--
	}
	return key(t, j-1) == "to" && key(t, j-2) == "according"
}

// secondVerbBefore reports whether ", and" and a verb in the past stand
// between from and j: what follows is another clause's.
func secondVerbBefore(t []token, from, j int) bool {
	for k := from; k+1 < j; k++ {
		if t[k].key == "and" && key(t, k-1) == "," && pastVerb(t[k+1].key) {
			return true
		}
	}
	return false
}

// topicAt reports whether "on" and a gerund, or a lower-case noun of
// policy, open what was discussed at j: "talks on expanding the
// programme", "talks for more than an hour on development cooperation,
// climate resilience and the situation in West Papua".
func topicAt(t []token, j int) bool {
	if t[j].key == "on" && topicVerbs[key(t, j-1)] {
		// "The talks touched on the stocktake to be concluded in Dubai"
		return true
	}
	if t[j].key == "on" && key(t, j-1) == "," && key(t, j+1) == "the" && j+2 < len(t) && t[j+2].word && !t[j+2].upper && !onTheOccasion[t[j+2].key] {
		// "held a working meeting with A, on the transition arrangements
		// and the support required from the secretariat in Jakarta"
		return true
	}
	if t[j].key != "on" || j+1 >= len(t) || t[j+1].upper || !t[j+1].word {
		return false
	}
	next := t[j+1].key
	return strings.HasSuffix(next, "ing") && len(next) > 5 || topicNouns[next]
}

// agreementGoesOn open, after a comma, more of what was agreed: ",
// including the port in Ha Tinh province", ", such as …".
var agreementGoesOn = set("including", "such", "notably", "especially", "particularly")

// townNamedAfter reports whether "town" or "city" at j is told as one a name
// follows ("the border town of", "the southern Portuguese city of"): the
// article, or a border's or a port's word, a few words before it.
func townNamedAfter(t []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch {
		case t[k].key == "the" || t[k].key == "border" || t[k].key == "port" || t[k].key == "coastal":
			return true
		case !t[k].word:
			return false
		}
	}
	return false
}

// agreedJustBefore reports whether "agreed" stands right before the "to" at
// j, or with only the day between: "agreed Thursday to", "agreed on
// Monday to".
func agreedJustBefore(t []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch {
		case t[k].key == "agreed":
			return true
		case isWeekday(t[k].key) || t[k].key == "on" || t[k].key == "today" || t[k].key == "yesterday":
		default:
			return false
		}
	}
	return false
}

// onTheOccasion are the words after ", on the" that tell when or where, not
// what was discussed: "on the sidelines of", "on the eve of".
var onTheOccasion = set("sidelines", "margins", "margin", "fringes", "fringe", "occasion", "eve", "island", "outskirts", "border", "day", "same",
	"morning", "afternoon", "evening", "night", "first", "second", "third", "last", "final", "way", "deck", "grounds", "premises", "campus", "banks",
	"shores", "coast", "frontline", "front", "invitation", "basis", "heels", "anniversary")

// conflictNouns before "in" make the place a topic discussed: "discussed the
// war in Gaza", "the situation in Rakhine".
var conflictNouns = set("war", "conflict", "situation", "crisis", "violence", "fighting", "tensions", "ceasefire", "developments")

// topicVerbs say that what follows "on" was discussed.
var topicVerbs = set("touched", "focused", "focussed", "centred", "centered", "concentrated")

// topicNouns open a topic after "on": "on development cooperation".
var topicNouns = set("development", "trade", "security", "economic", "bilateral", "regional", "climate", "maritime", "border", "defence", "defense",
	"investment", "cooperation", "issues", "matters", "ways", "measures", "plans", "efforts", "energy", "education", "health", "agriculture")

// cityOfDistrict returns the city that ", South Jakarta" or ", central
// Seoul" after a place ending at end names, or "".
func cityOfDistrict(t []token, end int) string {
	if key(t, end) != "," || !outskirtWords[key(t, end+1)] && key(t, end+1) != "central" {
		return ""
	}
	if c, _, ok := cities.match(t, end+2); ok {
		return c
	}
	return ""
}

// townOfProvince reports whether a town the tables lack, then ", A
// Province", starts at i: "visited KEPCO in Naju, South Jeolla Province, and
// held talks with" names where, even before the verb of meeting.
func townOfProvince(t []token, i int) bool {
	c, end := unknownCity(t, i)
	return c != "" && provinceAfter(t, end)
}

// provinceAfter reports whether ", A Province" (or "state", "prefecture")
// follows a place ending at end: the place is a town in it.
func provinceAfter(t []token, end int) bool {
	if key(t, end) != "," {
		return false
	}
	for j := end + 1; j < len(t) && j <= end+4 && t[j].word && t[j].upper; j++ {
		if k := t[j].key; k == "province" || k == "prefecture" || k == "state" || k == "region" {
			return j > end+1
		}
	}
	return false
}

// townThenProvince reports whether the unknown place ending at end is named
// a town or a city and then placed in its province: "Banlung town,
// Ratanakiri province", "Dong Xoai city, Binh Phuoc".
func townThenProvince(t []token, end int) bool {
	return (key(t, end) == "town" || key(t, end) == "city") && key(t, end+1) == ","
}

// localOfficeWords follow a city that names a local office: "Ho Chi Minh
// City Party Committee", "Da Nang People's Committee", "Siem Reap provincial
// governor".
var localOfficeWords = set("party", "people's", "peoples", "people", "capital", "municipal", "provincial", "city", "mayor", "governor", "secretary", "chairman", "chairwoman")

// namedVenueBefore returns the venue that the capitalised word before the
// generic venue at t[j:end] names with the generic's last word: "the
// Merdeka presidential palace" is "Merdeka Palace".
func namedVenueBefore(t []token, j, end int) (venue, bool) {
	if j < 1 || !t[j-1].word || !t[j-1].upper {
		return venue{}, false
	}
	v, e, ok := venues.match([]token{t[j-1], t[end-1]}, 0)
	return v, ok && e == 2 && venueSeats[v.name] == nil && v.city != ""
}

// tableCity returns the common name of the city name is, when the cities
// table knows it whole.
func tableCity(name string) (string, bool) {
	t := tokenize(name)
	if c, end, ok := cities.match(t, 0); ok && end == len(t) {
		return c, true
	}
	return "", false
}

// cityBefore reads the city named just before a venue at j: "the Bogor
// Presidential Palace", "the Hanoi Opera House".
func cityBefore(t []token, j int) (string, bool) {
	if j < 1 || !t[j-1].word || !t[j-1].upper {
		return "", false
	}
	start := j - 1
	if start >= 1 && t[start-1].word && t[start-1].upper && !lexical(t, start-1) {
		start--
	}
	if c, end, ok := cities.match(t, start); ok && end == j {
		return c, true
	}
	if lexical(t, j-1) || key(t, start-1) != "the" {
		return "", false
	}
	return titleCase(t[start:j]), true
}

// officialCity returns the first city in t[from:to] that names a local
// office ("Phnom Penh Vice Governor", "Ho Chi Minh City's Party chief").
func officialCity(t []token, from, to int) string {
	for j := max(from, 0); j < to && j < len(t); j++ {
		if c, end, ok := cities.match(t, j); ok && t[j].upper {
			if localOffice(t, end) || key(t, end) == "vice" || key(t, end) == "deputy" {
				return c
			}
			j = end - 1
		}
	}
	return ""
}

// localOffice reports whether the city ending at end names a local office:
// followed by one of localOfficeWords, or by "'s" and one of them ("the
// city's Party chief").
func localOffice(t []token, end int) bool {
	if key(t, end) == "'s" {
		end++
	}
	return localOfficeWords[key(t, end)]
}

// travelVerbs give a trip whose purpose ("for talks") is still ahead.
var travelVerbs = set("are", "is", "will", "arrived", "arrives", "travelled", "traveled", "travels", "flew", "flies", "left", "leaves", "headed", "heads", "arrive", "travel", "fly", "leave", "head")

var buildingWords = set("centre", "center", "hotel", "palace", "hall", "building", "house", "stadium", "resort", "headquarters", "residence", "office", "airport")

// sinceBefore reports whether "since" opens, between from and j, the phrase
// that holds j.
func sinceBefore(t []token, from, j int) bool {
	for k := j - 1; k >= from && k >= j-10; k-- {
		switch t[k].key {
		case "since":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// elsewhereThan reports whether city, "" or a capital, is outside country
// code: a town the tables know may be in it.
func elsewhereThan(city, code string) bool {
	return city == "" || capitalOf[city] != "" && capitalOf[city] != code
}

// meetingCountry reads "talks in Malaysia", "met … in Japan on Monday":
// the country the words right after a meeting's set it in, or "".
func meetingCountry(t []token, h hit, hi int, inName func(int) bool) string {
	for j := h.end; j+1 < hi && j < h.end+12; j++ {
		switch t[j].key {
		case ",", ".", ";", "(":
			return ""
		}
		if t[j].word && !t[j].upper && t[j].key != "in" && !meetingCountryGap[t[j].key] && !inName(j) {
			// "met with Prayut and discussed Korean participation in
			// Thailand's …": the country of something else.
			return ""
		}
		if t[j].key != "in" || inName(j+1) {
			continue
		}
		code, end, ok := countries.match(t, j+1)
		if !ok || !t[j+1].upper {
			continue
		}
		if end < len(t) && (t[end].word && !countryFollowers[t[end].key] || t[end].key == "'s" || t[end].key == "’s") {
			return "" // "in Malaysian waters": an adjective
		}
		return code
	}
	return ""
}

// meetingCountryGap are the words that may stand between a meeting's
// words and "in Japan": its participants and how they met.
var meetingCountryGap = set("with", "between", "and", "of", "the", "his", "her", "their", "its", "counterpart", "counterparts", "talks", "meeting",
	"bilateral", "separately", "also", "visiting", "acting", "deputy", "prime", "minister", "president", "foreign", "held", "a", "an")

var countryFollowers = set("on", "last", "this", "earlier", "between", "with", "and", "for", "to", "during", "at", "in", "yesterday", "today", "over", "where", "after", "before", "as")

// otherTripTo reports whether the city at j is where a journey before or
// after the one the sentence has told went: "visited Japan days after a
// trip to Beijing", "toured Seoul ahead of a visit to Tokyo". Alone, "after
// a visit to Beijing" is the story's own journey.
func otherTripTo(t []token, from, j int) bool {
	for k := j - 1; k >= from && k >= j-6; k-- {
		switch t[k].key {
		case "after", "following", "before", "ahead":
			return (key(t, k+1) == "visiting" || hasAny(t, k+1, j, visitNouns)) && hasAny(t, from, k, journeyWords)
		case ",", ";", ".":
			return false
		}
	}
	return false
}

var journeyWords = set("visited", "visiting", "visits", "toured", "arrived", "arrives", "visit", "trip", "tour", "travelled", "traveled", "flew")

// capitalAt reads "in the Lao capital", "at the Cambodian capital" from the
// "the" at j: the country's capital and where the words end, or "".
func capitalAt(t []token, j int) (string, int) {
	if t[j].key != "the" || key(t, j-1) != "in" && key(t, j-1) != "at" && key(t, j-1) != "to" {
		return "", 0
	}
	if code, end, ok := countries.match(t, j+1); ok && key(t, end) == "capital" && capitals[code] != "" {
		if key(t, j-1) == "to" && (key(t, end+1) != "," || key(t, end+2) != "where") {
			return "", 0 // "flew to the Lao capital, where …" is where they met; "returned to the Thai capital" not
		}
		return capitals[code], end
	}
	return "", 0
}

var beforeWord = set("before")

// placePreps introduce a place: "in Hanoi", "at the capital Vientiane",
// "before leaving Hanoi".
var placePreps = set("in", "at", "inside", "outside", "near", "leaving", "left", "visiting", "visited", "hosted")

// asPlace reports whether the city at t[j:end] is written as a place: after
// a preposition (over "the capital", "the southern city of"), and not
// followed by a title or a capitalised noun that makes it an adjective.
func asPlace(t []token, j, end int) bool {
	if (key(t, end) == "city" || key(t, end) == "town") && t[end].upper && !(end+1 < len(t) && t[end+1].word && t[end+1].upper) {
		end++ // "in Nha Trang City on Monday": the city named as one; not "the Da Nang City Party Committee"
	}
	if end < len(t) && t[end].word && t[end].upper {
		// "at the Kuala Lumpur Convention Centre" is in Kuala Lumpur; "the
		// Sihanoukville Autonomous Port" names no meeting place.
		building := false
		// "the Melbourne Convention and Exhibition Centre"
		for k := end; k < len(t) && k < end+5 && t[k].word && (t[k].upper || t[k].key == "and"); k++ {
			if t[k].key == "airport" && hasAny(t, 0, len(t), travelWords) {
				// "arrived at the Kuala Lumpur International Airport":
				// where a guest landed, often a city away from the talks;
				// doses handed over at the airport were handed over there.
				return false
			}
			building = building || buildingWords[t[k].key]
		}
		if !building {
			return false
		}
	}
	if _, _, town := cities.match(t, end+1); key(t, end) == "'s" && key(t, j-1) == "in" && !town {
		// "in Bangkok's Kiak Kai area", "in Hanoi's Ba Dinh district": a
		// part of the city ("in Sa Kaeo's Aranyaprathet district" names
		// the town itself).
		for k := end + 1; k < len(t) && k <= end+5; k++ {
			if districtWords[t[k].key] {
				return true
			}
		}
	}
	if _, _, ok := titles.match(t, end); ok || key(t, end) == "'s" {
		return false // "Hanoi's diplomatic hierarchy": the government, not the place
	}
	cityNoun := false
	for back := 1; back <= 9 && j-back >= 0; back++ {
		b := t[j-back]
		cityNoun = cityNoun || cityNouns[b.key]
		if b.upper && cityNoun && !placePreps[b.key] {
			continue // "in the northern Thai city of Chiang Mai", "the UNESCO World Heritage town of Luang Prabang"
		}
		if b.key == "," && back == 1 && (key(t, j-2) == "capital" || cityNouns[key(t, j-2)]) {
			continue // "in the capital, Naypyitaw"
		}
		if b.key == "," && back == 1 && (buildingAt(t, j-1) || streetWords[key(t, j-2)]) {
			return true // "at the Ministry of Foreign Affairs, Bangkok", "on Tôn Thất Đàm street, Hà Nội"
		}
		if b.key == "," && back == 1 && districtBefore(t, j-1) {
			return true // "at the FKTU headquarters in Yeouido, Seoul": a district, then its city
		}
		if b.key == "'s" && back == 1 {
			// "met in Sa Kaeo's Aranyaprathet district": the province
			// the town is in.
			if k := endingAt(cities, t, j-1); k >= 0 {
				back = j - k
				continue
			}
		}
		if b.key == "'s" || b.key == "'" || b.key == "’" {
			// "met in Laos' southern Sekong province": the country the
			// province is in.
			if k := endingAt(countries, t, j-back); k >= 0 {
				back = j - k
				continue
			}
		}
		if !b.word || b.upper && !(j-back == 0 && placePreps[b.key]) { // "In Hà Nội, …" opens a sentence
			return false
		}
		if placePreps[b.key] {
			return true
		}
		if b.key == "to" && back == 1 && hasAny(t, max(j-14, 0), j-1, welcomeVerbs) {
			return true // "welcomed General Giang to Canberra": where he was welcomed
		}
		if b.key == "to" && back == 1 && (key(t, end) == "where" || key(t, end) == "," && key(t, end+1) == "where") && !hasAny(t, max(j-3, 0), j, beforeWord) {
			// "travelled back to Vientiane where he held talks with …";
			// not "before flying to Manila, where he will meet …"
			return true
		}
		if b.key == "from" || b.key == "to" || b.key == "via" || b.key == "for" {
			// "arriving in the capital from Melbourne": where they came
			// from, not where they met; "before leaving for Manila":
			// where they went next.
			return false
		}
		if b.key == "with" || b.key == "between" || b.key == "against" || b.key == "toward" || b.key == "towards" {
			// "interest in deepening ties with Washington": the
			// government the city stands for, not a place.
			return false
		}
	}
	return false
}

// districtBefore reports whether one or two capitalised words the tables
// do not know stand after "in" and before the comma at comma: "in Yeouido,
// Seoul", "in Shinjuku Ward, Tokyo".
func districtBefore(t []token, comma int) bool {
	for w := 1; w <= 2; w++ {
		k := comma - w
		if k < 1 || !t[k].word || !t[k].upper {
			return false
		}
		if _, _, ok := cities.match(t, k); ok {
			return false
		}
		if key(t, k-1) == "in" {
			return true
		}
	}
	return false
}

var welcomeVerbs = set("welcomed", "welcomes", "welcoming")

// endingAt returns where a phrase of table p (a city, a country) that ends
// at end starts, or -1.
func endingAt(p *phrases[string], t []token, end int) int {
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		if _, e, ok := p.match(t, k); ok && e == end {
			return k
		}
	}
	return -1
}

// cityNouns after a country's adjective still lead to a city: "the
// northern Thai city of Chiang Mai", "the Lao capital Vientiane".
var cityNouns = set("city", "capital", "town", "port", "resort")

// venueSeats are the buildings several countries name alike, which place a
// meeting only by the participants' country: their cities by the country
// whose building it is.
var venueSeats = map[string]map[string]string{
	"Government headquarters": {"VN": "Hanoi"},
	"Government House":        {"TH": "Bangkok"},
	"Presidential Palace":     {"VN": "Hanoi", "LA": "Vientiane", "TL": "Dili"},
	"National Assembly House": {"VN": "Hanoi", "LA": "Vientiane"},
	"Istana":                  {"SG": "Singapore"},
	"Prime Minister's Office": {"JP": "Tokyo", "LA": "Vientiane", "MY": "Putrajaya", "AU": "Canberra", "IN": "New Delhi"},
	"Parliament House":        {"AU": "Canberra", "MY": "Kuala Lumpur", "SG": "Singapore", "NZ": "Wellington"},
}

// venueAbroad are the other seats of a building named mostly for one
// country's, by the country a story's visit is to: Laos's ruling party has
// a Central Committee headquarters too.
var venueAbroad = map[string]map[string]string{
	"Party Central Committee headquarters": {"LA": "Vientiane"},
}

// seatOf places a meeting at a building several countries name alike when
// the building can only be one participant's country's: "received the
// delegation at the Government headquarters" in Hanoi when a Vietnamese
// leader is the only participant whose country has one; none when two
// participants' countries both have one.
func (a *article) seatOf(venue string, slugs []string) string {
	city := ""
	for _, s := range slugs {
		c, ok := venueSeats[venue][a.countryOf(s)]
		if !ok {
			continue
		}
		if city != "" && c != city {
			return ""
		}
		city = c
	}
	return city
}

// outskirtWords, after a place and a comma, set it apart from the city the
// story is in: "in Takhmao, south of the capital".
var outskirtWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside", "near")

// districtWords name a part of a city.
var districtWords = set("area", "district", "suburb", "suburbs", "outskirts", "downtown", "centre", "center", "quarter")

// travelWords tell of an arrival or a departure: an airport named with them
// is where a guest landed or left, not where a meeting was.
var travelWords = set("arrived", "arrives", "arriving", "arrival", "landed", "landing", "departed", "departure", "left", "leaving", "flew", "welcomed", "greeted", "seen", "saw", "see", "farewell", "off")

// gateWords end a border gate's name: "the Moc Bai International Border
// Gate".
var gateWords = set("international", "border", "gate", "checkpoint", "crossing")

// borderGate returns the town of the border gate, checkpoint or crossing
// named at j, "at the Moc Bai international border gate", "at the Lóng Sập–Pa
// Háng border gate" (the first of a pair of towns), or "".
func borderGate(t []token, j int) string {
	if key(t, j) != "at" || key(t, j+1) != "the" {
		return ""
	}
	from := j + 2
	k := from
	// Any capitalised word but a country's: "the Na Phao checkpoint",
	// though "Na" is also the National Assembly's abbreviation.
	// "the Lao Bảo border gate": a town named with a country's adjective.
	laoTown := countryAt(t, from) && key(t, from) == "lao" && from+1 < len(t) && t[from+1].word && t[from+1].upper && !gateWords[t[from+1].key]
	for k < len(t) && k < from+4 && t[k].word && t[k].upper && (!countryAt(t, k) || k == from && laoTown) && !gateWords[t[k].key] {
		if _, _, ok := titles.match(t, k); ok {
			break
		}
		k++
	}
	name := k
	if k == from {
		return ""
	}
	if d := key(t, k); d == "-" || d == "–" {
		k++ // "Lóng Sập–Pa Háng": the second town of the pair
		for k < len(t) && k < name+5 && t[k].word && t[k].upper && !lexical(t, k) {
			k++
		}
	}
	if key(t, k) == "international" {
		k++
	}
	if key(t, k) == "border" {
		k++
	}
	switch key(t, k) {
	case "gate", "checkpoint", "crossing":
	default:
		return ""
	}
	gate := t[from].text
	for p := from + 1; p < name; p++ {
		gate += " " + t[p].text
	}
	return gate
}

// reportedAfter reports whether a verb of saying or agreeing lies between
// a meeting's noun ending at end and j: what follows is what was said.
func reportedAfter(t []token, end, j int) bool {
	for k := end; k < j; k++ {
		if saidWords[t[k].key] || agreementVerbs[t[k].key] || t[k].key == "proposed" || t[k].key == "told" {
			return true
		}
	}
	return false
}

// officeOfNamed reports whether the words before at are the office of a
// person just named, in an apposition: "Seng Vuthy, Rector of the Prek Leap
// National Institute of Agriculture" before "in Phnom Penh".
func officeOfNamed(t []token, ms []mention, at int) bool {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > at || m.slug == "" {
			continue
		}
		if key(t, m.end) != "," || at-m.end > 20 {
			return false
		}
		return officeAppositive(t, m.end+1, at)
	}
	return false
}

// officeAppositive reports whether t[from:at] is an office and its
// institution, the appositive after a name: "Rector of the Prek Leap
// National Institute of Agriculture", "a member of the Sangha Supreme
// Council and abbot of Wat Suthat".
func officeAppositive(t []token, from, at int) bool {
	title := false
	for j := from; j < at; j++ {
		if _, end, ok := titles.match(t, j); ok {
			title = true
			j = end - 1
			continue
		}
		if t[j].key == "of" && j == from+1 || appositiveRoles[t[j].key] {
			title = true // "Rector of the …", whatever the office
		}
		if !t[j].upper && !appositiveRoles[t[j].key] && t[j].key != "of" && t[j].key != "the" && t[j].key != "and" &&
			!(j == from && (t[j].key == "a" || t[j].key == "an")) {
			return false
		}
	}
	return title
}

// institutionCityAt reports whether the city at j, after "in", ends an
// appositive office of the name before it: "Phra Maha Somchai, … abbot of
// Wat Suthat in Bangkok". Read without the article's mentions.
func institutionCityAt(t []token, j int) bool {
	if key(t, j-1) != "in" {
		return false
	}
	for k := j - 2; k > 0 && k >= j-22; k-- {
		if t[k].key == "," {
			return t[k-1].upper && t[k-1].word && officeAppositive(t, k+1, j-1)
		}
	}
	return false
}

// streetWords end a street's name, which a comma and its city may follow.
var streetWords = set("street", "road", "avenue", "boulevard")

// appositiveRoles are the lower-case offices of an appositive that place
// the person's institution, not the meeting: "Phra Maha Somchai, a member of
// the Sangha Supreme Council and abbot of Wat Suthat in Bangkok".
var appositiveRoles = set("member", "abbot", "rector", "founder", "dean", "principal", "chairman", "president", "head", "director")

// venueChiefs after a venue make it stand for the office it houses: "the
// first visit by a Pentagon chief", "the Kremlin leader".
var venueChiefs = set("chief", "chiefs", "leader", "leaders", "boss", "head", "team", "correspondent", "reporters")

// venueAt reports whether a venue's name starts at j.
func venueAt(t []token, j int) bool {
	_, _, ok := venueNamed(t, j)
	return ok
}

// venueNamed returns the venue whose name starts at j, unless a local
// office's word qualifies it: "the prefectural government office" in
// Kumamoto is a province's building, not the Government Office in Hanoi.
func venueNamed(t []token, j int) (venue, int, bool) {
	if localOfficeLower[key(t, j-1)] {
		return venue{}, 0, false
	}
	v, end, ok := venues.match(t, j)
	if !ok {
		return v, end, ok
	}
	c := cityOfVenue(t, end)
	if !t[j].upper && end-j > 1 && c == "" && key(t, end) == "of" {
		// "looted them from the royal palace of the Kingdom of Benin": a
		// palace, not the one of that name ("the presidential palace in
		// Heliopolis" is).
		return venue{}, 0, false
	}
	if c != "" {
		v.city = c // "the Royal Palace of Naples", not the palace the table knows
	} else if c := cityBeforeVenue(t, j); c != "" {
		v.city = c // "at Naples' Royal Palace"
	}
	return v, end, ok
}

// cityBeforeVenue returns the city whose possessive stands right before the
// venue's name at j ("Naples' Royal Palace", "Madrid's Royal Palace"), or "".
func cityBeforeVenue(t []token, j int) string {
	if k := key(t, j-1); k != "'s" && k != "'" {
		return ""
	}
	for start := j - 2; start >= 0 && start >= j-4; start-- {
		if c, end, ok := cities.match(t, start); ok && end == j-1 && t[start].upper {
			return c
		}
	}
	if _, _, country := countries.match(t, j-2); country || j < 2 {
		return "" // "Cambodia's Royal Palace": the table's
	}
	if c, end := unknownCity(t, j-2); end == j-1 {
		return c
	}
	return ""
}

// buildingHeads end the name of a building a meeting can be held in: "at
// Prague Castle", "at the Straka Academy", "at the Foreign Ministry".
var buildingHeads = set("palace", "castle", "house", "hall", "centre", "center", "academy", "office", "headquarters",
	"station", "hotel", "residence", "guesthouse", "museum", "building", "villa", "mansion", "pavilion", "auditorium", "ministry")

// buildingLeads open one: "at the Ministry of Railways", "at the Department
// of Migrant Workers".
var buildingLeads = set("ministry", "department")

// buildingJoiners stand between a building name's capitals: "Ministry of
// Railways", "Prime Minister's Office".
var buildingJoiners = set("of", "and", "for", "'s")

// buildingNamed reads the name of a building the venue table lacks, written
// after "at" or "at the" in capitals and ended by a building's word (or
// opened by a ministry's): its name, and where it ends. A lower-case
// "headquarters" after the name is part of it ("at FAO headquarters").
func buildingNamed(t []token, j int) (string, int, bool) {
	if j >= len(t) || !t[j].upper || !t[j].word || !(key(t, j-1) == "at" || key(t, j-1) == "the" && key(t, j-2) == "at") {
		return "", 0, false
	}
	capital := func(k int) bool { return k < len(t) && t[k].upper && t[k].word }
	end := j
	for capital(end) || end > j && buildingJoiners[key(t, end)] && capital(end+1) {
		end++
	}
	if key(t, end) == "headquarters" {
		end++
	}
	// One word ("at the Ministry") names no building; nine are a clause
	// in capitals, a headline's.
	if end-j < 2 || end-j > 8 || !buildingHeads[t[end-1].key] && !(buildingLeads[t[j].key] && end-j > 2) {
		return "", 0, false
	}
	for k := j; k < end; k++ {
		if _, _, ok := venues.match(t, k); ok {
			return "", 0, false // the table's venue, with its city: "at the Bogor Presidential Palace"
		}
	}
	var b strings.Builder
	for k := j; k < end; k++ {
		if k > j && !strings.HasPrefix(t[k].key, "'") {
			b.WriteByte(' ')
		}
		b.WriteString(t[k].text)
	}
	return b.String(), end, true
}

// cityOfVenue returns the city "of" names after a venue's name ending at
// end ("the Royal Palace of Naples"), or "".
func cityOfVenue(t []token, end int) string {
	if key(t, end) != "of" {
		return ""
	}
	if c, _, ok := cities.match(t, end+1); ok {
		return c
	}
	c, _ := unknownCity(t, end+1)
	return c
}

// saidClauseAt reports whether the comma at j opens the clause that says
// who told the news: ", Executive Yuan spokeswoman Michelle Lee (…) told a
// news conference", ", the ministry said".
func saidClauseAt(t []token, j int) bool {
	if t[j].key != "," {
		return false
	}
	paren := 0
	for k := j + 1; k < len(t) && k <= j+14; k++ {
		switch {
		case t[k].key == "(":
			paren++
		case t[k].key == ")":
			paren = max(paren-1, 0)
		case paren > 0:
		case saidWords[t[k].key] || t[k].key == "told":
			// Told to the press ("told a news conference", "said in a
			// statement"), not "said after a round of meetings in
			// Tokyo" nor "told Minister A in Hanoi", the meeting itself.
			return k > j+1 && toThePress(t, k+1)
		case !t[k].word:
			return false
		}
	}
	return false
}

// toThePress reports whether the words from i say the news was given to the
// press: "a news conference", "reporters", "in a statement".
func toThePress(t []token, i int) bool {
	for k := i; k < len(t) && k < i+4; k++ {
		if meetingNouns[t[k].key] || t[k].key == "meetings" {
			return false
		}
		if pressWords[t[k].key] {
			return true
		}
	}
	return false
}

var pressWords = set("conference", "briefing", "reporters", "journalists", "media", "statement", "press", "correspondents")
