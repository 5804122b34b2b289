package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// Generator makes realistic synthetic data, deterministically: meeting j and
// article i depend only on the seed, the sizes and their own index, so any
// part can be made again without the rest, in any order, in parallel.
//
// The shape follows the news: actors drawn from a skewed (Zipf) law over the
// gazetteer, leaders of Cambodia and Viet Nam first, so that a few leaders
// take part in many meetings; 2–4 participants; dates over ten years; mostly
// in-person meetings in a few capitals; 1–3 articles reporting each meeting,
// published on the day or the day after; other articles about trade, borders
// and policy that name actors without reporting a meeting. Articles are about
// 500 words (about 3 KB) of text built from templates.
type Generator struct {
	seed     uint64
	meetings int
	articles int
	first    time.Time // first day of the period
	days     int
	block    int // articles per meeting block: the first 1–3 of a block report its meeting
	actors   []genActor
	cum      []float64 // cumulative actor weights, last = 1
	tag      string    // in every GUID and URL when set, to tell runs apart
}

type genActor struct {
	slug, name, title, adj, short string
}

// leaders come first in the actor ranking, so take part in most meetings.
var leaders = []string{
	"hun-manet", "to-lam", "hun-sen", "pham-minh-chinh", "luong-cuong", "prak-sokhonn", "bui-thanh-son",
	"sonexay-siphandone", "thongloun-sisoulith", "tran-thanh-man", "norodom-sihamoni", "xi-jinping",
	"anwar-ibrahim", "prabowo-subianto", "paetongtarn-shinawatra", "wang-yi", "khuon-sudary", "tea-seiha",
}

var adjectives = map[string]string{
	"VN": "Vietnamese", "KH": "Cambodian", "LA": "Lao", "CN": "Chinese", "TH": "Thai", "MY": "Malaysian",
	"SG": "Singaporean", "ID": "Indonesian", "PH": "Philippine", "MM": "Myanmar", "BN": "Bruneian",
	"TL": "Timorese", "JP": "Japanese", "KR": "Korean", "US": "US", "IN": "Indian", "AU": "Australian",
	"RU": "Russian",
}

// NewGenerator prepares a generator of meetings and articles over the ten
// years that end on end's day. actors is the gazetteer's list; leaders among
// them are ranked first, the others by slug.
func NewGenerator(seed uint64, meetings, articles int, end time.Time, actors []relbot.Actor) (*Generator, error) {
	if meetings < 0 || articles < 0 {
		return nil, fmt.Errorf("negative size: %d meetings, %d articles", meetings, articles)
	}
	if len(actors) < 4 {
		return nil, fmt.Errorf("need at least 4 actors, have %d", len(actors))
	}
	last := time.Date(end.Year(), end.Month(), end.Day(), 0, 0, 0, 0, time.UTC)
	first := last.AddDate(-10, 0, 1)
	g := &Generator{seed: seed, meetings: meetings, articles: articles, first: first,
		days: int(last.Sub(first).Hours()/24) + 1}
	if meetings > 0 {
		g.block = articles / meetings
	}
	rank := func(slug string) int {
		if i := slices.Index(leaders, slug); i >= 0 {
			return i
		}
		return len(leaders)
	}
	sorted := slices.Clone(actors)
	sort.SliceStable(sorted, func(i, j int) bool {
		ri, rj := rank(sorted[i].Slug), rank(sorted[j].Slug)
		if ri != rj {
			return ri < rj
		}
		return sorted[i].Slug < sorted[j].Slug
	})
	total := 0.0
	for i, a := range sorted {
		ga := genActor{slug: a.Slug, name: a.Name, adj: adjectives[a.Country], short: a.Name}
		if len(a.Roles) > 0 {
			ga.title = a.Roles[0].Title
		}
		if len(a.Short) > 0 {
			ga.short = a.Short[0]
		}
		g.actors = append(g.actors, ga)
		// Zipf with exponent 1: at 2.75 participants a meeting, the first
		// actor is in about 40 % of the meetings, the median one in 0.5 %.
		total += 1 / float64(i+1)
		g.cum = append(g.cum, total)
	}
	for i := range g.cum {
		g.cum[i] /= total
	}
	return g, nil
}

func (g *Generator) rng(kind, i int) *rand.Rand {
	return rand.New(rand.NewPCG(g.seed, uint64(i)<<2|uint64(kind)))
}

// actor draws one actor by weight.
func (g *Generator) actor(r *rand.Rand) int {
	i, _ := slices.BinarySearch(g.cum, r.Float64())
	return min(i, len(g.actors)-1)
}

// pick returns one of xs, the earlier ones likelier (weights halving).
func pick[T any](r *rand.Rand, xs []T) T {
	for i := range len(xs) - 1 {
		if r.IntN(2) == 0 {
			return xs[i]
		}
	}
	return xs[len(xs)-1]
}

func one[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

type outlet struct {
	name, code, host string
	zone             *time.Location
}

var (
	ict     = time.FixedZone("+07", 7*3600)
	outlets = []outlet{
		{"Viet Nam News", "VNS", "vietnamnews.example", ict},
		{"Khmer Times", "KT", "khmertimes.example", ict},
		{"VNA", "VNA", "vnanet.example", ict},
		{"AKP", "AKP", "akp.example", ict},
		{"Nhân Dân", "ND", "nhandan.example", ict},
		{"The Phnom Penh Post", "PPP", "phnompenhpost.example", ict},
		{"Xinhua", "Xinhua", "xinhua.example", time.FixedZone("+08", 8*3600)},
		{"Laotian Times", "LT", "laotiantimes.example", ict},
		{"Bangkok Post", "BP", "bangkokpost.example", ict},
		{"Kyodo", "Kyodo", "kyodo.example", time.FixedZone("+09", 9*3600)},
	}
	places = []string{"Phnom Penh", "Hanoi", "Ho Chi Minh City", "Vientiane", "Beijing", "Bangkok", "Siem Reap",
		"Da Nang", "Jakarta", "Kuala Lumpur", "Singapore", "Tokyo", "New York", "Manila", "Sihanoukville", "Hai Phong"}
	venues    = []string{"", "", "Peace Palace", "Government Office", "Royal Palace", "Presidential Palace", "National Assembly", "Great Hall of the People"}
	occasions = []string{"", "", "", "an official visit", "a state visit", "the ASEAN Summit", "the Mekong-Lancang Cooperation meeting",
		"the Greater Mekong Subregion Summit", "a working visit", "the East Asia Summit", "the United Nations General Assembly"}
	topics = []string{"bilateral trade", "border demarcation", "energy cooperation", "digital transformation", "vocational training",
		"cross-border transport", "rice exports", "tourism", "defence ties", "the Mekong river", "investment in special economic zones",
		"customs procedures", "labour migration", "public health", "education exchanges", "railway links", "electricity trade",
		"security along the border", "scholarships for students", "agricultural processing", "banking payments by QR code",
		"climate resilience", "mine clearance", "the fight against online scams", "aviation links"}
	provinces = []string{"Tây Ninh", "An Giang", "Kiên Giang", "Bình Phước", "Đắk Lắk", "Gia Lai", "Kon Tum", "Svay Rieng",
		"Takeo", "Kampot", "Ratanakiri", "Mondulkiri", "Kandal", "Prey Veng", "Đồng Tháp", "Long An", "Attapeu"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// meetingCore is meeting j without its sources, and how many articles
// report it.
func (g *Generator) meetingCore(j int) (relbot.Meeting, int) {
	r := g.rng(0, j)
	day := g.first.AddDate(0, 0, r.IntN(g.days))
	m := relbot.Meeting{ID: int64(j + 1), Date: relbot.DateOf(day)}
	if r.IntN(25) == 0 {
		m.Date.Day = 0 // the article gives only the month
	}
	n := 2 + pick(r, []int{0, 1, 2})
	seen := map[int]bool{}
	for len(m.Participants) < n {
		a := g.actor(r)
		if !seen[a] {
			seen[a] = true
			m.Participants = append(m.Participants, relbot.Participant{Slug: g.actors[a].slug, Name: g.actors[a].name})
		}
	}
	switch k := r.IntN(100); {
	case k < 80:
		m.Kind = relbot.KindInPerson
		m.Place = pick(r, places)
		m.Venue = one(r, venues)
	case k < 92:
		m.Kind = relbot.KindPhone
	default:
		m.Kind = relbot.KindVirtual
	}
	switch k := r.IntN(100); {
	case k < 85:
		m.Status = relbot.StatusPast
	case k < 95:
		m.Status = relbot.StatusPlanned
	default:
		m.Status = relbot.StatusBackground
	}
	m.Occasion = one(r, occasions)
	t1, t2 := one(r, topics), one(r, topics)
	m.Summary = fmt.Sprintf("%s and %s discussed %s and %s, and agreed to meet again.",
		m.Participants[0].Name, m.Participants[1].Name, t1, t2)
	sources := min(1+pick(r, []int{0, 1, 2}), max(g.block, 1))
	return m, sources
}

// Meeting returns meeting j (0 ≤ j < meetings), ID j+1, with its sources:
// articles of its block, IDs j·block+1 onwards, or links alone when there
// are fewer articles than meetings.
func (g *Generator) Meeting(j int) relbot.Meeting {
	m, n := g.meetingCore(j)
	for k := range n {
		i := j*g.block + k
		h := g.head(i, &m)
		ref := relbot.SourceRef{URL: h.url, Outlet: h.outlet.name, Title: h.title, Published: h.published}
		if g.block > 0 && i < g.articles {
			ref.ArticleID = int64(i + 1)
		}
		m.Sources = append(m.Sources, ref)
	}
	return m
}

// reports returns the meeting article i reports, if any.
func (g *Generator) reports(i int) (relbot.Meeting, bool) {
	if g.block == 0 {
		return relbot.Meeting{}, false
	}
	j, k := i/g.block, i%g.block
	if j >= g.meetings {
		return relbot.Meeting{}, false
	}
	m, n := g.meetingCore(j)
	return m, k < n
}

type head struct {
	outlet    outlet
	title     string
	url       string
	published time.Time
}

// head is what a meeting source repeats of article i: drawn from its own
// stream, so that Meeting need not write the article's text.
func (g *Generator) head(i int, m *relbot.Meeting) head {
	r := g.rng(1, i)
	h := head{outlet: pick(r, outlets)}
	var day time.Time
	if m != nil {
		day = m.Date.Start()
		if m.Date.Day == 0 {
			day = day.AddDate(0, 0, r.IntN(28))
		}
		day = day.AddDate(0, 0, r.IntN(2))
		vars := []string{"a", m.Participants[0].Name, "b", m.Participants[1].Name, "t", one(r, topics)}
		if m.Status == relbot.StatusPlanned {
			h.title = fill(one(r, []string{"{a} to visit, meet {b}", "{a} and {b} to hold talks next week", "{a} set to meet {b}"}), vars)
		} else {
			h.title = fill(one(r, []string{"{a}, {b} agree to boost {t}", "{a} holds talks with {b}", "{a} receives {b}", "{a} and {b} discuss {t}"}), vars)
		}
	} else {
		day = g.first.AddDate(0, 0, r.IntN(g.days))
		h.title = fill(one(r, []string{"Cambodia, Viet Nam push {t}", "Officials review {t} in {v}", "New plan for {t} unveiled",
			"Talks on {t} make progress", "{v} steps up {t}"}), []string{"t", one(r, topics), "v", one(r, provinces)})
	}
	h.published = time.Date(day.Year(), day.Month(), day.Day(), 6+r.IntN(15), r.IntN(60), 0, 0, h.outlet.zone)
	h.url = fmt.Sprintf("https://%s/%s/%s-%s%d", h.outlet.host, h.published.Format("2006/01/02"), relbot.Slugify(h.title), g.tag, i+1)
	return h
}

// Article returns article i (0 ≤ i < articles), ID i+1.
func (g *Generator) Article(i int) relbot.Article {
	m, reports := g.reports(i)
	var mp *relbot.Meeting
	if reports {
		mp = &m
	}
	h := g.head(i, mp)
	r := g.rng(2, i)
	text, lead := g.text(r, h, mp)
	a := relbot.Article{
		ID: int64(i + 1), Source: h.outlet.name, GUID: fmt.Sprintf("%s-%s%d", h.outlet.code, g.tag, i+1), URL: h.url,
		Title: h.title, Published: h.published, Collected: h.published.Add(time.Duration(5+r.IntN(55)) * time.Minute).UTC(),
		Text: text, Summary: lead, Story: fmt.Sprint("a", i+1),
	}
	if mp != nil {
		a.Story = fmt.Sprint("m", m.ID)
	}
	sum := sha256.Sum256([]byte(text))
	a.Hash = hex.EncodeToString(sum[:])
	return a
}

func (g *Generator) person(p relbot.Participant) genActor {
	for _, a := range g.actors[:min(len(g.actors), 40)] {
		if a.slug == p.Slug {
			return a
		}
	}
	for _, a := range g.actors {
		if a.slug == p.Slug {
			return a
		}
	}
	return genActor{slug: p.Slug, name: p.Name, short: p.Name}
}

func (a genActor) full() string {
	return strings.TrimSpace(strings.TrimSpace(a.adj+" "+a.title) + " " + a.name)
}

// text writes an article of about 500 words and returns it with its lead.
func (g *Generator) text(r *rand.Rand, h head, m *relbot.Meeting) (string, string) {
	var b strings.Builder
	b.Grow(3600)
	city := strings.ToUpper(pick(r, []string{"Phnom Penh", "Hanoi", "Vientiane", "Ho Chi Minh City", "Beijing"}))
	fmt.Fprintf(&b, "%s, %s (%s) – ", city, h.published.Format("January 2"), h.outlet.code)
	var lead string
	var people []genActor
	if m != nil {
		for _, p := range m.Participants {
			people = append(people, g.person(p))
		}
		lead = g.meetingLead(r, m, people, h.published)
	} else {
		for range 2 {
			people = append(people, g.actors[g.actor(r)])
		}
		lead = fmt.Sprintf("%s said on %s that %s between the two countries had grown by %d percent this year, and %s called for progress on %s.",
			people[0].full(), weekdays[h.published.Weekday()], one(r, topics), 3+r.IntN(40), people[1].full(), one(r, topics))
	}
	b.WriteString(lead)
	b.WriteString("\n\n")
	words := len(strings.Fields(b.String()))
	for words < 480 {
		p := g.paragraph(r, people, m != nil)
		b.WriteString(p)
		b.WriteString("\n\n")
		words += strings.Count(p, " ") + 1
	}
	return strings.TrimSpace(b.String()), lead
}

func (g *Generator) meetingLead(r *rand.Rand, m *relbot.Meeting, people []genActor, published time.Time) string {
	a := people[0]
	others := make([]string, 0, len(people)-1)
	for _, p := range people[1:] {
		others = append(others, p.full())
	}
	with := others[0]
	if n := len(others); n > 1 {
		with = strings.Join(others[:n-1], ", ") + " and " + others[n-1]
	}
	where := ""
	if m.Place != "" {
		where = " in " + m.Place
		if m.Venue != "" {
			where = " at the " + m.Venue + " in " + m.Place
		}
	}
	when := "on " + weekdays[m.Date.Start().Weekday()]
	if m.Date.Day == 0 {
		when = "in " + m.Date.Start().Format("January")
	}
	during := ""
	if m.Occasion != "" {
		during = ", during " + m.Occasion
	}
	switch {
	case m.Status == relbot.StatusPlanned:
		return fmt.Sprintf("%s will hold talks with %s%s next week, officials said on %s.", a.full(), with, where, weekdays[published.Weekday()])
	case m.Status == relbot.StatusBackground:
		return fmt.Sprintf("%s recalled that he had met %s%s in %s, as the two sides marked years of ties.", a.full(), with, where, m.Date.Start().Format("January 2006"))
	case m.Kind == relbot.KindPhone:
		return fmt.Sprintf("%s held a phone call with %s %s%s.", a.full(), with, when, during)
	case m.Kind == relbot.KindVirtual:
		return fmt.Sprintf("%s held a virtual meeting with %s %s%s.", a.full(), with, when, during)
	}
	verb := one(r, []string{"held talks with", "met", "received"})
	return fmt.Sprintf("%s %s %s%s %s%s.", a.full(), verb, with, where, when, during)
}

// paragraph writes two to four sentences of substance; talk allows
// sentences about talks.
func (g *Generator) paragraph(r *rand.Rand, people []genActor, talk bool) string {
	n := 2 + r.IntN(3)
	s := make([]string, n)
	for i := range s {
		tmpl := one(r, sentences)
		if talk && r.IntN(3) == 0 {
			tmpl = one(r, talkSentences)
		}
		s[i] = fill(tmpl, []string{"p", people[r.IntN(len(people))].short, "t", one(r, topics),
			"v", one(r, provinces), "n", strconv.Itoa(2 + r.IntN(90)), "u", one(r, topics)})
	}
	return strings.Join(s, " ")
}

// fill replaces each {k} of tmpl by the value after k in vars (pairs).
func fill(tmpl string, vars []string) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 64)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		for k := 0; k+1 < len(vars); k += 2 {
			if vars[k] == key {
				b.WriteString(vars[k+1])
				break
			}
		}
		tmpl = tmpl[i+j+1:]
	}
}

// sentences are the substance of articles: {p} a person's short name, {t}
// and {u} topics, {v} a province, {n} a number. They report no meeting.
var sentences = []string{
	"{p} said the two governments would work together on {t}, starting with pilot projects in {v} where {n} firms had applied, and then turn to {u}.",
	"{p} stressed that {t} mattered to people in {v}, where {n} villages lie along the border, and called for faster work on {u}.",
	"{p} called for closer coordination on {t} and thanked the authorities of {v} for hosting {n} delegations this year, with {u} to follow.",
	"According to {p}, {t} had made steady progress, and officials in {v} expected {n} new agreements before the end of the year, as well as progress on {u}.",
	"{p} welcomed plans to expand {t}, noting that traders in {v} handled about {n} million dollars of goods each month and wanted clearer rules on {u}.",
	"{p} noted that cooperation on {t} had deep roots, recalling projects in {v} that trained {n} engineers and led to new work on {u}.",
	"{p} asked the ministries to finish studies on {t} within the plan for {v} over the next {n} years, and to report on {u} by the end of the quarter.",
	"Officials close to {p} said {t} would need funding, and that {v} had already asked for {n} million dollars to support {u}.",
	"{p} thanked officials for their work on {t}, praising the people of {v} and the {n} volunteers who helped with {u}.",
}

// talkSentences speak of talks, so appear only in articles that report a
// meeting.
var talkSentences = []string{
	"{p} proposed a joint working group on {t}, to meet in {v} every {n} months and report to both cabinets on {u}.",
	"The talks, {p} said, also covered {t}, while officials from {v} presented {n} proposals on {u}.",
	"Both sides agreed that {t} would help {v}, where {n} percent of households depend on farming, and that {u} should come next, {p} said.",
	"Analysts said the remarks by {p} showed that {t} remained a priority for {v}, after {n} rounds of talks on {u}.",
	"{p} added that {t} would be discussed again at the next session in {v}, where the commission has met {n} times, together with {u}.",
	"Business leaders travelling with {p} signed memorandums on {t}, including a logistics hub in {v} worth {n} million dollars and a project on {u}.",
}
