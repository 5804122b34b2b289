package meeting

// Reading the clause around a trigger: negation, counted habits, the future
// main clause and the clause bounds that later checks search.

import (
	"slices"
	"strings"
)

// countedTimes reports whether the meeting's verb is counted: "has met Xi
// more than a dozen times over the past decade" is a habit, no one meeting.
func countedTimes(t []token, h hit) bool {
	for j := h.end; j < len(t) && j < h.end+10; j++ {
		if t[j].key == "." || t[j].key == ";" || t[j].key == "," {
			return false
		}
		if t[j].key != "times" {
			continue
		}
		switch k := key(t, j-1); {
		case k == "dozen" || k == "several" || k == "many" || k == "numerous" || k == "few" || smallNumbers[k] > 1:
			return true
		case len(k) > 0 && k[0] >= '0' && k[0] <= '9':
			return true
		}
	}
	return false
}

// gatherings are events whose chairs and attendees do not meet one another
// by being there: only the bilaterals on their sidelines are meetings.
var gatherings = set("summit", "summits", "plenary", "ceremony", "forum", "congress", "gala", "reception")

// plenary reports whether a verb of co-chairing has a gathering for its
// object: "the plenary session of the summit, co-chaired by Kishida and
// Widodo", "co-chaired the ASEAN-Japan Summit".
func plenary(t []token, h hit) bool {
	if key(t, h.end) == "by" {
		for j := h.start - 1; j >= 0 && j >= h.start-10; j-- {
			if gatherings[t[j].key] {
				return true
			}
			if t[j].key == "." || t[j].key == ";" {
				break
			}
		}
		return false
	}
	for j := h.end; j < len(t) && j < h.end+10; j++ {
		if gatherings[t[j].key] {
			return true
		}
		if t[j].key == "," || t[j].key == "." || t[j].key == ";" || t[j].key == "and" {
			break
		}
	}
	return false
}

// asTheyDo reports whether a clause of "as" with its own subject opens at i:
// "as the two countries prepare for …", "as both sides look to …".
func asTheyDo(t []token, i int) bool {
	if key(t, i) != "as" || key(t, i+1) != "the" && key(t, i+1) != "both" {
		return false
	}
	for j := i + 2; j < len(t) && j <= i+5; j++ {
		if asClauseVerbs[t[j].key] {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// asOthersDid reports whether "as" at i opens a clause of its own whose
// subject is named and whose verb is in the past or present tense: "(even)
// as President Xi Jinping signaled …", not "as President Xi's envoy".
func asOthersDid(t []token, i int) bool {
	if key(t, i) != "as" || i+1 >= len(t) || !t[i+1].upper {
		return false
	}
	k := i + 1
	for k < len(t) && k <= i+7 && t[k].upper {
		k++
	}
	if k >= len(t) || k == i+1 || t[k].upper || !t[k].word {
		return false
	}
	v := t[k].key
	return tensedAsVerbs[v] || strings.HasSuffix(v, "ed") && len(v) > 4 && key(t, k+1) != "by"
}

// asGroupDid reports whether "as" at i opens a clause whose subject is a
// plain noun of a few words and whose verb is in the past tense: "met
// vice-chancellors as institutions raised concerns about the model announced
// by President Ruto" tells why, and whom that clause names met no one.
func asGroupDid(t []token, i int) bool {
	if key(t, i) != "as" || i+1 >= len(t) || t[i+1].upper || notAsSubjects[key(t, i+1)] {
		return false
	}
	for k := i + 1; k < len(t) && k <= i+4; k++ {
		if !t[k].word || t[k].upper {
			return false
		}
		if v := t[k].key; k > i+1 && (tensedAsVerbs[v] || strings.HasSuffix(v, "ed") && len(v) > 4 && key(t, k+1) != "by") {
			return true
		}
	}
	return false
}

// notAsSubjects open "as" phrases that are no clause: "as well as", "as part
// of", "as expected", "as agreed".
var notAsSubjects = set("well", "part", "a", "an", "expected", "agreed", "planned", "scheduled", "announced", "reported", "promised", "usual", "such", "much", "many", "long", "soon", "far", "of", "to", "for", "if", "though", "its", "his", "her", "their", "head", "chair", "host")

var tensedAsVerbs = set("said", "says", "told", "tells", "signals", "warns", "insists", "spoke", "speaks", "urges", "vows", "made", "makes", "sought", "seeks", "took", "takes", "gave", "gives")

var asClauseVerbs = set("prepare", "prepares", "look", "looks", "seek", "seeks", "mark", "marks", "celebrate", "celebrates", "continue", "continues")

// negation words before a verb of meeting: "did not receive", "declined to
// meet", "no meeting was held".
var negations = set("not", "n't", "never", "no", "declined", "refused", "failed", "without", "cancelled", "canceled", "postponed", "nor")

// separateWords and bilateralWords say one actor's meetings with several
// others were one by one.
var (
	separateWords  = set("separate", "separately", "respectively")
	bilateralWords = set("bilateral", "bilaterals")
)

// credentialWords and presentedWords report envoys presenting credentials.
var (
	credentialWords = set("credentials", "credence")
	signerWords     = set("signed", "issued", "sent")
	presentedWords  = set("presented", "presenting", "present", "presents")
)

// sourceWords after a venue make it the speaker of a statement.
var sourceWords = set("official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources", "statement", "readout", "press")

// finalWords before "the last meeting" make it the final one, not the
// previous one: "in what was likely the last meeting".
var finalWords = set("likely", "probably", "possibly", "perhaps", "was", "be")

// requestWords stand between a refusal and the meeting refused.
var requestWords = set("a", "an", "the", "request", "requests", "for", "of", "offer", "proposal", "invitation", "bid", "to", "hold", "his", "their")

// joinVerbs take part in a meeting named after them.
var joinVerbs = set("join", "joined", "attend", "attended", "sit", "sat")

// isNegation reports whether t[i] negates what follows: "not", "didn't",
// "declined", but not "not only".
func isNegation(t []token, i int) bool {
	k := t[i].key
	return (negations[k] || strings.HasSuffix(k, "n't")) && key(t, i+1) != "only"
}

// whetherClause reports whether the verb at v is in a clause opened by
// "whether" a few words before: "it was not clear whether he met the senior
// general" tells no meeting, whatever the clause says.
func whetherClause(t []token, v int) bool {
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		if !t[j].word {
			return false
		}
		if t[j].key == "whether" {
			return true
		}
	}
	return false
}

// refusedLeave reports whether a refused or denied leave reaches the verb at
// v across the one it was asked for: "refused to let the bloc's envoy,
// Brunei's Erywan Yusof, meet Suu Kyi", "did not allow him to meet".
func refusedLeave(t []token, v int) bool {
	for j := v - 1; j >= 1 && j >= v-16; j-- {
		switch t[j].key {
		case ".", ";":
			return false
		case "let", "allow", "allowed", "permit", "permitted":
			for k := j - 1; k >= 0 && k >= j-3; k-- {
				if isNegation(t, k) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// negated reports whether the trigger reports a meeting that did not happen.
func negated(t []token, h hit) bool {
	if key(t, h.start-1) == "to" && key(t, h.start-2) == "yet" {
		// "has yet to meet Hun Manet"
		return true
	}
	for j := max(h.start-5, 0); j+2 < h.start; j++ {
		// "Moon and Suga have yet to hold formal talks": the noun's
		// light verb is what is yet to come.
		if t[j].key == "yet" && t[j+1].key == "to" && lightVerbs[t[j+2].key] && !slices.ContainsFunc(t[j+3:h.start], func(w token) bool { return !w.word || w.upper }) {
			return true
		}
	}
	if deniedReport(t, h.start) {
		return true
	}
	if whetherClause(t, h.start) {
		return true
	}
	if onlyGreeted(t, h.start) {
		return true
	}
	if refusedLeave(t, h.start) {
		return true
	}
	start := h.start
	if h.light >= 0 && h.light < start {
		start = h.light // "did not hold separate bilateral talks"
	}
	for back := 1; back <= 3 && start-back >= 0; back++ {
		b := t[start-back]
		if !b.word && b.key != "'" {
			break
		}
		if isNegation(t, start-back) {
			return true
		}
	}
	if key(t, 0) == "what" && (key(t, start-2) == "was" || key(t, start-2) == "is") {
		// "What he did not get was a meeting with Aung San Suu Kyi"
		for j := 1; j < start-2; j++ {
			if isNegation(t, j) {
				return true
			}
		}
	}
	// "declined a request for a meeting", "turned down an offer of talks":
	// the refusal reaches the meeting across the request, and across
	// whose request it was ("declined a U.S. request for a meeting").
	for back := 1; back <= 10 && h.start-back >= 0; back++ {
		k := t[h.start-back].key
		if t[h.start-back].upper && back > 2 || k == "." {
			continue
		}
		if !requestWords[k] {
			if isNegation(t, h.start-back) || k == "rejected" || k == "down" {
				return true
			}
			break
		}
	}
	if h.tr.form == trigNoun {
		// "though they did not join the leaders' small-group talks": the
		// negation reaches the noun across the verb of joining.
		for back := 1; back <= 7 && h.start-back-1 >= 0; back++ {
			k := t[h.start-back].key
			if k == "." || k == ";" || k == "," {
				break
			}
			if joinVerbs[k] && (isNegation(t, h.start-back-1) || h.start-back-2 >= 0 && isNegation(t, h.start-back-2)) {
				return true
			}
		}
	}
	if h.tr.form == trigNoun {
		// "there was no need for such a meeting", "no plans for talks"
		for back := 1; back <= 4 && h.start-back-1 >= 0; back++ {
			if k := t[h.start-back].key; (k == "need" || k == "plans" || k == "plan" || k == "reason") && key(t, h.start-back-1) == "no" {
				return true
			}
		}
	}
	if h.tr.form == trigNoun {
		// "China abruptly canceled a planned meeting between Wang and
		// Hayashi", "called off their talks": the noun's verb before it.
		for back := 1; back <= 4 && h.start-back >= 0; back++ {
			b := t[h.start-back]
			if cancelWords[b.key] || b.key == "off" && key(t, h.start-back-1) == "called" {
				return true
			}
			if !b.word || b.upper {
				break
			}
		}
	}
	for j := h.end; j < len(t) && j < h.end+4; j++ {
		switch t[j].key {
		case "cancelled", "canceled", "postponed", "scrapped", "called":
			if t[j].key != "called" || key(t, j+1) == "off" {
				return true
			}
		}
	}
	if h.tr.form == trigNoun {
		// "A meeting between Lazaro and Wang, which the DFA had been
		// trying to arrange, did not push through": the noun's own verb,
		// past the names and the relative clause, says it never happened.
		for j := h.end; j+1 < len(t); j++ {
			if isNegation(t, j) && failedWords[key(t, j+1)] || key(t, j) == "fell" && key(t, j+1) == "through" ||
				key(t, j) == "failed" && key(t, j+1) == "to" && failedWords[key(t, j+2)] {
				return true
			}
			// "A meeting between Sihasak and Sokhonn, which had been
			// scheduled for last week, was postponed": the noun's verb.
			if (key(t, j) == "was" || key(t, j) == "were" || key(t, j) == "been") &&
				(cancelWords[key(t, j+1)] || key(t, j+1) == "called" && key(t, j+2) == "off") {
				return true
			}
			// "…, which had been expected to take place in Djibouti on
			// Thursday, will not be held as planned"
			if k := key(t, j); (k == "will" || k == "would") && key(t, j+1) == "not" && key(t, j+2) == "be" && notHeldWords[key(t, j+3)] {
				return true
			}
			// "a meeting between the two prime ministers was \"not on the
			// agenda\"", "… is not planned".
			if k := key(t, j); k == "was" || k == "is" || k == "were" || k == "are" {
				n := j + 1
				if key(t, n) == "\"" || key(t, n) == "“" {
					n++
				}
				if key(t, n) == "not" && notHeldWords[key(t, n+1)] {
					return true
				}
			}
		}
	}
	return false
}

// futureMainClause reports whether a meeting's noun stands in a phrase that
// opens the sentence ("During the …", "At the …") and the clause after it
// speaks of the future: "… , A and B are expected to …", "…, X will …".
func futureMainClause(t []token, h hit) bool {
	open := 0
	for j := 0; j < len(t) && j < 8; j++ {
		if k := t[j].key; k == "-" || k == "–" || k == "—" || k == "--" {
			open = j + 1 // after a dateline: "PHNOM PENH - During …"
			break
		}
	}
	if k := key(t, open); k != "during" && k != "at" || h.start-open > 12 {
		return false
	}
	c := nextComma(t, h.end)
	if c < 0 || c > h.end+8 {
		return false
	}
	for j := c + 1; j+1 < len(t) && j <= c+30; j++ {
		switch t[j].key {
		case "will":
			return true
		case "expected", "set", "scheduled", "due", "slated":
			if t[j+1].key == "to" && (key(t, j-1) == "are" || key(t, j-1) == "is") {
				return true
			}
		case ",", ";":
			return false
		}
	}
	return false
}

// arrangedOnly reports whether a meeting's noun is followed by a modal ("the
// talks must happen"), "had been arranged (scheduled, planned) for" or
// "would have been", or follows "would have been": a meeting set up or
// wished for that the sentence does not say took place.
func arrangedOnly(t []token, h hit) bool {
	if nounModals[key(t, h.end)] && h.definite {
		// "But the talks must happen through the proper mechanisms
		// first": talks wanted, not held.
		return true
	}
	wouldHaveBeen := func(j int) bool { return key(t, j) == "would" && key(t, j+1) == "have" && key(t, j+2) == "been" }
	for j := h.end; j+2 < len(t) && j <= h.end+3; j++ {
		if t[j].key == "had" && t[j+1].key == "been" && arrangedWords[t[j+2].key] || wouldHaveBeen(j) {
			return true
		}
	}
	if h.tr.form == trigNoun && (h.start <= 2 || nounOpens(t, h.start)) && (key(t, h.end) == "between" || key(t, h.end) == "with") {
		// "Talks between A and B are slated for Monday", "A meeting
		// between A and B has been scheduled for Monday": the noun's
		// sentence arranges it.
		for j := h.end + 1; j+1 < len(t) && j <= h.end+25; j++ {
			if k := t[j].key; k == "is" || k == "are" || k == "has" || k == "have" {
				n := j + 1
				if key(t, n) == "been" || key(t, n) == "now" {
					n++
				}
				if arrangedWords[key(t, n)] && (key(t, n+1) == "for" || key(t, n+1) == "to") {
					return true
				}
			}
			if t[j].key == "." || t[j].key == ";" {
				break
			}
		}
	}
	// "… and would have been the first in-person meeting between the two"
	for j := h.start - 3; j >= 0 && j >= h.start-8; j-- {
		if wouldHaveBeen(j) {
			return true
		}
	}
	return false
}

// nounOpens reports whether the sentence opens with the meeting's noun at
// i, after a dateline or an article at most: "HANOI — A meeting between …".
func nounOpens(t []token, i int) bool {
	for j := 0; j < i; j++ {
		if t[j].word && !t[j].upper && t[j].key != "a" && t[j].key != "an" && t[j].key != "the" {
			return false
		}
	}
	return true
}

var arrangedWords = set("arranged", "scheduled", "planned", "set", "slated")

// nounModals right after a meeting's noun make it one to come or wished for.
var nounModals = set("must", "should", "will", "would", "could", "may", "might", "can", "shall")

// passiveAux stand between a passive's subject and its verb: "messages
// were also received".
var passiveAux = set("was", "were", "been", "has", "have", "had", "also", "being")

// failedWords after a negation say a meeting did not happen: "did not push
// through", "did not take place", "failed to materialise".
var failedWords = set("push", "take", "happen", "materialise", "materialize", "go", "proceed", "occur")

// cancelWords after "was" say a meeting did not happen as planned.
var cancelWords = set("postponed", "cancelled", "canceled", "scrapped", "shelved", "delayed", "suspended")

// excludeNoted marks those named in what a speaker noted after the meeting
// the sentence told ("In his meeting with Puan, Birla recalled the ties,
// noting that President Prabowo had been the chief guest at Republic
// Day") as no participants, unless the note tells a meeting of its own.
func excludeNoted(t []token, ms []mention) {
	for j := 2; j+2 < len(t); j++ {
		if t[j].key != "," || !noteVerbs[t[j+1].key] || t[j+2].key != "that" {
			continue
		}
		if _, told := findTrigger(t[:j], nil); !told {
			return
		}
		if _, own := findTrigger(t[j+3:], nil); own {
			return
		}
		for m := range ms {
			if ms[m].start > j+2 {
				ms[m].excluded = true
			}
		}
		return
	}
}

// excludeNegatedSubjects marks the subject of a negated verb of meeting as
// no participant: in "Putin met Chinh and Mẫn, Trọng, who was ill, did not
// receive him" Trọng took part in nothing.
func excludeNegatedSubjects(t []token, ms []mention) {
	for i := 0; i+1 < len(t); i++ {
		if !isNegation(t, i) || t[i].key == "no" || t[i].key == "without" {
			continue
		}
		j := i + 1
		if key(t, j) == "to" {
			j++
		}
		if _, _, ok := matchTrigger(t, j); !ok {
			continue
		}
		// Walk back over the auxiliary and a relative clause to the subject.
		k := i - 1
		if k >= 0 && (t[k].key == "did" || t[k].key == "does" || t[k].key == "do" || t[k].key == "has" || t[k].key == "had" || t[k].key == "was" || t[k].key == "could") {
			k--
		}
		if k >= 0 && t[k].key == "," {
			for r := k - 1; r >= 0; r-- {
				if t[r].key == "," && (key(t, r+1) == "who" || key(t, r+1) == "which") {
					k = r - 1
					break
				}
			}
		}
		for m := range ms {
			if ms[m].slug != "" && ms[m].end-1 == k {
				ms[m].excluded = true
			}
		}
	}
}

// mainSubject returns who "his" is in an opening phrase cut short by a
// relative clause: in "In his first meeting with Srettha, who took office in
// August, PM Chính proposed", the subject after the clause.
func mainSubject(t []token, ms []mention, lo, hi, j int) string {
	if (t[j].key != "his" && t[j].key != "her") || hi >= len(t) || !clauseBreaks[key(t, hi+1)] {
		return ""
	}
	switch key(t, lo) {
	case "in", "during", "at":
	default:
		return ""
	}
	end := hi + 1
	for end < len(t) && t[end].key != "," && t[end].key != "." {
		end++
	}
	for _, m := range ms {
		if m.start > end && m.start <= end+4 && m.slug != "" && !m.excluded {
			return m.slug
		}
	}
	return ""
}

// sameDayOpening reports whether the words before the pronoun at j say the
// story goes on that day: "The same day, he held a meeting with Ishiba".
func sameDayOpening(t []token, j int) bool {
	for k := 0; k+1 < j; k++ {
		if t[k].key == "same" && (t[k+1].key == "day" || t[k+1].key == "afternoon" || t[k+1].key == "evening") {
			return true
		}
	}
	return false
}

// sequel words continue a run of one actor's meetings: "he then met".
var sequel = set("then", "later", "also", "subsequently", "next", "afterwards", "afterward")

// relativeStart returns where the relative clause holding the trigger
// begins ("…, where he held talks"), or 0 when the trigger is in no such
// clause: the dates before it belong to the main clause.
func relativeStart(t []token, lo int, h hit) int {
	for j := h.start - 1; j > lo; j-- {
		if t[j].key == "," {
			if k := key(t, j+1); k == "where" || k == "who" || k == "which" || k == "whose" || k == "when" {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// dayAfterLead reports whether "A day after", "Two days before" or "Hours
// after" opens a phrase at i: "A day after receiving Barrett, Listyo held
// …" names the meeting before, not this one's guests.
func dayAfterLead(t []token, i int) bool {
	j := i
	if smallNumbers[key(t, j)] > 0 {
		j++
	}
	switch key(t, j) {
	case "day", "days", "hours", "hour":
	default:
		return false
	}
	return key(t, j+1) == "after" || key(t, j+1) == "before"
}

// sameDayAs reports whether "the same day" opens an aside at i.
func sameDayAs(t []token, i int) bool {
	return key(t, i) == "the" && key(t, i+1) == "same" && key(t, i+2) == "day" && key(t, i+3) != ","
}

// meetingSoon reports whether a meeting's trigger stands within the next
// few words from i: "a day after holding talks with Xi" tells a meeting of
// its own, which the sentence reads too.
func meetingSoon(t []token, i int) bool {
	for k := i; k < len(t) && k < i+6; k++ {
		if _, _, ok := matchTrigger(t, k); ok {
			return true
		}
	}
	return false
}

// leadIns open a phrase of time before the clause's subject.
var leadIns = set("after", "following", "before", "prior", "ahead")

// clauseOf returns the tokens whose actors take part in the trigger's
// meeting: the sentence up to a semicolon, a relative clause that starts
// after the trigger (", during which", ", with whom", ", who"), or the end of
// the relative clause the trigger itself is in ("Ishiba, who also met Lâm on
// Monday, will travel to Manila").
func clauseOf(t []token, h hit) (int, int) {
	lo, hi := 0, len(t)
	for j := h.start - 1; j >= 0; j-- {
		if t[j].key == ";" {
			// "Tô Lâm, General Secretary …; Thongloun Sisoulith, …; and
			// Hun Sen, President of the CPP, had a meeting": semicolons
			// that end in "and" separate the items of one list.
			if key(t, j+1) != "and" {
				lo = j + 1
			}
			break
		}
	}
	if (leadIns[key(t, lo)] || dayAfterLead(t, lo)) && h.tr.form != trigNoun {
		// "After the talks with the Prime Minister, Xi met Hun Sen": the
		// opening phrase names an earlier meeting, not this one's guests.
		for j := lo + 1; j < h.start; j++ {
			if t[j].key == "," {
				lo = j + 1
				break
			}
		}
	}
	if h.tr.form != trigNoun {
		for j := h.start - 1; j > lo && j >= h.start-6; j-- {
			if !t[j].word {
				break
			}
			if t[j].key == "when" && t[j-1].word && !t[j-1].upper && t[j+1].upper {
				// "agreements reached when Lee hosted To Lam in August":
				// the verb's subject, named after "when", is the host; the
				// main clause's people are no part of that meeting ("when
				// they met" goes on with them).
				lo = j + 1
				break
			}
		}
	}
	if h.tr.form != trigNoun {
		for j := h.start - 1; j > lo && j >= h.start-12; j-- {
			if t[j].key != "that" || !(saying(key(t, j-1)) || toldWhom[key(t, j-1)] && saying(key(t, j-2))) {
				continue
			}
			// "Sok Chenda Sophea told reporters that Hun Manet also met
			// French business leaders": the one who tells is none of the
			// meeting's when the clause told has its own subject.
			if slices.ContainsFunc(t[j+1:h.start], func(k token) bool { return k.word && k.upper }) {
				lo = j + 1
			}
			break
		}
	}
	inRelative := false
	for j := h.start - 1; j >= lo; j-- {
		if t[j].key == "," {
			inRelative = clauseBreaks[key(t, j+1)] && key(t, j+1) != "but"
			break
		}
	}
	for j := h.end; j < len(t); j++ {
		if withAttending(t, j) {
			continue // the names of ", with Lazaro also attending" are the meeting's
		}
		if j == h.end && h.tr.form == trigNoun && key(t, j) == "," && passiveVerb(t, j) == j+1 {
			// "The talks, attended by Sugiono and Bui Thanh Son, focused
			// on …": those attending are the meeting's.
			j += 2
			continue
		}
		if j == h.end && key(t, j) == "," && key(t, j+1) == "which" && (attendedBy(t, h.end) || chairedBy(t, h.end) && !h.tr.event) {
			// "The meeting, which lasted 40 minutes, was expanded to
			// include …", "The meeting, which opened on Tuesday, was
			// chaired by …": the relative clause is an aside.
			if c := nextComma(t, j+1); c > 0 {
				j = c
				continue
			}
		}
		if t[j].key == "," && (!h.tr.meal || mealWithoutGuest(t, h, j)) && (key(t, j+1) == "which" || key(t, j+1) == "who") && (attendedBy(t, j+2) || h.tr.form == trigNoun && key(t, h.end) == "between" && hostedBy(t, j+2)) && key(t, passiveVerb(t, j+2)+1) == "by" {
			// "talks between Lam and Wong at the Istana, which were
			// also attended by Balakrishnan and Son": those attending
			// are the meeting's.
			j = passiveVerb(t, j+2) + 1
			continue
		}
		if k := whichNamedAttended(t, j); k > 0 {
			// "at a video conference of health ministers yesterday, which
			// Health Minister Adham Baba attended from Putrajaya": the one
			// named took part in it.
			j = k
			continue
		}
		if h.tr.summit && t[j].key == "," && key(t, j+1) == "which" && chairedAsideAfter(t, j) {
			// "the retreat on Thursday, which was (held virtually and)
			// chaired by B": its chair is the summit's.
			for j < len(t) && t[j].key != "by" {
				j++
			}
			continue
		}
		if h.tr.summit && t[j].key == "," && key(t, j+1) == "which" && whichGathered(t, h.end) {
			// "the 46th ASEAN Summit on Monday, which gathered A, B and
			// C": the roll is the summit's.
			j++
			continue
		}
		if t[j].key == ";" && listSemicolon(t, j) {
			// "was attended by Thongloun, General Secretary …; To Lam,
			// …; and Hun Sen, …": the items of one list.
			continue
		}
		if k := agentAsideEnd(t, j); k > 0 && h.tr.form != trigNoun && hasAny(t, h.end-1, j, byWord) {
			// "was co-chaired by A, who heads the group, and Vice
			// President B": the agents' list goes on after the aside.
			j = k
			continue
		}
		if k := listAsideEnd(t, j); k > 0 && h.tr.form == trigNoun {
			// "The dinner brought together Hun Sen, who holds ASEAN's
			// chair, Singapore's Lee Hsien Loong and …": an aside in the
			// roll; after a verb ("received X, who came as the envoy of
			// Y, General Secretary …") the clause tells of others.
			j = k
			continue
		}
		if t[j].key == "," && (key(t, j+1) == "who" || key(t, j+1) == "which") && (key(t, h.start-1) == "in" || key(t, h.start-1) == "during") && (h.start == 1 || h.start >= 2 && !t[h.start-2].word) {
			// "In talks with Mark Brown, who chairs the forum, Kishida
			// explained …": the aside ends, and the main clause's subject
			// is the other side of the talks.
			if c := nextComma(t, j+1); c > 0 {
				j = c
				continue
			}
		}
		if t[j].key == ";" || t[j].key == "," && (clauseBreaks[key(t, j+1)] || timeSpanAfter(t, j+1)) {
			hi = j
			break
		}
		if t[j].key == "," && j > h.end && thingParticiples[key(t, j+1)] && key(t, j+2) != "by" {
			// "… an important pillar of the Partnership, established during
			// the visit of To Lam to Malaysia last month": the aside tells
			// of a thing's making, and its people met no one here.
			hi = j
			break
		}
		if t[j].key == "," && j > h.end && commentParticiples[key(t, j+1)] && !capitalsBetween(t, h.end, j) {
			// "met with the top prosecutors of three countries, pledging
			// to fight the gang President Trump made a target": the
			// guests were a group; those the comment names met no one.
			hi = j
			break
		}
		if t[j].key == "," && j > h.end && asTheyDo(t, j+1) {
			// "received Saidov on Thursday, as the two countries prepare
			// for a state visit by Mirziyoyev": the occasion ahead and its
			// people are no part of the meeting.
			hi = j
			break
		}
		if j > h.end && (asOthersDid(t, j) || asGroupDid(t, j)) {
			// "met Li Qiang on Tuesday, even as President Xi Jinping
			// signaled that …": what another did meanwhile, in a clause of
			// its own.
			hi = j
			break
		}
		if t[j].key == "," && j > h.end && attributionEnds(t, j+1) {
			// "… following the meeting between Duterte and Xi, Agriculture
			// Secretary Emmanuel Piñol said.": who said so, not who met.
			hi = j
			break
		}
		if t[j].key == "," && j > h.end && (dayAfterLead(t, j+1) || sameDayAs(t, j+1)) && !meetingSoon(t, j+1) {
			// "met Hun Manet, a day after Cambodia and Thailand signed a
			// declaration in the presence of Trump and Anwar", "held talks
			// with Retno on Wednesday, the same day President Widodo
			// became the first to receive a shot": another event, of
			// another day or of that one, and its people are no part of
			// the meeting.
			hi = j
			break
		}
		if withOwnMeeting(t, j) {
			// "received Hun Sen on Thursday, with Luong Cuong and Tran
			// Thanh Man meeting him on Friday": their meetings are others.
			hi = j
			break
		}
		if t[j].key == "," && key(t, j+1) == "with" && key(t, j+2) == "the" && (key(t, j+3) == "two" || key(t, j+3) == "three") {
			// "met Sugiono in the morning, with the two discussing … the
			// planned visit of Prabowo": what they talked about.
			hi = j
			break
		}
		if (t[j].key == "before" || t[j].key == "after") && j > h.end && strings.HasSuffix(key(t, j+1), "ing") && !meetsAt(t, j+1) {
			// "met embassy staff before flying on to Tokyo to pay respects
			// to Abe": what came next is no part of the meeting.
			hi = j
			break
		}
		if t[j].key == "before" && j > h.end && (timeUnits[key(t, j-1)] || key(t, j-1) == "hours" || key(t, j-1) == "days" || key(t, j+1) == "his" || key(t, j+1) == "her" || key(t, j+1) == "their") {
			// "held talks with Vietnam's leaders on Wednesday, hours
			// before his eagerly awaited reunion with Kim Jong Un": the
			// next occasion and its people are another meeting's.
			hi = j
			break
		}
		if t[j].key == "to" && j > h.end+1 && purposeVerbs[key(t, j+1)] && h.tr.form != trigNoun {
			// "met A to discuss the partnership agreed by B and C when
			// they met in June": what the meeting was for names others.
			hi = j
			break
		}
		if t[j].key == "and" && key(t, j+1) == "that" {
			// "said he had informed the King during an audience on
			// Tuesday, and that the monarch had agreed to appoint Hun
			// Manet": the next thing said.
			hi = j
			break
		}
		if t[j].key == "," && (key(t, j+2) == "which" || key(t, j+2) == "whom") {
			// "talks with Hun Manet, with whom he agreed …, and with Pham
			// Minh Chinh": the list goes on after the relative clause.
			if k := nextComma(t, j+3); k > 0 && key(t, k+1) == "and" && key(t, k+2) == key(t, j+1) && key(t, j+1) != "" {
				j = k + 2
				continue
			}
			hi = j
			break
		}
		if inRelative && t[j].key == "," && j+1 < len(t) && t[j+1].word && !t[j+1].upper && key(t, j+1) != "and" && key(t, j+1) != "the" {
			if _, _, ok := titles.match(t, j+1); ok {
				// "where he met Min Aung Hlaing, chairman of the State
				// Administration Council, in Naypyitaw on Wednesday": an
				// office apposed to the guest; the clause goes on after it.
				if k := nextComma(t, j+1); k > 0 {
					j = k
					continue
				}
			}
			hi = j
			break
		}
	}
	if h.start == 0 && (h.tr.opening || openingParticiples[t[0].key]) {
		// "Meeting Xi Jinping, President Cường said … the state visit by
		// Tô Lâm in August …": what the subject said names no one at the
		// meeting and dates nothing of it.
		if c := nextComma(t, h.end); c > 0 {
			for j := c + 1; j < len(t) && j <= c+10; j++ {
				if reportingVerbs[t[j].key] || t[j].key == "told" {
					hi = min(hi, j+1)
					break
				}
			}
		}
	}
	if c := attributionAt(t, h.end, hi); c > 0 {
		// "… at the Bavet checkpoint, provincial police spokesman Heng
		// Bunthoeun told Xinhua.": who told it, not who was there.
		hi = c
	}
	return lo, hi
}

// whichNamedAttended returns where ", which A attended" ends when it starts
// at the comma j (A a capitalised name, its titles included), or -1.
func whichNamedAttended(t []token, j int) int {
	if key(t, j) != "," || key(t, j+1) != "which" || j+2 >= len(t) || !t[j+2].upper {
		return -1
	}
	for k := j + 3; k < len(t) && k <= j+12; k++ {
		switch {
		case attendedVerbs[t[k].key] && !t[k].upper:
			return k + 1
		case t[k].key == "also" || t[k].key == "and" || t[k].key == "." || t[k].upper && t[k].word:
		default:
			return -1
		}
	}
	return -1
}

// purposeVerbs open the infinitive of what a meeting was for.
var purposeVerbs = set("discuss", "review", "explore", "exchange", "thank", "seek", "brief", "strengthen", "promote", "boost", "deepen", "consider", "address", "congratulate")

// attributionAt returns the comma that opens a source's closing attribution
// between from and hi, ", police spokesman X told Xinhua.", or -1.
func attributionAt(t []token, from, hi int) int {
	end := min(hi, len(t))
	if end > 0 && t[end-1].key == "." {
		end--
	}
	for j := end - 1; j > from && j >= end-3; j-- {
		if t[j].key != "told" {
			continue
		}
		spokesman := false
		for c := j - 1; c > from && c >= j-12; c-- {
			if t[c].key == "," {
				if spokesman {
					return c
				}
				return -1
			}
			spokesman = spokesman || sourceWords[t[c].key]
			if !t[c].word && t[c].key != "'s" && t[c].key != "." && t[c].key != "-" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// agentAsideEnd returns the comma that closes ", who heads the women's
// group," when ", and" and a name follow it, or -1.
func agentAsideEnd(t []token, j int) int {
	if key(t, j) != "," || key(t, j+1) != "who" {
		return -1
	}
	k := nextComma(t, j+2)
	if k < 0 || key(t, k+1) != "and" || k+2 >= len(t) || !t[k+2].upper {
		return -1
	}
	for m := j + 2; m < k; m++ {
		if _, _, office := titles.match(t, m); t[m].key == "and" || office {
			return -1 // "who is also Minister of Civil Service": an office in the aside reads as someone's
		}
	}
	return k
}

// listAsideEnd returns the comma that closes a relative clause opened at j
// inside a list of people, ", who holds the chair,", when the list goes on
// after it with a capitalised word and ends in "and" before the sentence
// does; or -1.
func listAsideEnd(t []token, j int) int {
	if key(t, j) != "," || key(t, j+1) != "who" {
		return -1
	}
	k := nextComma(t, j+2)
	if k < 0 || k+1 >= len(t) || !t[k+1].upper {
		return -1
	}
	for m := j + 2; m < k; m++ {
		if t[m].key == "and" {
			return -1
		}
	}
	for m := k + 1; m < len(t) && t[m].key != "." && t[m].key != ";"; m++ {
		if t[m].key == "and" && key(t, m-1) != "," || t[m].key == "," && key(t, m+1) == "and" {
			return k
		}
		if t[m].word && !t[m].upper && !nameJoiners[t[m].key] && t[m].key != "'s" {
			return -1
		}
	}
	return -1
}

// notHeldWords after "was not" say a meeting's noun names none held: "not on
// the agenda", "not planned", "not possible".
var notHeldWords = set("on", "held", "planned", "scheduled", "expected", "possible", "likely", "arranged", "confirmed", "foreseen")

// onlyGreeted reports whether the clause before the trigger at start says
// the two did no more than greet: "had only exchanged a brief greeting with
// A at a reception", "merely shook hands with B at the dinner".
func onlyGreeted(t []token, start int) bool {
	for k := start - 1; k >= 1 && k >= start-16; k-- {
		if t[k].key == "." || t[k].key == ";" {
			return false
		}
		if (t[k].key == "exchanged" || t[k].key == "shook") && (t[k-1].key == "only" || t[k-1].key == "merely") {
			return true
		}
	}
	return false
}

// mealWithoutGuest reports whether the meal of h names no guest of honour
// before j: "hosted a working dinner on Tuesday evening, which was attended
// by A, B and C" has those attending for its guests, while "a dinner for A,
// which was attended by B" is A's.
func mealWithoutGuest(t []token, h hit, j int) bool {
	for k := h.start; k < j; k++ {
		if t[k].key == "for" || t[k].key == "honour" || t[k].key == "honor" || t[k].key == "with" {
			return false
		}
	}
	return true
}

// attributionEnds reports whether the words from i to the sentence's end
// only say who said it: "Agriculture Secretary Emmanuel Piñol said.",
// "the ministry said in a statement."
func attributionEnds(t []token, i int) bool {
	for k := i; k < len(t) && k <= i+8; k++ {
		if !t[k].word && t[k].key != "." && t[k].key != "'s" {
			return false
		}
		if reportingVerbs[t[k].key] && k > i {
			for e := k + 1; e < len(t); e++ {
				if t[e].key == "." && e == len(t)-1 {
					return true
				}
				if !t[e].word || e > k+4 {
					return false
				}
			}
			return k == len(t)-1
		}
	}
	return false
}

// toldWhom are those a speaker tells: "told reporters that".
var toldWhom = set("reporters", "journalists", "media", "press", "lawmakers", "parliament")

// commentParticiples open a clause that comments on the meeting told
// before it: "…, pledging to …", "…, vowing …".
// thingParticiples open an aside on a thing's making after a comma: ",
// signed in December", ", established during the visit of …".
var thingParticiples = set("signed", "adopted", "concluded", "ratified", "launched", "approved", "issued", "established", "founded", "introduced")

var commentParticiples = set("pledging", "vowing", "promising", "urging", "stressing", "emphasising", "emphasizing", "warning", "signalling", "signaling", "reaffirming", "seeking", "hoping", "underscoring", "highlighting")

// capitalsBetween reports whether a capitalised word, a name's or an
// office's, stands in t[from:to]; days and countries are no one's ("met
// Thursday with the prosecutors of El Salvador and Honduras").
func capitalsBetween(t []token, from, to int) bool {
	for j := from; j < to; j++ {
		if _, end, ok := countries.match(t, j); ok {
			j = end - 1
			continue
		}
		if t[j].word && t[j].upper && !isWeekday(t[j].key) {
			return true
		}
	}
	return false
}
