package meeting

// Dates: the day a meeting was held, read from its clause, the dateline or
// the story told so far, and which earlier meeting a later sentence means.

import (
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

// monthAheadInClause reports whether d, a month written without its year
// that is still to come this year, sits in a clause of its own (", as", ",
// when") after the verb of meeting at end: "Hong met Georgieva …, as
// Vietnam races to negotiate a deal before a tariff is due to take effect in
// July" dates the tariff, not the meeting (nor a meeting last July).
func (a *article) monthAheadInClause(t []token, end int, d dateExpr) bool {
	if d.start < end || d.past.Day != 0 || d.past.Month == 0 || d.past == d.future || d.future.Year != a.pubDate.Year {
		return false
	}
	for j := end; j+1 < d.start; j++ {
		if t[j].key == "," && aheadClauseWords[t[j+1].key] {
			return true
		}
	}
	return false
}

// tripAsideDate reports whether the date d after the meeting's verb (end)
// stands in a relative clause about the trip: "talks in Seoul, which took
// place as part of Austin's two-day trip that began Monday". The trip's days
// are not the meeting's.
func tripAsideDate(t []token, end int, d dateExpr) bool {
	trip := false
	for j := d.start - 1; j >= end; j-- {
		switch {
		case tripNouns[t[j].key]:
			trip = true
		case t[j].key == ",":
			return trip && (key(t, j+1) == "who" || key(t, j+1) == "which")
		}
	}
	return false
}

var aheadClauseWords = set("as", "before", "when", "until", "while")

// dateOf dates a new meeting: the date nearest the trigger in its clause,
// else the date of the report that gives it in reported speech, else the
// dateline, else the lead's date.
func (a *article) dateOf(c *cand, t []token, h hit, dates, reported []dateExpr) {
	if len(dates) == 0 && len(reported) > 0 && (hasAny(t, h.start-3, h.start, priorWords) || afterSubject(t, h.start) || whileSaying(t, h.start)) {
		dates = reported
	}
	if len(dates) > 0 {
		// "discussed … the Philippines' hosting of the ASEAN chairmanship
		// in 2026": a year to come after the verb is a thing's, not the
		// meeting's, which the story dates.
		kept := dates[:0:0]
		for _, d := range dates {
			if !(d.start >= h.end && d.past.Day == 0 && d.past.Year > a.pubDate.Year && thingsDate(t, d.start)) && !sidelinesSpan(t, h.end, d) && !otherEventsDay(t, h.end, d) && !a.monthAheadInClause(t, h.end, d) && !tripAsideDate(t, h.end, d) && !spanOfOtherClause(t, h, d, dates) && !aheadOfEvent(t, h, d) && !(d.start > h.end+3 && key(t, h.end) == "on" && thingMadeOn(t, d.start)) {
				kept = append(kept, d)
			}
		}
		dates = kept
	}
	after := false // a date written after the verb of meeting
	for _, d := range dates {
		after = after || d.start >= h.end && !(d.leadsClause && d.end > h.start)
	}
	best, bestDist := -1, 1<<30
	for k, d := range dates {
		if d.leadsClause && d.end > h.start {
			continue // "met Xi a day after arriving": another verb's
		}
		dist := d.start - h.end
		if d.end <= h.start {
			dist = h.start - d.end + 1
			if after && saidOn(t, d.start) {
				// "Hun Sen said on Saturday he had talked by telephone
				// with Sonexay on Friday evening": the saying's day
				// yields to one written after the verb of meeting,
				// however far the list of titles puts it.
				dist += 100
			}
			if after && followingAfterComma(t, d.end, h.start) {
				// "agreed to resume negotiations next year, following a
				// meeting between A and B in Jeddah yesterday": the main
				// clause's date yields to the meeting's own.
				dist += 100
			}
			if after && andVerbBetween(t, d.end, h.start) {
				// "had arrived on Monday evening and held talks with
				// Anwar … on Tuesday": the arrival's day yields to the
				// talks' own.
				dist += 20
			}
		}
		if dist < 0 {
			dist = 0
		}
		if len(dates) > 1 && key(t, d.end) == "'s" && !meetingNouns[key(t, d.end+1)] && !gatherings[key(t, d.end+1)] {
			// "Prabowo, the chief guest at Sunday's Republic Day
			// celebrations, held talks with Modi on Saturday": the
			// possessive dates another event ("At Monday's meeting"
			// dates this one).
			dist += 20
		}
		if len(dates) > 1 && spanToNow(t, d) && slices.ContainsFunc(dates, func(o dateExpr) bool { return o.past.Day != 0 }) {
			// "on Monday thanked the US for its response to the typhoons
			// of the past month, as he received Austin": the month is how
			// long the storms went on, the day is the meeting's, however far
			// the clause about the storms puts it.
			dist += 100
		}
		if len(dates) > 1 && thingsDate(t, d.start) {
			// "the first meeting under Laos' chairmanship in 2024, took
			// place today": the year is the chairmanship's.
			dist += 20
		}
		if d.past.Month == 0 && slices.ContainsFunc(dates, func(o dateExpr) bool { return o.past.Day != 0 && o.past.Year == d.past.Year && !o.anaphoric }) {
			// "On the 14th, the department held a meeting with … to review
			// cooperation in 2023": the day, not the year it falls in.
			dist += 20
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 && dates[best].past.Day == 0 && !dates[best].anaphoric && !dates[best].past.IsZero() {
		// "Earlier this week, A met B … on Tuesday": the day within the
		// span, written further from the verb.
		for k, d := range dates {
			if k != best && d.past.Day != 0 && !d.anaphoric && !d.aheadOnly && !d.leadsClause && d.start >= h.end && d.start-h.end <= 16 &&
				!d.past.Start().Before(dates[best].past.Start()) && !d.past.End().After(dates[best].past.End()) {
				best = k
				break
			}
		}
	}
	if best >= 0 {
		d := dates[best]
		c.explicit = true
		// A date far from the verb, or not beside a noun of meeting, may be
		// another verb's: "lost her majority yesterday after the leak of her
		// phone conversation with Hun Sen".
		c.loose = bestDist > 10 || h.tr.form == trigNoun && bestDist > 3
		// "returned to Tokyo on Friday from Vladivostok, where he held
		// talks with Putin": the day is the return's, and "During the
		// talks on Thursday" later gives theirs. So is the day of saying:
		// "Dar on Thursday said he had spoken by telephone with Cuong …
		// The call took place on Wednesday night."
		c.borrowed = d.end <= h.start && (hasAny(t, d.end, h.start, whereWord) || hasAny(t, d.end, h.start, saidWords))
		switch {
		case d.anaphoric:
			if c := nextComma(t, d.end); d.leadsClause && opensClause(t, d.start) && c > 0 && c < h.start {
				// "A day after receiving Barrett, Listyo held a video
				// conference": the main clause is the day after the
				// meeting the phrase recalls.
				d.sameDay = -d.sameDay
			}
			base := a.anchor
			if e, ok := earlierInSentence(dates, d); ok {
				// "arrived in Vientiane last Thursday and held talks the
				// same afternoon": the day the sentence just gave.
				base = e.past
				if d.start-e.end <= 1 && h.start-d.end > 3 {
					// "On April 4, a day before the summit": the same day
					// told twice; not "on Tuesday, one day after holding
					// talks with Hun Sen", which dates the talks.
					d.sameDay = 0
				}
			} else if a.sameAsLastSentence(t, c.sent, d) {
				// "The push began Monday, when the U.S. and Mexico
				// announced a deal. That same day, Trudeau spoke with
				// Trump by phone": the day the sentence before gave.
				base = a.givenDay
			} else if p := a.afterMeetingBeforeStory(t); p != nil {
				// "After the palace talks, the premier called on the Senate
				// President in the afternoon": the talks' afternoon.
				base = p.m.Date
			} else if a.freshNarrative(c.sent) {
				// "Xi arrived yesterday afternoon. The King received him
				// later in the afternoon": the day the story moved to.
				base = a.narrative
				if a.narrNight && d.sameDay == 0 && (key(t, d.end-1) == "morning" || key(t, d.end-1) == "afternoon") && key(t, d.start) == "in" {
					// "arrived on Tuesday night. … In the afternoon, he
					// called on the Prime Minister": the next day's.
					base = relbot.DateOf(base.Start().AddDate(0, 0, 1))
				}
			} else if p := a.lastHeld(); p != nil && p.sent == c.sent && d.start < h.start && p.explicit && !a.tail {
				// "A day earlier, Rubio had telephoned A and B in separate
				// calls": the second call is the first's day, not a day
				// before it.
				base, d.sameDay = p.m.Date, 0
			} else if p := a.lastHeld(); p != nil && (p.m.Status == relbot.StatusPast || a.anchor.IsZero()) {
				// "On the same day" counts from the meeting the story
				// reports, not from one recalled in passing: with none
				// held yet, "In the afternoon Macron met To Lam again"
				// after a recalled visit is the story's day.
				base = p.m.Date
				if base.Day == 0 {
					// "… after their meeting in San Francisco earlier this
					// month. On the same day, Quân called on …": a day,
					// the one the story last gave.
					if q := a.lastHeldOnDay(); q != nil {
						base = q.m.Date
					}
				}
			}
			if base.IsZero() {
				base = a.leadReportDay()
			}
			if base.Day != 0 && d.sameDay != 0 {
				base = relbot.DateOf(base.Start().AddDate(0, 0, d.sameDay))
			}
			c.m.Date = base
		case c.m.Status == relbot.StatusPlanned || d.aheadOnly && !laterTodayHeld(t, h, d):
			c.m.Date = d.future
			if c.m.Status == relbot.StatusPast {
				c.m.Status = relbot.StatusPlanned
			}
		default:
			c.m.Date = d.past
			if c.m.Status == relbot.StatusPast && (a.old(d.past) || a.earlierPeriod(d.past) || a.beforeStory(d.past)) {
				c.m.Status = relbot.StatusBackground
			}
		}
		return
	}
	if c.m.Status != relbot.StatusPast {
		return
	}
	if a.givenSent == c.sent-1 && c.sent > 0 && !a.given.IsZero() && thatOccasion(t) && a.given.Before(a.pubDate) {
		// "… hosted the General Assembly in Vientiane last month. During
		// that meeting he held talks with X": that event's time, recalled
		// when older than a recent day ("were handed over on September 20
		// … At that ceremony": held, that day).
		c.m.Date = a.given
		if a.given.Day == 0 || a.old(a.given) {
			c.m.Status = relbot.StatusBackground
		}
		for _, p := range a.cands {
			if p != c && p.sent == c.sent-1 && p.m.Date == a.given {
				// "… received Muhyiddin on Feb. 5. At that meeting, the
				// two leaders agreed …": the meeting just told, as told.
				c.m.Status = p.m.Status
			}
		}
		return
	}
	if a.givenDaySent == c.sent-1 && a.lastNamedSent == c.sent-1 && c.sent > 0 && !a.old(a.givenDay) && a.givenDay.Before(a.pubDate) &&
		countedGroupAt(t, 0, len(c.slugs), 0, 2) && subset(c.slugs, a.lastNamed) {
		// "… on Sunday when he and Anutin signed a ceasefire, in a
		// ceremony witnessed by Trump and Anwar. The four leaders held
		// talks before the signing": the people the sentence before
		// named, on the day it gave.
		c.m.Date = a.givenDay
		return
	}
	if a.givenSent == c.sent-1 && c.sent > 0 && a.given.Day != 0 && a.old(a.given) {
		// "Xi's visit on April 17–18 was his first in nine years. In Phnom
		// Penh, he held talks with Hun Manet": the sentence before dated
		// the story weeks back, and this one goes on there.
		c.m.Date, c.m.Status = a.given, relbot.StatusBackground
		return
	}
	if p := a.recalledJustBefore(c, t, h); p != nil {
		// "Xi held talks with Manet on April 17 … The Chinese leader also
		// met Hun Sen during the two-day trip": the same recalled visit,
		// not the story's day.
		c.m.Date, c.m.Status = p.m.Date, relbot.StatusBackground
		return
	}
	if d, ok := a.storyDay(c, t, h); ok {
		c.m.Date = d
		return
	}
	if p := a.lastHeld(); p != nil && p.m.Status == relbot.StatusPast && p.m.Date.Day != 0 && c.sent-p.sent <= 3 && c.sent > p.sent &&
		len(c.slugs) >= 2 && (subset(c.slugs, p.slugs) || subset(p.slugs, c.slugs)) {
		// "Hun Sen welcomed the Vietnamese guests and said …" retells the
		// meeting just told, on its day.
		c.m.Date = p.m.Date
		return
	}
	switch {
	case a.leadDay.Day != 0 && c.sent > a.dlSent && (c.sent <= a.dlSent+2 || a.narrative.IsZero()):
		// "Phnom Penh, August 18 (AKP) -- Hun Sen and Thongloun agreed
		// yesterday … The agreement was reached during talks at the Peace
		// Palace, where Hun Sen received …": the lead's day.
		c.m.Date = a.leadDay
	case a.leadSaid.Day != 0 && c.sent > a.dlSent && c.sent <= a.dlSent+2:
		// "A and B on Sunday announced a deal. The announcement was made
		// at a joint press conference following a bilateral meeting": the
		// day the lead said it, before the dateline's.
		c.m.Date = a.leadSaid
	case !a.dlDate.IsZero():
		c.m.Date = a.dlDate
	case !a.anchor.IsZero():
		c.m.Date = a.anchor
	default:
		// "Vladimir Putin held talks in the Kremlin with …" with no day
		// anywhere: a report without a date tells the day it is published
		// (the month alone was right for fewer of the labelled sets).
		c.m.Date = a.pubDate
	}
}

var whereWord = set("where")

// recalledJustBefore returns the meeting the sentence before recalled when
// c's sentence goes on with "also" and one of its participants, and no
// meeting held on the story's day with them was told in the four sentences
// before.
func (a *article) recalledJustBefore(c *cand, t []token, h hit) *cand {
	if key(t, h.start-1) != "also" || c.sent == 0 {
		return nil
	}
	var recalled *cand
	for k := len(a.cands) - 1; k >= 0; k-- {
		p := a.cands[k]
		if p == c || p.sent >= c.sent {
			continue
		}
		if p.sent < c.sent-4 {
			break
		}
		if !overlaps(c.slugs, p.slugs) {
			continue
		}
		if p.m.Status != relbot.StatusBackground || p.sent < c.sent-1 {
			// "The same day, Trump met Phúc. Phúc was received at the
			// White House in May. The US President also met Trọng": the
			// day's round goes on past the recalled aside.
			if p.m.Status == relbot.StatusPast {
				return nil
			}
			continue
		}
		recalled = p
	}
	return recalled
}

// spanToNow reports whether d is a stretch of time up to the story's day:
// "over the past month", "during the past year", "of the past week".
func spanToNow(t []token, d dateExpr) bool {
	if key(t, d.start) != "past" || key(t, d.start-1) != "the" {
		return false
	}
	switch key(t, d.start-2) {
	case "over", "during", "in", "for", "throughout", "of":
		return true
	}
	return false
}

// earlierInSentence returns the day a sentence gave before its anaphoric
// date d, if any.
func earlierInSentence(dates []dateExpr, d dateExpr) (dateExpr, bool) {
	for k := len(dates) - 1; k >= 0; k-- {
		if e := dates[k]; e.end <= d.start && !e.anaphoric && !e.aheadOnly && e.past.Day != 0 {
			return e, true
		}
	}
	return dateExpr{}, false
}

// storyDay dates a held meeting its sentence leaves undated from the story
// around it, each helper asked once.
func (a *article) storyDay(c *cand, t []token, h hit) (relbot.Date, bool) {
	if key(t, 0) == "on" && key(t, 1) == "the" && key(t, 2) == "eve" && key(t, 3) == "of" {
		// "On the eve of the meeting, Saleumxay held a bilateral meeting
		// with Wang Yi": the day before the one the story reached, or
		// the one just told.
		if a.freshNarrative(c.sent) && a.narrative.Day != 0 {
			if a.narrHeading {
				return a.narrative, true
			}
			return relbot.DateOf(a.narrative.Start().AddDate(0, 0, -1)), true
		}
		if p := a.lastHeld(); p != nil && p.m.Status == relbot.StatusPast && p.m.Date.Day != 0 && p.sent != c.sent {
			return relbot.DateOf(p.m.Date.Start().AddDate(0, 0, -1)), true
		}
	}
	if p := a.afterMeetingBeforeStory(t); p != nil {
		return p.m.Date, true
	}
	if a.freshNarrative(c.sent) {
		return a.narrative, true
	}
	if p := a.prevDated(c.sent); p != nil && !leadIns[key(t, 0)] {
		// "Trọng arrived on February 25 and was welcomed by the King. The
		// King held talks with him": the next sentence goes on that day.
		return p.m.Date, true
	}
	if hasAny(t, max(h.start-3, 0), h.start, sequel) || (key(t, h.start-2) == "where" || key(t, h.start-3) == "where") && hasAny(t, 0, min(6, h.start), sequel) {
		// "The minister then went to the Grand Serail, where he held
		// talks with …": the sequel is the going's.
		// "On 14 January, Balakrishnan called on Sonexay. … Balakrishnan
		// also held a meeting with Thongsavanh": the same day goes on.
		if p := a.lastExplicit(c.sent, true); p != nil {
			return p.m.Date, true
		}
	}
	last := a.lastExplicit(c.sent, false)
	if continuation[key(t, 0)] && key(t, 1) == "," && last != nil {
		// "Earlier, Albanese shared a breakfast meeting with Anwar": the
		// day of the meeting just told.
		return last.m.Date, true
	}
	if p := a.afterMeeting(t); p != nil {
		// "After the talks with the Prime Minister, Xi met Hun Sen": the
		// day of those talks.
		return p.m.Date, true
	}
	if key(t, 0) == "on" && (key(t, 1) == "the" || key(t, 1) == "its") && key(t, 2) == "sidelines" {
		// "On the sidelines, Thongloun held separate meetings with …":
		// the day of the meeting just told, whose sidelines they were;
		// after "On Tuesday, Chinh addressed a forum", that day's.
		if a.freshNarrative(c.sent) && a.narrative.Day != 0 {
			return a.narrative, true
		}
		if p := a.lastHeld(); p != nil && p.m.Status == relbot.StatusPast && p.m.Date.Day != 0 {
			return p.m.Date, true
		}
	}
	if a.narrAt >= 0 && !a.narrative.IsZero() && last != nil && last.m.Date == a.narrative {
		// A diary under "TUESDAY, MARCH 10": "After lunch the President
		// went to the Senate, where he was received by Hun Sen" goes on
		// the day the story reached.
		return a.narrative, true
	}
	return relbot.Date{}, false
}

// advance moves the story's day to the last day sentence t gives, when that
// day is recent and not after publication: a trip report tells its days in
// order ("arrived on the afternoon of July 12. … the King held talks with
// the President"), and a sentence without a date happens on the day the
// story has reached. A sentence about plans or about the past moves nothing,
// nor does one that reports a meeting: that meeting dates what follows.
func (a *article) advance(t []token, dates []dateExpr, before int) {
	heading := datedHeading(t, dates)
	if len(a.cands) > before && !heading {
		return
	}
	relative := false // "landing at the airport, whose runway had been cracked by the quake": the place's past, no pluperfect of the story's
	for k, tk := range t {
		if tk.key == "where" {
			break // "On Tuesday, Chinh addressed a forum, where he said Vietnam wanted …": what was said is no plan of the story's
		}
		if tk.key == "whose" && key(t, k-1) == "," {
			relative = true
		}
		if (tk.key == "plan" || tk.key == "plans") && determiners[key(t, k-1)] {
			continue // "spoke about … its plan to export": a thing spoken of, no plan of the story's
		}
		if tk.key == "ahead" && key(t, k+1) == "of" {
			continue // "to convey greetings ahead of Tet": a time before a feast, no plan
		}
		if plannedWords[tk.key] || tk.key == "had" && !relative && !spentInMeetings(t) && !tripHadBegun(t, k) || tk.key == "recalled" {
			return
		}
	}
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if day, ok := a.nextDayOpening(d); ok {
			// "The following morning, the delegation travelled to O Yadav.
			// District Governor C welcomed the guests": the story moved a
			// day on from the meeting it last told.
			a.narrative, a.narrAt, a.narrHeading, a.narrNight = day, len(a.cands), heading, false
			return
		}
		if d.anaphoric || d.aheadOnly || d.past.Day == 0 || a.old(d.past) || d.past.Start().After(a.pubDate.Start()) {
			continue
		}
		if p := a.lastHeld(); p != nil && p.m.Status == relbot.StatusPast && p.m.Date.Day != 0 && d.past.Start().Before(p.m.Date.Start().AddDate(0, 0, -3)) && !tellsMeetings(t) {
			// "Typhoon Yagi made landfall on September 7" after talks on
			// the 12th: a past event told for context, not a day the
			// story moved back to ("The week began on Monday with a pair
			// of phone calls" is one).
			continue
		}
		if whoAside(t, d.start) {
			// "To Lam, who arrived in Seoul on Sunday, is the first …":
			// an aside about a person; the story stays where it was.
			continue
		}
		if heldModifierDate(t, d.start) {
			// "thanked him for his delegation's part in the preparatory
			// meetings held on Monday": the day of a thing spoken of.
			continue
		}
		if whereClauseDate(t, dates, k) {
			// "arrived on Saturday morning and travelled to Mashiki, where
			// houses collapsed in the first quake on April 14": the
			// place's past, the sentence's own day told before it.
			continue
		}
		if possessiveDate(t, d) {
			// "relief for survivors of Friday night's earthquake": the day
			// of a thing named, not one the story moved to.
			continue
		}
		if stampedAt(t, d.start) {
			// "China Daily | Updated: 2026-01-24 09:10": when the page
			// was written, not a day the story moved to.
			continue
		}
		if k := key(t, d.start-1); k == "from" || k == "between" {
			// "is paying an official visit from December 8 to 11": the
			// visit's span, not a day the story moved to.
			continue
		}
		if statementNouns[key(t, d.start-1)] || key(t, d.start-1) == "on" && statementNouns[key(t, d.start-2)] {
			// "In a statement today, the ministry said …": the day of the
			// report, not one the story moved to.
			continue
		}
		if hasAny(t, 0, d.start, saidWords) {
			// "Hun Sen welcomed the guests and said the CPP treasures
			// Viet Nam's support … in Cambodia's construction today": a
			// day of what was said, not of the story.
			continue
		}
		a.narrative, a.narrAt, a.narrHeading = d.past, len(a.cands), heading
		a.narrNight = arrivedAtNight(t, d)
		return
	}
}

// tripHadBegun reports whether "had" at k says when the trip the story
// follows began: "The visit had opened on Wednesday afternoon with military
// honours" takes the story back to that day, no older past.
func tripHadBegun(t []token, k int) bool {
	return tripBeginVerbs[key(t, k+1)] && hasAny(t, 0, k, tripNouns)
}

var tripBeginVerbs = set("opened", "begun", "started", "kicked")

// whereClauseDate reports whether dates[k] stands in a clause ", where …"
// after another day of the sentence's own.
func whereClauseDate(t []token, dates []dateExpr, k int) bool {
	w := -1
	for j := 1; j < dates[k].start; j++ {
		if t[j].key == "where" && t[j-1].key == "," {
			w = j
			break
		}
	}
	if w < 0 {
		return false
	}
	for _, d := range dates[:k] {
		if d.end <= w && d.past.Day != 0 && !d.anaphoric {
			return true
		}
	}
	return false
}

// possessiveDate reports whether the date d is written as a possessive
// before a noun: "Friday's talks", "Friday night's earthquake".
func possessiveDate(t []token, d dateExpr) bool {
	e := d.end
	if isPartOfDay(key(t, e)) {
		e++
	}
	return key(t, e) == "'s" // keys fold "’s" to "'s"
}

// heldModifierDate reports whether the date at i follows "held on" that
// describes a noun ("the preparatory meetings held on Monday"), not a
// sentence's own verb ("were held on Monday").
func heldModifierDate(t []token, i int) bool {
	if key(t, i-1) != "on" || key(t, i-2) != "held" || i < 3 {
		return false
	}
	b := t[i-3]
	// "In the 17-minute call held on Sunday evening": the meeting told, whose
	// day the story is at.
	return b.word && !b.upper && !beAux[b.key] && !passiveAux[b.key] && !subjectPronouns[b.key] && b.key != "and" && !definiteMeetingNouns[b.key]
}

// thingMadeOn reports whether the date at i is that of a thing the words
// before it name, by a participle after its noun: "on the Kunming-Montreal
// Framework adopted in Canada in December" ("A and B signed in Hanoi on
// Friday" is a verb of the meeting's subjects, and keeps its day). Only a
// topic of the talks ("held discussions on …") is read so: "met to review
// the accord signed in 2019" may tell a meeting of that year.
func thingMadeOn(t []token, i int) bool {
	k := i - 1
	if key(t, k) == "in" || key(t, k) == "on" {
		k--
	}
	// "adopted in Canada in December": a place of up to four words first.
	named := k
	for k >= 0 && named-k < 4 && t[k].upper && t[k].word {
		k--
	}
	if k < named {
		if key(t, k) != "in" {
			return false
		}
		k--
	}
	return madeAfterNoun(t, k)
}

// madeAfterNoun reports whether the participle at k follows a thing's noun
// ("the framework adopted"), no subject or auxiliary of a verb ("A and B
// signed", "was signed").
func madeAfterNoun(t []token, k int) bool {
	if k < 1 || !madeParticiples[key(t, k)] || !t[k-1].word {
		return false
	}
	b := t[k-1].key
	return !beAux[b] && !passiveAux[b] && !subjectPronouns[b] && b != "and" && b != "also" && b != "jointly" && b != "had" && b != "have" && b != "has"
}

// madeParticiples follow a thing's noun to say when it was made.
var madeParticiples = set("adopted", "signed", "reached", "established", "launched", "ratified", "concluded", "agreed", "unveiled", "approved")

// arrivedAtNight reports whether date d is the night someone arrived:
// "arrived on Tuesday night", "arrived late on Tuesday".
func arrivedAtNight(t []token, d dateExpr) bool {
	night := false
	for _, k := range []int{d.end - 1, d.end, d.start - 1, d.start - 2} {
		night = night || key(t, k) == "night" || key(t, k) == "late"
	}
	return night && hasAny(t, max(d.start-4, 0), d.start, arrivalVerbs)
}

var arrivalVerbs = set("arrived", "arrives", "landed")

// stampedAt reports whether the date at i is a page's time stamp:
// "Updated: 2026-01-24 09:10", "Published on 24 January".
func stampedAt(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if stampWords[t[j].key] {
			return true
		}
	}
	return false
}

var stampWords = set("updated", "published", "posted", "modified")

// spentInMeetings reports whether t tells a day spent in meetings, "had
// spent Wednesday evening in back-to-back bilateral meetings": the pluperfect
// steps the story back to that day, and the talks the next sentence names
// were held on it, not a meeting recalled from years before.
func spentInMeetings(t []token) bool {
	for k := range t {
		if t[k].key == "spent" && key(t, k-1) == "had" {
			for j := k + 1; j < len(t) && j < k+12; j++ {
				if meetingNouns[t[j].key] {
					return true
				}
			}
		}
	}
	return false
}

// datedHeading reports whether t is a heading line that opens with its day:
// "MARCH 10 – TALKS WITH PRESIDENT PRABOWO", "Day 2, Tuesday 11 March". The
// lines under it are that day's, whatever the heading itself names.
func datedHeading(t []token, dates []dateExpr) bool {
	if len(t) == 0 || len(t) > 16 || !t[len(t)-1].word || len(dates) == 0 || dates[0].start > 3 || dates[0].past.Day == 0 {
		return false
	}
	if dates[0].start == 0 && key(t, dates[0].end) == ":" {
		return true // "Monday: President welcomes Cambodia's new leader"
	}
	for _, tk := range t {
		if tk.word && !tk.upper && !smallWords[tk.key] && (tk.key[0] < '0' || tk.key[0] > '9') {
			return false // a sentence that has lost its stop, not a heading
		}
	}
	return true
}

// smallWords stay lower-case in a title-case heading.
var smallWords = set("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by")

// saidWords report speech: a day after them is what was said. (Narrower
// than saying's reporting verbs on purpose: "praised", "announced", "told"
// head sentences whose days are the story's.)

var saidWords = set("said", "says", "stressed", "affirmed", "noted", "explained", "emphasised", "emphasized", "underlined", "recalled", "told", "added", "reiterated", "pointed")

// whoAside reports whether token i lies in ", who …," closed by a comma
// before the sentence goes on, or in ", which …" to its end ("the
// consultation, which was held on Monday."): what it tells is about someone
// or something else than the story's next step.
func whoAside(t []token, i int) bool {
	for j := i - 1; j >= 1; j-- {
		if t[j].key == "," {
			switch key(t, j+1) {
			case "who":
				for k := i + 1; k < len(t); k++ {
					if t[k].key == "," {
						// (past a quote the aside closes: `… had "never
						// bought rice," met Ishiba`)
						return k+1 < len(t) && (t[k+1].word || doubleQuoteMark(t[k+1].key) && k+2 < len(t) && t[k+2].word)
					}
				}
			case "which":
				for k := i + 1; k < len(t); k++ {
					if t[k].key == "," || t[k].key == ";" {
						return false
					}
				}
				return true
			}
			return false
		}
	}
	return false
}

// thenTitled reports whether a person named from lo to hi holds an office
// "then": "then Cambodian prime minister Hun Sen", "then-President Obama".
func thenTitled(t []token, ms []mention, lo, hi int) bool {
	for _, m := range ms {
		if m.slug == "" || m.start < lo || m.start >= hi {
			continue
		}
		for j := max(m.start-1, lo); j < m.end && j < len(t); j++ {
			if strings.HasPrefix(t[j].key, "then-") {
				return true
			}
		}
		// "then Cambodian prime minister Hun Sen": an office written in
		// lower case after "then", not "and then President Lula met …".
		lower := false
		for j := m.start - 1; j >= lo && j >= m.start-5 && t[j].word; j-- {
			if t[j].key == "then" && !t[j].upper {
				if lower {
					return true
				}
				break
			}
			if !t[j].upper && officeVocabulary[t[j].key] {
				lower = true
			}
		}
	}
	return false
}

// unnamedSubject reports whether the verb at verb has for subject people
// named by what they are, not by name: "Vietnamese leaders held talks",
// "Officials met".
func unnamedSubject(t []token, lo, verb int) bool {
	k := verb - 1
	for k > lo && (t[k].key == "also" || t[k].key == "then" || t[k].key == "later" || t[k].key == "have" || t[k].key == "had" || t[k].key == "has") {
		k--
	}
	if k < lo || !t[k].word {
		return false
	}
	switch t[k].key {
	case "leaders", "officials", "representatives", "authorities", "delegates", "lawmakers", "ministers", "executives", "diplomats", "envoys", "sides", "delegations":
		return true
	case "it":
		// "In the past nine months it has hosted both Biden and Xi": the
		// country that hosted them.
		return true
	}
	return endingAt(countries, t, k+1) >= lo // "Vietnam has hosted both Biden and Xi"
}

// namedIn returns the people named from lo to hi, not found by an office.
func namedIn(ms []mention, lo, hi int) []string {
	var out []string
	for _, m := range ms {
		if m.slug != "" && !m.excluded && !m.byRole && m.start >= lo && m.start < hi {
			out = append(out, m.slug)
		}
	}
	return out
}

// sidelinesSpan reports whether d is a span ("this week") in the phrase of
// the event whose sidelines the meeting was on: "on the sidelines of the
// ministerial meetings hosted by Laos this week" dates those meetings, not
// the one of the verb, which the story's day dates.
func sidelinesSpan(t []token, from int, d dateExpr) bool {
	if d.past.Day != 0 || d.past != d.future || d.aheadOnly || d.start < from || key(t, d.start) != "this" {
		return false
	}
	for j := d.start - 1; j >= from; j-- {
		if !t[j].word && t[j].key != "-" && t[j].key != "'" {
			return false
		}
		if t[j].key == "sidelines" || t[j].key == "margins" || t[j].key == "sideline" {
			return true
		}
	}
	return false
}

// sameAsLastSentence reports whether d, opening the sentence si with "that
// same day", points back at the day the sentence before named, where no
// meeting was told. ("On the same day" goes on from the last meeting told:
// read from the sentence before, it put one more planned meeting among the
// held in an older set.)
func (a *article) sameAsLastSentence(t []token, si int, d dateExpr) bool {
	if d.sameDay != 0 || d.start > 1 || key(t, d.start) != "that" || !hasAny(t, d.start, d.end, sameWord) || a.givenDaySent != si-1 || a.givenDay.Day == 0 || si == 0 || si > len(a.toks) {
		return false
	}
	if p := a.lastHeld(); p != nil && p.sent >= si-1 {
		return false
	}
	// Not a day the sentence looks ahead to ("The session, which opened
	// on Monday, is scheduled to consider …", "due to expire on April
	// 22") nor a day remembered ("the day of January 7 was the second
	// birthday of the Cambodian people").
	prev := a.toks[si-1]
	for j := range prev {
		if futureMarkers[prev[j].key] || prev[j].key == "day" && key(prev, j+1) == "of" {
			return false
		}
	}
	// A day something was done on: "The push began Monday", "Speaking
	// at a business forum organised by JETRO on Monday".
	return pastVerbBetween(prev, 0, len(prev)) || hasAny(prev, 0, len(prev), irregularPasts)
}

var irregularPasts = set("began", "met", "held", "spoke", "told", "took", "gave", "went", "came")

var sameWord = set("same")

// laterTodayHeld reports whether "later today" dates a meeting told as held
// on the day of publication: "Later today, HE Minister Al Kaabi held a
// meeting with Dr. Habeck", as state agencies write of the afternoon.
func laterTodayHeld(t []token, h hit, d dateExpr) bool {
	return key(t, d.start) == "later" && key(t, d.start+1) == "today" && h.tr.form == trigVerb &&
		pastVerb(t[h.start].key) && !hasAny(t, 0, len(t), futureMarkers)
}

// policyVerbs tell a measure taken, in a clause that dates it.
var policyVerbs = set("announced", "imposed", "unveiled", "slapped", "introduced", "launched", "opened", "began", "started", "flared", "erupted", "raised", "hiked", "lifted", "suspended", "ordered", "declared")

// otherEventsDay reports whether d, written after the verb of meeting, is
// the possessive of an event the meeting followed: "held talks with Min
// Aung Hlaing and offered relief after last week's earthquake".
// spanOfOtherClause reports whether d, a week or a month with no day, dates
// another clause than the meeting h's: "visited its reception centre,
// where migrants have been crammed since they arrived last week", or "on
// Tuesday called for justice over the killing of eight workers last week,
// as he held talks with B" beside a day of the sentence.
func spanOfOtherClause(t []token, h hit, d dateExpr, dates []dateExpr) bool {
	if d.past.Day != 0 || d.past.Month == 0 || d.anaphoric || d.leadsClause {
		return false
	}
	if d.start > h.end {
		for j := h.end; j+1 < d.start; j++ {
			if t[j].key == "," && (otherClauseOpeners[t[j+1].key] || thingParticiples[t[j+1].key]) {
				return true
			}
			if t[j].key == "since" && hasAny(t, j+1, d.start, policyVerbs) {
				// "the first talks since President Trump announced
				// tariffs earlier this month", "since the EU launched its
				// investigation last October": a measure's time, not the
				// talks'. ("since A and B signed a treaty last month"
				// may date a meeting of its own.)
				return true
			}
		}
		return false
	}
	if d.end > h.start || !slices.ContainsFunc(dates, func(o dateExpr) bool { return o.past.Day != 0 && !o.anaphoric }) {
		return false
	}
	for j := d.end; j+1 < h.start; j++ {
		if t[j].key == "," && (t[j+1].key == "as" || t[j+1].key == "while") {
			return true
		}
	}
	return false
}

// aheadOfEvent reports whether d, a time ahead of publication written after
// the verb of a meeting told in the past, dates the event an "ahead of"
// phrase names: "met Jha at the ministry, ahead of President
// Wickremesinghe's official visit to India later this week".
func aheadOfEvent(t []token, h hit, d dateExpr) bool {
	if !d.aheadOnly || d.start <= h.end || h.tr.form != trigVerb || !strings.HasSuffix(t[h.start].key, "ed") && t[h.start].key != "met" {
		return false
	}
	for j := h.end; j+1 < d.start; j++ {
		if t[j].key == "ahead" && t[j+1].key == "of" {
			return true
		}
	}
	return false
}

var otherClauseOpeners = set("where", "after", "when", "which", "who", "since")

func otherEventsDay(t []token, from int, d dateExpr) bool {
	return d.start > from && key(t, d.end) == "'s" && eventLinks[key(t, d.start-1)]
}

// unnamedLead returns the meeting a sentence or two before si reported
// without naming two of its people ("Leaders of Ratanakiri and Gia Lai met
// in Banlung"), if there is one.
func (a *article) unnamedLead(si int) *cand {
	if g := a.gathering; g != nil && si-g.sent <= 2 && len(g.slugs) < 2 {
		return g
	}
	if last := len(a.cands) - 1; last >= 0 && len(a.cands[last].slugs) < 2 && a.sentencesApart(a.cands[last].sent, si) <= 2 {
		return a.cands[last]
	}
	return nil
}

// sentencesApart counts the sentences from from to si, leaving out those
// between that quote someone and name no one: "\"We agreed that no member
// state can deal with this alone. …,\" he said" keeps the list that
// follows on the gathering told before. Only a near meeting is counted
// through.
func (a *article) sentencesApart(from, si int) int {
	n := si - from
	if n > 8 {
		return n
	}
	for k := from + 1; k < si && k < len(a.toks); k++ {
		if a.namedPerSent[k] == 0 && len(quoteMarksIn(a.toks[k])) > 0 {
			n--
		}
	}
	return n
}

// biographyAside reports whether the name at i stands in an aside about the
// subject that closes before the verb at verb and tells no company: "Mr
// Chan, who took over the defence portfolio from Dr Ng Eng Hen after the
// election, began with a meeting with Khaled Nordin".
func biographyAside(t []token, i, verb int) bool {
	open := -1
	for j := i - 1; j >= 1 && j >= i-16; j-- {
		if t[j].key == "who" && key(t, j-1) == "," {
			open = j
			break
		}
		if !t[j].word && t[j].key != "'s" && t[j].key != "-" {
			return false
		}
	}
	if open < 0 || open < 2 || !t[open-2].upper && !ageWord(t[open-2].key) {
		// "The 73-year-old, who handed the premiership to his son Hun
		// Manet in 2023, met …": an age stands for the name.
		return false
	}
	switch key(t, open+1) {
	case "accompanied", "joined", "led", "flanked":
		return false
	case "was", "were", "is", "had", "has":
		switch key(t, open+2) {
		case "accompanied", "joined", "flanked", "with":
			return false
		}
	}
	for k := i + 1; k < verb; k++ {
		if t[k].key == "," {
			return true
		}
	}
	return false
}

// companionAside reports whether the name at i is the one the subject came
// with, in an aside closed before the verb at verb: "Motegi, who accompanied
// Takaichi, met Trung" is Motegi's meeting.
func companionAside(t []token, i, verb int) bool {
	j := i - 1
	for j > 0 && i-j < 6 && t[j].upper {
		j-- // "who accompanied Prime Minister Sanae Takaichi"
	}
	switch key(t, j) {
	case "accompanied", "accompanying", "accompanies":
	case "with":
		switch key(t, j-1) {
		case "travelled", "traveled", "travelling", "traveling", "came":
			j--
		default:
			return false
		}
	default:
		return false
	}
	participle := key(t, j) == "accompanying" || key(t, j) == "travelling" || key(t, j) == "traveling"
	if k := key(t, j-1); k == "is" || k == "was" || k == "had" || k == "has" {
		j--
	}
	if !(key(t, j-1) == "who" && key(t, j-2) == "," || participle && key(t, j-1) == ",") {
		// ", who travelled with A," or ", travelling with A,"
		return false
	}
	for k := i + 1; k < verb; k++ {
		if t[k].key == "," {
			return true
		}
	}
	return false
}

// prevDated returns a held meeting the sentence before si dated in its own
// words, if there is one.
func (a *article) prevDated(si int) *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		if c.sent < si-1 {
			break
		}
		if c.sent == si-1 && c.explicit && c.m.Status == relbot.StatusPast && c.m.Date.Day != 0 {
			return c
		}
	}
	return nil
}

// afterMeeting returns the meeting a sentence's opening refers to ("After
// the talks with the Prime Minister, …"): the latest held meeting, dated to
// the day, of someone the opening names.
func (a *article) afterMeeting(t []token) *cand {
	if !leadIns[key(t, 0)] {
		return nil
	}
	end := nextComma(t, 1)
	if end < 0 || !hasAny(t, 1, end, meetingNouns) {
		return nil
	}
	ms := a.mentions(t[:end], a.anchor)
	// "After the palace talks, the premier called on …": the talks the
	// story last told, when the phrase names no one.
	definite := key(t, 1) == "the" && !slices.ContainsFunc(ms, func(m mention) bool { return m.slug != "" })
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		if c.m.Status != relbot.StatusPast || c.m.Date.Day == 0 || len(c.slugs) < 2 {
			continue
		}
		if definite {
			return c
		}
		for _, m := range ms {
			if m.slug != "" && slices.Contains(c.slugs, m.slug) {
				return c
			}
		}
	}
	return nil
}

// afterMeetingBeforeStory returns the meeting an opening "After the talks"
// names when the story has since stepped back to an earlier day: "The two
// held talks on Wednesday. Chinh had arrived late Tuesday. After the palace
// talks, he called on …" goes on the talks' day.
func (a *article) afterMeetingBeforeStory(t []token) *cand {
	p := a.afterMeeting(t)
	if p == nil || a.narrative.Day == 0 || !a.narrative.Start().Before(p.m.Date.Start()) {
		return nil
	}
	return p
}

// continuation opens a sentence that goes on the day just told.
var continuation = set("earlier", "later", "afterwards", "afterward", "meanwhile", "separately", "subsequently")

// meetingNouns name a meeting in an opening phrase: "After the talks, …".
var meetingNouns = set("talks", "meeting", "meetings", "call", "audience", "session", "summit", "reception", "lunch", "dinner", "banquet")

// lastExplicit returns the latest held meeting dated to the day within the
// three sentences before si (in its own words, when explicit is set), if
// there is one.
func (a *article) lastExplicit(si int, explicit bool) *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		if c.sent < si-3 {
			break
		}
		if c.sent < si && (c.explicit || !explicit) && c.m.Status == relbot.StatusPast && c.m.Date.Day != 0 && len(c.slugs) >= 2 {
			return c
		}
	}
	return nil
}

// otherLeg reports whether c took place on an earlier leg of a tour: before
// the day the lead reports, in the capital of another country than the one
// the article's visit is to ("Before travelling to Cambodia, Trọng paid a
// state visit to Laos, where he held talks in Vientiane").
func (a *article) otherLeg(c *cand) bool {
	if c.m.Status != relbot.StatusPast || a.visitTo == "" || c.m.Date.Day == 0 || a.anchor.Day == 0 {
		return false
	}
	code := capitalOf[c.m.Place]
	return code != "" && code != a.visitTo && c.m.Date.Start().Before(a.anchor.Start())
}

// lastHeld returns the latest dated meeting reported as held, else the
// latest dated one.
func (a *article) lastHeld() *cand {
	var any *cand
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		if c.m.Date.IsZero() || len(c.slugs) < 2 {
			// "Sudary later hosted a banquet": no one met, nothing dated.
			continue
		}
		if c.m.Status == relbot.StatusPast && !a.monthEcho(c, a.cands) {
			return c
		}
		if any == nil {
			any = c
		}
	}
	return any
}

// opensClause reports whether no word stands before i in its sentence but a
// dateline's.
func opensClause(t []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t[j].word && t[j].upper {
			continue // "PHNOM PENH -"
		}
		if t[j].word {
			return false
		}
	}
	return true
}

// inConditional reports whether the meeting at i is told inside an "if" or
// "unless" clause: back to "if" with no comma or clause break between.
func inConditional(t []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch t[j].key {
		case "if", "unless":
			return key(t, j-1) != "as" // "as if" compares; "even if" is still a condition
		case ",", ";", ".", ":":
			return false
		}
	}
	return false
}

// requestedBefore reports whether a verb of asking governs the meeting's
// noun at i: "requesting an urgent meeting", "called for talks", "sought a
// meeting with".
func requestedBefore(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		k := t[j].key
		if askingWords[k] || k == "for" && (key(t, j-1) == "called" || key(t, j-1) == "calling" || key(t, j-1) == "asked" || key(t, j-1) == "asking") {
			return true
		}
		if !t[j].word || t[j].upper {
			return false
		}
	}
	return false
}

var askingWords = set("requesting", "requested", "seeking", "sought", "proposing", "proposed", "demanding", "demanded", "floated", "floating", "mooted", "suggested", "suggesting")

// afterPreposition reports whether "after", "following" or "since" opens
// the noun phrase of the meeting's noun at i: "after the meeting between",
// "following their talks".
func afterPreposition(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch t[j].key {
		case "after", "following", "since":
			return true
		}
		if !t[j].word || t[j].upper {
			return false
		}
	}
	return false
}

// daysAfter reports whether the "after" before i counts days or hours: "a
// day after the talks between Trong and Xi" tells the visit's talks of the
// day before, not an older meeting recalled.
func daysAfter(t []token, i int) bool {
	for j := i - 1; j >= 2 && j >= i-4; j-- {
		if t[j].key == "after" {
			return dayAfterLead(t, j-2) || dayAfterLead(t, j-1)
		}
	}
	return false
}

// mainVerbBefore reports whether a verb of meeting stands before i in the
// sentence: "met on Friday, after the meeting between …" dates its own.
func mainVerbBefore(t []token, i int) bool { return triggerBetween(t, 0, i) }

// lastHeldOnDay returns the latest held meeting dated to the day, or nil.
func (a *article) lastHeldOnDay() *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		if c := a.cands[k]; c.m.Status == relbot.StatusPast && c.m.Date.Day != 0 && len(c.slugs) >= 2 {
			return c
		}
	}
	return nil
}

// leadReportDay is the day the lead says its news was spoken, when that is
// all it dates ("Hun Sen yesterday praised Japan …"), else the day of
// publication: "Earlier in the day, Hun Sen met the ambassador" is then.
func (a *article) leadReportDay() relbot.Date {
	if !a.leadSpokenDay.IsZero() {
		return a.leadSpokenDay
	}
	return a.pubDate
}

// freshNarrative reports whether the story moved to a day after the last
// meeting reported: a day given before any meeting ("arrived on July 12")
// dates the undated meeting that follows, while after a flashback ("Trump
// had arrived on November 11") and a meeting the story is back on the
// meeting's day.
func (a *article) freshNarrative(si int) bool {
	if a.narrative.IsZero() || a.narrAt < 0 || a.narrAt > len(a.cands) {
		return false
	}
	// "were greeted by senior officials" names no one met: no meeting
	// since the story's day.
	// Sentence si's own meetings do not count: "He held separate talks
	// with A, B and C" dates all three by the day the story reached.
	for _, c := range a.cands[a.narrAt:] {
		if len(c.slugs) >= 2 && c.sent != si {
			return false
		}
	}
	return true
}

// beforeStory reports whether day d is well before the day of the event the
// lead reports: "Thailand and Cambodia agreed on Thursday … The ceasefire was
// agreed on July 28 at talks in Putrajaya" recalls an earlier occasion,
// while a visit's meetings a day or two before its last day stay its own.
func (a *article) beforeStory(d relbot.Date) bool {
	if d.Day == 0 || a.anchor.Day == 0 {
		return false
	}
	return d.Start().Before(a.anchor.Start().AddDate(0, 0, -max(storyDays, a.span)))
}

// storyDays is how long before the lead's day a meeting may be and still
// belong to the occasion the article reports: a state visit lasts a few days.
const storyDays = 4

// earlierPeriod reports whether d is a month (or a year) before the month of
// publication: news reports a meeting by its day, and a meeting known only as
// "last month" is one recalled in passing.
func (a *article) earlierPeriod(d relbot.Date) bool {
	switch {
	case d.Month == 0:
		return d.Year <= a.pubDate.Year
	case d.Day == 0:
		return d.Year < a.pubDate.Year || d.Year == a.pubDate.Year && d.Month < a.pubDate.Month
	}
	return false
}

// thatOccasion reports whether a sentence opens on an event the sentence
// before told: "During that meeting", "At that summit", "On that visit".
func thatOccasion(t []token) bool {
	switch key(t, 0) {
	case "during", "at", "on":
		return key(t, 1) == "that" && len(t) > 2 && t[2].word
	}
	return false
}

// nextDayOpening returns the day a sentence opening with "The following
// morning" or "The next day" moves the story to: days after the meeting last
// told, when that one was held on a known day.
func (a *article) nextDayOpening(d dateExpr) (relbot.Date, bool) {
	if !d.anaphoric || d.leadsClause || d.start > 1 || d.sameDay < 1 || d.sameDay > 2 {
		return relbot.Date{}, false
	}
	p := a.lastHeld()
	if p == nil || p.m.Status != relbot.StatusPast || p.m.Date.Day == 0 {
		return relbot.Date{}, false
	}
	day := relbot.DateOf(p.m.Date.Start().AddDate(0, 0, d.sameDay))
	if day.Start().After(a.pubDate.Start()) {
		return relbot.Date{}, false
	}
	return day, true
}

// afterSubject reports whether the clause of the verb at v opens with
// "after" and its subject, no comma between: "The deal was announced
// yesterday after President Prabowo held a meeting with …".
func afterSubject(t []token, v int) bool {
	for j := v - 1; j >= 0 && j >= v-8; j-- {
		switch {
		case t[j].key == "after":
			return j+1 < v && t[j+1].upper
		case !t[j].word:
			return false
		}
	}
	return false
}

// followingAfterComma reports whether ", following" or ", after" stands
// between from and the verb of meeting at v, leading the meeting's clause.
func followingAfterComma(t []token, from, v int) bool {
	for j := v - 1; j > from && j >= v-4; j-- {
		if (t[j].key == "following" || t[j].key == "after") && key(t, j-1) == "," {
			return true
		}
	}
	return false
}

// preparedFor reports whether date d is the day of something a clause
// before it says is being prepared: in "Srettha on Thursday told Infantino
// …, as Bangkok prepares to stage the congress on Friday" the lead's day is
// Thursday, not a Friday still to come that the weekday alone would put
// last week.
func preparedFor(t []token, d dateExpr) bool {
	weekday := false
	for k := d.start; k < d.end; k++ {
		weekday = weekday || isWeekday(t[k].key)
	}
	if !weekday {
		return false // "as the Kingdom prepares its workforce, … told Hun Manet yesterday"
	}
	for k := 0; k+1 < d.start; k++ {
		if prepareWords[t[k].key] && (t[k+1].key == "to" || t[k+1].key == "for") {
			return true
		}
	}
	return false
}

var prepareWords = set("prepares", "preparing", "prepare")

// tellsMeetings reports whether a sentence has a verb or a noun of meeting.
func tellsMeetings(t []token) bool {
	for i := range t {
		if _, _, ok := matchTrigger(t, i); ok || meetingNouns[t[i].key] {
			return true
		}
	}
	return false
}

// whileSaying reports whether the verb of meeting at i is told as what the
// speaker did while saying it: "A on Monday said …, as he received B",
// "… while receiving B". The saying's day is the meeting's.
func whileSaying(t []token, i int) bool {
	switch key(t, i-1) {
	case "while", "when":
		return true
	case "he", "she", "they":
		k := key(t, i-2)
		return k == "as" || k == "while" || k == "when"
	}
	return false
}
