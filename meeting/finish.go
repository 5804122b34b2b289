package meeting

// Finishing an article: merging its reports of one meeting into the result.

import (
	"slices"

	"github.com/relbot/relbot"
)

// apartWords tell a meeting held apart from a larger one: "separate
// bilateral meetings on the sidelines".
var apartWords = set("separate", "separately", "bilateral", "bilaterally", "sidelines", "sideline", "one-on-one", "private", "privately")

// finish merges the article's reports of one meeting and builds the result.
func (a *article) finish() Extraction {
	var keep []*cand
	for _, c := range a.cands {
		merged := false
		for _, k := range keep {
			if c.retold && k.m.Status == c.m.Status && k.m.Kind == c.m.Kind && (k.m.Date == c.m.Date || !c.explicit) && (subset(k.slugs, c.slugs) || subset(c.slugs, k.slugs)) {
				// "Mẫn held talks with Sudary … The two leaders held talks
				// with the participation of Hải and Sok Narin": one meeting.
				k.join(c.slugs...)
				k.takePlace(c)
				merged = true
				break
			}
			if k.m.Status == c.m.Status && k.m.Date == c.m.Date && sameSet(k.slugs, c.slugs) && (remote(k) && unplaced(c) || remote(c) && unplaced(k)) {
				// "Moon and Phuc agreed Wednesday to …" then "During a
				// 30-minute phone conversation, Moon asked Phuc …": the
				// call, told first by what was agreed in it.
				if remote(c) {
					k.m.Kind, k.m.Place, k.m.Venue, k.placeRank = c.m.Kind, "", "", 0
				}
				merged = true
				break
			}
			if k.m.Status == c.m.Status && sameSet(k.slugs, c.slugs) && remote(c) && !remote(k) && c.explicit && c.sent-k.sent <= 1 && dayApart(k.m.Date, c.m.Date) {
				// "… due to land today, after Payne spoke with her
				// Indonesian counterpart. Payne said she had a phone
				// conversation with Retno yesterday afternoon": the call,
				// first told by what followed it.
				k.m.Kind, k.m.Date, k.m.Place, k.m.Venue, k.placeRank = c.m.Kind, c.m.Date, "", "", 0
				merged = true
				break
			}
			if k.m.Status == c.m.Status && k.m.Kind == c.m.Kind && !c.explicit && k.explicit && len(c.slugs) < len(k.slugs) && subset(c.slugs, k.slugs) && (c.m.Date == a.pubDate || c.m.Date == k.m.Date) && k.m.Date.Day != 0 &&
				!hasAny(a.toks[c.sent], 0, len(a.toks[c.sent]), apartWords) {
				// "Trudeau … was accompanied at the Friday dinner by A and
				// B … Trump wrote that he had a 'very productive meeting'
				// with Trudeau": the dinner again, with no day of its own,
				// and no better word on where. Not "On the sidelines, A
				// held separate bilateral meetings with B and with C".
				merged = true
				break
			}
			if k.m.Status == c.m.Status && k.m.Kind == c.m.Kind && sameSet(k.slugs, c.slugs) &&
				(k.m.Date == c.m.Date || !c.explicit || !k.explicit) {
				if (!k.explicit && c.explicit || k.overview && !c.overview) && !vaguerAround(c.m.Date, k.m.Date) {
					k.m.Date, k.explicit, k.overview = c.m.Date, c.explicit, false
				}
				k.takePlace(c)
				if len(k.summary) == 0 {
					k.summary = c.summary
				}
				merged = true
				break
			}
		}
		if !merged {
			keep = append(keep, c)
		}
	}
	// "Phuc and Duterte first met in Vientiane earlier this month" beside
	// their talks on the 29th: a month-only mention of a pair the article
	// dates to the day is that meeting's background, never a second one.
	for _, c := range keep {
		if a.monthEcho(c, keep) {
			c.m.Status = relbot.StatusBackground
		}
	}
	var out Extraction
	seenNew := map[string]bool{}
	for _, c := range keep {
		if c.leaked && (c.loose || !c.explicit) && c.m.Status == relbot.StatusPast {
			// "suspended earlier this month over a leaked phone call with
			// Hun Sen": the month is the suspension's; the call is older.
			// Undated, "a leaked phone call between Paetongtarn and Hun Sen
			// triggering a crisis" is older than the report too.
			c.m.Status = relbot.StatusBackground
		}
		// An actor named twice in one clause ("the Prime Minister said he
		// had made the two calls") is one participant: no one meets
		// themselves.
		c.slugs = uniq(c.slugs)
		if len(c.slugs) < 2 {
			continue
		}
		m := c.m
		if m.Status == relbot.StatusPast && !m.Date.IsZero() && m.Date.Start().After(a.pubDate.Start()) {
			m.Status = relbot.StatusPlanned
		}
		slices.SortStableFunc(c.slugs, func(x, y string) int { return a.first[x] - a.first[y] })
		for _, s := range c.slugs {
			if act, ok := a.g.actors[s]; ok {
				m.Participants = append(m.Participants, act.Participant())
				continue
			}
			if act, ok := a.unknown[s]; ok {
				m.Participants = append(m.Participants, act.Participant())
				if !seenNew[s] {
					seenNew[s] = true
					out.NewActors = append(out.NewActors, act)
				}
			}
		}
		if len(m.Participants) < 2 {
			continue
		}
		if (m.Place == "" || c.placeRank <= 1 && len(venueSeats[m.Venue]) == 1) && m.Kind == relbot.KindInPerson && venueSeats[m.Venue] != nil {
			// "HCM City (VNA) – … Deputy PM Hà received the guest at the
			// Government headquarters": the city of a building only one
			// country has, not the dateline's.
			if seat := a.seatOf(m.Venue, c.slugs); seat != "" {
				m.Place = seat
			}
		}
		if seat, ok := venueAbroad[m.Venue][visitedCountry(a.visitTo, m.Occasion)]; ok && m.Kind == relbot.KindInPerson {
			// "received the CPV delegation at the Party Central Committee
			// headquarters" on a working visit to Laos.
			m.Place = seat
		}
		if seat := provinceSeat(m.Place); seat != "" {
			// "KHÁNH HÒA —", "the Kien Giang provincial leaders": the
			// province's seat, where its leaders receive guests.
			m.Place = seat
		}
		m.Summary = summaryOf(c.summary, a.sentences[c.sent])
		m.Sources = []relbot.SourceRef{{URL: a.in.URL, Outlet: a.in.Outlet, Title: a.in.Title, Published: a.in.Published, ArticleID: a.in.ArticleID}}
		out.Meetings = append(out.Meetings, m)
	}
	return out
}

// dayApart reports whether two days are the same or next to each other.
func dayApart(d, e relbot.Date) bool {
	if d.Day == 0 || e.Day == 0 {
		return false
	}
	h := d.Start().Sub(e.Start()).Hours()
	return h >= -24 && h <= 24
}

// monthEcho reports whether c, held and dated to the month only, names a
// pair that one of cands, held, dates to a day of that month: "the two
// leaders had already met in Melbourne earlier this week" beside their talks
// in Canberra on the 7th is background, and what the article goes on to say
// of "the talks" is the dated meeting's.
//
// "Earlier this month, Motegi and Kishi also held a two-plus-two meeting with
// Blinken and Austin" told after the dated talks of Motegi and Kishi with the
// Indonesians is another occasion recalled. Not so a week's ("Last week, Mr
// Hung also paid a farewell call on …"): the same round of calls.
func (a *article) monthEcho(c *cand, cands []*cand) bool {
	if c.m.Status != relbot.StatusPast || c.m.Date.Day != 0 || c.m.Date.Month == 0 {
		return false
	}
	weeks := c.sent < len(a.toks) && hasAny(a.toks[c.sent], 0, len(a.toks[c.sent]), weekWords)
	for _, k := range cands {
		if k != c && k.m.Status == relbot.StatusPast && (subset(c.slugs, k.slugs) || !weeks && k.sent < c.sent && overlaps(c.slugs, k.slugs)) && k.m.Date.Day != 0 &&
			k.m.Date.Year == c.m.Date.Year && k.m.Date.Month == c.m.Date.Month {
			return true
		}
	}
	return false
}

// remote reports whether c was held by phone or video link.
func remote(c *cand) bool { return c.m.Kind == relbot.KindPhone || c.m.Kind == relbot.KindVirtual }

// unplaced reports whether c, told only by what was agreed, is in person
// for want of another word: no venue, and a place the context gave.
func unplaced(c *cand) bool {
	return c.agreed && c.m.Kind == relbot.KindInPerson && c.m.Venue == "" && c.placeRank <= 1
}

// takePlace keeps the surer of two reports' places, and a venue.
func (k *cand) takePlace(c *cand) {
	if c.placeRank > k.placeRank {
		k.m.Place, k.placeRank = c.m.Place, c.placeRank
	}
	if k.m.Venue == "" {
		k.m.Venue = c.m.Venue
	}
}

// summaryOf joins at most two sentences, keeping to about 400 characters.
func summaryOf(ss []string, fallback string) string {
	if len(ss) == 0 {
		ss = []string{fallback}
	}
	out := ss[0]
	if len(ss) > 1 && len(out)+len(ss[1]) < 400 {
		out += " " + ss[1]
	}
	return out
}

// subset reports whether every slug of a is in b.
func subset(a, b []string) bool {
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool { return len(a) == len(b) && subset(a, b) }

// visitedCountry returns the country a story's visit is to, or the one its
// occasion names after "to": "working visit to the Lao PDR".
func visitedCountry(visitTo, occasion string) string {
	if visitTo != "" {
		return visitTo
	}
	t := tokenize(occasion)
	for j := range t {
		if t[j].key != "to" {
			continue
		}
		k := j + 1
		if key(t, k) == "the" {
			k++
		}
		if c, _, ok := countries.match(t, k); ok {
			return c
		}
	}
	return ""
}

var weekWords = set("week", "weekend")

// overlaps reports whether a and b share a participant.
func overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(s string) bool { return slices.Contains(b, s) })
}

// vaguerAround reports whether d is a year or a month that holds the day e:
// "in 2014" said of a call on 9 December 2014 does not undo its day.
func vaguerAround(d, e relbot.Date) bool {
	return e.Day != 0 && d.Day == 0 && !d.IsZero() && !e.Start().Before(d.Start()) && !e.Start().After(d.End())
}
