package meeting

import (
	"strconv"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// dateExpr is a date written in a sentence, resolved both ways: as a past
// date (a meeting held) and as a future one (a meeting planned), since the
// status decides which reading "on Tuesday" has.
type dateExpr struct {
	past, future relbot.Date
	start, end   int  // token span
	sameDay      int  // for "later in the day" (0), "the day before" (-1), "the next day" (+1): relative to the previous meeting
	anaphoric    bool // relative to the previous meeting rather than to publication
	aheadOnly    bool // "tomorrow", "next week": only a future reading exists
	// leadsClause marks "two days after" in "The talks came two days after
	// Xuân held talks with Wang": it dates the clause that follows it.
	leadsClause bool
}

// anaphoric are words relative to the date of the meeting just reported.
var anaphoric = func() *phrases[int] {
	p := newPhrases[int]()
	for s, d := range map[string]int{
		"earlier in the day": 0, "later in the day": 0, "later that day": 0, "earlier that day": 0,
		"the same day": 0, "on the same day": 0, "the same afternoon": 0, "the same morning": 0,
		"that same day": 0, "that same afternoon": 0, "that same morning": 0, "that same evening": 0, "the same evening": 0, "later that afternoon": 0,
		"later that evening": 0, "that evening": 0, "that afternoon": 0, "in the afternoon": 0, "in the evening": 0, "in the morning": 0,
		"the day before": -1, "the previous day": -1, "a day earlier": -1, "the next day": 1,
		"the following day": 1, "a day later": 1, "the day after": 1,
		"the next morning": 1, "the following morning": 1, "next morning": 1, "the next afternoon": 1,
		"the following afternoon": 1, "the next evening": 1, "the following evening": 1, "two days later": 2,
		"on the same occasion": 0, "at the same ceremony": 0,
		"right afterwards": 0, "shortly afterwards": 0, "immediately afterwards": 0, "soon afterwards": 0,
		"right afterward": 0, "shortly afterward": 0, "immediately afterward": 0,
		"the previous evening": -1, "the evening before": -1, "the previous afternoon": -1, "the previous morning": -1,
		"a day after": -1, "one day after": -1, "two days after": -2, "three days after": -3,
		"a day before": 1, "one day before": 1, "two days before": 2, "three days before": 3,
	} {
		p.add(s, d)
	}
	return p
}()

// arrivalGerunds tell a journey's leg after "a day after": "a day after
// arriving in Jakarta".
var arrivalGerunds = set("arriving", "landing", "returning", "leaving", "departing", "flying")

// findDates returns the dates written in toks, resolved against pub (the
// publication time in the outlet's zone).
func findDates(toks []token, pub time.Time) []dateExpr {
	var out []dateExpr
	pd := relbot.DateOf(pub)
	day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	for i := 0; i < len(toks); i++ {
		if d, end, ok := anaphoric.match(toks, i); ok {
			lead := toks[i].key != "the" && (toks[end-1].key == "after" || toks[end-1].key == "before")
			if lead && arrivalGerunds[key(toks, end)] {
				// "On Tuesday, a day after arriving in Jakarta, X met Y":
				// an aside on the day already given, no date of its own.
				i = end
				continue
			}
			end = weekdayInApposition(toks, end)
			out = append(out, dateExpr{start: i, end: end, sameDay: d, anaphoric: true, leadsClause: lead})
			i = end - 1
			continue
		}
		t := toks[i]
		if !t.word {
			continue
		}
		if e, ok := parseDateAt(toks, i, pd, day); ok {
			if e.end < len(toks) && toks[e.end].upper && landmarkNouns[toks[e.end].key] {
				// "the August 1st Building", "May 4th Square": a name.
				i = e.end
				continue
			}
			if _, wd := weekdays[t.key]; wd && pub.Hour() < 3 && e.past == pd && key(toks, i-1) != "this" {
				// "On Monday, A met B" in a story published at five past
				// midnight on a Monday was written the day before: the
				// Monday a week back.
				e.past = relbot.DateOf(day.AddDate(0, 0, -7))
			}
			out = append(out, e)
			i = e.end - 1
		}
	}
	return out
}

// weekdayInApposition returns the end of a bare weekday that only names the
// day an anaphoric phrase ending at end already gives ("The next day,
// Thursday, …", "the following day (Friday)"): read on its own, against the
// publication or the dateline, it would be the week before.
func weekdayInApposition(toks []token, end int) int {
	if k := key(toks, end); k != "," && k != "(" {
		return end
	}
	if !isWeekday(key(toks, end+1)) {
		return end
	}
	switch next := key(toks, end+2); {
	case next == "," || next == ")":
		return end + 3
	case next == "" || !monthOrDay(toks, end+2):
		return end + 2
	}
	return end
}

// monthOrDay reports whether toks[i] goes on to write a calendar date
// ("Thursday, January 29", "Thursday 29 January").
func monthOrDay(toks []token, i int) bool {
	k := key(toks, i)
	if _, err := strconv.Atoi(k); err == nil {
		return true
	}
	_, ok := months[k]
	return ok
}

// yearsAgo reads "ten years ago" (or "10 years ago") just before toks[i]
// and returns how many years, or 0.
func yearsAgo(toks []token, i int) int {
	if key(toks, i-1) != "ago" || (key(toks, i-2) != "years" && key(toks, i-2) != "year") || i < 3 {
		return 0
	}
	if n, ok := smallNumbers[key(toks, i-3)]; ok {
		return n
	}
	if n, err := strconv.Atoi(key(toks, i-3)); err == nil && n > 0 && n < 100 {
		return n
	}
	return 0
}

// landmarkNouns after a date make it the name of a place or an event.
var landmarkNouns = set("building", "square", "street", "road", "avenue", "boulevard", "bridge", "stadium", "park",
	"hall", "monument", "memorial", "movement", "uprising", "revolution", "incident", "museum", "hospital", "school")

func key(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].key
}

func dayOf(t time.Time) relbot.Date { return relbot.DateOf(t) }

// weekMonth is the month of the days before day that "earlier this week"
// and "during the week" cover, in its own year: a story of 1 January tells
// of the December before.
func weekMonth(day time.Time) relbot.Date {
	d := dayOf(day.AddDate(0, 0, -1))
	return relbot.Date{Year: d.Year, Month: d.Month}
}

// dayThenClause reports whether "on the 12th" at i-1 goes on with what was
// done that day: "met on the 12th to inspect the bridge", "on the 12th for
// talks", not "the 12th to the 14th" or "the 12th round".
func dayThenClause(toks []token, i int) bool {
	if key(toks, i-1) != "on" {
		return false
	}
	switch key(toks, i+2) {
	case "to":
		next := key(toks, i+3)
		_, ordinal := ordinalDay(next)
		return i+3 < len(toks) && toks[i+3].word && !toks[i+3].upper && next != "the" && !ordinal
	case "for", "with", "after", "before":
		return true
	}
	return false
}

// ordinalDay reads "12th", "1st", "22nd", "3rd" as a day of a month.
func ordinalDay(k string) (int, bool) {
	if len(k) < 3 || len(k) > 4 {
		return 0, false
	}
	suffix := k[len(k)-2:]
	if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, false
	}
	n := 0
	for _, r := range k[:len(k)-2] {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n >= 1 && n <= 31
}

// parseDateAt reads one date expression starting at toks[i].
// namedDays before a weekday make it a feast's or an event's name.
var namedDays = set("easter", "palm", "good", "holy", "maundy", "ash", "black", "bloody", "super", "cyber", "pentecost", "whit", "trinity")

func parseDateAt(toks []token, i int, pd relbot.Date, day time.Time) (dateExpr, bool) {
	if i < 0 || i >= len(toks) {
		return dateExpr{}, false // "BEIJING," and nothing after it
	}
	k := toks[i].key
	both := func(d relbot.Date, end int) (dateExpr, bool) {
		return dateExpr{past: d, future: d, start: i, end: end}, true
	}
	switch k {
	case "yesterday":
		end := i + 1
		if isPartOfDay(key(toks, end)) {
			end++
		}
		return both(dayOf(day.AddDate(0, 0, -1)), end)
	case "today", "tonight":
		return both(pd, i+1)
	case "tomorrow":
		d := dayOf(day.AddDate(0, 0, 1))
		return dateExpr{past: d, future: d, start: i, end: i + 1, aheadOnly: true}, true
	case "this":
		n := key(toks, i+1)
		if y := yearsAgo(toks, i); y > 0 && (n == "week" || n == "month") {
			// "Ten years ago this week": that month, so many years back.
			d := relbot.Date{Year: pd.Year - y, Month: pd.Month}
			return dateExpr{past: d, future: d, start: i - 3, end: i + 2}, true
		}
		if _, ok := seasonStarts[n]; ok {
			return both(relbot.Date{Year: pd.Year}, i+2) // "this spring": this year's
		}
		switch {
		case isPartOfDay(n):
			return both(pd, i+2)
		case n == "week":
			return both(relbot.Date{Year: pd.Year, Month: pd.Month}, i+2)
		case n == "month":
			return both(relbot.Date{Year: pd.Year, Month: pd.Month}, i+2)
		}
		if wd, ok := weekdays[n]; ok {
			return dateExpr{past: weekdayBack(day, wd, false), future: weekdayAhead(day, wd, false), start: i, end: i + 2}, true
		}
	case "the":
		// "On the afternoon of the 12th, …": a day of the publication's
		// month (of the month before, when the day is still ahead), not
		// "the 12th National Congress".
		if n, ok := ordinalDay(key(toks, i+1)); ok {
			// Only where the ordinal ends its phrase: "the 12th meeting
			// of the Joint Commission" counts meetings.
			if next := key(toks, i+2); i+2 < len(toks) && toks[i+2].word && next != "in" && next != "at" && next != "and" && next != "when" && !dayThenClause(toks, i) {
				return dateExpr{}, false
			}
			t := time.Date(day.Year(), day.Month(), n, 0, 0, 0, 0, time.UTC)
			if t.Month() != day.Month() {
				return dateExpr{}, false
			}
			past := t
			if t.After(day) {
				past = time.Date(day.Year(), day.Month()-1, n, 0, 0, 0, 0, time.UTC)
			}
			if past.Day() != n {
				return dateExpr{}, false
			}
			return dateExpr{past: dayOf(past), future: dayOf(t), start: i, end: i + 2}, true
		}
	case "during":
		// "held talks with Macron in Singapore during the week": the week
		// is all the text gives, so the month; not "during the week-long
		// visit" nor "during the week of talks".
		if key(toks, i+1) == "the" && key(toks, i+2) == "week" && (i+3 >= len(toks) || !toks[i+3].word || key(toks, i+3) == "and") {
			return both(weekMonth(day), i+3)
		}
	case "earlier":
		// "earlier this week", "earlier in the week"
		if at := thisOrInThe(toks, i+1); at > 0 {
			switch key(toks, at) {
			case "week":
				return both(weekMonth(day), at+1)
			case "month":
				return both(relbot.Date{Year: pd.Year, Month: pd.Month}, at+1)
			case "year":
				return both(relbot.Date{Year: pd.Year}, at+1)
			}
		}
		if key(toks, i+1) == "today" {
			return both(pd, i+2)
		}
	case "later":
		if at := thisOrInThe(toks, i+1); at > 0 {
			switch key(toks, at) {
			case "week", "month", "year":
				d := relbot.Date{Year: pd.Year, Month: pd.Month}
				if key(toks, at) == "year" {
					d = relbot.Date{Year: pd.Year}
				}
				return dateExpr{past: d, future: d, start: i, end: at + 1, aheadOnly: true}, true
			}
		}
		if key(toks, i+1) == "today" {
			return dateExpr{past: pd, future: pd, start: i, end: i + 2, aheadOnly: true}, true
		}
	case "last", "next", "past":
		n := key(toks, i+1)
		ahead := k == "next"
		var d relbot.Date
		switch {
		case n == "week":
			if ahead {
				d = dayOf(day.AddDate(0, 0, 7))
			} else {
				d = dayOf(day.AddDate(0, 0, -7))
			}
			d.Day = 0
		case n == "month":
			m := day.AddDate(0, -1, 1-day.Day())
			if ahead {
				m = day.AddDate(0, 1, 1-day.Day())
			}
			d = relbot.Date{Year: m.Year(), Month: m.Month()}
		case n == "year":
			y := pd.Year - 1
			if ahead {
				y = pd.Year + 1
			}
			d = relbot.Date{Year: y}
		case seasonStarts[n] > 0 && k != "past":
			// "last spring", "next summer": the year is all they give.
			d = seasonYear(seasonStarts[n], pd, ahead)
		case (n == "night" || n == "evening") && !ahead:
			// "last night", "last evening": yesterday's
			d = dayOf(day.AddDate(0, 0, -1))
		default:
			if wd, ok := weekdays[n]; ok {
				if ahead {
					d = weekdayAhead(day, wd, true)
				} else {
					d = weekdayBack(day, wd, true)
				}
			} else if m, ok := months[n]; ok && len(n) > 3 || n == "may" {
				y := pd.Year
				if ahead {
					if m <= pd.Month {
						y++
					}
				} else if m >= pd.Month {
					y--
				}
				d = relbot.Date{Year: y, Month: m}
			} else {
				return dateExpr{}, false
			}
		}
		if k == "past" && n != "week" && n != "month" && n != "year" {
			return dateExpr{}, false
		}
		end := i + 2
		if isPartOfDay(key(toks, end)) {
			end++
		}
		return dateExpr{past: d, future: d, start: i, end: end, aheadOnly: ahead}, true
	}
	if start, ok := seasonStarts[k]; ok && (key(toks, i-1) == "in" || key(toks, i-1) == "the" && key(toks, i-2) == "in") {
		// "when they met in Stockholm in spring", "in the autumn of
		// 2022": the year alone, the one the season last came (or comes
		// next) in; not "the Arab Spring", whose "the" no "in" opens.
		from := i - 1
		if key(toks, from) == "the" {
			from--
		}
		if key(toks, i+1) == "of" {
			y, ok := yearNumber(key(toks, i+2))
			if !ok {
				return dateExpr{}, false // "in the fall of Kabul": an event's
			}
			d := relbot.Date{Year: y}
			return dateExpr{past: d, future: d, start: from, end: i + 3}, true
		}
		return dateExpr{past: seasonYear(start, pd, false), future: seasonYear(start, pd, true), start: from, end: i + 1}, true
	}
	if wd, ok := weekdays[k]; ok {
		if i > 0 && toks[i-1].upper && namedDays[toks[i-1].key] {
			// "after the Easter Sunday attacks", "on Good Friday": a
			// feast's or an event's name, no day counted from the story's.
			return dateExpr{}, false
		}
		end := i + 1
		if isPartOfDay(key(toks, end)) {
			end++
		}
		if w := key(toks, end); (w == "last" || w == "next") && key(toks, end+1) == "week" {
			// "On Monday last week": that weekday of the week before the
			// publication's (weeks start on Monday).
			monday := mondayOf(day)
			shift := -7
			if w == "next" {
				shift = 7
			}
			d := dayOf(monday.AddDate(0, 0, shift+(int(wd)+6)%7))
			return dateExpr{past: d, future: d, start: i, end: end + 2, aheadOnly: w == "next"}, true
		}
		return dateExpr{past: weekdayBack(day, wd, false), future: weekdayAhead(day, wd, false), start: i, end: end}, true
	}
	if m, ok := months[k]; ok && (k != "may" || toks[i].upper) && (k != "mar" && k != "jun" || toks[i].upper) {
		j := i + 1
		if key(toks, j) == "." {
			// "Aug. 6", but not a sentence that ends "in August."
			if _, day := dayNumber(key(toks, j+1)); day {
				j++
			} else if _, year := yearNumber(key(toks, j+1)); year {
				j++
			}
		}
		if n, ok := dayNumber(key(toks, j)); ok && n <= 31 {
			if end := dayRangeEnd(toks, j+1, n); end > 0 {
				// "May 13–17, 2024": a span of days.
				return daySpan(toks, m, n, pd, i, end)
			}
			end := j + 1
			if key(toks, end) == "," {
				end++
			}
			if y, ok := yearNumber(key(toks, end)); ok {
				return both(checked(y, m, n), end+1)
			}
			if key(toks, end-1) == "," {
				end--
			}
			return yearless(m, n, pd, i, end)
		}
		if y, ok := yearNumber(key(toks, j)); ok {
			return both(relbot.Date{Year: y, Month: m}, j+1)
		}
		if j == i+1 && (monthContext(key(toks, i-1)) || monthBeforeNoun(toks, i) || asRecentlyAs(toks, i)) {
			// "in November last year", "in March of next year"
			y := j
			if key(toks, y) == "of" {
				y++
			}
			if key(toks, y+1) == "year" {
				if shift, ok := yearShift[key(toks, y)]; ok {
					return both(relbot.Date{Year: pd.Year + shift, Month: m}, y+2)
				}
			}
			return monthAround(m, pd, i), true
		}
		return dateExpr{}, false
	}
	if n, ok := spanNumber(k); ok {
		if m, ok := months[key(toks, i+1)]; ok {
			return daySpan(toks, m, n, pd, i, i+2) // "2-5 February"
		}
	}
	if m, ok := midMonth(k); ok && monthContext(key(toks, i-1)) {
		return monthAround(m, pd, i), true // "in mid-June"
	}
	if n := daysAgo(toks, i); n > 0 {
		// "two days ago"
		return both(dayOf(day.AddDate(0, 0, -n)), i+3)
	}
	if n := weeksAgo(toks, i); n > 0 {
		// "a week ago", "two weeks ago": about then, so that month.
		d := dayOf(day.AddDate(0, 0, -7*n))
		return both(relbot.Date{Year: d.Year, Month: d.Month}, i+3)
	}
	if (k == "start" || k == "beginning") && key(toks, i-1) == "the" && key(toks, i+1) == "of" && (key(toks, i+2) == "the" || key(toks, i+2) == "this") && key(toks, i+3) == "month" {
		// "at the start of the month": this month
		return both(relbot.Date{Year: pd.Year, Month: pd.Month}, i+4)
	}
	if k == "weekend" && (key(toks, i-1) == "the" && (key(toks, i-2) == "at" || key(toks, i-2) == "over") || key(toks, i-1) == "last") {
		// "at the weekend", "last weekend": two days, so the month of
		// the last Saturday.
		sat := weekdayBack(day, time.Saturday, false)
		if key(toks, i-1) == "last" {
			// the weekend before this week's Monday
			sat = dayOf(mondayOf(day).AddDate(0, 0, -2))
		}
		return both(relbot.Date{Year: sat.Year, Month: sat.Month}, i+1)
	}
	if n, ok := dayNumber(k); ok && n <= 31 {
		j := i + 1
		if end := dayRangeEnd(toks, j, n); end > 0 {
			if m, ok := months[key(toks, end)]; ok {
				return daySpan(toks, m, n, pd, i, end+1) // "from 2 to 5 February"
			}
		}
		if m, ok := months[key(toks, j)]; ok {
			end := j + 1
			if key(toks, end) == "." {
				end++
			}
			if y, ok := yearNumber(key(toks, end)); ok {
				return both(checked(y, m, n), end+1)
			}
			if y, ok := yearNumber(key(toks, end+1)); ok && key(toks, end) == "," {
				return both(checked(y, m, n), end+2) // "28th October, 2024", as Gulf and South Asian outlets write
			}
			return yearless(m, n, pd, i, end)
		}
		// 29/4 and 29/4/2025: day first, as Vietnamese and Cambodian outlets write it.
		if key(toks, j) == "/" {
			if mn, ok := dayNumber(key(toks, j+1)); ok && mn >= 1 && mn <= 12 {
				m := time.Month(mn)
				if key(toks, j+2) == "/" {
					if y, ok := yearNumber(key(toks, j+3)); ok {
						return both(checked(y, m, n), j+4)
					}
				}
				return yearless(m, n, pd, i, j+2)
			}
		}
	}
	if y, ok := yearNumber(k); ok && (monthContext(key(toks, i-1)) || key(toks, i-1) == "to" && key(toks, i-2) == "back") && key(toks, i+1) != "-" { // "dates back to 2017, when …"
		return both(relbot.Date{Year: y}, i+1)
	}
	if len(k) == 10 && k[4] == '-' && k[7] == '-' {
		if d, err := relbot.ParseDate(k); err == nil {
			return both(d, i+1)
		}
	}
	return dateExpr{}, false
}

// mondayOf returns the Monday of day's week (weeks start on Monday).
func mondayOf(day time.Time) time.Time {
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}

// monthAround is month m written alone at i: the last one so named before
// publication day pd, or the next one for a meeting still to come.
func monthAround(m time.Month, pd relbot.Date, i int) dateExpr {
	past, future := relbot.Date{Year: pd.Year, Month: m}, relbot.Date{Year: pd.Year, Month: m}
	if m > pd.Month {
		past.Year--
	}
	if m < pd.Month {
		future.Year++
	}
	return dateExpr{past: past, future: future, start: i, end: i + 1}
}

// midMonth reads "mid-June" (one token) as June.
func midMonth(k string) (time.Month, bool) {
	rest, ok := strings.CutPrefix(k, "mid-")
	if !ok || len(rest) <= 3 && rest != "may" {
		return 0, false
	}
	m, ok := months[rest]
	return m, ok
}

// daysAgo returns n for "n days ago" at i ("two days ago", "3 days ago"),
// or 0.
func daysAgo(toks []token, i int) int {
	if key(toks, i+1) != "days" || key(toks, i+2) != "ago" {
		return 0
	}
	if n, ok := dayNumber(key(toks, i)); ok && n <= 14 {
		return n
	}
	if n := smallNumbers[key(toks, i)]; n >= 2 && n <= 14 {
		return n
	}
	return 0
}

// weeksAgo returns n for "n weeks ago" ("a week ago") at i, or 0.
func weeksAgo(toks []token, i int) int {
	if key(toks, i+2) != "ago" || key(toks, i+1) != "week" && key(toks, i+1) != "weeks" {
		return 0
	}
	if n := smallNumbers[key(toks, i)]; n >= 1 && n <= 4 {
		return n
	}
	return 0
}

// yearShift counts the years from publication a "last year", "this year"
// or "next year" after a month names.
var yearShift = map[string]int{"last": -1, "this": 0, "next": 1}

// monthContext reports whether a bare month or year follows a word that makes
// it a date: "in February", "since 2022".
// monthBeforeNoun reports whether the month at i names an event, as "the
// November meeting between Biden and Xi", "their July summit" do.
func monthBeforeNoun(toks []token, i int) bool {
	switch key(toks, i-1) {
	case "the", "their", "his", "her", "its":
		return monthNamedEvents[key(toks, i+1)]
	}
	return false
}

var monthNamedEvents = set("meeting", "meetings", "summit", "talks", "visit", "call", "phone", "session", "dialogue", "trip", "election", "elections")

// asRecentlyAs reports whether "as recently as", "as early as" or "as late
// as" stands before the month at i.
func asRecentlyAs(toks []token, i int) bool {
	switch key(toks, i-2) {
	case "recently", "early", "late", "far":
		return key(toks, i-1) == "as" && key(toks, i-3) == "as"
	}
	return false
}

func monthContext(prev string) bool {
	switch prev {
	case "in", "since", "of", "early", "late", "mid", "mid-", "during", "until", "by", "from", "last", "this", "next", "before", "after":
		return true
	}
	return false
}

func isPartOfDay(k string) bool {
	switch k {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

func dayNumber(k string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(k) > 2 && k[len(k)-2:] == suf {
			k = k[:len(k)-2]
			break
		}
	}
	if len(k) == 0 || len(k) > 2 || k[0] < '0' || k[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(k)
	if err != nil || n < 1 {
		return 0, false
	}
	return n, true
}

func yearNumber(k string) (int, bool) {
	if len(k) != 4 || k[0] < '1' || k[0] > '2' {
		return 0, false
	}
	n, err := strconv.Atoi(k)
	if err != nil || n < 1900 || n > 2200 {
		return 0, false
	}
	return n, true
}

// checked returns the date, or month precision when the day does not exist.
func checked(y int, m time.Month, d int) relbot.Date {
	if d > time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return relbot.Date{Year: y, Month: m}
	}
	return relbot.Date{Year: y, Month: m, Day: d}
}

// dayRangeEnd returns where a span of days that began with day n ends
// when one follows at j ("–17", "to 17"), else 0.
func dayRangeEnd(toks []token, j, n int) int {
	if k := key(toks, j); k != "-" && k != "to" {
		return 0
	}
	if last, ok := dayNumber(key(toks, j+1)); ok && last > n && last <= 31 {
		return j + 2
	}
	return 0
}

// spanNumber reads a span of days written as one word, "2-5", and returns
// its first day.
func spanNumber(k string) (int, bool) {
	first, last, ok := strings.Cut(k, "-")
	if !ok {
		return 0, false
	}
	n, ok1 := dayNumber(first)
	l, ok2 := dayNumber(last)
	return n, ok1 && ok2 && n < l && l <= 31
}

// daySpan dates a span of days of month m that began with day n and ends at
// end, before an optional year, by its first day: labels date a visit's
// meetings told with no day of their own so, and a later year must not be
// lost ("May 13–17, 2024" in 2026).
func daySpan(toks []token, m time.Month, n int, pd relbot.Date, start, end int) (dateExpr, bool) {
	y := end
	if key(toks, y) == "," {
		y++
	}
	if year, ok := yearNumber(key(toks, y)); ok {
		d := checked(year, m, n)
		return dateExpr{past: d, future: d, start: start, end: y + 1}, true
	}
	return yearless(m, n, pd, start, end)
}

// yearless resolves "April 29" to the latest such day not after publication,
// and to the next one for a planned meeting.
func yearless(m time.Month, d int, pd relbot.Date, start, end int) (dateExpr, bool) {
	past, future := checked(pd.Year, m, d), checked(pd.Year, m, d)
	pub := pd.Start()
	if past.Start().After(pub) {
		past = checked(pd.Year-1, m, d)
	}
	if future.Start().Before(pub) {
		future = checked(pd.Year+1, m, d)
	}
	return dateExpr{past: past, future: future, start: start, end: end}, true
}

// weekdayBack returns the latest wd on or before day (strictly before when
// strict: "last Friday" on a Friday is a week ago).
func weekdayBack(day time.Time, wd time.Weekday, strict bool) relbot.Date {
	n := (int(day.Weekday()) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return dayOf(day.AddDate(0, 0, -n))
}

func weekdayAhead(day time.Time, wd time.Weekday, strict bool) relbot.Date {
	n := (int(wd) - int(day.Weekday()) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return dayOf(day.AddDate(0, 0, n))
}

// ResolveDate reads a date expression such as "last Friday", "29/4" or
// "Feb. 6" against the publication time pub (in the outlet's zone) and
// returns the day of a past event, never after pub's day. ok is false when
// the text holds no date.
func ResolveDate(text string, pub time.Time) (relbot.Date, bool) {
	ds := findDates(tokenize(text), pub)
	for _, d := range ds {
		if d.anaphoric || d.aheadOnly {
			continue
		}
		if !d.past.IsZero() && !d.past.Start().After(relbot.DateOf(pub).Start()) {
			return d.past, true
		}
	}
	return relbot.Date{}, false
}

// thisOrInThe returns where the noun stands after "this" or "in the" at i
// ("earlier this week", "earlier in the week"), or -1.
func thisOrInThe(toks []token, i int) int {
	switch {
	case key(toks, i) == "this":
		return i + 1
	case key(toks, i) == "in" && key(toks, i+1) == "the":
		return i + 2
	}
	return -1
}

// seasonStarts are the months the seasons open in, as the northern press
// counts them; winter's is January, the year it is mostly in.
var seasonStarts = map[string]time.Month{"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September, "winter": time.January}

// seasonYear returns the year a season that opens in month last came in
// before pd (ahead: next comes in from pd), as a date of that year alone.
func seasonYear(month time.Month, pd relbot.Date, ahead bool) relbot.Date {
	y := pd.Year
	switch {
	case ahead && month <= pd.Month:
		y++
	case !ahead && month > pd.Month:
		y--
	}
	return relbot.Date{Year: y}
}
