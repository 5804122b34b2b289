package meeting

import (
	"slices"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// hit is a trigger found in a sentence.
type hit struct {
	tr         trigger
	start, end int
	definite   bool // "at the talks": the meeting already reported
	light      int  // the light verb that makes a noun a report ("had an audience"), -1 when none
}

// lightVerbs turn a meeting noun into a report of a meeting held: "held
// official talks", "paid a farewell courtesy call".
var lightVerbs = set("held", "hold", "holds", "holding", "had", "has", "have", "paid", "pays", "paying", "pay", "conducted", "made", "makes", "hosted", "attended", "joined", "granted", "grants", "granting")

var determiners = set("the", "his", "her", "their", "its", "a", "an", "this", "that", "our", "my")

// saidOn reports whether the date starting at i is the day of a saying:
// "said on Saturday", "told reporters Friday".
func saidOn(t []token, i int) bool {
	k := i - 1
	if key(t, k) == "on" {
		k--
	}
	if key(t, k) == "reporters" || key(t, k) == "journalists" {
		k--
	}
	if statementNouns[key(t, k)] && (key(t, k-1) == "a" || key(t, k-1) == "its" || key(t, k-1) == "the") {
		// "In a statement yesterday, the MAF said …"
		return true
	}
	return saying(key(t, k))
}

// saying reports whether k is a verb that reports what someone said: the
// reporting verbs and a few more of a speaker's own.
func saying(k string) bool {
	return reportingVerbs[k] || speakerVerbs[k]
}

var speakerVerbs = set("says", "added", "confirmed", "posted", "disclosed", "revealed")

// futureTrip reports whether t[lo:hi] has a trip still to be made: "would
// travel", "to fly" (not "a travel corridor").
func futureTrip(t []token, lo, hi int) bool {
	for k := max(lo, 1); k < hi; k++ {
		if (travelVerbs[t[k].key] || t[k].key == "visit") && (plannedWords[t[k-1].key] || t[k-1].key == "to") {
			return true
		}
	}
	return false
}

// sayerOfPronoun returns who a pronoun at j stands for when it opens what
// they said: "Marsudi disclosed that she had", "Hun Sen said he had".
// "Trump told reporters that he had spoken with Hun Manet": past the ones
// told.
func sayerOfPronoun(t []token, ms []mention, j int) string {
	v := j - 1
	if key(t, v) == "that" {
		v--
		for k := v; k >= 0 && k >= v-5 && t[k].word; k-- {
			if tellVerbs[t[k].key] {
				v = k
				break
			}
		}
	}
	if !reportingVerbs[key(t, v)] && !tellVerbs[key(t, v)] {
		return ""
	}
	if key(t, v-1) == "also" {
		v-- // "Dy also told"
	}
	for _, m := range ms {
		if m.end == v && m.slug != "" && !m.excluded {
			return m.slug
		}
	}
	return ""
}

// toldThatPronoun reports whether m is the one told in "Dy told the
// ambassador that he had spoken with Johari": no party to what the pronoun
// did.
func toldThatPronoun(t []token, m mention) bool {
	b := m.start - 1
	if key(t, b) == "the" {
		b--
	}
	return tellVerbs[key(t, b)] && key(t, m.end) == "that" && (key(t, m.end+1) == "he" || key(t, m.end+1) == "she")
}

// tellVerbs report speech to someone named after them.
var tellVerbs = set("told", "informed", "assured", "reminded", "briefed")

// groupObjects name a group met at once, whose members "including" lists.
var groupObjects = set("executives", "companies", "leaders", "representatives", "members", "businesses", "investors", "firms", "corporations", "groups", "heads",
	"co-chairs", "co-chairmen", "co-chairpersons", "participants")

// firstOfItsKind reports whether the sentence says what the meeting just
// told was: "It was the first meeting between …", "This was their first
// call since …".
func firstOfItsKind(t []token, h hit) bool {
	if k := key(t, 0); k != "it" && k != "this" && k != "that" {
		return false
	}
	if k := key(t, 1); k != "was" && k != "is" && k != "marked" {
		return false
	}
	return hasAny(t, max(h.start-4, 2), h.start, firstWords)
}

var firstWords = set("first", "second", "third", "latest", "fourth", "fifth")

// firstTimeAside reports whether the trigger h stands in an aside that tells
// how rare something is: "…, the first time the government has sent an
// official to an ASEAN ministerial meeting", "…, the first time in the
// bloc's history that its leaders have met online". It speaks of meetings
// of that kind, not of one held.
func firstTimeAside(t []token, h hit) bool {
	for j := h.start - 1; j >= 1 && j >= h.start-25; j-- {
		if t[j].key == "," || t[j].key == ";" {
			return key(t, j+1) == "the" && firstWords[key(t, j+2)] && key(t, j+3) == "time"
		}
	}
	return false
}

// pastVerbs go on a sentence in the past after an aside: "…, also paid",
// "…, met".
var pastVerbs = set("met", "paid", "held", "made", "led", "had", "took", "sent", "spoke", "told", "said")

// soonAhead reports whether d is a day written without its year that falls
// within weeks after publication: "a visa waiver due to start on September
// 25" in a story of 15 September is this year's 25th, no day a year back
// for the sentences after it to be dated by.
func (a *article) soonAhead(d dateExpr) bool {
	ahead := d.future.Start().Sub(a.pubDate.Start())
	return d.past != d.future && d.future.Day != 0 && ahead > 0 && ahead <= 45*24*time.Hour
}

// datedWhoAside reports whether the meeting at h is told in a clause set off
// by commas that opens with "who", names a month or a year of its own and
// is followed by the sentence's verb: "Suga, who spoke with Phuc by
// telephone shortly after becoming prime minister in September, also paid
// a courtesy call on Trọng": an earlier meeting recalled beside the one
// the sentence reports.
func datedWhoAside(t []token, h hit) bool {
	if !whoAside(t, h.start) {
		return false
	}
	dated := false
	for j := h.end; j < len(t); j++ {
		if t[j].key == "," {
			// The sentence goes on in the past: "also paid", "received".
			next := key(t, j+1)
			return dated && (next == "also" || next == "then" || pastVerbs[next] || strings.HasSuffix(next, "ed"))
		}
		_, year := yearNumber(t[j].key)
		_, month := months[t[j].key]
		dated = dated || year || month && len(t[j].key) > 3 && t[j].upper
	}
	return false
}

// visitSummary reports whether the meeting at h is told in a relative
// clause about a whole visit: "a two-day state visit in which he met …".
func visitSummary(t []token, h hit) bool {
	for j := h.start - 1; j >= 2 && j >= h.start-5; j-- {
		if t[j].key == "which" {
			return tripWhich(t, j)
		}
	}
	return false
}

// tripWhichBefore reports whether a trip's "during which" stands between
// from and to: "paid a courtesy call on A this morning, wrapping up a
// weekend visit during which he held talks with B" tells B's talks in the
// visit's summary.
func tripWhichBefore(t []token, from, to int) bool {
	for j := to - 1; j > from && j >= 2; j-- {
		if t[j].key == "which" {
			return tripWhich(t, j)
		}
	}
	return false
}

// mentionAfter returns where slug is first named after from, or -1.
func mentionAfter(ms []mention, slug string, from int) int {
	for _, m := range ms {
		if m.slug == slug && m.start >= from {
			return m.start
		}
	}
	return -1
}

// tripWhich reports whether the "which" at j follows a trip: "his
// two-day official visit to Cambodia, during which".
func tripWhich(t []token, j int) bool {
	if k := t[j-1].key; k != "in" && k != "during" {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-10; k-- {
		if tripNouns[t[k].key] {
			return true
		}
		if kk := t[k].key; kk != "," && kk != "to" && kk != "in" && !t[k].upper && !tripTail[kk] {
			return false
		}
	}
	return false
}

// tripTail are the words between a trip and "during which" that tell when
// it ended: "concluded a two-day official visit to the Lao PDR yesterday,
// during which he held talks with …".
var tripTail = set("the", "yesterday", "today", "on", "at", "weekend", "last", "this", "morning", "afternoon", "evening", "night")

var tripNouns = set("visit", "trip", "tour", "stay", "visits", "trips")

// withBefore reports whether ", with" opens the phrase that ends at j:
// ", with Han Zhiqiang and Pimphattra joining".
func withBefore(t []token, j int) bool {
	for k := j - 1; k >= 1 && k >= j-16; k-- {
		if t[k].key == "with" {
			return t[k-1].key == "," && k < j-1
		}
		if !t[k].word && t[k].key != "." {
			return false
		}
		if t[k].word && !t[k].upper && !nameJoiners[t[k].key] {
			// "with the Vietnamese side joining from Hanoi": no one named
			return false
		}
	}
	return false
}

// officeVocabulary are the lower-case words of offices apposed to names in
// a list: "Thongloun Sisoulith, general secretary of the LPRP and Lao
// president, To Lam, …".
var officeVocabulary = set("general", "secretary", "president", "minister", "chairman", "chairwoman", "deputy", "prime",
	"vice", "member", "head", "chief", "ambassador", "governor", "foreign", "party", "central", "committee", "senate",
	"assembly", "national", "state", "councilor", "director", "first", "permanent", "standing", "leader",
	// "by Phan Samnang, commander of the provincial military command, and …"
	"commander", "provincial", "municipal", "military", "command", "border", "guard", "army", "navy", "police", "region",
	// "by Nguyen Van Hung, chief executive of …, and Lim Teck Heng,
	// managing director of …"
	"executive", "managing", "officer", "manager", "founder", "chairperson",
	// "by A, director-general of the CAAT, and B, deputy administrator of
	// the CAAC"
	"director-general", "administrator", "commissioner", "vice-chairman", "vice-president",
	// "by Premier Li Qiang, top legislator Wang Huning and …", "… and
	// senior official B": the press's plain descriptions of an office.
	"top", "senior", "legislator", "lawmaker", "official", "adviser", "advisor", "diplomat", "envoy", "co-founder", "vice-premier", "spokesperson", "spokesman")

// nameJoiners may stand between the capitalised words of names and titles.
var nameJoiners = set("and", "of", "to", "the", "for", "also")

// meetsAt reports whether a verb of meeting starts at i: "a day after
// holding summit talks with Lee" tells another meeting, read on its own.
func meetsAt(t []token, i int) bool {
	if _, _, ok := matchTrigger(t, i); ok {
		return true
	}
	return lightVerbs[key(t, i)]
}

// listSemicolon reports whether the semicolon at j separates the items of a
// list that ends "; and …".
func listSemicolon(t []token, j int) bool {
	for k := j; k < len(t); k++ {
		if t[k].key == ";" && key(t, k+1) == "and" {
			return true
		}
	}
	return false
}

var clauseBreaks = set("who", "which", "whose", "where", "while", "whereas", "when", "but")

// clauseStops end, besides clauseBreaks, the stretch of a clause a date may
// be read in.
var clauseStops = set(",", ";", ":", "and")

// mainClauseResumes returns where the main clause goes on after a ", who
// …," aside that opens at hi, when it goes on with a place or a time ("…
// Hun Sen, who is also the Chair of ASEAN, at the palace yesterday"), or 0.
func mainClauseResumes(t []token, hi int) int {
	if key(t, hi) == "," && resumeWords[key(t, hi+1)] && namedInApposition(t, hi) {
		// "met Vietnam's Minister of Agriculture and Rural Development,
		// Le Minh Hoan, on Thursday": the name set off after the office,
		// the sentence goes on with the meeting's day.
		return hi + 1
	}
	if key(t, hi) != "," || key(t, hi+1) != "who" {
		return 0
	}
	for k := hi + 2; k < len(t); k++ {
		switch t[k].key {
		case ";", ":":
			return 0
		case ",":
			// "held talks with B, who serves as ASEAN envoy, the
			// previous day"
			if resumeWords[key(t, k+1)] || key(t, k+1) == "the" && dayBeforeAfter[key(t, k+2)] && key(t, k+3) == "day" {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

var dayBeforeAfter = set("previous", "next", "following", "same")

// resumeWords open the rest of a main clause after an aside: its place or
// its day.
var resumeWords = set("at", "in", "on", "yesterday", "today", "this", "last", "earlier")

// namedInApposition reports whether the comma at hi closes a name of two to
// four capitalised words set off after a capitalised office: ", Le Minh
// Hoan,".
func namedInApposition(t []token, hi int) bool {
	p := hi - 1
	for p >= 0 && hi-p <= 5 && t[p].word && t[p].upper {
		p--
	}
	return hi-p >= 3 && hi-p <= 5 && key(t, p) == "," && p > 0 && t[p-1].word && t[p-1].upper
}

var substanceWords = set("agreed", "agree", "discussed", "discuss", "exchanged", "pledged", "reaffirmed", "affirmed", "stressed", "underscored", "committed",
	"proposed", "briefed", "welcomed", "expressed", "emphasised", "emphasized", "suggested", "reviewed", "signed", "vowed", "asked", "thanked", "noted", "hailed", "praised", "said", "shared", "called", "offered", "raised", "focused", "talked")

// atTheLeadsTalks reports whether a sentence opens "At the talks," with the
// meeting's noun at h, after a meeting told with one person named ("A
// delegation led by Truong held talks with leaders of Honghe … At the talks,
// Truong and Honghe Governor Chen Yunhua agreed …"): those it names are the
// other side of that table.
func atTheLeadsTalks(t []token, h hit, named int) bool {
	if named != 1 || h.start != 2 || key(t, 0) != "at" || key(t, 1) != "the" {
		return false
	}
	e := h.end
	if key(t, e) == "in" {
		// "At the meeting in Ha Tinh City, Dung heard reports from A and B"
		e++
		for e < len(t) && e <= h.end+5 && t[e].word && t[e].upper {
			e++
		}
	}
	return key(t, e) == ","
}

// listGoesOnAfterAside reports whether the ", who …," aside opening at hi
// closes with ", and" and one more person: "attended by Italian Ambassador
// Paolo Dionisi, who is based in Bangkok, and EuroCham chairman Tassilo
// Brinzer".
func listGoesOnAfterAside(t []token, hi int, ms []mention) bool {
	for k := hi + 2; k < len(t); k++ {
		switch t[k].key {
		case ";", ":", ".":
			return false
		case ",":
			if key(t, k+1) != "and" {
				return false
			}
			for _, m := range ms {
				if m.start > hi && m.start < k {
					return false // "who informed him of the visit for talks with Yoon, and …": the aside names its own
				}
				if m.start > k+1 && m.start <= k+6 && m.slug != "" && !m.excluded {
					// Not ", and met Prime Minister B" nor ", and B agreed":
					// a clause of its own.
					if pastVerb(key(t, m.end)) {
						return false
					}
					for j := k + 2; j < m.start; j++ {
						if pastVerb(t[j].key) {
							return false
						}
					}
					return true
				}
			}
			return false
		}
	}
	return false
}

// afterCommaedAdverbials returns where a verb's object starts past a time and
// a place set off by commas: "received on Tuesday, in Luanda, a message
// from …".
func afterCommaedAdverbials(t []token, end int) int {
	j := end
	for {
		k := key(t, j)
		if k == "," {
			j++
			continue
		}
		if k != "on" && k != "in" && k != "at" {
			return j
		}
		c := nextComma(t, j+1)
		if c < 0 || c > j+5 {
			return j
		}
		j = c + 1
	}
}

// findTrigger returns the sentence's report of a meeting, preferring a verb.
// accept vets a verb whose object must be a person ("called on", "visited").
func findTrigger(t []token, accept func(hit) bool) (hit, bool) {
	var noun, agentless hit
	haveNoun, haveAgentless := false, false
	for i := 0; i < len(t); i++ {
		if !t[i].word {
			continue
		}
		if k := t[i].key; (k == "was" || k == "were") && passiveHosts[key(t, i+1)] {
			if b := byAfterPlace(t, i+2); b > 0 {
				// "Trump was welcomed at the Presidential Palace by
				// Trong": the passive with its place before its agent.
				if h := (hit{tr: trigger{form: trigPassive}, start: i, end: b + 1, light: -1}); accept == nil || accept(h) {
					return h, true
				}
			}
		}
		if b := accordedWelcomeBy(t, i); b > 0 {
			// "was accorded a ceremonial welcome at Rashtrapati Bhavan by
			// the President of India, Ram Nath Kovind": the welcome's giver
			// received the guest.
			if h := (hit{tr: trigger{form: trigPassive}, start: i, end: b + 1, light: -1}); accept == nil || accept(h) {
				return h, true
			}
		}
		tr, end, ok := matchTrigger(t, i)
		if !ok {
			continue
		}
		if tr.form == trigNoun && t[i].upper && i > 0 && roundtableWords[t[i].key] && !chairedByAfter(t, end) {
			// "the India-Singapore Ministerial Roundtable" is a body, not a
			// meeting; "the Leaders' Roundtable chaired by Xi" sat once.
			continue
		}
		if tr.form == trigNoun && (t[i].key == "conference" || t[i].key == "congress") && !heldConference(t, i) {
			continue
		}
		if tr.form == trigNoun && t[i].key == "joint" && key(t, end) != "by" && key(t, end) != "between" && !(key(t, end) == "with" && end+1 < len(t) && t[end+1].upper && key(t, i-2) != "told") {
			// "at a joint press conference by A and B" tells who gave it,
			// and "said at a joint press conference with von der Leyen"
			// the other side; "Speaking at a joint press conference after
			// the talks, A said" is the talks' and tells no one new, and
			// "A told a joint press conference with B" is a briefing.
			continue
		}
		if tr.form == trigNoun && t[i].key == "talks" && stalledWords[key(t, end)] {
			// "seven years after talks stalled": negotiations that went
			// nowhere, no meeting told.
			continue
		}
		if tr.form == trigNoun && key(t, i-1) == "of" && longPeriods[key(t, i-2)] && key(t, end) != "with" && key(t, end) != "between" {
			// "concluded negotiations after 12 years of talks": a span of
			// talking, no meeting told ("two days of talks" may be one).
			continue
		}
		if tr.form == trigNoun && (t[i].key == "discussion" || t[i].key == "discussions") && !heldDiscussion(t, i) {
			continue // "during the panel discussion", "discussions are under way": no meeting told
		}
		h := hit{tr: tr, start: i, end: end, light: -1}
		if personObject[strings.Join(keysOfSlice(t[i:end]), " ")] && (accept == nil || !accept(h)) {
			continue
		}
		if haveNoun && tr.form != trigPassive && (key(t, noun.end) == "between" || key(t, noun.end) == "with") && whichClauseBetween(t, noun.end, i) {
			// "prepared during a phone call between A and B on Monday, in
			// which the two agreed to hold talks at the border": the call
			// is the meeting; the clause tells what was said in it.
			continue
		}
		k := t[i].key
		switch tr.form {
		case trigVerb:
			// (A capital "An" inside the sentence ends a name: "Chairman
			// Dang Hoang An met …".)
			if determiners[key(t, i-1)] && (i == 1 || !t[i-1].upper) || key(t, i-1) == "as" || t[i].upper && i > 0 && !(tr.opening && (key(t, i-1) == "-" || key(t, i-1) == ":")) || k == "talks" && key(t, i-1) == "for" {
				// "his host", "the Host Country", "to visit Hanoi for talks
				// with Lam": a noun, not a verb; but "his talks with Hun
				// Sen" reports a meeting.
				if k == "talks" && key(t, i+1) == "with" && !haveNoun {
					noun, haveNoun = hit{tr: trigger{form: trigNoun}, start: i, end: end, light: -1}, true
				}
				continue
			}
			if k == "talks" {
				// "will hold his first in-person talks with Takaichi": the
				// noun after its modifiers, reported by its light verb.
				if l := lightBefore(t, i); l >= 0 {
					h = hit{tr: trigger{form: trigVerb}, start: i, end: end, light: l}
					if accept != nil && !accept(h) {
						continue
					}
					return h, true
				}
			}
			if (k == "co-chair" || k == "co-chairs") && key(t, end) == "of" {
				continue // "who is the Singapore co-chair of the council": a noun
			}
			if k == "dialogue" {
				l := lightBefore(t, i)
				if l < 0 || key(t, end) != "with" {
					continue
				}
				h.light = l
			}
			if (k == "host" || k == "hosts") && (key(t, end) == "country" || key(t, end) == "nation" || key(t, end) == "city") {
				continue
			}
			if tr.recv {
				letter := false
				// "received a letter from", "Congratulations were also
				// received from the leaders of …"
				from := afterCommaedAdverbials(t, end)
				for j := from; j < len(t) && j < from+5; j++ {
					// "received the letter of credentials of X": a
					// ceremony in which the envoy is received.
					if credentialWords[t[j].key] {
						letter = false
						break
					}
					if letterWords[t[j].key] || receivedThings[t[j].key] {
						letter = true
					}
					if (t[j].key == "honor" || t[j].key == "honour") && key(t, j+1) == "after" {
						// "the fourth president to receive the honor after
						// A, B and C": those who had it before, no host.
						letter = true
					}
				}
				for j := i - 1; j >= 0 && j >= i-4; j-- {
					if letterWords[t[j].key] {
						letter = true
						break
					}
					if !passiveAux[t[j].key] {
						break
					}
				}
				if letter {
					continue
				}
			}
			if accept != nil && !accept(h) {
				continue
			}
			if beAux[key(t, i-1)] && !hasAny(t, end, min(end+6, len(t)), byWord) {
				// "Hun Manet was greeted with a guard of honour before the
				// two leaders held talks": the ceremony names no host; a
				// meeting the sentence goes on to report comes first.
				if !haveAgentless {
					agentless, haveAgentless = h, true
				}
				continue
			}
			return h, true
		case trigPassive:
			if haveNoun && key(t, noun.end) == "between" && key(t, i-1) == "which" && key(t, i-2) == "," {
				// "at a meeting between Nattaphon and Tea Seiha, which was
				// hosted by Khaled Nordin": the host joins the meeting the
				// noun reports.
				continue
			}
			return h, true
		case trigNoun:
			if t[i].upper && key(t, end) == "(" && key(t, end+2) == ")" && summitNames[key(t, end+3)] ||
				t[i].upper && summitNames[key(t, end)] {
				// "the ASEAN Defence Ministers' Meeting (ADMM) Retreat": a
				// word of the retreat's name.
				continue
			}
			if haveNoun && noun.tr.summit && (key(t, i-1) == "via" || key(t, i-1) == "by") {
				// "chaired the Special ASEAN Summit via videoconference":
				// how the summit was held.
				continue
			}
			if haveNoun && noun.tr.summit && noun.definite && key(t, noun.end) == "," {
				if c := nextComma(t, noun.end+1); c < 0 || i < c {
					// "The ASEAN Foreign Ministers' Retreat, the first
					// ministerial meeting under Laos' chairmanship, …": the
					// apposition names the same gathering.
					continue
				}
			}
			light := false
			// "held the 15th India-Japan annual summit": a summit of two
			// sides is held like talks, however long its name.
			pair, reach := countryPairBefore(t, i), 4
			if pair {
				reach = 6
			}
			for back := 1; back <= reach && i-back >= 0; back++ {
				b := t[i-back]
				if (b.key == "has" || b.key == "have" || b.key == "had") && back >= 2 && strings.HasSuffix(t[i-back+1].key, "ed") && !lightVerbs[t[i-back+1].key] {
					// "Neither government has confirmed the meeting": the
					// auxiliary of another verb, no meeting had.
					break
				}
				if lightVerbs[b.key] {
					light = true
					h.light = i - back
					break
				}
				if !b.word || b.key == "the" && back > 1 && !pair {
					break
				}
			}
			if light {
				h.tr.form = trigVerb
				if h.tr.recv || accept != nil && !accept(h) {
					continue
				}
				return h, true
			}
			if haveNoun && !noun.definite || plural(t[end-1].key) {
				// "the many meetings held this year" reports no one meeting.
				continue
			}
			for back := 1; back <= 3 && i-back >= 0; back++ {
				if b := t[i-back].key; b == "the" || b == "their" || b == "this" || b == "that" || b == "his" || b == "her" {
					h.definite = true
				}
				if !t[i-back].word {
					break
				}
			}
			if !h.definite && (h.tr.summit || t[i].upper) {
				// "The ASEAN Foreign Ministers' Retreat"; "The ASEAN
				// Leaders' Meeting, held …, was chaired by": a gathering's
				// name, capitalised words and all (a meeting's name only
				// as the sentence's subject).
				for back := 1; back <= 12 && i-back >= 0; back++ {
					b := t[i-back]
					if b.key == "the" {
						h.definite = h.tr.summit || i-back == 0
						break
					}
					if !b.upper && b.key != "'" && b.key != "’" && b.key != "(" && b.key != ")" &&
						!(h.tr.summit && (b.word && b.key != "a" && b.key != "an" && !lightVerbs[b.key] || b.key == "-")) { // "The closed-door retreat", "the 42nd ASEAN Summit leaders' retreat"
						break
					}
				}
			}
			if n := key(t, withAfterPlace(t, end)); n == "between" || n == "with" || n == "brought" {
				h.definite = false
				if n == "brought" {
					h.definite = true
				}
			}
			if haveNoun && h.definite && !openingAfter(t, noun) {
				// "The courtesy call followed talks between Lịch and Tea
				// Banh": a new meeting after the one referred to.
				continue
			}
			if h.tr.summit && accept != nil && !accept(h) || firstTimeAside(t, h) || cameAfter(t, h) || readersAudiences(t, h) {
				continue
			}
			noun, haveNoun = h, true
		}
	}
	if haveAgentless {
		return agentless, true
	}
	return noun, haveNoun
}

// stalledWords say negotiations went nowhere: "after talks stalled".
var stalledWords = set("stalled", "collapsed", "faltered", "foundered", "floundered", "failed", "broke", "deadlocked", "stopped")

// openingAfter reports whether the noun n is the told meeting a sentence
// opens after ("After the talks, Hun Sen chaired the ASEAN-UN Summit"): the
// gathering named next is the sentence's own.
func openingAfter(t []token, n hit) bool {
	return (key(t, 0) == "after" || key(t, 0) == "following") && n.start <= 3 && key(t, n.end) == ","
}

// quotedUntil returns where the quote sentence t stands in from its start
// closes (len(t) for one that goes on), or 0 for a sentence that opens
// outside quotes, and notes whether a quote is open after it. A sentence
// that opens with a mark opens a quote whatever came before: a quote that
// goes on into a new paragraph opens it again.
func (a *article) quotedUntil(t []token) int {
	marks := quoteMarksIn(t)
	opens := len(marks) > 0 && marks[0] == 0
	until := 0
	switch {
	case opens && len(marks) > 1:
		until = marks[1]
	case opens:
		until = len(t)
	case a.inQuote && len(marks) > 0:
		until = marks[0]
	case a.inQuote:
		until = len(t)
	}
	if opens {
		a.inQuote = len(marks)%2 == 1
	} else if len(marks)%2 == 1 {
		a.inQuote = !a.inQuote
	}
	return until
}

// everyTime reports whether "every time" or "whenever" opens the clause of
// the meeting word at i, seven words before it at most.
func everyTime(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if t[j].key == "whenever" || t[j].key == "every" && key(t, j+1) == "time" {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// atAMeetingWith reports whether the sentence, its own words starting at
// open, opens with "At a meeting with" the noun h.
func atAMeetingWith(t []token, open int, h hit) bool {
	return key(t, open) == "at" && (key(t, open+1) == "a" || key(t, open+1) == "an") && h.start == open+2 && key(t, h.end) == "with"
}

// readersAudiences reports whether "audiences" at h are a medium's readers
// and viewers ("changes in how audiences consume news", "to reach young
// audiences"), not audiences granted.
func readersAudiences(t []token, h hit) bool {
	return t[h.start].key == "audiences" && (mediaAudience[key(t, h.start-1)] || mediaAudience[key(t, h.end)])
}

var mediaAudience = set("how", "young", "younger", "reach", "reaching", "wider", "global", "domestic", "online", "foreign", "news",
	"consume", "consuming", "watch", "read", "listen", "get", "prefer", "trust")

// receivedThings are what one receives without meeting anyone: "while
// Trong received intensive treatment", "received 1.5 million doses",
// "migrant workers … receive their wages".
var receivedThings = set("treatment", "care", "doses", "vaccines", "aid", "donations", "funding", "approval", "votes", "training",
	"wages", "salaries", "salary", "pay", "payments", "benefits", "compensation", "allowances", "remittances", "pensions")

// passiveHosts are the verbs whose passive names the host after "by".
var passiveHosts = set("received", "welcomed", "hosted", "greeted")

// byAfterPlace returns where "by" stands after a place that follows a
// passive verb ending at end ("at the Presidential Palace by"), or -1.
func byAfterPlace(t []token, end int) int {
	if key(t, end) == "with" && (key(t, end+1) == "a" || key(t, end+1) == "an") {
		// "were welcomed with a military ceremony at the Presidential
		// Palace by Luong Cuong"
		for j := end + 2; j < len(t) && j <= end+5; j++ {
			if t[j].key == "ceremony" || t[j].key == "honours" || t[j].key == "honors" {
				end = j + 1
				break
			}
		}
	}
	if k := key(t, end); k != "at" && k != "in" && k != "to" {
		// "was welcomed to the Parliament of Fiji by …"
		return -1
	}
	for j := end + 1; j < len(t) && j <= end+8; j++ {
		switch {
		case t[j].key == "by":
			return j
		case !t[j].word && t[j].key != "'s":
			return -1
		}
	}
	return -1
}

// accordedWelcomeBy returns where "by" stands in "was accorded (given) a
// ceremonial welcome [at …] by", the passive at i, or -1.
func accordedWelcomeBy(t []token, i int) int {
	if k := t[i].key; k != "was" && k != "were" || key(t, i+1) != "accorded" && key(t, i+1) != "given" {
		return -1
	}
	for j := i + 2; j < len(t) && j <= i+6; j++ {
		if t[j].key == "welcome" || t[j].key == "reception" {
			if key(t, j+1) == "by" {
				return j + 1
			}
			return byAfterPlace(t, j+1)
		}
		if !t[j].word {
			return -1
		}
	}
	return -1
}

// heldConference reports whether the conference (or congress) at i is one a
// province or a ministry held, that was chaired or that those listed
// attended, where they sat together: "held a conference with the three
// Cambodian provinces", "The conference was co-chaired by A and B", "The
// congress was attended by A, B and …". A press conference is a briefing, "the Political
// Consultative Conference" a body, and a conference that "brings together
// ministers and chief executives" an event of many speakers.
func heldConference(t []token, i int) bool {
	if t[i].upper && verbBefore(t, i, conferenceChairs) && rollAfterSummit(t, i+1) {
		// "chaired the ASEAN-China Post Ministerial Conference, which was
		// attended by A, B and C": a named conference with its roll.
		return true
	}
	if t[i].upper && chairedAndAttended(t, i+1) {
		// "The 21st Conference of the Parties … was chaired by A and
		// attended by B, C and D"
		return true
	}
	if t[i].upper || callConference[key(t, i-1)] {
		return false
	}
	if l := lightBefore(t, i); l >= 0 {
		switch t[l].key {
		case "held", "hold", "holds", "hosted", "conducted":
			return true
		}
	}
	// "The conference was attended by A, B and C": those named sat in it
	// (one "joined by" others is the call or the talks just told).
	return verbBefore(t, i, conferenceChairs) || chairedBy(t, i+1) || key(t, passiveVerb(t, i+1)) == "attended"
}

// heldDiscussion reports whether the discussion at i is one its subject
// held: "holding a short discussion online", "held discussions with".
func heldDiscussion(t []token, i int) bool {
	l := lightBefore(t, i)
	if l < 0 && i > 0 && t[i-1].word && !t[i-1].upper {
		l = i - 1 // "held discussions", "held brief discussions"
		if !holdVerbs[key(t, l)] {
			l--
		}
	}
	return l >= 0 && holdVerbs[key(t, l)]
}

// namesPlace reports whether a city or a venue is named in t.
func namesPlace(t []token) bool {
	for j := range t {
		if _, _, ok := cities.match(t, j); ok && t[j].upper {
			return true
		}
		if venueAt(t, j) {
			return true
		}
	}
	return false
}

// holdVerbs make a discussion one held; "had a discussion" is as often
// a remark in a quote as a meeting.
var holdVerbs = set("held", "hold", "holds", "holding")

var conferenceChairs = set("chaired", "co-chaired", "co-hosted")

// lightBefore returns the light verb of the noun at i written after a
// determiner and modifiers ("held his first in-person talks"), or -1.
func lightBefore(t []token, i int) int {
	det := false
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		switch {
		case t[j].key == "-" || doubleQuoteMark(t[j].key):
		case !t[j].word:
			return -1
		case lightVerbs[t[j].key]:
			if det {
				return j
			}
			return -1
		case determiners[t[j].key]:
			det = true
		}
	}
	return -1
}

var (
	byWord = set("by")
	// beAux before a participle make it a passive ("was greeted").
	beAux = set("was", "were", "been", "being", "is", "are")
)

// boldHeading reports whether t is a heading set in bold, "**Title**", as
// round-ups head their items.
func boldHeading(t []token) bool {
	n := len(t)
	return n >= 5 && t[0].key == "*" && t[1].key == "*" && t[n-1].key == "*" && t[n-2].key == "*"
}

// sentence reads sentence si for meetings, or for the substance of the
// meeting just reported.
func (a *article) sentence(si int, t []token) {
	// "Trump met Trọng at the Presidential Palace, where the two watched
	// the signing of deals, and then held talks with Phúc": the second
	// report is read after the first, with the first's subject.
	if k := thenAlso(t); k > 0 {
		rest := t[k:]
		defer func() {
			var head *cand
			if n := len(a.cands); n > 0 && a.cands[n-1].sent == si {
				head = a.cands[n-1]
			}
			before, subj := len(a.cands), a.lastSubj
			// The dateline's tokens count from the sentence's start, the
			// tail's from its own.
			dlEnd := a.dlEnd
			if si == a.dlSent {
				a.dlEnd = max(a.dlEnd-k, 0)
			}
			a.tail = true
			a.sentence(si, rest)
			a.tail, a.dlEnd = false, dlEnd
			// The tail has no subject of its own: the one it names first
			// is its object ("…, and called on Widodo. On Wednesday, he
			// co-chaired …" is still the head's subject).
			a.lastSubj = subj
			for _, c := range a.cands[before:] {
				// The day and place the sentence gave its first report.
				if head != nil && !c.explicit && c.m.Status == head.m.Status {
					c.m.Date, c.explicit = head.m.Date, head.explicit
				}
				if head != nil && (c.placeRank < head.placeRank || head.m.Place != "" && !namesPlace(rest)) && c.m.Kind == head.m.Kind {
					// "In Vientiane, Lam held talks with A, …, and met B
					// before leaving": a tail naming no place of its own
					// is where the head was.
					c.m.Place, c.m.Venue, c.placeRank = head.m.Place, head.m.Venue, head.placeRank
				}
			}
		}()
		t = t[:k]
	}
	if boldHeading(t) {
		// "**Volunteer teachers return from Cambodia**" opens another item
		// of a round-up: "they" and "the two" under it are none of the
		// people the items before named.
		a.recent, a.lastNamed, a.lastNaming, a.lastSubj = nil, nil, nil, ""
		a.sectionStart = si
	}
	dates, reported, others := a.sentenceDates(si, t)
	roleDate := a.anchor
	for _, d := range dates {
		if !d.anaphoric && !d.aheadOnly {
			roleDate = d.past
			break
		}
	}
	ms := a.mentions(t, roleDate)
	ms = a.listSubjectFor(si, t, ms)
	if w := otherSideRepresented(t); w > 0 {
		// "A and B represented Indonesia at the meeting, while Japan was
		// represented by C and D": the other side sat at the same table.
		defer a.joinOtherSide(si, w, ms, len(a.cands))
	}
	if g := a.pendingGathering(si); g != nil && definiteGathering(t) {
		// "Myanmar sent a representative to the meeting, with A
		// attending …": still about the gathering whose list may follow.
		defer func() { g.told = max(g.told, si) }()
	}
	defer a.advance(t, dates, len(a.cands))
	defer func(before int) {
		if len(a.cands) == before {
			if city := arrival(t); city != "" {
				a.arrived, a.arrivedSent = city, si
			}
		}
	}(len(a.cands))
	defer func() {
		last := -1
		first := len(t)
		for _, list := range [][]dateExpr{dates, reported, others} {
			for _, d := range list {
				if !d.anaphoric && !d.aheadOnly && !d.past.IsZero() && d.start > last && !a.soonAhead(d) {
					a.lastTimeNamed, last = d.past, d.start
				}
				if !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && d.start < first && (!a.soonAhead(d) || !hasAny(t, 0, len(t), willWords)) {
					a.givenDay, a.givenDaySent, first = d.past, si, d.start
				}
			}
		}
		for _, d := range dates {
			if !d.anaphoric && !d.aheadOnly && !d.past.IsZero() && !a.soonAhead(d) {
				a.given, a.givenSent = d.past, si
			}
		}
	}()
	defer func() {
		subj := ""
		var named []string
		// "\"Aung San Suu Kyi told me …,\" he said", or the same words in
		// a quote a sentence before opened: the speaker is the subject.
		quoted := a.quotedUntil(t)
		for _, m := range ms {
			if m.slug != "" {
				a.note(m.slug)
				if subj == "" && m.start >= quoted {
					subj = m.slug
				}
				if !m.excluded && m.group == nil && !slices.Contains(named, m.slug) {
					named = append(named, m.slug)
				}
			}
		}
		a.lastNamed, a.lastNamedSent, a.lastMentions = named, si, ms
		if len(named) > 0 {
			a.lastNaming, a.lastNamingSent = named, si
		}
		a.namedPerSent[si] = len(named)
		if subj != "" && !pronounOpens(t, ms) {
			// "She then called on Luong Cuong … In the afternoon, she
			// met Chinh": the one the pronoun stood for is still the
			// subject.
			a.lastSubj = subj
		}
	}()
	excludeNegatedSubjects(t, ms)
	excludeNoted(t, ms)
	if c, kind := a.callNamedAfter(si, t); c != nil {
		// After the sentence: its "The call" may retell the meeting,
		// and the kind it names is what the report left unsaid.
		defer func() { c.m.Kind, c.m.Place, c.m.Venue = kind, "", "" }()
	}
	if city, end, ok := cities.match(t, 0); ok && weekdayLine(t, end) {
		// "Chiang Mai, Friday": the day's meetings are there.
		a.dayCity = city
		return
	}
	if a.headingMeeting(si, t, ms) {
		return
	}
	if oneByOne(t) && a.credentialsFrom(si, t, ms) {
		return
	}
	if a.bothAttended(si, t, ms) || a.witnessedSigners(si, t, ms, dates) || a.joinedFor(si, t, ms, dates) || a.signedAlongside(si, t, ms, dates) || a.namedGatheringChaired(si, t, ms, dates) || a.nounHeldWith(si, t, ms, dates) {
		return
	}
	a.speakerOfLead(si, t, ms)
	if a.mealAttendedBy(si, t, ms) || a.attendees(si, t, ms) || a.accompanied(si, t, ms, dates) || a.accompaniedAtBoth(si, t, ms) || a.sidesLed(si, t, ms) || a.speakerAtSession(si, t, ms) || a.signingWitnessed(si, t, ms) || a.spokeDuring(si, t, ms) || a.signedDuring(si, t, ms) || a.flankedBy(si, t, ms) || a.eventAttendedBy(si, t, ms) || a.ceremonyAttendedBy(si, t, ms) || a.leadSpoke(si, t, ms, dates) {
		return
	}
	if a.pluralAttendees(si, t, ms) {
		return
	}
	if together := opensBroughtTogether(t); presentAtMeeting(t) || joinedThem(t) || together {
		// "Ambassador Prak Nguon Hong was also present at the meeting":
		// the meeting just reported, with one more. "The summit brought
		// together A, B and C" with none told before is a meeting of its
		// own, read below; "… brought together the ministers of the
		// region, including A and B" names a few of many, and is not.
		if together {
			a.broughtTogetherDay(si, t, dates)
		}
		if a.alsoPresent(si, t, ms, dates) || !together || hasAny(t, 0, len(t), includingWord) {
			return
		}
	}
	if a.guestsAtMeal(si, t, ms, dates) {
		return
	}
	if alsoAttendedAside(t) && a.alsoPresent(si, t, ms, dates) {
		// "The document was signed by A and B, who also attended the
		// committee's meeting": the two were at the meeting told.
		a.addSubstance(si, t)
		return
	}
	if len(namedOnce(ms)) == 0 {
		a.visitDated(si, t, dates)
	}
	if len(namedOnce(ms)) <= 1 && a.agreementReachedAt(si, t, dates) || a.meetingWhereRoll(si, t, ms, dates) {
		return
	}
	h, ok := findTrigger(t, func(h hit) bool { return a.acceptTrigger(si, t, h, ms) })
	if ok && h.tr.form == trigNoun && letterAfterNoun(t, h, ms) {
		ok = false
	}
	if ok && everyTime(t, h.start) {
		// "Every time there is a big meeting, they tell us things will
		// change": what happens whenever, no meeting that took place.
		ok = false
	}
	if ok && h.tr.form == trigNoun && detailsOfAny(t, h.start) {
		// "… without giving details of a meeting": one that may or may
		// not come, of which nothing is told.
		ok = false
	}
	if ok && h.tr.form == trigNoun && thankedFor(t, h.start) && len(namedOnce(ms)) < 2 {
		// "Minister Heng Sour thanked the VGCL for its warm reception"
		// after the reception was told: a guest's thanks, not a second
		// meeting, one that those attending it would join.
		ok = false
	}

	if !ok {
		a.dayOfMonthsMeeting(si, t, ms, dates)
		if a.jointAgreement(si, t, ms, datesOrAnnounced(t, dates, reported)) || a.passiveSigning(si, t, ms, dates) || a.handedOver(si, t, ms, dates) || a.messageDelivered(si, t, ms, dates) || a.receivedFrom(si, t, ms, dates) || a.touredWith(si, t, ms, dates) || a.touredTogether(si, t, ms, dates) || a.signedWith(si, t, ms, dates) {
			return
		}
		a.alsoPresent(si, t, ms, dates)
		a.credentialsFrom(si, t, ms)
		a.callDated(si, t, dates)
		a.addSubstance(si, t)
		return
	}
	if negated(t, h) {
		return
	}
	if h.tr.form == trigNoun && len(namedOnce(ms)) == 0 && hasAny(t, max(h.start-5, 0), h.start, nextWords) {
		// "both sides agreed to keep close communication ahead of the
		// next LMC foreign ministers' meeting": a meeting to come that
		// names no one, not the one just told.
		a.addSubstance(si, t)
		return
	}
	if h.tr.form == trigNoun && len(a.cands) > 0 && firstOfItsKind(t, h) {
		// "It was the first face-to-face meeting between the two leaders
		// since Manet took office": the meeting just told, not another
		// one dated when he took office.
		a.addSubstance(si, t)
		return
	}
	if a.attendedLast(si, t, h, ms, dates) || a.hostOfTold(si, t, h, ms) {
		return
	}
	lo, hi := clauseOf(t, h)
	if s := sinceMetAt(t, ms, h.end, hi); s > 0 {
		// "held a meeting with Xi, the first talks since Yoon and Xi met
		// in Bali last November": the day and the place are the earlier
		// meeting's.
		hi = s
	}
	// "Frasco joined the meeting chaired by Tiong, which was also attended
	// by A, B and C": a gathering with its roll after the chair, read
	// below for the clause's end, the meeting told and its groups.
	withRoll := subjectWithRoll(t, h, ms)
	if s := saidThingPassive(t, ms, lo, h.start); s > lo {
		// "Spokesperson X said the ship was welcomed at the port by Y":
		// the ship was welcomed, not the one who said so.
		lo = s
	}
	asideAt := len(t) // a ", who …," aside the list resumes after: no place is read from it on
	if key(t, hi) == "," && key(t, hi+1) == "who" {
		// "The courtesy call was led by Johari, who is AIPA president,
		// and included Man and Seah": the list resumes after the aside;
		// so in "attended by A, B, C, who is based in Bangkok, and D".
		included := h.tr.form == trigNoun && passiveVerb(t, h.end) >= 0 && andIncluded(t, hi, len(t)) > 0
		if included || listGoesOnAfterAside(t, hi, ms) {
			end := semicolonFrom(t, hi)
			if !included {
				asideAt = hi
			}
			hi = end
		}
	}
	if key(t, hi) == "," && key(t, hi+1) == "among" && (key(t, hi+2) == "them" || key(t, hi+2) == "whom") && firstMention(ms) < h.start {
		// "presided over the retreat, which brought together her
		// counterparts, among them A, B and C": those it names of them.
		hi = semicolonFrom(t, h.end)
	}
	if hi < len(t) && withRoll {
		// "Bendito joined the plenary chaired by Mohamad, where he sat
		// alongside A, B and C": the clause after the chair lists more, up
		// to an aside about the last of them ("…, whose country takes over
		// the chair in January").
		for hi = h.end; hi < len(t) && t[hi].key != ";" && !(t[hi].key == "," && (key(t, hi+1) == "whose" || key(t, hi+1) == "who")); hi++ {
		}
	}
	if h.tr.opening {
		// "Receiving Ambassador Khamphao, the Vietnamese leader thanked
		// Thongloun for his message": the guest and the main clause's
		// subject, no one the main clause goes on to name.
		if c := nextComma(t, h.end); c > 0 {
			for k, m := range ms {
				if m.start > c && m.start < hi && (m.slug != "" || m.group != nil) {
					hi = m.end
					// "Receiving the guests, Secretary A and Chairman of the
					// provincial People's Committee B thanked …": both.
					if k+1 < len(ms) && key(t, hi) == "and" && ms[k+1].slug != "" && officeOnly(t, hi+1, ms[k+1].start) {
						hi = ms[k+1].end
					}
					break
				}
			}
		}
	}
	// "briefed his host on the talks, which he co-chaired with Sơn": in a
	// relative clause about a thing or a place, the names before it are
	// the main clause's; its own subject is the pronoun.
	clauseFrom := lo
	// "Seiha told Giang that the ceasefire was agreed on Monday, when Hun
	// Manet and Phumtham met at …": likewise after "when".
	if r := relativeStart(t, lo, h); r > 0 && (key(t, r) == "which" || key(t, r) == "where" || key(t, r) == "when" && t[r+1].upper) && !attendedSummitBefore(t, r) {
		clauseFrom = r + 1
	}
	var slugs, subjects, objects []string
	var each []string // "with each minister": the others met one by one
	add := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	// "The two leaders held a meeting before they were joined by Hasan
	// and Sugiono": those joining are more of the meeting, not the two
	// the group names.
	joinAt := joinedByAt(t, h.end, hi, h.light >= 0)
	if joinAt == len(t) && key(t, hi) == "," && key(t, hi+1) == "who" && key(t, hi+2) == "was" && key(t, hi+3) == "accompanied" && key(t, hi+4) == "by" {
		// "received Mr Liu Jianping, Chairman of China Huadian, who was
		// accompanied by Ambassador Wang Wenbin": the guest's companion
		// is at the table too.
		joinAt = hi + 5
		hi = semicolonFrom(t, joinAt)
	}
	if joinAt == len(t) && key(t, hi) == "," && key(t, hi+1) == "was" && key(t, hi+2) == "joined" && key(t, hi+3) == "by" && whoChairedAside(t, lo, h) {
		// "Tiu Laurel, who chaired the meeting, was joined by A, B and
		// C": the chair's aside, then who sat with him.
		joinAt = hi + 4
		hi = semicolonFrom(t, joinAt)
	}
	named := 0
	var joined []string // in every meeting the sentence reports, none a guest of their own
	for _, m := range ms {
		switch {
		case m.start < clauseFrom || m.start >= hi || m.excluded || m.group != nil:
		case m.start < joinAt:
			named++
		case m.slug != "":
			add(&joined, m.slug)
		}
	}
	// "Hegseth watched the drills alongside Pana, a day after meeting
	// Anutin": the gerund's subject is the sentence's, not those beside it.
	subjectOnly := -1
	if k := key(t, h.start-1); (k == "after" || k == "before") && strings.HasSuffix(t[h.start].key, "ing") && key(t, h.end) != "with" && key(t, h.end) != "them" && key(t, h.end) != "him" && hasAny(t, 0, h.start-1, commaWord) {
		for _, m := range ms {
			if m.start >= clauseFrom && m.start < h.start && !m.excluded && m.slug != "" && m.group == nil {
				subjectOnly = m.start
				break
			}
		}
	}
	for _, m := range ms {
		if m.start < clauseFrom || m.start >= hi || m.excluded || m.start < h.start && (companionAside(t, m.start, h.start) || biographyAside(t, m.start, h.start) && !namedBefore(ms, m)) {
			continue
		}
		if subjectOnly >= 0 && m.start < h.start && m.start != subjectOnly {
			continue
		}
		if m.group != nil {
			// "the first call between the two heads of government" names
			// no one new when the clause has named both; "the two
			// ministers met with A and B", a subject before any name, does.
			// "The two sides were pleased, especially after the meeting
			// between Chính and Srettha": the noun says whose meeting.
			if named >= 2 && (!(m.start < h.start && len(namedIn(ms, clauseFrom, h.start)) == 0) || h.tr.form == trigNoun && key(t, h.end) == "between") {
				continue
			}
			group := m.group
			if t[m.start].key == "they" && clauseFrom > lo {
				// "the two ministers crossed to Svay Rieng, where they
				// met …": the main clause's group, not the last meeting's;
				// "the Vietnamese delegation led by Phuc visited the port,
				// where they were welcomed by …": the delegation's head.
				for _, g := range ms {
					if g.start < lo || g.start >= clauseFrom || g.excluded {
						continue
					}
					if g.group != nil {
						group = g.group
						break
					}
					if g.slug != "" && (ledBy(t, g.start) || key(t, g.end-1) == "delegation") {
						group = []string{g.slug}
						break
					}
				}
			}
			for _, s := range group {
				add(&slugs, s)
				if m.start >= h.end {
					// "spoke separately with the foreign ministers of
					// Thailand and Cambodia": each is a guest.
					add(&objects, s)
				}
			}
			continue
		}
		add(&slugs, m.slug)
		if m.start < h.start {
			add(&subjects, m.slug)
		} else if !slices.Contains(subjects, m.slug) {
			add(&objects, m.slug)
		}
	}
	if a.tail && len(subjects) == 0 && a.lastSubj != "" && !slices.Contains(slugs, a.lastSubj) {
		// "…, and then held talks with Phúc": the sentence's subject.
		add(&slugs, a.lastSubj)
		add(&subjects, a.lastSubj)
	}
	// The pronoun opens the clause proper, after any dateline.
	plo, slo := clauseFrom, lo // where the pronoun is; where its antecedent may be
	if si == a.dlSent && a.dlEnd > plo && a.dlEnd < h.start {
		plo = a.dlEnd
	}
	if si == a.dlSent && a.dlEnd > slo && a.dlEnd < h.start {
		slo = a.dlEnd
	}
	if !h.definite && h.tr.form == trigNoun && named == 1 && atAMeetingWith(t, slo, h) && a.lastSubj != "" && !slices.Contains(slugs, a.lastSubj) {
		// "Srettha spent Friday meeting carmakers. At a meeting with
		// Toyota Chairman Akio Toyoda, the company confirmed …": the one
		// the story follows, when the main clause names no one.
		if c := nextComma(t, h.end); c > 0 && !namedBetween(ms, c, hi) {
			add(&slugs, a.lastSubj)
		}
	}
	if !h.definite {
		for j := plo; j < h.start && j < plo+12; j++ {
			if j >= plo+6 && !(key(t, j-1) == "," && (t[j].key == "he" || t[j].key == "she") && !namedBetween(ms, plo, j)) {
				// Only after a long opening such as "On Tuesday, a
				// national holiday in Japan, he held talks".
				continue
			}
			// "In his meeting with Xanana, Chính affirmed": a possessive
			// names no one new when the clause has named two.
			if (t[j].key == "he" || t[j].key == "she" || (t[j].key == "his" || t[j].key == "her") && h.tr.form == trigNoun && named < 2) && !withinMention(ms, j) {
				who := a.lastSubj
				if s := mainSubject(t, ms, slo, hi, j); s != "" && !slices.Contains(slugs, s) {
					who = s
				}
				if clauseFrom > lo {
					// "Man travelled to Siem Reap, where he was welcomed":
					// the main clause's subject.
					for _, m := range ms {
						if m.start >= slo && m.start < clauseFrom && m.slug != "" && !m.excluded {
							who = m.slug
							break
						}
					}
				}
				if a.lastMeetSubj != "" && !slices.Contains(slugs, a.lastMeetSubj) && (sequel[key(t, j+1)] || sameDayOpening(t, j)) &&
					!(a.arrivedSent == si-1 && a.arrived != "" && who == a.lastSubj) { // "Timmermans arrived in Beijing on Monday. On the same day, he was received by …"
					// "The Prime Minister first called on Widodo. Widodo
					// congratulated him … He then met Lee": "he then" goes
					// on with the one who has been meeting.
					who = a.lastMeetSubj
				}
				if lo > 0 && key(t, lo-1) == ";" {
					// "Srettha made Cambodia his first trip; in Phnom Penh
					// he also called on Hun Sen": the sentence's subject,
					// whoever met someone in the sentences before.
					for _, m := range ms {
						if m.start <= 2 && m.slug != "" && !m.excluded && !slices.Contains(slugs, m.slug) {
							who = m.slug
						}
					}
				}
				if s := sayerOfPronoun(t, ms, j); s != "" && slices.Contains(slugs, s) {
					// "Marsudi disclosed that she had also held a call with
					// Than Swe": the pronoun is the one who says so.
					who = s
				}
				add(&slugs, who)
				if len(subjects) == 0 {
					add(&subjects, who)
					if i := slices.Index(objects, who); i >= 0 {
						objects = slices.Delete(objects, i, i+1)
					}
				}
				break
			}
		}
	}
	if h.tr.form == trigNoun && !h.definite && len(subjects) == 0 && !(len(slugs) >= 2 && betweenAfter(t, h.end)) && a.lastMeetSubj != "" && !slices.Contains(slugs, a.lastMeetSubj) &&
		key(t, 0) == "the" && (key(t, 2) == "followed" || key(t, 2) == "came" || key(t, 2) == "preceded") {
		// "The call followed a meeting in Washington on Tuesday with the
		// Quad's foreign ministers": the caller met them.
		add(&slugs, a.lastMeetSubj)
	} else if len(subjects) == 0 && len(slugs) == 1 && a.lastSubj != "" && a.lastSubj != slugs[0] && cameDuring(t) {
		// "Abe on Monday pledged six patrol vessels. The pledge came
		// during talks with Phuc": the one who pledged held them.
		add(&slugs, a.lastSubj)
		if attendedBy(t, h.end) {
			// "A and B pledged … The pledge was made during a meeting,
			// attended also by C": all who pledged, and the one attending.
			for _, s := range a.lastGroup(0) {
				add(&slugs, s)
			}
		}
	}
	if len(slugs)-len(joined) == 1 || len(subjects) >= 2 && len(objects) == 0 && eachSeparately(t, lo, hi) && !slices.Contains(subjects, a.lastSubj) {
		// "The King held talks with him": the object pronoun is the one
		// the story was about. "Lee hosted him for lunch": after the
		// light verb too. "A shared the findings with Ambassador B, who
		// called on him": in a clause of who, the main clause's subject.
		ref := a.lastSubj
		if s := relativeClauseHost(t, h, ms, slugs[0]); s != "" {
			ref = s
		}
		from := h.end
		if h.light >= 0 && h.light < h.start {
			from = h.light + 1
		}
		for j := from; ref != "" && ref != slugs[0] && j < hi && j < h.end+4; j++ {
			if t[j].key == "him" || t[j].key == "her" && objectHer(t, j) || t[j].key == "them" {
				add(&slugs, ref)
				add(&objects, ref)
				break
			}
		}
	}
	if subject := oneOf(subjects, slugs); subject != "" {
		// "Wang had also held separate talks with each minister on
		// Saturday, after they arrived": one meeting with each of the
		// others he met.
		if each = a.eachOfThe(si, t, h, subject); each != nil {
			slugs, subjects, objects = append([]string{subject}, each...), []string{subject}, slices.Clone(each)
		}
	}
	status := a.status(t, h, dates, reported)
	if status == relbot.StatusPast && thenTitled(t, ms, lo, hi) {
		// "Li Keqiang and then Cambodian prime minister Hun Sen approved
		// a plan": told from a time when the offices were others.
		status = relbot.StatusBackground
	}
	kind := relbot.KindInPerson
	switch h.tr.kind {
	case kindPhone:
		kind = relbot.KindPhone
	case kindVirtual:
		kind = relbot.KindVirtual
	}
	if kind == relbot.KindInPerson && !hasAny(t, h.start-3, h.end+4, inPersonWords) {
		// "… had previously spoken only by video link, making Friday's
		// talks their first face-to-face meeting": the meeting's own word
		// says how it was held.
		from := 0
		for _, d := range dates {
			if d.leadsClause && d.end <= h.start {
				from = d.end // "The phone talks came a day after X met Y": the clause after
			}
		}
		kind = sentenceKind(withoutWhoAsides(t[from:priorEventCut(t, h.end)], h.start-from))
	}
	if kind == relbot.KindInPerson && key(t, 0) == "it" && (key(t, 1) == "was" || key(t, 1) == "were") && h.start <= 3 {
		// "… held an online conference on 10 October. The videoconference
		// linked Hanoi, Vientiane and Phnom Penh. It was co-chaired by …":
		// the conference the sentences before told online.
		for k := si - 1; k >= 0 && k >= si-2; k-- {
			if sentenceKind(a.toks[k]) == relbot.KindVirtual {
				kind = relbot.KindVirtual
				break
			}
		}
	}
	if kind == relbot.KindInPerson && h.definite && h.tr.form == trigNoun && (firstMention(ms) > h.start || key(t, h.start-1) == "the") && si > 0 && a.namedPerSent[si-1] == 0 && sentenceKind(a.toks[si-1]) == relbot.KindVirtual {
		// "Digital ministers adopted the masterplan at their first
		// meeting, held online yesterday. The First ASEAN Digital
		// Ministers' Meeting, chaired by A, was attended by B and C", "…
		// held via video link. A chaired the meeting from Hanoi": the
		// meeting the sentence before told online, with no one named there.
		kind = relbot.KindVirtual
	}
	if talked := key(t, h.start) == "talked"; kind == relbot.KindInPerson && (h.tr.speak || talked) {
		// "he had also spoken to Phumtham": the same kind of contact as the
		// call just reported, not as talks planned since.
		// "The week began with a pair of phone calls. Trump spoke in the
		// morning with Sheinbaum": the sentence just before tells how.
		told := si > 0 && sentenceKind(a.toks[si-1]) == relbot.KindPhone
		for k := si + 1; !told && k < len(a.toks) && k <= si+2; k++ {
			// "she spoke to A on Friday and to B the evening before. "In
			// both calls I expressed …"": a sentence after tells how.
			told = callsOpen(a.toks[k])
		}
		if told {
			kind = relbot.KindPhone
		}
		for k := len(a.cands) - 1; k >= 0 && !talked && !told; k-- {
			if a.cands[k].m.Status == relbot.StatusPast {
				kind, told = a.cands[k].m.Kind, true
				break
			}
		}
		// "Marcos has spoken separately by phone with the leaders of
		// Cambodia and Thailand … Marcos talked with Hun Manet on
		// Thursday": the calls a lead told without names.
		for k := si - 1; !told && k >= 0 && k >= si-2; k-- {
			if sentenceKind(a.toks[k]) == relbot.KindPhone {
				kind = relbot.KindPhone
				break
			}
		}
	}
	from := lo
	if si == a.dlSent && a.dlEnd > from {
		from = a.dlEnd
	}
	place, venue, rank := a.placeIn(t, h, from, min(hi, asideAt), ms)
	if resume := mainClauseResumes(t, min(hi, asideAt)); resume > 0 && rank < 3 {
		// "met Mukhtar Babaev, who will preside over the conference in
		// Baku, in Moscow on Tuesday": the place after the aside.
		end := nextComma(t, resume+1)
		if end < 0 {
			end = len(t)
		}
		if p, v, r := a.placeIn(t, h, resume, end, ms); r == 3 {
			if _, known := tableCity(p); known {
				place, venue, rank = p, v, r
			}
		}
	}
	rel := relativeStart(t, lo, h)
	if rel > 0 && key(t, rel) == "where" {
		// "arrived from Manila, where he held talks with Marcos": the
		// place is the relative's antecedent.
		// "flew to Nanning, capital of the Guangxi Zhuang Autonomous
		// Region, where Manet met": over an apposition too.
		found := false
		for j := rel - 2; j >= lo && j >= rel-14; j-- {
			if city, end, ok := cities.match(t, j); ok && (end == rel-1 || key(t, end) == "," && apposition(t, end+1, rel-1)) {
				place, venue, rank = city, "", 3
				found = true
				break
			}
		}
		for j := rel - 2; !found && j >= lo && j >= rel-4; j-- {
			// "went to the Grand Serail in downtown Beirut, where he held
			// talks": a town the tables lack, after "in".
			district := (buildingWords[key(t, j-2)] || key(t, j-2) == "complex") && (a.dlCity != "" || a.leadCity != "" || capitals[a.visitTo] != "") // "the Parliament Complex in Senayan"
			if c, end := unknownCity(t, j); c != "" && end == rel-1 && !district && (key(t, j-1) == "in" || key(t, j-1) == "downtown" && key(t, j-2) == "in") {
				place, venue, rank = c, "", 3
				break
			}
		}
	}

	solo, roll := false, false
	leadsMeeting := h.tr.form == trigNoun && len(a.cands) == 0 && a.gathering == nil && si > 0 && si <= 3 && len(slugs) <= 1 && framedOpening(t, h)
	if h.definite && h.tr.form == trigNoun && !leadsMeeting {
		target := a.target(slugs)
		own := theirOwnMeeting(t, h, slugs, ms)
		if target != nil && !subset(slugs, target.slugs) && own {
			// "PBBM shakes hands with B before their bilateral meeting"
			// after his meeting with A: B's meeting, not A's.
			target = nil
		}
		if h.tr.event || h.tr.summit && (a.pendingGathering(si) != nil || rollOfThree(t, h, ms) || attendedChaired(t, h)) || withRoll {
			// "presided over the opening ceremony together with A and B",
			// "held talks with Li. Afterwards, he attended the summit
			// together with Li, A and B": a roll is a meeting of its own.
			// "Jokowi received Hun Manet on Monday … opened the summit on
			// Tuesday. The summit was attended by …, Hun Manet, …": the
			// summit just told, not the audience its guest was at.
			target = nil
		}
		last := len(a.cands) - 1
		if k := a.placedCand(t, h); k >= 0 {
			// "The Putrajaya meeting was also attended by …" after calls
			// told since: the meeting held there.
			last = k
		} else if kind != relbot.KindInPerson && last >= 0 && a.cands[last].m.Kind != kind {
			// "The online talks were attended by …" after a meeting in
			// person planned at them: the held talks of that kind.
			for k := last - 1; k >= 0; k-- {
				if c := a.cands[k]; c.m.Kind == kind && c.m.Status == relbot.StatusPast {
					last = k
					break
				}
			}
		}
		attending := len(joined) // "The talks, attended by A and B, focused on …": names after joinAt
		joined := attendedBy(t, h.end) && (!a.summitNear(si) || last >= 0 && a.bilateralAttendance(a.cands[last], ms, h.end, hi))
		// "Moon co-chaired the summit with Prayut. The summit was attended
		// by …": the summit just told, its two chairs and the list.
		rolled := last == len(a.cands)-1 && a.rollOfSummit(si, t, h)
		if rolled {
			target = a.cands[last]
		}
		if target == nil && last >= 0 && (named > 0 || attending > 0 && joined) &&
			(key(t, h.end+1) == "also" || len(a.cands[last].slugs) < 2 || joined) && allGoverned(t, h, ms, hi) {
			// "The talks were also attended by Minh and Sokhonn", "Senior
			// officials held talks … The talks were led by Bounthong and
			// Tu": names the noun governs join the meeting just reported.
			target = a.cands[last]
		}
		if target == nil && last >= 0 && len(dates) == 0 && !h.tr.summit && !t[h.start].upper {
			// "A led the Bangladesh side, while Myanmar's delegation was
			// led by B. C chaired the meeting from Beijing": the chair of
			// the meeting just told, one more at its table.
			if c, chair := a.cands[last], namedOnce(ms); len(chair) == 1 && len(c.slugs) >= 2 && c.m.Status == status && si-c.lastTold() <= 1 && !slices.Contains(c.slugs, chair[0]) && chairNamed(t, h, ms) {
				c.join(chair[0])
				c.told = si
				a.addSubstance(si, t)
				return
			}
		}
		if g := a.unnamedLead(si); target == nil && g != nil && g.m.Status == status && (passiveVerb(t, h.end) >= 0 || rollVerbAfter(t, h.end)) {
			// "Leaders of the three parties held a meeting in Vientiane.
			// The meeting was chaired by Thongloun, with the participation
			// of Tô Lâm and Hun Sen", "The meeting in Kon Tum city brought
			// together A, B and C": those the lead did not name (named
			// people only: an office in an apposition, "Vice President of
			// the Lao PDR, Mr Bounthong", is no one else).
			if named := namedIn(ms, lo, hi); len(named) >= 2 {
				g.join(named...)
				if rank > g.placeRank && g.m.Kind == relbot.KindInPerson {
					// "The meeting, held at the CDC in Phnom Penh, was
					// attended by …": where the lead's meeting was.
					g.m.Place, g.placeRank = place, rank
				}
				if g.m.Venue == "" {
					g.m.Venue = venue
				}
				if g == a.gathering {
					a.promoteGathering()
				}
				a.addSubstance(si, t)
				return
			}
		}
		if g := a.unnamedLead(si); target == nil && g != nil && g.m.Status == status && len(slugs) >= 1 && len(g.slugs) == 0 && len(dates) == 0 && chairedTheMeeting(t, h) {
			// "Ministers of the six countries held a video conference on
			// Thursday. Li chaired the meeting from Beijing. Taking part
			// online were …": the lead's meeting has its chair, and the
			// list that follows the rest. A day of its own ("On November
			// 12, Phuc chaired the summit") tells it afresh.
			g.join(slugs...)
			g.told = si
			return
		}
		if target != nil {
			for _, d := range dates {
				// "following their first meeting in Jakarta in September
				// last year": a date of its own makes it another meeting.
				if d.start >= lo && d.start < hi && !d.anaphoric && !d.aheadOnly && !d.past.IsZero() && !thingsDate(t, d.start) && !(target.borrowed && !h.tr.summit) &&
					!target.m.Date.IsZero() && (d.past.End().Before(target.m.Date.Start()) || d.past.Start().After(target.m.Date.End())) {
					target = nil
					if d.past.Day != 0 && !a.old(d.past) && !d.past.Start().After(a.pubDate.Start()) {
						// "In the delegation-level talks today, …" after a
						// dinner yesterday: the story is back on today, and
						// "later in the day" counts from it.
						a.narrative, a.narrAt, a.narrHeading = d.past, len(a.cands), false
					}
					break
				}
			}
		}
		if target != nil && target.m.Status == status {
			namedBefore := len(target.slugs)
			target.told = max(target.told, si)
			joinedIn := joinedInThe(t, lo, h)
			if named >= 2 || joinedIn || (key(t, h.end+1) == "also" || len(target.slugs) < 2 || joined) && allGoverned(t, h, ms, hi) {
				// "The talks between Chính, Manet and Sonexay": a name the
				// noun governs joins the meeting; one elsewhere in the
				// sentence ("During the call, Manet mourned Trọng") does not.
				for _, m := range ms {
					if m.slug == "" || m.excluded || m.group != nil || slices.Contains(target.slugs, m.slug) {
						continue
					}
					// "The meeting was attended by ASEAN defence ministers
					// including A and B": the whole list, after a summit.
					if m.start >= h.end && m.start < hi && (rolled || governedBy(t, h.end, m.start) || rollVerbAfter(t, h.end) || atTheLeadsTalks(t, h, namedBefore)) ||
						joinedIn && m.start >= lo && m.start < h.start {
						target.slugs = append(target.slugs, m.slug)
						// "The meeting was attended by … On the Vietnamese
						// side, X and Y were present."
						a.markListed(target, si)
					}
				}
			}
			if kind != relbot.KindInPerson && target.m.Kind == relbot.KindInPerson && target.m.Place == "" && target.m.Venue == "" {
				// "Chính and Hun Sen agreed on Friday to … In their first
				// phone conversation, the two leaders discussed …": the
				// lead told what was agreed, the noun how they met.
				target.m.Kind = kind
			}
			if rank > target.placeRank && target.m.Kind == relbot.KindInPerson {
				target.m.Place, target.placeRank = place, rank
			}
			if target.m.Venue == "" {
				target.m.Venue = venue
			}
			// "… after the leak of her call with Hun Sen. The call, held on
			// June 15, …": a date written beside the meeting's noun beats
			// one the first sentence gave its main verb.
			if (target.loose || target.borrowed || target.m.Date.Day == 0) && !namesOthers(ms, target.slugs, lo, hi) {
				// "Earlier this week, Lazaro held talks with Freitas.
				// Their meeting took place on Tuesday": the day.
				for _, d := range dates {
					if d.start >= lo && d.start < hi && !d.anaphoric && !d.aheadOnly && d.start-h.end <= 6 && d.start >= h.end {
						target.m.Date, target.loose, target.borrowed = d.past, false, false
						break
					}
				}
			}
			// "At the talks, …": the story is back on the meeting's day.
			a.narrAt = -1
			a.addSubstance(si, t)
			return
		}
		if g := a.soloSummit(si); g != nil && !h.tr.summit && g.m.Status == status && len(slugs) == 1 && chairedBy(t, h.end) {
			// "Prayut took part in a special ASEAN summit by video
			// conference. The meeting was chaired from Hanoi by Phuc": the
			// summit's chair, before the list of who joined.
			g.join(slugs...)
			g.told = si
			return
		}
		if h.tr.summit {
			// "X attended the 37th ASEAN Summit … The summit was chaired by
			// Y. Also attending were …": who the summit brought together
			// is told by the list that follows, or by none.
			if g := a.pendingGathering(si); g != nil && g.m.Status == status && !(len(slugs) >= 3 && rollOfThree(t, h, ms) && otherDay(dates, lo, hi, g.m.Date)) {
				before := len(g.slugs)
				g.join(slugs...)
				g.told = si
				if (attendedBy(t, h.end) || chairedAndAttended(t, h.end)) && len(g.slugs) > before && len(g.slugs) >= 2 {
					// "The retreat was attended by A, B and C", "The summit
					// was chaired by Li Qiang and attended by A, B and C"
					a.promoteGathering()
					a.markListed(g, si)
				}
				return
			}
			if n := len(a.cands); n > 0 && len(slugs) == 1 {
				if c := a.cands[n-1]; len(c.slugs) == 1 && c.m.Status == status && si-c.lastTold() <= 2 {
					// "Prayut took part yesterday in two special summits …
					// The Special ASEAN Summit on COVID-19 was chaired by
					// Phuc": the chair of the one the lead told.
					c.join(slugs...)
					c.told = si
					return
				}
			}
			switch {
			case len(slugs) >= 3 && rollOfThree(t, h, ms):
				// "On Thursday, Jokowi chaired the 18th East Asia Summit,
				// attended by A, B and C": the chair and the list are the
				// summit's, whatever was told before; so are those who
				// attended it "alongside" the subject; and so does a roll
				// the summit's sentence opens with ("The 10th Mekong-Japan
				// summit in Tokyo brought together A, B and C").
				roll = true
			case h.tr.event && len(slugs) == 2 && (coChairedBy(t, h.end) || chairedBy(t, h.end)), len(slugs) == 2 && atChairedSummit(t, h):
				// "The forum was co-chaired by A and B": the two met there,
				// whoever the sentences after add.
				roll = true
			case len(slugs) == 1 || len(slugs) == 2 && (coChairedBy(t, h.end) || attendedChaired(t, h)):
				// Held back, its chair or two co-chairs, or one who attended
				// it and its chair ("Li attended the summit, chaired by
				// Sonexay"), until a list tells who else was there.
				solo = true
			case len(slugs) == 0 && h.tr.event && ceremonyHeld(t, h) && status == relbot.StatusPast:
				// "The groundbreaking ceremony was held at the Na Phao
				// checkpoint on Wednesday. It was attended by A, B and
				// C": held back for the list that follows.
				solo = true
			default:
				return
			}
		}
		if !h.tr.summit && withRoll {
			// "Frasco met A on Friday. A day earlier, she joined the
			// meeting of tourism ministers chaired by B, which was also
			// attended by A, C and D": a gathering of its own, not the
			// meeting told.
			roll = true
		}
		if len(a.cands) > 0 && !solo && !roll && !own {
			// A summit with its chair is held back whatever came before:
			// "… met on Wednesday. The retreat itself took place on
			// Thursday, chaired by X. Participants included …".
			a.addSubstance(si, t)
			return
		}
		if unknownNameIn(t, ms) {
			// "Ri Son-gwon handed Moon a gift during the lunch", "The
			// invitation was delivered by Kim Yo-jong, who handed Moon …":
			// the other one there is someone the article does not know,
			// not those named before.
			a.addSubstance(si, t)
			return
		}
		// "Speaking after their talks, Manet said": the lead named the
		// participants without a verb of meeting.
		// "The meeting was also attended by Šefčovič": those named join the
		// two the lead named, not one of them.
		have := len(slugs)
		if (h.tr.summit || attendedBy(t, h.end)) && !roll && !(solo && len(slugs) >= 2) {
			have = 0
		}
		for _, s := range a.lastGroup(0) {
			if have >= 2 || solo && len(slugs) == 1 && chairVerbBefore(t, h.start) || solo && len(slugs) == 0 && h.tr.event {
				// "Meanwhile, Phuc chaired the Special ASEAN Summit" after a
				// call of two others: its chair alone, until a list follows.
				break
			}
			add(&slugs, s)
			have++
		}
		switch {
		case solo:
		case len(slugs) == 1 && chairedBy(t, h.end):
			// "The meeting was chaired by Saleumxay. Attending were …"
			solo = true
		case len(slugs) == 1 && chairedTheMeeting(t, h):
			// "Ly Thuch presided over the meeting. Also attending were …"
			solo = true
		case len(slugs) == 0 && status == relbot.StatusPast && unnamedSides(t, lo):
			// "Leaders of Lạng Sơn and Guangxi held their annual meeting
			// … The Vietnamese side was led by A and B, while the Chinese
			// delegation was headed by C": the sentences after name them.
			solo = true
		case len(slugs) < 2:
			return
		}
	}
	if !h.definite && named == 0 && len(slugs) == 0 && len(a.cands) == 0 && si > 0 &&
		framingPreps[key(t, h.start-2)] {
		// "Manet and Son pledged on Wednesday to …. The pledge was made
		// during a meeting at the Peace Palace": the lead named who met.
		for _, s := range a.lastGroup(0) {
			add(&slugs, s)
		}
	}
	if leadsMeeting && !unknownNameIn(t, ms) {
		// "Thongloun on Wednesday thanked outgoing Ambassador Masato Ueda
		// …. In a farewell meeting at the Presidential Palace, Thongloun
		// said …": the two the lead named, one of them named again.
		if two := a.lastGroup(0); len(two) == 2 && (len(slugs) == 0 || slices.Contains(two, slugs[0])) {
			for _, s := range two {
				add(&slugs, s)
			}
		}
	}
	var dated, aside, own []dateExpr
	heldFrom, heldThen := heldWhen(t, h, hi)
	resumes := mainClauseResumes(t, hi)
	for _, d := range dates {
		switch {
		case d.start >= heldFrom && d.start < heldThen:
			// "his telephone conversation with Paetongtarn, which took
			// place on June 15": the noun's own day, over the saying's.
			own = append(own, d)
		case resumes > 0 && d.start >= resumes && !hasAny(t, resumes, d.start, clauseStops) && !hasAny(t, resumes, d.start, clauseBreaks):
			// "received Hun Sen, who is also the Chair of ASEAN, at the
			// palace yesterday afternoon": the aside closed, the
			// sentence goes on with the meeting's place and day.
			dated = append(dated, d)
		case d.start < max(lo, rel) || d.start >= hi:
		case d.past.Day == 0 && followingEvent(t, h.end, d.start):
			// "held phone talks with Kyle … following the AI summit the
			// two countries co-hosted in Seoul earlier this year": the
			// summit's time, not the call's.
		case inAside(t, d.start, h):
			aside = append(aside, d)
		default:
			dated = append(dated, d)
		}
	}
	if len(own) > 0 {
		dated = own
	}
	if len(aside) > 0 && !aside[len(aside)-1].anaphoric {
		// "Son, who arrived on Tuesday, held talks with Sokhonn on the
		// same day": the day the aside names.
		base := aside[len(aside)-1]
		for k, d := range dated {
			// Not a bare part of the day: "Harris, whose arrival was delayed
			// on Tuesday, held talks with Phuc in the morning" is the
			// story's morning.
			if d.anaphoric && !d.leadsClause && base.past.Day != 0 && !(key(t, d.start) == "in" && key(t, d.start+1) == "the") {
				moved := relbot.DateOf(base.past.Start().AddDate(0, 0, d.sameDay))
				dated[k] = dateExpr{past: moved, future: moved, start: d.start, end: d.end}
			}
		}
	}
	if len(dated) == 0 && len(aside) > 0 && tripAside(t, aside[len(aside)-1]) {
		// "Balakrishnan, who was in Dili on an introductory visit on June
		// 17, called on A": the trip's day is the call's.
		dated = append(dated, aside[len(aside)-1])
	}
	if len(dated) == 0 && lo > 0 && key(t, lo-1) == ";" {
		// "Srettha made Cambodia his first trip abroad in September; in
		// Phnom Penh he also called on Hun Sen": the clause before dates
		// the trip this one goes on with.
		if d, ok := latestDate(dates, 0, lo-1, false); ok {
			dated = append(dated, d)
		}
	}
	if len(dated) == 0 && lo > 0 && leadIns[key(t, 0)] && key(t, lo-1) == "," {
		// "Following the official welcome ceremony at the Presidential
		// Palace on June 28, Trong held talks with Thongloun": the talks
		// follow on the day the opening phrase gives.
		if d, ok := latestDate(dates, 0, lo-1, false); ok && d.past.Day != 0 {
			dated = append(dated, d)
		}
	}
	if len(dated) == 0 && lo > 0 && dayAfterLead(t, 0) && key(t, lo-1) == "," {
		// "A day after receiving Barrett, Listyo held a video conference":
		// a day after the meeting the phrase recalls.
		for _, d := range dates {
			if d.start == 0 && d.anaphoric {
				dated = append(dated, d)
			}
		}
	}
	if len(dated) == 0 && rel > 0 && key(t, rel) == "who" && key(t, rel-1) == "," {
		// "the visit in late June by Thongloun, who held talks with Trọng
		// in Hà Nội": the visit's date is the talks'.
		if d, ok := latestDate(dates, lo, rel, false); ok {
			dated = append(dated, d)
		}
	}
	if len(dated) == 0 && lo > 1 && key(t, lo-1) == "when" && key(t, lo-2) != "," {
		// "elevated their ties in December 2023 when Hun Manet held talks
		// with Kishida": the date the "when" hangs on is the meeting's.
		if d, ok := latestDate(dates, 0, lo-1, true); ok {
			dated = append(dated, d)
		}
	}
	if len(dated) == 0 && rel > 0 && (key(t, rel) == "where" || key(t, rel) == "when" || key(t, rel) == "which" && key(t, rel-1) == ",") {
		// "the ceasefire brokered on July 28 in Putrajaya, where Anwar
		// hosted …", "On Thursday, Wang attended the meeting, which he
		// co-chaired with X": the antecedent's date is the meeting's.
		// "Yoon had last visited Cambodia in November 2022 to attend the
		// summits in Phnom Penh, where he held talks with Hun Sen": the
		// main clause's nearest date, however far.
		if d, ok := latestDate(dates, lo, rel, true); ok {
			dated = append(dated, d)
		}
	}
	if h.tr.meal && h.light >= 0 && h.light < h.start && strings.HasPrefix(t[h.light].key, "host") && len(objects) == 0 {
		// "President Xi and Madame Peng then hosted a state banquet in
		// honour of Their Majesties": hosts do not meet each other, and
		// the guests are the ones the story already told of.
		return
	}
	if c := a.chairedLast(si, t, h, status); c != nil {
		// "Saleumxay joined his counterparts for the ministers' meeting.
		// The meeting was co-chaired by Maris and Wang Yi": the chairs are
		// more of the meeting the lead opened with one name.
		c.join(slugs...)
		c.told = si
		return
	}
	if len(subjects) == 0 && len(objects) >= 2 && len(slugs) == len(objects) && h.tr.form == trigVerb && !h.tr.group && unnamedSubject(t, lo, h.start) {
		// "Vietnamese leaders held talks with both Trump and Xi": each
		// met the hosts, not the other.
		return
	}
	groups := [][]string{slugs}
	if each != nil {
		groups = groups[:0]
		for _, o := range each {
			groups = append(groups, []string{slugs[0], o})
		}
	}
	// Those joining are no guests of their own: "held talks with Sonexay
	// on Friday, with Bui Thanh Son also attending" is one meeting.
	objects = slices.DeleteFunc(objects, func(s string) bool { return slices.Contains(joined, s) })
	if len(joined) > 0 {
		// "paid a courtesy call on Marcos, with Lazaro also attending":
		// Lazaro is at each meeting the sentence reports.
		defer func() {
			for _, c := range a.cands {
				if c.sent == si {
					c.join(joined...)
				}
			}
		}()
	}
	// "The delegation met Governor A in Takéo on 9/1, Governor B in Ta
	// Khmau on 10/1 and …": each guest with a date of its own is a meeting
	// of its own, dated and placed by its part of the list.
	var segs []segment
	// "joined the plenary …, where he sat alongside A and B": one table.
	if len(subjects) == 1 && len(objects) >= 2 && !h.tr.summit && !withRoll {
		segs = a.listSegments(t, ms, objects, dated, h, hi)
	}
	if segs != nil {
		groups = groups[:0]
		for _, o := range objects {
			groups = append(groups, []string{subjects[0], o})
		}
	} else if len(subjects) == 1 && len(objects) >= 2 && !h.tr.summit && !withRoll && separately(t, lo, hi, h) && !a.countedAhead(si, 1+len(objects)) && !a.guestsCounted(si, len(objects)) && !a.manyCountriesOneTable(t, subjects[0], objects) && !a.ownCountrysTable(subjects[0], objects) {
		groups = groups[:0]
		for _, o := range objects {
			groups = append(groups, []string{subjects[0], o})
		}
	} else if hasAny(t, lo, hi, separateWords) {
		// "Chính and Huệ had separate meetings with the Chinese leader":
		// one meeting per host. The guest may also be named before the
		// verb ("continuing the visit of Xi Jinping, …").
		var after []string
		for _, m := range ms {
			if m.start >= h.end && m.start < hi && !m.excluded && m.group == nil {
				add(&after, m.slug)
			}
		}
		var hosts []string
		for _, s := range subjects {
			if len(after) == 1 && s != after[0] {
				hosts = append(hosts, s)
			}
		}
		if len(hosts) >= 2 {
			groups = groups[:0]
			for _, s := range hosts {
				groups = append(groups, []string{s, after[0]})
			}
		}
		if len(after) == 0 && len(subjects) >= 2 && len(objects) == 0 && eachSeparately(t, lo, hi) {
			// "Trong and Phuc separately paid courtesy calls on the
			// Imperial couple": each met guests the story did not name,
			// not the other.
			groups = groups[:0]
		}
		if len(after) == 0 && len(subjects) >= 2 && len(objects) == 1 && eachSeparately(t, lo, hi) {
			// "A and B separately called on him at his hotel": each met
			// the one the pronoun stands for.
			groups = groups[:0]
			for _, s := range subjects {
				groups = append(groups, []string{s, objects[0]})
			}
		}
	}
	if len(subjects) >= 2 && len(objects) == 0 && h.light >= 0 && withUnnamedSide(t, h.end, hi) {
		// "The IPU President and Secretary General held a series of
		// meetings with the leadership of Viet Nam": one side, meeting
		// people the sentence does not name, not each other.
		groups = nil
	}
	for gi, g := range groups {
		if a.visitTo == "" && a.visitor != "" && status == relbot.StatusPast {
			// The visitor's country is known: the visit is to the host's.
			for _, s := range g {
				if cc := a.countryOf(s); cc != "" && cc != a.visitor && capitals[cc] != "" {
					a.visitTo = cc
					break
				}
			}
		}
		// "The two leaders held a tête-à-tête followed by delegation-level
		// talks" tells the meeting just reported again, and those named
		// as present at it afterwards make it no other meeting.
		c := &cand{sent: si, slugs: g, placeRank: rank, retold: each == nil && (joinAt < len(t) && groupSubject(ms, clauseFrom, h.start) || h.tr.opening ||
			groupSubject(ms, clauseFrom, h.start) && a.justTold(si, g, status)), summit: h.tr.summit || summitClause(t, h) || namedGathering(t, h)}
		c.m.Kind, c.m.Status, c.m.Place, c.m.Venue = kind, status, place, venue
		c.m.Occasion, _ = occasionIn(t, a.sentences[si])
		if c.m.Occasion == "" && status == relbot.StatusPast {
			c.m.Occasion = a.occasion
		}
		if segs != nil {
			sg := segs[gi]
			c.m.Place, c.m.Venue, c.placeRank = place, venue, rank
			if p, v, r := a.placeIn(t, h, sg.from, sg.to, ms); r >= 2 {
				c.m.Place, c.m.Venue, c.placeRank = p, v, r
			} else if p := officialCity(t, sg.from, sg.to); p != "" {
				c.m.Place, c.placeRank = p, 2
			}
			a.dateOf(c, t, h, []dateExpr{sg.date}, reported)
		} else {
			a.dateOf(c, t, h, dated, reported)
			if visitSummary(t, h) || len(groups) > 1 && tripWhichBefore(t, h.end, mentionAfter(ms, g[len(g)-1], h.end)) {
				// "left Phnom Penh on Saturday after a two-day state visit
				// in which he met the King and Hun Sen": the visit's
				// meetings, told again with their own days further on.
				c.explicit, c.overview = false, true
			}
			if c.retold && !c.explicit {
				// "Yoon arrived on Thursday … the two leaders held a
				// summit": the meeting told before, on its day, not the
				// arrival's, so that "later in the day" counts from it.
				if k := a.retoldOf(c); k != nil && k.m.Kind == c.m.Kind {
					c.m.Date = k.m.Date
				}
			}
		}
		if c.placeRank < 2 && kind == relbot.KindInPerson {
			a.placeFromContext(c, t, si)
		}
		if kind != relbot.KindInPerson {
			c.m.Place, c.m.Venue = "", ""
		}
		if c.retold && kind == relbot.KindInPerson && h.tr.kind == "" && sentenceKind(t) == relbot.KindInPerson {
			// "held a virtual meeting with Albanese … The two leaders
			// held talks for an hour": the meeting retold keeps the way
			// it was held.
			if o := a.retoldOf(c); o != nil && o.m.Kind != relbot.KindInPerson {
				c.m.Kind, c.m.Place, c.m.Venue = o.m.Kind, "", ""
			}
		}
		if a.otherLeg(c) {
			c.m.Status = relbot.StatusBackground
		}
		if hasAny(t, h.start-8, h.end+12, outcomeWords) {
			c.summary = append(c.summary, a.sentences[si])
		}
		c.leaked = hasAny(t, max(h.start-4, 0), h.start, leakWords)
		if solo {
			a.gathering = c
			continue
		}
		a.cands = append(a.cands, c)
	}
	if len(subjects) > 0 && status == relbot.StatusPast {
		a.lastMeetSubj = subjects[0]
	}
}

// saidAfter reports whether "after" before the participle at i follows the
// main clause's verb ("said after receiving his counterpart"), not a span of
// time ("a day after receiving Barrett", "hours after meeting").
func saidAfter(t []token, i int) bool {
	if key(t, i-1) != "after" || hoursApart(t, i) {
		return false
	}
	k := key(t, i-2)
	return !timeUnits[k] && k != "day" && k != "days"
}

// othersAfter reports whether the list after end ends in "and other
// (ASEAN) leaders": those named were some of many at an occasion.
func othersAfter(t []token, end int) bool {
	for j := end; j+2 < len(t) && j < end+40; j++ {
		if t[j].key == ";" {
			return false
		}
		if t[j].key == "and" && t[j+1].key == "other" {
			for k := j + 2; k < len(t) && k <= j+4; k++ {
				if manyOthers[t[k].key] {
					return true
				}
			}
		}
	}
	return false
}

// ceremonyOf reports whether the summit's noun at start names what a
// ceremony opened: "the opening ceremony of the 44th and 45th ASEAN
// Summits". A summit "attended by A, B and other leaders" is a table.
func ceremonyOf(t []token, start int) bool {
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		switch k := t[j].key; {
		case k == "of" && key(t, j-1) == "ceremony":
			return true
		case k == "the" || k == "and" || k == "-" || t[j].upper || k != "" && k[0] >= '0' && k[0] <= '9':
		default:
			return false
		}
	}
	return false
}

var manyOthers = set("leaders", "heads", "ministers", "presidents", "premiers", "dignitaries", "delegates", "guests")

// retoldOf returns the last meeting told before c with c's status, one's
// people among the other's.
func (a *article) retoldOf(c *cand) *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		o := a.cands[k]
		if o.m.Status == c.m.Status && (subset(o.slugs, c.slugs) || subset(c.slugs, o.slugs)) {
			return o
		}
	}
	return nil
}

// chairedTheMeeting reports whether the meeting's noun follows "chaired the"
// or "presided over the" and names no one it was with: its chair alone,
// until a list tells who else sat at it.
func chairedTheMeeting(t []token, h hit) bool {
	if key(t, h.end) == "with" || key(t, h.end) == "between" {
		return false
	}
	// "chaired the ASEAN meeting", "presided over the 14th China-ASEAN
	// meeting": the words of its name between.
	the := h.start - 1
	for the > 0 && the >= h.start-5 && key(t, the) != "the" && (t[the].upper || t[the].key == "-" || t[the].key[0] >= '0' && t[the].key[0] <= '9') {
		the--
	}
	if key(t, the) != "the" {
		return false
	}
	v := key(t, the-1)
	return v == "chaired" || v == "co-chaired" || v == "over" && key(t, the-2) == "presided"
}

// chairNamed reports whether the sentence names the chair of the meeting its
// noun at h speaks of: "The meeting was chaired by C", "C chaired the
// meeting from Beijing".
func chairNamed(t []token, h hit, ms []mention) bool {
	if v := passiveVerb(t, h.end); presidingVerbs[key(t, v)] && key(t, v+1) == "by" {
		return true
	}
	return chairedTheMeeting(t, h) && firstMention(ms) < h.start
}

// broughtTogetherDay gives the meeting just told, dated to its month or week
// only ("last week"), the day a sentence opening "The meeting, held on
// January 15, brought together …" writes within that span.
func (a *article) broughtTogetherDay(si int, t []token, dates []dateExpr) {
	c := a.pendingGathering(si)
	if n := len(a.cands); c == nil && n > 0 && si-a.cands[n-1].lastTold() <= 2 {
		c = a.cands[n-1]
	}
	if c == nil || c.m.Status != relbot.StatusPast || c.m.Date.IsZero() || c.m.Date.Day != 0 {
		return
	}
	for _, d := range dates {
		if d.anaphoric || d.aheadOnly || d.past.Day == 0 {
			continue
		}
		if !d.past.Start().Before(c.m.Date.Start()) && !d.past.End().After(c.m.Date.End()) && hasBroughtAfter(t, d.end) {
			c.m.Date = d.past
			return
		}
	}
}

// passiveTimedBy reports whether the passive of a host's verb at h goes on
// with a time, then its agent: "was welcomed on Friday by B", "was
// welcomed this morning by B".
func passiveTimedBy(t []token, h hit) bool {
	if b := key(t, h.start-1); (b != "was" && b != "were") || !passiveHosts[key(t, h.start)] {
		return false
	}
	for j := h.end; j < len(t) && j <= h.end+4; j++ {
		switch {
		case t[j].key == "by":
			return j > h.end
		case !isWeekday(t[j].key) && !isMonth(t[j].key) && !passiveTimeWords[t[j].key]:
			// "was welcomed and briefed by B": another verb's agent
			return false
		}
	}
	return false
}

// passiveTimeWords tell when between a passive and its agent.
var passiveTimeWords = set("on", "this", "that", "morning", "afternoon", "evening", "today", "yesterday", "earlier", "later")

// hasBroughtAfter reports whether "brought together" follows i.
func hasBroughtAfter(t []token, i int) bool {
	for j := i; j < len(t); j++ {
		if broughtTogether(t, j) {
			return true
		}
	}
	return false
}

// whoChairedAside reports whether the meeting's noun ends a ", who chaired
// (hosted) the meeting" aside that opens at lo or just before it.
func whoChairedAside(t []token, lo int, h hit) bool {
	for j := h.start - 1; j >= max(lo-2, 1) && j >= h.start-4; j-- {
		if t[j].key == "who" && key(t, j-1) == "," {
			return chairVerbs[key(t, j+1)]
		}
	}
	return false
}

// placeFromContext places an in-person meeting whose clause names no city:
// the place of the article's last meeting on the same day (a visit's
// programme), else the capital of the country visited when the dateline is
// in another country, else the dateline, else the capital visited, else the
// place of a meeting the day before or after (a two-day visit).
func (a *article) placeFromContext(c *cand, t []token, si int) {
	if p := a.lastPlaced(c, 0); p != nil && (p.placeRank >= 2 || c.placeRank == 0 || p.placeRank >= c.placeRank && p.sent == c.sent) {
		c.m.Place, c.placeRank = p.m.Place, max(p.placeRank, 1)
		return
	}
	if city, ok := leavingFrom(t); ok {
		// "On October 9, before leaving Laos, Lich called on Thongloun".
		c.m.Place, c.placeRank = city, 2
		return
	}
	if departsAfter(t) {
		// "On Tuesday, Xi met Chinh before flying to Kuala Lumpur": still
		// where the day before's talks were.
		if p := a.lastPlaced(c, 1); p != nil && p.placeRank >= 2 {
			c.m.Place, c.placeRank = p.m.Place, 2
			return
		}
	}
	if a.arrived != "" && c.m.Status == relbot.StatusPast && c.placeRank < 2 && !a.placedSince(a.arrivedSent) {
		// "The delegation left Jakarta and arrived in Singapore in the
		// evening. … Wong chaired the welcome ceremony at the Istana,
		// followed by talks": the trip has moved on from the visit the
		// lead named.
		c.m.Place, c.placeRank = a.arrived, 1
		return
	}
	visit := a.visitTo
	if _, code := occasionIn(t, a.sentences[si]); code != "" {
		visit = code
	}
	if visit != "" && (c.m.Status == relbot.StatusPast || c.placeRank == 0) {
		if c.placeRank == 0 || capitalOf[c.m.Place] != "" && capitalOf[c.m.Place] != visit {
			c.m.Place = capitals[visit]
			return
		}
	}
	if c.m.Place == "" {
		if p := a.lastPlaced(c, 1); p != nil {
			c.m.Place = p.m.Place
		}
	}
	if c.m.Place == "" && c.m.Status == relbot.StatusPast {
		c.m.Place = a.leadCity
	}
}

// namedBefore reports whether the actor m names was named earlier in the
// sentence: "Thongloun, who doubles as Laos's foreign minister," speaks of
// him again.
func namedBefore(ms []mention, m mention) bool {
	return slices.ContainsFunc(ms, func(o mention) bool { return o.slug == m.slug && o.start < m.start })
}

// semicolonFrom returns where the first semicolon at or after from stands,
// or len(t): the end of a list that runs on past a clause's commas.
func semicolonFrom(t []token, from int) int {
	if k := slices.IndexFunc(t[from:], func(tk token) bool { return tk.key == ";" }); k >= 0 {
		return from + k
	}
	return len(t)
}

// attendedSummitBefore reports whether the relative clause at r is said of a
// summit the main clause's subject joined or chaired: "the senior general
// joined the GMS leaders' summit, which was hosted by Li and attended by …",
// "Lazaro presided over the retreat, which brought together …". Its subject
// was there with those it names.
func attendedSummitBefore(t []token, r int) bool {
	if key(t, r) != "which" || key(t, r-1) != "," {
		return false
	}
	for j := r - 2; j >= 0 && j >= r-8; j-- {
		if summitNames[t[j].key] || t[j].key == "meeting" {
			return verbBefore(t, j, attendedVerbs) || verbBefore(t, j, chairVerbs) && (key(t, r+1) == "brought" || key(t, r+1) == "gathered")
		}
	}
	return false
}

// placedSince reports whether a meeting held in person at a place was told
// in sentence si or after it.
func (a *article) placedSince(si int) bool {
	for _, c := range a.cands {
		if c.sent >= si && c.m.Place != "" && c.m.Kind == relbot.KindInPerson && c.m.Status == relbot.StatusPast {
			return true
		}
	}
	return false
}

// arrival returns the city a sentence that tells no meeting says its
// travellers arrived in: "arrived in Singapore in the evening", "landed in
// Hanoi", "flew on to Vientiane".
func arrival(t []token) string {
	for j := 0; j+1 < len(t); j++ {
		if plannedWords[t[j].key] || t[j].key == "had" {
			return ""
		}
		k := j + 1
		switch t[j].key {
		case "arrived", "landed":
			if key(t, k) != "in" && key(t, k) != "at" {
				continue
			}
		case "flew", "travelled", "traveled", "moved", "headed":
			if key(t, k) == "on" {
				k++
			}
			if key(t, k) != "to" {
				continue
			}
		case "took":
			// "The signing ceremony took place at EDL's headquarters in
			// Vientiane. The agreement was signed by …": where the next
			// sentence's meeting was.
			if key(t, k) != "place" || olderOccasion(t) {
				continue // "The previous CLV summit took place in Siem Reap in November 2016"
			}
			for p := k + 1; p+1 < len(t) && p <= k+10 && t[p].key != ","; p++ {
				if t[p].key == "in" {
					if city, _, ok := cities.match(t, p+1); ok {
						return city
					}
				}
			}
			continue
		default:
			continue
		}
		k++
		if code, _, ok := countries.match(t, k); ok && capitals[code] != "" {
			return capitals[code]
		}
		if city, _, ok := cities.match(t, k); ok {
			return city
		}
	}
	return ""
}

// olderOccasion reports whether t dates what it tells to another time than
// the story's: "previous", "last year", "in November 2016".
func olderOccasion(t []token) bool {
	for _, w := range t {
		if olderWords[w.key] || yearWord(w.key) {
			return true
		}
	}
	return false
}

var olderWords = set("previous", "last", "ago", "earlier", "former", "first")

// leavingFrom reads "before leaving Laos" or "before leaving Hanoi": the
// city the meeting was in.
func leavingFrom(t []token) (string, bool) {
	for j := 0; j+2 < len(t); j++ {
		if t[j].key != "before" || t[j+1].key != "leaving" {
			continue
		}
		if code, _, ok := countries.match(t, j+2); ok && capitals[code] != "" {
			return capitals[code], true
		}
		if city, _, ok := cities.match(t, j+2); ok {
			return city, true
		}
	}
	return "", false
}

// departsAfter reports whether a sentence sends its subject on after the
// meeting: "before flying to", "before leaving for", "before departing for".
func departsAfter(t []token) bool {
	for j := 0; j+2 < len(t); j++ {
		if t[j].key != "before" {
			continue
		}
		switch t[j+1].key {
		case "flying", "travelling", "traveling", "heading":
			return true
		case "leaving", "departing":
			return t[j+2].key == "for"
		}
	}
	return false
}

// lastPlaced returns the article's latest in-person meeting with a place, of
// the same status, dated within days of c.
func (a *article) lastPlaced(c *cand, days int) *cand {
	if c.m.Date.Day == 0 {
		days = 0
	}
	for k := len(a.cands) - 1; k >= 0; k-- {
		p := a.cands[k]
		if p.m.Kind != relbot.KindInPerson || p.m.Status != c.m.Status || p.m.Place == "" {
			continue
		}
		if p.m.Date == c.m.Date {
			return p
		}
		if days > 0 && p.m.Date.Day != 0 {
			diff := p.m.Date.Start().Sub(c.m.Date.Start()).Hours() / 24
			if diff >= -float64(days) && diff <= float64(days) {
				return p
			}
		}
	}
	return nil
}

// otherDay reports whether the clause lo..hi gives a day of its own, not d:
// "Anwar chaired the summit on Tuesday … It came a day after the 46th ASEAN
// Summit on Monday, which gathered A, B and C" tells another gathering.
func otherDay(dates []dateExpr, lo, hi int, d relbot.Date) bool {
	for _, e := range dates {
		if e.start >= lo && e.start < hi && !e.anaphoric && !e.aheadOnly && e.past.Day != 0 {
			return e.past != d
		}
	}
	return false
}

// capitalOf maps a capital to its country.
var capitalOf = func() map[string]string {
	m := make(map[string]string, len(capitals))
	for code, city := range capitals {
		m[city] = code
	}
	return m
}()

// cameAfter reports whether the meeting's noun is the subject of "came a
// day after" or "comes weeks before": the sentence tells the other event.
func cameAfter(t []token, h hit) bool {
	if k := key(t, h.end); k != "came" && k != "comes" {
		return false
	}
	return hasAny(t, h.end+1, h.end+5, leadIns)
}

// cameDuring reports whether a sentence opens "The pledge (remark,
// announcement) came during (at, in)": what the sentence before told was
// said at the meeting this one names.
func cameDuring(t []token) bool {
	verb, prep := key(t, 2), key(t, 3)
	if key(t, 0) != "the" || verb != "came" && verb != "was" && verb != "were" {
		return false
	}
	if prep == "made" {
		// "The remarks were made during the talks"
		prep = key(t, 4)
		return prep == "during" || prep == "at"
	}
	return prep == "during" || verb == "came" && (prep == "at" || prep == "in")
}

// eachSeparately reports whether "separately" in lo..hi says that two
// subjects each did what the verb says, not with each other: "Trong and
// Phuc separately paid courtesy calls on …"; not the story's "Separately,
// Chinh and Hun Manet met", nor "held a separate meeting".
func eachSeparately(t []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t[j].key == "separately" && key(t, j+1) != "," {
			return true
		}
	}
	return false
}

// sharedEvent reports whether two leaders of two countries, the subjects,
// attended the event at h together: "Yoon and Chinh attended a
// Korea-Vietnam business forum". Two ministers of one government at a
// ceremony, or one leader "with" another, share no table by being there.
func (a *article) sharedEvent(t []token, h hit, ms []mention) bool {
	if !verbBefore(t, h.start, attendedVerbs) || h.light < 0 || key(t, h.end) == "with" {
		return false
	}
	var subjects []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.start < h.light {
			subjects = append(subjects, m.slug)
		}
	}
	if len(subjects) != 2 {
		return false
	}
	c0, c1 := a.countryOf(subjects[0]), a.countryOf(subjects[1])
	return c0 != "" && c1 != "" && c0 != c1
}

var nextWords = set("next", "upcoming", "forthcoming")

// betweenAfter reports whether "between" follows a meeting's noun ending at
// end, past when it was held: "a phone conversation last week between A
// and B" names both sides, no one else.
func betweenAfter(t []token, end int) bool {
	for j := end; j < len(t) && j <= end+4; j++ {
		if t[j].key == "between" {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// oneOf returns the one subject of a meeting, or the one named when no
// subject was, or "".
func oneOf(subjects, slugs []string) string {
	switch {
	case len(subjects) == 1:
		return subjects[0]
	case len(subjects) == 0 && len(slugs) == 1:
		return slugs[0]
	}
	return ""
}

// eachOfThe returns the others of the meeting just told with subject when
// the meeting at h was "with each minister" ("each of them", "each side")
// and "separate": he met each of them on his own.
func (a *article) eachOfThe(si int, t []token, h hit, subject string) []string {
	j := h.end
	if key(t, j) == "with" {
		j++
	}
	if key(t, j-1) != "with" || key(t, j) != "each" || !hasAny(t, 0, j, separateWords) {
		return nil
	}
	switch k := key(t, j+1); {
	case k == "of" && (key(t, j+2) == "them" || key(t, j+2) == "the"):
	case peerNouns[k+"s"] || k == "minister" || k == "leader" || k == "side" || k == "delegation" || k == "envoy":
	default:
		return nil
	}
	n := len(a.cands)
	if n == 0 {
		return nil
	}
	c := a.cands[n-1]
	if si-c.lastTold() > 3 || len(c.slugs) < 3 || !slices.Contains(c.slugs, subject) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(c.slugs), func(s string) bool { return s == subject })
}

// letterAfterNoun reports whether those a meeting noun would join are the
// sender and addressee of a letter: "Yesterday's meeting followed a letter
// sent last month by A to B", no one named before the noun.
func letterAfterNoun(t []token, h hit, ms []mention) bool {
	for _, m := range ms {
		if m.slug == "" {
			continue
		}
		if m.start < h.start {
			return false
		}
		if m.start >= h.end {
			return hasAny(t, h.end, m.start, letterWords)
		}
	}
	return false
}

// thankedFor reports whether the meeting noun at n is what someone was
// thanked for: "thanked the VGCL for its warm reception", "expressed
// gratitude for the talks".
func thankedFor(t []token, n int) bool {
	j := n - 1
	for j > 0 && n-j <= 3 && t[j].word && !t[j].upper && t[j].key != "for" {
		j-- // "its warm", "the cordial and"
	}
	if key(t, j) != "for" {
		return false
	}
	return hasAny(t, max(0, j-12), j, thankWords)
}

var thankWords = set("thanked", "thanks", "thanking", "thank", "gratitude", "grateful", "appreciation")

// acceptTrigger vets a verb: one that needs a person as object ("called on",
// "visited") must be followed by one, over titles ("visited former Thai Prime
// Minister Thaksin"), and "called on X to act" urges rather than meets.
func (a *article) acceptTrigger(si int, t []token, h hit, ms []mention) bool {
	if h.tr.group && plenary(t, h) {
		return false
	}
	if countedTimes(t, h) || firstTimeAside(t, h) || datedWhoAside(t, h) || welcomedToChamber(t, h) {
		return false
	}
	if b := key(t, h.start-1); key(t, h.start) == "discussed" && (b == "be" || b == "been" || b == "being" || b == "was" || b == "were" || b == "is" || b == "are") {
		// "this would be discussed with ASEAN foreign ministers": a
		// matter taken up, no one met.
		return false
	}
	if h.tr.form == trigVerb && frequencyAdverbs[key(t, h.start-1)] {
		// "remains party president and frequently receives foreign
		// diplomats": what someone does, no meeting that took place.
		return false
	}
	if key(t, h.start) == "drew" && broughtTogetherNoun(t, h.start) < 0 {
		// "The remarks drew a rebuke from B": only a gathering draws
		// those who met at it.
		return false
	}
	if key(t, h.start) == "brought" && (hasAny(t, 0, h.start, gatherings) || !slices.ContainsFunc(ms, func(m mention) bool { return m.slug != "" && m.start < h.start && m.group == nil })) &&
		!(broughtNouns[key(t, broughtTogetherNoun(t, h.start))] && len(namedIn(ms, h.start, len(t))) >= 2) {
		// "Anwar brought together Hun Manet and Phumtham" is a mediator's
		// meeting; "the forum brought together 200 firms" and "The summit,
		// chaired by Lee, brought together the leaders of …" are none.
		return false
	}
	if h.tr.event && massAudience(t, h.end) && !hasAny(t, 0, len(t), presidingVerbs) {
		// "the inauguration ceremony was attended by A, B, C and a large
		// number of officials, railway workers and members of the
		// public": a crowd at a ceremony, no table (but its chair and a
		// guest of honour, "presided over by A and attended by B", met).
		return false
	}
	waitingCeremony := h.tr.event && len(namedOnce(ms)) == 0 && ceremonyHeld(t, h)
	if h.tr.event && !rollOfThree(t, h, ms) && !eventChair(t, h, ms) && !a.sharedEvent(t, h, ms) && !waitingCeremony {
		return false
	}
	if (h.tr.event || h.tr.summit && ceremonyOf(t, h.start)) && othersAfter(t, h.end) {
		// "presided over the opening ceremony of the ASEAN Summits,
		// attended by A, B and other ASEAN leaders": a multilateral
		// occasion, no meeting of those named.
		return false
	}
	if h.tr.summit && !twoLeaderSummit(t, h, ms) && !summitRoll(t, h, ms, a.bodyStart(si)) && !a.rollOfGathering(si, t, h) && !hostedWith(t, h, ms) && !a.rollOfSummit(si, t, h) && !waitingCeremony {
		return false
	}
	if (key(t, 0) == "a" || key(t, 0) == "an") && len(t) > 2 && t[1].word && !t[1].upper && (key(t, 2) == "that" || key(t, 2) == "who") && h.start > 2 {
		// "A chair that picks up the phone and sits down with both sides
		// can stop a war": anyone who would, no one who did.
		return false
	}
	if h.tr.opening && h.start != 0 && key(t, h.start-1) != "while" && key(t, h.start-1) != "when" && !saidAfter(t, h.start) && !(si == a.dlSent && h.start == a.dlEnd) {
		// "Receiving Ambassador X, the leader …" opens a sentence, or
		// follows its dateline; "made the remark while receiving a
		// delegation" and "said after receiving his counterpart" report
		// one too; "A day after receiving Barrett, Listyo held …" dates
		// the main clause's meeting by it.
		return false
	}
	if h.start > 0 && h.start <= 4 && a.signatory == "" {
		// "\"I have spoken with Samdech Hun Manet and with Khun
		// Phumtham,\" Anwar said": the speaker, whom the quote does not
		// name, called each; the two named did not meet each other.
		for j := 0; j < h.start; j++ {
			if t[j].text == "I" || t[j].key == "we" {
				return false
			}
		}
	}
	if k := t[h.start].key; (k == "called" || k == "calls" || k == "call") && key(t, h.start+1) == "on" && key(t, h.start-1) != "courtesy" {
		// "had called on both leaders to pull back their forces": urged,
		// no call paid.
		for j := h.end; j+1 < len(t) && j <= h.end+14; j++ {
			if k := t[j].key; k == "," || k == "." || k == ";" || k == "at" || k == "in" {
				break
			}
			if t[j].key == "to" && t[j+1].word && !t[j+1].upper && !meetingNouns[t[j+1].key] && (governedFrom(t, h.end, j) || urgedGroup(t, h.end, j)) {
				return false
			}
		}
	}
	if (t[h.start].key == "hosted" || h.tr.meal) && inHonourOfMany(t, h.end) {
		// "attended a dinner hosted by President Tokayev in honour of the
		// visiting heads of state and government": a summit's banquet.
		return false
	}
	if claimedBefore(t, h.start) {
		// "Asked about claims that President Xi had recently held a
		// phone call with Trump, the spokesperson said he was not aware
		// of any such call": a rumour, no call told.
		return false
	}
	if k := t[h.start].key; (k == "called" || k == "calls") && h.end == h.start+1 && namedAs(t, h.end, ms) {
		// "called Russian President Vladimir Putin \"a butcher\"": a
		// name given, no call made.
		return false
	}
	if k := t[h.start].key; (k == "co-chairs" || k == "co-hosts") && h.end == h.start+1 {
		// "The General Border Committee, which he co-chairs with Gen Tea
		// Seiha, is to meet next month": a standing role, no meeting.
		if r := relativeStart(t, 0, h); r > 0 && (key(t, r) == "which" || key(t, r) == "that") {
			return false
		}
	}
	if k := t[h.start].key; h.end == h.start+1 && (k == "phone" || k == "phones" || k == "calls") && (nounBefore[key(t, h.start-1)] || key(t, h.start-1) == "same") {
		// "nothing to talk about on the phone", "the calls", "they use
		// the same phones": nouns, no one phoned.
		return false
	}
	if k := t[h.start].key; (k == "meet" || k == "meets" || k == "met") && h.end == h.start+1 {
		// "on track to meet the $20 billion target": a goal met is no one met.
		for j := h.end; j < len(t) && j < h.end+7; j++ {
			if goalWords[t[j].key] {
				return false
			}
			if !t[j].word && t[j].key != "$" && t[j].key != "-" && t[j].key != "%" && t[j].key != "." && t[j].key != "," {
				break
			}
		}
	}
	if t[h.start].key == "spoke" && h.end == h.start+1 {
		// "spoke in the morning with Mexican President Claudia
		// Sheinbaum": the time between the verb and its "with".
		return spokeWithAfter(t, h.end, ms)
	}
	if t[h.start].key == "joined" && h.end == h.start+1 {
		// "A joined B, C and D at Ba Dinh Square for the parade": named
		// people joined. "joined the Chairman in all his meetings" and
		// "joined the two presidents" are company at meetings told.
		if k := key(t, h.end); determiners[k] || k == "them" || k == "him" || !joinedForEvent(t, h.end) {
			return false
		}
	}
	from := h.end
	if paidCallTo(t, h) {
		// "paid a courtesy visit to the border post, where he was
		// received by B": a call paid to a place is no meeting; the
		// clause after it may tell one.
		from = h.end + 1
	} else if !personObject[strings.Join(keysOfSlice(t[h.start:h.end]), " ")] || passiveTimedBy(t, h) {
		return true
	}
	if strings.HasPrefix(t[h.start].key, "welcome") && a.heldTold() && !timedBefore(t, h.start) && !a.newHost(t, h, ms) {
		// "Xi welcomed Hun Manet on his first official visit" after the
		// talks were told: the welcome at the meeting just reported, not
		// one more; "In the morning, Mongkol welcomed Ambassador Han" is
		// a call of its own.
		return false
	}
	if k := t[h.start].key; strings.HasPrefix(k, "host") || strings.HasPrefix(k, "welcome") {
		// "hosted a delegation from Tây Ninh led by …": a delegation is
		// its leader; "a meeting he hosted with X and Y" has its guests;
		// "the biggest gathering Malaysia has hosted" is none.
		if key(t, h.end) == "with" {
			return true
		}
		for j := h.end; j < len(t) && j < h.end+4; j++ {
			if t[j].key == "delegation" || t[j].key == "delegations" {
				return true
			}
		}
	}
	if k := key(t, h.end); (k == "him" || k == "her" && objectHer(t, h.end)) && relativeClauseHost(t, h, ms, "") != "" {
		// "shared the findings with Ambassador B, who called on him":
		// the pronoun is the one the sentence opened with.
		return true
	}
	if k := key(t, h.end); (k == "him" || k == "her" && objectHer(t, h.end)) && (key(t, h.end-1) == "on" || h.tr.speak) && key(t, h.end+1) != "to" && a.lastSubj != "" {
		// "Guterres arrived on Sunday. Foreign Minister Saud called on him
		// at his hotel", "… spoke with her by phone": the one the story
		// follows (not "called on him to resign").
		return true
	}
	if (hostedIncluding(t, h) || hostedGatheringWith(t, h)) && slices.ContainsFunc(ms, func(m mention) bool { return m.slug != "" && m.start < h.start }) {
		// A named host: "Vietnam hosted ASEAN leaders, including …" says
		// where, not who met.
		return true
	}
	for _, m := range ms {
		if m.start < from || m.slug == "" && m.group == nil {
			continue
		}
		if c := nextComma(t, from); c > from && c+1 == m.start && officeOfBodyThenName(t, from, c) {
			// "hosted the head of the DGB union federation, Yasmin Fahimi,
			// at the chancellery", "hosted the president of France,
			// Emmanuel Macron": the office, then who holds it.
			return !m.excluded
		}
		for j := from; j < m.start; j++ {
			if _, end, ok := titles.match(t, j); ok && end <= m.start && (key(t, j-1) == "former" || end == m.start) {
				// "paid a visit to former prime minister Thaksin", "called
				// on Cambodian People's Party president Hun Sen"
				j = end - 1
				continue
			}
			k := t[j]
			if !(k.upper || titleAdjectives[k.key] || k.key == "the" || k.key == "his" || k.key == "her" || k.key == "of" || k.key == "and" || k.key == "both" || k.key == "'s" || k.key == "." || friendWords[k.key] ||
				k.key == "(" && key(t, j+2) == ")" && t[j+1].upper || k.key == ")" && key(t, j-2) == "(" && t[j-1].upper || // "welcomed Vietnam Coast Guard (VCG) Commander Lê Quang Đạo"
				(corefNouns[k.key] || k.key == "counterparts") && (key(t, j+1) == t[m.start].key || key(t, j+1) == ",") || // "hosted Vietnamese Communist Party chief To Lam", "hosted his counterparts, A and B"
				k.key == "," && (friendWords[key(t, j-1)] || corefNouns[key(t, j-1)] || key(t, j-1) == "counterparts") || // "his longtime friend, former Thai Prime Minister Thaksin", "his Vietnamese counterpart, Gen. Phan Van Giang"
				k.key == "," && officeThenName(t, from, j) || // "called on the President of the Lao Buddhist Fellowship Organisation, Most Venerable …"
				k.key == "," && portfolioWords[key(t, j-1)] && j+1 < len(t) && t[j+1].upper && portfolioWords[key(t, j+1)] || // "called on Minister of Agriculture, Forestry and Fisheries Dith Tina"
				officeComma(t, j, m) ||
				k.key == "to" && (key(t, j-1) == "ambassador" || key(t, j-1) == "envoy") || // "welcomed Chinese Ambassador to Thailand Han Zhiqiang"
				k.key == "for" && j > 0 && t[j-1].upper && key(t, j-1) == "minister") { // "called on Minister for Defence Ng Eng Hen"
				return false
			}
		}
		if m.excluded || key(t, m.end) == "'s" {
			// "welcomed Chinh's proposal": a thing of theirs, not them.
			return false
		}
		if key(t, m.end) == "to" && m.end+1 < len(t) && t[m.end+1].word && !t[m.end+1].upper && key(t, m.end+1) != "the" && !mealWords[key(t, m.end+1)] && !strings.HasPrefix(t[h.start].key, "summon") {
			// Not "hosted Mr Dien to lunch": a guest at the host's table.
			// ("summoned B to his office", "… to protest" is the summons
			// itself.)
			return false
		}
		return true
	}
	return false
}

// officeComma reports whether the comma at j is an office's own, after one
// of its words and before the next ("Coordinating Minister for Political,
// Legal and Security Affairs Hadi Tjahjanto"), or the one that sets the
// name m in apposition after it ("…, Hadi Tjahjanto, in Canberra").
func officeComma(t []token, j int, m mention) bool {
	if key(t, j) != "," || j == 0 || !t[j-1].upper || !officeWords[t[j-1].key] {
		return false
	}
	if j+1 == m.start {
		return key(t, m.end) == "," || afterObject[key(t, m.end)]
	}
	return j+1 < len(t) && t[j+1].upper && officeWords[t[j+1].key]
}

// joinedForEvent reports whether the people named after "joined" at i are
// followed by the occasion they were joined at: "joined A, B and C at Ba
// Dinh Square", "… to attend the parade", "… for the opening ceremony"; not
// "joined Biden for the meeting" or "joined Chinh at all three meetings",
// company at meetings told.
func joinedForEvent(t []token, i int) bool {
	for j := i; j+2 < len(t) && j < i+30; j++ {
		if t[j].upper {
			continue // the names: "General Secretary To Lam"
		}
		switch t[j].key {
		case ".", ";", ":":
			return false
		case "at":
			return t[j+1].upper
		case "to":
			return t[j+1].key == "attend" || t[j+1].key == "witness"
		case "in":
			// "joined A and B in co-hosting a special session"
			return hostingGerunds[t[j+1].key]
		case "for":
			k := j + 1
			if t[k].key == "the" || t[k].key == "a" {
				k++
			}
			for ; k < len(t) && k < j+5 && t[k].word; k++ {
				if gatherings[t[k].key] || t[k].key == "parade" || t[k].key == "celebrations" {
					return true
				}
			}
			return false
		}
	}
	return false
}

var hostingGerunds = set("co-hosting", "hosting", "co-chairing", "chairing", "holding", "launching")

// heldTold reports whether the article has told a held meeting of two or
// more.
func (a *article) heldTold() bool {
	return slices.ContainsFunc(a.cands, func(c *cand) bool { return c.m.Status == relbot.StatusPast && len(c.slugs) >= 2 })
}

// timedBefore reports whether the words before i give the time of what
// follows: a weekday, a part of the day, a month, "yesterday", "today".
func timedBefore(t []token, i int) bool {
	for j := 0; j < i; j++ {
		k := t[j].key
		if _, ok := weekdays[k]; ok || dayPartWords[k] || months[k] != 0 {
			return true
		}
	}
	return false
}

var dayPartWords = set("morning", "afternoon", "evening", "yesterday", "today", "tonight")

// hostedIncluding reports whether a host's verb has a group for its object
// and a list of its members after: "hosted the leaders — including A, B
// and C — at the plenary session".
func hostedIncluding(t []token, h hit) bool {
	if !strings.HasPrefix(t[h.start].key, "host") {
		return false
	}
	j := h.end
	for j < len(t) && j < h.end+3 && (determiners[t[j].key] || t[j].upper) {
		j++
	}
	if !guestGroups[key(t, j)] {
		return false
	}
	j++
	if k := key(t, j); k == "," || k == "—" || k == "–" || k == "-" {
		j++
	}
	return key(t, j) == "including"
}

// callNamedAfter returns the meeting just told by a bare "spoke with",
// which says nothing of how they spoke, and the kind the sentence gives it
// when it opens "The call follows …" or "The video call came …"; nil
// otherwise.
func (a *article) callNamedAfter(si int, t []token) (*cand, relbot.Kind) {
	if key(t, 0) != "the" || len(a.cands) == 0 {
		return nil, ""
	}
	kind := relbot.KindPhone
	if k, ok := decisionCameDuring(t); ok {
		// "The decision came during 45 minutes of telephone talks": how
		// the lead's "A and B agreed Tuesday to …" was reached.
		c := a.cands[len(a.cands)-1]
		if c.m.Status != relbot.StatusPast || c.m.Kind != relbot.KindInPerson || c.placeRank > 1 || si-c.lastTold() > 1 || c.sent >= len(a.toks) {
			return nil, ""
		}
		if told := a.toks[c.sent]; !hasAny(told, 0, len(told), agreedWord) || hasAny(told, 0, len(told), meetVerbs) {
			return nil, ""
		}
		return c, k
	}
	switch key(t, 1) {
	case "call":
	case "videoconference":
		kind = relbot.KindVirtual
	case "phone", "telephone", "video":
		if key(t, 2) != "call" {
			return nil, ""
		}
		if key(t, 1) == "video" {
			kind = relbot.KindVirtual
		}
	default:
		return nil, ""
	}
	c := a.cands[len(a.cands)-1]
	if c.m.Status != relbot.StatusPast || c.m.Kind != relbot.KindInPerson || c.placeRank > 1 && c.m.Place != a.dlCity || si-c.lastTold() > 3 && len(a.cands) > 1 || c.sent >= len(a.toks) {
		return nil, ""
	}
	told := a.toks[c.sent]
	if !hasAny(told, 0, len(told), speakVerbs) || hasAny(told, 0, len(told), meetVerbs) {
		return nil, ""
	}
	return c, kind
}

// decisionCameDuring reads "The decision (agreement) came during 45 minutes
// of telephone talks" and the kind of the talks it names.
func decisionCameDuring(t []token) (relbot.Kind, bool) {
	if !outcomeNouns[key(t, 1)] || key(t, 2) != "came" || key(t, 3) != "during" && key(t, 3) != "in" {
		return "", false
	}
	for j := 4; j < len(t) && j < 12 && t[j].word; j++ {
		switch t[j].key {
		case "telephone", "phone":
			return relbot.KindPhone, true
		case "videoconference", "video":
			return relbot.KindVirtual, true
		}
	}
	return "", false
}

// outcomeNouns name what talks reached: "The decision came during …".
var outcomeNouns = set("decision", "agreement", "announcement", "deal")

// agreedWord is what a lead says two sides did when its next sentence
// tells how: "A and B agreed Tuesday to postpone …. The decision came during
// telephone talks".
var agreedWord = set("agreed")

var (
	// speakVerbs tell a conversation without saying how it was held; not
	// "talks", a meeting's own noun ("held talks with").
	speakVerbs = set("spoke", "talked", "speaks")
	meetVerbs  = set("met", "meets", "received", "visited", "hosted")
)

// spokeWithAfter reports whether a bare "spoke" at end-1 goes on, over a
// short phrase of time, to "with" or "to" and a person: "spoke in the
// morning with A", "spoke on Monday to B".
func spokeWithAfter(t []token, end int, ms []mention) bool {
	j := end
	for j < len(t) && j < end+5 && (speakTimeWords[t[j].key] || t[j].upper && j > end && speakTimeWords[key(t, j-1)]) {
		j++
	}
	if j == end {
		j = pastDuration(t, end) // "spoke for about 40 minutes with"
	}
	if j == end || key(t, j) != "with" && key(t, j) != "to" {
		return false
	}
	for _, m := range ms {
		if m.slug != "" && m.start > j && (m.start <= j+6 || m.start <= j+16 && officeSpan(t, j+1, m.start)) {
			// "spoke on Monday with Ukraine's Minister of Agrarian Policy
			// and Food Mykola Solskyi": a long title, then the name.
			return true
		}
	}
	return false
}

// pastDuration returns where "for about 40 minutes", "for an hour" or "for
// more than half an hour" that starts at i ends, or i.
func pastDuration(t []token, i int) int {
	if key(t, i) != "for" {
		return i
	}
	for j := i + 1; j < len(t) && j <= i+6 && t[j].word; j++ {
		switch t[j].key {
		case "minutes", "minute", "hour", "hours":
			return j + 1
		}
	}
	return i
}

var speakTimeWords = set("in", "on", "the", "morning", "afternoon", "evening", "night", "early", "late", "later", "first", "separately", "again", "briefly", "also",
	"today", "yesterday", "tonight", "this", "last")

// hostedGatheringWith reports whether a host's verb has a gathering for its
// object and its guests after "with": "hosted the Quad gathering with
// Blinken, Wong and Jaishankar".
func hostedGatheringWith(t []token, h hit) bool {
	if !strings.HasPrefix(t[h.start].key, "host") || !determiners[key(t, h.end)] {
		return false
	}
	for j := h.end + 1; j < len(t) && j <= h.end+4; j++ {
		if hostedNouns[t[j].key] {
			return key(t, j+1) == "with"
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

var hostedNouns = set("gathering", "meeting", "talks", "dialogue", "consultations", "session", "summit", "retreat")

// guestGroups name the people a host received together.
var guestGroups = set("leaders", "counterparts", "ministers", "heads", "delegates", "dignitaries", "guests")

// unknownCity reads "in Pakse," as a city the word lists lack: one or two
// capitalised words that name no country, organisation, month or title,
// followed by punctuation or a lower-case word.
func unknownCity(t []token, i int) (string, int) {
	j := i
	for j < len(t) && j < i+3 && t[j].word && t[j].upper && !lexical(t, j) && !strings.EqualFold(t[j].key, "the") && !strings.Contains(t[j].key, "-") {
		j++
	}
	if j == i || j-i > 2 {
		return "", 0
	}
	if j < len(t) && t[j].word && t[j].upper || key(t, j) == "'s" && key(t, j+1) == "office" {
		return "", 0 // "in Ricketts's office": a person's
	}
	switch t[j-1].key {
	case "province", "district", "city", "county", "state", "region", "summit", "conference", "forum", "palace", "hall", "building", "centre", "center", "office", "house", "hotel",
		"matters", "affairs", "cooperation", "relations", "development", // "the Treaty on Mutual Legal Assistance in Criminal Matters"
		"river", "sea", "lake", "strait", "gulf", "bay", "ocean": // "cooperation in Mekong River navigation": water, no town
		return "", 0
	}
	if regions[strings.Join(keysOfSlice(t[i:j]), " ")] {
		return "", 0 // "in Southeast Asia": no city
	}
	if languages[t[i].key] {
		return "", 0 // "training for tour guides in Mandarin"
	}
	if templeWords[t[i].key] && j > i+1 {
		return "", 0 // "at Wat Ratchabophit": a temple, in the city the story is in
	}
	if j == i+1 && i > 2 && acronym(t[i]) {
		return "", 0 // "cooperation in HADR": a field, not a town; a dateline's capitals open the sentence
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, t[k].text)
	}
	return strings.Join(parts, " "), j
}

// templeWords open a temple's or a mosque's name, a building and no town:
// "Wat Phnom", "Masjid Negara", "Pura Besakih".
var templeWords = set("wat", "masjid", "pura", "vat", "chua", "chùa")

// languages are no places: "in Mandarin", "in English".
var languages = set("mandarin", "cantonese", "english", "french", "spanish", "arabic", "hindi", "bahasa", "tagalog", "filipino", "russian", "german", "portuguese", "japanese", "korean")

func plural(k string) bool {
	return k == "meetings" || k == "calls"
}

// goalWords are objects of "meet" that are no people.
var goalWords = set("target", "targets", "goal", "goals", "demand", "demands", "deadline", "deadlines", "needs", "requirements", "requirement", "expectations", "criteria", "standards", "obligations", "commitments", "quota", "costs",
	"press", "reporters", "journalists", "media", "correspondents")

// personObject are verbs that report a meeting only when a person follows:
// "called on President Tharman", not "called on businesses to invest";
// "visited Thaksin at his home", not "visited Laos".
var personObject = set("summoned", "summons", "called in", "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "called", "calls", "called on", "calls on", "call on", "visited", "visits", "to visit", "went to see", "paid a visit to", "paid a courtesy visit to",
	"spoke to", "spoke with", "spoken to", "spoken with", "speaks to", "speaks with", "talked to", "joined")

func keysOfSlice(t []token) []string {
	out := make([]string, len(t))
	for i, k := range t {
		out[i] = k.key
	}
	return out
}

// officeThenName reports whether t[from:comma] is "the" and an office of a
// body, which the name after the comma holds.
func officeThenName(t []token, from, comma int) bool {
	end, ok := officeAfterThe(t, from)
	return ok && t[from+1].upper && (end == comma || key(t, end) == "of")
}

// officeAfterThe returns where an office that "the" at from opens ends.
func officeAfterThe(t []token, from int) (int, bool) {
	if key(t, from) != "the" {
		return 0, false
	}
	_, end, ok := titles.match(t, from+1)
	if !ok {
		_, end, ok = personOffices.match(t, from+1)
	}
	return end, ok
}

// officeOfBodyThenName reports whether t[from:comma] is "the", an office
// in small letters and "of" a body or country, whose holder the name after
// the comma is: "the head of the DGB union federation, Yasmin Fahimi".
func officeOfBodyThenName(t []token, from, comma int) bool {
	end, ok := officeAfterThe(t, from)
	if !ok || key(t, end) != "of" || comma-end > 8 {
		return false
	}
	for j := end + 1; j < comma; j++ {
		if !t[j].word && t[j].key != "'s" && t[j].key != "'" && t[j].key != "’" {
			return false
		}
	}
	return true
}

// objectHer reports whether "her" at j is a pronoun object ("called on her
// at the ministry"), not a possessive ("with her counterparts").
func objectHer(t []token, j int) bool {
	return j+1 >= len(t) || !t[j+1].word || afterObject[key(t, j+1)]
}

// afterObject are the words that may follow a pronoun object: "called on
// her at the hotel", "met her on Friday".
var afterObject = set("in", "at", "on", "for", "and", "during", "after", "before", "with", "about", "over", "by", "via")

// relativeClauseHost returns, for a meeting told in ", who called on him"
// after the guest's name, the person the sentence named before the guest,
// or "".
func relativeClauseHost(t []token, h hit, ms []mention, guest string) string {
	w := h.start - 1
	if key(t, w) != "who" || key(t, w-1) != "," {
		return ""
	}
	for _, m := range ms {
		if m.start < w-1 && m.end != w-1 && m.slug != "" && m.slug != guest && !m.excluded {
			return m.slug
		}
	}
	return ""
}

// sentenceKind is the kind of contact a sentence's words tell: phone,
// virtual, or in person when nothing says otherwise.
var inPersonWords = set("face-to-face", "in-person")

func sentenceKind(t []token) relbot.Kind {
	for j := 0; j < len(t); j++ {
		k, end, ok := kindHint.match(t, j)
		if !ok {
			continue
		}
		// "online" and "virtually" tell the kind only as adverbs ("met
		// online", "attended virtually"): "online scams" and "virtually all"
		// are about something else.
		switch key(t, j) {
		case "online":
			if end == j+1 && j+1 < len(t) && t[j+1].word && !adverbFollower[key(t, j+1)] && !meetingNounWithin(t, j+1, 3) {
				continue
			}
			if end == j+1 && j > 0 && t[j].upper && t[j-1].upper {
				continue // "(People's Daily Online)": a name's word
			}
			if end == j+1 && hasAny(t, j-4, j, onlineActivities) && !meetingNounWithin(t, max(j-4, 0), 4) {
				continue // "help farmers sell their products online"
			}
		case "virtually":
			if notVirtual[key(t, j+1)] {
				continue
			}
		}
		if eventAhead(t, j) {
			continue // "agreed Saturday to …, including through next week's virtual leaders' summit"
		}
		return relbot.Kind(k) // the hints' values are the kinds' names
	}
	return relbot.KindInPerson
}

// eventAhead reports whether the words before j make what j describes an
// event still to come: "next week's", "tomorrow's", "the upcoming".
func eventAhead(t []token, j int) bool {
	switch key(t, j-1) {
	case "upcoming", "forthcoming":
		return true
	case "'s":
		switch key(t, j-2) {
		case "tomorrow":
			return true
		case "week", "month", "weekend":
			return key(t, j-3) == "next"
		}
	}
	return false
}

// withoutWhoAsides returns t without the clauses set off by commas that
// open with "who" and do not hold the trigger at start: "Suga, who spoke
// with Phuc by telephone in September, also paid a courtesy call on Trọng"
// tells the call's kind, not the courtesy call's.
func withoutWhoAsides(t []token, start int) []token {
	var out []token
	for j := 0; j < len(t); j++ {
		if t[j].key == "," && key(t, j+1) == "who" {
			end := j + 2
			for end < len(t) && t[end].key != "," {
				end++
			}
			if end < len(t) && !(start > j && start < end) {
				if out == nil {
					out = append(out, t[:j]...)
				}
				j = end - 1
				continue
			}
		}
		if out != nil {
			out = append(out, t[j])
		}
	}
	if out == nil {
		return t
	}
	return out
}

// priorEventCut returns where a phrase of an earlier or later event starts
// after a trigger ending at end (", following their phone conversation in
// January", ", after a video call last month"), or len(t): the kind it
// names is that event's, not the meeting's.
func priorEventCut(t []token, end int) int {
	for j := end; j+1 < len(t); j++ {
		if t[j].key == "," && eventLinks[t[j+1].key] {
			return j
		}
	}
	return len(t)
}

var eventLinks = set("following", "after", "since", "ahead")

// onlineActivities are what people do online that is no meeting: "sell their
// products online", "classes held online".
var onlineActivities = set("sell", "selling", "sold", "buy", "buying", "bought", "products", "goods", "shop", "shopping", "posted", "published",
	"available", "content", "classes", "courses", "study", "studying", "learn", "learning", "pay", "payments", "scams", "fraud",
	// "combating drug trafficking and child exploitation online"
	"exploitation", "abuse", "harassment", "gambling", "crimes", "crime")

// meetingNounWithin reports whether a noun of meeting is among the n words
// from i: "an online investment dialogue" is held online, "online scams" are
// no meeting.
func meetingNounWithin(t []token, i, n int) bool {
	for j := i; j < len(t) && j < i+n && t[j].word; j++ {
		if onlineMeetingNouns[t[j].key] {
			return true
		}
	}
	return false
}

var onlineMeetingNouns = set("meeting", "meetings", "talks", "dialogue", "summit", "conference", "session", "consultation", "consultations", "forum")

// adverbFollower holds the words that may follow "online" used as an adverb
// ("met online on Monday", "online and in person"); after any other word it
// is an adjective.
var adverbFollower = set("on", "with", "to", "and", "or", "but", "for", "at", "in", "from", "via", "last", "due", "owing", "were", "was",
	"this", "yesterday", "today", "earlier", "later", "during", "after", "before", "as", "while", "since",
	"amid", "because", "where", "when", "that", "which", "talks", "meeting", "meetings", "summit", "conference",
	"call", "session", "discussion", "discussions", "dialogue", "exchange", "consultations", "format")

var notVirtual = set("all", "every", "everyone", "everything", "no", "none", "nothing", "any", "unchanged",
	"impossible", "identical", "unknown", "certain", "the", "unanimous", "absent")

// regions are parts of the world written like a city after "in".
var regions = set("asia", "southeast asia", "south east asia", "east asia", "south asia", "central asia", "europe", "africa", "oceania",
	"latin america", "north america", "south america", "eurasia", "indochina", "mekong", "asean", "scandinavia", "antarctica", "pacific",
	"the pacific", "atlantic", "middle east", "gulf", "caribbean", "balkans", "siberia")

// invitedTo reports whether the meeting at i is what someone was invited to:
// "conveyed an invitation for the Prime Minister to visit Moscow for talks
// with Putin". "At the invitation of X, Y held talks" reports a visit made.
func invitedTo(t []token, i int) bool {
	sawTo := false
	for j := i - 1; j >= 0 && j >= i-24; j-- {
		switch t[j].key {
		case "to":
			sawTo = true
		case "invitation", "invited", "invite", "invites", "inviting":
			return sawTo
		case ",":
			// "an invitation to lead a delegation to Rach Gia, Kien
			// Giang's provincial capital, in the fourth quarter for talks"
			if p := appositionOpen(t, j); p >= 0 {
				j = p
				continue
			}
			return false
		case ";", "where", "when", "during":
			return false
		}
	}
	return false
}

// appositionOpen returns the comma that opens a short apposition closed by
// the comma at j ("Rach Gia, Kien Giang's provincial capital,"), or -1.
func appositionOpen(t []token, j int) int {
	for p := j - 1; p >= 0 && p >= j-7; p-- {
		switch {
		case t[p].key == ",":
			if p+1 < j && (t[p+1].upper || t[p+1].key == "the") {
				return p
			}
			return -1
		case !t[p].word && t[p].key != "'s":
			return -1
		}
	}
	return -1
}

// inAside reports whether the word at i lies in a relative clause set off by
// commas that the meeting's trigger is not in: "PBBM, who arrived in Hanoi on
// Monday night, was accorded military honours before the leaders' meeting"
// dates the arrival, not the meeting.
func inAside(t []token, i int, h hit) bool {
	open := -1
	for j := i - 1; j >= 0; j-- {
		if t[j].key == "," {
			if k := key(t, j+1); k == "who" || k == "which" || k == "whose" {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	close := len(t)
	for j := i + 1; j < len(t); j++ {
		if t[j].key == "," {
			close = j
			break
		}
	}
	if close == len(t) {
		// To the end: "met Hun Sen, who led the country for four decades
		// before…" is about the person; "talks, which were held on Monday"
		// is about the meeting.
		return key(t, open+1) == "who" && h.start < open
	}
	return h.start < open || h.start > close
}

// proposedThat reports whether a bare "meet" or "hold" is what someone
// proposed: "to propose that the region's ministers meet online".
func proposedThat(t []token, h hit) bool {
	if k := key(t, h.start); k != "meet" && k != "hold" {
		return false
	}
	for j := h.start - 1; j >= 1 && j >= h.start-10; j-- {
		if t[j].key == "that" && proposalVerbs[key(t, j-1)] {
			return true
		}
	}
	return false
}

var proposalVerbs = set("propose", "proposed", "proposing", "suggest", "suggested", "suggesting", "recommend", "recommended", "urge", "urged", "ask", "asked", "agreed", "agree")

// weeksBefore reports whether the meeting at i is told in a clause about an
// earlier time: "less than a month after the two countries upgraded their
// ties during a state visit by Thưởng", "two years after they met".
func weeksBefore(t []token, i int) bool {
	reach, extended := i-16, false
	for j := i - 1; j >= 1 && j >= reach; j-- {
		switch t[j].key {
		case ",", ";":
			if t[j].key == "," && (key(t, j+1) == "where" || key(t, j+1) == "who" && !extended) {
				// "six weeks after Thongloun visited Hanoi, where he held
				// talks with Phuc": the place's clause is at that time too;
				// so is one on a person of that clause ("… after Phuc
				// attended the G20 summit as a guest of Merkel, who held a
				// brief meeting with him").
				reach, extended = j-24, true // one clause on a person, not a chain of them
				continue
			}
			return false
		case "after", "since":
			if timeUnits[key(t, j-1)] {
				return true
			}
		}
	}
	return false
}

// apposition reports whether t[from:to] describes a place named just before
// it: "capital of the Guangxi Zhuang Autonomous Region", "the province's
// main port".
func apposition(t []token, from, to int) bool {
	if from >= to {
		return false
	}
	for j := from; j < to; j++ {
		if t[j].key == "," || t[j].key == ";" || !t[j].word {
			return false
		}
	}
	switch t[from].key {
	case "capital", "the", "a", "an", "home", "seat":
		return true
	}
	return false
}

// staleLater reports whether the clause before i opens "Eight months later"
// counted from a date the story gave that was weeks before publication, so
// that the meeting, at the earliest it could be, is still old; "Three months
// earlier" or "before that" is older than that date.
func (a *article) staleLater(t []token, i int) bool {
	if a.given.IsZero() {
		return false
	}
	for j := 1; j < i && j < 6; j++ {
		if (t[j].key == "earlier" || t[j].key == "before" && key(t, j+1) == "that") && timeUnits[t[j-1].key] {
			// "Three months before that, he had been in Beijing meeting
			// Xi": older still than the date given.
			return a.given.Start().Before(a.pubDate.Start().AddDate(0, 0, -14))
		}
		if t[j].key != "later" || !timeUnits[t[j-1].key] {
			continue
		}
		n := 1
		if j >= 2 {
			if v, ok := smallNumbers[t[j-2].key]; ok {
				n = v
			}
		}
		earliest := a.given.Start()
		switch strings.TrimSuffix(t[j-1].key, "s") {
		case "week":
			earliest = earliest.AddDate(0, 0, 7*n)
		case "month":
			earliest = earliest.AddDate(0, n, 0)
		default:
			earliest = earliest.AddDate(n, 0, 0)
		}
		return earliest.Before(a.pubDate.Start().AddDate(0, 0, -14))
	}
	return false
}

// thatPeriod reports whether an undated sentence sets its meeting in "that
// month" or "the same year": the last time an earlier sentence named, and
// not the story's own when that was weeks back or went unread ("since taking
// office in October. He met Chinh in Laos that month").
func (a *article) thatPeriod(t []token, dates []dateExpr) bool {
	for _, d := range dates {
		if !d.anaphoric && !d.aheadOnly && !d.past.IsZero() {
			return false
		}
	}
	for j := 1; j < len(t); j++ {
		if (t[j].key == "month" || t[j].key == "year") && (t[j-1].key == "that" || t[j-1].key == "same" && key(t, j-2) == "the") {
			return a.lastTimeNamed.IsZero() || a.old(a.lastTimeNamed)
		}
	}
	return false
}

// leakWords before a call make it one that came out later.
var leakWords = set("leak", "leaked", "leaking")

// arrangeVerbs after "to" make the meeting further on the thing to be
// arranged: "hoped to bring Hun Manet and Phumtham together for talks", "is
// scheduled to be granted a royal audience", "is due to join his counterparts
// at a meeting chaired by Sokhonn".
var arrangeVerbs = set("bring", "get", "gather", "convene", "arrange", "organise", "organize", "set", "broker", "host", "be", "join", "attend",
	"receiving", "welcoming", "hosting", "meeting")

// earlierDate follow an "earlier" that dates a meeting within the story's
// days: "earlier on Thursday", "earlier today", "earlier this week".
var earlierDate = set("on", "today", "this", "that", "in", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// smallNumbers are the counts written before a unit of time.
// datesOrAnnounced returns dates, or when there are none the day of a
// joint announcement ("A and B on Sunday announced that …"): the day two
// who announce together were together.
func datesOrAnnounced(t []token, dates, reported []dateExpr) []dateExpr {
	if len(dates) > 0 {
		return dates
	}
	for _, d := range reported {
		if k := key(t, d.end); (k == "announced" || k == "unveiled") && key(t, d.start-1) != "said" {
			return []dateExpr{d}
		}
	}
	return dates
}

// longPeriods are spans no one meeting lasts.
var longPeriods = set("weeks", "months", "years", "decades")

// willWords put a sentence's weekday ahead of publication.
var willWords = set("will", "shall", "'ll")

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// sinceWhen reports whether the meeting at i is told in a "when" clause that
// hangs on a "since" ("his first visit since December 2023, when he held
// talks with Trọng"): the earlier meeting the news is measured against.
// baseForms are verbs of meeting in the bare form, which reports no meeting
// held by itself; strictModals make such a verb a plan.
var (
	baseForms    = set("hold", "meet", "visit", "receive", "host", "call", "have", "pay")
	strictModals = set("will", "would", "shall", "'ll", "to", "scheduled", "expected", "due", "plans", "intends")
)

// frequencyAdverbs before a meeting's verb make it a custom, not one meeting.
var frequencyAdverbs = set("frequently", "often", "regularly", "usually", "routinely", "occasionally", "sometimes", "always", "rarely", "seldom", "habitually")

var habitualWords = set("regular", "regularly", "annual", "annually", "periodic", "periodically", "routine", "frequent", "yearly")

// sinceWhen reports whether the meeting at i is told in a clause that
// "since …, when" opens: "has grown since September 2023, when U.S.
// President Joe Biden and Party General Secretary Nguyen Phu Trong met":
// a meeting recalled, however long the names in between.
func sinceWhen(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-16; j-- {
		if t[j].key != "when" || key(t, j-1) != "," {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-6; k-- {
			if t[k].key == "since" {
				return true
			}
			if t[k].key == "," || t[k].key == ";" {
				break
			}
		}
		return false
	}
	return false
}

// repeated reports whether the meeting's clause says it happened many times
// ("met President Xi on numerous occasions", "has met him several
// times", "have held regular talks since 2012"): a history, not one meeting.
func repeated(t []token, h hit) bool {
	from := h.start
	if h.light >= 0 && h.light < from {
		from = h.light
	}
	perfect := key(t, from-1) == "have" || key(t, from-1) == "has"
	for k := from - 1; k >= 1 && k >= from-8 && !perfect && t[k].key != ","; k-- {
		// "have held 18 rounds of Corps Commander-level talks"
		perfect = (t[k].key == "held" || t[k].key == "had") && (key(t, k-1) == "have" || key(t, k-1) == "has")
	}
	for j := from; j < h.end && j < len(t); j++ {
		// "have held regular talks", "hold annual consultations": a
		// custom ("co-chaired the annual meeting on Monday" is one).
		if habitualWords[t[j].key] && (perfect || t[from].key == "hold" || t[from].key == "meet") {
			return true
		}
	}
	if key(t, 0) == "since" && perfect {
		// "Since 2012, the two parties have held talks …": a record
		// kept over years.
		return true
	}
	for j := h.end; j+1 < len(t) && j < h.end+12; j++ {
		switch t[j].key {
		case ",", ";", ".":
			return false
		case "numerous", "several", "many", "multiple", "countless":
			if k := t[j+1].key; k == "occasions" || k == "times" {
				return true
			}
		case "repeatedly", "regularly", "frequently":
			return true
		case "since":
			if perfect && !strings.HasSuffix(t[j+1].key, "ing") {
				// "have held 18 rounds of talks since the clash in 2020":
				// a record kept since then. Not "has held a series of
				// talks since arriving on Friday": the trip's, whose
				// day a later "That day" means.
				return true
			}
		}
	}
	return false
}

// timeSpanAfter reports whether a phrase at i places what follows at
// another time: "less than a month after", "two years before", "weeks after".
func timeSpanAfter(t []token, i int) bool {
	for j := i; j < len(t) && j < i+5; j++ {
		switch t[j].key {
		case "after", "before", "since":
			return timeUnits[key(t, j-1)]
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// saidThingPassive returns where the reported clause starts when a passive
// hit at start ("was welcomed") has for subject a thing named after a verb
// of saying: "X said the ship was welcomed by Y". Otherwise -1.
func saidThingPassive(t []token, ms []mention, lo, start int) int {
	aux := start // the hit may open on its auxiliary: "was welcomed by"
	if k := key(t, aux); k != "was" && k != "were" {
		aux--
	}
	if k := key(t, aux); k != "was" && k != "were" {
		return -1
	}
	for j, n := aux-1, 0; j > lo && n < 5; j, n = j-1, n+1 {
		if t[j].key == "," {
			// "said the ship, with 180 officers and crew on board, was
			// welcomed": over the aside.
			p := j - 1
			for p > lo && p >= j-14 && t[p].key != "," {
				p--
			}
			if key(t, p) != "," || p <= lo {
				return -1
			}
			j = p
			continue
		}
		if saidWords[t[j].key] || t[j].key == "told" {
			if j+1 < aux && determiners[key(t, j+1)] && !slices.ContainsFunc(ms, func(m mention) bool { return m.start > j && m.start < aux }) {
				return j + 1
			}
			return -1
		}
		if !t[j].word || t[j].upper {
			return -1
		}
	}
	return -1
}

// tripAside reports whether d, a day, is in a "who" aside that says where
// its subject was: "who was in Dili on an introductory visit on June 17"
// (not "who arrived on Thursday", often the day before).
func tripAside(t []token, d dateExpr) bool {
	if d.anaphoric || d.past.Day == 0 {
		return false
	}
	for j := d.start - 1; j >= 1 && j >= d.start-12; j-- {
		if t[j].key == "who" {
			return key(t, j-1) == "," && (key(t, j+1) == "was" || key(t, j+1) == "were") && key(t, j+2) == "in"
		}
		if !t[j].word && t[j].key != "'s" && t[j].key != "-" {
			return false
		}
	}
	return false
}

// dayOfMonthsMeeting dates to the day a held meeting told only by its month
// ("held separate meetings with A and B during her visit this week") when
// a later sentence opens on that day and has its two people do what people
// do at a meeting: "At the Luxembourg Palace on Wednesday, Sudary and
// Larcher discussed …".
func (a *article) dayOfMonthsMeeting(si int, t []token, ms []mention, dates []dateExpr) {
	if len(dates) != 1 || dates[0].past.Day == 0 || dates[0].anaphoric {
		return
	}
	d := dates[0].past
	named := namedOnce(ms)
	if len(named) != 2 || dates[0].start > ms[0].start {
		return
	}
	// what the second one named does next: "… and Larcher discussed"
	second := ms[slices.IndexFunc(ms, func(m mention) bool { return m.slug == named[1] && !m.excluded && m.group == nil })]
	if k := key(t, second.end); k != "also" && !substanceWords[k] {
		return
	}
	for _, c := range a.cands {
		if c.m.Status == relbot.StatusPast && c.m.Date.Day == 0 && c.m.Date.Month == d.Month && c.m.Date.Year == d.Year && sameSet(c.slugs, named) {
			c.m.Date, c.explicit = d, true
			c.told = si
			return
		}
	}
}

// otherSideRepresented returns where the names start after ", while Japan
// was represented by" (or "while the Thai side was led by"), or 0.
func otherSideRepresented(t []token) int {
	for j := 1; j+3 < len(t); j++ {
		if t[j].key != "while" && t[j].key != "whereas" || key(t, j-1) != "," {
			continue
		}
		for k := j + 1; k+2 < len(t) && k <= j+5; k++ {
			if (t[k].key == "was" || t[k].key == "were") && (t[k+1].key == "represented" || t[k+1].key == "led" || t[k+1].key == "headed") && t[k+2].key == "by" {
				return k + 3
			}
		}
		return 0
	}
	return 0
}

// joinOtherSide adds those named from w on to the first meeting sentence si
// reported (cands from before on are the sentence's), when it is held; or
// all those the sentence names to the lead's meeting, when the sentence
// reported none and says its subjects represented their country at it.
func (a *article) joinOtherSide(si, w int, ms []mention, before int) {
	from := w
	var c *cand
	switch {
	case before < len(a.cands):
		c = a.cands[before]
	case representedAtMeeting(a.toks[si], w):
		// "Signed during the 2+2 in Tokyo. A and B represented
		// Indonesia at the meeting, while Japan was represented by C
		// and D": the lead's meeting, all four at it.
		c, from = a.unnamedLead(si), 0
	}
	if c == nil || c.m.Status != relbot.StatusPast {
		return
	}
	for _, m := range ms {
		if m.start >= from && m.slug != "" && !m.excluded && m.group == nil {
			c.join(m.slug)
		}
	}
	c.told = max(c.told, si)
}

// representedAtMeeting reports whether the clause before w says its
// subjects "represented <country> at the meeting".
func representedAtMeeting(t []token, w int) bool {
	for j := 1; j+3 < w; j++ {
		if t[j].key == "represented" && key(t, j+2) == "at" && key(t, j+3) == "the" {
			return true
		}
		if t[j].key == "represented" && key(t, j+3) == "at" && key(t, j+4) == "the" {
			return true // "represented the Philippines at the talks"
		}
	}
	return false
}

// definiteGathering reports whether t speaks of "the meeting" or "the
// retreat" a gathering told before is.
func definiteGathering(t []token) bool {
	for j := 0; j+1 < len(t); j++ {
		if t[j].key == "the" && (summitNames[t[j+1].key] || t[j+1].key == "meeting") {
			return true
		}
	}
	return false
}

// sideNouns name the other side of a meeting without naming anyone: "with
// the leadership of Viet Nam", "with senior officials".
var sideNouns = set("leadership", "leaders", "officials", "authorities", "representatives", "counterparts", "delegations", "lawmakers", "executives")

// withUnnamedSide reports whether a meeting's trigger ending at end goes on
// "with" a side named by its office alone.
func withUnnamedSide(t []token, end, hi int) bool {
	if key(t, end) != "with" {
		return false
	}
	for j := end + 1; j < hi && j <= end+5; j++ {
		if sideNouns[t[j].key] {
			return true
		}
		if !t[j].word || t[j].upper {
			return false
		}
	}
	return false
}

// heldWhen returns where ", which took place …", ", which was held …" or
// ", which opened …" after a meeting's noun starts and ends, when the clause
// at hi or right after the noun is one, or hi and hi: its dates are the
// meeting's own.
func heldWhen(t []token, h hit, hi int) (int, int) {
	if h.tr.form != trigNoun {
		return hi, hi
	}
	at := hi
	if key(t, at) != "," || key(t, at+1) != "which" {
		// "The meeting, which opened on Tuesday, was chaired by …": the
		// aside right after the noun, inside the clause.
		at = h.end
		if key(t, at) != "," || key(t, at+1) != "which" {
			return hi, hi
		}
	}
	k, v := key(t, at+2), at+4
	switch {
	case k == "took" && key(t, at+3) == "place", (k == "was" || k == "were") && key(t, at+3) == "held":
	case k == "opened" || k == "began" || k == "started" || k == "convened":
		v = at + 3
	default:
		return hi, hi
	}
	for j := v; j < len(t); j++ {
		if t[j].key == "," || t[j].key == "and" || t[j].key == ";" {
			return at, j
		}
	}
	return at, len(t)
}

// withEntourage reports whether "and his delegation" (or her, or "and the
// delegation he led") follows a name ending at end: the party is the name's.
func withEntourage(t []token, end int) bool {
	if key(t, end) != "and" {
		return false
	}
	switch key(t, end+1) {
	case "his", "her", "their":
	default:
		return false
	}
	return entourageNouns[key(t, end+2)]
}

var entourageNouns = set("delegation", "entourage", "party", "team", "delegates")

// paidCallTo reports whether a call or visit noun at h is one paid to
// someone or something named after "to": "paid a courtesy visit to …".
func paidCallTo(t []token, h hit) bool {
	return key(t, h.end) == "to" && key(t, h.start-1) == "a" && (key(t, h.start-2) == "paid" || key(t, h.start-2) == "made") &&
		(key(t, h.end-1) == "visit" || key(t, h.end-1) == "call")
}

// entourageOf returns, for "they" at i, the one person of the sentence named
// before it with "and his delegation": the party is that person's. Another
// person named between them makes "they" anyone's.
func entourageOf(t []token, i int, ms []mention) string {
	if t[i].key != "they" {
		return ""
	}
	var lead *mention
	for k := range ms {
		if m := &ms[k]; m.slug != "" && m.group == nil && m.end < i && withEntourage(t, m.end) && (lead == nil || m.start > lead.start) {
			lead = m
		}
	}
	if lead == nil {
		return ""
	}
	for _, m := range ms {
		if m.start > lead.start && m.start < i {
			return ""
		}
	}
	return lead.slug
}

// officeOnly reports whether t[from:to] is at most an office written before
// a name: capitalised words and the few small words offices use.
func officeOnly(t []token, from, to int) bool {
	if to-from > 12 {
		return false
	}
	for j := from; j < to; j++ {
		if !t[j].word && t[j].key != "'s" || !t[j].upper && !officeSmallWords[t[j].key] {
			return false
		}
	}
	return true
}

var officeSmallWords = set("of", "the", "'s", "for", "provincial", "municipal", "city", "deputy", "vice", "standing")

// whichClauseBetween reports whether ", in which" (or "during which", "at
// which") opens a clause between from and to, with no sentence break.
func whichClauseBetween(t []token, from, to int) bool {
	for j := from; j+2 < to; j++ {
		if t[j].key == ";" {
			return false
		}
		if t[j].key == "," && (t[j+1].key == "in" || t[j+1].key == "during" || t[j+1].key == "at") && t[j+2].key == "which" {
			return true
		}
	}
	return false
}

// newHost reports whether the one named right before the verb at h took part
// in no meeting told so far: "District Governor C welcomed the guests" after
// the delegation's calls on A and B is a third meeting, not the welcome at
// one of those.
func (a *article) newHost(t []token, h hit, ms []mention) bool {
	host := ""
	for _, m := range ms {
		if m.slug == "" || m.group != nil || m.start >= h.start {
			continue
		}
		if m.end == h.start || key(t, m.end) == "," && key(t, h.start-1) == "," && officeOnly(t, m.end+1, h.start-1) {
			// "Colonel C, Commander of the provincial Border Guard
			// Command, welcomed …": over the office set off by commas.
			host = m.slug
		}
	}
	if host == "" {
		return false
	}
	for _, c := range a.cands {
		if slices.Contains(c.slugs, host) {
			return false
		}
	}
	return true
}

// theirOwnMeeting reports whether the noun at h is "their (bilateral)
// meeting" of two people the clause names before it, none of a meeting told
// before: a photo caption's "A shakes hands with B before their bilateral
// meeting", "A and B share a light moment during their meeting".
func theirOwnMeeting(t []token, h hit, slugs []string, ms []mention) bool {
	if h.tr.summit || h.tr.event || len(slugs) != 2 {
		return false
	}
	j := h.start - 1
	for j > 0 && j >= h.start-3 && t[j].word && !t[j].upper && t[j].key != "their" {
		j-- // "their first bilateral meeting"
	}
	if key(t, j) != "their" {
		return false
	}
	for k := 0; k < j; k++ {
		if saying(t[k].key) || perfectAux[t[k].key] {
			// "He noted that A and B had agreed during their talks in
			// Jakarta": a meeting recalled, told as what was said.
			return false
		}
	}
	named := 0
	for _, m := range ms {
		if m.start < j && m.slug != "" && m.group == nil && !m.excluded && slices.Contains(slugs, m.slug) {
			named++
		}
	}
	return named == 2
}

var perfectAux = set("had", "has", "have")

// namedBetween reports whether a mention of ms starts in [from, to).
func namedBetween(ms []mention, from, to int) bool {
	for _, m := range ms {
		if m.start >= from && m.start < to {
			return true
		}
	}
	return false
}

// joinedInThe reports whether the definite meeting noun of h is where the
// clause's subject joined others: "A joined the President in the meeting".
func joinedInThe(t []token, lo int, h hit) bool {
	if key(t, h.start-1) != "the" || key(t, h.start-2) != "in" {
		return false
	}
	for j := lo; j < h.start-2; j++ {
		if t[j].key == "joined" && key(t, j-1) != "was" && key(t, j-1) != "were" {
			return true
		}
	}
	return false
}

// matchTrigger reads the verb or noun of meeting at i from the triggers
// table, all but "calling on" where it urges: the one table entry whose
// reading depends on the words around it.
func matchTrigger(t []token, i int) (trigger, int, bool) {
	tr, end, ok := triggers.match(t, i)
	if ok && t[i].key == "calling" && !callingOnAfter(t, i) {
		return trigger{}, 0, false
	}
	if ok && end == i+2 && key(t, i+1) == "down" && !sittingDownMeets(t, end) {
		// "sat down in the capital on Thursday with A", "sat down for
		// two closed-door sessions" meet; "sat down for an interview"
		// does not.
		return trigger{}, 0, false
	}
	return tr, end, ok
}

// sittingDownMeets reports whether the words after "sat down" at from make
// it a meeting: "with" past words of where and when only ("in the
// Salvadoran capital on Thursday with"), or "for" a meeting's noun ("for
// what CCTV described as in-depth talks", "for a dinner").
func sittingDownMeets(t []token, from int) bool {
	if key(t, from) == "together" {
		// "Freeland and Lighthizer first sat down together Wednesday",
		// dated as a meeting is; "the fact that the two ministers had sat
		// down together" looks back on the meeting told, and "sat down
		// together to …" says what for.
		n := from + 1
		if key(t, n) == "on" {
			n++
		}
		_, day := weekdays[key(t, n)]
		return key(t, from-3) != "had" && day
	}
	if key(t, from) == "for" {
		for j := from + 1; j < len(t) && j < from+9 && t[j].word; j++ {
			if meetingNouns[t[j].key] || t[j].key == "sessions" {
				return true
			}
		}
		return false
	}
	for j := from; j < len(t) && j < from+9; j++ {
		switch k := t[j].key; {
		case k == "with":
			return j > from
		case !t[j].word || k == "for" || k == "to" || k == "and" || k == "as":
			return false
		}
	}
	return false
}

// callingOnAfter reports whether "calling on" at i pays a call: "after
// calling on President Marcos", not "calling on Thailand to release them".
func callingOnAfter(t []token, i int) bool {
	switch key(t, i-1) {
	case "after", "before", "since", "while", "when":
	default:
		return false
	}
	for j := i + 2; j < len(t) && t[j].key != ","; j++ {
		if t[j].key == "to" {
			return false
		}
	}
	return true
}

// titleAdjectives may stand before the title of one called on or welcomed:
// "called on Singapore's new Defence Minister Chan Chun Sing", "paid a visit
// to former prime minister Thaksin".
var titleAdjectives = set("former", "new", "newly", "newly-appointed", "appointed", "incoming", "outgoing")

// callsOpen reports whether a sentence opens with the calls just told:
// "In both calls", "During the call", "During the phone conversation".
func callsOpen(t []token) bool {
	j := 0
	if doubleQuoteMark(key(t, j)) {
		j++
	}
	switch key(t, j) {
	case "in", "during", "on":
	default:
		return false
	}
	j++
	switch key(t, j) {
	case "both", "the", "each", "these", "those":
		j++
	}
	if k, _, ok := kindHint.match(t, j); ok && k == kindPhone {
		return true // "During the phone conversation, the two ministers discussed …"
	}
	return key(t, j) == "call" || key(t, j) == "calls"
}

// unknownNameOpens reports whether the sentence's subject, at its start or
// after a short opening phrase ("During the lunch, …"), is a name of two or
// more capitalised words (no acronym) that no actor or table answers to,
// followed by a verb in the past.
func unknownNameOpens(t []token, ms []mention) bool {
	from := 0
	if c := slices.IndexFunc(t, func(tk token) bool { return tk.key == "," }); c > 0 && c < 8 && (!t[0].upper || t[0].key == "during" || t[0].key == "at") {
		from = c + 1
	}
	e := from
	for e < len(t) && e < from+4 && t[e].word && t[e].upper && !lexical(t, e) && !acronym(t[e]) {
		e++
	}
	if e-from < 2 || e >= len(t) || !t[e].word || t[e].upper || !strings.HasSuffix(t[e].key, "ed") && !pastActs[t[e].key] {
		return false
	}
	for _, m := range ms {
		if m.start < e && m.end > from {
			return false
		}
	}
	return true
}

// unknownNameIn reports whether the sentence's subject, or the one its
// "who" clause tells of, is a person no table knows ("The invitation was
// delivered by Kim Yo-jong, who handed Moon a letter during the lunch"): a
// name of two or more capitalised words opening the sentence, or after a
// lower-case word and before ", who".
func unknownNameIn(t []token, ms []mention) bool {
	if unknownNameOpens(t, ms) {
		return true
	}
	covered := make([]bool, len(t))
	for _, m := range ms {
		for j := m.start; j < m.end && j < len(t); j++ {
			covered[j] = true
		}
	}
	for i := 1; i < len(t); i++ {
		if covered[i] || !t[i].upper {
			continue
		}
		if e := bareNameEnd(t, i, covered); e > i {
			if !slices.ContainsFunc(t[i:e], acronym) && key(t, e) == "," && key(t, e+1) == "who" {
				return true
			}
			i = e
		}
	}
	return false
}

var pastActs = set("said", "told", "gave", "took", "made", "met", "held", "sat", "spoke", "brought", "led", "won", "wrote", "sent")

// sinceMetAt returns where a "since" clause telling of an earlier meeting
// opens between from and to ("the first talks since President Yoon Suk
// Yeol and Xi met"), or -1.
func sinceMetAt(t []token, ms []mention, from, to int) int {
	for k := from; k < to && k < len(t); k++ {
		if t[k].key != "since" {
			continue
		}
		for _, m := range ms {
			if m.start > k && m.start <= k+8 && m.slug != "" && sinceTheyMet(t, m) {
				return k
			}
		}
	}
	return -1
}

// sinceTheyMet reports whether m is named in a "since" clause that tells of
// an earlier meeting: "since President Yoon Suk Yeol and Xi met", "since
// Lee last held talks with him".
func sinceTheyMet(t []token, m mention) bool {
	j := m.start - 1
	for j >= 0 && m.start-j <= 8 && (t[j].word && t[j].upper || t[j].key == "and" || t[j].key == ",") {
		j--
	}
	if key(t, j) != "since" {
		return false
	}
	for k := m.end; k < len(t) && k < m.end+10; k++ {
		switch {
		case sinceMeetVerbs[t[k].key]:
			return true
		case t[k].word && t[k].upper, t[k].key == "and", t[k].key == ",", t[k].key == "last", t[k].key == "first":
		default:
			return false
		}
	}
	return false
}

var sinceMeetVerbs = set("met", "held", "hosted", "visited", "received", "spoke", "talked", "sat")

// followingEvent reports whether a "following" or "after" between from and
// at opens the noun phrase of another event that runs, without a comma, to
// the date at at: "following the AI summit the two countries co-hosted in
// Seoul earlier this year".
func followingEvent(t []token, from, at int) bool {
	for j := at - 1; j >= from; j-- {
		switch t[j].key {
		case ",", ";", ":":
			return false
		case "following", "after":
			for k := j + 1; k < at; k++ {
				if tr, _, ok := matchTrigger(t, k); ok && tr.form == trigNoun && !tr.summit && !tr.event {
					return false // "after their meeting in Dubai in December": a meeting of its own, dated by its own words
				}
			}
			return determiners[key(t, j+1)]
		}
	}
	return false
}

// withinMention reports whether token i is part of a name: "He Lifeng met
// Bessent" opens with a Chinese family name, not with the pronoun.
func withinMention(ms []mention, i int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.start <= i && i < m.end })
}

// detailsOfAny reports whether the meeting noun at start is "details of a
// (any) meeting": a meeting spoken of, not one told.
func detailsOfAny(t []token, start int) bool {
	j := start - 1
	for j > 0 && t[j].word && t[j].key != "a" && t[j].key != "any" && start-j < 3 {
		j-- // "details of a possible meeting"
	}
	k := key(t, j)
	return (k == "a" || k == "any") && key(t, j-1) == "of" && key(t, j-2) == "details"
}

// manyCountriesOneTable reports whether the guests of one host come from
// three countries or more, none the host's, in a story of no summit and no
// sidelines: "Araghchi held talks with France's Barrot, Germany's
// Wadephul, the UK's Lammy and the EU's Kallas" sat at one table; a
// visitor's calls on a host country's leaders are one each.
func (a *article) manyCountriesOneTable(t []token, host string, guests []string) bool {
	if len(guests) < 3 || hasAny(t, 0, len(t), separateWords) {
		return false
	}
	hc := a.countryOf(host)
	if hc == "" {
		return false
	}
	// People the gazetteer lacks count by the country their office was
	// given, when all the guests hold one office ("Salvadoran Attorney
	// General A, Guatemalan Attorney General B and Honduran Attorney
	// General C"): counterparts at one table.
	seen := map[string]bool{hc: true}
	unknown := false
	for _, g := range guests {
		c := a.countryOf(g)
		if c == "" || seen[c] {
			return false
		}
		seen[c] = true
		_, known := a.g.actors[g]
		unknown = unknown || !known
	}
	if unknown && !a.oneOfficeAll(guests) {
		return false
	}
	// Last, as it reads the whole article.
	return !a.summitStory()
}

// ownCountrysTable reports whether a host met only officials of his own
// country: "President Sisi met on Sunday with Prime Minister Madbouly and
// Minister of Transport El Wazir" is a working meeting at one table, where a
// visitor meeting the host country's leaders meets them one by one.
func (a *article) ownCountrysTable(host string, guests []string) bool {
	hc := a.countryOf(host)
	if hc == "" {
		return false
	}
	for _, g := range guests {
		if a.countryOf(g) != hc {
			return false
		}
	}
	return true
}

// oneOfficeAll reports whether every one of people holds an office of one
// title.
func (a *article) oneOfficeAll(people []string) bool {
	common := map[string]bool{}
	for i, p := range people {
		own := map[string]bool{}
		for _, r := range a.actorOf(p).Roles {
			t := strings.ToLower(r.Title)
			if t == "" {
				continue
			}
			if i == 0 {
				own[t] = true
				continue
			}
			for c := range common {
				// "Salvadoran Attorney General" as written, "Attorney
				// General" as the gazetteer titles it.
				// "Attorney General of Guatemala" and "Attorney General".
				switch {
				case c == t || strings.HasSuffix(t, " "+c) || strings.HasPrefix(t, c+" of "):
					own[c] = true
				case strings.HasSuffix(c, " "+t) || strings.HasPrefix(c, t+" of "):
					own[t] = true
				}
			}
		}
		if len(own) == 0 {
			return false
		}
		common = own
	}
	return true
}

var sidelinesWords = set("sidelines", "sideline", "margins", "bilateral", "bilaterals")

// summitStory reports whether the article speaks of a summit or its
// sidelines anywhere: there, a leader's list of guests is a day of
// bilaterals ("On Saturday, Xi also met with A, B and C" at APEC).
func (a *article) summitStory() bool {
	for _, t := range a.toks {
		if hasAny(t, 0, len(t), sidelinesWords) || hasAny(t, 0, len(t), summitWords) {
			return true
		}
	}
	return false
}

var summitWords = set("summit", "summits", "apec", "g20", "g7", "chogm")

// namedAs reports whether the person named from i (the object of "called")
// is given a name or a label after it: "called Putin \"a butcher\"",
// "called him a dictator".
func namedAs(t []token, i int, ms []mention) bool {
	end := -1
	for _, m := range ms {
		if m.start <= i+3 && m.start >= i && m.slug != "" {
			end = m.end
			break
		}
	}
	if end < 0 && (key(t, i) == "him" || key(t, i) == "her" || key(t, i) == "them") {
		end = i + 1
	}
	if end < 0 {
		return false
	}
	switch k := key(t, end); k {
	case "a", "an", "\"", "“", "'", "‘":
		return true
	}
	return false
}

// claimedBefore reports whether "claims that", "reports that" or
// "speculation that" opens the clause of the verb at i.
func claimedBefore(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		if t[j].key == "," || t[j].key == ";" {
			return false
		}
		if t[j].key == "that" && rumourNouns[t[j-1].key] {
			return true
		}
	}
	return false
}

var rumourNouns = set("claims", "claim", "reports", "rumours", "rumors", "speculation", "allegations", "suggestions")

// inHonourOfMany reports whether "in honour of the" many (heads, leaders,
// delegates) follows i in the sentence.
func inHonourOfMany(t []token, i int) bool {
	for j := i; j+3 < len(t); j++ {
		if t[j].key == "in" && (t[j+1].key == "honour" || t[j+1].key == "honor") && t[j+2].key == "of" && t[j+3].key == "the" {
			for k := j + 4; k < len(t) && k <= j+7; k++ {
				if manyGuests[t[k].key] {
					return true
				}
			}
			return false
		}
	}
	return false
}

var manyGuests = set("heads", "leaders", "participants", "delegates", "delegations", "guests", "ministers")

// welcomedToChamber reports whether h is "welcoming X to the chamber": a
// speaker's welcome to a guest addressing an assembly, no meeting of the
// two.
func welcomedToChamber(t []token, h hit) bool {
	if key(t, h.start) != "welcoming" && key(t, h.start) != "welcomed" {
		return false
	}
	for k := h.end; k+2 < len(t) && k <= h.end+8; k++ {
		if t[k].key == "to" && key(t, k+1) == "the" && assemblyRooms[key(t, k+2)] {
			return true
		}
		if !t[k].word {
			return false
		}
	}
	return false
}

// assemblyRooms are where a parliament sits to hear a guest.
var assemblyRooms = set("chamber", "hemicycle", "plenary", "podium", "rostrum", "floor")
