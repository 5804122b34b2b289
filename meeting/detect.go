package meeting

import (
	"slices"
	"strings"

	"github.com/relbot/relbot"
)

// hit is a trigger found in a sentence.
type hit struct {
	tr         trigger
	start, end int
	definite   bool // "at the talks": the meeting already reported
}

// lightVerbs turn a meeting noun into a report of a meeting held: "held
// official talks", "paid a farewell courtesy call".
var lightVerbs = set("held", "hold", "holds", "holding", "had", "has", "have", "paid", "pays", "paying", "pay", "conducted", "made", "makes", "hosted", "attended", "joined")

var determiners = set("the", "his", "her", "their", "its", "a", "an", "this", "that", "our", "my")

var clauseBreaks = set("who", "which", "whose", "where", "while", "whereas", "when", "but")

var substanceWords = set("agreed", "agree", "discussed", "discuss", "exchanged", "pledged", "reaffirmed", "affirmed", "stressed", "underscored", "committed",
	"proposed", "briefed", "welcomed", "expressed", "emphasised", "emphasized", "suggested", "reviewed", "signed", "vowed", "asked", "thanked", "noted", "hailed", "praised", "said", "shared", "called", "offered", "raised", "focused", "talked")

// findTrigger returns the sentence's report of a meeting, preferring a verb.
func findTrigger(t []token) (hit, bool) {
	var noun hit
	haveNoun := false
	for i := 0; i < len(t); i++ {
		if !t[i].word {
			continue
		}
		tr, end, ok := triggers.match(t, i)
		if !ok {
			continue
		}
		h := hit{tr: tr, start: i, end: end}
		k := t[i].key
		switch tr.form {
		case trigVerb:
			if determiners[key(t, i-1)] || key(t, i-1) == "as" || t[i].upper && i > 0 {
				// "his host", "the Host Country": a noun, not a verb; but
				// "his talks with Hun Sen" reports a meeting.
				if k == "talks" && key(t, i+1) == "with" && !haveNoun {
					noun, haveNoun = hit{tr: trigger{form: trigNoun}, start: i, end: end}, true
				}
				continue
			}
			if (k == "host" || k == "hosts") && (key(t, end) == "country" || key(t, end) == "nation" || key(t, end) == "city") {
				continue
			}
			if tr.recv {
				letter := false
				for j := end; j < len(t) && j < end+5; j++ {
					if letterWords[t[j].key] {
						letter = true
					}
				}
				if letter {
					continue
				}
			}
			return h, true
		case trigPassive:
			return h, true
		case trigNoun:
			light := false
			for back := 1; back <= 4 && i-back >= 0; back++ {
				b := t[i-back]
				if lightVerbs[b.key] {
					light = true
					break
				}
				if !b.word || b.key == "the" && back > 1 {
					break
				}
			}
			if light {
				h.tr.form = trigVerb
				if h.tr.recv {
					continue
				}
				return h, true
			}
			if haveNoun {
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
			if n := key(t, end); n == "between" || n == "with" || n == "brought" {
				h.definite = false
				if n == "brought" {
					h.definite = true
				}
			}
			noun, haveNoun = h, true
		}
	}
	return noun, haveNoun
}

// sentence reads sentence si for meetings, or for the substance of the
// meeting just reported.
func (a *article) sentence(si int, t []token) {
	dates := a.sentenceDates(si, t)
	roleDate := a.anchor
	for _, d := range dates {
		if !d.anaphoric && !d.aheadOnly {
			roleDate = d.past
			break
		}
	}
	ms := a.mentions(t, roleDate)
	defer func() {
		subj := ""
		for _, m := range ms {
			if m.slug != "" {
				a.note(m.slug)
				if subj == "" {
					subj = m.slug
				}
			}
		}
		if subj != "" {
			a.lastSubj = subj
		}
	}()
	h, ok := findTrigger(t)
	if !ok {
		a.addSubstance(si, t)
		return
	}
	// The clause of the trigger: who takes part.
	lo, hi := 0, len(t)
	for j := h.start - 1; j >= 0; j-- {
		if t[j].key == ";" {
			lo = j + 1
			break
		}
	}
	for j := h.end; j < len(t); j++ {
		if t[j].key == ";" || t[j].key == "," && clauseBreaks[key(t, j+1)] {
			hi = j
			break
		}
	}
	var slugs []string
	add := func(s string) {
		if s != "" && !slices.Contains(slugs, s) {
			slugs = append(slugs, s)
		}
	}
	named := 0
	for _, m := range ms {
		if m.start < lo || m.start >= hi || m.excluded {
			continue
		}
		if m.group != nil {
			for _, s := range m.group {
				add(s)
			}
			continue
		}
		named++
		add(m.slug)
	}
	if a.lastSubj != "" && !h.definite {
		for j := lo; j < h.start && j < lo+6; j++ {
			if t[j].key == "he" || t[j].key == "she" || (t[j].key == "his" || t[j].key == "her") && h.tr.form == trigNoun {
				add(a.lastSubj)
				break
			}
		}
	}
	status := a.status(t, h)
	kind := relbot.KindInPerson
	switch h.tr.kind {
	case kindPhone:
		kind = relbot.KindPhone
	case kindVirtual:
		kind = relbot.KindVirtual
	}
	if kind == relbot.KindInPerson {
		for j := 0; j < len(t); j++ {
			if k, _, ok := kindHint.match(t, j); ok {
				if k == kindPhone {
					kind = relbot.KindPhone
				} else {
					kind = relbot.KindVirtual
				}
				break
			}
		}
	}
	from := 0
	if si == a.dlSent {
		from = a.dlEnd
	}
	place, venue, rank := a.placeIn(t, h, from)

	if h.definite && h.tr.form == trigNoun {
		if target := a.target(slugs); target != nil && target.m.Status == status {
			if named >= 2 {
				for _, s := range slugs {
					if !slices.Contains(target.slugs, s) {
						target.slugs = append(target.slugs, s)
					}
				}
			}
			if rank > target.placeRank && target.m.Kind == relbot.KindInPerson {
				target.m.Place, target.placeRank = place, rank
			}
			if target.m.Venue == "" {
				target.m.Venue = venue
			}
			a.addSubstance(si, t)
			return
		}
		if len(a.cands) > 0 {
			a.addSubstance(si, t)
			return
		}
		// "Speaking after their talks, Manet said": the lead named the
		// participants without a verb of meeting.
		for _, s := range a.lastGroup(0) {
			if len(slugs) >= 2 {
				break
			}
			add(s)
		}
		if len(slugs) < 2 {
			return
		}
	}
	c := &cand{sent: si, slugs: slugs, placeRank: rank}
	c.m.Kind, c.m.Status, c.m.Place, c.m.Venue = kind, status, place, venue
	c.m.Occasion, _ = occasionIn(t, a.sentences[si])
	if c.m.Occasion == "" && status == relbot.StatusPast {
		c.m.Occasion = a.occasion
	}
	a.dateOf(c, t, h, dates)
	if c.placeRank == 0 && kind == relbot.KindInPerson {
		visit := a.visitTo
		if _, code := occasionIn(t, a.sentences[si]); code != "" {
			visit = code
		}
		if visit != "" {
			c.m.Place = capitals[visit]
		}
	}
	if kind != relbot.KindInPerson {
		c.m.Place, c.m.Venue = "", ""
	}
	if hasAny(t, h.start-8, h.end+12, set("discuss", "discussed", "agreed", "review", "reviewed")) {
		c.summary = append(c.summary, a.sentences[si])
	}
	a.cands = append(a.cands, c)
}

func hasAny(t []token, lo, hi int, words map[string]bool) bool {
	for j := max(lo, 0); j < hi && j < len(t); j++ {
		if words[t[j].key] {
			return true
		}
	}
	return false
}

// target finds the meeting a definite reference ("at the talks") means:
// the latest one whose participants include the named ones, else the
// latest one sharing any of them, else the latest one.
func (a *article) target(slugs []string) *cand {
	for k := len(a.cands) - 1; k >= 0; k-- {
		c := a.cands[k]
		all := true
		for _, s := range slugs {
			if !slices.Contains(c.slugs, s) {
				all = false
			}
		}
		if all {
			return c
		}
	}
	for k := len(a.cands) - 1; k >= 0; k-- {
		for _, s := range slugs {
			if slices.Contains(a.cands[k].slugs, s) {
				return a.cands[k]
			}
		}
	}
	if len(slugs) == 0 && len(a.cands) > 0 {
		return a.cands[len(a.cands)-1]
	}
	return nil
}

// status reads whether the trigger reports a meeting held, planned or recalled.
func (a *article) status(t []token, h hit) relbot.Status {
	for back := 1; back <= 4 && h.start-back >= 0; back++ {
		b := t[h.start-back]
		if !b.word {
			if b.key == "," || b.key == ";" {
				break
			}
			continue
		}
		if plannedWords[b.key] {
			return relbot.StatusPlanned
		}
		if b.key == "had" && back <= 2 {
			return relbot.StatusBackground
		}
		if h.tr.form == trigNoun || strings.HasPrefix(t[h.start].key, "talk") || strings.HasPrefix(t[h.start].key, "meet") {
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
	if h.tr.form == trigNoun {
		for j := h.end; j < len(t) && j < h.end+3; j++ {
			if t[j].key == "scheduled" || t[j].key == "planned" || t[j].key == "slated" || t[j].key == "will" {
				return relbot.StatusPlanned
			}
		}
	}
	return relbot.StatusPast
}

// dateOf dates a new meeting: the date nearest the trigger in its sentence,
// else the dateline, else the lead's date.
func (a *article) dateOf(c *cand, t []token, h hit, dates []dateExpr) {
	best, bestDist := -1, 1<<30
	for k, d := range dates {
		dist := d.start - h.end
		if d.end <= h.start {
			dist = h.start - d.end + 1
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		d := dates[best]
		c.explicit = true
		switch {
		case d.anaphoric:
			base := a.anchor
			if len(a.cands) > 0 && !a.cands[len(a.cands)-1].m.Date.IsZero() {
				base = a.cands[len(a.cands)-1].m.Date
			}
			if base.IsZero() {
				base = a.pubDate
			}
			if base.Day != 0 && d.sameDay != 0 {
				base = relbot.DateOf(base.Start().AddDate(0, 0, d.sameDay))
			}
			c.m.Date = base
		case c.m.Status == relbot.StatusPlanned || d.aheadOnly:
			c.m.Date = d.future
			if c.m.Status == relbot.StatusPast {
				c.m.Status = relbot.StatusPlanned
			}
		default:
			c.m.Date = d.past
			if c.m.Status == relbot.StatusPast && (a.old(d.past) || a.earlierPeriod(d.past)) {
				c.m.Status = relbot.StatusBackground
			}
		}
		return
	}
	if c.m.Status != relbot.StatusPast {
		return
	}
	switch {
	case !a.dlDate.IsZero():
		c.m.Date = a.dlDate
	case !a.anchor.IsZero():
		c.m.Date = a.anchor
	case hasAny(t, h.start-2, h.start, set("has", "have")):
		c.m.Date = a.pubDate
	default:
		c.m.Date = relbot.Date{Year: a.pubDate.Year, Month: a.pubDate.Month}
	}
}

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

// placeIn reads where a meeting took place from its sentence. rank says how
// sure the place is: 3 a city in the sentence, 2 a venue of one city, 1 the
// dateline or a venue that several capitals have.
func (a *article) placeIn(t []token, h hit, from int) (place, venueName string, rank int) {
	type found struct {
		city string
		at   int
	}
	var cs, unknown []found
	for j := from; j < len(t); j++ {
		if v, end, ok := venues.match(t, j); ok {
			if venueName == "" {
				venueName = v.name
				if !ambiguousVenue[v.name] {
					place, rank = v.city, 2
				}
			}
			j = end - 1
			continue
		}
		if c, end, ok := cities.match(t, j); ok && (t[j].upper || end-j > 1) {
			if key(t, end) == "-" || key(t, j-1) == "-" {
				j = end - 1
				continue // "Phnom Penh-Bavet expressway"
			}
			cs = append(cs, found{c, j})
			j = end - 1
			continue
		}
		if t[j].key == "here" && a.dlCity != "" && j > h.start {
			cs = append(cs, found{a.dlCity, j})
		}
		if t[j].key == "in" && j > h.start {
			if c, end := unknownCity(t, j+1); c != "" {
				unknown = append(unknown, found{c, j + 1})
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
	if a.dlCity != "" {
		return a.dlCity, venueName, 1
	}
	if venueName != "" {
		for j := 0; j < len(t); j++ {
			if v, _, ok := venues.match(t, j); ok {
				return v.city, venueName, 0
			}
		}
	}
	return "", venueName, 0
}

var ambiguousVenue = map[string]bool{"Presidential Palace": true, "Government House": true, "Government headquarters": true, "National Assembly House": true}

// addSubstance keeps a sentence of what was discussed for the meeting just
// reported.
func (a *article) addSubstance(si int, t []token) {
	if len(a.cands) == 0 {
		return
	}
	c := a.cands[len(a.cands)-1]
	if len(c.summary) >= 2 || si-c.sent > 6 {
		return
	}
	if !hasAny(t, 0, len(t), substanceWords) {
		return
	}
	c.summary = append(c.summary, a.sentences[si])
}

// finish merges the article's reports of one meeting and builds the result.
func (a *article) finish() Extraction {
	var keep []*cand
	for _, c := range a.cands {
		merged := false
		for _, k := range keep {
			if k.m.Status == c.m.Status && k.m.Kind == c.m.Kind && sameSet(k.slugs, c.slugs) &&
				(k.m.Date == c.m.Date || !c.explicit || !k.explicit) {
				if !k.explicit && c.explicit {
					k.m.Date, k.explicit = c.m.Date, true
				}
				if c.placeRank > k.placeRank {
					k.m.Place, k.placeRank = c.m.Place, c.placeRank
				}
				if k.m.Venue == "" {
					k.m.Venue = c.m.Venue
				}
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
	var out Extraction
	seenNew := map[string]bool{}
	for _, c := range keep {
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
		m.Summary = summaryOf(c.summary, a.sentences[c.sent])
		m.Sources = []relbot.SourceRef{{URL: a.in.URL, Outlet: a.in.Outlet, Title: a.in.Title, Published: a.in.Published, ArticleID: a.in.ArticleID}}
		out.Meetings = append(out.Meetings, m)
	}
	return out
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

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}

// unknownCity reads "in Pakse," as a city the word lists lack: one or two
// capitalised words that name no country, organisation, month or title,
// followed by punctuation or a lower-case word.
func unknownCity(t []token, i int) (string, int) {
	j := i
	for j < len(t) && j < i+3 && t[j].word && t[j].upper && !lexical(t, j) && !strings.EqualFold(t[j].key, "the") {
		j++
	}
	if j == i || j-i > 2 {
		return "", 0
	}
	if j < len(t) && t[j].word && t[j].upper {
		return "", 0
	}
	switch t[j-1].key {
	case "province", "district", "city", "county", "state", "region", "summit", "conference", "forum", "palace", "hall", "building", "centre", "center", "office", "house", "hotel":
		return "", 0
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, t[k].text)
	}
	return strings.Join(parts, " "), j
}
