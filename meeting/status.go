package meeting

// Status: whether a reported meeting was held, is planned or is recalled.

import (
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// askedFor are the nouns of asking before "to meet": "his request to meet".
var askedFor = set("request", "requests", "bid", "bids", "offer", "offers", "wish", "desire", "proposal", "invitation", "permission")

// nounAfterFor make the trigger after "for" a noun: "to return to
// Naypyitaw for his own talks with".
var nounAfterFor = set("his", "her", "their", "its", "a", "an", "the", "further", "more")

// status reads whether the trigger reports a meeting held, planned or
// recalled. A past perfect ("had met") recalls an older meeting, except in
// reported speech about a recent one ("Anwar said he had also spoken to
// Phumtham on Thursday").
func (a *article) status(t []token, h hit, dates, reported []dateExpr) relbot.Status {
	if h.tr.form == trigNoun && (hypotheticalWords[key(t, h.start-1)] || hypotheticalWords[key(t, h.start-2)] || possibilityOf(t, h.start)) {
		// "support for a possible meeting between Trump and Kim": one
		// that may be held.
		return relbot.StatusPlanned
	}
	if len(dates) == 0 && mostRecentlyBefore(t, h.start) {
		// "has visited Australia several times, most recently holding
		// talks with his counterpart Richard Marles": the last of earlier
		// visits, not this story's.
		return relbot.StatusBackground
	}
	if comingPeriodAfter(t, h.end) {
		// "and to meet To Lam there in the coming months": a time still
		// ahead.
		return relbot.StatusPlanned
	}
	if futureBeforePresent(t, h) {
		// "The SCM will come days after President Lee holds a summit with
		// Trump": the present tense of a time clause under a future.
		return relbot.StatusPlanned
	}
	if futureBeforeGerund(t, h.start) {
		// "Takaichi will make her debut in Kuala Lumpur before hosting
		// Trump in Tokyo": the gerund shares the main verb's future.
		return relbot.StatusPlanned
	}
	if inConditional(t, h.start) {
		// "If a Lâm–Trump meeting follows, so much the better": one that
		// may be held.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && requestedBefore(t, h.start) {
		// "wrote to the council's president on Thursday requesting an
		// urgent meeting": asked for, not held.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && expectedToBefore(t, h.start) {
		// "Moon was also expected to greet Abe at a reception": what he
		// was to do there, not what he did.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && futureMainClause(t, h) {
		// "During the foreign ministers' meeting on Friday, Hayashi and
		// Blinken are expected to face Lavrov": the clause the opening
		// phrase frames says when.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && key(t, h.end) == "between" && h.end+1 < len(t) && t[h.end+1].upper && afterPreposition(t, h.start) && a.lastHeldOnDay() != nil && !mainVerbBefore(t, h.start) && !daysAfter(t, h.start) {
		// "The two sides expressed their delight, especially after the
		// meeting between Chính and Srettha in San Francisco earlier this
		// month": an older meeting recalled beside the one reported.
		return relbot.StatusBackground
	}
	if asideVerb := passiveAside(t, h); asideVerb > 0 && plannedMainVerb(t, asideVerb) {
		// "A meeting of the committee, co-chaired by A and B, has also
		// been proposed": the aside tells who, the main verb that it is
		// only a proposal.
		return relbot.StatusPlanned
	}
	if reportedWould(t, h.start) {
		// "The minister said he would brief Jurin on the outcome at a
		// meeting on Monday": a plan told in reported speech.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && unconfirmed(t, h.start) {
		// "though neither side has confirmed a bilateral meeting": one
		// that may or may not come.
		return relbot.StatusPlanned
	}
	if h.tr.form == trigNoun && arrangedOnly(t, h) {
		// "The talks had been arranged for Thursday evening and would
		// have been the first in two years": arranged, never held.
		return relbot.StatusPlanned
	}
	v := h.start
	if h.light >= 0 && h.light < v {
		v = h.light
	}
	if h.light < 0 {
		// "and hold bilateral talks with": the bare verb before the
		// trigger's modifiers.
		for back := 1; back <= 3 && v-back > 0 && t[v-back].word && !t[v-back].upper; back++ {
			if baseForms[key(t, v-back)] {
				v -= back
				break
			}
		}
	}
	if (baseForms[key(t, v)] || chairForms[key(t, v)]) && futureSubjectBefore(t, v) {
		// "are expected to discuss the zone when they co-chair the next
		// meeting of the committee": a present tense after "when" tells
		// what will be.
		return relbot.StatusPlanned
	}
	if baseForms[key(t, v)] && key(t, v-1) == "and" && hasAny(t, 0, v, strictModals) {
		// "Kim will begin an official visit after the summit and hold
		// talks with Trọng": the bare verb goes on with the modal.
		return relbot.StatusPlanned
	}
	if key(t, v-1) == "to" && askedFor[key(t, v-2)] {
		// "reiterated his request to meet with Daw Aung San Suu Kyi":
		// asked for, not held.
		return relbot.StatusPlanned
	}
	if key(t, v-1) == "to" && (key(t, v-2) == "was" || key(t, v-2) == "were" || key(t, v-2) == "are" || key(t, v-2) == "is") ||
		key(t, v-1) == "be" && key(t, v-2) == "to" && (key(t, v-3) == "was" || key(t, v-3) == "were") {
		// "Modi was to meet Najib on Friday afternoon", "A and B are to
		// meet on Monday", "The meeting was to be co-chaired by A and B":
		// arranged when written, not told as held.
		return relbot.StatusPlanned
	}
	if key(t, v-1) != "to" {
		// "and to holding in-person talks with": over the gerund and its
		// modifiers to the "to".
		for k := v - 1; k > 1 && k >= v-3 && (t[k].word || t[k].key == "-") && !t[k].upper; k-- {
			if key(t, k) == "to" && key(t, k-1) == "and" {
				v = k + 1
				break
			}
		}
	}
	if key(t, v-1) == "to" && key(t, v-2) == "," && plannedTripBefore(t, v-2) {
		// "hoped to pay an official visit to China once the situation
		// improves, to meet with Minister B": the purpose of a trip still
		// hoped for.
		return relbot.StatusPlanned
	}
	if key(t, v-1) == "to" && key(t, v-2) == "and" {
		// "is scheduled to attend the ASEAN–Japan summit and to hold a
		// bilateral meeting with Kishida": the second infinitive shares
		// the first one's plan.
		for j := v - 3; j > 0 && j >= v-24; j-- {
			if k := t[j].key; k == "." || k == ";" {
				break
			}
			if t[j].key == "to" && (plannedWords[key(t, j-1)] || key(t, j-1) == "forward" && plannedWords[key(t, j-2)]) {
				// "looked forward to visiting Cambodia, and to holding
				// talks with Sokhonn and calling on Hun Sen"
				return relbot.StatusPlanned
			}
		}
	}
	if h.light >= 0 && h.light < h.start {
		// "will hold his first in-person talks with", "is also scheduled
		// to hold a summit with": the plan is said before the light verb.
		for back := 1; back <= 3 && h.light-back >= 0; back++ {
			b := t[h.light-back]
			if !b.word {
				break
			}
			if plannedWords[b.key] || modalMay(t, h.light-back, h) {
				return relbot.StatusPlanned
			}
		}
	}
	for j := h.start - 1; j >= 0 && j >= h.start-12; j-- {
		if t[j].key == "." || t[j].key == ";" {
			break
		}
		if t[j].key == "whether" {
			// "It was not clear whether the envoys were able to meet
			// Suu Kyi": asked, not told.
			return relbot.StatusPlanned
		}
	}
	if baseForms[t[h.start].key] && futureSubordinate(t, h.start) {
		// "he will watch the parade alongside Macron, before the two
		// leaders hold talks at the Elysee Palace": the present of a
		// clause that hangs on a plan.
		return relbot.StatusPlanned
	}
	sawTo := false
	heldWhat := h.tr.form == trigNoun && heldWhatBefore(t, h.start)
	for back := 1; back <= 20 && h.start-back >= 0; back++ {
		b := t[h.start-back]
		if b.key == ")" {
			// "is scheduled to attend the ASEAN Plus Three (China, Japan
			// and South Korea) Leaders' Meeting": the bracket's commas
			// end no clause.
			if open := openingBracket(t, h.start-back, 12); open >= 0 {
				back = h.start - open
			}
			continue
		}
		if !b.word {
			if b.key == "," && back == 1 && participleMeetings[t[h.start].key] && futureClauseBefore(t, h.start-1) {
				// "He will then travel to Indonesia and Vietnam, meeting
				// with Widodo and Phuc": the participle shares the trip's
				// plan.
				return relbot.StatusPlanned
			}
			if b.key == "," || b.key == ";" {
				break
			}
			continue
		}
		if b.key == "for" && back <= 8 && (h.tr.form == trigNoun || nounAfterFor[key(t, h.start-back+1)]) && h.light < 0 &&
			(hasAny(t, h.start-back-16, h.start-back, travelVerbs) && back <= 4 || futureTrip(t, h.start-back-16, h.start-back)) &&
			!pastTrip(t, h.start-back-16, h.start-back) {
			// "are in Kunming for a leaders' meeting", "would travel to
			// Bangkok for the Apec Economic Leaders' Meeting", "would visit
			// China soon for talks with": the purpose of a trip.
			return relbot.StatusPlanned
		}
		if b.key == "be" && h.tr.form == trigNoun && (key(t, h.start-back-1) == "would" || key(t, h.start-back-1) == "will") {
			// "It would be the first face-to-face meeting between …": a
			// meeting still to come, however long its description.
			return relbot.StatusPlanned
		}
		if back > 4 && back <= 8 && b.key == "ahead" && key(t, h.start-back+1) == "of" && h.tr.form == trigNoun {
			// "ahead of a two-plus-two security meeting on Tuesday": the
			// noun's words are the meeting's, however many.
			return relbot.StatusPlanned
		}
		if back > 4 {
			// Further back only an infinitive's plan counts: "is scheduled
			// to be granted an audience", "hoped to bring Hun Manet and
			// Phumtham together for direct talks".
			if sawTo && plannedWords[b.key] && !heldWhat {
				return relbot.StatusPlanned
			}
			sawTo = sawTo || b.key == "to" && arrangeVerbs[key(t, h.start-back+1)]
			continue
		}
		sawTo = sawTo || b.key == "to"
		if h.start-back == h.light {
			continue
		}

		if settledWords[b.key] && (passiveAux[key(t, h.start-back-1)] || b.key == "agreed") && agreedAtMeeting(t, h.start-back+1) {
			// "The ceasefire was agreed at talks in Putrajaya": what the
			// talks gave, not talks agreed on; likewise "prepared", "was
			// agreed upon at a meeting", "agreed Wednesday in a
			// videoconference to work together", and "A and B agreed at
			// talks in Vientiane to …".
			continue
		}
		if (b.key == "plan" || b.key == "plans") && determiners[key(t, h.start-back-1)] {
			// "agreed on the plan at a meeting yesterday": the plan is
			// what the meeting agreed, not a meeting still planned.
			continue
		}
		if n := key(t, h.start-back+1); b.key == "next" && key(t, h.start-back-1) == "the" && (n == "day" || dayPartWords[n]) {
			continue // "The next day To Lam met Hun Manet": the day after the last told
		}
		if (plannedWords[b.key] || modalMay(t, h.start-back, h)) && !heldWhat || b.key == "open" && key(t, h.start-back+1) == "to" {
			// "has said he is open to meeting Hun Manet there"
			return relbot.StatusPlanned
		}
		if b.key == "previously" && back <= 5 {
			// "The two leaders had previously spoken only by video link,
			// … making Friday's talks their first": what went before the
			// meeting told, however the sentence dates that one.
			return relbot.StatusBackground
		}
		if b.key == "had" && back <= 2 {
			if !a.reportedRecent(t, h.start-back, dates, reported) && !a.earlierThatDay(t, h.start-back, dates) {
				return relbot.StatusBackground
			}
			continue
		}
		if h.tr.form == trigNoun || strings.HasPrefix(t[h.start].key, "talk") || strings.HasPrefix(t[h.start].key, "meet") || t[h.start].key == "met" ||
			h.tr.kind == kindPhone || h.tr.speak || lightVerbs[t[h.start].key] && back == 1 && b.key == "last" {
			// "A and B last held talks in 2023": the previous talks.
			if b.key == "last" && key(t, h.start-back-1) == "the" && hasAny(t, h.start-back-5, h.start-back-1, finalWords) {
				// "in what was likely the last meeting between the two":
				// the final one, held now, not the previous one.
				continue
			}
			if b.key == "last" && lastDate(t, h.start-back+1) {
				// "last Friday met": a date, not the previous meeting.
				continue
			}
			if b.key == "last" && heldWhat {
				// "held what is expected to be their last meeting": the
				// final one, held now.
				continue
			}
			if b.key == "last" && (key(t, h.start-back-1) == "a" || key(t, h.start-back-1) == "one") {
				// "had held a last round of talks earlier on Wednesday to
				// finalise the text": a final round, not the one before.
				continue
			}
			if b.key == "earlier" && earlierDate[key(t, h.start-back+1)] {
				// "had earlier on Thursday spoken by phone": a date.
				continue
			}
			if backgroundWords[b.key] && b.key != "had" && b.key != "following" && b.key != "first" {
				return relbot.StatusBackground
			}
		}
	}
	for j := 0; j < h.start; j++ {
		switch t[j].key {
		case "recalled", "recalling", "recall", "remembered", "reminisced":
			return relbot.StatusBackground
		}
	}
	if invitedTo(t, h.start) || proposedThat(t, h) {
		return relbot.StatusPlanned
	}
	for j := max(h.start-8, 0); j+1 < h.start; j++ {
		if t[j].key == "likely" && t[j+1].key == "to" {
			// "The visit is likely to include talks with Hun Sen"; not
			// "what was likely the last meeting between the two".
			return relbot.StatusPlanned
		}
	}
	if len(dates) == 0 && (key(t, h.start) == "meeting" || key(t, h.start) == "holding") && key(t, h.start-1) == "after" && hasAny(t, afterQuote(t, h.start), h.start, travelVerbs) {
		// "He arrived in Washington after meeting Xi Jinping in
		// Beijing": the trip's earlier stop, undated. Not a quotation's
		// "is": "'Japan is a friend,' Aquino said after meeting Abe".
		return relbot.StatusBackground
	}
	if key(t, h.start-1) == "first" && (key(t, h.start-2) == "who" || key(t, h.start-2) == "they" || key(t, h.start-2) == "had") && h.tr.form == trigVerb {
		// "the second meeting between the two leaders, who first met on
		// the sidelines of the Apec summit in Lima": how they came to
		// know each other, before the news.
		return relbot.StatusBackground
	}
	if weeksBefore(t, h.start) || a.staleLater(t, h.start) || repeated(t, h) || sinceWhen(t, h.start) || sinceClause(t, h.start) || a.thatPeriod(t, dates) {
		return relbot.StatusBackground
	}
	if yearsApart(t, h) || duringEarlierVisit(t, h.end) || whenAfterPluperfect(t, h.start) {
		return relbot.StatusBackground
	}
	if h.tr.form == trigNoun {
		// "to attend the meeting of the three fronts, to be held in Siem
		// Reap tomorrow": a meeting still to be held.
		for j := h.end; j+2 < len(t) && j < h.end+14; j++ {
			if t[j].key == "to" && t[j+1].key == "be" && t[j+2].key == "held" {
				return relbot.StatusPlanned
			}
		}
		for j := h.end; j < len(t) && j < h.end+3; j++ {
			if t[j].key == "scheduled" || t[j].key == "planned" || t[j].key == "slated" || t[j].key == "will" {
				return relbot.StatusPlanned
			}
		}
		// "the meeting between the two prime ministers would review …":
		// the noun's own verb, past its complement, is still to come.
		for j := h.end; j < len(t) && j < h.end+9; j++ {
			if k := t[j].key; k == "," || k == "which" || k == "who" || k == "that" || k == "where" {
				break
			}
			if t[j].key == "will" || t[j].key == "would" {
				return relbot.StatusPlanned
			}
		}
		// "a meeting between Trump and Lula, who will attend as a guest,
		// was 'under discussion'": the noun's own verb says it is a plan.
		for j := h.end; j+1 < len(t); j++ {
			if k := t[j].key; k != "was" && k != "were" && k != "is" && k != "are" && k != "remains" && k != "remained" {
				continue
			}
			n := j + 1
			for n < len(t) && (!t[n].word || t[n].key == "still") {
				n++
			}
			if key(t, n) == "under" && underWords[key(t, n+1)] || key(t, n) == "being" && beingWords[key(t, n+1)] {
				return relbot.StatusPlanned
			}
		}
		// "A meeting of the committee, co-chaired by A and B, has also been
		// proposed": the noun's own verb, past its aside, makes it a
		// proposal; "which was proposed by Hanoi" is the aside's own.
		for j := h.end; j+1 < len(t); j++ {
			if k := t[j].key; k != "been" && k != "was" && k != "were" && k != "is" && k != "are" || key(t, j-1) == "which" || key(t, j-1) == "that" {
				continue
			}
			n := j + 1
			for n < len(t) && (!t[n].word || t[n].key == "also" || t[n].key == "now" || t[n].key == "only") {
				n++
			}
			if proposalWords[key(t, n)] {
				return relbot.StatusPlanned
			}
		}
	}
	return relbot.StatusPast
}

// whenAfterPluperfect reports whether the meeting at i is told in a "when"
// clause of a main clause in the past perfect: "he had briefed Mahathir on
// the probe when he met him in Putrajaya after his appointment" looks back
// from the story.
func whenAfterPluperfect(t []token, i int) bool {
	w := -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if t[j].key == "when" {
			w = j
			break
		}
	}
	if w < 0 || key(t, w-1) == "," {
		// "had arrived on Sunday, when Wang held talks with each": the
		// day the arrival names, the story's own.
		return false
	}
	for j := w - 1; j >= 1 && j >= w-20; j-- {
		switch k := t[j].key; {
		case k == "." || k == ";" || doubleQuoteMark(k):
			return false
		case k == "had" && t[j+1].word && (strings.HasSuffix(t[j+1].key, "ed") || pastVerbs[t[j+1].key]):
			return true
		}
	}
	return false
}

// duringEarlierVisit reports whether the clause after a meeting's words
// sets it on a journey before the story's: "whom the King received at the
// Royal Palace during one of her earlier visits to Cambodia".
func duringEarlierVisit(t []token, from int) bool {
	for j := from; j+1 < len(t) && j < from+16; j++ {
		switch t[j].key {
		case ".", ";":
			return false
		case "during", "on", "in":
			for k := j + 1; k < len(t) && k < j+6; k++ {
				if earlierTripWords[t[k].key] {
					return tripNouns[key(t, k+1)]
				}
				if !t[k].word || t[k].key == "," {
					break
				}
			}
		}
	}
	return false
}

var earlierTripWords = set("earlier", "previous", "past", "prior", "former")

// passiveAside returns where the main clause goes on after the aside that h
// opens with a participle ("The meeting, co-chaired by A and B, has …"),
// or -1.
func passiveAside(t []token, h hit) int {
	if h.tr.form != trigVerb || key(t, h.start-1) != "," || key(t, h.end) != "by" {
		return -1
	}
	for j := h.end + 1; j < len(t) && j < h.end+30; j++ {
		switch t[j].key {
		case ",":
			return j + 1
		case ".", ";":
			return -1
		}
	}
	return -1
}

// plannedMainVerb reports whether the verb at v says a plan: "has (also)
// been proposed", "will be held", "is scheduled for".
func plannedMainVerb(t []token, v int) bool {
	for j := v; j < len(t) && j < v+4; j++ {
		k := t[j].key
		if proposalWords[k] || k == "will" || k == "would" || k == "scheduled" || k == "slated" || k == "expected" {
			return true
		}
		if k != "has" && k != "have" && k != "also" && k != "been" && k != "is" && k != "are" && k != "now" {
			return false
		}
	}
	return false
}

// unconfirmed reports whether the meeting's noun at n is what someone did
// not confirm: "neither side has confirmed a bilateral meeting", "officials
// declined to confirm talks between …".
func unconfirmed(t []token, n int) bool {
	for j := n - 1; j >= 0 && j >= n-4; j-- {
		if t[j].key != "confirmed" && t[j].key != "confirm" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			switch t[k].key {
			case "not", "n't", "neither", "never", "nor", "no", "declined", "refused", "yet", "cannot":
				return true
			}
		}
	}
	return false
}

// futureSubjectBefore reports whether the words before v open a clause whose
// present tense tells what will be: "when they", "once he", "when the two",
// "when both", "when the leaders".
func futureSubjectBefore(t []token, v int) bool {
	switch {
	case subjectPronouns[key(t, v-1)] || key(t, v-1) == "both":
		return futureClauseWords[key(t, v-2)]
	case key(t, v-2) == "the" && (key(t, v-1) == "two" || key(t, v-1) == "leaders" || key(t, v-1) == "sides"):
		return futureClauseWords[key(t, v-3)]
	}
	return false
}

// sinceClause reports whether the meeting at i is told inside a clause that
// "since" opens with a subject of its own: "Xi said that since he visited
// Fiji in November 2014 and held talks with Bainimarama in Nadi, relations
// have grown" measures the news against that meeting. A trigger after the
// clause's comma is the main clause's.
func sinceClause(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		switch t[j].key {
		case ",", ";", ":":
			return false
		case "since":
			return subjectPronouns[key(t, j+1)] || j+1 < len(t) && t[j+1].upper && !isMonth(t[j+1].key) && !isWeekday(t[j+1].key) // not "since January", "since Monday"
		}
	}
	return false
}

// expectedToBefore reports whether "expected to", "scheduled to", "due to"
// or "set to" and a verb stand before the meeting's noun at i in its clause.
func expectedToBefore(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		switch t[j].key {
		case ",", ";", ".":
			return false
		case "to":
			if expectationWords[t[j-1].key] && j+1 < i && t[j+1].word && !t[j+1].upper && !determiners[t[j+1].key] {
				return !heldWhatBefore(t, i)
			}
		}
	}
	return false
}

var expectationWords = set("expected", "scheduled", "due", "set", "slated")

// plannedTripBefore reports whether the sentence before the comma at c
// plans or hopes for a trip: "hoped to pay an official visit to China",
// "will travel to Hanoi next month".
func plannedTripBefore(t []token, c int) bool {
	for j := c - 1; j >= 1 && j >= c-25; j-- {
		if t[j].key == "." || t[j].key == ";" {
			return false
		}
		if t[j].key == "to" && (plannedWords[key(t, j-1)] || hopeWords[key(t, j-1)]) && (travelVerbs[key(t, j+1)] || key(t, j+1) == "pay" || key(t, j+1) == "make") {
			return true
		}
	}
	return false
}

var hopeWords = set("hoped", "hopes", "hope", "hoping", "wants", "wanted", "wishes", "wished", "intends", "intended", "plans")

// heldWhatBefore reports whether the meeting's noun at i is what a past verb
// held, described as expected: "the two leaders held what is expected to be
// their last meeting" tells the meeting held; the expectation is that no
// other follows.
func heldWhatBefore(t []token, i int) bool {
	for j := i - 1; j >= 2 && j >= i-9; j-- {
		if !t[j].word {
			return false
		}
		if t[j].key == "what" {
			return heldVerbs[key(t, j-1)] && (key(t, j+1) == "is" || key(t, j+1) == "was") && expectationWords[key(t, j+2)]
		}
	}
	return false
}

// heldVerbs tell a meeting held.
var heldVerbs = set("held", "had", "hosted", "concluded", "attended", "chaired", "co-chaired")

// subjectPronouns and futureClauseWords open a clause whose present tense
// speaks of a time to come: "when they co-chair", "once he meets".
var (
	chairForms        = set("chair", "co-chair", "host", "co-host", "sit", "talk")
	subjectPronouns   = set("they", "he", "she", "we", "i")
	futureClauseWords = set("when", "once", "until", "before", "after", "if")
)

// proposalWords after "has been" make the meeting a proposal.
var proposalWords = set("proposed", "mooted", "suggested", "floated", "requested", "envisaged", "sought")

// agreedAt after a passive "was agreed" lead to the meeting where it was;
// settledWords are the verbs of such passives ("had been prepared during a
// phone call between A and B on Monday": the call was made).
var (
	agreedAt     = set("at", "during", "in")
	settledWords = set("agreed", "prepared", "arranged", "finalised", "finalized", "decided", "settled")
)

// underWords and beingWords after "was under" and "is being" make a meeting
// a plan still being made.
var (
	underWords = set("discussion", "consideration", "negotiation", "review")
	beingWords = set("discussed", "arranged", "planned", "considered", "negotiated", "prepared", "organised", "organized", "finalised", "finalized")
)

// lastDate reports whether the word at i makes a "last" before it a date:
// "last Friday", "last week", "last month".
func lastDate(t []token, i int) bool {
	k := key(t, i)
	_, day := weekdays[k]
	_, month := months[k]
	return day || month || k == "week" || k == "weekend" || k == "month" || k == "night" || k == "year"
}

// yearsApart reports whether a sentence sets its events years away from the
// article's: "a year and a half after that of his predecessor Barack Obama,
// who held talks with President Quang", "two decades ago".
func yearsApart(t []token, h hit) bool {
	said := len(t) // ", where he spoke about the help … 47 years ago": what was said at the meeting
	for j := h.end; j+1 < len(t); j++ {
		if t[j].key == "," && t[j+1].key == "where" {
			said = j
			break
		}
	}
	for j, tk := range t {
		if tk.key != "year" && tk.key != "years" && tk.key != "decade" && tk.key != "decades" || inAside(t, j, h) || j > said {
			continue
		}
		k := j + 1
		if key(t, k) == "and" && key(t, k+1) == "a" && key(t, k+2) == "half" {
			k += 3
		}
		if key(t, k) == "after" && (j > h.end || j < h.start && hasAny(t, k, h.start, commaWord)) && (key(t, j-2) == "," || key(t, j-3) == "," || clauseAfterComma(t, h.end, j)) {
			// "met Lam on Wednesday, a year after the two upgraded their
			// ties", "held talks …, as the country looks to revive French
			// seven decades after colonial rule": how long since something
			// else; so too an aside before the meeting's word ("agreed
			// yesterday …, seven years after talks stalled, following a
			// meeting between …").
			continue
		}
		switch key(t, k) {
		case "ago", "earlier", "before", "after", "previously":
			return true
		}
	}
	return false
}

// clauseAfterComma reports whether a clause of its own ("…, as the country
// looks to …", "…, while …") opens between from and j.
func clauseAfterComma(t []token, from, j int) bool {
	for k := from; k+1 < j; k++ {
		if t[k].key == "," && (t[k+1].key == "as" || t[k+1].key == "while" || t[k+1].key == "amid") {
			return true
		}
	}
	return false
}

// reportedRecent reports whether the "had" at i is the past perfect of
// reported speech ("said … had spoken") about a meeting the sentence dates
// within the last two weeks.
func (a *article) reportedRecent(t []token, i int, dates, reported []dateExpr) bool {
	if hoursApart(t, i) {
		// "The calls came hours after Trump said he had spoken with Hun
		// Manet": the same day's news.
		return true
	}
	said := false
	for j := 0; j < i; j++ {
		if saying(t[j].key) {
			said = true
		}
	}
	// "Cho had spoken by phone with Iwaya earlier this week", "told
	// reporters that earlier this week he had spoken by telephone with
	// Murakami": a flashback within the days the story covers is news, not
	// past.
	for j := 0; j+1 < len(t); j++ {
		if t[j].key == "this" && t[j+1].key == "week" && (j >= i || said) {
			return true
		}
	}
	if !said {
		for _, d := range dates {
			if !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && !d.past.Start().Before(dayStart(a.pub).AddDate(0, 0, -7)) {
				return true
			}
			if d.anaphoric && d.sameDay <= 0 && d.sameDay >= -3 && a.heldTold() && !datedOlder(dates, dayStart(a.pub).AddDate(0, 0, -7)) {
				// "A day earlier, Rubio had telephoned Sihasak": days
				// before the meeting just told; but "On June 28, two days
				// after Shukla docked, Modi had spoken to him" counts from
				// a day the sentence gives, weeks before.
				return true
			}
		}
		return false
	}
	for _, ds := range [][]dateExpr{dates, reported} {
		for _, d := range ds {
			if !d.anaphoric && !d.aheadOnly && !d.past.IsZero() && d.past.Day != 0 && !a.old(d.past) {
				return true
			}
		}
	}
	// "The agency said Tedros had also held talks with Wang Yi": reported
	// speech's past perfect of one more meeting of the visit just told,
	// when the sentence dates nothing else.
	return key(t, i+1) == "also" && len(dates) == 0 && a.heldTold()
}

// earlierThatDay reports whether the "had" at i opens "had earlier" in a
// sentence that dates nothing, after a story told of a day this week:
// "Baerbock on Tuesday handed over the Benin Bronzes … Baerbock had earlier
// held talks with her Nigerian counterpart": before the event, the same
// visit.
func (a *article) earlierThatDay(t []token, i int, dates []dateExpr) bool {
	return key(t, i+1) == "earlier" && len(dates) == 0 && a.givenDay.Day != 0 && !a.givenDay.Start().Before(dayStart(a.pub).AddDate(0, 0, -7))
}

// hoursApart reports whether the words before i set what follows hours or
// moments from the news: "hours after", "shortly before", "soon after".
func hoursApart(t []token, i int) bool {
	for j := 0; j+1 < i; j++ {
		if next := t[j+1].key; (next == "after" || next == "before") && !tenureGerunds[key(t, j+2)] {
			// Not "Soon after assuming office, Malhotra had called on
			// Modi": the start of a tenure, months before the news.
			switch t[j].key {
			case "hours", "minutes", "shortly", "soon", "moments":
				return true
			}
		}
	}
	return false
}

// tenureGerunds start a tenure: "after assuming office", "after taking
// power", "after becoming prime minister".
var tenureGerunds = set("assuming", "taking", "becoming", "winning", "entering", "joining")

// urgedGroup reports whether t[from:to] names people by a group: "both
// leaders", "the two sides", "all parties".
func urgedGroup(t []token, from, to int) bool {
	if to-from > 4 {
		return false
	}
	for j := from; j < to; j++ {
		switch t[j].key {
		case "leaders", "sides", "parties", "countries", "governments":
			return true
		}
	}
	return false
}

// buildingAt reports whether the words before the comma at c name a
// building or an institution's seat after "at the": "at the Ministry of
// Foreign Affairs, Bangkok", "at the Peace Palace, Phnom Penh".
func buildingAt(t []token, c int) bool {
	for j := c - 1; j >= 1 && j >= c-8; j-- {
		if t[j].key == "the" && key(t, j-1) == "at" {
			return j+1 < c && t[j+1].upper
		}
		if key(t, j-1) == "at" && t[j].upper && buildingHeads[key(t, c-1)] {
			return true // "at Afya House, Nairobi", "at State House, Nairobi"
		}
		if !t[j].word || !t[j].upper && t[j].key != "of" && t[j].key != "and" && t[j].key != "for" {
			return false
		}
	}
	return false
}

// thingsDate reports whether the date at i is a thing's, not a meeting's:
// "the maritime boundary agreement the two countries signed in 2022".
func thingsDate(t []token, i int) bool {
	k := i - 1
	if key(t, k) == "in" || key(t, k) == "on" {
		k--
	}
	switch key(t, k) {
	case "signed", "reached", "adopted", "established", "launched", "ratified", "concluded", "built", "opened":
		return true
	case "chairmanship", "chairmanships", "chairship", "presidency":
		// "the first meeting under Laos' ASEAN chairmanship in 2024"
		return key(t, i-1) == "in"
	}
	return false
}

// pastTrip reports whether a trip told between from and to was made: "He
// then traveled to Putrajaya for talks with Anwar" (not "is expected to
// travel", "would fly").
func pastTrip(t []token, from, to int) bool {
	made := false
	for j := max(from, 0); j < to && j < len(t); j++ {
		switch k := t[j].key; {
		case plannedWords[k] || k == "to" && j+1 < len(t) && travelVerbs[t[j+1].key]: // "expected to travel"
			return false
		case k == "traveled" || k == "travelled" || k == "flew" || k == "went" || k == "headed" || k == "came":
			made = true
		}
	}
	return made
}

// andVerbBetween reports whether "and" joins two verbs between from and to:
// the words before it are another verb's ("arrived on Monday evening and
// held talks").
func andVerbBetween(t []token, from, to int) bool {
	for j := from; j < to; j++ {
		if t[j].key == "and" && j+1 < len(t) && !t[j+1].upper && t[j+1].word {
			return true
		}
		if !t[j].word && t[j].key != "(" && t[j].key != ")" {
			return false
		}
	}
	return false
}

// futureBeforeGerund reports whether the gerund at start follows "before"
// or "after" in a clause whose verb is still to come: "will make her debut
// … before hosting Trump".
func futureBeforeGerund(t []token, start int) bool {
	if !strings.HasSuffix(key(t, start), "ing") || key(t, start-1) != "before" && key(t, start-1) != "after" {
		return false
	}
	return futureMarkerBefore(t, start-1)
}

// futureBeforePresent reports whether the meeting at h is told in the
// present tense ("holds a summit", "meets") of a clause opened by "after",
// "before", "when" or "once" whose main verb is still to come.
func futureBeforePresent(t []token, h hit) bool {
	v := h.start
	if h.light >= 0 {
		v = h.light
	}
	if !presentMeetingVerbs[key(t, v)] {
		return false
	}
	for j := v - 1; j > 0 && j >= v-16; j-- {
		switch t[j].key {
		case ".":
			if !abbreviationStop(t, j) {
				return false
			}
		case ";", ",":
			return false
		case "after", "before", "when", "once":
			return futureMarkerBefore(t, j)
		}
	}
	return false
}

// abbreviationStop reports whether the full stop at j is one inside a name
// ("Ferdinand R. Marcos Jr.", "Dr. Kao Kim Hourn"), not a sentence's end.
func abbreviationStop(t []token, j int) bool {
	return initialStop(t, j) || styleStop(t, j) || key(t, j) == "." && j > 0 && t[j-1].upper && generationSuffixes[t[j-1].key]
}

// presentMeetingVerbs tell a meeting in the present tense.
var presentMeetingVerbs = set("holds", "meets", "hosts", "receives", "visits", "has", "makes", "pays", "hold", "meet", "host", "receive", "visit", "have", "make", "pay") // "when A and B meet"

// futureMarkerBefore reports whether the clause before i says what will
// happen: "The SCM will come days after …". A verb of saying between makes
// the future what was said ("The two will fight hoaxes together, Budi said
// after meeting Gobind").
func futureMarkerBefore(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-20; j-- {
		switch t[j].key {
		case ".", ";":
			return false
		case "will", "would", "shall", "'ll", "scheduled", "expected", "due", "could", "can":
			return true
		case "said", "told":
			return false
		}
	}
	return false
}

// comingPeriodAfter reports whether "in the coming days (weeks, months)" or
// "in the weeks ahead" follows a verb of meeting ending at end in its clause.
func comingPeriodAfter(t []token, end int) bool {
	for j := end; j+3 < len(t) && j < end+16; j++ {
		switch t[j].key {
		case ";", ",":
			return false
		case "in":
			if key(t, j+1) != "the" {
				continue
			}
			if key(t, j+2) == "coming" && periodUnit(key(t, j+3)) || periodUnit(key(t, j+2)) && key(t, j+3) == "ahead" {
				return true
			}
		}
	}
	return false
}

func periodUnit(k string) bool { return timeUnits[k] || k == "days" }

// openingBracket returns where the bracket that closes at c opens, within
// the given number of tokens, or -1.
func openingBracket(t []token, c, within int) int {
	for j := c - 1; j >= 0 && j >= c-within; j-- {
		switch t[j].key {
		case "(":
			return j
		case ")":
			return -1
		}
	}
	return -1
}

var participleMeetings = set("meeting", "holding", "calling", "visiting")

// futureMarkers make the clause they lead a plan: "He will then travel".
var futureMarkers = set("will", "shall", "'ll", "would", "scheduled", "expected", "due", "slated", "plans", "planning")

// futureClauseBefore reports whether the clause ending at the comma at c
// (back to the punctuation before it) says what will happen.
func futureClauseBefore(t []token, c int) bool {
	for j := c - 1; j >= 0 && j >= c-20; j-- {
		switch {
		case t[j].key == ";" || t[j].key == "," || t[j].key == ".":
			return false
		case futureMarkers[t[j].key]:
			return true
		}
	}
	return false
}

// afterQuote returns where the words after the last quotation mark before i
// start, or 0.
func afterQuote(t []token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if doubleQuoteMark(t[j].key) {
			return j + 1
		}
	}
	return 0
}

// timeConjunctions open a clause whose present tense takes its time from
// the main clause: "before the two leaders hold talks".
var timeConjunctions = set("before", "after", "when", "until", "once")

// futureSubordinate reports whether the verb at v opens, within a few
// words, a clause led by a time conjunction after a main clause that says
// what will happen.
func futureSubordinate(t []token, v int) bool {
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		if !t[j].word {
			return false
		}
		if timeConjunctions[t[j].key] {
			for k := j - 1; k >= 0; k-- {
				if t[k].key == "." || t[k].key == ";" {
					return false
				}
				if futureMarkers[t[k].key] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// agreedAtMeeting reports whether the words from k after "agreed" put the
// agreement at a meeting ("at talks", "upon at a meeting", "Wednesday in a
// videoconference"), not in principle ("agreed in principle to receive"
// plans one).
func agreedAtMeeting(t []token, k int) bool {
	if n := key(t, k); n == "upon" || n == "on" || isWeekday(n) {
		k++
	}
	return agreedAt[key(t, k)] && key(t, k+1) != "principle"
}

// reportedWould reports whether "said he would" (she, they, we; "that"
// between) stands before the meeting at i, with no "have" after "would":
// what someone said they would do, not what they did ("said he would have
// met").
func reportedWould(t []token, i int) bool {
	for j := 2; j < i; j++ {
		if t[j].key != "would" || key(t, j+1) == "have" || key(t, j+1) == "be" {
			continue
		}
		switch key(t, j-1) {
		case "he", "she", "they", "we":
		default:
			continue
		}
		k := j - 2
		if key(t, k) == "that" {
			k--
		}
		if key(t, k) == "said" || key(t, k) == "told" {
			return true
		}
	}
	return false
}

// mostRecentlyBefore reports whether "most recently" stands just before the
// verb of meeting at start, as a series of earlier visits ends: "most
// recently holding talks with", "most recently meeting".
func mostRecentlyBefore(t []token, start int) bool {
	for j := start - 1; j >= 1 && j >= start-3; j-- {
		if t[j].key == "recently" && key(t, j-1) == "most" {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// modalMay reports whether t[j] is the modal "may" of the meeting h ("Putin
// may hold talks with both", "may also meet"), not the month, written in
// capitals, nor another verb's ("Fishermen may return following the
// meeting"). It is kept out of plannedWords, which are matched on folded
// keys.
func modalMay(t []token, j int, h hit) bool {
	if j < 0 || t[j].key != "may" || t[j].upper {
		return false
	}
	v := j + 1
	if key(t, v) == "also" {
		v++
	}
	return v == h.start || v == h.light
}

// datedOlder reports whether one of dates gives a day before limit.
func datedOlder(dates []dateExpr, limit time.Time) bool {
	for _, d := range dates {
		if !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && d.past.Start().Before(limit) {
			return true
		}
	}
	return false
}
