package meeting

import (
	"cmp"
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

// Same reports whether a and b are reports of one meeting: two participants
// in common (or all of the smaller meeting's) and at least two thirds of
// the smaller meeting's (of the larger's too when the days differ), dates
// that agree to within a day (datelines and time zones shift a report by
// one), compatible precision, the same kind and the same status.
func Same(a, b relbot.Meeting) bool {
	if a.Status != b.Status && a.Status != "" && b.Status != "" {
		return false
	}
	if a.Kind != b.Kind && a.Kind != "" && b.Kind != "" {
		return false
	}
	shared := sharedPeople(a, b)
	small := min(len(a.Participants), len(b.Participants))
	if shared < 2 && shared < small || shared == 0 {
		return false
	}
	if 3*shared < 2*small {
		// The Quad's four and the 2+2's four, with Blinken and Kamikawa
		// at both on one trip: two formats that share a few members, not
		// one meeting two outlets named differently.
		return false
	}
	if a.Date.Day != 0 && b.Date.Day != 0 && a.Date != b.Date && 3*shared < 2*max(len(a.Participants), len(b.Participants)) {
		// A bilateral on the eve of a plenary that both its people
		// attended: a day apart, a pair is not the roll of twelve, only
		// the same people told a day off by a dateline.
		return false
	}
	return datesAgree(a.Date, b.Date)
}

// Likeness is the share of the two meetings' people they have in common
// (shared over all named): which of several reports is most like a stored
// meeting.
func Likeness(a, b relbot.Meeting) float64 {
	shared := sharedPeople(a, b)
	return float64(shared) / float64(max(len(a.Participants)+len(b.Participants)-shared, 1))
}

func sharedPeople(a, b relbot.Meeting) int {
	shared := 0
	for _, p := range a.Participants {
		if b.Has(p.Slug) {
			shared++
		}
	}
	return shared
}

// SamePeople reports whether a and b have the same participants.
func SamePeople(a, b relbot.Meeting) bool {
	return sameSet(a.Slugs(), b.Slugs())
}

// datesAgree reports whether two dates can name one day: equal days or
// neighbours, or a month (or year) that contains the other date.
func datesAgree(a, b relbot.Date) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() && b.IsZero()
	}
	if a.Day != 0 && b.Day != 0 {
		d := a.Start().Sub(b.Start()).Hours() / 24
		return d >= -1 && d <= 1
	}
	return !a.Before(b) && !b.Before(a)
}

// Merge folds src, another report of the meeting, into dst: participants and
// sources are united (sources by URL, else by article id), the more precise
// date is kept, and a missing place, venue, occasion or summary is filled.
// The report published first leads: its summary, place and participant
// order win, whichever report was stored first, so that collect's order
// (concurrent saves) does not show in the answer. Merging the same report
// twice changes nothing.
func Merge(dst *relbot.Meeting, src relbot.Meeting) {
	lead, other := dst, &src
	if srcLeads(*dst, src) {
		led := src
		led.Participants = slices.Clone(src.Participants)
		led.Sources = slices.Clone(src.Sources)
		led.ID, led.Date = dst.ID, dst.Date
		lead, other = &led, dst
	}
	for _, p := range other.Participants {
		if !lead.Has(p.Slug) {
			lead.Participants = append(lead.Participants, p)
		}
	}
	for _, s := range other.Sources {
		if !slices.ContainsFunc(lead.Sources, func(d relbot.SourceRef) bool { return sameSource(s, d) }) {
			lead.Sources = append(lead.Sources, s)
		}
	}
	slices.SortStableFunc(lead.Sources, compareSources)
	if precision(src.Date) > precision(lead.Date) || precision(src.Date) == precision(lead.Date) && src.Date.Before(lead.Date) {
		// Of two days a day apart, the earlier: a report dated by its own
		// publication, or in a later time zone, runs late, never early;
		// and the merged meeting is then the same whichever report was
		// stored first.
		lead.Date = src.Date
	}
	if lead.Place == "" && lead.Kind == relbot.KindInPerson {
		lead.Place = other.Place
	}
	lead.Venue = cmp.Or(lead.Venue, other.Venue)
	lead.Occasion = cmp.Or(lead.Occasion, other.Occasion)
	lead.Summary = cmp.Or(lead.Summary, other.Summary)
	lead.Kind = cmp.Or(lead.Kind, other.Kind)
	lead.Status = cmp.Or(lead.Status, other.Status)
	*dst = *lead
}

// srcLeads reports whether the first published of all the sources is one
// that src brings, not one dst already has.
func srcLeads(dst, src relbot.Meeting) bool {
	var first *relbot.SourceRef
	for i := range src.Sources {
		s := &src.Sources[i]
		if slices.ContainsFunc(dst.Sources, func(d relbot.SourceRef) bool { return sameSource(*s, d) }) {
			continue
		}
		if first == nil || compareSources(*s, *first) < 0 {
			first = s
		}
	}
	if first == nil {
		return false
	}
	for _, d := range dst.Sources {
		if compareSources(d, *first) <= 0 {
			return false
		}
	}
	return true
}

func sameSource(a, b relbot.SourceRef) bool {
	if a.URL != "" || b.URL != "" {
		return a.URL == b.URL
	}
	return a.ArticleID == b.ArticleID
}

// compareSources orders reports by publication, then URL and article id, so
// that reports of one instant still have one order.
func compareSources(a, b relbot.SourceRef) int {
	return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.URL, b.URL), cmp.Compare(a.ArticleID, b.ArticleID))
}

func precision(d relbot.Date) int {
	switch {
	case d.IsZero():
		return 0
	case d.Month == 0:
		return 1
	case d.Day == 0:
		return 2
	}
	return 3
}
