package meeting

// Who was present: attendees, delegations, companions and the people a
// meeting noun brings together.

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

func (a *article) countryOf(slug string) string {
	return a.actorOf(slug).Country
}

// presentAtMeeting reports whether a sentence says someone "was (also)
// present at the meeting" (or the talks, the call).
func presentAtMeeting(t []token) bool {
	for j := 1; j+2 < len(t); j++ {
		if partOfMeeting(t, j) {
			return true
		}
	}
	for j := 2; j+1 < len(t); j++ {
		// "Paetongtarn, Thaksin's daughter, was also present and greeted
		// the guests"
		if t[j].key == "present" && t[j-1].key == "also" && (t[j-2].key == "was" || t[j-2].key == "were") && (t[j+1].key == "and" || t[j+1].key == "." || t[j+1].key == ",") {
			return true
		}
	}
	if alsoAtThe(t) > 0 {
		return true
	}
	for j := 1; j+3 < len(t); j++ {
		// "… were among those present at the delegation meeting"
		among := key(t, j-1) == "those" && key(t, j-2) == "among"
		if t[j].key == "present" && (key(t, j-1) == "also" || key(t, j-1) == "was" || key(t, j-1) == "were" || among) &&
			(t[j+1].key == "at" || t[j+1].key == "during" || t[j+1].key == "for") && (theMeetingNoun(t, j+2) || key(t, j+2) == "the" && key(t, j+3) == "reception") {
			return true
		}
	}
	return false
}

// attendedAnd reports whether "attended and delivered a speech" stands at
// j, after its subject: one more at the meeting just told, who spoke there.
func attendedAnd(t []token, j int) bool {
	return t[j].key == "attended" && key(t, j+1) == "and" && attendedAndVerbs[key(t, j+2)] && j > 0 && (t[j-1].upper || t[j-1].key == ",")
}

// gaveSpeeches reports whether t[j] opens "delivered speeches" said of a
// list of two or more named people the sentence opens with: speakers at
// the meeting just told ("The opening session was co-chaired by A and B.
// C, D and E delivered speeches"), each of whom was there.
func gaveSpeeches(t []token, j int, ms []mention) bool {
	if !speechVerbs[t[j].key] || !speechNouns[key(t, j+1)] || j == 0 || !t[j-1].upper && t[j-1].key != "," {
		return false
	}
	first := firstMention(ms)
	return first >= 0 && first <= 3 && len(namedIn(ms, 0, j)) >= 2
}

// briefedColleagues reports whether t[j] opens "briefed his colleagues"
// ("updated the meeting", "told fellow ministers") said by the one person
// the sentence opens with: a speaker at the gathering just told.
func briefedColleagues(t []token, j int, ms []mention) bool {
	if !briefVerbs[t[j].key] || j == 0 || !t[j-1].upper && t[j-1].key != "," {
		return false
	}
	k := j + 1
	switch key(t, k) {
	case "his", "her", "their", "fellow":
		if key(t, k) != "fellow" && key(t, k+1) == "fellow" {
			k++
		}
		if !peerNouns[key(t, k+1)] {
			return false
		}
	case "the":
		// "briefed the meeting", and "Dr. An Pich Hatda, Chief Executive
		// Officer of the Secretariat, briefed the ministers"
		if !addressedNouns[key(t, k+1)] && !peerNouns[key(t, k+1)] {
			return false
		}
	default:
		return false
	}
	first := firstMention(ms)
	return first >= 0 && first <= 4 && len(namedOnce(ms)) == 1
}

// briefedIn reports whether t says its one named person briefed the
// others at the gathering.
func briefedIn(t []token, ms []mention) bool {
	for j := range t {
		if briefedColleagues(t, j, ms) {
			return true
		}
	}
	return false
}

var (
	briefVerbs  = set("briefed", "updated", "told", "urged", "assured")
	peerNouns   = set("colleagues", "counterparts", "ministers", "leaders", "participants", "delegates")
	speechVerbs = set("delivered", "gave", "made")
	speechNouns = set("speeches", "remarks", "statements", "addresses")
)

var attendedAndVerbs = set("delivered", "spoke", "addressed", "gave", "made", "witnessed", "presented", "chaired", "congratulated")

// alsoAtThe returns where the verb of "Also at the reception were A and B",
// the inverted "A and B were also at the reception", stands, or -1.
func alsoAtThe(t []token) int {
	if key(t, 0) != "also" || key(t, 1) != "at" || !theMeetingNoun(t, 2) && (key(t, 2) != "the" || key(t, 3) != "reception") {
		return -1
	}
	for j := 3; j < len(t) && j <= 8; j++ {
		if t[j].key == "were" || t[j].key == "was" {
			return j
		}
	}
	return -1
}

// partOfMeeting reports whether "were part of the talks" stands at j:
// "Ambassador Sandeep Arya and Deputy Foreign Minister Do Hung Viet were part
// of the talks."
func partOfMeeting(t []token, j int) bool {
	return t[j].key == "part" && (key(t, j-1) == "were" || key(t, j-1) == "was") && key(t, j+1) == "of" && theMeetingNoun(t, j+2)
}

// presentTarget returns the meeting those a sentence says were present
// joined: the one just told; or, when the sentence names "the meeting" or
// "the talks" and the article has held one meeting only, that one however
// far back ("Cai Qi and Wang Yi attended the meeting", Xinhua's last line).
func (a *article) presentTarget(si int, t []token) *cand {
	if len(a.cands) == 0 {
		return nil
	}
	if c := a.listedJustBefore(si); c != nil {
		// "The Cambodian delegation at the talks included … Séjourné also
		// took part.": the list's meeting, however far back it was told.
		return c
	}
	if last := len(a.cands) - 1; a.cands[last].m.Kind != relbot.KindInPerson && atTheTalks(t) {
		// "Thongloun, who was joined at the talks by Saleumxay, said …"
		// after the call that arranged them: the talks, not the call.
		for k := last - 1; k >= 0 && si-a.cands[k].lastTold() <= 8; k-- {
			if c := a.cands[k]; c.m.Status == relbot.StatusPast && c.m.Kind == relbot.KindInPerson && len(c.slugs) >= 2 {
				return c
			}
		}
	}
	if last := len(a.cands) - 1; len(a.cands[last].slugs) < 2 && namesMeeting(t, len(t)) {
		// "It was the first time a US president was received there. X
		// took part in the talks": the talks told before, not the lone
		// reception.
		if c := a.onlyHeldBefore(last, si, 8); c != nil {
			return c
		}
	}
	last := len(a.cands) - 1
	for last > 0 && a.cands[last].m.Status == relbot.StatusBackground && si-a.cands[last].lastTold() <= 1 {
		// "Chiv Keng, who held talks with Zhang in 2024, thanked China.
		// Ambassador Wang was present at both meetings": the day's
		// meetings, not the one recalled in passing.
		last--
	}
	reach := 3
	if meetingsSpanned(t) >= 2 {
		reach = 6 // "was present at both meetings" looks further back
	}
	if c := a.cands[last]; si-c.lastTold() <= reach && c.m.Status == relbot.StatusPast && !a.monthEcho(c, a.cands) {
		switch {
		case !a.movedOn(c, si):
			return c
		case si-c.sent <= 3:
			// "… shook hands on Wednesday evening before a dinner. They were
			// joined at the table by …": another day's occasion than the
			// meeting last told.
			return nil
		}
	}
	var held *cand
	for _, c := range a.cands {
		// "arrived from Da Nang, where he attended the APEC meeting" met
		// no one: not a second meeting the sentence could mean.
		if c.m.Status == relbot.StatusPast && len(c.slugs) >= 2 {
			if held != nil {
				return nil
			}
			held = c
		}
	}
	if held == nil || !namesMeeting(t, len(t)) {
		return nil
	}
	return held
}

// movedOn reports whether a sentence between meeting c and sentence si
// dates another day than c's: the story has moved to another occasion.
func (a *article) movedOn(c *cand, si int) bool {
	if c.m.Date.Day == 0 {
		return false
	}
	for k := c.lastTold() + 1; k < si && k < len(a.toks); k++ {
		if hasAny(a.toks[k], 0, len(a.toks[k]), plannedWords) {
			continue // "The meeting, originally planned for Thursday, …"
		}
		dates, _, _ := a.sentenceDates(k, a.toks[k])
		for _, d := range dates {
			if !d.anaphoric && d.past.Day != 0 && d.past != c.m.Date {
				return true
			}
		}
	}
	return false
}

// satWith reports whether t[j] opens a phrase saying that those named
// before it were at the meeting just told: "also took part in the meeting",
// "sat in on the talks", "sat at the table", ", with X and Y joining".
func satWith(t []token, j int) bool {
	switch t[j].key {
	case "took":
		return key(t, j+1) == "part" && key(t, j+2) == "in" && theMeetingNoun(t, j+3)
	case "joining":
		return withBefore(t, j)
	case "sat":
		if key(t, j+1) == "at" {
			// Not "sat at the table with A and B": a meeting of its own.
			return key(t, j+2) == "the" && key(t, j+3) == "table" && key(t, j+4) != "with"
		}
		if k := key(t, j+1); (k == "beside" || k == "alongside" || k == "next") && j+2 < len(t) {
			// "Bui Thanh Son sat beside Lam": at the table of the talks
			// just reported.
			return true
		}
		if key(t, j+1) == "in" && (key(t, j+2) == "." || key(t, j+2) == "on" && key(t, j+3) == "the" && (key(t, j+5) == "side" || key(t, j+4) == "side")) {
			// "…, while Don Pramudwinai and Prawit Wongsuwon sat in on the
			// Thai side", "Wang Yi also sat in."
			return true
		}
		if key(t, j+1) == "in" && key(t, j+2) == "on" && (key(t, j+3) == "the" || key(t, j+3) == "those" || key(t, j+3) == "these") {
			n := j + 4
			if talksPhases[key(t, n)] && n+1 < len(t) {
				n++ // "sat in on the bilateral talks"
			}
			switch key(t, n) {
			case "meeting", "talks", "call", "session", "discussions", "discussion", "consultations", "audience":
				return true
			}
		}
	}
	return false
}

// joinedThem reports whether a sentence says some people "joined the
// leaders for the meeting", "joined them", "joined the talks".
// forMeetingOfItsOwn reports whether "for a … meeting (talks)" from i goes
// on to a day of the week: the one joining met them then.
func forMeetingOfItsOwn(t []token, i int) bool {
	for j := i; j+1 < len(t) && j <= i+3; j++ {
		if t[j].key != "for" {
			continue
		}
		for k := j + 1; k < len(t) && k <= j+12; k++ {
			if _, ok := weekdays[t[k].key]; ok {
				return hasAny(t, j+1, k, meetingNouns)
			}
		}
	}
	return false
}

func joinedThem(t []token) bool {
	for j := 1; j+1 < len(t); j++ {
		if t[j].key != "joined" {
			continue
		}
		switch k := key(t, j+1); {
		case k == "them":
			return true
		case k == "at" && key(t, j+2) == "the" && (key(t, j+3) == "meeting" || key(t, j+3) == "talks") && key(t, j+4) == "by":
			// "Escudero was joined at the meeting by Senator Estrada"
			return true
		case k == "the" && (key(t, j+2) == "leaders" || key(t, j+2) == "talks" || key(t, j+2) == "meeting" || key(t, j+2) == "two" && key(t, j+3) == "leaders"):
			// Not "joined the two leaders for a three-way meeting in
			// Beijing on Thursday afternoon": a meeting of its own.
			return !forMeetingOfItsOwn(t, j+3)
		case k == "the" && talksPhases[key(t, j+2)] && (key(t, j+3) == "talks" || key(t, j+3) == "meeting" || key(t, j+3) == "session") &&
			key(t, j+4) != "with" && key(t, j+4) != "between":
			// "Manalo and Retno joined the expanded talks."; not "joined
			// the special meeting chaired by Mohamad", another meeting.
			return true
		}
		for k := j + 2; k+2 < len(t) && k <= j+6; k++ {
			// "Sok Chenda Sophea joined the Cambodian premier at the talks"
			if t[k].key == "at" && t[k+1].key == "the" && (t[k+2].key == "talks" || t[k+2].key == "meeting") &&
				key(t, k+3) != "with" && key(t, k+3) != "between" { // "at the talks with the UAE President" says which
				return true
			}
			if !t[k].word {
				break
			}
		}
	}
	// "Minister Lương Tam Quang attended the meeting, as did …"
	for j := 1; j+2 < len(t); j++ {
		if attendedTheMeeting(t, j) && (t[j-1].upper || t[j-1].key == ",") {
			return true
		}
	}
	for j := 1; j < len(t); j++ {
		if satWith(t, j) && !satAtJoinedGathering(t, j) {
			return true
		}
	}
	return false
}

// satAtJoinedGathering reports whether the "sat" at j is in a clause about a
// gathering the sentence's subject joined: "Bendito joined the opening
// session chaired by Mohamad, where he sat alongside A, B and C" is a
// meeting of its own, not more people at the one just told.
func satAtJoinedGathering(t []token, j int) bool {
	switch key(t, j-1) {
	case "he", "she", "they":
		return key(t, j-2) == "where" && hasAny(t, 0, j-2, attendedVerbs)
	}
	return false
}

// atTheTable reports whether "(were, are, also) at the table" stands at j:
// those named before it sat at the meeting just told.
func atTheTable(t []token, j int) bool {
	switch key(t, j-1) {
	case "also", "were", "was", "are", "is":
		return t[j].key == "at" && theTableAfter(t, j)
	}
	return false
}

// theTableAfter reports whether "the table" follows j: "at the table",
// "around the table".
func theTableAfter(t []token, j int) bool { return key(t, j+1) == "the" && key(t, j+2) == "table" }

// accompaniedTheGuest reports whether "accompanied the (Chinese) guest",
// "the delegation", "the premier" ends the sentence at j.
func accompaniedTheGuest(t []token, j int) bool {
	if j == 0 || key(t, j) != "accompanied" || key(t, j+1) != "the" {
		return false
	}
	k := j + 2
	if _, end, ok := countries.match(t, k); ok {
		k = end
	}
	if _, end, ok := titles.match(t, k); ok && end > k+1 && key(t, end) == "." && !strings.HasSuffix(key(t, end-1), "s") {
		return true // "accompanied the Lao Prime Minister."
	}
	// One guest or host: "accompanied the leaders" may tell the trip, not
	// the table.
	// "VNA General Director Vu Viet Trang accompanied the guests." after
	// a reception: those received.
	// "Col Tanabe accompanied the Japanese visitors, who toured the
	// academy": the aside after a comma tells what they did there.
	end := key(t, k+1) == "." || key(t, k+1) == "," && key(t, k+2) == "who"
	return (key(t, k) == "delegation" || key(t, k) == "guests" || key(t, k) == "visitors" || corefNouns[key(t, k)] && !strings.HasSuffix(key(t, k), "s")) && end
}

// attendedTheMeeting reports whether "attended the meeting" (the talks, the
// audience) starts at j: not "attended the ceremony".
func attendedTheMeeting(t []token, j int) bool {
	return key(t, j) == "attended" && (theMeetingNoun(t, j+1) || spanAt(t, j+1) != 1) // "attended all three meetings"
}

// alsoAttendedAside reports whether t has ", who also attended the
// meeting": those the aside follows were at the meeting told, whatever the
// sentence says they did besides.
func alsoAttendedAside(t []token) bool {
	for j := 0; j+3 < len(t); j++ {
		if t[j].key != "," || t[j+1].key != "who" || t[j+2].key != "also" || t[j+3].key != "attended" {
			continue
		}
		if attendedTheMeeting(t, j+3) || key(t, j+4) == "the" && key(t, j+6) == "'s" && toldMeetingNouns[key(t, j+7)] {
			// "the talks", "the committee's meeting"
			return true
		}
	}
	return false
}

// attendedEvent reports whether "attended the event" (the summit, the
// conference) starts at j: a word that names the meeting just told only when
// one of its participants is the one who attended (attendedTheMeeting reads
// "attended the talks").
func attendedEvent(t []token, j int) bool {
	if key(t, j) != "attended" || key(t, j+1) != "the" {
		return false
	}
	switch key(t, j+2) {
	case "event", "summit", "conference":
		return true
	}
	return false
}

// participantAt reports whether a mention starting at i names one of slugs.
func participantAt(ms []mention, i int, slugs []string) bool {
	for _, m := range ms {
		if m.start == i && m.slug != "" && !m.excluded && slices.Contains(slugs, m.slug) {
			return true
		}
	}
	return false
}

// firstMention returns where the first mention of a person starts, or -1.
func firstMention(ms []mention) int {
	first := -1
	for _, m := range ms {
		if m.slug != "" && (first < 0 || m.start < first) {
			first = m.start
		}
	}
	return first
}

// theMeetingNoun reports whether "the" ("that", "this") at j names the meeting just told,
// maybe qualified: "the talks", "the expanded talks", "the delegation-level
// meeting"; not "the opening ceremony" nor "the ASEAN Summit".
func theMeetingNoun(t []token, j int) bool {
	last := j + 3
	switch key(t, j) {
	case "the":
	case "that", "this":
		// "were present at that meeting"; not "said that the talks …"
		last = j + 1
	default:
		return false
	}
	return nounWithin(t, j+1, last, definiteMeetingNouns)
}

// definiteMeetingNouns name, after "the", a meeting told before.
var definiteMeetingNouns = set("meeting", "talks", "audience", "call", "session", "discussions", "discussion", "lunch", "luncheon", "dinner", "banquet", "breakfast", "reception",
	"gathering") // "Kishida hosted the leaders' meeting … A and B attended the gathering"

// nounWithin reports whether one of nouns stands from from to last, after
// lower-case words only: "the expanded talks", "the online summit".
func nounWithin(t []token, from, last int, nouns map[string]bool) bool {
	for k := from; k < len(t) && k <= last; k++ {
		if nouns[t[k].key] {
			return true
		}
		if !t[k].word || t[k].upper {
			return false
		}
	}
	return false
}

// theMeetingOrGathering reports whether "the" at j names the meeting just
// told or a gathering: "the talks", "the online summit", "the retreat".
func theMeetingOrGathering(t []token, j int) bool {
	return theMeetingNoun(t, j) || key(t, j) == "the" && nounWithin(t, j+1, j+3, gatheringNouns)
}

// gatheringNouns name a gathering of many that those listed were at.
var gatheringNouns = set("summit", "retreat", "conference", "ceremony", "dialogue", "forum", "session", "plenary")

// otherYear reports whether t writes a year other than year: "in 1973".
func otherYear(t []token, year int) bool {
	for _, tk := range t {
		if len(tk.key) == 4 && (strings.HasPrefix(tk.key, "19") || strings.HasPrefix(tk.key, "20")) {
			if y, err := strconv.Atoi(tk.key); err == nil && y != year {
				return true
			}
		}
	}
	return false
}

// joinedRemotely returns where "joined from their capitals", "joined
// online" or "joined by video" stands after the names that open t, or -1.
func joinedRemotely(t []token) int {
	for j := 1; j+1 < len(t); j++ {
		if t[j].key != "joined" {
			continue
		}
		switch key(t, j+1) {
		case "from", "online", "virtually", "remotely", "via":
			return j
		case "by":
			if k := key(t, j+2); k == "video" || k == "videoconference" || k == "videolink" {
				return j
			}
		}
		return -1
	}
	return -1
}

// toldTheGathering reports whether t[j] opens "told the gathering" or
// "addressed the meeting": its subject spoke there, so was there.
func toldTheGathering(t []token, j int) bool {
	if k := t[j].key; k != "told" && k != "addressed" {
		return false
	}
	if key(t, j+1) != "the" || !addressedNouns[key(t, j+2)] {
		return false
	}
	n := j + 2
	if key(t, n) == "plenary" && addressedNouns[key(t, n+1)] {
		n++
	}
	if o := n + 1; key(t, o) == "of" && (key(t, o+1) == "the" && o+2 < len(t) && t[o+2].upper || o+1 < len(t) && t[o+1].upper) {
		// "addressed the plenary session of the Russian Energy Week": an
		// event of its own name, not the meeting told.
		return false
	}
	// "addressed the conference through video messages": from afar.
	return !hasAny(t, j+3, min(j+8, len(t)), messageWords)
}

// messageWords say a speech was sent, not given there.
var messageWords = set("message", "messages", "video-message", "video-messages")

var addressedNouns = set("gathering", "meeting", "summit", "session", "retreat", "plenary", "conference", "forum")

// broughtTogether reports whether t[j] opens "brought together" said of the
// meeting just reported: "It brought together A, B and C", "The meeting
// brought together the defence ministers of ASEAN, including A and B", "The
// retreat, held at a resort on the coast, brought together …" (not "Anwar
// brought together …", a mediator's meeting of its own).
func broughtTogether(t []token, j int) bool { return broughtTogetherNoun(t, j) >= 0 }

// broughtTogetherNoun returns the index of the word "brought together" at
// t[j] is said of ("it", "meeting", "summit"), or -1.
func broughtTogetherNoun(t []token, j int) int {
	if (key(t, j) != "brought" || key(t, j+1) != "together") && key(t, j) != "drew" {
		// "The one-day retreat, held at a resort, drew A, B and C"
		return -1
	}
	if j == 1 && key(t, 0) == "it" {
		return 0
	}
	if key(t, 0) != "the" {
		return -1
	}
	// The noun, after the words of its name: "The retreat", "The ASEAN
	// Foreign Ministers' Retreat", "The 46th ASEAN Summit".
	n := -1
	for k := 1; k < j && k <= 7; k++ {
		if broughtNoun(key(t, k)) {
			n = k
			for n+1 < j && broughtNoun(key(t, n+1)) {
				n++ // "The ASEAN Summit Retreat"
			}
			break
		}
		if !t[k].word && t[k].key != "'" && t[k].key != "’" && t[k].key != "-" {
			return -1
		}
	}
	if n < 0 {
		return -1
	}
	switch rest := n + 1; {
	case rest == j:
		return n
	case key(t, rest) == "," && key(t, j-1) == ",":
		// An aside between the noun and its verb. "The meeting, chaired
		// by Khaled, brought together …" tells a gathering of its own,
		// not the meeting just reported.
		if j-rest > 20 || hasAny(t, rest, j, presidingVerbs) || hasAny(t, rest, j, asideHosts) {
			return -1
		}
		return n
	case (key(t, rest) == "at" || key(t, rest) == "in") && j-rest <= 12:
		// "The summit at the Iikura Guest House brought together …",
		// "The retreat at a resort hotel in Lapu-Lapu City's Mactan
		// Island brought together …": the place between the noun and its
		// verb.
		for k := rest + 1; k < j; k++ {
			if !t[k].word && t[k].key != "'s" && t[k].key != "-" || relativeWords[t[k].key] {
				return -1
			}
		}
		return n
	}
	return -1
}

// broughtNoun reports whether k names what "brought together" those who met.
func broughtNoun(k string) bool { return meetingNouns[k] || summitNames[k] || broughtNouns[k] }

// broughtNouns are the bodies and events other than meetingNouns that
// "brought together" those who met: "The council brought together A, B and C".
var broughtNouns = set("conference", "videoconference", "council", "forum", "dialogue", "workshop", "consultations", "roundtable")

// asideHosts in an aside between a meeting's noun and "brought together"
// make it a gathering of its own ("The meeting, hosted by Lee, brought
// together …"); organisers ("co-organised by the ministry") do not.
var asideHosts = set("hosted", "co-hosted", "led", "convened")

// opensBroughtTogether reports whether t opens with a meeting noun that
// "brought together" its participants.
func opensBroughtTogether(t []token) bool {
	for j := 1; j < len(t) && j <= 24; j++ {
		if broughtTogether(t, j) {
			return true
		}
	}
	return false
}

// summitBroughtTogether reports whether t opens "The summit brought
// together".
func summitBroughtTogether(t []token) bool {
	for j := 2; j < len(t) && j <= 24; j++ {
		if n := broughtTogetherNoun(t, j); n >= 0 && summitNames[key(t, n)] {
			return true
		}
	}
	return false
}

// tookPart reports whether t says its subjects took part, in nothing else
// than the meeting: "A, B and C were among those who took part".
func tookPart(t []token) bool {
	for j := 1; j+1 < len(t); j++ {
		if tookPartAt(t, j) || amongThoseTakingPart(t, j) {
			return true
		}
	}
	return false
}

// tookPartAt reports whether "took part" (or "participated") at j is in the
// meeting, not in something else: "took part", "took part in the talks", not
// "took part in sessions on food security".
func tookPartAt(t []token, j int) bool {
	if t[j].key == "participated" {
		// "A, B and C participated.", "… participated in the meeting"
		return key(t, j+1) != "in" || theMeetingOrGathering(t, j+2)
	}
	return t[j].key == "took" && key(t, j+1) == "part" && (key(t, j+2) != "in" || theMeetingOrGathering(t, j+3))
}

// amongThoseTakingPart reports whether "were among those attending (taking
// part, participating)" or "among the participants" ends at j: those named
// before it were at the meeting just told.
func amongThoseTakingPart(t []token, j int) bool {
	if key(t, j-2) != "among" || key(t, j-3) != "were" && key(t, j-3) != "was" {
		return false
	}
	switch {
	case key(t, j-1) == "those":
		return t[j].key == "attending" || t[j].key == "participating" || t[j].key == "taking" && key(t, j+1) == "part"
	case key(t, j-1) == "the":
		return t[j].key == "participants" || t[j].key == "attendees"
	}
	return false
}

// alsoPresent adds to the meeting just reported the people a sentence says
// were there too: "Thaksin's daughter, Paetongtarn Shinawatra, was also
// present." It reports false when there was no meeting to add them to.
func (a *article) alsoPresent(si int, t []token, ms []mention, dates []dateExpr) bool {
	c := a.presentTarget(si, t)
	gathered := false
	if g := a.pendingGathering(si); g != nil && (summitBroughtTogether(t) || joinedRemotely(t) >= 0 || c == nil && tookPart(t)) && (c == nil || c.lastTold() < g.lastTold()) {
		// "Jokowi chaired the 18th East Asia Summit. The summit brought
		// together A, B and C": the gathering its chair was told with.
		c, gathered = g, true
	}
	if c == nil {
		// "Thai Foreign Minister Sihasak briefed his colleagues on …" a
		// few sentences after the gathering, what others said there in
		// between: the gathering still.
		if n := len(a.cands); n > 0 && si-a.cands[n-1].lastTold() <= 6 && briefedIn(t, ms) {
			c = a.cands[n-1]
		}
	}
	if c == nil {
		return false
	}
	if gathered {
		defer func() {
			if len(c.slugs) >= 2 {
				a.promoteGathering()
				a.markListed(c, si)
			}
		}()
	}
	at, remote, alsoAt := -1, joinedRemotely(t), alsoAtThe(t)
	for j := 0; j+1 < len(t); j++ {
		if (t[j].key == "present" || t[j].key == "attended" || t[j].key == "joined") && (key(t, j-1) == "also" || key(t, j-1) == "was" || key(t, j-1) == "were") ||
			t[j].key == "present" && key(t, j-1) == "those" && key(t, j-2) == "among" && !atFeast(t, j+1) ||
			amongThoseTakingPart(t, j) ||
			partOfMeeting(t, j) ||
			t[j].key == "present" && key(t, j+1) == "." && j == len(t)-2 && hasAny(t, j-5, j, amongWord) || // "X was among the Cambodian officials present."
			t[j].key == "joined" && (key(t, j+1) == "them" || key(t, j+1) == "the") ||
			attendedTheMeeting(t, j) || attendedEvent(t, j) && participantAt(ms, firstMention(ms), c.slugs) ||
			t[j].key == "attended" && (j == len(t)-2 && key(t, j+1) == "." || key(t, j+1) == "," && key(t, j+2) == "while") && t[j-1].upper && (len(namedIn(ms, 0, j)) <= 2 || si-c.lastTold() == 1) || // "Gen Sar Thet attended.", not a multilateral's list but the one of the meeting just told
			t[j].key == "attended" && t[j-1].upper && (key(t, j+1) == "in" && key(t, j+2) == "person" || key(t, j+1) == "virtually" || key(t, j+1) == "online") || // "A, B and C attended in person, while …"
			satWith(t, j) ||
			attendedAmongThem(t, j) > 0 || // "Foreign ministers of the ten member states attended, among them A."
			atTheTable(t, j) || // "Prime Ministers A and B are also at the table."
			toldTheGathering(t, j) || // "Modi told the gathering that …"
			j == remote || // "A, B and C joined from their capitals."
			broughtTogether(t, j) || // "It brought together A, B and C."
			accompaniedTheGuest(t, j) || // "Ambassador Vu accompanied the delegation.", "… accompanied the Chinese guest."
			tookPartAt(t, j) ||
			j > 0 && j == alsoAt ||
			attendedAnd(t, j) || // "Vice Chairman C attended and delivered a speech."
			gaveSpeeches(t, j, ms) && si-c.lastTold() == 1 || // "The session was co-chaired by A and B. C, D and E delivered speeches."
			briefedColleagues(t, j, ms) && len(c.slugs) >= 3 && c.m.Status == relbot.StatusPast || // "Thai Foreign Minister Sihasak briefed his colleagues on …"
			t[j].key == "in" && key(t, j+1) == "attendance" && (key(t, j-1) == "also" || key(t, j-1) == "was" || key(t, j-1) == "were") ||
			(t[j].key == "attended" || t[j].key == "joined") && key(t, j+1) == "as" && (observerWords[key(t, j+2)] || (key(t, j+2) == "an" || key(t, j+2) == "a") && observerWords[key(t, j+3)]) ||
			t[j].key == "joined" && (participantAt(ms, j+1, c.slugs) || participantAt(ms, j+2, c.slugs) && t[j+1].upper) { // "Jaishankar joined PM Modi from New Delhi."
			// "Khaled Nordin attended as an observer"
			at = j
			break
		}
	}
	if at < 0 {
		return true
	}
	if attendedTheMeeting(t, at) || key(t, at) == "present" && key(t, at+1) == "at" && theMeetingNoun(t, at+2) {
		// "Ambassador Tăng attended the reception by Prime Minister Hun
		// Manet": the meeting of the one it names, however many were told
		// since.
		if o := a.meetingOf(si, t, ms, at); o != nil {
			c = o
		}
	}
	// "PM Phúc attended the event from the Government headquarters,
	// together with Deputy Prime Minister Phạm Bình Minh and …": those
	// after too, when a participant is the one who attended.
	with := len(t)
	for j := at + 1; j+3 < len(t); j++ {
		// "X and Y sat in on the talks, while the Vietnamese side
		// included A and B"
		if t[j].key == "while" {
			if e := sideListStart(t, j+1); e > 0 {
				with = e
			}
			for k := j + 2; k+2 < len(t) && k <= j+5; k++ {
				// "X attended as an observer, while Myanmar was
				// represented by Y"
				if (t[k].key == "was" || t[k].key == "were") && t[k+1].key == "represented" && t[k+2].key == "by" {
					with = k + 3
				}
			}
			for k := j + 2; k+3 < len(t) && k <= j+12; k++ {
				// "…, while Thai Foreign Minister Parnpree sat on the Thai
				// side of the table"
				if t[k].key == "sat" && (t[k+1].key == "on" || t[k+1].key == "in") && t[k+2].key == "the" {
					with = j + 1
					break
				}
				// "…, while Secretary of State A and Adviser B accompanied
				// the US leader": the other side's company.
				if t[k].key == "accompanied" && participantAt(ms, k+1, c.slugs) {
					with = j + 1
					break
				}
			}
			break
		}
	}
	if !attendedEvent(t, at) || participantAt(ms, firstMention(ms), c.slugs) {
		// "Prak Sokhonn also sat in on those talks, together with
		// Fadillah Yusof and Mohamad Hasan on the Malaysian side", "…
		// also attended, along with Guangxi Chairman Wei Tao"
		for j := at + 2; j+1 < len(t); j++ {
			if (t[j].key == "together" || t[j].key == "along") && t[j+1].key == "with" {
				with = j + 2
				break
			}
		}
	}
	if k := attendedAmongThem(t, at); k > 0 {
		with = k // those the group that attended counted in
	}
	// "… were also present as observers, as was Foreign Minister X"
	asWas := len(t)
	for j := at + 1; j+1 < len(t); j++ {
		if t[j].key == "as" && (t[j+1].key == "was" || t[j+1].key == "were") && key(t, j-1) == "," {
			asWas = j + 2
			break
		}
	}
	// "They were joined by X", "Phumtham was joined by Maris": those
	// after too.
	by := t[at].key == "joined" && (key(t, at+1) == "by" || byAfterPlace(t, at+1) > 0) || // "joined at the table by"
		t[at].key == "attended" && key(t, at-1) == "also" && key(t, at+1) == "by" && key(t, 0) == "the" && !hasAny(t, 0, at, relativeWords) || // "The opening ceremony, held in Tay Ninh, was also attended by"
		t[at].key == "brought" || at == alsoAt
	before := slices.Clone(c.slugs)
	var who []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && (by || m.start < at || m.start >= asWas || m.start >= with) {
			who = append(who, m.slug)
		}
	}
	if day, ok := joinedLater(t, at, dates, c); ok {
		// "They met on Wednesday. On Thursday, the two were joined by C
		// for a trilateral meeting": a meeting of its own, on its day.
		a.addRoll(si, t, append(before, who...), day)
		return true
	}
	c.join(who...)
	if len(c.slugs) > len(before) {
		c.told = max(c.told, si)
	}
	if at == remote && len(before) < 2 && len(c.slugs)-len(before) >= 2 && c.m.Kind == relbot.KindInPerson {
		// "A chaired the session from Hanoi. The heads of the member
		// parliaments joined by video link from their capitals: B, C, …":
		// all but its chair met on screen, a virtual meeting.
		c.m.Kind, c.m.Place, c.m.Venue = relbot.KindVirtual, "", ""
	}
	if len(before) < 2 && !c.explicit && c.m.Status == relbot.StatusPast && attendedTheMeeting(t, at) {
		attendedOnDay(c, dates, at, a.pubDate)
	}
	n := meetingsSpanned(t)
	if n == 1 && key(t, at) == "attended" {
		n = spanAt(t, at+1) // "X and Y attended all three meetings."
	}
	a.spreadAttendance(si, c, before, who, n)
	return true
}

// joinedLater returns the day of "On Thursday, the two were joined by C"
// (or "joined them") with "joined" at at, when that day is later than the
// held meeting c's own.
func joinedLater(t []token, at int, dates []dateExpr, c *cand) (relbot.Date, bool) {
	if key(t, at) != "joined" || c.m.Status != relbot.StatusPast || c.m.Date.Day == 0 {
		return relbot.Date{}, false
	}
	subject := -1 // where the sentence's subject starts, after its opening day
	switch {
	case key(t, at+1) == "them":
	case key(t, at+1) == "by" && (key(t, at-1) == "were" || key(t, at-1) == "was"):
		// Only the pair just told: "the two were joined", "they were
		// joined", "both were joined"; not one of them joined by his aide.
		switch s := at - 2; {
		case key(t, s) == "they" || key(t, s) == "both":
			subject = s
		case key(t, s) == "two" && key(t, s-1) == "the":
			subject = s - 1
		case key(t, s-1) == "two" && key(t, s-2) == "the":
			subject = s - 2
		default:
			return relbot.Date{}, false
		}
	default:
		return relbot.Date{}, false
	}
	for _, d := range dates {
		// The day opens the sentence ("On Thursday, the two were
		// joined"), not a clause of it ("…, where they were joined").
		opens := d.start <= 1 && (subject < 0 || subject == d.end || subject == d.end+1 && key(t, d.end) == ",")
		if !opens && (subject >= 0 || d.start < at+2 || d.start > at+3) {
			continue
		}
		day := d.past
		if d.anaphoric {
			if d.sameDay <= 0 {
				continue
			}
			day = relbot.DateOf(c.m.Date.Start().AddDate(0, 0, d.sameDay))
		}
		if day.Day != 0 && !d.aheadOnly && c.m.Date.Before(day) {
			return day, true
		}
	}
	return relbot.Date{}, false
}

// attendedOnDay dates the meeting c by the day written right after
// "attended the meeting" at at: "The culture ministers met in Jeonju. A, B
// and C attended the meeting on Monday", the lead having named no one and
// given no day of its own.
func attendedOnDay(c *cand, dates []dateExpr, at int, pub relbot.Date) {
	for _, d := range dates {
		if d.start > at && d.start <= at+5 && !d.anaphoric && !d.aheadOnly && d.past.Day != 0 && !d.past.Start().After(pub.Start()) {
			c.m.Date, c.loose, c.borrowed, c.explicit = d.past, false, false, true
			return
		}
	}
}

// countBefore returns how many of dates, in text order, start before k.
func countBefore(dates []dateExpr, k int) int {
	n := 0
	for n < len(dates) && dates[n].start < k {
		n++
	}
	return n
}

// attendedAmongThem returns where the names start in "attended, among them
// A" or "attended, including A" with the verb at j, or -1.
func attendedAmongThem(t []token, j int) int {
	if key(t, j) != "attended" || key(t, j+1) != "," {
		return -1
	}
	switch {
	case key(t, j+2) == "among" && key(t, j+3) == "them":
		return j + 4
	case key(t, j+2) == "including":
		return j + 3
	}
	return -1
}

// meetingOf reads "attended the reception by X" or "present at the meeting
// with X" at at and returns X's held meeting told within eight sentences of
// si, or nil.
func (a *article) meetingOf(si int, t []token, ms []mention, at int) *cand {
	by := -1
	for j := at + 2; j < len(t) && j <= at+6; j++ {
		if t[j].key == "by" || t[j].key == "with" {
			by = j
			break
		}
		if !t[j].word {
			return nil
		}
	}
	if by < 0 {
		return nil
	}
	for _, m := range ms {
		if m.slug == "" || m.start <= by || m.start > by+4 {
			continue
		}
		for k := len(a.cands) - 1; k >= 0 && si-a.cands[k].sent <= 8; k-- {
			if c := a.cands[k]; c.m.Status == relbot.StatusPast && slices.Contains(c.slugs, m.slug) {
				return c
			}
		}
		return nil
	}
	return nil
}

// markListed records that an attendance line in sentence si joined people
// to meeting c.
func (a *article) markListed(c *cand, si int) {
	a.listed, a.listedSent, a.listedN = c, si, len(a.cands)
}

// listedJustBefore returns the meeting the sentence before si listed
// attendees of, when no meeting was told since, or nil.
func (a *article) listedJustBefore(si int) *cand {
	if a.listed == nil || si-a.listedSent != 1 || len(a.cands) != a.listedN {
		return nil
	}
	return a.listed
}

// heldBefore returns the latest held meeting of two or more before cands[k],
// told within eight sentences of si, or nil.
func (a *article) heldBefore(k, si int) *cand {
	for j := k - 1; j >= 0 && si-a.cands[j].sent <= 8; j-- {
		if c := a.cands[j]; c.m.Status == relbot.StatusPast && len(c.slugs) >= 2 {
			return c
		}
	}
	return nil
}

// onlyHeldBefore returns the one held meeting of two or more told before
// the k-th within `within` sentences of si, or nil when there is none or
// more than one to choose from ("held separate meetings with A and B").
func (a *article) onlyHeldBefore(k, si, within int) *cand {
	var only *cand
	for _, c := range a.cands[:k] {
		if c.m.Status == relbot.StatusPast && len(c.slugs) >= 2 && si-c.lastTold() <= within {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// allSpanned is meetingsSpanned's "every meeting told".
const allSpanned = -1

// meetingsSpanned reads how many of the meetings told an attendance line
// covers: "at both meetings", "at the two meetings" (2), "in all of his
// meetings", "at all the talks", "throughout the visit" (allSpanned);
// otherwise 1, the meeting it follows.
func meetingsSpanned(t []token) int {
	for j := 0; j+2 < len(t); j++ {
		switch t[j].key {
		case "at", "in":
			if n := spanAt(t, j+1); n != 1 {
				return n
			}
		case "throughout":
			if key(t, j+1) == "the" && (key(t, j+2) == "visit" || key(t, j+2) == "trip") {
				return allSpanned
			}
		}
	}
	return 1
}

// spanAt reads the meetings a phrase at k names: "both meetings", "the two
// meetings" (2), "all three meetings" (3), "all of his meetings", "all the
// talks" (allSpanned); 1 otherwise.
func spanAt(t []token, k int) int {
	switch key(t, k) {
	case "both":
		if meetingNouns[key(t, k+1)] {
			return 2
		}
		if key(t, k+1) == "the" {
			// "attended both the Joint Commission meeting and the
			// reception by President Lương Cường"
			for j := k + 2; j+1 < len(t) && j <= k+8; j++ {
				if t[j].key == "and" && t[j+1].key == "the" && meetingNouns[key(t, j-1)] {
					return 2
				}
			}
		}
	case "the":
		if key(t, k+1) == "two" && meetingNouns[key(t, k+2)] {
			return 2
		}
	case "all":
		k++
		if key(t, k) == "of" {
			k++
		}
		switch key(t, k) {
		case "the", "his", "her", "their":
			k++
		}
		if n := smallNumbers[key(t, k)]; n > 1 && meetingNouns[key(t, k+1)] {
			return n // "all three meetings"
		}
		if meetingNouns[key(t, k)] {
			return allSpanned
		}
	}
	return 1
}

// spreadAttendance adds who, just joined to meeting c (whose participants
// were before), to the other reports of c that finish will merge with it,
// and to the earlier held meetings an attendance line spanning n of them
// covers: those in person that share one of c's own participants ("joined
// the Chairman in all of his meetings").
func (a *article) spreadAttendance(si int, c *cand, before, who []string, n int) {
	if len(who) == 0 {
		return
	}
	for _, o := range a.cands {
		// The same meeting told twice ("agreed yesterday … The agreement
		// was reached during talks at the Peace Palace"), which finish
		// merges: those who joined one joined both.
		if o != c && o.m.Status == c.m.Status && o.m.Kind == c.m.Kind && o.m.Date == c.m.Date && sameSet(o.slugs, before) {
			o.join(who...)
		}
	}
	if n == 1 {
		return
	}
	done := 1
	for k := len(a.cands) - 1; k >= 0 && (n == allSpanned || done < n); k-- {
		o := a.cands[k]
		if o == c || o.m.Status != relbot.StatusPast || o.m.Kind != relbot.KindInPerson || si-o.sent > 15 || sameSet(o.slugs, c.slugs) {
			continue // a twin of c's, joined above, is no other meeting
		}
		if !overlaps(before, o.slugs) {
			continue
		}
		o.join(who...)
		done++
	}
}

// inAttendance reports whether t opens "Also in attendance were" or "In
// attendance were".
func inAttendance(t []token) bool {
	j := 0
	if key(t, 0) == "also" {
		j = 1
	}
	return key(t, j) == "in" && key(t, j+1) == "attendance"
}

// attendees adds to the meeting just reported, or to the one reported with
// its chair alone, the people a sentence opening "Attending were …", "Also
// attending the talks were …" or "Among those present were …" lists.
func (a *article) attendees(si int, t []token, ms []mention) bool {
	at, atMeeting := delegationListStart(t)
	if at > 0 && a.listedJustBefore(si) != nil {
		// "Tea Seiha was accompanied by A and B. The Thai delegation
		// included C": the other side of the same table.
		atMeeting = true
	}
	waiting := a.gathering != nil && len(a.gathering.slugs) == 0 && si-a.gathering.sent <= 2
	if at > 0 && !atMeeting && len(a.cands) == 0 && a.gathering == nil && si+1 < len(a.toks) {
		if next, _ := delegationListStart(a.toks[si+1]); next > 0 {
			// "The second ministerial roundtable was held today. The Indian
			// delegation comprised A and B. The Singapore side was
			// represented by C and D": no meeting told yet, the two sides'
			// lists are who sat at the one table the story reports.
			a.addRoll(si, t, namedOnceFrom(ms, at), a.reachedDay())
			return true
		}
	}
	if at > 0 && !atMeeting && (len(a.cands) != 1 || si-a.cands[0].sent != 1 && !a.delegationsJoined(si)) && !a.headOfDelegationReceived(si, t, at) && !waiting {
		// "The Vietnamese delegation included Ha and Son" names who
		// travelled; only right after the visit's first meeting is it
		// who sat at that table.
		return false
	}
	if at < 0 {
		at = attendeeListStart(t)
	}
	ref := si // the sentence the list is told in, for how recent a meeting is
	if at < 0 && a.listItem(si, t) {
		// "The following members of the Executive Committee attended in
		// person:" and a bullet line for each: every line is of the roll.
		if intro := a.listIntro(si); intro >= 0 {
			if it := a.toks[intro]; attendeeListStart(it) == len(it) || (a.pendingGathering(intro) != nil || a.summitJustTold(intro) != nil) && gatheringListStart(it) == len(it) {
				at, ref = 0, intro
			}
		}
	}
	if at < 0 && (a.pendingGathering(si) != nil || a.summitJustTold(si) != nil) {
		at = gatheringListStart(t)
	}
	if at < 0 && len(a.cands) == 0 && a.gathering == nil {
		if g := gatheringListStart(t); g > 0 {
			return a.eventRoll(si, t, ms, g)
		}
	}
	if at < 0 && (a.pendingGathering(si) != nil || a.toldJustBefore(si) != nil) {
		at = itAttendedBy(t)
	}
	represented := false
	if at < 0 {
		at = representedStart(t)
		represented = at > 0
	}
	if at < 0 {
		return false
	}
	var c *cand
	switch last := len(a.cands) - 1; {
	case a.listedJustBefore(si) != nil && a.listed.m.Status == relbot.StatusPast:
		// "Attending the talks on the Cambodian side were A and B. The
		// Vietnamese side included C": the same table's other side.
		c = a.listed
	case a.pendingGathering(ref) != nil && (last < 0 || a.cands[last].sent <= a.gathering.sent):
		c = a.gathering
	case last >= 1 && len(a.cands[last].slugs) < 2 && namesMeeting(t, at) && a.heldBefore(last, si) != nil:
		// "Also present at today's audience were …" after a trip's other
		// stop that met no one named: the audience told before.
		c = a.heldBefore(last, si)
	case last >= 0 && (ref-a.cands[last].lastTold() <= 2 || si-a.cands[last].lastTold() <= 8 && (namesMeeting(t, at) || atMeeting || last == 0 && inAttendance(t))) && a.cands[last].m.Status == relbot.StatusPast &&
		!a.monthEcho(a.cands[last], a.cands):
		// "Also present at the call were …" may come paragraphs after
		// the call it names; so may "Also in attendance were …" after the
		// article's one meeting.
		c = a.cands[last]
	case last >= 0 && namesMeeting(t, at):
		// "Taking part in the talks on the Cambodian side was …" after an
		// older meeting recalled in passing: the talks the story reports.
		for k := last; k >= 0; k-- {
			// The talks spoken of last ("At the talks, …"), over a meeting
			// told after them but not since.
			if si-a.cands[k].lastTold() <= 8 && a.cands[k].m.Status == relbot.StatusPast && !a.monthEcho(a.cands[k], a.cands) {
				c = a.cands[k]
				break
			}
		}
		if c == nil {
			// "Also attending the reception was …" closing a story of
			// one reception, after the guest's invitation and an older
			// meeting recalled: the one meeting it reports held.
			c = a.onlyHeldBefore(len(a.cands), si, si)
		}
		if c == nil {
			return false
		}
	default:
		return false
	}
	if key(t, 0) == "accompanying" && (len(c.slugs) >= 2 || c.sent != si-1 || !withUnnamedGroup(a.toks[c.sent])) {
		// "Accompanying the President on the visit were …" after his
		// talks: his party on the trip. Only a meeting with people the
		// story did not name ("held a working session with leaders of
		// the province") takes them as who sat with him.
		return false
	}
	if represented && c != a.gathering && len(c.slugs) < 3 {
		// "Cambodia was represented by Sokhonn" after a bilateral says who
		// went to some gathering, not who sat at that table.
		return false
	}
	before := slices.Clone(c.slugs)
	var who []string
	for _, m := range ms {
		if m.start < at || m.excluded {
			continue
		}
		if m.slug != "" {
			who = append(who, m.slug)
		}
		who = append(who, m.group...)
	}
	c.join(who...)
	a.spreadAttendance(si, c, before, who, meetingsSpanned(t[:at]))
	k := sentenceKind(t[:at])
	if k == relbot.KindInPerson && hasAny(t, 0, at, linkWords) {
		// "Connecting to the session were …": they took part from afar.
		k = relbot.KindVirtual
	}
	if c == a.gathering && k != relbot.KindInPerson && c.m.Kind == relbot.KindInPerson {
		// "Attending the summit via videoconference were …": how the
		// gathering the lead told was held.
		c.m.Kind, c.m.Place, c.m.Venue = k, "", ""
	}
	if c == a.gathering && len(c.slugs) >= 2 && (len(c.slugs) > len(before) || len(who) >= 2) {
		// "On Thursday, the leaders travelled to Aitutaki for their
		// retreat, chaired by A. B and C were among the leaders at the
		// retreat": the list names them there, even those "the leaders"
		// already stood for.
		a.promoteGathering()
	}
	// After the promotion, which counts as no meeting told since: "Seated
	// around the table were … ASEAN was represented by …".
	a.markListed(c, si)
	return true
}

// linkWords open a list of those who took part over a link.
var linkWords = set("connecting")

// eventRoll reads "Attending the opening ceremony were A, B and C" when no
// meeting was told before to add them to: the event the story tells (the
// week's festival opened, the forum held) brought them together.
func (a *article) eventRoll(si int, t []token, ms []mention, at int) bool {
	j := 0
	if key(t, j) == "also" {
		j++
	}
	if key(t, j) != "attending" || key(t, j+1) != "the" {
		return false
	}
	event := false
	for k := j + 2; k < at; k++ {
		if rollEvents[t[k].key] {
			event = true
		}
	}
	who := namedOnceFrom(ms, at)
	if !event || len(who) < 2 {
		return false
	}
	a.addRoll(si, t, who, a.reachedDay())
	return true
}

// reachedDay is the day the story has reached, or the report's.
func (a *article) reachedDay() relbot.Date {
	if a.narrative.Day == 0 {
		return relbot.DateOf(a.ref)
	}
	return a.narrative
}

// addRoll adds the meeting in person, held on day, of those a roll names,
// placed by the story so far, and returns it.
func (a *article) addRoll(si int, t []token, who []string, day relbot.Date) *cand {
	c := &cand{sent: si, slugs: who}
	c.m.Kind, c.m.Status, c.m.Date = relbot.KindInPerson, relbot.StatusPast, day
	a.placeFromContext(c, t, si)
	a.cands = append(a.cands, c)
	a.markListed(c, si)
	return c
}

// rollEvents name the events whose roll "Attending the … were" reads.
var rollEvents = set("ceremony", "opening", "event", "reception", "gala", "celebration", "festival", "forum", "launch", "conference", "exhibition")

// ceremonyAttendedBy reads "The ceremony was attended by A, B and C" right
// after "X on Monday inaugurated a new building": X and those attending met
// at the ceremony X led. It needs the sentence before to have named X alone
// and told no meeting.
func (a *article) ceremonyAttendedBy(si int, t []token, ms []mention) bool {
	v := a.ceremonyAttendedVerb(si, t)
	briefing := false
	if v < 0 && key(t, 0) == "the" && briefingNouns[key(t, 1)] {
		// "X this afternoon briefed senior officials from the region. The
		// meeting at the commission's headquarters was attended by A, B
		// and C": X's unnamed guests, named.
		v, briefing = attendedByVerb(t, 2), true
	}
	activeRoll := false
	if v < 0 && len(t) > 4 && attendedTheMeeting(t, len(t)-4) && key(t, len(t)-1) == "." && len(ms) > 0 && ms[0].start == 0 {
		// "KCTU President A briefed the Cambodian guests on … B and C
		// attended the meeting.": the names before the verb, after a
		// briefing of guests unnamed.
		v, briefing, activeRoll = len(t)-4, true, true
	}
	if v < 0 {
		return false
	}
	day := a.dayBefore(si)
	if day.IsZero() {
		return false
	}
	leader := a.namedAloneBefore(si)
	who := namedOnceFrom(ms, v+1)
	if activeRoll {
		who = namedOnce(ms)
		if leader == "" {
			// "…, where KCTU President A briefed the Cambodian guests":
			// the one who briefed them, however many the sentence named.
			leader = a.briefedBefore(si)
		}
	}
	switch {
	case leader == "" && !briefing && len(a.cands) == 0 && a.gathering == nil && (si == 1 && len(who) >= 3 || key(t, 0) == "it"):
		// "… went on display in Beijing on Saturday. The opening ceremony
		// was attended by A, B, C and D", "A ceremony … was held on
		// Wednesday in Siem Reap. It was attended by A and B": with no one
		// named before, the roll alone is who met there.
	case leader == "":
		return false
	default:
		if last := len(a.cands) - 1; last >= 0 && a.cands[last].lastTold() >= si-1 {
			return false
		}
		verbs := ceremonyVerbs
		if briefing {
			verbs = groupHostVerbs
		}
		if !hasAny(a.toks[si-1], 0, len(a.toks[si-1]), verbs) {
			return false
		}
		who = withFirst(leader, who)
	}
	if len(who) < 2 {
		return false
	}
	c := a.addRoll(si, t, who, day)
	if briefing {
		// "The meeting at the EC headquarters in Bangkok was attended by":
		// the sentence's own place, over the story's.
		if place, venue, rank := a.placeIn(t, hit{start: 0, end: 0, light: -1}, 0, v, nil); rank >= 2 {
			c.m.Place, c.m.Venue, c.placeRank = place, venue, rank
		}
	}
	if c.m.Place == "" && key(t, 0) == "it" {
		// "A ceremony … was held on Wednesday in Siem Reap. It was
		// attended by …": where the sentence before held it.
		prev := a.toks[si-1]
		if place, venue, rank := a.placeIn(prev, hit{start: 0, end: 0, light: -1}, 0, len(prev), nil); rank >= 2 {
			c.m.Place, c.m.Venue, c.placeRank = place, venue, rank
		}
	}
	if c.m.Place == "" {
		c.m.Place = a.dlCity // the ceremony the dateline's city saw
	}
	return true
}

// ceremonyAttendedVerb returns where "attended" is in "The (opening)
// ceremony (of the exhibition, …) was attended by", or in "It was attended
// by" after a sentence that told "A ceremony … was held"; or -1.
func (a *article) ceremonyAttendedVerb(si int, t []token) int {
	if key(t, 0) == "it" && si > 0 {
		prev := a.toks[si-1]
		if !hasAny(prev, 0, len(prev), ceremonyNouns) || !hasAny(prev, 0, len(prev), heldWords) || itAttendedBy(t) < 0 {
			return -1
		}
		return attendedByVerb(t, 1)
	}
	j := 1
	if key(t, 0) != "the" {
		return -1
	}
	if key(t, j) == "opening" || key(t, j) == "inauguration" || key(t, j) == "inaugural" || key(t, j) == "launch" {
		j++
	}
	if key(t, j) != "ceremony" {
		return -1
	}
	end := j + 1
	if key(t, end) == "of" && key(t, end+1) == "the" && end+2 < len(t) && t[end+2].word && !t[end+2].upper {
		end += 3 // "The opening ceremony of the exhibition, …, was attended by"
	}
	return attendedByVerb(t, end)
}

// ceremonyNouns and heldWords tell a sentence that a ceremony was held.
var (
	ceremonyNouns = set("ceremony")
	heldWords     = set("held", "took")
)

// mealAttendedBy reads "The dinner was attended by A, B and C" after a
// sentence that told of "a working dinner on Monday night hosted by D" on a
// day other than the meeting last told: the host and those attending met at
// that meal, not at the meeting before ("Both meetings followed a working
// dinner …").
func (a *article) mealAttendedBy(si int, t []token, ms []mention) bool {
	if key(t, 0) != "the" || si == 0 {
		return false
	}
	j := 1
	if !mealWords[key(t, j)] {
		j++
	}
	meal := key(t, j)
	if !mealWords[meal] {
		return false
	}
	v := attendedByVerb(t, j+1)
	host := a.namedAloneBefore(si) // named alone in the sentence before
	if v < 0 || host == "" {
		return false
	}
	prev := a.toks[si-1]
	hosted := false
	for k := 1; k+3 < len(prev) && !hosted; k++ {
		if prev[k].key != meal || !(key(prev, k-1) == "a" || key(prev, k-1) == "an" || key(prev, k-2) == "a" || key(prev, k-2) == "an") {
			continue
		}
		for h := k + 1; h+2 < len(prev) && h < k+8; h++ {
			if prev[h].key == "hosted" && prev[h+1].key == "by" {
				hosted = true
				break
			}
		}
	}
	day := a.dayBefore(si)
	if !hosted || day.IsZero() {
		return false
	}
	who := withFirst(host, namedOnceFrom(ms, v+1))
	if last := len(a.cands) - 1; last >= 0 && a.cands[last].m.Date == day {
		if c := a.cands[last]; c.lastTold() == si-1 && len(c.slugs) < 2 && c.m.Status == relbot.StatusPast {
			// The meal the sentence before told, with its host alone.
			a.fillLead(c, si, who...)
			return true
		}
		return false
	}
	if len(who) < 2 {
		return false
	}
	a.addRoll(si, t, who, day)
	return true
}

// attendedByVerb returns where the verb of "was (also) attended by" that
// follows end stands, or -1.
func attendedByVerb(t []token, end int) int {
	v := passiveVerb(t, end)
	if v < 0 || !attendedVerbs[key(t, v)] || key(t, v+1) != "by" {
		return -1
	}
	return v
}

// briefedBefore returns the person the sentence before si names right
// before a verb of receiving or briefing a group ("A briefed the guests"),
// or "".
func (a *article) briefedBefore(si int) string {
	if si == 0 || a.lastNamedSent != si-1 {
		return ""
	}
	prev := a.toks[si-1]
	for _, m := range a.lastMentions {
		if m.slug != "" && !m.excluded && m.group == nil && groupHostVerbs[key(prev, m.end)] {
			return m.slug
		}
	}
	return ""
}

// namedAloneBefore returns the one person the sentence before si named, or
// "" when it named none or several.
func (a *article) namedAloneBefore(si int) string {
	if si == 0 || a.lastNamedSent != si-1 || len(a.lastNamed) != 1 {
		return ""
	}
	return a.lastNamed[0]
}

// dayBefore returns the one recent day the sentence before si gives, or the
// zero date when it gives none or several.
func (a *article) dayBefore(si int) relbot.Date {
	if si == 0 {
		return relbot.Date{}
	}
	all, _, _ := a.sentenceDates(si-1, a.toks[si-1])
	var ds []dateExpr
	for _, d := range all {
		if !d.aheadOnly {
			ds = append(ds, d) // "briefed … officials in Thailand to observe tomorrow's election"
		}
	}
	if len(ds) != 1 || ds[0].past.Day == 0 || a.old(ds[0].past) {
		return relbot.Date{}
	}
	return ds[0].past
}

// withFirst returns who with first before them, once.
func withFirst(first string, who []string) []string {
	if slices.Contains(who, first) {
		return who
	}
	return append([]string{first}, who...)
}

// ceremonyVerbs tell a ceremony someone led.
var ceremonyVerbs = set("inaugurated", "unveiled", "launched", "officiated", "presided", "opened")

// briefingNouns open "The meeting was attended by …" after a sentence whose
// one named person received or briefed a group (groupHostVerbs).
var (
	briefingNouns  = set("meeting", "briefing", "session", "reception", "audience")
	groupHostVerbs = set("briefed", "received", "hosted", "welcomed", "met")
)

// eventAttendedBy reads "The event was attended by A; B; and C" after a
// lead that told a meeting and named no one ("Red Cross branches of the two
// provinces met at the border gate on Wednesday"): those attending are who
// met. So does "The online meeting linked A, director of …, with B".
func (a *article) eventAttendedBy(si int, t []token, ms []mention) bool {
	if key(t, 0) != "the" {
		return false
	}
	v := -1
	switch key(t, 1) {
	case "event", "gathering", "occasion":
		if v = attendedByVerb(t, 2); v < 0 {
			return false
		}
	default:
		for k := 1; k <= 3; k++ {
			if key(t, k+1) == "linked" && linkedNouns[key(t, k)] && k+2 < len(t) && t[k+2].upper {
				v = k + 1
			}
		}
		if v < 0 {
			return false
		}
	}
	c := a.unnamedLead(si)
	if c == nil || len(c.slugs) > 0 || c.m.Status != relbot.StatusPast {
		return false
	}
	who := namedOnceFrom(ms, v+1)
	if len(who) < 2 {
		return false
	}
	a.fillLead(c, si, who...)
	return true
}

// fillLead gives the lead's meeting, told without names, the people a later
// sentence names; a gathering held back becomes a meeting.
func (a *article) fillLead(c *cand, si int, who ...string) {
	c.join(who...)
	c.told = si
	if c == a.gathering {
		a.promoteGathering()
	}
}

// leadSpoke reads "A and B spoke on Tuesday from their respective
// headquarters" after a lead that told the talks and named no one ("The
// governors of the two central banks held talks by video conference earlier
// this week"): the two named are who met, on the day the sentence gives
// within the lead's span.
func (a *article) leadSpoke(si int, t []token, ms []mention, dates []dateExpr) bool {
	c := a.unnamedLead(si)
	if c == nil || len(c.slugs) > 1 || c.m.Status != relbot.StatusPast || len(ms) < 2 {
		return false
	}
	m1, m2 := ms[0], ms[1]
	if m1.slug == "" || m2.slug == "" || m1.slug == m2.slug || m1.excluded || m2.excluded || m1.start > 3 || hasAny(t, 0, m1.start, saidWords) {
		return false
	}
	// "A told Vice Minister B": a known B's name starts after the office.
	told := key(t, m1.end) == "told" && m2.start > m1.end && officeOnly(t, m1.end+1, m2.start) && (key(t, m2.end) == "that" || key(t, m2.end) == ",")
	if len(c.slugs) == 1 && (!told || c.slugs[0] != m1.slug) {
		// "A received a delegation of teachers on Friday. A told Vice
		// Minister B that …": only the one the lead named tells another.
		return false
	}
	v := m2.end
	switch {
	case told:
		// "H.E. Mao Havannall told Ambassador Wang Wenbin that …": the
		// lead's meeting between two offices, now named.
		v = m1.end
	case key(t, m1.end) != "and" || m2.start != m1.end+1 && !t[m1.end+1].upper:
		return false
	default:
		if k := key(t, v); k != "spoke" && k != "talked" || key(t, v+1) == "with" || key(t, v+1) == "to" {
			return false
		}
	}
	for _, d := range dates {
		if d.start > v && d.past.Day != 0 && !d.anaphoric && !d.aheadOnly && !d.past.Start().Before(c.m.Date.Start()) && !d.past.End().After(c.m.Date.End()) {
			c.m.Date = d.past
			break
		}
	}
	a.fillLead(c, si, m1.slug, m2.slug)
	return true
}

// speakerOfLead names a meeting the lead told between two offices and no
// one ("The Deputy Minister of Public Works today received a courtesy call
// from the Ambassador of Thailand") by the titled people the next few
// sentences open with as their subjects: "During the meeting, Deputy
// Minister A highlighted … Ambassador B said …", "Wei Tao, chairman of …,
// told the visiting delegation …". Two of them, of two countries (or of
// none known), are the lead's two.
func (a *article) speakerOfLead(si int, t []token, ms []mention) {
	n := len(a.cands)
	if n == 0 {
		return
	}
	c := a.cands[n-1]
	if c.sent == si || si-c.sent > 3 || len(c.slugs) > 1 || c.m.Status != relbot.StatusPast || c.sent > 2 {
		return
	}
	if a.leadSpeakersFor != c {
		a.leadSpeakers, a.leadSpeakersFor = nil, c
	}
	if s := openingSubject(t, ms); s != "" && a.titled(s) && !slices.Contains(a.leadSpeakers, s) && !slices.Contains(c.slugs, s) {
		a.leadSpeakers = append(a.leadSpeakers, s)
	}
	who := append(slices.Clone(c.slugs), a.leadSpeakers...)
	if len(who) != 2 {
		return
	}
	c1, c2 := a.countryOf(who[0]), a.countryOf(who[1])
	if c1 != "" && c1 == c2 {
		return
	}
	if len(c.slugs) == 1 && !slices.Contains(namedIn(ms, 0, len(t)), c.slugs[0]) && (c.sent > 1 || c1 == "" || c2 == "") {
		// "The head of Vietnam's regulator met FAA chief Bryan Bedford …
		// Uong Viet Dung, director of the CAAV, discussed … with
		// Bedford": one named in the lead, the other after it, with him
		// or of another known country.
		a.leadSpeakers = nil
		return
	}
	if countsGuests(a.toks[c.sent]) {
		// "thanked the province for hosting 53 delegations this year" told
		// a tally, no meeting for later speakers to fill.
		return
	}
	a.fillLead(c, si, a.leadSpeakers...)
}

// countsGuests reports whether a verb of meeting in t has a count of
// guests for its object: "hosting 53 delegations", "received more than 300
// visitors".
func countsGuests(t []token) bool {
	for i := range t {
		tr, end, ok := matchTrigger(t, i)
		if !ok || tr.form != trigVerb {
			continue
		}
		j := end
		switch key(t, j) {
		case "more", "fewer":
			if key(t, j+1) == "than" {
				j += 2
			}
		case "over", "about", "some", "nearly", "almost", "around":
			j++
		}
		k := key(t, j)
		if k == "" || (k[0] < '0' || k[0] > '9') && smallNumbers[k] < 2 {
			continue
		}
		if n := key(t, j+1); j+1 < len(t) && t[j+1].word && !t[j+1].upper && len(n) > 3 && strings.HasSuffix(n, "s") {
			return true
		}
	}
	return false
}

// titled reports whether slug is a known actor or one the article gave an
// office: someone who sits at a table, not a quoted analyst.
func (a *article) titled(slug string) bool {
	if _, ok := a.g.actors[slug]; ok {
		return true
	}
	return len(a.unknown[slug].Roles) > 0
}

// openingSubject returns the named person a sentence opens with as its
// subject: at its start or after an opening phrase set off by a comma
// ("During the meeting at the ministry, Deputy Minister A highlighted"),
// followed by its verb or by an office set off by commas and then the
// verb ("Wei Tao, chairman of the Guangxi government, told …"); or "".
func openingSubject(t []token, ms []mention) string {
	if len(ms) == 0 {
		return ""
	}
	m := ms[0]
	if m.slug == "" || m.excluded || m.group != nil {
		return ""
	}
	if m.start > 0 && (key(t, m.start-1) != "," || m.start > 12 || !t[0].upper || hasAny(t, 0, m.start-1, saidWords)) {
		return ""
	}
	v := m.end
	if key(t, v) == "," {
		c := nextComma(t, v+1)
		if c < 0 || c > v+16 {
			return ""
		}
		v = c + 1
	}
	if !subjectVerbs[key(t, v)] {
		return ""
	}
	return m.slug
}

// subjectVerbs are what the people at a meeting are written doing there.
var subjectVerbs = set("said", "told", "discussed", "highlighted", "stressed", "noted", "emphasised", "emphasized", "affirmed", "thanked", "proposed", "welcomed", "expressed", "praised", "underlined", "underscored", "briefed", "informed", "suggested", "asked", "pledged", "agreed", "added")

// linkedNouns are the meetings held apart that "linked" people: "The
// videoconference linked A with B".
var linkedNouns = set("meeting", "videoconference", "call", "talks", "session", "conference", "dialogue")

// flankedBy reads "A, flanked by B and C, told reporters …" after a meeting
// A took part in, told in one of the two sentences before: those at A's side
// were at its table ("Anwar said after hosting talks between the leaders of
// the two countries. Anwar, flanked by Hun Manet and Phumtham, told …").
func (a *article) flankedBy(si int, t []token, ms []mention) bool {
	f := -1
	for j := 2; j+2 < len(t); j++ {
		if t[j].key == "flanked" && t[j+1].key == "by" && t[j-1].key == "," {
			f = j
			break
		}
	}
	if f < 0 {
		return false
	}
	subject := ""
	for _, m := range ms {
		if m.slug != "" && !m.excluded && m.group == nil && m.end == f-1 {
			subject = m.slug
		}
	}
	c := a.lastPast()
	if subject == "" || c == nil || si-c.lastTold() > 2 || c.m.Kind != relbot.KindInPerson || !slices.Contains(c.slugs, subject) {
		return false
	}
	end := nextComma(t, f+2)
	if end < 0 {
		end = len(t)
	}
	var who []string
	for _, m := range ms {
		if m.start > f+1 && m.start < end && m.slug != "" && !m.excluded && m.group == nil && m.slug != subject {
			who = append(who, m.slug)
		}
	}
	if len(who) == 0 {
		return false
	}
	c.join(who...)
	c.told = si
	placeFromIn(c, t, len(t))
	return true
}

// sidesLed reads, after a lead that named no one ("Commanders of the two
// military regions met in Pailin on Monday"), "X led the Cambodian
// delegation, while the Thai side was headed by Y": the two heads met.
func (a *article) sidesLed(si int, t []token, ms []mention) bool {
	c := a.unnamedLead(si)
	if c == nil || len(c.slugs) > 1 || len(ms) < 2 || ms[0].slug == "" || ms[0].excluded || ms[0].group != nil {
		return false
	}
	chaired := len(c.slugs) == 1 // "a tri-provincial meeting chaired by A. B and C led their provinces' delegations"
	and := ms[0].end
	if key(t, and) == "," {
		// "A, chairman of the provincial People's Committee, and Governor
		// B led …": past the first one's office.
		if c := nextComma(t, and+1); c > 0 && c <= and+12 {
			and = c + 1
		}
	}
	if len(ms) == 2 && key(t, and) == "and" && titleRunBetween(t, and+1, ms[1].start) && ms[1].slug != "" && !ms[1].excluded && ms[1].group == nil &&
		ledBothSides(t, ms[1].end) {
		// "Chairman A and Governor B led the two delegations at the
		// meeting": the two heads met.
		c.join(ms[0].slug, ms[1].slug)
		c.told = si
		if c == a.gathering {
			a.promoteGathering()
		}
		return true
	}
	// "The meeting was hosted by A, while the Chinese delegation was led
	// by B": the host and the guests' head met.
	by := passiveVerb(t, 2) + 1
	hostThenGuest := len(c.slugs) == 0 && key(t, 0) == "the" && meetingNouns[key(t, 1)] && chairedBy(t, 2) && key(t, by) == "by" && titleRunBetween(t, by+1, ms[0].start)
	v := ms[0].end
	if key(t, v) == "," && !hostThenGuest {
		// "Lt. Gen. Meas Sophearith, commander of Military Region 5, led …"
		if v = nextComma(t, v+1); v < 0 || v > ms[0].end+12 {
			return false
		}
		v++
	}
	if !hostThenGuest && (chaired || !leadsDelegation(t, v)) {
		return false
	}
	w := -1
	for j := v; j < len(t); j++ {
		if t[j].key == "while" || t[j].key == "whereas" {
			w = j
			break
		}
	}
	if w < 0 || hostThenGuest && otherSideRepresented(t) == 0 {
		return false
	}
	var heads []string
	for _, m := range ms[1:] {
		if m.start > w && m.slug != "" && !m.excluded && m.group == nil {
			heads = append(heads, m.slug)
		}
	}
	if len(heads) == 0 {
		return false
	}
	c.join(append([]string{ms[0].slug}, heads...)...)
	c.told = si
	if c == a.gathering {
		a.promoteGathering()
	}
	return true
}

// titleRunBetween reports whether t[from:to] is the title before a name:
// "Svay Rieng Governor", "Cambodian Minister of Defence".
func titleRunBetween(t []token, from, to int) bool {
	for k := from; k < to; k++ {
		// "Kien Giang provincial People's Committee vice-chairman B"
		if !t[k].upper && !nameJoiners[t[k].key] && t[k].key != "'s" && !localOfficeLower[t[k].key] && !officeVocabulary[strings.TrimPrefix(t[k].key, "vice-")] {
			return false
		}
	}
	return to-from <= 8
}

// ledBothSides reports whether "led (headed) the two delegations", "their
// respective delegations" or "the two sides" follows at v.
func ledBothSides(t []token, v int) bool {
	switch key(t, v) {
	case "led", "headed", "co-led":
	default:
		return false
	}
	j := v + 1
	switch {
	case key(t, j) == "the" && key(t, j+1) == "two":
		j += 2
	case key(t, j) == "their" && key(t, j+1) == "respective":
		j += 2
	case key(t, j) == "their" || key(t, j) == "both":
		j++
	default:
		return false
	}
	if k := key(t, j+1); strings.HasSuffix(key(t, j), "s") && (k == "'" || k == "’") {
		j += 2 // "led their provinces' delegations"
	}
	switch key(t, j) {
	case "delegations", "sides", "teams":
		return true
	}
	return false
}

// delegationsJoined reports whether the sentence before si, right after the
// article's one meeting, says the delegations joined it: "The talks were held
// in a restricted format and then with the participation of the
// delegations. The Russian delegation included …" lists who sat at the table.
func (a *article) delegationsJoined(si int) bool {
	if si < 1 || len(a.cands) != 1 || si-a.cands[0].sent != 2 {
		return false
	}
	prev := a.toks[si-1]
	for j := range prev {
		if prev[j].key == "delegations" || prev[j].key == "expanded" && key(prev, j+1) == "format" {
			return true
		}
	}
	return false
}

// headOfDelegationReceived reports whether "The delegation was led by X"
// (the list at at) names the guest of the meeting just reported with one
// participant, a sentence or two before: "Hun Manet received a delegation
// of Viet Nam's Ministry of Public Security … The delegation was led by
// General Lương Tam Quang".
func (a *article) headOfDelegationReceived(si int, t []token, at int) bool {
	if key(t, at-1) != "by" || len(a.cands) == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	return len(c.slugs) == 1 && si-c.sent <= 2 && c.m.Status == relbot.StatusPast
}

// speakerAtSession reads "Speaking at the session, X, head of the Vietnamese
// group, said …" or "At the working session, X said …" after a meeting of one
// named person with a side the article did not name ("held a working session
// with the Vietnamese Young Parliamentarians' Group"): X spoke for that side.
func (a *article) speakerAtSession(si int, t []token, ms []mention) bool {
	if len(a.cands) == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	if len(c.slugs) != 1 || c.m.Status != relbot.StatusPast || si-c.lastTold() > 2 {
		return false
	}
	j := 0
	if key(t, 0) == "speaking" {
		j = 1
	}
	if key(t, j) != "at" || key(t, j+1) != "the" {
		return false
	}
	j += 2
	if key(t, j) == "working" {
		j++
	}
	if !meetingNouns[key(t, j)] || key(t, j+1) != "," {
		return false
	}
	var speaker string
	for _, m := range ms {
		if m.excluded || m.group != nil || m.slug == "" {
			continue
		}
		if speaker != "" && m.slug != speaker {
			return false // more than one named: told as a meeting of its own, if at all
		}
		if m.start > j+8 {
			return false
		}
		speaker = m.slug
	}
	if speaker == "" || speaker == c.slugs[0] {
		return false
	}
	c.join(speaker)
	c.told = si
	return true
}

// spokeDuring reads "A and B, as well as C, also spoke during the session"
// a few sentences after the meeting it names: those who spoke were at it.
func (a *article) spokeDuring(si int, t []token, ms []mention) bool {
	c := a.heldWithinTold(si, 6)
	if c == nil {
		return false
	}
	v := -1
	for j := 1; j+3 < len(t); j++ {
		if t[j].key == "spoke" && (key(t, j+1) == "during" || key(t, j+1) == "at") && key(t, j+2) == "the" && meetingNouns[key(t, j+3)] {
			v = j
			break
		}
	}
	return v >= 0 && joinNamed(c, si, ms, 0, v)
}

// heldWithinTold returns the meeting told last when it was held, has two
// people or more, and was spoken of within n sentences of si; nil
// otherwise.
func (a *article) heldWithinTold(si, n int) *cand {
	c := a.lastHeld()
	if c == nil || c.m.Status != relbot.StatusPast || len(c.slugs) < 2 || si-c.lastTold() > n {
		return nil
	}
	return c
}

// joinNamed joins to c those named in t[from:to] and reports whether anyone
// was.
func joinNamed(c *cand, si int, ms []mention, from, to int) bool {
	who := namedIn(ms, from, to)
	if len(who) == 0 {
		return false
	}
	c.join(who...)
	c.told = si
	return true
}

// signedDuring reads "During the meeting, A, director of …, and B,
// director of …, signed a plan on education": the signatories were at the
// meeting just told.
func (a *article) signedDuring(si int, t []token, ms []mention) bool {
	if k := key(t, 0); k != "during" && k != "at" || key(t, 1) != "the" || !meetingNouns[key(t, 2)] || key(t, 3) != "," {
		return false
	}
	c := a.heldWithinTold(si, 2)
	if c == nil {
		return false
	}
	v := slices.IndexFunc(t, func(tk token) bool { return tk.key == "signed" || tk.key == "inked" })
	if v < 4 || !joinNamed(c, si, ms, 4, v) {
		return false
	}
	a.addSubstance(si, t)
	return true
}

// bothAttended reads "Both meetings were attended by A and B" after two
// held meetings: each had them at the table.
func (a *article) bothAttended(si int, t []token, ms []mention) bool {
	if spanAt(t, 0) != 2 {
		return false
	}
	v := 2 // "Both meetings", "The two meetings"
	if key(t, 0) == "the" {
		v = 3
	}
	if k := key(t, v); k != "were" && k != "was" {
		return false
	}
	v++
	if key(t, v) == "also" {
		v++
	}
	if k := key(t, v); k != "attended" && k != "joined" || key(t, v+1) != "by" {
		return false
	}
	var held []*cand
	for k := len(a.cands) - 1; k >= 0 && len(held) < 2; k-- {
		c := a.cands[k]
		if c.m.Status != relbot.StatusPast || len(c.slugs) < 2 || si-c.lastTold() > 8 {
			break
		}
		held = append(held, c)
	}
	if len(held) < 2 {
		return false
	}
	var who []string
	for _, m := range ms {
		if m.start > v+1 && m.slug != "" && !m.excluded && m.group == nil && governedFrom(t, v+2, m.start) {
			who = append(who, m.slug)
		}
	}
	if len(who) == 0 {
		return false
	}
	for _, c := range held {
		c.join(who...)
		c.told = si
	}
	return true
}

// latestDate returns the last of dates written within t[from:to] (relative
// ones only when anaphoric is set): the date an earlier clause gave.
func latestDate(dates []dateExpr, from, to int, anaphoric bool) (dateExpr, bool) {
	for k := len(dates) - 1; k >= 0; k-- {
		if d := dates[k]; d.start >= from && d.end <= to && (anaphoric || !d.anaphoric) {
			return d, true
		}
	}
	return dateExpr{}, false
}

// thenAlso returns where ", and then <verb of meeting>" starts a second
// report of the sentence (at "then"), or 0.
func thenAlso(t []token) int {
	for j := 1; j+3 < len(t); j++ {
		if t[j].key == "before" && onwardVerbs[t[j+1].key] && talksWithAfter(t, j+2) && !hasAny(t, 0, j, futureMarkers) {
			// "A was received by B before heading to the APEC Haus for
			// bilateral talks with C": A went on to meet C.
			return j + 1
		}
		if t[j].key == "after" && gerundMeetings[t[j+1].key] && !hasAny(t, 0, j, futureMarkers) && namesWeekday(t[:j]) && namesWeekday(t[j+1:]) {
			// "A on Thursday met B, after meeting C on Wednesday
			// evening": the earlier meeting has a day of its own.
			return j + 1
		}
		if t[j].key == "," && t[j+1].key == "and" && asideBefore(t, j) {
			// "received Barnier, who took office last month, and met
			// Larcher": the aside closes the first report.
			if tr, _, ok := matchTrigger(t, j+2); ok && tr.form == trigVerb && !t[j+2].upper && pastVerb(t[j+2].key) {
				return j + 2
			}
		}
		if t[j].key == "," && t[j+1].key == "and" && j > 0 {
			// "On Monday, A met B, and on Tuesday he held talks with C":
			// the clause after "and" has a day and a verb of its own.
			if e := dayPhraseEnd(t, j+2); e > 0 {
				if key(t, e) == "," {
					e++
				}
				if subjectPronouns[key(t, e)] {
					e++
				}
				if tr, _, ok := matchTrigger(t, e); ok && tr.form == trigVerb && !t[e].upper && pastVerb(t[e].key) && !hasAny(t, 0, j, futureMarkers) {
					return j + 2
				}
			}
		}
		if t[j].key != "," || t[j+1].key != "and" || t[j+2].key != "then" {
			continue
		}
		if tr, _, ok := matchTrigger(t, j+3); ok && tr.form == trigVerb && !t[j+3].upper {
			return j + 2
		}
	}
	return 0
}

// dayPhraseEnd returns where a date written at i ends, read by the date
// grammar: "on Tuesday", "on Tuesday morning", "on March 4", "the next day";
// or 0. Only the span matters here, so any day serves to resolve it.
func dayPhraseEnd(t []token, i int) int {
	from := 0
	if key(t, i) == "on" {
		from = 1
	}
	window := t[i:min(len(t), i+8)]
	for _, d := range findDates(window, time.Time{}) {
		if d.start == from && (from == 1 || d.anaphoric) {
			return i + d.end
		}
	}
	return 0
}

var gerundMeetings = set("meeting", "receiving", "holding", "hosting")

// namesWeekday reports whether ts name a day of the week.
func namesWeekday(ts []token) bool {
	return slices.ContainsFunc(ts, func(tk token) bool { return isWeekday(tk.key) })
}

// asideBefore reports whether a ", who …" aside runs up to the comma at j.
func asideBefore(t []token, j int) bool {
	for k := j - 1; k > 0; k-- {
		switch t[k].key {
		case ",":
			return key(t, k+1) == "who"
		case ";", ".":
			return false
		}
	}
	return false
}

var onwardVerbs = set("heading", "going", "proceeding", "moving", "travelling", "traveling")

// talksWithAfter reports whether "for talks with" (a meeting, with someone)
// follows from j within the clause.
func talksWithAfter(t []token, j int) bool {
	for k := j; k+2 < len(t) && k < j+12; k++ {
		if !t[k].word && t[k].key != "-" && t[k].key != "'s" {
			return false
		}
		if t[k].key == "for" {
			n := k + 1
			for n < len(t) && n < k+4 && !meetingNouns[t[n].key] && t[n].word && !t[n].upper {
				n++ // "for bilateral talks"
			}
			return meetingNouns[key(t, n)] && key(t, n+1) == "with"
		}
	}
	return false
}

// headingMeeting reads a readout's heading, "1. Meeting with H.E. Lê Hoài
// Trung, Minister of Foreign Affairs of Viet Nam", under a lead whose
// subject "held separate bilateral meetings today with his counterparts":
// a meeting of that subject with the one the heading names, on the day the
// story is at.
func (a *article) headingMeeting(si int, t []token, ms []mention) bool {
	j := 0
	if key(t, 0) == "-" {
		j = 1 // a bullet
	}
	if itemNumber(t) {
		j = 2 // "1. Meeting with …", when the number stayed with its heading
	}
	kind := relbot.KindInPerson
	switch key(t, j) {
	case "meeting", "talks":
	case "call", "phone":
		kind = relbot.KindPhone
	default:
		return false
	}
	if key(t, j+1) != "with" || !t[j].upper || a.lastSubj == "" {
		return false
	}
	var guest string
	for _, m := range ms {
		if m.start < j+2 || m.excluded || m.group != nil || m.slug == "" {
			continue
		}
		if guest != "" || m.slug == a.lastSubj && a.headingHost == "" {
			return false // more than one named: not a heading of one meeting
		}
		guest = m.slug
	}
	if guest == "" || t[len(t)-1].key == "." {
		return false // "Meeting with Niels Christiansen, the Prime Minister welcomed …." is a sentence
	}
	host := a.lastSubj
	if a.headingHost != "" && a.headingHost != guest {
		host = a.headingHost // the lines under the last heading named others since
	}
	a.headingHost = host
	day := a.narrative
	if day.Day == 0 {
		day = relbot.DateOf(a.ref)
	}
	c := &cand{sent: si, slugs: []string{host, guest}}
	c.m.Kind, c.m.Status, c.m.Date = kind, relbot.StatusPast, day
	if kind == relbot.KindInPerson {
		a.placeFromContext(c, t, si)
	}
	a.cands = append(a.cands, c)
	return true
}

// unnamedSides reports whether the clause at lo opens with people named by
// what they lead: "Leaders of Lạng Sơn and Guangxi", "Officials from the
// two provinces".
func unnamedSides(t []token, lo int) bool {
	switch key(t, lo) {
	case "leaders", "officials", "delegations", "representatives", "authorities":
		k := key(t, lo+1)
		return k == "of" || k == "from"
	}
	return false
}

// representedStart reads "Cambodia was represented by Sokhonn, Myanmar by
// Than Swe, …" and returns where the names start, or -1.
func representedStart(t []token) int {
	j := 0
	if key(t, 0) == "the" {
		j = 1
	}
	from := j
	// "Cambodia was represented by", "Thailand, the Philippines and Laos
	// were represented by their foreign ministers, …"
	for j < len(t) && j < from+10 && (t[j].word && t[j].upper || j > from && (t[j].key == "," || t[j].key == "and" || t[j].key == "the")) {
		j++
	}
	if j > from && key(t, j) == "sent" && j+1 < len(t) && t[j+1].upper {
		// "Myanmar sent Ms Marlar Than Htike, Permanent Secretary …, to
		// the meeting": the country's representative at the gathering.
		for k := j + 2; k+1 < len(t); k++ {
			if t[k].key == "to" && theMeetingOrGathering(t, k+1) {
				return j + 1
			}
		}
		return -1
	}
	if j == from || key(t, j) != "was" && key(t, j) != "were" || key(t, j+1) != "represented" {
		return -1
	}
	by := j + 2
	if key(t, by) == "at" && key(t, by+1) == "the" {
		// "Myanmar was represented at the two-day retreat by …"
		for by += 2; by < len(t) && by < j+10 && t[by].key != "by"; by++ {
			if !t[by].word && t[by].key != "-" && t[by].key != "'" && t[by].key != "’" {
				return -1
			}
		}
	}
	if key(t, by) != "by" {
		return -1
	}
	return by + 1
}

// delegationListStart reads "The Vietnamese delegation included …", "The
// Cambodian delegation comprised …", "Members of the delegation included
// …" and returns where the list starts, or -1.
func delegationListStart(t []token) (at int, atMeeting bool) {
	j := 0
	if key(t, 0) == "members" && key(t, 1) == "of" {
		j = 2
	}
	if key(t, j) != "the" {
		return -1, false
	}
	limit := j + 4
	for k := j + 1; k < len(t) && k <= limit; k++ {
		if t[k].key == "(" && key(t, k+2) == ")" && t[k+1].upper {
			// "The Nigeria Labour Congress (NLC) delegation was led by":
			// the body's acronym in brackets is part of its name.
			k += 2
			limit += 3
			continue
		}
		if t[k].key != "delegation" && t[k].key != "delegations" && (t[k].key != "side" || k == j+1) {
			if !t[k].word || !t[k].upper && t[k].key != "visiting" {
				return -1, false
			}
			continue
		}
		v := k + 1
		if key(t, v) == "also" {
			v++
		}
		if key(t, v) == "," && (key(t, v+1) == "led" || key(t, v+1) == "headed") && key(t, v+2) == "by" {
			// "The Singapore delegation, led by A, included B and C": the
			// head, then the members.
			if c := nextComma(t, v+3); c > 0 && listVerbs[key(t, c+1)] {
				return v + 3, false
			}
		}
		if e := delegationAtMeeting(t, v); e > v {
			// "The Cambodian delegation at the talks included …", "Members
			// of the CPV delegation accompanying Vượng at both meetings
			// included …": who sat at the table, wherever the list falls.
			if listVerbs[key(t, e)] {
				return e + 1, true
			}
			return -1, false
		}
		if t[k].key == "side" && key(t, v) != "was" {
			// "The Lao side included …" is attendeeListStart's; only "The
			// Vietnamese side was led by …" names a side's heads here.
			return -1, false
		}
		switch k := key(t, v); {
		case listVerbs[k]:
			return v + 1, false
		case k == "was" || k == "were":
			// "The Cambodian delegation was led by Governor Chuon Sovann,
			// accompanied by Deputy Governor Kim Rithy."
			// "The Vietnamese side was represented by A, B and C."
			if (key(t, v+1) == "led" || key(t, v+1) == "headed" || key(t, v+1) == "represented") && key(t, v+2) == "by" {
				return v + 3, false
			}
		case k == "consisted" || k == "consists":
			if key(t, v+1) == "of" {
				return v + 2, false
			}
		}
		return -1, false
	}
	return -1, false
}

// listVerbs open the list of a delegation's or a side's members.
var listVerbs = set("included", "includes", "comprised", "comprises")

// sideListStart returns where the names start after "the Lao side
// included" at j, or -1.
func sideListStart(t []token, j int) int {
	if key(t, j) != "the" {
		return -1
	}
	if _, e, ok := countries.match(t, j+1); ok && key(t, e) == "side" && listVerbs[key(t, e+1)] {
		return e + 2
	}
	return -1
}

// delegationAtMeeting returns where the verb of a delegation's list is when
// words after "delegation" at v place it at the meeting ("at the talks",
// "attending the meeting", "accompanying Vượng at both meetings"), or v.
func delegationAtMeeting(t []token, v int) int {
	switch key(t, v) {
	case "at", "to":
		if !theMeetingNoun(t, v+1) {
			return v
		}
	case "attending", "accompanying":
	default:
		return v
	}
	for e := v + 1; e < len(t) && e <= v+8; e++ {
		switch {
		case listVerbs[t[e].key]:
			if key(t, v) == "accompanying" && !theMeetingNoun(t, e-2) && !theMeetingNoun(t, e-3) && meetingsSpanned(t[v:e]) == 1 {
				return v // "accompanying the Chairman included": who travelled
			}
			return e
		case !t[e].word && t[e].key != "'s":
			return v
		}
	}
	return v
}

// namesMeeting reports whether an attendee list's opening, before at, names
// the meeting itself: "Also present at the call were".
func namesMeeting(t []token, at int) bool {
	if meetingsSpanned(t[:min(at, len(t))]) != 1 {
		return true // "Joining Huy at both meetings were"
	}
	for j := 0; j < at && j < len(t); j++ {
		switch t[j].key {
		case "call", "meeting", "talks", "reception", "audience":
			return key(t, j-1) == "the" || key(t, j-1) == "'s" && (key(t, j-2) == "today" || key(t, j-2) == "yesterday") // "at today's audience"
		case "retreat", "summit", "plenary":
			return key(t, j-1) == "the" // "Also at the retreat were"
		}
	}
	return false
}

// atTheTalks reports whether the sentence places someone "at the talks" or
// "at the meeting", which a phone call is not.
func atTheTalks(t []token) bool {
	for j := 0; j+2 < len(t); j++ {
		if t[j].key == "at" && t[j+1].key == "the" && (t[j+2].key == "talks" || t[j+2].key == "meeting") {
			return true
		}
	}
	return false
}

// accompanied adds to the meeting just reported the people its participants
// were accompanied by: "Prabowo was accompanied at the talks by Foreign
// Minister Sugiono, while Lâm … was accompanied by Bùi Thanh Sơn", "The
// Vietjet chief was accompanied by Ambassador Nguyễn Huy Tăng". The one
// accompanied must be in that meeting, or be named by no one's name.
func (a *article) accompanied(si int, t []token, ms []mention, dates []dateExpr) bool {
	if len(a.cands) == 0 {
		return false
	}
	c := a.cands[len(a.cands)-1]
	near := 2
	if (key(t, 0) == "during" || key(t, 0) == "at") && theMeetingNoun(t, 1) {
		// "During the meeting, Prabowo was accompanied by …" names the
		// meeting it adds to, however many sentences of quotes and
		// background stand between.
		near = 5
	}
	laterDay, joinsLater := joinedLater(t, slices.IndexFunc(t, func(w token) bool { return w.key == "joined" }), dates, c)
	if joinsLater && si-c.lastTold() <= 6 {
		// "On Thursday, the two were joined by C": the pair told however
		// many quotes ago, on a day of its own.
		near = 6
	}
	if si-c.sent > near || c.m.Status != relbot.StatusPast || c.m.Kind == relbot.KindPhone || otherYear(t, c.m.Date.Year) {
		// "… the historic visit by Fidel Castro in September 1973, when
		// he was accompanied by Pham Van Dong": another year's company.
		return false
	}
	if near == 2 && accompaniedSubjectOnly(t, ms, si > c.sent+1) && a.visitCompany(c) {
		// "The President was accompanied by A, B and C" after his talks,
		// his audience and a courtesy call on three hosts: his party on
		// the visit, at no one meeting of it in particular. So too "Mr
		// Wong was accompanied by …".
		return true
	}
	var added []string
	sawParticipant, sawOther := false, false
	dayFrom, dayTo := 0, 0 // "accompanied at the Friday dinner by": where its day may be
	for j := 1; j < len(t); j++ {
		// "…, while Phumtham was joined by Maris"
		if t[j].key != "accompanied" && (t[j].key != "joined" || key(t, j+1) != "by") || key(t, j-1) != "was" && key(t, j-1) != "were" {
			continue
		}
		if key(t, j-2) == "who" && hasAny(t, 0, j-2, ownMeetingVerbs) {
			// "Woo called on Xia Baolong, who was joined by Wang
			// Linggui": the company of this sentence's own meeting.
			return false
		}
		by := -1
		for k := j + 1; k < len(t) && k < j+6; k++ {
			if t[k].key == "by" {
				by = k
				break
			}
			if !t[k].word {
				break
			}
		}
		if by < 0 {
			continue
		}
		if by > j+1 {
			dayFrom, dayTo = j, by
		}
		end := len(t)
		for k := by + 1; k < len(t); k++ {
			if t[k].key == "while" || t[k].key == ";" || t[k].key == "whereas" {
				end = k
				break
			}
		}
		// "The talks were attended by X and Y, while Albanese was
		// accompanied by Z": those the meeting's noun was attended by
		// first join it too.
		attendedFrom := len(t)
		for k := 2; k < j; k++ {
			if t[k].key == "by" && (t[k-1].key == "attended" || t[k-1].key == "joined") && meetingNouns[key(t, passiveSubject(t, k-1))] {
				attendedFrom = k
				break
			}
			if t[k].key == "by" && passiveHosts[t[k-1].key] && (key(t, k-2) == "was" || key(t, k-2) == "were") {
				// "The minister was received by director A and was
				// accompanied by B": the host too.
				attendedFrom = k
				break
			}
		}
		for _, m := range ms {
			switch {
			case m.slug == "" || m.excluded || m.group != nil:
			case m.start > attendedFrom && m.start < j && !slices.Contains(c.slugs, m.slug):
				added = append(added, m.slug)
			case m.start < j && slices.Contains(c.slugs, m.slug):
				sawParticipant = true
			case m.start < j:
				sawOther = true
			case m.start > by && m.start < end:
				added = append(added, m.slug)
			}
		}
		// "…, while Prak Sokhonn sat beside the Cambodian premier": the
		// other side's companion, told in the clause after.
		for k := end + 1; k < len(t); k++ {
			if !satWith(t, k) {
				continue
			}
			for _, m := range ms {
				if m.start > end && m.start < k && m.slug != "" && !m.excluded && m.group == nil {
					added = append(added, m.slug)
				}
			}
			break
		}
	}
	if !sawParticipant && sawOther || len(added) == 0 {
		return false
	}
	if near == 2 && partyOnTheTrip(t) {
		// "Paetongtarn was accompanied by A, B and C, among others": her
		// party on the trip, at no one meeting of it in particular.
		return true
	}
	if joinsLater {
		a.addRoll(si, t, append(slices.Clone(c.slugs), added...), laterDay)
		return true
	}
	if !c.explicit && dayTo > 0 {
		// "Trudeau was accompanied at the Friday dinner by …" after a
		// lead that gave the dinner no day: the day it was.
		attendedOnDay(c, dates[:countBefore(dates, dayTo)], dayFrom, a.pubDate)
	}
	before := slices.Clone(c.slugs)
	c.join(added...)
	a.spreadAttendance(si, c, before, added, 1)
	a.markListed(c, si)
	return true
}

var sideContrasts = set("while", "whereas")

// ownMeetingVerbs tell a meeting of the sentence's own before a "who was
// joined by" that speaks of its host.
var ownMeetingVerbs = set("met", "called", "received", "hosted", "held", "visited", "welcomed")

// partyOnTheTrip reports whether a list of companions ends "among others"
// or "and other senior officials": a travelling party too long to name.
// (Set against the other side's, "Marcos was joined by A, while Xi was
// accompanied by Wang Yi and other officials" names who sat at the table.)
func partyOnTheTrip(t []token) bool {
	if hasAny(t, 0, len(t), sideContrasts) {
		return false
	}
	for j := 0; j+1 < len(t); j++ {
		if t[j].key == "among" && t[j+1].key == "others" || t[j].key == "and" && t[j+1].key == "other" {
			return true
		}
	}
	return false
}

// withUnnamedGroup reports whether a sentence tells a meeting "with leaders
// of Lào Cai province", "with representatives of …": people it does not name.
func withUnnamedGroup(t []token) bool {
	for j := 0; j+1 < len(t); j++ {
		if t[j].key == "with" && groupObjects[t[j+1].key] {
			return true
		}
	}
	return false
}

// deniedReport reports whether the meeting at start is told in a "that"
// clause someone denied: "rejected a report that X and Y had held a private
// meeting", "denied that the two had met".
func deniedReport(t []token, start int) bool {
	for j := start - 1; j >= 0 && j >= start-30; j-- {
		switch t[j].key {
		case ".", ";":
			return false
		case "that":
			// "rejected as completely fabricated social media posts
			// claiming that Hun Manet held a secret meeting with Thaksin":
			// after a claim, the denial may stand further back.
			claimed := claimWords[key(t, j-1)]
			from := j - 8
			if claimed {
				from = 0
			}
			for k := j - 1; k >= 0 && k >= from; k-- {
				if denyWords[t[k].key] || claimed && falsityWords[t[k].key] || correctionWords[t[k].key] ||
					t[k].key == "version" && key(t, k-1) == "earlier" { // "An earlier version of this article stated that X called on Y"
					return true
				}
			}
			return false
		}
	}
	return false
}

var denyWords = set("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")

// claimWords before "that" report what someone asserts; falsityWords call it
// untrue.
var (
	claimWords   = set("claiming", "claimed", "claims", "alleging", "alleged", "allegations", "rumours", "rumors", "saying", "suggesting")
	falsityWords = set("fabricated", "false", "fake", "baseless", "untrue", "groundless", "unfounded")
	// correctionWords say a report that follows was wrong: "incorrectly
	// reported that".
	correctionWords = set("incorrectly", "wrongly", "mistakenly", "erroneously")
)

// accompaniedSubjectOnly reports whether the sentence opens "The
// President was accompanied by" or "Prime Minister Hun Manet was
// accompanied by": the visitor alone, with no meeting named.
func accompaniedSubjectOnly(t []token, ms []mention, apart bool) bool {
	if key(t, 0) == "the" && key(t, 2) == "was" && key(t, 3) == "accompanied" && key(t, 4) == "by" {
		return true
	}
	if !apart {
		// "… met with Lee Hsien Loong. Samdech Thipadei was accompanied
		// by H.E. Sok Chenda Sophea": at that meeting.
		return false
	}
	for _, m := range ms {
		if m.slug != "" && m.start <= 3 && key(t, m.end) == "was" && key(t, m.end+1) == "accompanied" && key(t, m.end+2) == "by" {
			return !slices.ContainsFunc(t[:m.start], func(tk token) bool { return !tk.word || !tk.upper })
		}
	}
	// "Mr Wong was accompanied by …" in a story of two Wongs: a name the
	// article leaves unresolved is still the sentence's only subject.
	if len(t) == 0 || !t[0].word || !t[0].upper {
		return false
	}
	for w := 2; w <= 4 && w < len(t); w++ {
		if !t[w-1].word || !t[w-1].upper {
			return false
		}
		if key(t, w) == "was" && key(t, w+1) == "accompanied" && key(t, w+2) == "by" {
			return true
		}
	}
	return false
}

// visitCompany reports whether the meeting c ends a visit told as held
// meetings of one guest with three hosts or more: company named after that
// went along on the whole visit.
func (a *article) visitCompany(c *cand) bool {
	hosts := map[string]bool{}
	for _, p := range a.cands {
		if p.m.Status != relbot.StatusPast || len(p.slugs) != 2 {
			continue
		}
		for _, s := range c.slugs {
			if slices.Contains(p.slugs, s) {
				for _, o := range p.slugs {
					if o != s {
						hosts[o] = true
					}
				}
			}
		}
	}
	return len(hosts) >= 3
}

// atFeast reports whether "at the banquet" (a dinner, a reception) follows
// at i: "A and B were among those present at the banquet" for the Games'
// many guests sat in the hall, not at the meeting told before it.
func atFeast(t []token, i int) bool {
	if key(t, i) != "at" || key(t, i+1) != "the" {
		return false
	}
	switch key(t, i+2) {
	case "banquet", "dinner", "reception", "gala", "luncheon", "lunch":
		return true
	}
	return false
}
