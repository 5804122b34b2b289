package meeting

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/sentence"
)

// Input is one article to read for meetings.
type Input struct {
	ArticleID int64
	URL       string
	Outlet    string
	Title     string
	Text      string
	Published time.Time // with the outlet's offset: dates resolve in that zone
}

// Extraction is what one article reports: its meetings, held, planned or
// recalled, and the unverified actors created for titled people the
// gazetteer did not know.
type Extraction struct {
	Meetings  []relbot.Meeting
	NewActors []relbot.Actor
}

// Extractor finds the meetings an article reports. It is safe for concurrent
// use.
type Extractor struct {
	g *Gazetteer
	// Now dates an input that has no publication time: relative words
	// ("yesterday") count from it. Nil means time.Now.
	Now func() time.Time
}

// NewExtractor returns an extractor that names actors through g.
func NewExtractor(g *Gazetteer) *Extractor { return &Extractor{g: g} }

// mention is a place in a sentence that names an actor.
type mention struct {
	slug       string
	start, end int
	excluded   bool     // named but not taking part ("at the invitation of")
	group      []string // "the two leaders": several actors at once
	unknown    bool
	byRole     bool // found by an office alone: "the Cambodian Prime Minister"
}

// cand is a meeting being assembled from an article.
type cand struct {
	m         relbot.Meeting
	slugs     []string
	sent      int  // sentence that reported it
	explicit  bool // the date was written in its own sentence
	summary   []string
	placeRank int
	loose     bool // the date came from a word far from the verb of meeting
	borrowed  bool // the date is the main clause's, the meeting told in its "where" clause
	leaked    bool // "a leaked phone call with Hun Sen": older than its leak unless dated beside it
	overview  bool // told in a summary of a whole visit: its day is the one told further on
	agreed    bool // told only by what its people agreed: "A and B agreed Wednesday to …"
	// retold marks a meeting the article tells again: with those who
	// joined it ("The two leaders held talks with the participation of
	// …") or to give its substance ("Receiving Justin Whyatt, His Majesty
	// commended …"). It is one with the same day's report of fewer or
	// more of the same people.
	retold bool
	// told is the last sentence that spoke of the meeting again ("The
	// summit was chaired by …", "X joined the meeting from …"): a list of
	// those attending may follow it rather than the report.
	told int
	// summit marks a meeting reported by a gathering's noun (summit,
	// retreat): a list of who else attended may follow it.
	summit bool
}

// lastTold returns the last sentence that reported or spoke of the meeting.
func (c *cand) lastTold() int { return max(c.sent, c.told) }

// join adds participants to the meeting, each once.
func (c *cand) join(slugs ...string) {
	for _, s := range slugs {
		if !slices.Contains(c.slugs, s) {
			c.slugs = append(c.slugs, s)
		}
	}
}

// article holds the state of one extraction.
type article struct {
	g       *Gazetteer
	in      Input
	pub     time.Time
	pubDate relbot.Date
	first   map[string]int // order of first mention
	recent  []string       // mentioned actors, latest last
	// sectionStart is the sentence of the last bold heading: a round-up's
	// item, whose "they" means none of the meetings told above it.
	sectionStart int
	lastSubj     string
	// lastNamed are the people the last sentence read named, in order:
	// "the two ministers" after a sentence naming two and no meeting.
	lastNamed     []string
	lastNamedSent int
	lastMentions  []mention // the mentions of sentence lastNamedSent
	// lastNaming are the people the last sentence that named anyone
	// named, and that sentence: "A, B and C inaugurated a nursery. The
	// nursery … After planting seedlings, the three held talks".
	lastNaming     []string
	lastNamingSent int
	// leadSpeakers are the titled people the sentences after a meeting
	// told between offices ("The Deputy Minister … received the
	// Ambassador of Thailand") named as their subjects, for that meeting.
	leadSpeakers    []string
	leadSpeakersFor *cand       // the meeting leadSpeakers were gathered for
	namedPerSent    map[int]int // how many actors each sentence read named
	lastMeetSubj    string      // subject of the last meeting held
	unknown         map[string]relbot.Actor
	// offices are the offices the article gave a named actor in an
	// apposition ("Saleumxay Kommasith, Deputy Prime Minister and
	// Minister of Foreign Affairs"), by canonical title: "the Deputy Prime
	// Minister" later is that actor. "" when two actors had the office.
	offices map[string]string
	// bareOffices are the offices the article gave a named actor by a
	// capitalised title with no country before it ("Prime Minister Xanana
	// Gusmão", "The Prime Minister, Xanana Gusmão,"): in a Timorese report
	// that also names "Malaysian Prime Minister Anwar Ibrahim", "the Prime
	// Minister" later is Xanana. "" when two actors had the bare office.
	bareOffices map[string]string
	// unknownNames finds the full names of the unknown actors met so far
	// when they come again without the title that made them known.
	unknownNames *phrases[string]
	// formsLearned holds the unverified actors of earlier articles whose
	// name forms unknownNames already has.
	formsLearned  map[string]bool
	dlCity        string
	dlDate        relbot.Date
	dlSent        int
	dlEnd         int // tokens of the dateline in its sentence
	anchor        relbot.Date
	leadDay       relbot.Date // the day the dateline's own sentence gives after the dateline
	leadSaid      relbot.Date // the day the lead says something was announced or said, when it gives no other
	leadSpokenDay relbot.Date // the same for the lead with or without a dateline, when it has no date but that one
	inQuote       bool        // a quote opened in a sentence before is still open
	occasion      string
	visitTo       string
	visitor       string // the visitor's country when the lead names it: "the Cambodian leader's first official visit"
	monarchNamed  bool   // a king or an emperor was named: a queen or an empress is his consort
	leadCity      string // where the lead sets the story: "at a ceremony in Kuala Lumpur", "left Phnom Penh"
	dayCity       string // where a recap's heading sets the day: "Chiang Mai, Friday"
	cands         []*cand
	// listed is the meeting an attendance list joined people to last, in
	// sentence listedSent: "… Séjourné also took part" goes on with it.
	listed     *cand
	listedSent int
	listedN    int // len(cands) then
	// gathering is a meeting reported with its chair alone ("The Troika
	// meeting was chaired by Saleumxay"), waiting for the sentence that
	// lists who attended.
	gathering *cand
	sentences []string
	toks      [][]token         // the sentences' tokens
	local     map[string]string // a word that names an actor named in full earlier; "" when two share it
	// styled are such words that read as English alone ("An", "Long"):
	// they name the actor only after a style, "Mr An".
	styled map[string]string
	// family are East Asian family names that read as English alone ("He
	// Lifeng" is "He"): capitalised inside a sentence they are the actor.
	family    map[string]string
	ref       time.Time // the day relative words count from: the dateline's, else publication's
	head      string    // the head of the delegation the article reports ("led by X")
	heads     int       // how many heads of delegations it has named
	diplomats []string  // those named after a diplomat's office ("Ambassador X"), for "the diplomat"
	// bulletList is the sentence opening the list of envoys whose items
	// join bulletCand, the ceremony they were received at.
	bulletList int
	bulletCand *cand
	// listSubj is the person a list's opening ended with (the Minister:),
	// the subject of its items that open with a verb; listSubjSent is that
	// opening, or -1.
	listSubj     mention
	listSubjSent int
	// headJustLed is set by a sentence that was about the delegation
	// itself ("The delegation was led by X"): "It" opens the next one.
	headJustLed bool
	narrative   relbot.Date // the day the story has reached: the latest recent day a sentence gave
	narrAt      int         // len(cands) when narrative was set: it is stale once a meeting follows
	// narrHeading says a heading gave the narrative's day ("Monday:"):
	// "On the eve of the summit" under it is that day, not the one before.
	narrHeading bool
	// narrNight says the narrative's day is a night someone arrived on
	// ("arrived on Tuesday night"): "in the afternoon" is the next day's.
	narrNight bool
	// given is the last day, month or year a sentence gave in its own
	// words, however old: what "eight months later" counts from.
	given     relbot.Date
	givenSent int
	// givenDay is the first day (not a month or a year) the last sentence
	// to give one gave.
	givenDay     relbot.Date
	givenDaySent int
	// lastTimeNamed is the last time any sentence named, a date of a
	// report or of an office taken included: what "that month" means.
	lastTimeNamed relbot.Date
	// signatory is who signs a statement written in the first person
	// ("Today I welcomed …" above "Anthony Albanese / Prime Minister of
	// Australia"): its "I".
	signatory string
	// headingHost is who met the one each heading of a readout names
	// ("1. Meeting with …").
	headingHost string
	// span is the days the lead gives the trip it reports: its meetings
	// may be that long before the lead's day.
	span int
	// tail is set while the second report of a sentence is read (", and
	// then held talks with …"): it goes on with the sentence's subject.
	tail bool

	// witnessCand is the meeting whose people sentence witnessSent said
	// witnessed a signing: the next sentence may name the signatories.
	witnessCand *cand
	witnessSent int
	// arrived is the city a sentence that told no meeting said the
	// travellers arrived in, in sentence arrivedSent.
	arrived     string
	arrivedSent int
	// othersNamed holds the given name and surname, as keys, of people
	// the article named whose surname is a known actor's short form
	// ("Ivanka Trump"): the same two words opening a sentence are theirs.
	othersNamed map[string]bool
}

// Extract reads in and returns the meetings it reports. It never fails: an
// article with no meeting gives an empty extraction.
func (x *Extractor) Extract(in Input) Extraction {
	x.g.mu.RLock()
	defer x.g.mu.RUnlock()
	pub := in.Published
	if pub.IsZero() {
		now := time.Now
		if x.Now != nil {
			now = x.Now
		}
		pub = now()
	}
	a := &article{g: x.g, in: in, pub: pub, pubDate: relbot.DateOf(pub), first: map[string]int{}, unknown: map[string]relbot.Actor{}, dlSent: -1, listSubjSent: -1, local: map[string]string{}, styled: map[string]string{}, family: map[string]string{}, offices: map[string]string{}, bareOffices: map[string]string{}, namedPerSent: map[int]int{}, formsLearned: map[string]bool{}}
	for _, line := range strings.Split(in.Text, "\n") {
		for _, s := range joinHonorifics(sentence.Split(line)) {
			a.sentences = append(a.sentences, a.splitAtNames(s)...)
		}
	}
	toks := make([][]token, len(a.sentences))
	for i, s := range a.sentences {
		toks[i] = dropInnerAdverbs(dropCaptionPositions(dropNicknames(tokenize(s))))
	}
	a.toks = toks
	a.signatory = a.signedBy(in.Text)
	a.ref = pub
	a.findDateline(toks)
	if a.dlDate.Day != 0 && !a.dlDate.Start().After(a.pubDate.Start()) {
		// "VIENTIANE, Jan. 6 (VNA) – … here today": today is the dateline's day.
		a.ref = time.Date(a.dlDate.Year, a.dlDate.Month, a.dlDate.Day, 12, 0, 0, 0, pub.Location())
	}
	a.findContext(toks)
	for i := range toks {
		before := len(a.cands)
		a.sentence(i, toks[i])
		a.secondDay(i, toks[i], before)
	}
	return a.finish()
}

// capitalDatelines are the countries whose name alone datelines write for
// their capital.
var capitalDatelines = set("KW")

// findDateline reads "PHNOM PENH, Feb. 6 (VNA) –" or "HÀ NỘI —" at the start
// of one of the first sentences.
func (a *article) findDateline(toks [][]token) {
	for i := 0; i < len(toks) && i < 4; i++ {
		t := toks[i]
		city, end, ok := cities.match(t, 0)
		if !ok && key(t, 0) == "(" && key(t, 2) == ")" && t[1].upper {
			// "(KPL) Vientiane, June 26 –": the agency's tag first; "(ANSA)
			// - CAGLIARI, SEP 26 -" with a dash after it.
			at := 3
			if key(t, at) == "-" {
				at++
			}
			city, end, ok = cities.match(t, at)
			if !ok && at == 4 {
				if c, e, known := unknownDatelineCity(t[at:]); known {
					city, end, ok = c, e+at, true
				}
			}
		}
		if !ok {
			city, end, ok = unknownDatelineCity(t)
			ok = ok && !outletName(city, a.in.Outlet)
		}
		if !ok {
			// "KUWAIT, June 12 (KUNA) --": the country's name for its
			// capital, as its agency writes the dateline.
			if c, e, isCountry := countries.match(t, 0); isCountry && capitalDatelines[c] && key(t, e) == "," {
				city, end, ok = capitals[c], e, true
			}
		}
		if !ok && i == 0 && len(toks) > 1 && len(t) <= 2 && allCaps(t) && !agencyNames[t[0].key] {
			// "INDORE" on a line of its own above the story, a city the
			// table lacks: one or two words of no known vocabulary.
			unknown := true
			for k := range t {
				unknown = unknown && t[k].word && t[k].upper && !lexical(t, k) && !newsLabels[t[k].key]
			}
			if c := titleCase(t); unknown && !outletName(c, a.in.Outlet) {
				city, end, ok = c, len(t), true
			}
		}
		if !ok {
			continue
		}
		if k := key(t, end); (k == "province" || k == "city") && t[end].upper && (key(t, end+1) == ":" || key(t, end+1) == "-" || key(t, end+1) == ",") {
			end++ // "Kampot Province: On the morning of …"
		}
		if key(t, end) == "/" && end+2 < len(t) && t[end+1].word && t[end+1].upper && key(t, end+2) == "/" {
			// "Ulaanbaatar /MONTSAME/. Pope Francis …": the agency between
			// slashes closes the dateline.
			j := end + 3
			for j < len(t) && (key(t, j) == "." || key(t, j) == "-") {
				j++
			}
			a.dlCity, a.dlSent, a.dlEnd = city, i, j
			return
		}
		if key(t, end) == "/" {
			// "WASHINGTON/SEOUL, Feb. 28 (Yonhap) --": the story's city,
			// then the desk's.
			if _, e, ok := cities.match(t, end+1); ok {
				end = e
			}
		}
		if key(t, end) == "[" {
			// "Washington [US], February 2 (ANI):": the country in
			// brackets after the city.
			for k := end + 1; k < len(t) && k <= end+4; k++ {
				if key(t, k) == "]" {
					end = k + 1
					break
				}
			}
		}
		if relbot.Fold(city) == "united nations" {
			// "UNITED NATIONS, Sept 24 (Reuters) -": the wires' dateline
			// for the headquarters in New York.
			city = "New York"
		}
		j := end
		var d relbot.Date
		if key(t, j) == "(" && key(t, j+2) == ")" && key(t, j+3) == "," {
			// "PHNOM PENH (FN), March 26 –": the agency before the date.
			if _, ok := parseDateAt(t, j+4, a.pubDate, dayStart(a.pub)); ok {
				j += 3
			}
		}
		if key(t, j) == "," {
			// "TIANJIN, China, Aug 30 (Asia Wire) -"
			// "VIENTIANE, Laos (AP) —", "MANILA, Philippines —"
			if _, e, ok := countries.match(t, j+1); ok && (key(t, e) == "," || key(t, e) == "(" || key(t, e) == "-") {
				j = e
			} else if e := j + 1; e < len(t) && t[e].word && t[e].upper && (!lexical(t, e) || cityAt(t, e) && (key(t, e+1) == "(" || key(t, e+1) == "-")) {
				// "ANNING, Yunnan, Aug. 14 (Xinhua) --": a province; "Nusa
				// Dua, Bali (ANTARA) -": an island the table holds as a place.
				if e+1 < len(t) && t[e+1].word && t[e+1].upper {
					e++
				}
				if e+1 < len(t) && t[e+1].word && t[e+1].upper && (key(t, e+2) == "-" || key(t, e+2) == "(") {
					e++ // "LABUAN BAJO, East Nusa Tenggara -"
				}
				if key(t, e+1) == "," {
					if _, ok := parseDateAt(t, e+2, a.pubDate, dayStart(a.pub)); ok {
						j = e + 1
					}
				} else if k := key(t, e+1); k == "-" || k == "(" {
					j = e + 1 // "LABUAN BAJO, East Nusa Tenggara -", "BOGOR, West Java (ANTARA) -"
				}
			}
			if e, ok := parseDateAt(t, j+1, a.pubDate, dayStart(a.pub)); ok {
				d, j = e.past, e.end
				if _, day := weekdays[key(t, e.start)]; day && key(t, j) == "," {
					// "HA NOI, Saturday, 20th August 2022 –": the weekday,
					// then the date in full.
					if f, ok := parseDateAt(t, j+1, a.pubDate, dayStart(a.pub)); ok && f.past.Day != 0 {
						d, j = f.past, f.end
					}
				}
				// "Phnom Penh, June 18, 2025 AKP --": the agency unbracketed.
				if key(t, j) == "," && e.end < len(t) {
					if y, ok := parseDateAt(t, j+1, a.pubDate, dayStart(a.pub)); ok && y.past.Year == d.Year && y.past.Month == 0 {
						j = y.end
					}
				}
				if key(t, j) == "," && j+2 < len(t) && t[j+1].word && t[j+1].upper && key(t, j+2) == "-" {
					j++ // "Riyadh, February 16, 2022, SPA --", as the Saudi agency writes
				}
				if j+1 < len(t) && t[j].word && t[j].upper && key(t, j+1) == "-" {
					j++
				}
			}
		}
		if key(t, j) == ":" && j == end {
			// "PUTRAJAYA: Malaysia and Vietnam have …"
			a.dlCity, a.dlSent, a.dlEnd = city, i, j+1
			return
		}
		if j == len(t) && d.IsZero() && i == 0 && len(toks) > 1 && allCaps(t) {
			// "HANOI" on a line of its own above the story.
			a.dlCity, a.dlSent, a.dlEnd = city, i, j
			return
		}
		if j == end && j == len(t)-1 && key(t, j) == "." && i == 0 && len(toks) > 1 {
			// "Jakarta. Indonesia on Sunday signed …": the city alone, its
			// full stop the dateline's end.
			a.dlCity, a.dlSent, a.dlEnd = city, i, j+1
			return
		}
		if j == len(t)-1 && key(t, j) == "." && !d.IsZero() && i+1 < len(toks) && key(toks[i+1], 0) == "/" {
			// "MOSCOW, September 10. /TASS/." as TASS opens.
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j+1
			return
		}
		if j == len(t)-1 && key(t, j) == "." && d.Day != 0 && i == 0 && len(toks) > 1 {
			// "Mexico City, February 15, 2024. The Secretary of Labor …",
			// as ministries' releases open: the dated city, a full stop.
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j+1
			return
		}
		if j == len(t) && !d.IsZero() && !weekdayLine(t, end) {
			// "Brussels, 13 July 2025" on a line of its own, as press
			// releases open; not "Naypyidaw, Wednesday", a recap's heading
			// for the day.
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j
			return
		}
		if !d.IsZero() && key(t, j) == ")" && key(t, j+1) == "-" {
			j++ // "PHNOM PENH, CAMBODIA (18 November 2025) –", as ADB's releases open
		}
		agency := false
		if key(t, j) == "(" {
			// The agency's bracket counts from where it opens: "Jeju,
			// South Korea, May 16 (Jiji Press) --" has its city far before.
			open := j
			for j < len(t) && t[j].key != ")" && j < open+8 {
				j++
			}
			j++
			agency = key(t, j-1) == ")"
		}
		if key(t, j) == "-" {
			for key(t, j) == "-" {
				j++
			}
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j
			return
		}
		if agency && !d.IsZero() && key(t, j) == "." && (j+1 == len(t) || key(t, j+1) == "-") {
			// "Da Nang, Vietnam, Nov. 10 (Notimex).- President …", as
			// Spanish-language agencies write it.
			for j++; key(t, j) == "-"; j++ {
			}
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j
			return
		}
		if agency && key(t, j) == ":" {
			// "KUALA LUMPUR, Jul 11 (APP): …", as Pakistan's agency writes
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j+1
			return
		}
		if agency && !d.IsZero() && j < len(t) && t[j].word && t[j].upper {
			// "Bangkok, Apr 4 (PTI) Prime Minister Narendra Modi …": the
			// agency's bracket closes the dateline without a dash.
			a.dlCity, a.dlDate, a.dlSent, a.dlEnd = city, d, i, j
			return
		}
	}
}

// outletName reports whether a word read as an unknown dateline city is the
// outlet's own name, as some papers open with it: "SGGPO – On January 17, …"
// from SGGP.
func outletName(city, outlet string) bool {
	c, o := strings.ReplaceAll(relbot.Fold(city), " ", ""), strings.ReplaceAll(relbot.Fold(outlet), " ", "")
	return o != "" && (strings.HasPrefix(c, o) || strings.HasPrefix(o, c))
}

// weekdayLine reports whether the line after a city at end is a weekday and
// nothing more: "Chiang Mai, Thursday".
func weekdayLine(t []token, end int) bool {
	_, ok := weekdays[key(t, end+1)]
	return ok && key(t, end) == "," && end+2 == len(t)
}

// unknownDatelineCity reads a dateline whose city the table lacks, only in
// the full agency form, where nothing else fits: "Bogor, West Java (ANTARA)
// -", "KAMPOT (AKP) —". One or two capitalised words that are no known
// vocabulary, an optional ", Region" of one or two capitalised words, then
// the agency in brackets and a dash.
func unknownDatelineCity(t []token) (string, int, bool) {
	end := 0
	for end < len(t) && end < 2 && t[end].word && t[end].upper && !lexical(t, end) {
		end++
	}
	if end == 0 {
		return "", 0, false
	}
	if e := pastBracketedCountry(t, end); e > end {
		// "Fasano (Italy), Jun 14 (PTI)": read on as if the country were
		// not there; the city ends where it did.
		t = append(slices.Clip(t[:end]), t[e:]...)
	}
	j := end
	if key(t, j) == "," {
		j++
		if _, e, ok := countries.match(t, j); ok {
			j = e
		} else {
			for k := 0; k < 2 && j < len(t) && t[j].word && t[j].upper; k++ {
				j++
			}
		}
	}
	if allCaps(t[:end]) && (key(t, j) == "-" || key(t, j) == ":" && len(t[0].key) > 2) && (j == end || key(t, end) == "," && key(t, j) == "-") && !newsLabels[t[0].key] && !newsLabels[t[end-1].key] && !agencyNames[t[0].key] {
		// "ANNING — …", "RAYONG: …": a city in capitals straight before
		// the dash or the colon.
		return titleCase(t[:end]), end, true
	}
	if allCaps(t[:end]) && key(t, end) == "," && !newsLabels[t[0].key] && !agencyNames[t[0].key] {
		// "BAGAN, 3 July — …": a city in capitals, the day, the dash;
		// "KURASHIKI, Japan, May 15 Kyodo - …": its country before the day
		// and the agency after it.
		k := end + 1
		if _, e, ok := countries.match(t, k); ok && key(t, e) == "," {
			k = e + 1
		}
		from := k
		for k < len(t) && k < from+5 && (isMonth(t[k].key) || t[k].key == "." || t[k].key == "," || t[k].key != "" && t[k].key[0] >= '0' && t[k].key[0] <= '9') {
			k++
		}
		if k > from+1 && agencyNames[key(t, k)] {
			k++
		}
		if k > from+1 && key(t, k) == "-" {
			return titleCase(t[:end]), end, true
		}
	}
	// "ANNING, Yunnan, Aug. 14 (Xinhua) --": a date before the agency.
	for k := j; k < len(t) && k < j+6 && key(t, j) != "("; k++ {
		if key(t, k) == "(" {
			j = k
			break
		}
		if tk := t[k]; tk.word && !tk.upper && (tk.key == "" || tk.key[0] < '0' || tk.key[0] > '9') {
			break
		}
	}
	if key(t, j) != "(" {
		return "", 0, false
	}
	open := j
	for j < len(t) && j < end+12 && t[j].key != ")" {
		j++
	}
	if key(t, j) != ")" {
		return "", 0, false
	}
	if key(t, j+1) == "-" {
		return titleCase(t[:end]), end, true
	}
	// "Surat, Mar 6 (PTI) Railway Minister …": a month and day, the
	// agency's one word, and the story straight after, as India's agencies
	// write it.
	if key(t, end) == "," && isMonth(key(t, end+1)) && j-open == 2 && t[open+1].word && len(t[open+1].text) > 1 && strings.ToUpper(t[open+1].text) == t[open+1].text && j+1 < len(t) && t[j+1].word && t[j+1].upper {
		return titleCase(t[:end]), end, true
	}
	return "", 0, false
}

// pastBracketedCountry returns where a dateline's city ending at end goes on
// after the country in round brackets, as India's agencies write it
// ("Fasano (Italy), Jun 14 (PTI)"), or end. (A city the table holds reads
// the bracket as an agency's: "PHNOM PENH (FN), March 26".)
func pastBracketedCountry(t []token, end int) int {
	if key(t, end) != "(" {
		return end
	}
	if _, e, ok := countries.match(t, end+1); ok && key(t, e) == ")" && key(t, e+1) == "," {
		return e + 1
	}
	return end
}

func isMonth(k string) bool {
	_, ok := months[k]
	return ok
}

// newsLabels open a story in capitals before a dash without being its
// dateline: "UPDATE — …", "EXCLUSIVE — …".
var newsLabels = set("update", "updated", "exclusive", "breaking", "analysis", "opinion", "editorial", "note", "correction",
	"feature", "interview", "watch", "video", "photos", "live", "explainer", "factbox", "commentary", "urgent", "flash",
	// "DIPLOMATIC DIGEST – 26/11/2025": a newsletter's heading, no town
	"digest", "bulletin", "briefs", "brief", "roundup", "round-up", "newsletter", "wrap", "highlights", "headlines", "updates",
	// "PRESS RELEASE" on the line above a release
	"press", "release", "media", "readout", "statement", "news", "announcement", "notice", "speech", "transcript")

// agencyNames are news agencies and papers that open a story with their
// own name where a dateline would stand: "SGGP – Youth of Tay Ninh …".
var agencyNames = set("sggp", "vna", "vnp", "vov", "vtv", "tto", "kpl", "akp", "afp", "ap", "upi", "ani", "pti", "ians", "bernama", "antara", "xinhua", "tass", "kyodo", "yonhap", "pna", "mna", "efe", "dpa", "ansa", "reuters")

// signedBy returns the actor whose name alone makes up one of the last two
// lines of text, as under a statement or a press release, or "".
func (a *article) signedBy(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for k := len(lines) - 1; k >= 0 && k >= len(lines)-2; k-- {
		t := shortLine(lines[k], 6)
		if t == nil {
			continue
		}
		if slugs, end := a.g.names.all(t, styleEnd(t)); len(slugs) == 1 && end == len(t) {
			// "Penny Wong", "Senator the Hon Penny Wong" above "Minister
			// for Foreign Affairs"
			return slugs[0]
		}
	}
	// A minister's media release opens with the minister's name and
	// styles: "SENATOR THE HON PENNY WONG / MINISTER FOR FOREIGN AFFAIRS".
	for k := 0; k < len(lines) && k < 3; k++ {
		t := shortLine(lines[k], 8)
		if t == nil || !allCaps(t) {
			continue
		}
		for i := range t {
			if slugs, end := a.g.names.all(t, i); len(slugs) == 1 && end == len(t) {
				return slugs[0]
			}
		}
	}
	return ""
}

// styleEnd returns where the name starts after the styles that open t
// ("Senator the Hon", "H.E. Dr"), 0 when none does.
func styleEnd(t []token) int {
	end := 0
	for end < len(t) {
		_, e, ok := honorifics.match(t, end)
		if !ok {
			_, e, ok = titles.match(t, end)
		}
		if !ok || e >= len(t) {
			break
		}
		end = e
	}
	return end
}

// shortLine tokenizes a line of at most maxWords words (a heading, a signature),
// or returns nil: a paragraph is not worth tokenizing for that.
func shortLine(line string, maxWords int) []token {
	if len(line) > 80 {
		return nil
	}
	t := tokenize(strings.TrimSpace(line))
	if len(t) == 0 || len(t) > maxWords {
		return nil
	}
	return t
}

// allCaps reports whether every letter of the words in t is a capital, as
// in a dateline's city ("ANNING").
func allCaps(t []token) bool {
	for _, tk := range t {
		if !tk.word || strings.ToUpper(tk.text) != tk.text || len(tk.text) < 2 {
			return false
		}
	}
	return len(t) > 1 || len(t) == 1 && len(t[0].text) > 3
}

// splitAtNames splits a sentence after a full name that ends in what the
// splitter took for an abbreviation: in "… Samdech Techo Hun Sen. Hun Sen
// said …" the "Sen." is the end of a name, not the senator's title.
func (a *article) splitAtNames(s string) []string {
	if !strings.Contains(s, ". ") {
		return []string{s}
	}
	t := tokenize(s)
	var out []string
	from := 0
	for i := 0; i < len(t); i++ {
		if !t[i].word || !t[i].upper {
			continue
		}
		slugs, end := a.g.names.all(t, i)
		if len(slugs) == 0 || end-i < 2 || key(t, end) != "." || end+1 >= len(t) || !t[end+1].upper {
			continue
		}
		out = append(out, strings.TrimSpace(s[from:t[end].end]))
		from = t[end+1].start
		i = end
	}
	if from == 0 {
		return []string{s}
	}
	return append(out, strings.TrimSpace(s[from:]))
}

// tripSpan returns the days a lead gives its trip or visit ("concluded a
// week-long trip", "a five-day state visit"), or 0.
func tripSpan(t []token) int {
	for j := 0; j+1 < len(t); j++ {
		k := t[j].key
		if k == "week-long" || k == "weeklong" {
			return 7
		}
		if key(t, j+1) == "-" && key(t, j+2) == "day" || key(t, j+1) == "day" {
			if n := smallNumbers[k]; n > 0 {
				return n
			}
			if n, err := strconv.Atoi(k); err == nil && n > 0 && n <= 14 {
				return n
			}
		}
		if k == "week" && key(t, j+1) == "-" && key(t, j+2) == "long" {
			return 7
		}
	}
	return 0
}

func dayStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// findContext reads the lead for the date of the article's main event and
// the occasion ("state visit to Cambodia").
func (a *article) findContext(toks [][]token) {
	limit := a.dlSent + 3
	if limit < 2 {
		limit = 2
	}
	for i := 0; i < len(toks) && i < limit; i++ {
		if !a.anchor.IsZero() && i != a.dlSent {
			continue
		}
		ds, said, _ := a.sentenceDates(i, toks[i])
		dayOfItsOwn := slices.ContainsFunc(ds, func(d dateExpr) bool { return d.past.Day != 0 && !d.anaphoric && !a.old(d.past) })
		spoken := len(said) == 1 && said[0].past.Day != 0 && !said[0].anaphoric && !a.old(said[0].past) && !said[0].past.Start().After(a.pubDate.Start())
		if i == a.dlSent && !dayOfItsOwn && spoken {
			a.leadSaid = said[0].past
		}
		if i == max(a.dlSent, 0) && len(ds) == 0 && spoken {
			a.leadSpokenDay = said[0].past
		}
		for k, d := range ds {
			if d.anaphoric || d.aheadOnly || d.past.IsZero() || a.old(d.past) || d.past.Start().After(a.pubDate.Start()) || preparedFor(toks[i], d) {
				continue
			}
			if saidOn(toks[i], d.start) && k+1 < len(ds) && !preparedFor(toks[i], ds[k+1]) {
				// "In a statement yesterday, the MAF said Mohammad held
				// talks … on Tuesday": the story's day is the talks'.
				continue
			}
			if a.anchor.IsZero() {
				a.anchor = d.past
			}
			if i == a.dlSent && d.start >= a.dlEnd && d.past.Day != 0 && a.leadDay.IsZero() {
				// "Phnom Penh, August 18 (AKP) -- … agreed yesterday": the
				// lead's own day, after its dateline's.
				a.leadDay = d.past
			}
		}
	}
	if len(toks) > 0 {
		a.span = tripSpan(toks[max(a.dlSent, 0)])
	}
	for i := 0; i < len(toks) && i < 6 && a.occasion == ""; i++ {
		if a.recalls(i, toks[i]) || hasAny(toks[i], 0, len(toks[i]), plannedOnly) || willTravel(toks[i]) {
			// "Trọng recalled his official visit to the United States in
			// July 2015": an earlier occasion, not the article's; "is
			// exploring an early visit to the United States": a later one.
			continue
		}
		a.occasion, a.visitTo = occasionIn(toks[i], a.sentences[i])
	}
	if a.anchor.IsZero() && !a.dlDate.IsZero() {
		a.anchor = a.dlDate
	}
	if a.anchor.IsZero() && liveBlog(a.sentences) {
		// "Here's the latest: 8:40 p.m. Trump met Lula …": a live page's
		// entries are of its day.
		a.anchor = a.pubDate
	}
	for i := 0; i < len(toks) && i < 2 && a.visitTo == ""; i++ {
		t := toks[i]
		for j := 0; j < len(t) && a.visitor == ""; j++ {
			c, end, ok := countries.match(t, j)
			if !ok || key(t, j-1) != "the" {
				continue
			}
			for k := end; k < len(t) && k < end+3; k++ {
				if t[k].key == "'s" && hasAny(t, k+1, k+5, visitNouns) {
					a.visitor = c
					break
				}
			}
		}
	}
	if lead := a.leadSentence(toks); lead >= 0 {
		t, from := toks[lead], a.bodyStart(lead)
		said := saidClauseFrom(t, from)
		for j := from; j < len(t); j++ {
			if c, end, ok := cities.match(t, j); ok && t[j].upper && key(t, end) != "-" && key(t, j-1) != "-" {
				// "led a delegation to Hanoi yesterday to pay their last
				// respects": where the lead's travellers went is where the
				// story is.
				if returnedTo(t, j) {
					// "returned to Jakarta after a week of meetings in Kuala
					// Lumpur": home, not where the story is.
					j = end - 1
					continue
				}
				if sinceBefore(t, from, j) || otherTripTo(t, from, j) || a.longAgoAfter(t, end) || a.dlCity != "" && institutionCityAt(t, j) || said >= 0 && j > said ||
					hasAny(t, max(from, j-20), j, plannedWords) && hasAny(t, max(from, j-20), j, futureHostVerbs) {
					// "their first since the change of administration in
					// Washington"; "When the flag was raised in Kuala Lumpur
					// last month, …": an earlier occasion's city; "visited
					// Japan days after a trip to Beijing": another journey's;
					// "abbot of Wat Suthat in Bangkok" under a VIENTIANE
					// dateline: the guest's temple's, not the story's;
					// ", spokeswoman A told a news conference in Taipei":
					// where the news was told; "Türkiye will host next
					// year's conference in the city of Antalya": where
					// something is to be.
					j = end - 1
					continue
				}
				if asPlace(t, j, end) || leftWords[key(t, j-1)] || key(t, j-1) == "to" && hasAny(t, max(j-6, 0), j, tripWords) || hostCity(t, j, end) {
					a.leadCity = c
					break
				}
				j = end - 1
			}
		}
		for j := from; j < len(t) && a.leadCity == ""; j++ {
			// "had a crowded schedule in the Lao capital this week"
			a.leadCity, _ = capitalAt(t, j)
		}
		for j := from; j < len(t) && a.leadCity == ""; j++ {
			// "receiving foreign dignitaries at the Merdeka Palace": a
			// building that is in one city only.
			if v, end, ok := venueNamed(t, j); ok {
				if venueSeats[v.name] == nil && v.city != "" && !sourceWords[key(t, end)] && !saidWords[key(t, end)] && !venueChiefs[key(t, end)] {
					a.leadCity = v.city
				}
				j = end - 1
			}
		}
	}
}

// futureHostVerbs, after a word of plans, say a city will host an event.
var futureHostVerbs = set("host", "hold", "stage")

// longAgoAfter reports whether the words at end date what happened in the
// city before them to well before the story: "last month", "last year",
// "in 2019".
func (a *article) longAgoAfter(t []token, end int) bool {
	switch key(t, end) {
	case "last":
		k := key(t, end+1)
		return k == "month" || k == "year"
	case "in":
		// "the celebrations held in Ho Chi Minh City in May", told in July
		m, ok := months[key(t, end+1)]
		return yearWord(key(t, end+1)) || ok && !a.pub.IsZero() && m != a.pub.Month()
	}
	return false
}

// yearWord reports whether k is a year written in figures: "2016".
func yearWord(k string) bool {
	if len(k) != 4 || k[0] != '1' && k[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return true
}

// hostCity reports whether the city at t[j:end] is the subject of a clause
// that has it host: "Vientiane could finally catch its breath after hosting
// the ASEAN Summits", "Kuala Lumpur hosted the leaders this week".
func hostCity(t []token, j, end int) bool {
	if j > 0 && key(t, j-1) != "," || end < len(t) && t[end].word && t[end].upper {
		return false
	}
	for k := end; k < len(t) && k < end+10; k++ {
		if !t[k].word && t[k].key != "," {
			return false
		}
		switch t[k].key {
		case "hosted", "hosting", "hosts", "host":
			return true
		}
	}
	return false
}

// leadSentence returns the index of the article's first sentence, past a
// byline or a kicker ("Thou Vireak", "BREAKING"): the first of the first two
// with five tokens or more; -1 for none.
func (a *article) leadSentence(toks [][]token) int {
	for i, limit := 0, 2; i < len(toks) && i < limit; i++ {
		if i == a.dlSent && a.dlCity != "" && a.dlEnd >= len(toks[i]) {
			// "Ulaanbaatar /MONTSAME/.", "MOSCOW, July 29." (then
			// "/TASS/.") on their own: the story starts after them.
			limit++
			continue
		}
		if len(toks[i]) >= 5 {
			return i
		}
	}
	return -1
}

// monarchTitles are offices that a bare "the King" names.
var monarchTitles = set("king", "queen", "sultan", "monarch", "emperor")

// visitNouns name a visit after its visitor: "the Cambodian leader's visit".
var visitNouns = set("visit", "trip", "tour")

// tripWords make "to" a destination: "a delegation to Hanoi", "flew to Vientiane",
// "wrapped up a two-day mission to Brussels".
var tripWords = set("delegation", "visit", "trip", "tour", "mission", "travelled", "traveled", "flew", "came", "went", "returned", "arrived", "led", "headed")

// returnedTo reports whether the city at j is where someone came back to.
func returnedTo(t []token, j int) bool {
	if key(t, j-1) != "to" {
		return false
	}
	switch key(t, j-2) {
	case "returned", "returning", "returns", "return", "back", "home":
		return true
	}
	return false
}

// leftWords put a visit's city before the word that ends the visit.
var leftWords = set("left", "leaving", "departed")

// recalls reports whether sentence i looks back on an earlier occasion: a
// verb of recalling, "previous", or a date weeks before publication.
func (a *article) recalls(i int, t []token) bool {
	for _, tk := range t {
		switch tk.key {
		case "recalled", "recalling", "recall", "recalls", "previous", "remembered":
			return true
		}
	}
	ds, _, _ := a.sentenceDates(i, t)
	for _, d := range ds {
		if !d.anaphoric && !d.aheadOnly && !d.past.IsZero() && a.old(d.past) {
			return true
		}
	}
	return false
}

// reporting verbs date the report, not the event: "AKP on Sunday highlighted".
var reportingVerbs = set("highlighted", "said", "confirmed", "revealed", "disclosed", "reported", "wrote", "noted", "stated", "announced", "published", "told", "quoted", "praised", "hailed", "commented", "covered", "featured", "carried", "ran")

// statementDate reports whether the date at i is when a statement came
// out: "the ministry said in a statement received in Jakarta on Thursday".
func statementDate(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		if !statementNouns[t[j].key] {
			if !t[j].word && t[j].key != "-" || t[j].key == "that" || t[j].key == "when" || t[j].key == "after" {
				return false // "said in a post that he had spoken with Trump on Friday": what the post told
			}
			continue
		}
		if j-2 <= 1 && key(t, j-2) == "in" && determiners[key(t, j-1)] {
			// "In a statement today, the ministry said A and B
			// discussed …": the statement's day.
			return true
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if reportingVerbs[t[k].key] || t[k].key == "according" && key(t, k+1) == "to" {
				// "according to a press release from the ministry on
				// Thursday"
				return true
			}
		}
		return false
	}
	return false
}

// statementNouns are what an office puts out to say something.
var statementNouns = set("statement", "statements", "release", "releases", "readout", "readouts", "communique", "communiqué", "post", "posts", "briefing", "bulletin")

// duringMeeting reports whether "during" at j opens a meeting's noun:
// "during a meeting with", "during their talks".
func duringMeeting(t []token, j int) bool {
	if key(t, j) != "during" {
		return false
	}
	for k := j + 1; k < len(t) && k <= j+3; k++ {
		if meetingNouns[t[k].key] {
			return true
		}
	}
	return false
}

// sentenceDates returns the dates of sentence i other than its dateline,
// and apart from them the dates of reports ("Trump said on Saturday that he
// had spoken to both") and the dates of states begun, lives and targets
// ("since taking office in August"), which date no meeting but are times a
// later "that month" may mean.
func (a *article) sentenceDates(i int, t []token) (dates, reported, others []dateExpr) {
	ds := findDates(t, a.ref)
	out := ds[:0]
	for _, d := range ds {
		if i == a.dlSent && d.start < a.dlEnd {
			continue
		}
		if (reportingVerbs[key(t, d.end)] || reportingVerbs[key(t, d.end+1)] && key(t, d.end) != "," && key(t, d.end) != "and" && key(t, d.end) != "that" || reportingVerbs[key(t, d.start-1)] || statementDate(t, d.start)) &&
			!(reportingVerbs[key(t, d.start-1)] && (key(t, d.end) == "as" || key(t, d.end) == "while" || duringMeeting(t, d.end))) && // "said yesterday as he received B", "said yesterday during a meeting with B": the saying's day is the meeting's
			!a.toldInPerson(t, d) {
			reported = append(reported, d)
			continue
		}
		if since(t, d.start) && !whenClauseMeeting(t, d.end) || lifeEvent(t, d.start) || appointedAside(t, d.start) || deadline(t, d) || workPeriod(t, d) || documentDate(t, d) || toldPlanDate(t, d) || spanInBrackets(t, d) || quotedToday(t, d) || notedThat(t, d) || afterOtherEvent(t, d) {
			others = append(others, d)
			continue
		}
		out = append(out, d)
	}
	if len(out) > 1 {
		// "visited Kahramanmaraş, close to the epicentre of the 6 February
		// earthquakes", "the flood caused by the collapse of a dam on
		// Monday evening": the disaster's day, not the visit's, when the
		// sentence gives one more.
		kept := out[:0:0]
		for _, d := range out {
			if disasterDate(t, d) {
				others = append(others, d)
				continue
			}
			kept = append(kept, d)
		}
		if len(kept) > 0 {
			out = kept
		}
	}
	for k, d := range out {
		// "In 2015 he became …, holding talks with Obama in July that
		// year": the month of the year the sentence named.
		if d.past.Month == 0 || d.past.Day != 0 || key(t, d.end) != "that" || key(t, d.end+1) != "year" {
			continue
		}
		for _, y := range out[:k] {
			if y.past.Month == 0 && y.past.Year != 0 {
				out[k].past.Year, out[k].future = y.past.Year, relbot.Date{}
				break
			}
		}
	}
	return out, reported, others
}

// toldInPerson reports whether a date is the day someone told a named
// holder of an office something: "Xi Jinping yesterday told Prime Minister
// Paetongtarn that …" is the day of their meeting, not of a report to the
// press ("told reporters", "told Xinhua").
func (a *article) toldInPerson(t []token, d dateExpr) bool {
	v := d.end
	if key(t, v) != "told" {
		v = d.start - 1
		if key(t, v) != "told" {
			return false
		}
	}
	o := v + 1
	if key(t, o) == "visiting" {
		o++
	}
	if _, end, ok := countries.match(t, o); ok {
		o = end // "told Thai Prime Minister …"
	}
	if _, _, ok := titles.match(t, o); ok {
		return true
	}
	slugs, _ := a.g.names.all(t, o)
	return len(slugs) > 0
}

// notedThat reports whether a date is in what a speaker noted or added:
// "Chan discussed disaster relief, noting that their troops had worked
// together in Myanmar after the earthquake in March" dates the earthquake,
// not the meeting.
func notedThat(t []token, d dateExpr) bool {
	for j := d.start - 1; j >= 2 && j >= d.start-30; j-- {
		switch k := t[j].key; {
		case k == "." || k == ";" || doubleQuoteMark(k):
			return false
		case k == "that":
			v := j - 1
			if key(t, v) == "out" {
				v-- // "pointing out that"
			}
			if !noteVerbs[key(t, v)] || key(t, v-1) != "," {
				return false
			}
			// Not "noting that Xi paid a state visit in April, during which
			// he held talks with Lam": a meeting told there keeps its day.
			_, told := findTrigger(t[j:], nil)
			return !told
		}
	}
	return false
}

// afterOtherEvent reports whether a date is in an "after" clause with a
// subject of its own that tells no meeting, set after the sentence's
// meeting: "At the talks with Wang Ning, Phong hailed the recovery of trade
// after the two countries fully reopened the border in early 2023" dates
// the reopening.
func afterOtherEvent(t []token, d dateExpr) bool {
	for j := d.start - 1; j >= 1 && j >= d.start-14; j-- {
		switch k := t[j].key; {
		case k == "." || k == ";" || k == "," || doubleQuoteMark(k):
			return false
		case k == "after":
			if !clauseSubjectWords[key(t, j+1)] || !pastVerbBetween(t, j+2, d.start) {
				return false
			}
			_, before := findTrigger(t[:j], nil)
			_, within := findTrigger(t[j:d.start], nil)
			return before && !within
		}
	}
	return false
}

// disasterDate reports whether d dates a disaster the sentence names: "the
// 6 February earthquakes", "the collapse of a saddle dam … on Monday
// evening".
func disasterDate(t []token, d dateExpr) bool {
	if disasterNouns[key(t, d.end)] || disasterNouns[key(t, d.end+1)] && t[d.end].word && !t[d.end].upper {
		return true
	}
	for j := d.start - 1; j >= 0 && j >= d.start-14; j-- {
		switch {
		case disasterNouns[t[j].key]:
			return true
		case !t[j].word && t[j].key != "-" && t[j].key != "'s" || pastVerb(t[j].key) && !t[j].upper:
			return false
		}
	}
	return false
}

var disasterNouns = set("earthquake", "earthquakes", "quake", "quakes", "collapse", "flood", "floods", "flooding", "typhoon", "cyclone", "hurricane",
	"tsunami", "landslide", "landslides", "eruption", "blast", "explosion", "explosions", "disaster", "storm", "wildfire", "wildfires", "crash")

// clauseSubjectWords open the subject of a clause: "after the border
// reopened", "after their troops withdrew".
var clauseSubjectWords = set("the", "its", "their", "his", "her", "both", "a", "an")

// pastVerbBetween reports whether a lowercase word in the past tense stands
// in t[from:to]: "the two countries fully reopened".
func pastVerbBetween(t []token, from, to int) bool {
	for j := from; j < to; j++ {
		if t[j].word && !t[j].upper && len(t[j].key) > 4 && strings.HasSuffix(t[j].key, "ed") {
			return true
		}
	}
	return false
}

// noteVerbs tell what a speaker added, as a participle after a comma.
var noteVerbs = set("noting", "adding", "recalling", "stressing", "pointing", "saying", "emphasising", "emphasizing", "underlining")

// quotedToday reports whether a date is "today" inside a quotation: "\"A
// soldier today must know how to handle a drone,\" he told the graduates"
// is these days, no day on which anyone met.
func quotedToday(t []token, d dateExpr) bool {
	if key(t, d.start) != "today" || d.end != d.start+1 {
		return false
	}
	marks := quoteMarksIn(t)
	before := marksBefore(marks, d.start)
	// "… after independence. Today Portugal is helping us," said the Head
	// of State: a quote opened in a sentence before closes after it.
	return before%2 == 1 || (len(marks)-before)%2 == 1
}

// spanInBrackets reports whether a date is an end of a span in brackets:
// "marking the 95th anniversary of the Youth Union (March 26, 1931 –
// March 26, 2026)" dates the anniversary, not the exchange held this
// morning.
func spanInBrackets(t []token, d dateExpr) bool {
	open := openingBracket(t, d.start, 12)
	if open < 0 {
		return false
	}
	for j := open + 1; j < len(t) && j <= open+16; j++ {
		switch t[j].key {
		case ")":
			return false
		case "-":
			return true
		}
	}
	return false
}

// toldPlanDate reports whether a date belongs to a plan told in a call or
// a meeting: "told Marcos in a phone call that he plans to travel to Manila
// in November" dates the trip, not the call.
func toldPlanDate(t []token, d dateExpr) bool {
	plan := false
	for j := d.start - 1; j >= 0 && j >= d.start-16; j-- {
		switch k := t[j].key; {
		case k == "," || k == "." || k == ";":
			return false
		case k == "plans" || k == "planned" || k == "intends" || k == "hopes":
			plan = true
		case k == "that" && plan:
			for v := j - 1; v >= 0 && v >= j-16; v-- {
				if tellVerbs[t[v].key] || saidWords[t[v].key] {
					// "… that he planned to lead a delegation to Beijing
					// later this year for talks with B": the plan is a
					// meeting, and the date its own.
					return !meetingInClause(t, j)
				}
			}
			return false
		}
	}
	return false
}

// meetingInClause reports whether a meeting with someone ("talks with B")
// is told in the clause that goes on from j; not "travel to Manila in
// November for a summit of Southeast Asian leaders", a trip.
func meetingInClause(t []token, j int) bool {
	for ; j < len(t); j++ {
		if k := t[j].key; k == "," || k == "." || k == ";" {
			return false
		}
		if _, end, ok := matchTrigger(t, j); ok && (key(t, end) == "with" || key(t, end-1) == "with") {
			return true
		}
	}
	return false
}

// deadline reports whether a date is a target ("to double trade by 2025",
// "by the end of 2026", "until 2030"), which dates no meeting.
func deadline(t []token, d dateExpr) bool {
	switch key(t, d.start-1) {
	case "by", "until", "till", "through":
		return true
	case "of":
		return key(t, d.start-2) == "end" && (key(t, d.start-3) == "the" && key(t, d.start-4) == "by" || key(t, d.start-3) == "by")
	}
	return false
}

// reviewWords name work done over a period: "a conference reviewing the
// implementation of the cooperation plan in 2022" dates the plan's year, not
// the conference.
var reviewWords = set("review", "reviewing", "reviewed", "implementation", "implementing", "results", "outcomes",
	"achievements", "performance", "evaluating", "assessing", "summing")

// reviewStops are verbs of meeting or doing, and the "when" that opens
// one, that a year after them may date ("agreements reached when Bounnhang
// visited Hanoi in 2018").
var reviewStops = set("met", "meet", "visit", "visits", "visited", "hosted", "received", "held", "reached", "signed", "when")

// workPeriod reports whether a year alone is the period of work a review
// looks back on. A word of meeting between the two ("the results of their
// talks in 2022") leaves the year to the meeting.
func workPeriod(t []token, d dateExpr) bool {
	// "to review cooperation in the first quarter of 2026": a part of the
	// year reviewed.
	partOf := key(t, d.start-1) == "of" && (key(t, d.start-2) == "quarter" || key(t, d.start-2) == "half")
	if d.past.Month != 0 || d.past.Year == 0 || key(t, d.start-1) != "in" && key(t, d.start-1) != "during" && !partOf {
		return false
	}
	for back := 2; back <= 14 && d.start-back >= 0; back++ {
		k := t[d.start-back]
		if !k.word && k.key != "'s" && k.key != "'" && k.key != "’" && k.key != "-" {
			return false
		}
		if meetingNouns[k.key] || reviewStops[k.key] {
			return false
		}
		if reviewWords[k.key] {
			return true
		}
	}
	return false
}

// documentDate reports whether a date is a document's: "according to a
// statement issued by the ministry yesterday" dates the statement, not the
// talks it reports.
func documentDate(t []token, d dateExpr) bool {
	for back := 1; back <= 12 && d.start-back >= 0; back++ {
		k := t[d.start-back]
		if !k.word && k.key != "'s" {
			return false
		}
		switch k.key {
		case "issued", "released", "published", "posted":
			return true
		}
	}
	return false
}

// since reports whether a date at start dates a state that began then rather
// than an event: "since taking office in August", "since he returned in May".
func since(t []token, start int) bool {
	for back := 1; back <= 12 && start-back >= 0; back++ {
		b := t[start-back]
		if !b.word && b.key != "'s" {
			return false
		}
		if back > 8 && !hasAny(t, start-back, start, officeTaken) {
			// "their first since Acryl Sani took office as the country's
			// 13th IGP in May": only taking office runs so long.
			return false
		}
		if b.key == "since" {
			if back <= 5 {
				return true
			}
			// "since fighting broke out along the border last Thursday":
			// a longer clause, when it tells no meeting of its own
			// ("since Xi received Shinzo Abe in Beijing in December 2019")
			// and opens with no gerund ("since arriving in the Cambodian
			// capital on Friday" dates a trip, whose day a later "That day"
			// means; "since fighting broke out" opens with a noun).
			_, told := findTrigger(t[start-back:start], nil)
			next := key(t, start-back+2)
			gerund := strings.HasSuffix(key(t, start-back+1), "ing") && !pastVerb(next) && next != "broke" && next != "began"
			return !told && !gerund
		}
	}
	return false
}

// whenClauseMeeting reports whether ", when" after a date at end opens a
// clause that tells a meeting: "since the two countries became strategic
// partners in March last year, when Mr Phuc travelled to Canberra for talks
// with Turnbull" dates those talks.
func whenClauseMeeting(t []token, end int) bool {
	if key(t, end) != "," || key(t, end+1) != "when" {
		return false
	}
	_, told := findTrigger(t[end+2:], nil)
	return told
}

// lifeEventWords date a life rather than a meeting.
var lifeEventWords = set("died", "dies", "passed", "born", "death", "killed", "assassinated", "buried", "cremated")

// lifeEvent reports whether the date at start is of a death or a birth:
// "Trọng, who died on July 19" dates neither a meeting nor the story.
func lifeEvent(t []token, start int) bool {
	for back := 1; back <= 3 && start-back >= 0; back++ {
		if lifeEventWords[t[start-back].key] {
			return true
		}
		if t[start-back].key == "office" && officeTaken[key(t, start-back-1)] {
			// "since Mr Sihasak took office in September": a career's
			// step, not a meeting's day.
			return true
		}
	}
	return false
}

var officeTaken = set("took", "taking", "assumed", "assuming", "left", "leaving")

// appointedAside reports whether the date at start tells, in an aside about
// a person, when they came to office: "Koizumi, who was appointed
// agriculture minister Wednesday following …, met Ishiba in the morning".
func appointedAside(t []token, start int) bool {
	return whoAside(t, start) && hasAny(t, max(start-6, 0), start, appointedWords)
}

var appointedWords = set("appointed", "elected", "sworn", "installed", "inaugurated", "promoted", "named")

// old reports whether d ended more than two weeks before publication: an
// article that names such a date recalls a meeting rather than reporting it.
func (a *article) old(d relbot.Date) bool {
	return d.End().Before(dayStart(a.pub).AddDate(0, 0, -14))
}

// occasionIn finds "state visit to Cambodia" or "on the sidelines of the 47th
// ASEAN Summit" in a sentence.
func occasionIn(t []token, s string) (string, string) {
	for i := 0; i < len(t); i++ {
		switch t[i].key {
		case "visit":
			if key(t, i+1) != "to" || invitedToVisit(t, i) || inPluperfectAside(t, i) {
				continue
			}
			j := i + 2
			if key(t, j) == "the" {
				j++
			}
			code, end, ok := countries.match(t, j)
			if !ok {
				continue
			}
			st := i
			for st > 0 && i-st < 3 && t[st-1].word && !slices.Contains([]string{"a", "an", "the", "his", "her", "their", "its", "of", "on", "for", "during"}, t[st-1].key) {
				st--
			}
			return s[t[st].start:t[end-1].end], code
		case "visiting":
			// "H.E. Ms. Fadhlina Sidek, who is visiting Japan"
			if b := key(t, i-1); b != "is" && b != "was" || key(t, i-2) != "who" {
				continue
			}
			if code, end, ok := countries.match(t, i+1); ok {
				return s[t[i].start:t[end-1].end], code
			}
		case "sidelines":
			if key(t, i+1) != "of" {
				continue
			}
			end := i + 2
			for end < len(t) && t[end].key != "," && t[end].key != "." && t[end].key != "in" && t[end].key != ";" && end < i+12 {
				end++
			}
			if end > i+2 {
				st := i
				if key(t, i-1) == "the" {
					st = i - 1
				}
				if key(t, st-1) == "on" {
					st--
				}
				return s[t[st].start:t[end-1].end], ""
			}
		}
	}
	return "", ""
}

// learnOffices records the offices an apposition gives the actor named
// just before end: "Saleumxay Kommasith, Deputy Prime Minister and Minister
// of Foreign Affairs of the Lao PDR, held …".
func (a *article) learnOffices(t []token, slug string, end int) {
	if key(t, end) != "," || participleClauseEnd(t, end) {
		return
	}
	j := end + 1
	for n := 0; n < 3 && (titleModifiers[key(t, j)] || countryAt(t, j) || key(t, j) == "'s"); n++ {
		j++
	}
	for j < len(t) && j < end+24 {
		canon, e, ok := titles.match(t, j)
		if !ok || canon == "" || nameFollows(t, e) {
			// "Those present included Yunus, Nepal's Prime Minister K P
			// Sharma Oli": the office is the next person's.
			return
		}
		if key(t, e) != "of" || key(t, e-1) == "envoy" {
			// Not "President of the Cambodian People's Party", which is
			// not what "the President" means later; but "Special Envoy of
			// the ASEAN Chair" is what "the Special Envoy" means.
			a.holdsOffice(canon, slug)
		}
		// "Deputy Prime Minister and Minister of Foreign Affairs": a
		// second office after "and", over the first one's "of …".
		j = e
		for j < len(t) && t[j].key != "and" && t[j].key != "," && (t[j].word || t[j].key == "'s") {
			j++
		}
		if key(t, j) == "," {
			// "Deputy Prime Minister, Minister of Foreign Affairs … and
			// Special Envoy of the ASEAN Chair": offices listed with commas.
			if _, _, ok := titles.match(t, j+1); !ok {
				return
			}
		} else if key(t, j) != "and" {
			return
		}
		j++
	}
}

// learnCapacity records the office a sentence says its one named person
// acts in, "as the Special Envoy of the ASEAN Chair", "in his capacity as
// envoy": "the envoy" later is that person.
func (a *article) learnCapacity(t []token, ms []mention) {
	var who string
	for _, m := range ms {
		if m.slug == "" || m.group != nil || m.excluded {
			continue
		}
		if who != "" && who != m.slug {
			return
		}
		who = m.slug
	}
	if who == "" {
		return
	}
	for j := 1; j+1 < len(t); j++ {
		if t[j].key != "as" {
			continue
		}
		k := j + 1
		if key(t, k) == "the" {
			k++
		}
		if key(t, k) == "special" {
			k++
		}
		if canon, e, ok := titles.match(t, k); ok && canon != "" && !nameFollows(t, e) && (key(t, k) == "envoy" || key(t, k) == "envoys") {
			a.holdsOffice(canon, who)
		}
	}
}

func countryWithin(t []token, from, to int) bool {
	for k := from; k < to; k++ {
		if countryAt(t, k) {
			return true
		}
	}
	return false
}

// firstOfficeCountry returns the country of the office that ends at and,
// t[and]: "The Lao Deputy PM and FM" are one Lao person's two offices. (Not
// its organisation: "Party General Secretary and President" is a state
// office after a party one.)
func firstOfficeCountry(t []token, and int) string {
	if _, j, ok := officeEndingAt(t, and); ok {
		country, _ := roleQualifiers(t, j, and)
		return country
	}
	return ""
}

// officeEndingAt returns the longest title that ends at end, the "and" of
// a run of two offices: its canonical office and where it starts.
func officeEndingAt(t []token, end int) (canon string, start int, ok bool) {
	for j := max(0, end-6); j < end; j++ {
		if c, e, ok := titles.match(t, j); ok && e == end {
			return c, j, true
		}
	}
	return "", 0, false
}

// officesOfRun records, for "Deputy Prime Minister and Minister of Foreign
// Affairs Don Pramudwinai" with no country written, both offices as the
// holder's in this article: "the Deputy Prime Minister" later is Don. and is
// the run's "and"; second is the canonical office after it.
func (a *article) officesOfRun(t []token, and int, second, slug string, apposed bool) {
	first, j, ok := officeEndingAt(t, and)
	if !ok || first == "" || !t[j].upper {
		return
	}
	if j > 0 && (key(t, j-1) == "and" || key(t, j-1) == "'s" || key(t, j-1) == "the" && !apposed || countryAt(t, j-1)) || and-j < 2 {
		// A longer run, a country's, or "The Secretary and Foreign
		// Minister Prak Sokhonn discussed": two people. "The Deputy
		// Prime Minister and Coordinating Minister for Economic Affairs,
		// Francisco Kalbuadi Lay," names one holder of both.
		return
	}
	if country, org := roleQualifiers(t, j, and); country != "" || org != "" || countryWithin(t, j, and) {
		return
	}
	a.holdsOffice(first, slug)
	a.holdsOffice(second, slug)
}

// learnBareTitle records the office a capitalised title right before m
// gives it when nothing ties the title to a country: "Prime Minister Xanana
// Gusmão", "The Prime Minister, Xanana Gusmão," (not "Malaysian Prime
// Minister Anwar Ibrahim", "Singapore's Prime Minister Lawrence Wong" nor
// "Prime Minister Hun Manet of Cambodia").
func (a *article) learnBareTitle(t []token, m mention) {
	end := m.start
	apposed := key(t, end-1) == ","
	if apposed {
		end--
	}
	if ofCountryEnd(t, m.end) != m.end {
		return
	}
	for j := max(0, end-5); j < end; j++ {
		canon, e, ok := titles.match(t, j)
		if !ok || e != end || canon == "" || !t[j].upper {
			continue
		}
		st := j
		for st > 0 && titleModifiers[key(t, st-1)] {
			st-- // "Thailand's acting Prime Minister Phumtham"
		}
		if k := key(t, st-1); k == "and" || k == "'s" || k == "," && st > 1 && t[st-2].upper {
			// The second office of a run ("Deputy Prime Minister and
			// Foreign Minister Prak Sokhonn"), a country's.
			if k == "and" {
				a.officesOfRun(t, st-1, canon, m.slug, apposed)
			}
			return
		}
		if country, org := roleQualifiers(t, st, e); country != "" || org != "" || countryWithin(t, st, e) {
			return // "Chinese Premier Li Qiang": a title that names its country
		}
		noteHolder(a.bareOffices, canon, m.slug)
		return
	}
}

func (a *article) holdsOffice(canon, slug string) { noteHolder(a.offices, canon, slug) }

// noteHolder records slug as the holder of the office canon in offices, or
// "" once two actors have held it in the article: the title alone then
// names no one.
func noteHolder(offices map[string]string, canon, slug string) {
	if prev, seen := offices[canon]; seen && prev != slug {
		offices[canon] = ""
		return
	}
	offices[canon] = slug
}

// learn lets later sentences name the actor by one word of the name.
func (a *article) learn(slug string) {
	parts := a.g.parts[slug]
	if act, ok := a.unknown[slug]; ok {
		parts = nameParts(act)
	}
	for _, p := range parts {
		if prev, ok := a.local[p]; ok && prev != slug {
			a.local[p] = ""
			continue
		}
		a.local[p] = slug
	}
	// "Resources Minister Madeleine King … Ms King held talks": a known
	// name's English word, styled, is hers too.
	if act := a.actorOf(slug); act.Slug != "" {
		for _, p := range styledParts(act) {
			if prev, ok := a.styled[p]; ok && prev != slug {
				a.styled[p] = ""
				continue
			}
			a.styled[p] = slug
		}
		if k := nameWords(act); familyNameFirst[act.Country] && len(k) >= 2 && notAlone[k[0]] {
			if prev, ok := a.family[k[0]]; ok && prev != slug {
				a.family[k[0]] = ""
			} else {
				a.family[k[0]] = slug
			}
		}
	}
}

// familyNameFirst are the countries whose names put the family name first:
// a later sentence names "He Lifeng" as "He".
var familyNameFirst = set("CN", "TW", "HK", "MO", "KR", "KP", "SG")

// inOtherName reports whether the word at i, a part of a name known in the
// article, is here part of someone else's name: "General Sar Thet" after
// "Sar Sokha". A capitalised word beside it that is no vocabulary, title or
// style says so.
func inOtherName(t []token, i int) bool {
	return nameWordAt(t, i+1) || nameWordAt(t, i-1)
}

// othersGivenName reports whether the word before i, inside the sentence and
// no part of slug's names, is a word of a name: then the surname at i is
// someone else's.
func (a *article) othersGivenName(t []token, i int, slug string) bool {
	if i < 1 || !nameWordAt(t, i-1) {
		return false
	}
	if i == 1 {
		// The sentence's first word may be capitalised for that alone
		// ("With Chinh, …"), unless the article wrote the two words as
		// someone else's name before: "Ivanka Trump, the daughter of
		// President Donald Trump, … Ivanka Trump arrived on Friday".
		return a.othersNamed[t[0].key+" "+t[1].key]
	}
	return !a.ownNameWord(slug, t[i-1].key) // "Ms Kim Ngân" is Nguyễn Thị Kim Ngân
}

// insideLongerName reports whether a known name at t[i:end] has a
// capitalised word of no title or style on each side, the one before no
// part of any of the actors it may be: "Lieutenant General Sheikh Salem
// Nawaf Al-Ahmad Al-Sabah" is not Sheikh Nawaf Al-Ahmad, the late Emir.
func (a *article) insideLongerName(t []token, i, end int, slugs []string) bool {
	if i < 2 || !nameWordAt(t, i-1) || !nameWordAt(t, end) || generationSuffixes[t[end].key] {
		// "of America Joseph R. Biden Jr.": a suffix after the name
		// ends it.
		return false
	}
	for _, s := range slugs {
		if a.ownNameWord(s, t[i-1].key) {
			return false
		}
	}
	return true
}

// ownNameWord reports whether the folded word k is one of the words of the
// actor's name or aliases.
func (a *article) ownNameWord(slug, k string) bool {
	act := a.actorOf(slug)
	for _, n := range append([]string{act.Name}, act.Aliases...) {
		if slices.Contains(keys(n), k) {
			return true
		}
	}
	return false
}

// replacedOne reports whether the name at i follows ", replacing" or ",
// succeeding", over the words of its office.
func replacedOne(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-6; j-- {
		switch t[j].key {
		case "replacing", "succeeding":
			return key(t, j-1) == ","
		case "replaced", "succeeded":
			// "the adviser who succeeded John Kerry"
			return key(t, j-1) == "who"
		case "from":
			// "who took over the climate portfolio from John Kerry"
			return tookOverBefore(t, j)
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// tookOverBefore reports whether "took over" stands a few words before j.
func tookOverBefore(t []token, j int) bool {
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if t[k].key == "over" && (key(t, k-1) == "took" || key(t, k-1) == "taking" || key(t, k-1) == "takes") {
			return true
		}
	}
	return false
}

// nameWordAt reports whether t[j] is a capitalised word that is no
// vocabulary, rank, style or honorific: a word of someone's name.
func nameWordAt(t []token, j int) bool {
	if j < 0 || j >= len(t) || !t[j].word || !t[j].upper || lexical(t, j) || isRank(t[j].key) || nameStyles[t[j].key] {
		return false
	}
	_, _, honour := honorifics.match(t, j)
	_, _, style := nameHonorifics.match(t, j)    // "Tengku Zafrul"
	_, oend, office := personOffices.match(t, j) // "General Director Sỹ": an office's last word
	return !honour && !style && !(office && oend == j+1)
}

// firstNamed returns the actor the article named first, or "".
func (a *article) firstNamed() string {
	best, order := "", -1
	for s, n := range a.first {
		if order < 0 || n < order {
			best, order = s, n
		}
	}
	return best
}

// firstRecent returns, of the actors mentioned so far that keep accepts,
// the one the article named first, or "": the one a story follows.
func (a *article) firstRecent(keep func(slug string) bool) string {
	best := ""
	for _, s := range a.recent {
		if keep(s) && (best == "" || a.first[s] < a.first[best]) {
			best = s
		}
	}
	return best
}

// onlyRecent returns the one person mentioned so far that keep holds for, or
// "" when none or several do.
func (a *article) onlyRecent(keep func(slug string) bool) string {
	found := ""
	for _, s := range a.recent {
		if !keep(s) {
			continue
		}
		if found != "" {
			return ""
		}
		found = s
	}
	return found
}

// note records that slug was mentioned.
func (a *article) note(slug string) {
	if _, ok := a.first[slug]; !ok {
		a.first[slug] = len(a.first)
		a.learn(slug)
	}
	if i := slices.Index(a.recent, slug); i >= 0 {
		a.recent = slices.Delete(a.recent, i, i+1)
	}
	a.recent = append(a.recent, slug)
}

// mentions finds the actors a sentence names, directly, by role or by reference.
func (a *article) mentions(t []token, d relbot.Date) []mention {
	var ms []mention
	covered := make([]bool, len(t)+1)
	// Names first: they are the surest.
	for i := 0; i < len(t); i++ {
		if !t[i].word {
			continue
		}
		if slugs, end := a.g.names.all(t, i); len(slugs) > 0 && (t[i].upper || end-i > 1) && !midName(t, i) && !longerName(t, i, end) && !a.styledOneOpensName(slugs, t, i, end) && !otherPatronymic(t, i, end) && !a.insideLongerName(t, i, end, slugs) && !namedPlaceAfter(t, end) {
			if e := patronymicEnd(t, end); e > end {
				// "Prince Abdulaziz bin Saud bin Naif bin Abdulaziz": the
				// known name goes on with its forebears.
				end = e
			}
			s := a.pick(slugs)
			ms = append(ms, mention{slug: s, start: i, end: end})
			for k := i; k < end; k++ {
				covered[k] = true
			}
			i = end - 1
			continue
		}
		if s, end := a.knownPastPatronymic(t, i); s != "" && !midName(t, i) {
			ms = append(ms, mention{slug: s, start: i, end: end})
			for k := i; k < end; k++ {
				covered[k] = true
			}
			i = end - 1
			continue
		}
		if a.unknownNames != nil && t[i].upper {
			// "received Mr Nguyen Ba Hung, outgoing Ambassador …" and
			// later "Nguyen Ba Hung met Sonexay".
			if s, end, ok := a.unknownNames.match(t, i); ok && !midName(t, i) && (end >= len(t) || !t[end].word || !t[end].upper) {
				ms = append(ms, mention{slug: s, start: i, end: end, unknown: true})
				for k := i; k < end; k++ {
					covered[k] = true
				}
				i = end - 1
				continue
			}
		}
		if a.signatory != "" && t[i].text == "I" {
			ms = append(ms, mention{slug: a.signatory, start: i, end: i + 1})
			covered[i] = true
			continue
		}
		if s, ok := a.styled[t[i].key]; ok && s != "" && t[i].upper && i > 0 && styledBefore(t, i) && (i+1 >= len(t) || !t[i+1].upper) {
			// "Mr An held a working session with …", "Lt. Gen. Long paid a
			// courtesy call on …", "Deputy Minister Long said"
			ms = append(ms, mention{slug: s, start: i, end: i + 1})
			covered[i] = true
			continue
		}
		if s, ok := a.family[t[i].key]; ok && s != "" && t[i].upper && i > 0 && t[i-1].word && !nameWordAt(t, i+1) {
			// "Yellen opened the discussions with He", "pressed He on
			// subsidies": inside a sentence, after a word, "He" is no
			// pronoun.
			ms = append(ms, mention{slug: s, start: i, end: i + 1})
			covered[i] = true
			continue
		}
		if s, ok := a.local[t[i].key]; ok && s != "" && t[i].upper && !namedPlaceAfter(t, i+1) {
			if !inOtherName(t, i) && !midName(t, i) {
				ms = append(ms, mention{slug: s, start: i, end: i + 1})
				covered[i] = true
				continue
			}
			if i > 0 && !covered[i-1] && !nameWordAt(t, i+1) && a.ownNameWord(s, t[i-1].key) && nameWordAt(t, i-1) &&
				(i < 2 || !nameWordAt(t, i-2) && !nameLink(t, i-3, i-2)) {
				// "Barth Eide met …" after "Espen Barth Eide": a surname of
				// two words, both the actor's; not the end of a longer name
				// ("Tahnoun bin Zayed Al Nahyan" after Mohamed bin Zayed Al
				// Nahyan).
				ms = append(ms, mention{slug: s, start: i - 1, end: i + 1})
				covered[i-1], covered[i] = true, true
				continue
			}
			if k := nameWords(a.actorOf(s)); len(k) >= 4 && k[0] == t[i].key && key(t, i+1) == k[1] && !nameWordAt(t, i+2) && !nameWordAt(t, i-1) {
				// "Sheikh Fahad Yousef also received …" after "Sheikh Fahad
				// Yousef Saud Al-Sabah": a long name's given name and
				// father's name, the rest left off.
				ms = append(ms, mention{slug: s, start: i, end: i + 2})
				covered[i], covered[i+1] = true, true
				i++
				continue
			}
		}
		if t[i].upper && !midName(t, i) {
			if slugs, end := a.g.short.all(t, i); len(slugs) > 0 {
				s := a.pickKnown(slugs)
				if whose := cmp.Or(s, slugs[0]); (s != "" || len(slugs) == 1) && a.othersGivenName(t, i, whose) {
					// "Senator Imee Marcos": a given name not the known
					// actor's makes the surname someone else's, here and
					// when the two words open a later sentence (even
					// before the actor is named).
					if a.othersNamed == nil {
						a.othersNamed = map[string]bool{}
					}
					a.othersNamed[t[i-1].key+" "+t[i].key] = true
					s = ""
				}
				if s != "" {
					ms = append(ms, mention{slug: s, start: i, end: end})
					for k := i; k < end; k++ {
						covered[k] = true
					}
					i = end - 1
				}
			}
		}
	}
	ms = append(ms, a.dashedNames(t, covered)...)
	ms = append(ms, a.pluralTitled(t, covered)...)
	// "Governor of Preah Sihanouk province": a place named after the King
	// Father, not he.
	ms = slices.DeleteFunc(ms, func(m mention) bool { return m.slug != "" && m.group == nil && provinceNoun(t, m.end) })
	for _, m := range ms {
		if m.slug != "" && m.group == nil {
			a.learnOffices(t, m.slug, m.end)
			a.learnBareTitle(t, m)
			if act, ok := a.g.actors[m.slug]; ok && !act.Verified && !a.formsLearned[m.slug] {
				a.formsLearned[m.slug] = true
				a.learnNameForms(m.slug, act.Name)
			}
		}
	}
	a.learnCapacity(t, ms)
	nameAt := func(i int) int {
		for k, m := range ms {
			if m.start == i {
				return k
			}
		}
		return -1
	}
	// Titles, roles, unknown titled people and references.
	officeFrom, officeTo := -1, -1 // an office whose holder is the styled name after it
	apposEnd := -1                 // where the last office set off after a name ends
	for i := 0; i < len(t); i++ {
		if covered[i] || !t[i].word {
			continue
		}
		if slugs, end := a.officeHolders(t, i, d, ms); len(slugs) >= 2 {
			ms = append(ms, mention{start: i, end: end, group: slugs})
			i = end - 1
			continue
		}
		if slugs, end := a.sidesNamed(t, i); len(slugs) >= 2 {
			ms = append(ms, mention{start: i, end: end, group: slugs})
			i = end - 1
			continue
		}
		if s := entourageOf(t, i, ms); s != "" {
			// "Governor A and his delegation visited the station, where
			// they were received by B": they are A's party.
			ms = append(ms, mention{slug: s, start: i, end: i + 1})
			continue
		}
		staff := (key(t, i-1) == "from" || key(t, i-1) == "of") && staffWords[key(t, i-2)]
		if ok, end := a.groupRef(t, i); ok != nil && !staff {
			if g := a.groupWith(ok, ms, i); g != nil {
				ok = g
			}
			if g := a.premiersNamed(ok, t, i, end, ms); g != nil {
				ok = g
			}
			ms = append(ms, mention{start: i, end: end, group: ok})
			i = end - 1
			continue
		}
		if k := t[i].key; (k == "emperor" || k == "empress") && t[i].upper {
			// "Emperor Naruhito": a monarch goes by one name.
			if u, end, ok := a.unknownAfter(t, i, i, k, covered); ok {
				ms = append(ms, mention{slug: u, start: i, end: end, unknown: true})
				i = end - 1
				continue
			}
		}
		if u, start, end, ok := a.unknownLeader(t, i, covered); ok {
			ms = append(ms, mention{slug: u, start: start, end: end, unknown: true})
			i = end - 1
			continue
		}
		if u, end, ok := a.unknownBeforeTitle(t, i, covered); ok {
			ms = append(ms, mention{slug: u, start: i, end: end, unknown: true})
			i = end - 1
			continue
		}
		// "The UN's top humanitarian official, Tom Fletcher, met …": a
		// description set off by commas names the one after it.
		described := describerNouns[t[i].key] && key(t, i+1) == "," && describedBefore(t, i)
		if t[i].key == "counterparts" && key(t, i+1) == "," && nameFollows(t, i+1) {
			if named, end := a.namedCounterparts(t, i, covered); named != nil {
				ms = append(ms, named...)
				i = end - 1
				continue
			}
		}
		if (t[i].key == "counterpart" || described) && nameFollows(t, i+1) {
			from := i + 1
			if key(t, from) == "," {
				from++ // "his Thai counterpart, Mongkol Surasajja,": a name set off by commas
			}
			if u, uend, ok := a.unknownAfter(t, i, from, "", covered); ok && (from == i+1 && !described || key(t, uend) == "," || key(t, uend) == "." && !described) {
				ms = append(ms, mention{slug: u, start: i, end: uend, unknown: true})
				i = uend - 1
				continue
			}
		}
		if _, end, ok := personOffices.match(t, i); ok && !(end == i+1 && lowerOnlyOffices[t[i].key] && t[i].upper) && (t[i].upper || i > 0 && t[i-1].word && t[i-1].upper && !covered[i-1] ||
			countrysOffice(t, i) && nameFollows(t, end) || // "Bangladesh's foreign affairs adviser Touhid Hossain"
			bodysLowerOffice(t, i) && nameFollows(t, end) || // "UN humanitarian chief Tom Fletcher"
			ownersLowerOffice(t, i) && nameFollows(t, end) || // "met with its director Wang Xudong"
			lowerOfficeAfterVerb(t, i) && nameFollows(t, end) || // "was welcomed by vice-chancellor Grant Robertson"
			i > 1 && key(t, i-1) == "." && t[i-2].upper && len(t[i-2].key) == 1) { // "U.S. charge d'affaires Susan Burns"
			if key(t, i-1) == "," && i >= 2 && key(t, end) == "of" && (covered[i-2] || slices.ContainsFunc(ms, func(m mention) bool { return m.end == i-1 })) && !acronymThenName(t, end+1) {
				// "Vongdavanh Sisouphanh, Chief Executive Officer of
				// Vientiane Logistics Park": the office is the name's
				// before it; the company's last words are no one.
				i = end - 1
				continue
			}
			end = portfolioEnd(t, end)
			title := ""
			if key(t, end) == "," && (key(t, i-1) == "the" || ownersLowerOffice(t, i)) {
				// "called on the Governor-General, David Hurley, at
				// Government House", "The gallery's director, Nick
				// Mitzevich, met": the office set off before the name.
				title = a.sentenceText(t, i, end)
			}
			if u, uend, ok := a.unknownAfter(t, i, end, title, covered); ok {
				ms = append(ms, mention{slug: u, start: i, end: uend, unknown: true})
				listed := listedOffices[key(t, end-1)]
				if listed == "" && key(t, end-1) == "." {
					listed = listedOffices[key(t, end-2)] // "Sens."
				}
				if listed != "" {
					// "Sens. A and B", then "the senators".
					a.titleUnknown(u, listed)
				} else if end-i >= 2 || end-i == 1 && strings.Contains(t[i].key, "-") {
					// "Procurator General Nguyen Huy Tien" is "the
					// Procurator General" of later sentences; so is "ILO
					// Director-General Gilbert Houngbo" "the Director-General".
					a.giveOffice(u, t, i, end)
				}
				i = uend - 1
				and := bracketEnd(t, uend) // "Sens. Tammy Duckworth (D-Ill.) and Dan Sullivan"
				if listed != "" && key(t, and) == "and" && nameFollows(t, and+1) {
					// "Thai MPs Kannika Sricharoen and Weerapong Taweesak":
					// the plural office names both.
					if u2, uend2, ok := a.unknownAfter(t, and+1, and+1, "", covered); ok {
						a.titleUnknown(u2, listed)
						ms = append(ms, mention{slug: u2, start: and + 1, end: uend2, unknown: true})
						i = uend2 - 1
					}
				}
				continue
			}
		}
		if canon, end, ok := titles.match(t, i); ok {
			// A title that leads to a name belongs to it.
			// "by Defence Minister Nattaphon Narkphanit and Cambodian
			// Defence Minister Tea Seiha": a name right after the title,
			// closed by "and", is its own person, not part of a long title.
			if k := key(t, end); k != "of" && k != "to" && k != "for" && (k != "and" || titleSoon(t, end+1)) {
				// So is one followed by its country: "Minister Chhay Thon of
				// Cambodia and Minister …".
				if u, uend, ok := a.unknownAfter(t, i, end, canon, covered); ok && (key(t, uend) == "and" || key(t, ofCountryEnd(t, uend)) == "and") {
					ms = append(ms, mention{slug: u, start: i, end: uend, unknown: true})
					i = uend - 1
					continue
				}
			}
			j := skipTitleRun(t, end, covered)
			k := styledNameAt(t, end, j)
			if k < 0 && key(t, officeModifiersBefore(t, i)-1) == "the" {
				// "The Ambassador of the European Union to ASEAN, H.E. Mr
				// Sujiro Seam,": the office set off before the styled name
				// is his, "the Ambassador" of later sentences.
				e := j
				for key(t, e) == "to" && e+1 < len(t) && t[e+1].upper {
					e = skipTitleRun(t, e+1, covered)
				}
				if key(t, e) == "," {
					k = styledNameAt(t, e+1, e+2)
				}
			}
			if k >= 0 && !nameBeforeAnd(t, end, k) {
				officeFrom, officeTo = i, k
				// "Minister of Health H.E. Mam Bun Heng": the styled name
				// that follows is the office's holder, read next, before a
				// known name further on ("… Gen. Vilay Lakhamphong and
				// Vietnamese Minister … Luong Tam Quang").
				i = k - 1
				continue
			}
			if j < len(t) && covered[j] && nameAt(j) >= 0 && !nameBeforeAnd(t, end, j) {
				i = j - 1
				continue
			}
			if u, uend, ok := a.unknownAfter(t, i, end, canon, covered); ok && !(key(t, end) == "of" && appositiveOffice(t, i, ms) && companyName(t, end+1, uend)) {
				ms = append(ms, mention{slug: u, start: i, end: uend, unknown: true})
				st := i
				for st > 0 && titleModifiers[key(t, st-1)] {
					st--
				}
				if key(t, st-1) == "and" {
					// "The Deputy Prime Minister and Coordinating Minister
					// for Economic Affairs, Francisco Kalbuadi Lay,": "the
					// Deputy Prime Minister" later is he.
					a.officesOfRun(t, st-1, canon, u, slices.ContainsFunc(t[end:uend], func(k token) bool { return k.key == "," }))
				}
				i = uend - 1
				continue
			}
			// An appositive ("Hun Sen, President of the Senate,") repeats the name;
			// so does its second office ("Phoxay, Deputy Minister of Foreign
			// Affairs and Chairman of the Lao border commission").
			if key(t, i-1) == "," && i >= 2 && (covered[i-2] || slices.ContainsFunc(ms, func(m mention) bool { return m.end == i-1 }) || bracketAfterName(t, i-2, covered)) || i >= 1 && covered[i-1] || appositive(t, i, covered) ||
				key(t, i-1) == "and" && secondOffice(t, i-1, ms) ||
				key(t, i-1) == "," && i-1 == apposEnd { // "Sok Chenda Sophea, Deputy Prime Minister, Minister of Foreign Affairs …": the apposition's second office
				i = end - 1
				apposEnd = end
				continue
			}
			if t[i].key == "head" && end == i+1 && (key(t, end) == "office" || key(t, end) == "offices") {
				// "received at the CPV head office": a building.
				i = end - 1
				continue
			}
			if predicateTitle(t, i) || inServiceOf(t, i) {
				// "was elected prime minister", "his appointment as Prime
				// Minister of Thailand": the office taken, no one holding it.
				i = end - 1
				continue
			}
			country, org := roleQualifiers(t, i, end)
			if country == "" && org == "" && key(t, i-1) == "and" && t[i].upper {
				country = firstOfficeCountry(t, i-1)
			}
			if canon == "minister" && country != "" && key(t, i-2) == "the" {
				if s := a.storyMinister(country, d); s != "" {
					ms = append(ms, mention{slug: s, start: i - 1, end: end, byRole: true})
					i = end - 1
					continue
				}
			}
			if blocs[key(t, i-1)] {
				// "Indonesia, this year's ASEAN chair": a country's
				// turn, no one holding an office.
				i = end - 1
				continue
			}
			if deputyOf(t, i, canon) {
				// "Vietnam's Deputy Minister of Public Security" is not
				// the minister: no one is found by a deputy's office.
				i = end - 1
				continue
			}
			if anyHolder(t, i) && !nameFollows(t, end) && !officeChain(t, end) {
				// "the first time a sitting US President was received
				// there", "To Lam, himself a former public security
				// minister": no one in particular holds it now.
				i = end - 1
				continue
			}
			if place := localPlaceBefore(t, i); place != "" && !nameFollows(t, end) {
				// "the Guangxi Party chief held talks with …" after "Chen
				// Gang, Secretary of the Party Committee of the Guangxi
				// Zhuang Autonomous Region": the one the article gave an
				// office there.
				said := "" // the article's folded lines, read only when an office is not enough
				if s := a.lastUnknown(func(act relbot.Actor) bool {
					if officeHas(" "+keysOf(tokenize(act.Roles[0].Title)), place, t[i:end]) {
						return true
					}
					if said == "" {
						said = a.foldedLines()
					}
					return officeAfterNameHas(said, keysOf(tokenize(act.Name)), place, t[i:end])
				}); s != "" {
					ms = append(ms, mention{slug: s, start: i - 1, end: end, byRole: true})
					i = end - 1
					continue
				}
				if canon != "minister" {
					// a leader's office of a province is none of the State's
					i = end - 1
					continue
				}
			}
			if key(t, end) == "of" && (provinceOfCountry(t, end+1) || bodyOfCountry(t, end+1)) {
				// "the chairman of Vietnam's An Giang province": a
				// province's office, not the country's.
				i = end - 1
				continue
			}
			if heldByAnother(t, end) {
				// "the chairman of the Senate's defence committee, Pavel
				// Fischer": the committee's chairman, not the Senate's.
				i = end - 1
				continue
			}
			if country == "" && org == "" && key(t, end) == "of" && !nameFollows(t, end) {
				// "the Chairman of the Japan-Cambodia Parliamentary
				// Friendship League", "including Chairman of the
				// military-run Viettel Group Tào Đức Thắng": the office of
				// a body no one in the gazetteer heads.
				i = end - 1
				continue
			}
			if key(t, i-1) == "the" && (toMonarch(t, i-1) || key(t, i-2) == "majesty" && toMonarch(t, i-3)) {
				i = end - 1
				continue
			}
			if monarchTitles[canon] && end < len(t) && t[end].word && t[end].upper && !covered[end] {
				// "the King Abdulaziz International Conference Center",
				// "King Fahd Causeway": a king the name says, whom the
				// gazetteer lacks, not the one reigning.
				i = end - 1
				continue
			}
			if country != "" && key(t, i-1) == "'s" && appositiveOffice(t, i-2, ms) && !nameFollows(t, end) {
				// "received Pirapan Salirathavibhaga, Thailand's Deputy
				// Prime Minister and Minister of Energy,": the office of the
				// one just named, whoever else held it.
				i = end - 1
				continue
			}
			s := ""
			if country == "" && org == "" && key(t, i-1) == "the" && !nameFollows(t, end) {
				s = a.offices[canon] // "the Deputy Prime Minister met with …"
			}
			ownedOffice := key(t, i-1) == "'s" && i >= 2 && t[i-2].upper && country == "" && org == "" // "the Chief Adviser's High Representative on Rohingya Affairs": an aide's post, not the EU's
			if s == "" && !ownedOffice && !(canon == "minister" && !hasAny(t, i, end, ministerWord)) && !portfolioBefore(t, i, end, canon) {
				// "Malaysia's special envoy on Myanmar": a title the
				// catch-all office holds, not any minister of Malaysia's.
				s = a.byRole(canon, country, org, d)
				if s != "" && country == "" && org == "" && key(t, i-1) == "the" && !slices.Contains(a.recent, s) {
					// "Pope Francis received … The Pope then met …" in a
					// story dated after his time: the one the article
					// itself titled so, not a holder it never named.
					if u := a.titledUnknown(keysOf(t[i:end])); u != "" {
						s = u
					}
				}
			}
			if s == "" && country == "" && org == "" && canon == "minister" && i >= 2 && t[i-1].upper && key(t, i-2) == "the" && !nameFollows(t, end) {
				// "Ed Miliband … During the visit, the Energy Secretary met
				// …": the one the article named who holds that very office.
				s = a.recentHolder(strings.TrimSpace(keysOf(t[i-1:end])), d)
			}
			if s == "" && country == "" && org == "" && key(t, i-1) == "the" && !nameFollows(t, end) {
				// "The Prime Minister welcomed President Prabowo to
				// Downing Street": the office whose seat the sentence names.
				if c := seatCountry(t, canon); c != "" {
					s = a.byRole(canon, c, "", d)
				}
			}
			if s == "" && country == "" && org == "" && (canon != "minister" || end-i >= 2) && key(t, i-1) == "the" && key(t, i-2) != "and" && !nameFollows(t, end) {
				// "Prime Minister Sitiveni Rabuka met Prabowo … The Prime
				// Minister also met Sugiono", "Alounkeo Kittikhoun, Special
				// Envoy of the ASEAN Chair on Myanmar, … the Special Envoy
				// paid a courtesy call on …": the one person the gazetteer
				// lacks whom the article titled so (not one of a list, "the
				// two ministers, the governor and the chairman", read as
				// a group; not a bare "the minister").
				s = a.titledUnknown(keysOf(t[i:end]))
			}
			if s == "" && country != "" && key(t, i-2) == "the" && !nameFollows(t, end) {
				// "Cambodian Deputy Prime Minister Hang Chuon Naron …
				// the Cambodian Deputy PM paid a courtesy call": the
				// person this article gave the office to, whom the
				// gazetteer lacks.
				s = a.unknownHolder(canon, keysOf(t[i:end]), country)
				if s == "" && t[i].key == "speaker" && end == i+1 {
					// "the Korean Speaker and his delegation were received
					// by Johari" after "Speaker of the National Assembly
					// of the Republic of Korea Woo Won-shik": the one head
					// of that country's legislature the article named.
					s = a.onlyRecent(func(x string) bool {
						return a.countryOf(x) == country && a.headsLegislature(x, dOr(d, a.pubDate))
					})
				}
			}
			if s != "" {
				st := i
				if i > 0 && (countryAt(t, i-1) || key(t, i-1) == "the") {
					st = i - 1
				}
				ms = append(ms, mention{slug: s, start: st, end: end, byRole: true})
			}
			i = end - 1
			continue
		}
		if u, uend := a.unknownNameAt(t, i, covered); u != "" {
			if officeTo >= 0 && i == officeTo {
				a.giveOffice(u, t, officeFrom, officeTo)
			}
			ms = append(ms, mention{slug: u, start: i, end: uend, unknown: true})
			for k := i; k < uend; k++ {
				covered[k] = true // "Madame X, Chairwoman of …": the office is X's
			}
			i = uend - 1
			continue
		}
		if s := a.vietnameseSurname(t, i); s != "" && !covered[i] {
			ms = append(ms, mention{slug: s, start: i, end: i + 1})
			continue
		}
		if s, end := a.corefAt(t, i, ms, d); s != "" && !namedAfter(t, end) {
			ms = append(ms, mention{slug: s, start: i, end: end})
			i = end - 1
		}
	}
	slices.SortFunc(ms, func(x, y mention) int { return x.start - y.start })
	a.excludeConsorts(t, ms)
	a.headJustLed = false
	for k := range ms {
		if ms[k].slug == "" {
			continue
		}
		if cancelledWith(t, ms[k].start) {
			// "Obama canceled a planned meeting with Duterte … and
			// instead held talks with Park": no one met Duterte.
			ms[k].excluded = true
		}
		if _, end, ok := exclusionBeforeAt(t, ms[k].start); ok && end > 0 {
			ms[k].excluded = true
		}
		if subordinateSubject(t, ms[k]) || leadingAfterClause(t, ms, k) {
			// "their last talks before Donald Trump returns to the White
			// House": the subject of a clause of time is no party.
			ms[k].excluded = true
		}
		if spouseOf(t, ms[k].start) {
			// "Najib, who arrived last night with his wife Datin Seri
			// Rosmah Mansor, was granted an audience", "hosted Hun Manet
			// and his wife, Dr Pich Chanmony, to an official lunch": a
			// spouse comes along, and is no party to the talks.
			ms[k].excluded = true
		}
		if kinOf(t, ms[k].start) {
			// "Sar Sokha, the son of former Interior Minister Sar Kheng,
			// was received by …": the father is named, not met.
			ms[k].excluded = true
		}
		if replacedOne(t, ms[k].start) {
			// "…, since the Bruneian took up his post on Jan. 1, replacing
			// Le Luong Minh": the one replaced is named, not met.
			ms[k].excluded = true
		}
		if firstSince(t, ms[k].start, ms[k].end) {
			// "Macron, the first French president to visit Vietnam since
			// Francois Hollande in 2016, was greeted by …": the one before
			// him is named, not met.
			ms[k].excluded = true
		}
		if onTheEveOf(t, ms[k].start) {
			// "hosted Trump to lunch on Monday, on the eve of his summit
			// with Kim Jong Un": Kim is the next day's.
			ms[k].excluded = true
		}
		if toldThatPronoun(t, ms[k]) {
			ms[k].excluded = true
		}
		if afterEarlierTalks(t, ms[k]) {
			// "On Saturday evening, after the talks with Modi, Dhankhar
			// called on the visiting leader": Modi's talks were earlier.
			ms[k].excluded = true
		}
		if namesRule[key(t, ms[k].end)] {
			// "a member of the new Anthony Albanese government", "the
			// Trump administration": the name only says whose rule.
			ms[k].excluded = true
		}
		if key(t, ms[k].end) == "'s" && !honourOf(t, ms[k]) && !ownMeeting(t, ms[k]) && !tripThenWhere(t, ms[k]) {
			// "Thaksin's daughter" is not Thaksin; "in Manet's honour" is,
			// and so is "Chinh's meeting with Modi".
			ms[k].excluded = true
		}
		if (diplomatBefore(t, ms[k].start, ms[k].end) || key(t, ms[k].end) == "," && diplomatWords[key(t, ms[k].end+1)]) && !slices.Contains(a.diplomats, ms[k].slug) {
			// "Consul General Prak Sovann", "Wang Wenbin, Ambassador
			// Extraordinary and Plenipotentiary of …"
			a.diplomats = append(a.diplomats, ms[k].slug)
		}
		if ledBy(t, ms[k].start) || leadsDelegation(t, ms[k].end) {
			if a.head != ms[k].slug {
				a.heads++
			}
			a.head = ms[k].slug
			a.headJustLed = key(t, 0) == "the" && key(t, 1) == "delegation" && key(t, 2) == "was"
		}
		if ms[k].group == nil && partyTag(t, ms[k].end) {
			// "Petr Fiala (ODS) and his Vietnamese counterpart": the
			// party's letters are part of how the name is written.
			ms[k].end += 3
		}
	}
	return officeNamedAfter(t, ms)
}

// officeNamedAfter reads "Indonesian Defence Minister, Hadi Tjahjanto," as
// the person named in apposition, whoever the gazetteer gives the office to
// that day.
func officeNamedAfter(t []token, ms []mention) []mention {
	for k := 0; k+1 < len(ms); k++ {
		role, name := ms[k], ms[k+1]
		comma := role.end
		if key(t, comma) == "of" {
			// "the Acting Prime Minister of Thailand, Phumtham
			// Wechayachai": past the country the office is of.
			at := comma + 1
			if key(t, at) == "the" {
				at++
			}
			if _, end, ok := countries.match(t, at); ok {
				comma = end
			}
		}
		if role.byRole && key(t, comma) == "," && name.start == comma+1 && name.group == nil && name.slug != "" && !name.excluded {
			ms[k].slug = name.slug
		}
	}
	return ms
}

// partyTag reports whether a party's letters in brackets stand at i, as a
// politician's name is written in some countries' press: "(ODS)", "(CDU)".
func partyTag(t []token, i int) bool {
	if key(t, i) != "(" || key(t, i+2) != ")" || !t[i+1].word {
		return false
	}
	w := t[i+1].text
	return len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// midName reports whether a known name at t[i:] is only the tail of a
// Vietnamese name: "Nguyen Tan Cuong" is not "Tần Cương" (Qin Gang). A
// Vietnamese full name starts with the family name, so a match right after
// one is the given names of someone else.
func midName(t []token, i int) bool {
	return i > 0 && t[i-1].word && t[i-1].upper && vietnameseSurnames[relbot.Fold(t[i-1].key)] ||
		i > 1 && nameLink(t, i-2, i-1) // "Abdulaziz bin Salman" is not Mohammed bin Salman
}

// corporateOffice reports whether t[from:to] is a company officer's title:
// "Chief Executive Officer of", "President and CEO of".
func corporateOffice(t []token, from, to int) bool {
	for j := from; j < to; j++ {
		switch t[j].key {
		case "ceo", "executive", "officer", "chairman", "chairwoman", "founder":
			return true
		}
	}
	return false
}

// companyNouns say that a company's name follows: "the US technology group
// Qualcomm".
var companyNouns = set("group", "company", "firm", "giant", "conglomerate", "maker", "manufacturer", "corporation")

// vietnameseLastName reports whether t[j], a word of the vocabulary, ends
// the Vietnamese name that starts at i: "Phạm Hùng Thái" is a person, not
// Phạm Hùng of Thailand, when no capitalised word follows.
func vietnameseLastName(t []token, i, j int) bool {
	// "Nguyễn Văn Thể" written without its marks: "Nguyen Van The".
	last := t[j].key == "thai" || t[j].text == "The"
	return j >= i+2 && last && vietnameseSurnames[t[i].key] && !(j+1 < len(t) && t[j+1].word && t[j+1].upper)
}

// endsVietnameseName reports whether t[j] is the last word of a Vietnamese
// name of three or four words that ends there (vietnameseLastName).
func endsVietnameseName(t []token, j int) bool {
	for i := j - 2; i >= max(j-3, 0); i-- {
		if vietnameseLastName(t, i, j) {
			return true
		}
	}
	return false
}

// vietnameseSurnames are the commonest Vietnamese family names, folded.
var vietnameseSurnames = set("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
	"ho", "ngo", "duong", "ly", "dinh", "truong", "luong", "trinh", "doan", "lam", "mai", "to", "ta", "ha", "cao", "chu", "vuong", "thai")

// honourOf reports whether a possessive names a guest of honour: "in Hun
// Manet's honour".
func honourOf(t []token, m mention) bool {
	k := key(t, m.end+1)
	return (k == "honour" || k == "honor") && key(t, m.start-1) == "in"
}

// ledBy reports whether the name at start heads a delegation: "a delegation
// led by H.E. Tran Cam Tu", or by "Secretary of the Party Central Committee
// and Head of its Commission for External Relations Le Hoai Trung".
func ledBy(t []token, start int) bool {
	for back := 1; back <= 16 && start-back >= 1; back++ {
		j := start - back
		if t[j].key == "by" && (t[j-1].key == "led" || t[j-1].key == "headed") {
			return !ledBody(t, j-2)
		}
		// "led by its President and CEO Ted Osius": "and" joins two offices
		// of one head, not a second person.
		officeAnd := t[j].key == "and" && t[j-1].upper && (officeVocabulary[t[j-1].key] || t[j-1].key == "founder")
		// "led by its Vice President, General Chhum Sokha": the office set
		// off before the name.
		officeComma := t[j].key == "," && t[j-1].upper && officeVocabulary[t[j-1].key]
		if !t[j].upper && !officeAnd && !officeComma && t[j].key != "." && t[j].key != "of" && t[j].key != "for" && t[j].key != "the" && t[j].key != "its" && t[j].key != "their" && !localOfficeLower[t[j].key] {
			return false
		}
	}
	return false
}

// ledBody reports whether the word at i, just before "led by", names a
// party, a government or another body rather than a delegation: "the CPP
// headed by Samdech Techo Hun Sen" makes him no delegation's head, while "a
// delegation of the CPP led by Say Chhum" does make Say Chhum one.
func ledBody(t []token, i int) bool {
	if i < 0 || !bodyWords[t[i].key] && !(t[i].upper && len(t[i].text) >= 2 && strings.ToUpper(t[i].text) == t[i].text) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if t[k].key == "delegation" || t[k].key == "delegations" {
			return false
		}
	}
	return true
}

// bodyWords name what is led without being a delegation.
var bodyWords = set("party", "government", "cabinet", "administration", "coalition", "ministry", "council", "committee", "army", "opposition")

// plannedOnly are the plan words that leave no doubt a sentence's visit is
// still to come.
var plannedOnly = set("exploring", "considering", "mulling", "weighing", "scheduled", "planned")

// invitedToVisit reports whether the visit at i is one someone was invited
// to pay: "invited Kishida to pay an official visit to Cambodia at a
// convenient time" is no visit the story is on.
func invitedToVisit(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if inviteVerbs[t[j].key] {
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// inPluperfectAside reports whether i stands in an aside in the
// pluperfect: "received Balakrishnan, whom he had met during his visit to
// Singapore in 2023" recalls that visit.
func inPluperfectAside(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-12; j-- {
		switch t[j].key {
		case "whom", "who", "when":
			return key(t, j-1) == "," && (key(t, j+1) == "had" || key(t, j+2) == "had")
		case ",", ".", ";":
			return false
		}
	}
	return false
}

var inviteVerbs = set("invited", "invites", "invite", "inviting")

// willTravel reports whether t says a trip is still to come: "will pay an
// official visit to the Lao PDR next week", "is set to visit".
func willTravel(t []token) bool {
	for j := 0; j+1 < len(t); j++ {
		if (t[j].key == "will" || t[j].key == "to" && (key(t, j-1) == "set" || key(t, j-1) == "due")) && tripVerbs[t[j+1].key] {
			return true
		}
	}
	return false
}

var tripVerbs = set("pay", "make", "visit", "travel", "undertake", "embark", "begin", "start", "fly", "head")

// bodyPlurals end bodies' names, no person's: "Red Crescent Societies".
var bodyPlurals = set("societies", "countries", "parks", "nations", "affairs", "forces", "resources", "services", "islands", "states", "emirates", "communities", "industries")

// bodyLinks join the words of a body's name: "Department of National
// Parks", "Wildlife and National Parks".
var bodyLinks = set("of", "and", "for", "the", "&")

// orgWords end the name of a company or an institution written before a
// person's: "Chairman of Samsung Electronics Lee Jae-yong".
var orgWords = set("electronics", "group", "corporation", "corp", "company", "holdings", "bank", "motors", "airlines",
	"airways", "industries", "technologies", "inc", "ltd", "plc", "foundation", "institute", "university", "berhad", "bhd", "tbk", "gmbh", "llc",
	"aerospace", "systems", "dynamics", "shipbuilding", "aviation", "telecom", "pharmaceuticals", "enterprises", "ventures", "railways",
	"councillors", "representatives", "deputies", "lords", "commons", "delegates", // "House of Councillors Sekiguchi Masakazu"
	"power",                                                                         // "National Assembly of People's Power Esteban Lazo"
	"league", "friendship", "society", "club", "network", "confederation", "caucus", // "the Chairman of the Japan-Cambodia Parliamentary Friendship League"
	"sangha", "order", "church", "congregation", // "a delegation of the Vietnam Buddhist Sangha"
	// "Speaker of the Amyotha Hluttaw Mahn Win Khaing Than", "Marshal of the Sejm A"
	"hluttaw", "sejm", "duma", "knesset", "majlis", "bundestag", "bundesrat", "sabha", "storting", "riksdag", "folketing", "eduskunta", "seimas", "saeima", "riigikogu", "khural", "kenesh", "mazhilis",
	"team", "mission", "force", "command", // "the head of the Asean Observer Team, Major General …"
	"journalists", "veterans", "writers", "artists", "lawyers", "farmers", "workers", "women", "youth", // "President of the Club of Cambodian Journalists Sorn Chanthy"
	"cross", "crescent", // "President of the Cambodian Red Cross, …"
	"unit", "authority", "inspectorate", "commission", "bureau", // "deputy director-general of the Cambodian Anti-Corruption Unit; Mr B"
	// Parliaments' own names: "Speaker of the Swedish Riksdag Andreas Norlén".
	"riksdag", "storting", "folketing", "eduskunta", "althing", "althingi", "bundestag", "bundesrat", "nationalrat", "sejm", "seimas", "saeima",
	"riigikogu", "knesset", "duma", "majlis", "rada", "oireachtas", "dail", "seanad", "sabha", "sangsad", "hural", "khural",
	"rakyat", "majelis", "sobranie", "skupstina")

// ownMeeting reports whether a possessive names one who took part in the
// meeting it owns: "Chinh's meeting with Modi", "Lee's talks with Lam".
func ownMeeting(t []token, m mention) bool {
	k := m.end + 1
	if key(t, k) == "first" || key(t, k) == "bilateral" || key(t, k) == "official" {
		k++
	}
	switch key(t, k) {
	case "meeting", "talks", "call", "phone":
		return key(t, k+1) == "with" || key(t, k+1) == "call" && key(t, k+2) == "with"
	}
	return false
}

// tripThenWhere reports whether a possessive name owns a trip told with
// the meeting it took: "Mr Cook's regional tour began in Hanoi, where he met
// Chinh" is Cook's meeting.
func tripThenWhere(t []token, m mention) bool {
	k := m.end + 1
	for k < m.end+4 && k < len(t) && !tripNouns[t[k].key] && t[k].word && !t[k].upper {
		k++
	}
	if !tripNouns[key(t, k)] {
		return false
	}
	for j := k + 1; j+2 < len(t) && j < k+12; j++ {
		if t[j].key == "," && key(t, j+1) == "where" && (key(t, j+2) == "he" || key(t, j+2) == "she") {
			return true
		}
		if t[j].key == "." || t[j].key == ";" {
			return false
		}
	}
	return false
}

// leadsDelegation reports whether the name ending at end goes on "has led a
// delegation", "led a high-level delegation", "is leading a delegation":
// "the delegation" of later sentences is then this person.
func leadsDelegation(t []token, end int) bool {
	j := end
	if key(t, j) == "," && key(t, j+1) != "who" {
		// "Sommad Pholsena, vice-president of the Lao National
		// Assembly, who is leading a parliamentary delegation": past the
		// office set off by commas.
		if c := nextComma(t, j+1); c > 0 && c-j <= 12 && key(t, c+1) == "who" {
			j = c
		}
	}
	if key(t, j) == "," && key(t, j+1) == "who" {
		j += 2 // "Vượng, who is leading a high-ranking CPV delegation"
	}
	if key(t, j) == "on" {
		if _, ok := weekdays[key(t, j+1)]; ok {
			j += 2 // "Cheam Chansophoan on Tuesday led a delegation"
		}
	}
	if ledDelegationAt(t, j) {
		return true
	}
	// "Dr. Sok Vannaroth, who has led the university since 2023, headed a
	// 12-member delegation", "A, rector of the university, led a
	// delegation": the verb after the aside set off by commas.
	if key(t, end) == "," {
		if c := nextComma(t, end+1); c > 0 && c-end <= 16 {
			return ledDelegationAt(t, c+1)
		}
	}
	return false
}

// ledDelegationAt reports whether "(has) led/headed/is leading a …
// delegation" starts at j.
func ledDelegationAt(t []token, j int) bool {
	if k := key(t, j); k == "has" || k == "had" || k == "is" || k == "was" {
		j++
	}
	if k := key(t, j); k != "led" && k != "leads" && k != "leading" && k != "headed" && k != "heads" && k != "heading" {
		return false
	}
	for k := j + 1; k < len(t) && k <= j+6; k++ {
		if t[k].key == "delegation" || t[k].key == "side" && t[k-1].upper { // "led the Bangladesh side"
			return true
		}
		if !t[k].word && t[k].key != "-" {
			return false
		}
	}
	return false
}

// nameStyles are honorifics only ever written before a person's name:
// "Samdech Men Sam An", "Lok Chumteav …", "Comrade …".
var nameStyles = set("samdech", "lok", "neak", "oknha", "comrade", "excellency")

// courtesyTitles come before a full name: "Madame Nguyen Thi Phuong Thao".
var courtesyTitles = set("madame", "madam", "mme", "mrs", "ms", "mr")

// styledBefore reports whether a courtesy title, a rank or an office ends
// right before i: the one word of a name that is also a word of the
// vocabulary ("Long", "Mai") then names the person.
func styledBefore(t []token, i int) bool {
	if courtesyTitles[key(t, i-1)] || isRank(key(t, i-1)) || key(t, i-1) == "." && isRank(key(t, i-2)) {
		return true
	}
	for k := max(i-4, 0); k < i; k++ {
		if _, end, ok := titles.match(t, k); ok && end == i && t[k].upper {
			return true
		}
	}
	return false
}

func isRank(k string) bool {
	if first, _, hyphened := strings.Cut(k, "-"); hyphened && first != "" {
		// "Rear-Admiral Kenneth Lim", "Lieutenant-General …": Britain's
		// and Singapore's hyphen joins the rank's words into one.
		return isRank(first)
	}
	switch k {
	case "lt.", "lt", "gen.", "gen", "dr.", "dr", "prof.", "prof", "professor", "associate", "assoc.", "assoc", "general", "colonel", "admiral", "lieutenant", "major", "senior", "excellency", "his", "her", "h":
		return true
	case "rear", "vice", "captain", "capt", "capt.", "col", "col.", "brig", "brig.", "brigadier", "air", "police", "pol", "pol.", "maj", "maj.", "sr", "sr.", "adm", "adm.", "cdr", "cdr.", "cmdr", "cmdr.":
		// "Rear Admiral Nguyễn Văn Bình", "Pol. Maj. Gen. …": the first
		// word of a rank the honorifics hold.
		return true
	}
	return false
}

// afterEarlierTalks reports whether m is named in a clause set off by
// commas that tells a meeting before the sentence's: ", after the talks with
// Modi,", ", following his meeting with Anwar,".
func afterEarlierTalks(t []token, m mention) bool {
	w := m.start - 1
	for w > 0 && t[w].upper && m.start-w <= 3 {
		w-- // "a day after his talks with President Joe Biden"
	}
	if key(t, w) != "with" || !meetingNouns[key(t, w-1)] {
		return false
	}
	if e := key(t, m.end); e != "," && e != "at" && e != "." && m.end < len(t) {
		return false
	}
	k := w - 2
	if determiners[key(t, k)] { // "the talks", "his talks"
		k--
	}
	if key(t, k) != "after" && key(t, k) != "following" {
		return false
	}
	// ", after the talks with Modi," and ", a day after his talks with
	// Biden at the White House": the main clause's day is later.
	return key(t, k-1) == "," || key(t, k-1) == "day" && (key(t, k-2) == "a" || key(t, k-2) == "one") && key(t, k-3) == ","
}

// onTheEveOf reports whether the name at start follows "on the eve of" or
// "ahead of" in its clause: it names the coming event's people.
func onTheEveOf(t []token, start int) bool {
	for j := start - 1; j >= 1 && j >= start-12; j-- {
		switch t[j].key {
		case ",", ".", ";", "and":
			return false
		case "of":
			if k := key(t, j-1); k == "eve" || k == "ahead" {
				return true
			}
		}
	}
	return false
}

var ministerWord = set("minister", "secretary")

// exclusionBeforeAt looks for "at the invitation of" and the like just before
// a mention, over the titles and honorifics between them.
func exclusionBeforeAt(t []token, start int) (bool, int, bool) {
	// A title may stand between: "thanks to General Secretary of the Lao
	// People's Revolutionary Party and President of Laos Thongloun".
	for back := 1; back <= 16 && start-back >= 0; back++ {
		if _, end, ok := exclusionBefore.match(t, start-back); ok && end <= start {
			if b := start - back; t[b].key == "administration" && t[b].upper && b > 0 && t[b-1].word && t[b-1].upper {
				// "Minister of the General Administration of Customs of
				// China Sun Meijun": a body's name, no government of hers.
				continue
			}
			if b := start - back; t[b].key == "son" && t[b].upper && b > 0 && t[b-1].word && t[b-1].upper {
				// "Nguyen Kim Son of Vietnam and H.E. Phout Simmalavong":
				// a name's last word, nobody's son.
				continue
			}
			gap := t[end:start]
			fine := true
			for _, g := range gap {
				// "according to Interior Ministry spokesman Lt Gen Khieu
				// Sopheak": a lower-case office or source word too.
				if !g.upper && g.key != "of" && g.key != "the" && g.key != "and" && g.key != "(" && g.key != ")" && g.key != "." && !sourceWords[g.key] && !officeVocabulary[g.key] {
					fine = false
				}
			}
			if fine {
				return true, end, true
			}
		}
	}
	return false, 0, false
}

// skipTitleRun walks over the rest of a title ("of the Communist Party of
// China (CPC) Central Committee and President of China") to where a name
// would start.
func skipTitleRun(t []token, i int, covered []bool) int {
	for i < len(t) && !covered[i] {
		k := t[i]
		if k.upper || k.key == "of" || k.key == "for" || k.key == "the" || k.key == "and" || k.key == "(" || k.key == ")" || k.key == "'s" || k.key == "." && i > 0 && len(t[i-1].key) <= 3 {
			i++
			continue
		}
		if _, _, ok := titles.match(t, i); ok {
			i++
			continue
		}
		break
	}
	return i
}

// officeModifiersBefore returns where the words that qualify the office at
// i start ("the newly appointed Ambassador", "the incoming Secretary-General"),
// i itself when none does.
func officeModifiersBefore(t []token, i int) int {
	for i > 0 && (titleModifiers[t[i-1].key] && t[i-1].key != "the" || t[i-1].key == "newly" || t[i-1].key == "appointed") {
		i--
	}
	return i
}

// styledNameAt returns where a style that opens a name ("H.E.", a rank, a
// Khmer style) stands in t[from:to], or -1.
func styledNameAt(t []token, from, to int) int {
	for k := from; k < to; k++ {
		if _, _, ok := honorifics.match(t, k); ok && t[k].upper && opensStyledName(t, k) {
			return k
		}
	}
	return -1
}

// opensStyledName reports whether the honorific at k is one that a name
// follows: "H.E.", a rank, a Khmer style.
func opensStyledName(t []token, k int) bool {
	return strings.Contains(t[k].key, "h.e") || strings.Contains(t[k].key, "h.h") || t[k].key == "h" && (key(t, k+2) == "e" || key(t, k+2) == "h") || isRank(t[k].key) && !rankOfBody(t, k) || nameStyles[t[k].key] || clergyStyles[t[k].key]
}

// rankOfBody reports whether the rank at k is a word of a body's name: "the
// Việt Nam General Confederation of Labour", a capitalised word of an
// institution after it.
func rankOfBody(t []token, k int) bool {
	_, end, ok := honorifics.match(t, k)
	return ok && end < len(t) && t[end].upper && (officeWords[t[end].key] || orgWords[t[end].key])
}

// clergyStyles open the name of a churchman or a monk, who is a person of
// rank as an officer is: "Cardinal Pietro Parolin met …", "the Most
// Venerable Thich Duc Thien".
var clergyStyles = set("pope", "cardinal", "archbishop", "bishop", "auxiliary", "monsignor", "msgr.", "msgr", "mgr.", "reverend", "rev.",
	"father", "fr.", "patriarch", "supreme", "great", "sangharaja", "most", "venerable", "ven.")

// cityAt reports whether a city the tables know is named at i.
func cityAt(t []token, i int) bool {
	_, _, ok := cities.match(t, i)
	return ok
}

func countryAt(t []token, i int) bool {
	_, _, ok := countries.match(t, i)
	return ok
}

// roleQualifiers reads the country and organisation around a title:
// "the Cambodian Prime Minister", "CPP President", "President of the Senate".
func roleQualifiers(t []token, start, end int) (country, org string) {
	for back := 1; back <= 5 && start-back >= 0; back++ {
		j := start - back
		if c, e, ok := countries.match(t, j); ok && e <= start {
			if country == "" {
				country = c
			}
			continue
		}
		if o, e, ok := orgs.match(t, j); ok && e <= start {
			if org == "" || org == "PARTY" {
				org = o
			}
			continue
		}
		if !t[j].upper && t[j].key != "'s" {
			break
		}
	}
	if key(t, end) == "of" {
		j := end + 1
		ofCountry := false
		for j < len(t) && j < end+8 {
			if t[j].key == "the" {
				j++
				continue
			}
			if o, e, ok := orgs.match(t, j); ok {
				if o == "PARTY" && e < len(t) && t[e].word && t[e].upper && org == "" {
					// "Chairman of the Party Central Inspection
					// Committee": the head of a body of the party, not
					// the party's own.
					org = unknownBody
					break
				}
				if org == "" || org == "PARTY" {
					org = o
				}
				j = e
				continue
			}
			if c, e, ok := countries.match(t, j); ok {
				if country == "" {
					country = c
				}
				ofCountry = true
				j = e
				continue
			}
			if org == "" && ofCountry && bodyName(t, j) {
				// "chairman of the Viet Nam National Mekong Committee":
				// the chair of a body the table does not know, not of
				// the State.
				org = unknownBody
			}
			break
		}
	}
	if country == "" {
		country = orgCountry[org]
	}
	return country, org
}

// unknownBody is the organisation of an office in a body the orgs table
// does not know: it matches no role.
const unknownBody = "BODY"

// bodyName reports whether the capitalised words from j name an
// institution ("National Mekong Committee"), not a person.
func bodyName(t []token, j int) bool {
	for k := j; k < len(t) && k < j+5 && t[k].word && t[k].upper; k++ {
		if officeWords[t[k].key] {
			return true
		}
	}
	return false
}

// byRole finds the actor who held the office on d: one already mentioned in
// the article if several did.
func (a *article) byRole(canon, country, org string, d relbot.Date) string {
	if d.IsZero() {
		d = a.pubDate
	}
	var found []string
	// "the premier" with no country is any head of government: English
	// copy calls prime ministers premiers.
	headOfGov := canon == "premier" && country == ""
	for _, s := range a.g.order {
		act := a.g.actors[s]
		if !act.Verified && !slices.Contains(a.recent, s) {
			// One learned from another article ("Ambassador Nguyen Minh
			// Tam", of Viet Nam, to Laos) holds an office others hold too:
			// only a name this article wrote finds him.
			continue
		}
		for _, r := range act.Roles {
			if roleMatches(r, canon, country, org, d) || headOfGov && roleMatches(r, "prime minister", country, org, d) {
				found = append(found, s)
				break
			}
		}
	}
	switch {
	case len(found) == 1:
		return found[0]
	case len(found) == 0:
		return ""
	}
	// A bare title ("the Prime Minister met …") continues the story's
	// protagonist, the subject of its last meeting, before anyone named
	// since as a guest.
	if country == "" && a.lastMeetSubj != "" && slices.Contains(found, a.lastMeetSubj) {
		return a.lastMeetSubj
	}
	if bare := a.bareOffices[canon]; country == "" && bare != "" && slices.Contains(found, bare) {
		return bare
	}
	if country == "" && a.visitTo != "" && monarchTitles[canon] {
		// "an audience with His Majesty the King" on a visit: the host's.
		for _, s := range found {
			if a.countryOf(s) == a.visitTo {
				return s
			}
		}
	}
	if country == "" && monarchTitles[canon] {
		// "The King received …" in a story datelined Phnom Penh: the
		// king of the country it is set in.
		if c := a.storyCountry(); c != "" {
			for _, s := range found {
				if a.countryOf(s) == c {
					return s
				}
			}
		}
	}
	best, bestAt := "", -1
	for _, s := range found {
		if at := slices.Index(a.recent, s); at > bestAt {
			best, bestAt = s, at
		}
	}
	return best
}

func roleMatches(r relbot.Role, canon, country, org string, d relbot.Date) bool {
	rt := tokenize(r.Title)
	rc, end, ok := titles.match(rt, 0)
	if ok && rt[0].key == "head" && end < len(rt) {
		// "Head of the Commission for External Relations" is a body's
		// head: no "Secretary of the Party Committee" of a province.
		return false
	}
	if !ok || rc != canon {
		if relbot.Fold(r.Title) != canon {
			return false
		}
	}
	if country != "" && r.Country != country {
		return false
	}
	rorg := ""
	if r.Org != "" {
		if o, _, ok := orgs.match(tokenize(r.Org), 0); ok {
			rorg = o
		}
	}
	switch {
	case org == "PARTY":
		if orgCountry[rorg] == "" {
			return false
		}
	case org == "SEN" || org == "NA":
		if canon == "president" && rc == "president" && rorg == "" {
			// "the President of the French Senate" is no head of state.
			return false
		}
	case org != "" && org != rorg:
		return false
	case org == "" && rorg != "" && canon == "president":
		// "the Cambodian President" is no party office.
		if country != "" {
			return false
		}
	}
	return roleHeldOn(r, d)
}

// recentHolder returns the one person the article named whose office, as
// the gazetteer words it, is title (folded) on d, or "".
func (a *article) recentHolder(title string, d relbot.Date) string {
	if d.IsZero() {
		d = a.pubDate
	}
	found := ""
	for _, s := range a.recent {
		for _, r := range a.actorOf(s).Roles {
			if relbot.Fold(r.Title) == title && roleHeldOn(r, d) {
				if found != "" && found != s {
					return ""
				}
				found = s
			}
		}
	}
	return found
}

// roleHeldOn reports whether the role's span takes in d.
func roleHeldOn(r relbot.Role, d relbot.Date) bool {
	return (r.From.IsZero() || !d.End().Before(r.From.Start())) && (r.Until.IsZero() || !r.Until.End().Before(d.Start()))
}

// pick chooses among actors sharing a name: the one already mentioned, else the first.
func (a *article) pick(slugs []string) string {
	if s := a.pickKnown(slugs); s != "" {
		return s
	}
	return slugs[0]
}

func (a *article) pickKnown(slugs []string) string {
	best, bestAt := "", -1
	for _, s := range slugs {
		if at := slices.Index(a.recent, s); at > bestAt {
			best, bestAt = s, at
		}
	}
	return best
}

// titleSoon reports whether a title begins within the three words from i:
// after "and", "Chinese Ambassador to Malaysia Ouyang Yujing" is another
// person, not more of the office before it.
func titleSoon(t []token, i int) bool {
	if _, _, ok := honorifics.match(t, i); ok && t[i].upper && opensStyledName(t, i) {
		return true // "…, Pol. Lt. Gen. Sompong Chaiwat": a rank opens the next name
	}
	if k := strings.TrimSuffix(key(t, i), "."); courtesyTitles[k] && t[i].upper && key(t, i-1) == "and" && i+2 < len(t) && t[i+1].upper && !lexical(t, i+1) && t[i+2].upper && !lexical(t, i+2) {
		// "… of Thailand Mr Veeris Ammarapala and Mr Chen Feng": a
		// courtesy title opens the next person.
		return true
	}
	for k := i; k < len(t) && k < i+4; k++ {
		if _, _, ok := titles.match(t, k); ok && !(k > i && givenNameLookalike(t, k-1, k)) {
			return true // not "… and Culture Tiong King Sing"
		}
		if _, _, ok := personOffices.match(t, k); ok && (t[k].upper || k > i && t[k-1].upper) {
			return true // "… and Vietnamese Trade Counsellor in Cambodia X", "… and UNDP resident representative X"
		}
	}
	return false
}

// portfolioGoesOn reports whether an office goes on at i with another
// portfolio before the name: "Minister of Foreign Affairs and
// Tourism Vijitha Herath". Not "Minister of Foreign Affairs and Defence
// Minister …", another office. (After a comma, "Minister of Foreign
// Affairs, Foreign Employment and Tourism A", reading on cost more than it
// found.) The second portfolio may open with "the".
func portfolioGoesOn(t []token, i int) bool {
	if key(t, i) != "and" || key(t, i-1) != "affairs" && !portfolioWords[key(t, i-1)] {
		return false
	}
	next := i + 1
	if key(t, next) == "the" {
		next++ // "Minister of Foreign Affairs and the National Community Abroad Ramtane Lamamra"
	}
	return next < len(t) && t[next].upper && !titleSoon(t, next)
}

// placeNameEnd returns the end of a place's name of one to three
// capitalised words starting at i, with "province", "city" or the like
// after it, or i when there is none.
func placeNameEnd(t []token, i int) int {
	j := i
	for j < len(t) && j < i+3 && t[j].word && t[j].upper {
		j++
	}
	if j > i && adminUnits[key(t, j)] {
		return j + 1
	}
	return i
}

var adminUnits = set("province", "city", "state", "region", "district", "prefecture", "municipality", "county")

// inServiceOf reports whether the title at i names whom an office serves:
// "Special Envoy of the President of Indonesia", "adviser to the Prime
// Minister", "the Office of the Indonesian President" name the envoy, the
// adviser, the office, not the president met.
func inServiceOf(t []token, i int) bool {
	j := i - 1
	if j > 0 && countryAt(t, j) {
		j--
	}
	if key(t, j) != "the" || key(t, j-1) != "of" && key(t, j-1) != "to" {
		return false
	}
	return serviceOffices[key(t, j-2)]
}

var serviceOffices = set("envoy", "envoys", "adviser", "advisers", "advisor", "advisors", "representative", "spokesperson", "spokesman", "spokeswoman", "aide", "aides", "assistant", "office")

// predicateTitle reports whether the title at i is the office someone
// takes: "elected prime minister", "appointed as the new Foreign Minister".
func predicateTitle(t []token, i int) bool {
	k := i - 1
	for k > 0 && (t[k].key == "the" || t[k].key == "new" || t[k].key == "a" || countryAt(t, k)) {
		k--
	}
	return takeOffice[key(t, k)] || key(t, k) == "then" && key(t, k-1) == "," // "To Lam, then President of Viet Nam,"
}

var takeOffice = set("elected", "re-elected", "appointed", "named", "became", "become", "becomes", "becoming", "as", "nominated", "chosen")

// secondOffice reports whether the "and" at and joins a second office to an
// apposition that follows a name: "Phoxay, Deputy Minister of Foreign
// Affairs of the Lao PDR and Chairman of …".
func secondOffice(t []token, and int, ms []mention) bool {
	for k := and - 1; k >= 1 && k >= and-14; k-- {
		if t[k].key == "," {
			return slices.ContainsFunc(ms, func(m mention) bool { return m.end == k && m.slug != "" })
		}
		if t[k].word && !t[k].upper && !nameJoiners[t[k].key] && !officeVocabulary[t[k].key] {
			return false
		}
	}
	return false
}

// namedAfter reports whether a name follows what looked like a reference to
// someone named before: "The Vietnamese Ambassador to Cambodia Nguyen Minh
// Vu" is a title, not "the Vietnamese" of the story.
func namedAfter(t []token, end int) bool {
	if k := key(t, end); k == "to" || k == "of" {
		at := end + 1
		if key(t, at) == "the" {
			at++ // "the Vietnamese Ambassador to the United Kingdom, Do Minh Hung"
		}
		if _, e, ok := countries.match(t, at); ok {
			end = e
		} else if e := placeNameEnd(t, end+1); e > end+1 {
			// "the Governor of Udon Thani province, Mr Wirat Phonsawang"
			end = e
		}
	}
	if key(t, end) == "," {
		end++
	}
	if _, e, ok := honorifics.match(t, end); ok {
		end = e
	}
	return nameFollows(t, end)
}

// nameThenOffice reports whether the comma at e closes a name and opens
// another office: "Secretary of the An Giang provincial Party Committee Lê
// Hồng Quang, Governor of Takeo province Vei Samnang" names two people.
func nameThenOffice(t []token, comma int) bool {
	e := comma
	if of := countryAfterName(t, max(e-5, 0), e); of > 0 {
		e = of // "Phet Phomphiphak of Laos, Senior Minister Chhay Thon"
	}
	if e < 2 || !t[e-1].word || !t[e-1].upper || !t[e-2].word || !t[e-2].upper || lexical(t, e-1) || lexical(t, e-2) {
		return false
	}
	_, _, ok := titles.match(t, comma+1)
	return ok
}

// skipStyles returns where the name starts after the honorifics at i ("H.E.
// Mr. Wang Wentian": the abbreviations' stops too), or i when there are none.
func skipStyles(t []token, i int) int {
	for {
		if k := key(t, i); k == "(" && (key(t, i+1) == "rtd" || key(t, i+1) == "retd" || key(t, i+1) == "ret") && key(t, i+2) == ")" {
			i += 3 // "Major General (Rtd)"
			continue
		}
		if key(t, i) == "pehin" && t[i].upper {
			i = pehinTitleEnd(t, i+1)
			continue
		}
		if thaiKhun(t, i) {
			i++
			continue
		}
		_, end, ok := honorifics.match(t, i)
		if !ok {
			// "chairman Tan Sri Dr Lim Wee Kiat": a Malay style, then
			// "Dr", before the name.
			if _, mend, mok := nameHonorifics.match(t, i); mok && malayStyle(t, i, mend) {
				end, ok = mend, true
			}
		}
		if !ok {
			return i
		}
		i = end
		if key(t, i) == "." {
			i++
		}
	}
}

// thaiKhun reports whether the "Khun" at i is Thai courtesy before a given
// name and a surname ("Khun Chaiyaporn Srisuwan"), not the Khmer surname or
// the Shan name that open "Khun Sophal" and "Khun Htun Oo": Thai surnames
// run long.
func thaiKhun(t []token, i int) bool {
	if key(t, i) != "khun" || !t[i].upper || i+2 >= len(t) || !t[i+1].upper || !t[i+2].upper || !t[i+1].word || !t[i+2].word {
		return false
	}
	if i+3 < len(t) && t[i+3].word && t[i+3].upper {
		return false
	}
	return len([]rune(t[i+1].key)) >= 3 && len([]rune(t[i+2].key)) >= 7
}

// pehinTitleEnd returns where the words of a Bruneian Pehin title that start
// at i end: "Pehin Datu Lailaraja Major General …", "Pehin Orang Kaya Laila
// Setia Dato Seri Setia …": at the rank or the next style.
func pehinTitleEnd(t []token, i int) int {
	for n := 0; n < 7 && i < len(t) && t[i].word && t[i].upper; n++ {
		if _, _, ok := honorifics.match(t, i); ok {
			break
		}
		if _, _, ok := nameHonorifics.match(t, i); ok && t[i].key != "datu" && t[i].key != "sri" && t[i].key != "seri" {
			break
		}
		i++
	}
	return i
}

// apposedName reports whether t[i:] opens with a name of two to four
// capitalised words set off as an apposition: followed by a comma, a full
// stop or "and".
func apposedName(t []token, i int) bool {
	j := i
	for j < len(t) && j < i+4 && t[j].word && t[j].upper && !lexical(t, j) {
		j++
	}
	if j-i < 2 {
		return false
	}
	k := key(t, j)
	return j == len(t) || k == "," || k == "." || k == "and"
}

// lowerBodyComma returns the comma after "of the" and a body named in
// small letters at i ("of the university council,", "of the national
// union's executive,"), or -1.
func lowerBodyComma(t []token, i int) int {
	if key(t, i) != "of" || key(t, i+1) != "the" && key(t, i+1) != "its" {
		return -1
	}
	for j := i + 2; j < len(t) && j <= i+6; j++ {
		switch {
		case t[j].key == ",":
			if j > i+2 {
				return j
			}
			return -1
		case !t[j].word && t[j].key != "'s" || t[j].upper:
			return -1
		}
	}
	return -1
}

// ofCountryEnd returns the index after "of (the) Country" at i, or i.
func ofCountryEnd(t []token, i int) int {
	if key(t, i) != "of" {
		return i
	}
	c := i + 1
	if key(t, c) == "the" {
		c++
	}
	if _, end, ok := countries.match(t, c); ok {
		return end
	}
	return i
}

// countryAfterName returns where "of" starts in an office's span t[i:e]
// that ends with "of" and a country after two capitalised words that are no
// office: the name stands before it. Otherwise -1.
func countryAfterName(t []token, i, e int) int {
	for of := e - 2; of > i+2 && of >= e-4; of-- {
		if t[of].key != "of" {
			continue
		}
		if ofCountryEnd(t, of) != e {
			return -1
		}
		// "Head of the Civil Service of Singapore" names no one.
		if !t[of-1].upper || !t[of-2].upper || lexical(t, of-1) || lexical(t, of-2) || officeWords[t[of-1].key] || officeWords[t[of-2].key] ||
			orgWords[t[of-1].key] || key(t, of-3) == "the" {
			return -1
		}
		return of
	}
	return -1
}

// styleOpensName reports whether a style that opens a person's name stands
// at i: "Mr", "H.E.", Myanmar's "U" and "Daw" before a capitalised word.
// "… of Natural Resources and Environment A and U B": after "and", a second
// person, no more of the office.
func styleOpensName(t []token, i int) bool {
	if _, _, ok := honorifics.match(t, i); ok {
		return true
	}
	return (key(t, i) == "u" || key(t, i) == "daw") && t[i].upper && i+1 < len(t) && t[i+1].upper
}

// unknownAfter reads a titled person the gazetteer does not know:
// "Ambassador Nguyễn Minh Vũ", "H.E. Nguyen Minh Vu", "Speaker of the
// Indonesian House of Representatives Puan Maharani". A name that is a known
// actor's once honorifics are stripped ("Prince Haji Al-Muhtadee Billah") is
// that actor; a name the name pass already found is left to it.
func (a *article) unknownAfter(t []token, start, i int, title string, covered []bool) (string, int, bool) {
	if key(t, i) == "(" && key(t, i+2) == ")" && t[i+1].upper && t[i+1].word {
		// "Permanent Secretary (Defence) Chan Heng Kee": the portfolio in
		// brackets belongs to the title.
		i += 3
	}
	for {
		if j := skipStyles(t, i); j > i {
			i = j
			continue
		}
		if _, end, ok := personOffices.match(t, i); ok && t[i].upper && end > i+1 && end < len(t) && t[end].word && t[end].upper && !lexical(t, end) {
			// "Police Coast Guard commander Assistant Commissioner Lim Teck
			// Soon": a rank written as an office, then the name.
			i = end
			continue
		}
		if key(t, i) == "and" {
			// The longer office of the two lists: "chairman and chief
			// executive officer Satya Nadella" is no "chief executive"
			// before a name "Officer Satya Nadella"; "Deputy Prime
			// Minister and member of the CPP Permanent Committee Bin Chhin".
			_, end, ok := titles.match(t, i+1)
			if _, pend, pok := personOffices.match(t, i+1); pok && (!ok || pend > end) {
				end, ok = pend, true
			}
			if !ok && i+2 < len(t) && t[i+1].text == "MD" && t[i+2].upper {
				// "CEO and MD Campbell Wilson": the managing director, in
				// capitals; "Md" alone is Bangladesh's Mohammad.
				end, ok = i+2, true
			}
			if ok {
				i = end
				continue
			}
		}
		break
	}
	if key(t, i) == "in" && key(t, i+1) == "charge" && key(t, i+2) == "of" {
		i += 2 // "Senior Minister in charge of State Border Affairs Lam Chea"
	}
	if c := lowerBodyComma(t, i); c > 0 && title != "" && apposedName(t, c+1) {
		// "the chair of the university council, Babalwa Ngonyama": a body
		// in small letters, then its officer's name after the comma.
		i = c
	}
	// "of the Indonesian House of Representatives Puan Maharani": the name
	// is the last capitalised words of the office that are no institution.
	if k := key(t, i); k == "of" || k == "to" || k == "for" || k == "in" && (consularTitle(t, i) || (key(t, i-1) == "representative" || key(t, i-1) == "coordinator") && countryAt(t, i+1)) || k == "on" && key(t, i-1) == "envoy" || // "WHO Representative in Viet Nam Kidong Park"
		portfolioGoesOn(t, i) ||
		k == "at" && key(t, i+1) == "the" && (key(t, i+2) == "ministry" || key(t, i+2) == "department") { // "Secretary of State at the Ministry of Information Meas Sokhom
		// "Special Envoy on Myanmar, Noeleen Heyzer" as "envoy for".
		e := i
		// "to Vietnam, Kees van Baar,": a name's particle reads on; not
		// "du", which joins an institution's name more often than a
		// person's ("Director of Institut Pasteur du Cambodge").
		for e < len(t) && e < i+20 && (!covered[e] || endsVietnameseName(t, e)) && (t[e].upper || t[e].key == "of" || placeDash(t, e) ||
			t[e].key == "on" && officeWords[key(t, e-1)] || t[e].key == "in" && e > i && (countryAt(t, e+1) || consularTitle(t, i) && cityAt(t, e+1)) || t[e].key == "under" && key(t, e+1) == "the" && e > i || e == i && (t[e].key == "in" || t[e].key == "on" || t[e].key == "at") || t[e].key == "the" || t[e].key == "its" || t[e].key == "and" && (!titleSoon(t, e+1) && !styleOpensName(t, e+1) && !namesAroundAnd(t, e) || regionGoesOn(t, e+1)) || t[e].key == "for" || t[e].key == "to" && !nameEndsBefore(t, e) || t[e].key == "'s" || (t[e].key == "'" || t[e].key == "’") && strings.HasSuffix(key(t, e-1), "s") || t[e].key == "(" || t[e].key == ")" || t[e].key == "," && e+1 < len(t) && t[e+1].upper && !nameThenOffice(t, e) && !titleSoon(t, e+1) || localOfficeLower[t[e].key] || regionWords[t[e].key] || policyWords[t[e].key] || partyModifiers[t[e].key] && key(t, e-1) == "the" || styleStop(t, e) || initialStop(t, e) || e > i+1 && t[e-1].upper && t[e].key != "du" && nameLink(t, i, e)) {
			e++
		}
		for p := e - 1; p > i+1; p-- {
			// "Minister of Justice Liisa Pakosta (Eesti 200)": the party
			// in brackets after the name is no part of it.
			if t[p].key == ")" && p != e-1 {
				break // "(MOFA) Nguyen Van A": the name goes on after it
			}
			if t[p].key == "(" {
				if t[p-1].word && t[p-1].upper && !lexical(t, p-1) && !acronym(t[p+1]) && !orgWords[t[p-1].key] && !bodyPlurals[t[p-1].key] && !hasAny(t, max(p-3, i), p, bodyLinks) {
					// Not "of Wildlife and National Parks (Perhilitan)",
					// "of National Parks (DNP)": a body's name and letters.
					e = p
				}
				break
			}
		}
		for e > i && (t[e-1].key == "and" || t[e-1].key == "of" || t[e-1].key == "the" || t[e-1].key == "," || t[e-1].key == "for" || t[e-1].key == "to") {
			e-- // "Minister of Health Chheang Ra and his counterpart": the name ends before "and"
		}
		if of := countryAfterName(t, i, e); of > 0 {
			// "Minister of Planning and Investment Phet Phomphiphak of
			// Laos": the country the name is followed by is no part of it.
			e = of
		}
		n := e
		for n > i && (t[n-1].word && (t[n-1].upper || n < e && nameLink(t, i, n-1)) || initialStop(t, n-1) && !styleStop(t, n-1) && (e-n >= 2 || initialAfterName(t, i, n-1) || initialOpensName(t, n-1))) && (!lexical(t, n-1) || n == e && endsVietnameseName(t, n-1) || chineseHe(t, n-1, n-1) || givenNameLookalike(t, i, n-1) || n == e && n-2 > i && t[n-2].upper && !lexical(t, n-2) && cityEndsName(t, n-2, n-1)) && !officeWords[t[n-1].key] && !(n < e && acronym(t[n-1]) && !capitalsFamilyName(t, n-1, e)) && !(n < e && companyCased(t[n-1].text)) {
			// "Deputy Speaker of the DPR Sufmi Dasco Ahmad": the body's
			// acronym ends the office, no part of the name; "Secretary
			// of the Guangdong Provincial Party Committee Huang Kunming":
			// a city's name may end a person's.
			n--
		}
		if _, hend, ok := honorifics.match(t, n); ok && hend > e && e < len(t) && covered[e] {
			// "Chief of the General Staff … Senior Lieutenant General Phan
			// Văn Giang": a rank that runs into the known name after it.
			return "", 0, false
		}
		if n-1 > i && e-n >= 2 && e-n <= 3 && vietnameseSurnames[t[n-1].key] && (lexical(t, n-2) || styleEndsAt(t, n-1)) {
			// "Secretary of the provincial Party Committee Thái Thanh
			// Quý": a family name that is also a country's adjective.
			n--
		}
		for p := max(n-3, i); p < n; p++ {
			// "of the province of An Giang Lê Hồng Quang": a place of two
			// words ends where the name starts.
			if _, end, ok := cities.match(t, p); ok && end > n && end < e {
				n = end
				break
			}
		}
		if _, end, ok := chineseProvinces.match(t, n); ok && n > i && key(t, n-1) == "of" && e-end >= 2 {
			n = end // "Party Secretary of Guangdong Huang Kunming"
		}
		if n > i && (key(t, n-1) == "of" || companyNouns[key(t, n-1)] && !t[n-1].upper) && corporateOffice(t, start, i) && !lexical(t, n) && !vietnameseSurnames[t[n].key] &&
			(e-n == 3 || e-n == 4 && vietnameseSurnames[key(t, n+1)]) {
			// "Chief Executive Officer of Airbus Guillaume Faury", "CEO of
			// the US technology group Qualcomm Cristiano Amon": a
			// company of one word, then its officer's name.
			n++
		}
		for p := max(n-2, i); p < n; p++ {
			// "Minister of Energy of the United Arab Emirates": the
			// capitalised words that end the office end a country's
			// name, no person's.
			if _, end, ok := countries.match(t, p); ok && end >= e {
				return "", 0, false
			}
		}
		// "Ambassador to Việt Nam Khamphao Ernthavanh": the country
		// belongs to the office.
		for p := i + 1; p < n+2 && p < e; p++ {
			if _, end, ok := countries.match(t, p); ok && end > n && e-end >= 2 && (p < n || !vietnameseSurnames[t[p].key]) {
				n = end
			}
		}
		// "the Vietnamese Ambassador to Laos, Mr Nguyen Ba Hung", "of the
		// Kingdom of Bhutan Mr Tshering Tobgay": the style starts the name;
		// "of Samsung Electronics Lee Jae-yong": the company's name ends
		// before it.
		for k := n; k < e-1; k++ {
			_, end, ok := honorifics.match(t, k)
			if !ok && (t[k].key == "sheikh" || t[k].key == "shaikh") {
				// "Minister of Amiri Diwan Affairs Sheikh Nasser Sabah
				// Al-Ahmad Al-Sabah": the Gulf's style opens the name.
				end, ok = k+1, true
			}
			if !ok && (t[k].key == "u" || t[k].key == "daw") {
				// "for the Office of the State Counsellor U Kyaw Tint
				// Swe": Myanmar's styles open the name too.
				end, ok = k+1, true
			}
			if ok && e-end >= 2 {
				n = end
				if key(t, n) == "." {
					n++
				}
				break
			}
			if orgWords[t[k].key] && e-(k+1) >= 2 {
				n = k + 1
			}
		}
		if e-n >= 2 && e-n <= 4+2*min(countIn(t, n, e, patronymicLinks), 2) {
			if key(t, n-1) == "the" && e < len(t) && t[e].word && !t[e].upper {
				// "Commander of the Xa Mát station": the capitalised words
				// name the station, no person.
				return "", 0, false
			}
			if n == i+1 && start >= 2 && key(t, start-1) == "," && covered[start-2] {
				// "Ms Dong Mingzhu, Chairwoman of Gree Electric
				// Appliances": the office of a name just given ends in
				// what is chaired, no second person.
				return "", 0, false
			}
			i = n
		}
	}
	if k := key(t, i); (k == "ii" || k == "iii") && t[i].upper {
		i++ // "Minister of Foreign Affairs II": the second one
	}
	if key(t, i) == "," && title != "" && apposedName(t, i+1) {
		i++ // "China's ambassador, Ouyang Yujing, also sat in"
		// "Governor, Mr Leklay Sivilay": the style is no part of the name.
		i = skipStyles(t, i)
	}
	for k := i; k < len(t) && k < i+5; k++ {
		if _, end, ok := nameHonorifics.match(t, k); ok && !doubledWord(t, k) {
			k = end - 1
			i = end
			continue
		}
		break
	}
	// "His Majesty Emperor Naruhito": a monarch goes by one name.
	monarch := key(t, i) == "emperor" || key(t, i) == "empress"
	if !monarch && i < len(t) && t[i].upper && !covered[i] {
		// "Minister of Foreign Affairs II Dato Seri Setia Awang Haji
		// Erywan bin Pehin …": after the styles, one word the gazetteer
		// knows as a single actor's short name is that actor.
		if slugs, end := a.g.short.all(t, i); len(slugs) == 1 && (end == len(t) || !t[end].upper || lexical(t, end)) {
			return slugs[0], end, true
		}
	}
	if monarch {
		i++
	}
	if key(t, i-1) == "'s" && i != start {
		return "", 0, false // "Chairwoman of Vietnam's Vietjet Air": a thing someone has
	}
	j := i
	if i+2 < len(t) && len(t[i].key) == 1 && t[i].upper && key(t, i+1) == "." && t[i+2].upper {
		// "Ambassador W. Patrick Murphy": an initial opens the name.
		j = i + 2
	}
	styles := 0 // "Siti Rozaimeriyanty Dato Haji Abdul Rahman": Brunei's styles inside a name
	links := 0  // "Mohammed bin Ali bin Mohammed Al Mannai": a Gulf name's lineage
	for j < len(t) && j < i+6+styles+links && t[j].word && (t[j].upper || nameLink(t, i, j)) && !(j >= i+2 && (postNominal(t[j]) || monkSuffixAt(t, j))) && (!lexical(t, j) || j == i && vietnameseSurnames[t[j].key] && key(t, j+1) != "prime" || vietnameseLastName(t, i, j) || cityEndsName(t, i, j) || nameLink(t, i, j) || vietnameseNameWord(t, i, j) || chineseHe(t, i, j) || givenNameLookalike(t, i, j)) {
		if covered[j] && !vietnameseLastName(t, i, j) {
			return "", 0, false
		}
		if j > i && midNameStyle(t, i, j) {
			styles++
		}
		if j > i && patronymicLinks[t[j].key] && links < 2 {
			links++
		}
		j++
		if key(t, j) == "." && j > i+1 && len(t[j-1].key) == 1 && j+1 < len(t) && t[j+1].word && t[j+1].upper && !lexical(t, j+1) {
			j++ // "Niels B. Christiansen": a middle initial
		}
	}
	if j-i >= 2 && key(t, j) == "," && j+1 < len(t) && t[j+1].upper && (t[j+1].key == "jr" || t[j+1].key == "sr") {
		j += 2 // "Robert F. Kennedy, Jr.": the suffix is the name's, comma or not
	}
	if j-i < 2 && !(monarch && j-i == 1) && !(j-i == 1 && royalOneName(t, i) && !(j < len(t) && t[j].word && t[j].upper)) {
		// "the King Abdulaziz International Conference Center": a place
		// named after a king.
		return "", 0, false
	}
	for k := i; k < j; k++ {
		if officeWords[t[k].key] {
			return "", 0, false
		}
	}
	if orgWords[t[j-1].key] {
		return "", 0, false // "chief executive of Acme Corp, …": the company
	}
	if j-i == 5 {
		// "of the province of An Giang Lê Hồng Quang": no name has five
		// words; a Vietnamese one starts with the family name.
		for k := i + 1; k <= j-2; k++ {
			if vietnameseSurnames[t[k].key] {
				i = k
				break
			}
		}
	}
	if slugs, end := a.g.names.all(t, i); len(slugs) > 0 && end == j {
		return a.pick(slugs), j, true
	}
	name := a.sentenceText(t, i, j)
	malay := styles > 0 && malayPatronymic(t, i, j) // "bin Haji": a Malay name's styles inside it
	if styles > 0 || malay {
		var words []string
		for k := i; k < j; k++ {
			if k == i || !midNameStyle(t, i, k) && !(malay && patronymicLinks[t[k].key]) {
				words = append(words, t[k].text)
			}
		}
		name = strings.Join(words, " ")
	}
	if !personNameWords(name) {
		return "", 0, false
	}
	slug := a.unknownSlug(name)
	if _, ok := a.g.actors[slug]; ok {
		return slug, j, true
	}
	office := ""
	if title != "" {
		office = a.sentenceText(t, start, i)
	} else if k, end, ok := officeAfter(t, j); ok {
		// "Mr Nguyen Ba Hung, outgoing Ambassador of Viet Nam": "the
		// ambassador" of later sentences.
		office = a.sentenceText(t, k, end)
	}
	a.learnUnknown(slug, name, office)
	if act := a.unknown[slug]; act.Country == "" {
		// "Cambodian Minister of Commerce Cham Nimul" is "the Cambodian
		// minister" of later sentences, and so is "Thai Commerce Minister
		// Pichai Naripthaphan": the country may come before the words
		// that qualify the office.
		from := start - 1
		// "Japanese House of Councillors President Hidehisa Otsuji": a
		// body's name of a few words, "of" inside, between them.
		for from > 0 && (start-from < 3 || start-from < 6 && bodyOfWords(t, from, start)) && (t[from].word && t[from].upper || t[from].key == "of" && t[from-1].upper) {
			if _, _, ok := countries.match(t, from); ok {
				break
			}
			from--
		}
		if from >= 2 && key(t, from-1) == "to" {
			// "Chinese Ambassador to Cambodia H.E. Wang Wentian": the
			// country he was sent to is not his; the one before the office
			// is.
			to := from - 1
			for from = to - 1; from > 0 && to-from < 4 && t[from].word && t[from].upper; from-- {
				if _, _, ok := countries.match(t, from); ok {
					break
				}
			}
			if _, end, ok := countries.match(t, from); !ok || end >= to {
				from = i // no country of his own
			}
		}
		if k := endingAt(countries, t, start-1); start >= 2 && key(t, start-1) == "'s" && k >= 0 {
			// "Thailand's ambassador to Vietnam, Urawadee Srisophon"
			act.Country, _, _ = countries.match(t, k)
			a.unknown[slug] = act
		}
		for k := max(from, 0); k < i && act.Country == ""; k++ {
			if key(t, k-1) == "to" && k > start {
				continue // "ambassador to Vietnam": where the envoy was sent
			}
			if c, end, ok := countries.match(t, k); ok && (k >= start || end >= from+1 && end <= start) {
				act.Country = c
				a.unknown[slug] = act
				break
			}
		}
		if act.Country == "" && j-i >= 3 && vietnameseSurnames[t[i].key] && !strings.Contains(relbot.Fold(office), "ambassador") {
			// "Vice Chairman Nguyễn Đức Hải" is "the Vietnamese
			// legislator" later: a Vietnamese name of three words or more
			// with no other country given.
			act.Country = "VN"
			a.unknown[slug] = act
		}
	}
	return slug, j, true
}

// bodyOfWords reports whether t[from:start] is a body's name with "of"
// inside it: "House of Councillors", "House of Representatives".
func bodyOfWords(t []token, from, start int) bool {
	for k := from; k < start; k++ {
		if t[k].key == "of" {
			return k > from
		}
	}
	return false
}

// namedCounterparts reads the names set off after "counterparts" at i:
// "his Lao and Cambodian counterparts, Bounfeng Phoummalaysith and Mam Bun
// Heng,". Names the gazetteer knows are already mentions; the others become
// unknown people. Nothing unless the list closes with a comma or a full stop.
func (a *article) namedCounterparts(t []token, i int, covered []bool) ([]mention, int) {
	var out []mention
	j := i + 2
	for j < len(t) {
		if covered[j] {
			k := j
			for k < len(t) && covered[k] {
				k++
			}
			j = k
		} else {
			u, end, ok := a.unknownAfter(t, j, j, "", covered)
			if !ok {
				return nil, 0
			}
			out = append(out, mention{slug: u, start: j, end: end, unknown: true})
			j = end
		}
		switch key(t, j) {
		case "and":
			j++
			continue
		case ",", ".":
			return out, j
		}
		return nil, 0
	}
	return nil, 0
}

// pluralOffices are offices named for two countries at once: "the foreign
// ministers of Thailand and Cambodia", "the Thai and Cambodian prime
// ministers".
var pluralOffices = phraseTable(map[string][]string{
	"minister of foreign affairs":  {"foreign ministers"},
	"prime minister":               {"prime ministers", "premiers"},
	"minister of national defence": {"defence ministers", "defense ministers"},
	"president":                    {"presidents"},
})

// officeHolders reads two countries' holders of one office at i, as of d.
func (a *article) officeHolders(t []token, i int, d relbot.Date, ms []mention) ([]string, int) {
	j := i
	possessive := t[i].key == "his" || t[i].key == "her"
	if possessive || t[i].key == "the" || t[i].key == "their" {
		j++
	}
	var (
		list []string
		end  int
	)
	canon, oend, office := pluralOffices.match(t, j)
	switch {
	case office:
		// "the foreign ministers of Thailand and Cambodia"
		if key(t, oend) != "of" {
			return nil, 0
		}
		list, end = countryList(t, oend+1)
	case possessive:
		// "met his Vietnamese and Cambodian counterparts": the holders of
		// the office the subject holds.
		list, end = countryList(t, j)
		if list == nil || key(t, end) != "counterparts" {
			return nil, 0
		}
		end++
		if key(t, end) == "," && nameFollows(t, end) {
			// "hosted his Lao and Cambodian counterparts, Bounfeng
			// Phoummalaysith and Mam Bun Heng,": the names say who.
			return nil, 0
		}
		canon = a.subjectOffice(ms, i, d)
	default:
		// "the Thai and Cambodian prime ministers"
		list, end = countryList(t, j)
		if list == nil {
			return nil, 0
		}
		canon, end, office = pluralOffices.match(t, end)
		if !office {
			return nil, 0
		}
	}
	if list == nil || canon == "" {
		return nil, 0
	}
	var out []string
	for _, c := range list {
		s := a.byRole(canon, c, "", dOr(d, a.pubDate))
		if s == "" || slices.Contains(out, s) {
			return nil, 0
		}
		out = append(out, s)
	}
	return out, end
}

// sidesNamed reads "the (visiting) Lao and Myanmar ministers" at i: for
// each country, its person the story has had take part in a meeting, and
// where the phrase ends.
func (a *article) sidesNamed(t []token, i int) ([]string, int) {
	if t[i].key != "the" || i == 0 || key(t, i-1) == "both" {
		// "Both the Chilean and Peruvian leaders praised …" after two
		// separate meetings: what each said, no table of the three.
		return nil, 0
	}
	list, end, office := countriesThenGroup(t, i+1)
	if list == nil || office {
		return nil, 0
	}
	var out []string
	for _, c := range list {
		s := a.recentParticipantOf(c, false)
		if s == "" || slices.Contains(out, s) {
			return nil, 0
		}
		out = append(out, s)
	}
	return out, end
}

// countriesThenGroup reads "(visiting) Lao and Myanmar ministers" or "Thai
// and Cambodian foreign ministers" at j: people of the countries listed,
// named as one group. It returns the countries, where the group's noun
// ends, and whether that noun is a plural office; no countries if there is
// no such phrase.
func countriesThenGroup(t []token, j int) (list []string, end int, office bool) {
	if key(t, j) == "visiting" {
		j++
	}
	if list, end = countryList(t, j); list == nil {
		return nil, 0, false
	}
	if _, oend, ok := pluralOffices.match(t, end); ok {
		return list, oend, true
	}
	if sideGroupNouns[key(t, end)] {
		return list, end + 1, false
	}
	return nil, 0, false
}

// sideGroupNouns name people of the countries listed before them, one of
// each: "the Lao and Myanmar ministers".
var sideGroupNouns = set("ministers", "leaders", "delegations", "counterparts", "guests", "officials", "delegates")

// countryList reads "Thailand and Cambodia", "Thai and Cambodian" or
// "Vietnam, Cambodia and Laos" at j: two to five countries.
func countryList(t []token, j int) ([]string, int) {
	var out []string
	for len(out) < 5 {
		c, e, ok := countries.match(t, j)
		if !ok {
			return nil, 0
		}
		out = append(out, c)
		switch key(t, e) {
		case ",":
			j = e + 1
			if key(t, j) == "and" {
				j++ // "Vietnam, Cambodia, and Laos"
			}
		case "and":
			if key(t, e-1) != "," {
				c, e2, ok := countries.match(t, e+1)
				if !ok {
					return nil, 0
				}
				return append(out, c), e2
			}
			j = e + 1
		default:
			if len(out) < 2 || key(t, j-1) != "and" {
				return nil, 0
			}
			return out, e
		}
	}
	return nil, 0
}

// subjectOffice returns the office held at d by the last actor named before
// i: whose counterparts "his counterparts" are.
func (a *article) subjectOffice(ms []mention, i int, d relbot.Date) string {
	subj := ""
	for _, m := range ms {
		if m.slug != "" && m.end <= i {
			subj = m.slug
		}
	}
	for _, r := range a.actorOf(subj).Roles {
		if c := canonOf(r.Title); c != "" && roleMatches(r, c, r.Country, "", dOr(d, a.pubDate)) {
			return c
		}
	}
	return ""
}

// rankAt reads a military rank at j: "senior general", "general", "admiral".
func rankAt(t []token, j int) (string, int) {
	switch k := key(t, j); k {
	case "senior":
		if key(t, j+1) == "general" {
			return "senior general", j + 2
		}
	case "general", "admiral", "marshal", "colonel", "princess", "prince":
		// "the princess visited …": royal styles point back as ranks do.
		return k, j + 1
	case "crown":
		if k2 := key(t, j+1); k2 == "prince" || k2 == "princess" {
			return "crown " + k2, j + 2
		}
	}
	return "", 0
}

// styledAs reports whether an actor is written with a rank before the name:
// an alias "Senior General Min Aung Hlaing", or an office learned as "General".
func styledAs(act relbot.Actor, rank string) bool {
	for _, al := range act.Aliases {
		if strings.HasPrefix(relbot.Fold(al), rank+" ") {
			return true
		}
	}
	return !act.Verified && len(act.Roles) > 0 && strings.HasPrefix(relbot.Fold(act.Roles[0].Title), rank)
}

// officeChain reports whether the office ending at end, past its "of the
// Lao People's Revolutionary Party (LPRP)", goes on with "and" and another
// office: "former General Secretary of the LPRP and former Lao President
// Choummaly Sayasone" names the man at its end.
func officeChain(t []token, end int) bool {
	j := end
	if key(t, j) == "of" {
		j++
		for j < len(t) && t[j].key != "and" && (t[j].word && (t[j].upper || nameJoiners[t[j].key]) || t[j].key == "'s" || t[j].key == "(" || t[j].key == ")") {
			j++
		}
	}
	return key(t, j) == "and" && titleSoon(t, j+1)
}

// kinOf reports whether the name at start follows "the son of" or another
// word of kin and "of", over the name's titles: "the son of former Interior
// Minister Sar Kheng".
func kinOf(t []token, start int) bool {
	for j := start - 1; j >= 1 && j >= start-6; j-- {
		switch {
		case t[j].key == "of":
			return kinWords[t[j-1].key] || spouseWords[t[j-1].key]
		case !t[j].word || !t[j].upper && t[j].key != "former" && t[j].key != "late":
			return false
		}
	}
	return false
}

// kinWords, with spouseWords, name a relative of the person named after
// "of".
var kinWords = set("son", "daughter", "widow", "father", "mother", "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "son-in-law", "daughter-in-law")

// anyHolder reports whether the office at i is written of any holder or a
// past one: "a sitting US President", "an Indonesian minister", "a former
// public security minister", "former Prime Minister".
func anyHolder(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch k := t[j].key; {
		case k == "a" || k == "an" || k == "former":
			return true
		case k == "sitting" || k == "then" || countryAt(t, j) || t[j].upper && j == i-1:
		default:
			return false
		}
	}
	return false
}

// countrysOffice reports whether a lower-case office at i belongs to a
// country's possessive, over up to three lower-case words: "Bangladesh's
// foreign affairs adviser".
func countrysOffice(t []token, i int) bool {
	k := i - 1
	for n := 0; n < 3 && k > 0 && t[k].word && !t[k].upper; n++ {
		k--
	}
	return k > 0 && key(t, k) == "'s" && countryAt(t, k-1)
}

// ownersLowerOffice reports whether the office at i, in lower case, is
// someone's or something's: "met with its director Wang Xudong", "met the
// museum's director Wang Xudong", "with museum director Wang Xudong".
func ownersLowerOffice(t []token, i int) bool {
	if t[i].upper || i < 1 {
		return false
	}
	if possessives[key(t, i-1)] || key(t, i-1) == "'s" {
		return true
	}
	return t[i-1].word && !t[i-1].upper && (possessives[key(t, i-2)] || key(t, i-2) == "with" || key(t, i-2) == "the")
}

var possessives = set("its", "his", "her", "their")

// nameEndsBefore reports whether the two words before e are a name that
// follows an office's last word: "Ambassador to Cambodia Wang Wenbin | to
// the festival grounds".
func nameEndsBefore(t []token, e int) bool {
	if e < 3 || !t[e-1].word || !t[e-1].upper || !t[e-2].word || !t[e-2].upper || lexical(t, e-1) || lexical(t, e-2) || !lexical(t, e-3) {
		return false
	}
	for _, k := range []int{e - 2, e - 1} {
		// "High Commissioner to Malaysia": an office's words, no name.
		if _, _, ok := personOffices.match(t, k); ok || officeWords[t[k].key] {
			return false
		}
		if _, _, ok := titles.match(t, k); ok {
			return false
		}
	}
	return true
}

// namesAroundAnd reports whether the "and" at e joins two people's names
// after an office: "Japanese Ambassador to Cambodia Hiroshi Tanaka and Lena
// Brandt, APOPO's country director" (the office's words end before the
// first name, and the second is set off by a comma).
// regionGoesOn reports whether a world region's name goes on after "and" at
// j-1: "for the Near East and North Africa", "for Asia and the Pacific".
func regionGoesOn(t []token, j int) bool {
	switch key(t, j) {
	case "north", "south", "east", "west", "central":
		// "and North Africa", not "and South Korean Ambassador B"
		return t[j].upper && continents[key(t, j+1)]
	case "the":
		return key(t, j+1) == "pacific" || key(t, j+1) == "caribbean"
	}
	return false
}

var continents = set("africa", "america", "americas", "asia", "europe", "pacific", "caucasus")

func namesAroundAnd(t []token, e int) bool {
	if !nameEndsBefore(t, e) || !nameFollows(t, e+1) {
		return false
	}
	for j := e + 3; j < len(t) && j <= e+4; j++ {
		if t[j].key == "," {
			// "…, APOPO's country director", "…, president of the
			// association": an office of a kind no title opens.
			return j+1 < len(t) && t[j+1].word && (!t[j+1].upper || key(t, j+2) == "'s")
		}
		if !t[j].word || !t[j].upper || lexical(t, j) {
			return false
		}
	}
	return false
}

// bodysLowerOffice reports whether the office at i follows a body's or a
// country's name and a word or two in lower case: "UN humanitarian chief Tom
// Fletcher", "Thai army chief A", "United Nations refugee chief B".
func bodysLowerOffice(t []token, i int) bool {
	k, n := i-1, 0
	for n < 2 && k > 0 && t[k].word && !t[k].upper {
		k--
		n++
	}
	if n == 0 || !t[k].word {
		return false
	}
	return acronym(t[k]) || countryAt(t, k) || key(t, k) == "nations" && key(t, k-1) == "united"
}

// nameFollows reports whether two capitalised words that are no vocabulary
// start at i, possibly after a comma: a name.
func nameFollows(t []token, i int) bool {
	if key(t, i) == "," {
		i++
	}
	// "his Malaysian counterpart, Tiong King Sing": a title's word may
	// be a given name's.
	return i+1 < len(t) && t[i].word && t[i].upper && t[i+1].word && t[i+1].upper && !lexical(t, i) && (!lexical(t, i+1) || givenNameLookalike(t, i, i+1))
}

// companyCased reports whether a word joins two capitalised words the way
// companies write their names ("QatarEnergy", "PetroVietnam", "ExxonMobil"),
// not the way a family name has a capital inside ("McDonald", "MacArthur",
// "DeSantis") or a given name does ("MaryKay"): four small letters at
// least before the inner capital.
func companyCased(w string) bool {
	for _, p := range arabicNamePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return false // "AbdulHakim", "AbdulRahman": one Arabic name
		}
	}
	small := 0
	for i, r := range w {
		switch {
		case i > 0 && unicode.IsUpper(r) && small >= 4:
			return true
		case unicode.IsLower(r):
			small++
		default:
			small = 0
		}
	}
	return false
}

// arabicNamePrefixes open Arabic names some write as one word with a
// capital inside.
var arabicNamePrefixes = []string{"Abdul", "Abdel", "Abdal", "Abu"}

// acronym reports whether tk is written in capitals only, two letters or
// more: "DPR", "CPP", "LPRP".
func acronym(tk token) bool {
	return len(tk.text) >= 2 && strings.ToUpper(tk.text) == tk.text && strings.ToLower(tk.text) != tk.text
}

// vietnameseSurname returns the one Vietnamese person this article named in
// full whose family name stands alone at i, as the foreign press writes it
// ("Pham Thi Thanh Tra … Kim met Pham"), or "" when none or several bear it.
func (a *article) vietnameseSurname(t []token, i int) string {
	if !t[i].word || !t[i].upper || !vietnameseSurnames[t[i].key] || i+1 < len(t) && t[i+1].word && t[i+1].upper || i > 0 && t[i-1].word && t[i-1].upper {
		return ""
	}
	return a.onlyRecent(func(s string) bool {
		act := a.actorOf(s)
		if act.Country != "VN" {
			return false
		}
		name := tokenize(act.Name)
		return len(name) >= 3 && name[0].key == t[i].key
	})
}

// actorOf returns a known actor or a person met in this article.
func (a *article) actorOf(slug string) relbot.Actor {
	if act, ok := a.g.actors[slug]; ok {
		return act
	}
	return a.unknown[slug]
}

// headsOfThe returns where the words after "heads of the" (leaders,
// chiefs) at i go on, or i: "the heads of the three delegations" counts
// the delegations' heads.
func headsOfThe(t []token, i int) int {
	if k := key(t, i); (k == "heads" || k == "leaders" || k == "chiefs") && key(t, i+1) == "of" && key(t, i+2) == "the" {
		return i + 3
	}
	return i
}

// timeOpening reports whether the words before i only say when: "Earlier
// on Thursday the 74-year-old held talks", "On Friday, the …".
func timeOpening(t []token, i int) bool {
	if i > 5 || !timeOpeners[t[0].key] {
		return false
	}
	for k := 1; k < i; k++ {
		if _, day := weekdays[t[k].key]; t[k].upper && !day {
			return false
		}
	}
	return true
}

// timeOpeners open a sentence's words of when.
var timeOpeners = set("earlier", "later", "on", "then", "afterwards", "yesterday", "today")

// ageWord reports whether a word gives someone's age: "the 76-year-old"
// stands for a person the story named.
func ageWord(k string) bool { return strings.HasSuffix(k, "-year-old") }

// delegationHead returns who heads the delegation named at i ("Vietnamese
// delegation", "delegation") and where its words end: the head the article
// gave, or else the one person of that country it has named.
func (a *article) delegationHead(t []token, i int) (string, int) {
	country := ""
	if c, e, ok := countries.match(t, i); ok {
		country, i = c, e
	}
	if key(t, i) != "delegation" {
		return "", 0
	}
	if a.head != "" && (country == "" || a.countryOf(a.head) == country) {
		return a.head, i + 1
	}
	// No head given: the one person of that country the story has named.
	keep := func(s string) bool { return a.countryOf(s) == country }
	if country == "" || a.lastNamedWho(2, keep) != nil {
		return "", 0
	}
	if who := a.lastNamedWho(1, keep); who != nil {
		return who[0], i + 1
	}
	return "", 0
}

// unknownSlug is the slug of a person the gazetteer lacks, named name. A
// middle initial ("Gilbert F. Houngbo", "Marc E. Knapper") is left out:
// later sentences and other outlets drop it, and so do readers who ask for
// the person; a leading initial ("W. Patrick Murphy") is kept, since the
// name is then not known without it.
func (a *article) unknownSlug(name string) string {
	// The name's words are its tokens: an initial is "F" then ".".
	words := strings.Fields(name)
	kept := make([]string, 0, len(words))
	for k := 0; k < len(words); k++ {
		w := words[k]
		if k > 0 && k+2 < len(words) && words[k+1] == "." && len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			k++
			continue
		}
		if k > 0 && k+1 < len(words) && len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			continue // "Niels B. Christiansen" as written
		}
		kept = append(kept, w)
	}
	return a.knownAs(relbot.Slugify(strings.Join(kept, " ")))
}

// knownAs returns the slug of a person this article met whose full name holds
// every word of slug, in order ("Mr Wan Noor" after "Wan Muhamad Noor
// Matha"), else slug: the press shortens long names it has given once.
func (a *article) knownAs(slug string) string {
	if _, ok := a.unknown[slug]; ok || strings.Count(slug, "-") == 0 {
		return slug
	}
	words := strings.Split(slug, "-")
	found := ""
	for s := range a.unknown {
		if rest := strings.Split(s, "-"); len(rest) > len(words) && inOrder(rest, words) {
			if found != "" {
				return slug // two such people: neither
			}
			found = s
		}
	}
	if found == "" {
		return slug
	}
	return found
}

// placeHead returns the one person named so far with an office that heads
// the place written in place ("Men Vibol, Governor of Svay Rieng
// province"), or "".
func (a *article) placeHead(place []token) string {
	name := " " + keysOf(place)
	found := ""
	for slug, act := range a.unknown {
		head := len(act.Roles) > 0 && headOffices[strings.ToLower(strings.Fields(act.Roles[0].Title + " x")[0])]
		who := " " + keysOf(tokenize(act.Name))
		for _, t := range a.toks {
			sent := " " + keysOf(t)
			k := strings.Index(sent, who)
			if k < 0 {
				continue
			}
			after := sent[k+len(who):]
			if len(after) > 80 {
				after = after[:80]
			}
			if strings.HasPrefix(after, ", ") {
				// The office set off ends at its comma: "A, Governor of
				// Champasak province, and the Governor of Stung Treng …"
				// names Champasak only.
				if e := strings.Index(after[2:], ", "); e >= 0 {
					after = after[:2+e+2]
				}
			}
			// The office is set off after the name, and names the place;
			// or it comes just before it: "the Governor of Cambodia's
			// Stung Treng province, H.E. Mr Svay Sam Eang".
			if head && strings.HasPrefix(after, ", ") && !strings.HasPrefix(after, ", and ") && strings.Contains(after, name) || officeBefore(sent[:k+1], name) {
				if found != "" && found != slug {
					return "" // two heads of that place: no telling which led
				}
				found = slug
				break
			}
		}
	}
	return found
}

// officeBefore reports whether before, a sentence's keys up to a name, ends
// with a head's office naming place: "… the governor of cambodia 's stung
// treng province , h.e. mr ".
func officeBefore(before, place string) bool {
	if len(before) > 70 {
		before = before[len(before)-70:]
	}
	if i := strings.LastIndex(before, " and "); i >= 0 {
		before = before[i+4:]
	}
	if !strings.Contains(before, place) {
		return false
	}
	for _, w := range strings.Fields(before) {
		if headOffices[w] {
			return true
		}
	}
	return false
}

// headOffices are the offices that head a province or a city.
var headOffices = set("governor", "chairman", "chairwoman", "mayor", "secretary")

// unknownHolder returns the one person of country the article named, whom the
// gazetteer lacks, with an office written as canon: "" when none or several.
// The catch-all office "minister" (speakers, governors, envoys …) must be
// written as phrase.
func (a *article) unknownHolder(canon, phrase, country string) string {
	return a.onlyRecent(func(s string) bool {
		act, ok := a.unknown[s]
		if !ok || len(act.Roles) == 0 {
			return false
		}
		t := tokenize(act.Roles[0].Title)
		// The office opens the title, after its country: not "Second
		// Deputy Speaker of the Thai House" for "the Thai Speaker".
		j, c := 0, act.Country
		if cc, e, ok := countries.match(t, 0); ok {
			j = e
			if c == "" {
				c = cc
			}
		}
		office, e, _ := titles.match(t, j)
		return office == canon && c == country && (canon != "minister" || keysOf(t[j:e]) == phrase)
	})
}

// countIn returns how many of words stand in t[lo:hi].
func countIn(t []token, lo, hi int, words map[string]bool) int {
	n := 0
	for j := max(lo, 0); j < hi && j < len(t); j++ {
		if words[t[j].key] {
			n++
		}
	}
	return n
}

// learnUnknown keeps a person the gazetteer lacks, met in this article, with
// the office written beside the name, if any.
func (a *article) learnUnknown(slug, name, office string) {
	if _, ok := a.unknown[slug]; ok {
		return
	}
	act := relbot.Actor{Slug: slug, Name: name}
	if office = trimOffice(office); office != "" {
		act.Roles = []relbot.Role{{Title: office}}
	}
	a.unknown[slug] = act
	a.learnNameForms(slug, name)
}

// learnNameForms lets later sentences name a person the gazetteer does not
// verify by the shorter forms of the name people write: the name in full,
// and the parts below. A person an earlier article made known goes by them
// too, as they would in the article that introduced them.
func (a *article) learnNameForms(slug, name string) {
	if k := stripHonorifics(keys(name)); len(k) >= 2 {
		if a.unknownNames == nil {
			a.unknownNames = newPhrases[string]()
		}
		a.unknownNames.addKeys(k, slug)
		for p := 1; p < len(k); p++ {
			if k[p] == "tengku" || k[p] == "tunku" {
				// "Hisham Tengku Abdul Rahman", then "Tengku Hisham": the
				// royal line's word before the person's own name.
				a.unknownNames.addKeys(append([]string{k[p]}, k[:p]...), slug)
				break
			}
		}
		for p := 2; p < len(k)-1; p++ {
			if patronymicLinks[k[p]] || k[p] == "mohd" || k[p] == "mohamad" || k[p] == "mohammad" || k[p] == "muhammad" || k[p] == k[0] {
				// "Anis Rizana Mohd Zainudin", then "Anis Rizana": a
				// Malay name's own part, before the father's; "Syed
				// Saddiq Syed Abdul Rahman", then "Syed Saddiq": the
				// father's name opens with the son's style.
				a.unknownNames.addKeys(k[:p], slug)
				break
			}
		}
		if n := len(k); n >= 4 && generationSuffixes[k[n-1]] || n >= 5 && k[n-1] == "." && generationSuffixes[k[n-2]] {
			// "Francisco Tiu Laurel Jr.", then "Tiu Laurel": a surname of
			// two words before the suffix.
			e := n - 1
			if k[e] == "." {
				e--
			}
			if e-1 >= 2 {
				a.unknownNames.addKeys(k[1:e], slug)
			}
		} else if n >= 3 && !patronymicLinks[k[n-2]] {
			// "Roberto Morales Ojeda", then "Morales Ojeda": a Spanish
			// name's two surnames, which hide the last one alone.
			a.unknownNames.addKeys(k[n-2:], slug)
		}
	}
}

// unknownLeader reads the head of a delegation the gazetteer lacks, named
// after "led by" with a lower-case office or none: "a delegation from
// Sumitomo led by senior managing executive officer Takeshi Yoshida", "a
// delegation led by Takeshi Yoshida". The name must be two to four
// capitalised words that are no vocabulary, so that "led by the Ministry of
// Finance" or "led by Sumitomo Corporation" name no one.
func (a *article) unknownLeader(t []token, i int, covered []bool) (slug string, start, end int, ok bool) {
	if t[i].key != "by" || key(t, i-1) != "led" && key(t, i-1) != "headed" {
		return "", 0, 0, false
	}
	j := i + 1
	if k := key(t, j); k == "its" || k == "their" || k == "the" {
		j++
	}
	from := j
	for j < len(t) && j < from+5 && !t[j].upper && (officeVocabulary[t[j].key] || leaderOfficeWords[t[j].key]) {
		j++
	}
	office := j
	if j > from && key(t, j) == "in" {
		// "led by its chief representative in Cambodia, Sato Kenji":
		// where the office is, then the name set off.
		if c, end, ok := countries.match(t, j+1); ok && c != "" && key(t, end) == "," {
			j = end + 1
		}
	} else if j > from && key(t, j) == "," {
		j++ // "led by its chief representative, Sato Kenji"
	}
	if j == len(t) || !t[j].upper || covered[j] {
		return "", 0, 0, false
	}
	for k := j; k < len(t) && k < j+3 && t[k].upper; k++ {
		if _, _, ok := personOffices.match(t, k); ok {
			// "led by its Director Pheap Sreymom", "led by IMF Mission
			// Chief Peter Breuer": the office, read where offices are,
			// then the name.
			return "", 0, 0, false
		}
	}
	if bodyBeforeTitle(t, j) {
		// "was led by Dewan Rakyat Speaker Tan Sri Johari Abdul": the
		// words before the title name the house, the name comes after.
		return "", 0, 0, false
	}
	for k := j; k < len(t) && k < j+5 && t[k].word && t[k].upper; k++ {
		if officeWords[t[k].key] {
			// "led by National Olympic Committee of Kenya president Paul
			// Tergat": the capitals name a body, not its head.
			return "", 0, 0, false
		}
	}
	title := ""
	if office > from {
		title = a.sentenceText(t, from, office)
	}
	slug, end, ok = a.unknownAfter(t, from, j, title, covered)
	return slug, from, end, ok
}

// postNominalMP reports whether t[j] is "MP" written after a name, not
// opening an office of its own ("MP for Fremantle" is still his).
func postNominalMP(t []token, j int) bool {
	return j < len(t) && t[j].text == "MP" && (j+1 == len(t) || !t[j+1].word || !t[j+1].upper)
}

// companyOffices are a company's offices written as capitals between its
// name and its holder's: "OpenAI CEO Sam Altman, SoftBank Group Chairman
// Masayoshi Son and …" names no one called "OpenAI CEO Sam Altman".
var companyOffices = set("ceo", "cfo", "coo", "cto")

// leaderOfficeWords are the lower-case words of a company's or an agency's
// offices: "senior managing executive officer", "executive vice president".
var leaderOfficeWords = set("senior", "managing", "executive", "officer", "manager", "ceo", "founder", "co-founder", "chairperson", "representative", "principal")

// unknownBeforeTitle reads a person the gazetteer lacks, named before the
// office: "met Bui Quang Huy, First Secretary of the Youth Union". Two to four
// capitalised words that are no known vocabulary, not after a word that
// makes them a place ("in Phnom Penh, Prime Minister …", "the South Lawn,
// President …"), then a comma and a title.
func (a *article) unknownBeforeTitle(t []token, i int, covered []bool) (string, int, bool) {
	if !t[i].upper {
		return "", 0, false // most words: no phrase lookups
	}
	if _, _, ok := honorifics.match(t, i); ok || isRank(t[i].key) || nameStyles[t[i].key] {
		// "Samdech Men Sam An, Vice President": the style is read with the
		// honorifics, and is no part of the name.
		return "", 0, false
	}
	styled := i
	for {
		// "Tan Sri Othman Hashim, Special Envoy of …": a Malay style opens
		// the mention but is no part of the name; so does Thai courtesy.
		if thaiKhun(t, i) {
			i++
			continue
		}
		_, end, ok := nameHonorifics.match(t, i)
		if !ok && i > styled {
			// "Datuk Seri Prof Noor Azlan Rahim": an academic title after
			// the style.
			_, end, ok = honorifics.match(t, i)
		}
		if !ok || end >= len(t) || !t[end].upper {
			break
		}
		i = end
	}
	// "received a courtesy call from Wang Wentao, China's Minister of
	// Commerce": a visitor, not a place someone came from.
	s := styled
	fromVisitor := key(t, s-1) == "from" && (key(t, s-2) == "call" || key(t, s-2) == "visit" || key(t, s-2) == "delegation")
	if lexical(t, i) || placePreps[t[i].key] || t[i].key == "from" || placePreps[key(t, s-1)] || key(t, s-1) == "to" || key(t, s-1) == "the" || key(t, s-1) == "from" && !fromVisitor ||
		officesBody(t, s) ||
		s > 0 && t[s-1].word && t[s-1].upper && !(s == 1 && openingParticiples[t[0].key]) && !placeEndsAt(t, s) && !isWeekday(t[s-1].key) ||
		afterNameLink(t, s) {
		// Not the start of a capitalised run: "TP Hồ Chí Minh" is no "Chí
		// Minh"; but "received in Hà Nội on Friday Toshihiro Nikai,
		// Chairman of …" starts one after the day.
		return "", 0, false
	}
	// "Suhail bin Mohammed Al Mazrouei, Minister of …": one name; "Zhang
	// Jun, president of …", whose given name is also a month's.
	j, links := i, 0
	for j < len(t) && j < i+5+links && t[j].word && (t[j].upper && (!covered[j] && (!lexical(t, j) || cityEndsName(t, i, j) || givenNameLookalike(t, i, j) || j > i && j+1 < len(t) && nameLink(t, i, j+1)) || vietnameseLastName(t, i, j)) && !officeWords[t[j].key] && !companyOffices[t[j].key] || nameLink(t, i, j)) {
		if !t[j].upper {
			links++
		}
		j++
	}
	if j-i >= 3 && postNominalMP(t, j-1) {
		// "the co-chairs of the friendship group, Daniel Whitford MP and
		// Senator Mara Kelly": the Commonwealth's MP after the name; in
		// "Co-chairs Daniel Whitford MP and …" the group's word is none of it.
		from := i
		if groupObjects[t[i].key] {
			from++
		}
		if j-1-from < 2 {
			return "", 0, false
		}
		slug, ok := a.learnNamed(a.sentenceText(t, from, j-1), "MP")
		return slug, j, ok
	}
	if j-i < 2 || j-i-links > 4+links || key(t, j) != "," || slices.ContainsFunc(t[i:j], officeLikeWord) {
		return "", 0, false
	}
	k, tend, ok := officeAfter(t, j)
	if !ok {
		return "", 0, false
	}
	slug, ok := a.learnNamed(a.sentenceText(t, i, j), a.sentenceText(t, k, tend))
	if !ok {
		return "", 0, false
	}
	if act := a.unknown[slug]; act.Country == "" {
		// "Manop Srisawat, director-general of the Civil Aviation
		// Authority of Thailand": the country the office serves.
		if c := officeCountry(t, k); c != "" {
			act.Country = c
			a.unknown[slug] = act
		}
	}
	return slug, j, true
}

// officeLikeWord reports whether a capitalised word is a code with digits
// or an office joined by a hyphen, never part of a person's name: "COP29
// President-Designate, Minister of Ecology …".
func officeLikeWord(w token) bool {
	if strings.ContainsAny(w.key, "0123456789") {
		return true
	}
	if !strings.Contains(w.key, "-") {
		return false
	}
	for _, part := range strings.Split(w.key, "-") {
		switch part {
		case "president", "minister", "secretary", "designate", "elect", "chairman", "chairperson", "governor":
			return true
		}
	}
	return false
}

// initialStop reports whether t[i] is the full stop of an initial inside a
// run of capitalised words: "Ambassador to Cambodia W. Patrick Murphy",
// "Ambassador to Malaysia Edgard D. Kagan".
func initialStop(t []token, i int) bool {
	return key(t, i) == "." && i > 0 && len(t[i-1].key) == 1 && t[i-1].upper && i+1 < len(t) && t[i+1].upper
}

// initialAfterName reports whether the initial whose full stop is at i follows
// a given name ("Edgard D. Kagan"), not an office ("of Mongolia
// B.Battsetseg", where it is a patronymic's, before a name of one word).
func initialAfterName(t []token, from, i int) bool {
	g := i - 2
	return g > from && t[g].word && t[g].upper && !lexical(t, g)
}

// capitalsFamilyName reports whether the word at k, in capitals, is a family
// name written so before the given name that ends the office's span at e, as
// Japan's ministries write ("Minister of Education, Culture, Sports, Science
// and Technology ABE Toshiko"): no body's acronym, three letters or more,
// one given name after it.
func capitalsFamilyName(t []token, k, e int) bool {
	if k+1 != e-1 || len(t[k].text) < 3 || acronym(t[k+1]) || !t[k+1].upper {
		return false
	}
	if _, _, ok := orgs.match(t, k); ok {
		return false
	}
	if _, _, ok := countries.match(t, k); ok {
		return false
	}
	return true
}

// initialOpensName reports whether the initial whose full stop is at i opens
// a name after a portfolio: "Minister for Communications and Information S.
// Iswaran", where the name alone would be one word.
func initialOpensName(t []token, i int) bool {
	return i >= 2 && portfolioWords[t[i-2].key] && t[i-2].upper
}

// styleStop reports whether t[i] is a full stop inside a written style
// ("H.E.", "Mr."), which a run of capitalised words reads on through:
// "Ambassador to China H.E. Khek Caimealy Sysoda" ends in the name.
func styleStop(t []token, i int) bool {
	if key(t, i) != "." {
		return false
	}
	for from := max(i-3, 0); from < i; from++ {
		if _, end, ok := honorifics.match(t, from); ok && end > i {
			return true
		}
	}
	return false
}

// personNameWords reports whether name could be a person's: no word of it
// holds a digit ("COP28 President-Designate", "G20 Sherpa") or is an
// office's "-designate" or "-elect".
func personNameWords(name string) bool {
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, "0123456789") || strings.HasSuffix(lw, "-designate") || strings.HasSuffix(lw, "-elect") {
			return false
		}
	}
	return true
}

// learnNamed learns name, with its office, as a person the gazetteer lacks;
// false when it is a known actor the name pass did not take, which is not
// written as a name here.
func (a *article) learnNamed(name, office string) (string, bool) {
	slug := a.unknownSlug(name)
	if _, ok := a.g.actors[slug]; ok {
		return "", false
	}
	a.learnUnknown(slug, name, office)
	return slug, true
}

// officeCountry returns the country an office set off after a name names
// before the next comma ("director-general of the Civil Aviation Authority
// of Thailand", "the Thai transport minister"), not one it was sent to
// ("ambassador to Vietnam"); or "".
func officeCountry(t []token, k int) string {
	for e := k; e < len(t) && e < k+16 && t[e].key != "," && t[e].key != "."; e++ {
		if key(t, e-1) == "to" {
			continue
		}
		if c, _, ok := countries.match(t, e); ok {
			return c
		}
	}
	return ""
}

// consularTitle reports whether the office that ends at i is a consul's,
// whose post is said with "in": "Consul-General in Sa Kaeo Pich Sovann".
func consularTitle(t []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.HasPrefix(t[k].key, "consul") {
			return true
		}
	}
	return false
}

// cityEndsName reports whether the one-word city at j is the last word of a
// name begun at i: "Huang Kunming", the words of a name with no preposition
// before the city and no capitalised word after it.
func cityEndsName(t []token, i, j int) bool {
	if j == i || j+1 < len(t) && t[j+1].word && t[j+1].upper {
		return false
	}
	_, end, ok := cities.match(t, j)
	if !ok || end != j+1 {
		return false
	}
	_, _, country := countries.match(t, j)
	_, _, title := titles.match(t, j)
	return !country && !title
}

// placeEndsAt reports whether "in <city>" ends right before i: "received in
// Ha Long City Young Liu, chairman of …".
func placeEndsAt(t []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if _, end, ok := cities.match(t, k); ok && (end == i || end == i-1 && cityNouns[t[end].key]) {
			return key(t, k-1) == "in"
		}
	}
	return false
}

// officeAfter reads the office in apposition after a name ending at j:
// ", First Secretary of …", ", the outgoing Ambassador …". It returns where
// the office's title starts and ends.
func officeAfter(t []token, j int) (int, int, bool) {
	if key(t, j) != "," {
		return 0, 0, false
	}
	k := j + 1
	if key(t, k) == "a" {
		k++ // "Li Shulei, a member of the Political Bureau of the CPC Central Committee"
	}
	for n := 0; n < 3; n++ {
		if titleModifiers[key(t, k)] {
			k++
		} else if _, end, ok := countries.match(t, k); ok {
			k = end
			if key(t, k) == "government" && key(t, k+1) == "'s" {
				k++ // "Deng Xijun, the Chinese government's special envoy"
			}
			if key(t, k) == "'s" {
				k++ // "Wang Wentao, China's Minister of Commerce"
			}
		}
	}
	canon, tend, ok := titles.match(t, k)
	if !ok || canon == "" {
		if _, pend, pok := personOffices.match(t, k); pok {
			tend, ok = pend, true
		}
	}
	if !ok && key(t, k+1) == "'s" && t[k].word && !t[k].upper && key(t, k-1) == "the" {
		// "Klaus Schwab, the forum's founder and executive chairman": a
		// body named by a common noun, then its office.
		if _, end, found := titles.match(t, k+2); found {
			return k + 2, end, true
		}
		if _, end, found := personOffices.match(t, k+2); found {
			return k + 2, end, true
		}
	}
	if !ok {
		// "Manuela Ferro, World Bank Vice President": a body's name of a
		// word or two before the office; "Lisa Jackson, Apple's vice
		// president": with its possessive.
		for m := k + 1; m <= k+3 && m < len(t); m++ {
			// "United Airlines' senior vice president": a plural's
			// possessive is its apostrophe alone.
			apostrophe := t[m-1].key == "'" || t[m-1].key == "’"
			if !(t[m-1].word && t[m-1].upper || (t[m-1].key == "'s" || apostrophe) && m-1 > k) {
				break
			}
			at := m
			if apostrophe && titleModifiers[key(t, at)] {
				at++ // "senior vice president": past the modifier
			}
			if _, end, found := titles.match(t, at); found {
				return m, end, true
			}
			if _, end, found := personOffices.match(t, at); found {
				return m, end, true
			}
		}
	}
	return k, tend, ok
}

// titleModifiers come before an office: "the First Secretary", "Standing
// Deputy Prime Minister".
var titleModifiers = set("the", "coordinating", "first", "standing", "permanent", "acting", "senior", "executive", "outgoing", "incoming", "new", "newly-appointed", "group", "veteran", "career", "seasoned", "regional", "global", "honorary", "founding", "newly", "appointed", "recently", "elected", "newly-elected", "re-elected", "incumbent", "interim")

// titledUnknown returns the one person the gazetteer lacks whom the article
// titled with the office phrase (keys, space-ended), or "".
func (a *article) titledUnknown(phrase string) string {
	return a.onlyRecent(func(x string) bool {
		act, ok := a.unknown[x]
		if !ok || len(act.Roles) == 0 {
			return false
		}
		office := keysOf(tokenize(act.Roles[0].Title))
		// "President William Ruto … the Head of State hosted …"
		return titledAs(office, phrase) || phrase == "head of state " && titledAs(office, "president ")
	})
}

// titledAs reports whether an office (folded keys) is the phrase or the
// phrase and what it is of: "special envoy of the asean chair on myanmar"
// is "the Special Envoy".
func titledAs(office, phrase string) bool {
	if office == phrase {
		return true
	}
	rest, ok := strings.CutPrefix(office, phrase)
	return ok && (strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "on ") || strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "to "))
}

// describerNouns end a description of a person written before the name
// set off by commas: "The UN's top humanitarian official, Tom Fletcher,".
var describerNouns = set("official", "chief", "diplomat", "negotiator", "spokesman", "spokeswoman", "spokesperson")

// describedBefore reports whether the noun at i ends a description opened
// by a determiner or a possessive a few words before: "The UN's top
// humanitarian official", "Washington's chief negotiator".
func describedBefore(t []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch t[j].key {
		case "the", "'s", "its", "his", "her", "their":
			return true
		}
		if !t[j].word {
			return false
		}
	}
	return false
}

// partyModifiers stand between "the" and a party's name in an office:
// "Secretary-General of the ruling Liberal Democratic Party Toshihiro Nikai".
var partyModifiers = set("ruling", "governing", "opposition")

// regionWords place a province within its country inside an office's name:
// "Chairman of the People's Committee of the southern province of An Giang".
var regionWords = set("southern", "northern", "central", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-central", "south-central", "northernmost", "southernmost", "coastal", "mountainous")

// policyWords are the lower-case words of a company's or an agency's
// office before a name: "TikTok Malaysia head of public policy Nur Hanani
// Rahim", "director of government affairs A".
var policyWords = set("public", "policy", "affairs", "corporate", "external", "legal", "operations", "communications", "relations",
	// "The head of the ICRC regional delegation, Matthias Kohler"
	"delegation", "office", "mission", "department", "division", "team",
	// "Director General of Russia's TASS news agency Andrei Kondrashov"
	"news", "agency", "broadcaster", "newspaper",
	// "Speaker of the Singaporean parliament Tan Chuan-Jin"
	"parliament", "legislature", "senate")

// localOfficeLower are the lower-case words of a local office's name:
// "Secretary of the Tây Ninh provincial Party Committee Nguyễn Thành Tâm",
// "Governor of Svay Rieng province Men Kong".
var localOfficeLower = set("provincial", "province", "municipal", "city", "district", "town", "county", "border", "regional", "government", "autonomous", "region", "prefecture", "prefectural")

// storyGuest returns the visitor the story follows: the latest participant
// of its meetings from another country than its dateline's capital, or of
// the visitor's country its lead named. "" when neither is known.
func (a *article) storyGuest() string {
	host := capitalOf[a.dlCity]
	if host == "" && a.visitor == "" {
		return ""
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		s := a.recent[k]
		if !a.participated(s) {
			continue
		}
		c := a.countryOf(s)
		if c != "" && (a.visitor != "" && c == a.visitor || a.visitor == "" && c != host) {
			return s
		}
	}
	// "Giang received Major General Falur Rate Laek, Chief of the
	// Timor-Leste Defence Force": the guest whose country goes untold.
	if g := a.visitingGuest(); g != "" && a.countryOf(g) == "" {
		return g
	}
	return ""
}

// arrivedGuest returns the latest person the article named from outside
// the country of the capital a sentence said the travellers arrived in, or
// "".
func (a *article) arrivedGuest() string {
	host := capitalOf[a.arrived]
	if host == "" {
		return ""
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		if c := a.countryOf(a.recent[k]); c != "" && c != host {
			return a.recent[k]
		}
	}
	return ""
}

// visitedVerbs tell the visit of the one before: "the first … since Barack
// Obama attended the summit here in 2012". A policyVerb tells a measure:
// "the first in-person negotiations since President Trump announced
// sweeping tariffs" is no seat at the table.
var visitedVerbs = set("visited", "attended", "came", "travelled", "traveled", "went", "made", "paid")

// firstSince reports whether the name from i to end follows "since" in a phrase
// that opened with "the first" or "the last" a few words before: "the first
// French president to visit Vietnam since Francois Hollande".
func firstSince(t []token, i, end int) bool {
	if k := key(t, end); k != "," && k != "in" && k != "." && k != "did" && !visitedVerbs[k] && !policyVerbs[k] {
		// "The summit, the first since Hun Manet took office, was
		// attended by …": a clause of its own, whose subject may well be
		// at the table.
		return false
	}
	j := i - 1
	for j > 0 && i-j <= 7 && t[j].key != "since" && (t[j].upper || titleAdjectives[t[j].key] || t[j].key == "former" || initialDot(t, j)) {
		j--
	}
	if key(t, j) != "since" {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-12; k-- {
		if !t[k].word && t[k].key != "-" {
			return false
		}
		if (t[k].key == "first" || t[k].key == "last") && (key(t, k-1) == "the" || key(t, k-1) == "a") {
			return true
		}
	}
	return false
}

// initialDot reports whether t[j] is the stop after an initial, as in
// "U.S.", which tokenizes letter by letter.
func initialDot(t []token, j int) bool {
	return t[j].key == "." && j > 0 && t[j-1].upper && len(t[j-1].key) == 1
}

// subordinateSubject reports whether m is the subject of a clause of time
// whose verb tells a move or a change of office: "before Donald Trump
// returns", "until Anwar arrives".
func subordinateSubject(t []token, m mention) bool {
	if !timeSubordinators[key(t, m.start-1)] {
		return false
	}
	return stateVerbs[key(t, m.end)] || key(t, m.end) == "had" && stateVerbs[key(t, m.end+1)]
}

var (
	timeSubordinators = set("before", "until") // not "after X arrived": that is often the guest
	stateVerbs        = set("returns", "returned", "arrives", "arrived", "takes", "took", "taken", "leaves", "left", "becomes", "became",
		"assumes", "assumed", "wins", "won", "steps", "stepped", "resigned", "resigns", "died", "dies", "succeeded", "succeeds")
)

// leadingAfterClause reports whether ms[k] is the subject of an "after"
// clause that comes before the main clause's own subject: "shortly after Xi
// landed at the airport, Wang Yi met Mohamad Hasan".
func leadingAfterClause(t []token, ms []mention, k int) bool {
	m := ms[k]
	if key(t, m.start-1) != "after" || !landedVerbs[key(t, m.end)] {
		return false
	}
	c := nextComma(t, m.end)
	if c < 0 || c > m.end+12 {
		return false
	}
	for _, n := range ms[k+1:] {
		if n.start > c && n.start <= c+6 && n.slug != "" && n.slug != m.slug {
			return true
		}
	}
	return false
}

var landedVerbs = set("landed", "arrived", "returned", "left", "departed", "flew", "took", "spoke", "delivered", "addressed", "opened")

// spouseOf reports whether the name starting at i is written as someone's
// spouse: "his wife Datin Seri Rosmah Mansor", "her husband, Mr X".
func spouseOf(t []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		switch k := t[j].key; {
		case spouseWords[k]:
			p := key(t, j-1)
			return p == "his" || p == "her" || p == "their"
		case k == "," || t[j].word && t[j].upper:
			continue // the spouse's styles: "Datin Seri", "Mrs"
		}
		return false
	}
	return false
}

var spouseWords = set("wife", "husband", "spouse")

// excludeConsorts leaves out a queen or an empress named in an article that
// names a king or an emperor: "an audience with King Maha Vajiralongkorn and Queen Suthida",
// like the spouses who accompany a guest, is the monarch's. A queen mother
// or a dowager takes part in her own right.
func (a *article) excludeConsorts(t []token, ms []mention) {
	for _, m := range ms {
		if s := royalStyle(t, m); s == "king" || s == "emperor" {
			a.monarchNamed = true // "… Queen Suthida was also present" may come later
		}
	}
	if !a.monarchNamed {
		return
	}
	for k := range ms {
		if s := royalStyle(t, ms[k]); s == "queen" || s == "empress" {
			ms[k].excluded = true
		}
	}
}

// royalStyle returns the royal title written with the mention m ("king",
// "queen", "emperor", "empress"), or "" for none or a queen mother's.
func royalStyle(t []token, m mention) string {
	if m.slug == "" || m.group != nil {
		return ""
	}
	for j := max(m.start-1, 0); j < m.end && j < len(t); j++ {
		switch k := t[j].key; k {
		case "king", "queen", "emperor", "empress":
			if !t[j].upper {
				return ""
			}
			switch key(t, j+1) {
			case "mother", "dowager", "regent", "emeritus":
				return ""
			}
			return k
		}
	}
	return ""
}

// unknownNameAt reads a person no table knows whose name, with its styles,
// starts at i, and returns the slug and where the name ends; "" when none.
// The name may start, in order of trust: after "H.E.", a rank or "Madame";
// at i itself when an office follows it ("met Huang Kunming, secretary of
// the CPC Guangdong Provincial Committee"); after a Malay style ("received
// Dato' Zulkifli Hamzah", as "H.E." opens a name).
func (a *article) unknownNameAt(t []token, i int, covered []bool) (string, int) {
	if afterNameLink(t, i) {
		return "", 0
	}
	read := func(from, end int) (string, int) {
		if u, uend, ok := a.unknownAfter(t, i, from, "", covered); ok && (end == 0 || uend == end) {
			return u, uend
		}
		return "", 0
	}
	if _, end, ok := honorifics.match(t, i); ok && (opensStyledName(t, i) || courtesyTitles[t[i].key]) {
		if u, uend := read(end, 0); u != "" {
			return u, uend
		}
	}
	if e := bareNameEnd(t, i, covered); e > i && !officesBody(t, i) {
		if _, _, ok := officeAfter(t, e); ok {
			if u, uend := read(i, e); u != "" {
				return u, uend
			}
		}
	}
	if _, end, ok := nameHonorifics.match(t, i); ok && malayStyle(t, i, end) {
		return read(end, 0)
	}
	if e, title := envoyFromCountry(t, i, covered); e > i {
		// "Among the new envoys were A of Brunei, B of Myanmar and C of
		// Timor-Leste"
		if u, uend, ok := a.unknownAfter(t, i, i, title, covered); ok && uend == e {
			return u, uend
		}
	}
	// "The three envoys, China's Li Guohua, the Philippines' Maria Teresa
	// Almendras and …, presented their credentials"; "the foreign ministers
	// of the other member states, including Vietnam's Nguyen Hai Dang and
	// Indonesia's Arif Nugroho": each named by a country's possessive.
	title, possessed := "", false
	switch {
	case envoyOfCountry(t, i):
		title, possessed = "ambassador", true
	case countryNameInRoll(t, i):
		possessed = true
	}
	if possessed {
		e := i
		for e < len(t) && e < i+4 && t[e].word && t[e].upper && !covered[e] && !lexical(t, e) {
			e++
		}
		if k := key(t, e); e-i >= 2 && (k == "," || k == "and" || k == "." || k == ";" || k == "(") {
			if u, uend, ok := a.unknownAfter(t, i, i, title, covered); ok && uend == e {
				return u, uend
			}
		}
	}
	return "", 0
}

// envoyFromCountry returns where a bare name at i ends when "of" and a
// country follow it in a list of envoys ("Among the new envoys were A of
// Brunei, B of Myanmar") or of heads ("heads of customs administrations
// including A of Cambodia"), with the office the list gives them; or i.
func envoyFromCountry(t []token, i int, covered []bool) (int, string) {
	if i == 0 || !t[i].upper {
		return i, ""
	}
	switch key(t, i-1) {
	case "were", "are", ",", "and", "included", "include", "including":
	default:
		return i, ""
	}
	e := i
	for e < len(t) && e < i+4 && t[e].word && t[e].upper && !covered[e] && !lexical(t, e) {
		e++
	}
	if e-i < 2 || key(t, e) != "of" {
		return i, ""
	}
	c := e + 1
	if key(t, c) == "the" {
		c++
	}
	if _, _, ok := countries.match(t, c); !ok {
		return i, ""
	}
	if hasAny(t, 0, i, envoyWords) {
		return e, "ambassador"
	}
	if hasAny(t, 0, i, rollHeads) {
		// "brought together heads of customs administrations including A
		// of Cambodia, B of Vietnam and C of Thailand"
		return e, ""
	}
	return i, ""
}

// rollHeads are the plurals a list of people from several countries
// follows: "heads of customs administrations including A of Cambodia".
var rollHeads = set("heads", "chiefs", "ministers", "counterparts", "leaders")

// countryPossessive returns where the country whose possessive ends just
// before i starts ("China's Li Guohua", "the Philippines' Maria …"), or -1.
func countryPossessive(t []token, i int) int {
	if i < 2 || (key(t, i-1) != "'s" && key(t, i-1) != "'" && key(t, i-1) != "’") {
		return -1
	}
	return endingAt(countries, t, i-1)
}

// countryNameInRoll reports whether the capitalised words at i follow a
// country's possessive in a list that "including" opens after the plural of
// an office: "the foreign ministers …, including Vietnam's Nguyen Hai Dang".
func countryNameInRoll(t []token, i int) bool {
	c := countryPossessive(t, i)
	if c < 0 {
		return false
	}
	if at := attendeeListOf(t, true); at > 0 && at <= c && amongTheHeads(t) != at && !hasAny(t, at, c, rollBreaks) {
		// "Among those attending were Malaysia's A, Singapore's B",
		// "Attending ministers included Cambodia's A": the roll itself
		// says they took part.
		return true
	}
	for j := c - 1; j >= 0 && j >= c-30; j-- {
		// "Among the heads of delegation were …, Malaysia's A and
		// Indonesia's B" lists them as "including" does.
		if t[j].key == "including" || t[j].key == "were" && amongTheHeads(t) == j+1 {
			for k := j - 1; k >= 0 && k >= j-10; k-- {
				if rollOffices[t[k].key] {
					return true
				}
			}
			return false
		}
		if t[j].key == "by" && (key(t, j-1) == "attended" || key(t, j-1) == "joined") {
			// "attended by Singapore's Gan Kim Yong and Malaysia's Adham
			// Baba": those attending, by their countries.
			return true
		}
		if t[j].key == "." || t[j].key == ":" || t[j].key == "\"" {
			return false
		}
	}
	return false
}

// rollBreaks end a roll of names.
var rollBreaks = set(".", ":", "\"")

var rollOffices = set("ministers", "leaders", "counterparts", "heads", "chiefs", "envoys", "ambassadors", "commanders", "speakers", "secretaries")

// envoyOfCountry reports whether the capitalised words at i follow a
// country's possessive in a sentence about envoys' credentials.
func envoyOfCountry(t []token, i int) bool {
	if countryPossessive(t, i) < 0 {
		return false
	}
	return hasAny(t, 0, len(t), credentialWords) || hasAny(t, 0, len(t), envoyWords)
}

// bareNameEnd returns where a name of two to four capitalised words that no
// table knows ends, when one starts at i after a lower-case word: "met
// Huang Kunming, …". It returns i otherwise.
func bareNameEnd(t []token, i int, covered []bool) int {
	if i == 0 || !t[i-1].word || t[i-1].upper || t[i-1].key == "the" || t[i-1].key == "in" || t[i-1].key == "at" {
		// "on the South Lawn, President Joe Biden …", "in Dong Hoi,
		// Chairwoman …": a place.
		return i
	}
	e := i
	for e < len(t) && e < i+4 && t[e].word && t[e].upper && !covered[e] && !companyOffices[t[e].key] {
		// "included Apple CEO Tim Cook, …": the company and its office
		// come before the name, and are no part of it.
		if _, _, city := cities.match(t, e); lexical(t, e) && !(e > i && city) && !givenNameLookalike(t, i, e) && !chineseHe(t, i, e) {
			break // "Huang Kunming": a city's name may be a given name
		}
		e++
	}
	if e-i < 2 {
		return i
	}
	return e
}

// vietnameseNameWord reports whether t[j], a capitalised word written with
// Vietnamese diacritics, goes on a name a Vietnamese family name opened at
// i: "Nguyễn Văn Thể" is not "Nguyễn Văn" and "the".
func vietnameseNameWord(t []token, i, j int) bool {
	return j > i && t[j].upper && vietnameseSurnames[t[i].key] && writtenWithMarks(t[j])
}

// writtenWithMarks reports whether a word is written with diacritics: it
// folds to a key other than its lower case.
func writtenWithMarks(tk token) bool { return tk.key != strings.ToLower(tk.text) }

// chineseHe reports whether "He" at j opens a name after a title or a word
// inside the sentence, the Chinese family name and no pronoun: "Chinese
// Ambassador He Wei", "his meeting with He Junke".
func chineseHe(t []token, i, j int) bool {
	return j == i && j > 0 && t[j].text == "He" && (t[j-1].word || t[j-1].key == ")") && j+1 < len(t) && t[j+1].word && t[j+1].upper && !lexical(t, j+1)
}

// givenNameLookalike reports whether a word that is also a month's short
// form, a title or a city is a name's: "Minister Han Jun met …", "Secretary
// Mar Roxas", "Minister Tiong King Sing", "Ambassador Raul Santiago
// Bernardo". After a name's first word (and for a
// month followed by no day number, also as the first) it is the name's.
func givenNameLookalike(t []token, i, j int) bool {
	k := t[j].key
	if _, day := dayNumber(key(t, j+1)); k != "jun" && k != "mar" && k != "king" && k != "said" && k != "santiago" && !monthGivenNames[k] || t[j].text == strings.ToUpper(t[j].text) || day {
		return false
	}
	nameNext := j+1 < len(t) && t[j+1].word && t[j+1].upper && !lexical(t, j+1)
	if j > i {
		// "Transport Minister Catherine King had a phone call": a surname,
		// before a lower-case word, as before a name ("… King Lee").
		kingSurname := j+1 < len(t) && t[j+1].word && !t[j+1].upper && key(t, j+1) != "of"
		return t[j-1].word && t[j-1].upper && !lexical(t, j-1) && (k != "king" || nameNext || kingSurname)
	}
	return k != "king" && nameNext
}

// monthGivenNames are months that are also women's given names: "Kenya
// Tourism Board chief executive June Chepkemei".
var monthGivenNames = set("april", "may", "june")

// postNominal reports whether a word is the letters of an honour written
// after a name: "Andrew Goledzinowski AM", "Sir John Smith KCMG".
func postNominal(tk token) bool {
	switch tk.text {
	case "AM", "AO", "AC", "OBE", "CBE", "KBE", "MBE", "CMG", "KCMG", "GCMG", "CVO", "LVO", "KC", "QC", "MP", "PSM", "CSC":
		return true
	}
	return false
}

// monkSuffixAt reports whether a senior monk's style ends a name at j:
// "Niyangoda Vijithasiri Thera", "Upali Maha Thera", "… Mahathero".
func monkSuffixAt(t []token, j int) bool {
	return monkSuffixes[key(t, j)] || key(t, j) == "maha" && monkSuffixes[key(t, j+1)]
}

var monkSuffixes = set("thera", "thero", "mahathera", "mahathero")

// officeHoldersWords name several office holders whose names a dashed list may
// give: "the governors of Luang Namtha, Oudomxay and Phongsaly provinces —
// A, B and C —".
var officeHoldersWords = set("governors", "ministers", "secretaries", "leaders", "chairmen", "chairpersons", "mayors", "ambassadors", "presidents", "heads", "chiefs")

// dashedNames reads the names a dashed list after a plural office gives and
// returns them as unknown people: "met with the Party secretaries of Quang
// Ninh, Lang Son, Cao Bang and Ha Giang provinces — Vu Dai Thang, Nguyen
// Quoc Doan, Tran Hong Minh and Hau A Lenh — at the meeting".
func (a *article) dashedNames(t []token, covered []bool) []mention {
	var out []mention
	for d := 1; d < len(t); d++ {
		if k := t[d].text; k != "—" && k != "–" {
			continue
		}
		plural := false
		for j := d - 1; j >= 0 && j >= d-14; j-- {
			if officeHoldersWords[t[j].key] {
				plural = true
				break
			}
		}
		if !plural {
			continue
		}
		i := d + 1
		var list []mention
		items := 0
		for i < len(t) {
			e := i
			if covered[i] && t[i].upper {
				// "— Vu Dai Thang, Nguyen Quoc Doan, Tran Hong Minh and Hau
				// A Lenh —": one the gazetteer knows is already a mention,
				// and the list goes on after it.
				for e < len(t) && covered[e] && t[e].word {
					e++
				}
			} else {
				e = listedNameEnd(t, i, covered)
				if e-i < 2 {
					break
				}
				name := a.sentenceText(t, i, e)
				slug := a.unknownSlug(name)
				if _, ok := a.g.actors[slug]; !ok {
					a.learnUnknown(slug, name, "")
				}
				list = append(list, mention{slug: slug, start: i, end: e, unknown: true})
			}
			items++
			switch key(t, e) {
			case ",":
				i = e + 1
				if key(t, i) == "and" {
					i++
				}
				continue
			case "and":
				i = e + 1
				continue
			case "respectively":
				// "— A, B and C respectively —": in the offices' order.
				if d := e + 1; key(t, d) == "-" && (t[d].text == "—" || t[d].text == "–") && items >= 2 {
					out = append(out, list...)
				}
			case "-":
				if (t[e].text == "—" || t[e].text == "–") && items >= 2 {
					out = append(out, list...)
				}
			}
			break
		}
		d = i
	}
	return out
}

// listedNameEnd returns where the name of up to four capitalised words, no
// vocabulary and none a mention already, that starts at i in a list ends.
func listedNameEnd(t []token, i int, covered []bool) int {
	e := i
	for e < len(t) && e < i+4 && t[e].word && t[e].upper && !covered[e] && !lexical(t, e) {
		e++
	}
	return e
}

// pluralTitled reads the names a capitalised plural title opens ("Senators
// Tammy Duckworth, Dan Sullivan and Christopher Coons met Tsai"): each one
// holds the title, as if written before each name. Two names at least, and
// only names: a list that runs into anything else is left alone.
func (a *article) pluralTitled(t []token, covered []bool) []mention {
	var out []mention
	for p := 0; p+1 < len(t); p++ {
		office, ok := titledPlurals[t[p].key]
		if !ok {
			office, ok = listTitlePlurals[t[p].key]
		}
		if !ok || !t[p].upper || covered[p+1] {
			continue
		}
		// known marks an item the gazetteer already read as a mention.
		type item struct {
			start, end int
			known      bool
		}
		var list []item
		i, done := p+1, false
		for !done {
			e := listedNameEnd(t, i, covered)
			known := false
			if e == i && i > p+1 && covered[i] && t[i].upper {
				// "Vice Presidents A and B" with B a name the gazetteer
				// knows: already a mention, and the list's last item.
				for e < len(t) && covered[e] && t[e].word {
					e++
				}
				known = true
			}
			if e-i < 2 {
				list = nil
				break
			}
			list = append(list, item{i, e, known})
			switch {
			case key(t, e) == "," && key(t, e+1) == "and":
				i = e + 2
			case key(t, e) == "," || key(t, e) == "and":
				i = e + 1
			default:
				done = true
			}
		}
		if len(list) < 2 || list[len(list)-1].end >= len(t) || t[list[len(list)-1].end].upper {
			continue
		}
		for _, m := range list {
			if m.known {
				continue
			}
			name := a.sentenceText(t, m.start, m.end)
			slug := a.unknownSlug(name)
			if _, known := a.g.actors[slug]; !known {
				a.learnUnknown(slug, name, office)
			}
			out = append(out, mention{slug: slug, start: m.start, end: m.end, unknown: true})
			for k := m.start; k < m.end; k++ {
				covered[k] = true
			}
		}
		p = list[len(list)-1].end
	}
	return out
}

// placeDash reports whether the dash at e joins the two halves of a
// place's name: "Bà Rịa–Vũng Tàu".
func placeDash(t []token, e int) bool {
	return (t[e].key == "–" || t[e].key == "-") && e > 0 && t[e-1].upper && e+1 < len(t) && t[e+1].upper
}

// nameLink reports whether the lower-case word at j links the parts of
// a name begun at i: "Abdulaziz bin Salman", "Siti binti Ahmad", "Eduardo
// Jose de Vega", "Maria de la Cruz", "Kees van Dijk".
func nameLink(t []token, i, j int) bool {
	if j <= i || t[j].upper || j+1 >= len(t) || !t[j+1].word {
		return false
	}
	switch t[j].key {
	case "bin", "binti", "bint", "ibn", "de", "del", "dela", "van", "von", "der", "den", "dos", "das", "da", "du":
		return t[j+1].upper || key(t, j+1) == "la" && j+2 < len(t) && t[j+2].upper || key(t, j+1) == "der" && j+2 < len(t) && t[j+2].upper
	case "la":
		return key(t, j-1) == "de" && t[j+1].upper
	}
	return false
}

// afterNameLink reports whether the word at i follows a name's link ("bin",
// "de") after a capitalised word: the end of a longer name, as "Awad Al
// Nuaimi" is of "Abdullah Sultan bin Awad Al Nuaimi", opens no name.
func afterNameLink(t []token, i int) bool {
	return i > 1 && t[i-2].upper && nameLink(t, i-2, i-1)
}

// patronymicLinks join a name to the father's: "Halbi bin Haji Mohd Yussof".
var patronymicLinks = set("bin", "binti", "binte", "bte")

// malayPatronymic reports whether the name t[i:j] links to the father's
// name in the Malay way, with no Arabic family particle ("Al-", "al"): the
// press writes "Halbi Mohd Yussof" for "Halbi bin Haji Mohd Yussof", but
// keeps "Mohammed bin Salman".
func malayPatronymic(t []token, i, j int) bool {
	linked := false
	for k := i; k < j; k++ {
		if strings.HasPrefix(t[k].key, "al-") || t[k].key == "al" || t[k].key == "ibn" {
			return false
		}
		linked = linked || patronymicLinks[t[k].key]
	}
	return linked
}

// malayStyle reports whether the styles from i to end are Malay or Bruneian
// ones that only a person's name follows ("Datuk", "Tan Sri", "Dato' Seri"),
// not words also found in names ("Sri", "Seri", "Awang", "Prince").
func malayStyle(t []token, i, end int) bool {
	if k := key(t, i-1); patronymicLinks[k] || k == "ibni" {
		return false // "Erywan bin Pehin Datu …": the father's name and styles
	}
	switch strings.TrimSuffix(t[i].key, "'") {
	case "datuk", "dato", "datin":
		return t[i].upper
	case "tun":
		return t[i].upper && !doubledWord(t, i)
	case "puan", "encik":
		// "Minister of Education Puan Fadhlina Sidek": Mrs and Mr before a
		// name of two words or more; "Puan Maharani" is a name.
		return t[i].upper && (end-i >= 2 || end+1 < len(t) && t[end].word && t[end].upper && t[end+1].word && t[end+1].upper && !lexical(t, end) && !lexical(t, end+1))
	case "tan", "toh", "yang":
		return t[i].upper && end-i >= 2
	case "u", "daw":
		// Myanmar's styles: "U Kyaw Swar Tun of Myanmar", not "U.S.".
		return (t[i].text == "U" || t[i].text == "Daw") && i+2 < len(t) && t[i+1].word && t[i+1].upper && t[i+2].word && t[i+2].upper
	case "his", "her":
		// "received Her Royal Highness Princess Maha Chakri Sirindhorn"
		return t[i].upper && end-i >= 3
	case "prince", "princess", "sheikh", "sheikha", "shaikh":
		// "received Prince Faisal bin Farhan": a royal style opens a name
		// as "H.E." does, when the name is linked as Arab names are;
		// Bahrain writes the style "Shaikh".
		for k := end + 1; k < len(t) && k <= end+3; k++ {
			if nameLink(t, end, k) {
				return t[i].upper
			}
		}
	}
	return false
}

// doubledWord reports whether the word at i is written twice in a row:
// "Lieutenant General Tun Tun Naung" is a Myanmar name that doubles a word,
// no Malay style "Tun".
func doubledWord(t []token, i int) bool {
	return i+1 < len(t) && t[i+1].key == t[i].key && t[i+1].upper
}

// nameHonorifics are styles of Malay, Bruneian and Arab usage written before
// a name and never part of the name the gazetteer keeps: "Prince Haji
// Al-Muhtadee Billah", "Tan Sri Muhyiddin Yassin".
var nameHonorifics = func() *phrases[bool] {
	p := newPhrases[bool]()
	for _, s := range []string{
		"prince", "princess", "crown prince", "haji", "hajah", "datuk", "datuk seri", "dato", "dato'", "dato' seri", "dato' sri", "dato sri", "dato seri",
		"datin", "tan sri", "puan sri", "tun", "toh puan", "pehin", "pengiran", "sheikh", "shaikh", "sri", "seri", "yang berhormat", "yb", "his royal highness", "her royal highness",
		"dato seri setia", "dato paduka", "awang", "dayang", "datu", "u", "daw", "kralahom",
		"dato' seri utama", "dato seri utama", "datuk seri utama", "queen mother", "king father",
		// Sarawak's styles ("Datuk Patinggi Tan Sri Abang Johari", "Datuk
		// Amar Awang Tengah"), Britain's and the Commonwealth's knighthoods
		// ("Sir Bob Dadae", "Dame Cindy Kiro") and Fiji's chiefly style
		// ("Ratu Naiqama Lalabalavu"); Papua New Guinea's "Grand Chief Sir
		// Bob Dadae".
		"datuk patinggi", "patinggi", "datuk amar", "sir", "dame", "ratu", "datuk seri panglima", "panglima", "grand chief",
		"puan", "encik",
	} {
		p.add(s, true)
	}
	// "Tengku" before another style is one ("Tengku Datuk Seri Hisham
	// Tengku Abdul Rahman"); alone it is of the name ("Tun Tengku Maimun
	// Tuan Mat").
	for _, royal := range []string{"tengku", "tunku"} {
		for _, style := range []string{"datuk", "datuk seri", "dato'", "dato' seri", "dato seri", "dato", "dato' sri", "dato sri", "tan sri"} {
			p.add(royal+" "+style, true)
		}
	}
	return p
}()

// sentenceText rebuilds the words t[i:j] as written.
func (a *article) sentenceText(t []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		// Stops and commas as written: "Robert F. Kennedy, Jr.", not
		// "Robert F . Kennedy , Jr .".
		if k > i && !((t[k].key == "." || t[k].key == ",") && t[k].start == t[k-1].end && t[k-1].word) {
			b.WriteByte(' ')
		}
		b.WriteString(t[k].text)
	}
	return b.String()
}

// liveBlog reports whether an article is a live page: two or more lines
// that are a time of day alone ("8:40 p.m.", "17:10").
func liveBlog(sentences []string) bool {
	n := 0
	for _, s := range sentences {
		if timeStamp(strings.TrimSpace(s)) {
			n++
		}
	}
	return n >= 2
}

func timeStamp(s string) bool {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	for _, clock := range []string{" a.m", " p.m", " am", " pm"} {
		s = strings.TrimSuffix(s, clock)
	}
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, r := range h + m {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// cancelledWith reports whether the name at i is the guest of a meeting
// called off: "canceled a planned meeting with", "cancelled talks with".
func cancelledWith(t []token, i int) bool {
	j := i - 1
	for j >= 0 && t[j].word && t[j].upper && i-j <= 4 {
		j-- // the guest's title: "with Philippine President"
	}
	if key(t, j) != "with" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if cancelWords[t[k].key] || t[k].key == "off" && key(t, k-1) == "called" {
			return true
		}
	}
	return false
}

// openingParticiples open a sentence before the name of whom they meet.
var openingParticiples = set("receiving", "meeting", "welcoming", "hosting", "greeting", "visiting", "addressing", "accompanying", "congratulating", "thanking", "hearing", "telling", "calling")

// thingWords are capitalised in the names of agreements, events, bodies and
// buildings, never in a person's or a city's: "a Comprehensive Strategic
// Partnership, Prime Minister …", "the ASEAN Summits and Related Summits,
// Prime Minister …", "the Vice Presidential Palace".
var thingWords = set("vice", "presidential", "comprehensive", "strategic", "partnership", "partnerships", "related", "summit",
	"summits", "forum", "dialogue", "agreement", "declaration", "initiative", "framework", "week", "session", "conference",
	"meeting", "talks", "programme", "program", "project", "fund", "association", "union", "zone", "economic", "development",
	"trade", "investment", "security", "community", "charter", "corridor", "treaty", "memorandum", "understanding",
	"award", "medal", "prize", "festival", "expo", "fair", "convention", "palace", "hotel", "strategy", "plan", "roadmap",
	// sport: "minister in charge of the Tokyo Olympic and Paralympic Games"
	"games", "olympics", "paralympics", "championship", "championships", "cup", "tournament", "league",
	// portfolios: "Minister of Climate, Energy and Utilities Lars Aagaard"
	"climate", "energy", "utilities", "environment", "industry", "commerce", "agriculture", "fisheries", "forestry",
	"tourism", "transport", "labour", "labor", "welfare", "infrastructure", "communications", "information", "supplies",
	"technology", "science", "innovation", "planning", "resources", "housing", "culture", "sports", "health", "education", "finance",
	"integration", "economy", "growth", "promotion", "exports", "migration", "immigration", "digitalisation", "digitalization",
	// places: "landed at the Bunga Raya Complex, Chinese Foreign Minister …"
	"complex", "terminal", "airport", "airbase", "base", "stadium", "building", "centre", "center", "hall", "pavilion", "plaza", "square", "tower", "bridge", "port", "resort",
	// a command's or a boundary's words: "commander of the Coast Guard District
	// Southwestern Mindanao", "Special Envoy for Maritime Boundary Delimitation"
	"district", "command", "fleet", "delimitation", "demarcation", "boundaries", "borders", "negotiator", "negotiators",
	// "Foreign Ministers of ASEAN Member States": members, no one's name
	"states",
	// "National Authority for Combating Drugs", "Office of the Narcotics Control Board"
	"drugs", "narcotics", "crime", "crimes", "trafficking", "smuggling",
	"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern")

// givenNameJan reports whether "Jan" at j opens a name ("Czech Foreign
// Minister Jan Lipavský") rather than abbreviating January: a month is
// followed by its day, not by a capitalised word.
func givenNameJan(t []token, j int) bool {
	if j+1 >= len(t) || !t[j+1].word || !t[j+1].upper {
		return false
	}
	_, month := months[t[j+1].key]
	_, day := weekdays[t[j+1].key]
	return !month && !day
}

// lexical reports whether a capitalised word is known vocabulary rather than
// part of a person's name.
func lexical(t []token, j int) bool {
	if _, _, ok := countries.match(t, j); ok {
		return true
	}
	if _, _, ok := orgs.match(t, j); ok {
		return true
	}
	if _, _, ok := titles.match(t, j); ok {
		return true
	}
	if _, _, ok := cities.match(t, j); ok {
		return true
	}
	if _, ok := months[t[j].key]; ok && !(t[j].key == "jan" && givenNameJan(t, j)) {
		return true
	}
	if _, ok := weekdays[t[j].key]; ok {
		return true
	}
	if j == 0 && openingParticiples[t[j].key] {
		// "Receiving Motoya Okada, President of AEON, PM Chính said":
		// capitalised only because it opens the sentence.
		return true
	}
	if thingWords[t[j].key] || portfolioWords[t[j].key] {
		return true
	}
	if vietnameseMiddleThe(t, j) {
		return false
	}
	switch t[j].key {
	case "the", "of", "and", "on", "in", "at", "for", "to", "said", "foreign", "affairs", "international", "cooperation", "central", "committee", "government", "state", "people", "republic", "socialist", "kingdom", "office", "ministry", "council", "embassy", "party", "general", "this", "he", "she", "they", "during", "after", "before",
		"asia", "pacific", "europe", "africa", "americas", "oceania", "eurasia", "asia-pacific", "indo-pacific":
		// "Vũ Thế Phiệt": a word written with Vietnamese marks that folds
		// to "the" is a name's, no English word.
		return !(t[j].upper && writtenWithMarks(t[j]))
	}
	return false
}

// royalOneName reports whether the one word at i names a king or a pope
// after the title written right before it: "King Willem-Alexander", "King
// Salman", "Pope Leo" go by one name; "King Father" is a style. ("Queen"
// and "Prince" are no titles the tables hold: they never reach here.)
func royalOneName(t []token, i int) bool {
	return i > 0 && t[i-1].upper && (t[i-1].key == "king" || t[i-1].key == "pope") && key(t, i) != "father"
}

// vietnameseMiddleThe reports whether t[j] is "The" written for the
// Vietnamese middle name Thế without its marks: "Pham The Tung" is one
// person.
func vietnameseMiddleThe(t []token, j int) bool {
	return t[j].text == "The" && j > 0 && t[j-1].upper && vietnameseSurnames[t[j-1].key] &&
		j+1 < len(t) && t[j+1].word && t[j+1].upper && !lexical(t, j+1)
}

// styleEndsAt reports whether a style ("Mr", "H.E.") ends just before i:
// "…, Mr To Ngoc Son" starts the name at "To", a family name that is also a
// word.
func styleEndsAt(t []token, i int) bool {
	for k := max(i-4, 0); k < i; k++ {
		if _, end, ok := honorifics.match(t, k); ok && end == i {
			return true
		}
	}
	return false
}

// portfolioWords end the names of ministries, academies and agencies, never
// a person's: "Director of the Ho Chi Minh National Academy of Politics
// Nguyen Xuan Thang" names Nguyen Xuan Thang.
var portfolioWords = set("politics", "sciences", "science", "studies", "economics", "security", "defence", "defense",
	"trade", "industry", "commerce", "finance", "justice", "health", "education", "agriculture", "culture", "tourism",
	"planning", "investment", "construction", "transport", "transportation", "energy", "environment", "resources",
	"labour", "labor", "development", "information", "communications", "technology", "interior", "relations",
	"academy", "university", "institute", "administration", "livestock", "fisheries", "forestry", "mines", "mining",
	"infrastructure", "housing", "welfare", "veterans", "sport", "sports", "works",
	// "Minister of Trade and Integration Bakhyt Sultanov"
	"integration", "economy", "promotion", "digitalisation", "digitalization", "programs", "programmes", "operations",
	// "Director General of the State Hermitage Museum Mikhail Piotrovsky"
	"museum", "gallery", "library", "theatre", "theater", "orchestra", "archives",
	// "Minister for the Armed Forces Catherine Vautrin", "Head of the Commission
	// for Propaganda and Mass Mobilisation."
	"forces", "mobilisation", "mobilization", "propaganda", "navy", "army",
	// "Deputy Minister for Natural Resources and Environmental
	// Conservation of Myanmar": the portfolio, no second person.
	"conservation", "environmental", "meteorology", "irrigation", "aviation", "maritime", "digital", "rural", "manpower", "religious",
	// "Secretary of State for Energy Security and Net Zero Ed Miliband"
	"zero",
	// "Minister of Energy Transition and Water Transformation Fadillah Yusof"
	"transition", "transformation", "water", "sustainability", "logistics", "railways", "electricity", "petroleum", "training", "youth", "social",
	// "Minister of Agriculture and Land Reclamation Alaa Farouk", "Minister
	// of Posts and Telecommunications", "Minister of Innovation, Science and
	// Industry": portfolios, no names.
	"reclamation", "food", "cooperatives", "innovation", "telecommunications", "telecom", "posts", "migration", "refugees",
	"nuclear", "atomic", "railway", "ports", "shipping", "highways", "minerals", "fiscal", "revenue", "hydrocarbons", "connectivity", "statistics", "reforms",
	// "Minister for Agriculture and Waterways Tomasi Tunabuna"
	"waterways", "lands", "heritage", "immigration", "climate", "oceans", "marine",
	// "Vice Minister of Gender Equality and Family Shin Mi-kyung", "Minister of
	// Women, Family and Community Development"
	"equality", "gender", "family", "women", "children", "community", "employment", "immigration", "fishery", "oceans", "disaster", "emergency", "arts",
	// "Minister for Trade and Export Growth David Parker"
	"growth", "export", "exports", "innovation", "enterprise", "enterprises", "customs", "statistics", "cooperatives",
	// "Executive Vice-President for Tech Sovereignty, Security and Democracy
	// Henna Virkkunen", "Commissioner for Preparedness and Crisis Management"
	"democracy", "sovereignty", "tech", "migration", "enlargement", "partnerships", "preparedness", "crisis", "cohesion", "reforms",
	"prosperity", "values", "transparency", "competition", "competitiveness", "budget", "neighbourhood", "neighborhood",
	// "Ambassador-at-Large for Cyberspace and Digital Policy Nathaniel Fick"
	"cyberspace", "cyber", "cybersecurity", "telecommunications", "telecoms", "internet",
	// "Minister of Communication and Informatics Johnny G. Plate",
	// "Communications and Multimedia Minister"
	"communication", "informatics", "multimedia", "broadcasting", "media",
	// "Union Minister for the Office of the State Counsellor Kyaw Tint Swe"
	"counsellor", "counselor",
	// "Minister of Foreign Affairs and the National Community Abroad", "…,
	// Emigration and Egyptian Expatriates"
	"abroad", "expatriates", "emigration", "diaspora",
	// "Special Envoy for Climate Change Xie Zhenhua"
	"change",
	// "Minister for Business, Trade and Entrepreneurship Ştefan-Radu Oprea"
	"entrepreneurship", "citizenship", "partnership", "smes", "msmes",
	// "UN High Commissioner for Refugees Filippo Grandi"
	"refugees", "migrants",
	// "Minister of State for Information Technology and Telecommunication
	// Shaza Fatima Khawaja", "Minister for Planning, Development and Special
	// Initiatives Ahsan Iqbal"
	"telecommunication", "initiatives", "reconstruction", "coordination", "privatisation", "privatization", "urban", "ports", "shipping",
	"highways", "roads", "textiles", "minerals", "overseas", "narcotics", "rights", "parliamentary", "food", "research", "poverty",
	"alleviation", "safety", "solidarity", "ecology", "biodiversity", "wildlife", "utilities", "rehabilitation", "resettlement", "relief",
	// "Special Envoy for Climate Action Jennifer Morgan", "Minister of
	// Vocational Education and Training", "Secretary for Nuclear Safety"
	"action", "resilience", "adaptation", "nuclear", "medical", "vocational", "schools", "universities", "literacy", "pandemic",
	// "Commissioner for Internal Market Thierry Breton", "Minister of State for
	// Artificial Intelligence, Digital Economy and Remote Work Applications"
	"internal", "market", "markets", "remote", "applications")

// subjectList returns the n people a sentence opens with as its subject,
// joined by "and" or commas, their offices between, and followed by a verb:
// "Interior Secretary A and police chief Gen. B flew to …"; nil otherwise.
func subjectList(t []token, ms []mention, n int) []string {
	var out []string
	prevEnd := -1
	for _, m := range ms {
		if m.slug == "" || m.excluded || m.group != nil {
			continue
		}
		if len(out) == n {
			break
		}
		if prevEnd < 0 && m.start > 4 {
			return nil
		}
		for k := max(prevEnd, 0); k < m.start; k++ {
			if t[k].word && !t[k].upper && t[k].key != "and" && !describerNouns[t[k].key] && !officeWords[t[k].key] && !orgWords[t[k].key] {
				return nil
			}
		}
		out = append(out, m.slug)
		prevEnd = m.end
	}
	if len(out) != n || prevEnd >= len(t) || !t[prevEnd].word || t[prevEnd].upper {
		return nil
	}
	return out
}

// groupRef reads "the two leaders", "the four leaders", "both sides", "they".
func (a *article) groupRef(t []token, i int) ([]string, int) {
	if _, end, ok := groupRefs.match(t, i); ok {
		if key(t, end-1) == "sides" && sideOfWords[key(t, i-1)] && !callVerbs[key(t, i-2)] {
			// "displaced over 200,000 on both sides", "along both sides of
			// the border": the two sides of a line, not of a meeting.
			return nil, 0
		}
		if key(t, end) == "of" && smallNumbers[key(t, end+2)] == 0 && key(t, end+1) != "both" {
			// "the leaders of northern localities" are others; "the
			// leaders of the two countries" are the ones just named.
			return nil, 0
		}
		n := 0
		switch {
		case strings.Contains(keysOf(t[i:end]), "two") || strings.HasPrefix(t[i].key, "both"):
			n = 2
		}
		if n == 0 && end-i == 2 && t[i].key == "the" && t[i+1].key == "leaders" && (key(t, end) == "'" || key(t, end) == "’") && leadersEvents[key(t, end+1)] {
			// "addressed the leaders' segment of the conference": a part
			// of a gathering named for all who lead at it, no one told.
			return nil, 0
		}
		if n == 0 && end-i == 2 && t[i].key == "the" && t[i+1].key == "leaders" {
			if g := a.recentGathering(); g != nil {
				return slices.Clone(g), end
			}
		}
		if g := a.heldBeforePlan(t, n); g != nil {
			return g, end
		}
		return a.officeGroup(a.lastGroup(n), keysOf(t[i:end]), n), end
	}
	if t[i].key != "the" && t[i].key != "all" {
		return nil, 0
	}
	if office, ok := titledPlurals[key(t, i+1)]; ok && t[i].key == "the" {
		// "Senator A and Senator B met Marcos … On Tuesday, the senators
		// met C": those the article titled so.
		if g := a.titledSo(office); len(g) >= 2 {
			return g, i + 2
		}
		return nil, 0
	}
	if c := headsOfThe(t, i+1); t[i].key == "the" && c > i+1 {
		// "received the heads of the three delegations": those who led
		// them, the last three named together.
		if n := smallNumbers[key(t, c)]; n >= 2 && n <= 6 && (key(t, c+1) == "delegations" || key(t, c+1) == "sides") {
			if g := a.lastGroup(n); len(g) == n {
				return g, c + 2
			}
		}
	}
	n := smallNumbers[key(t, i+1)]
	if n < 2 || n > 6 {
		return nil, 0
	}
	j := i + 2
	v := j
	if (key(t, j) == "were" || key(t, j) == "was") && key(t, j+2) == "by" {
		v = j + 1 // "The two were received by the provincial governor"
	}
	if tr, _, ok := matchTrigger(t, v); ok && tr.form == trigVerb && !t[v].upper && t[i].key == "the" && pastVerb(t[v].key) {
		// "A and B agreed yesterday … The two met at the parliament's
		// complex": the number alone names the ones the sentence before
		// named ("the two co-chairs", "when the two meet" are not a past
		// meeting's subject), or the last to name anyone, a sentence
		// about a thing between.
		if len(a.lastNamed) == n {
			return slices.Clone(a.lastNamed), j
		}
		if len(a.lastNamed) == 0 && len(a.lastNaming) == n && a.lastNamedSent-a.lastNamingSent <= 2 {
			return slices.Clone(a.lastNaming), j
		}
		if len(a.lastNamed) > n && a.lastNamedSent >= 0 && a.lastNamedSent < len(a.toks) {
			// "A and B flew to Jakarta to take custody of C. The two met
			// …": the sentence's subject, the ones it opened with.
			if g := subjectList(a.toks[a.lastNamedSent], a.lastMentions, n); g != nil {
				return g, j
			}
		}
	}
	for j < len(t) && j < i+5 && t[j].word {
		switch t[j].key {
		case "leaders", "men", "women", "sides", "heads", "ministers", "presidents", "officials", "chiefs", "parties", "premiers", "secretaries",
			"governors", "envoys", "ambassadors", "commanders", "generals", "officers", "chairmen", "executives",
			"visitors", "guests", "diplomats", "delegates", "lawmakers", "legislators", "speakers", "senators", "mayors", "monarchs", "kings", "delegations":
			if g := a.lastOfCountry(t, i+2, j, n); g != nil {
				return g, j + 1
			}
			return a.officeGroup(a.lastGroup(n), keysOf(t[i:j+1]), n), j + 1
		}
		j++
	}
	return nil, 0
}

var sideOfWords = set("on", "along", "across", "at")

// leadersEvents are the parts of a gathering "the leaders'" names: "the
// leaders' segment", "the leaders' declaration".
var leadersEvents = set("segment", "declaration", "statement", "week")

// callVerbs make "on both sides" the sides called on: "called on both
// sides to bring peace back".
var callVerbs = set("called", "call", "calls", "calling")

// namesRule follow a leader's name used as a modifier: "the Biden
// administration", "the Hun Sen era".
var namesRule = set("government", "administration", "cabinet", "era", "presidency", "regime")

// unknownMinister reports whether the article introduced slug, a person
// the gazetteer lacks, as a minister: "Foreign Affairs Minister Anita
// Anand" is one of the ministers "the minister" may be.
func (a *article) unknownMinister(slug string) bool {
	act, ok := a.unknown[slug]
	if !ok || len(act.Roles) == 0 {
		return false
	}
	t := strings.Fields(relbot.Fold(act.Roles[0].Title))
	return slices.Contains(t, "minister") && !slices.Contains(t, "prime")
}

// clauseMeetVerbs follow "the minister" who opens a clause and meets:
// "On Friday, the minister met Wang Yi".
var clauseMeetVerbs = set("met", "received", "hosted", "welcomed", "held", "visited")

// titledPlurals name by their office several people an article titled so
// one by one.
var titledPlurals = map[string]string{"senators": "senator", "congressmen": "congressman", "lawmakers": "lawmaker", "governors": "governor", "ambassadors": "ambassador",
	"representatives": "representative", "congresswomen": "congresswoman"}

// listTitlePlurals open a list of names only, each holding the office
// ("Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis"),
// though "the ministers" alone may be any of the article's ministers.
var listTitlePlurals = map[string]string{"presidents": "president", "commissioners": "commissioner", "ministers": "minister", "mayors": "mayor"}

// titledSo returns the people mentioned so far whose office, as the article
// or the gazetteer gives it, holds the word office, latest first.
func (a *article) titledSo(office string) []string {
	var out []string
	for k := len(a.recent) - 1; k >= 0; k-- {
		s := a.recent[k]
		if slices.Contains(out, s) {
			continue
		}
		act, ok := a.unknown[s]
		if !ok {
			act = a.g.actors[s]
		}
		for _, r := range act.Roles {
			// "President Marcos", once a senator, is none now.
			if roleHeldOn(r, a.pubDate) && strings.Contains(strings.ToLower(r.Title), office) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// lastOfCountry returns, when a country's adjective stands between from and
// to ("the two Cambodian leaders"), the last n people named who are that
// country's, or nil: not the last two named whoever they were.
func (a *article) lastOfCountry(t []token, from, to, n int) []string {
	var country string
	for j := from; j < to; j++ {
		if c, _, ok := countries.match(t, j); ok {
			country = c
			break
		}
	}
	if country == "" {
		return nil
	}
	return a.lastNamedWho(n, func(s string) bool { return a.countryOf(s) == country })
}

// lastNamedWho returns the last n people the article named of whom keep
// holds, in the order they were named, or nil when fewer were.
func (a *article) lastNamedWho(n int, keep func(slug string) bool) []string {
	var who []string
	for k := len(a.recent) - 1; k >= 0 && len(who) < n; k-- {
		if s := a.recent[k]; keep(s) && !slices.Contains(who, s) {
			who = append(who, s)
		}
	}
	if len(who) != n {
		return nil
	}
	slices.Reverse(who)
	return who
}

// provinceNoun reports whether a province's or a city's noun stands at j,
// after a name: "Preah Sihanouk province", "Ho Chi Minh City".
func provinceNoun(t []token, j int) bool {
	switch key(t, j) {
	case "province", "provincial", "city", "district", "municipality":
		return true
	}
	return false
}

// pastVerb reports whether k is a verb in the past tense.
func pastVerb(k string) bool {
	return k == "met" || k == "held" || k == "had" || k == "sat" || k == "spoke" || strings.HasSuffix(k, "ed")
}

func keysOf(t []token) string {
	var b strings.Builder
	for _, k := range t {
		b.WriteString(k.key)
		b.WriteByte(' ')
	}
	return b.String()
}

// recentGathering returns the people of a held meeting of three or more
// among the last two reported, told within six sentences of the last one
// read: "the leaders" after a summit's dinner and a bilateral on its
// sidelines are the summit's.
func (a *article) recentGathering() []string {
	for k := len(a.cands) - 1; k >= 0 && k >= len(a.cands)-2; k-- {
		c := a.cands[k]
		if len(c.slugs) >= 3 && c.m.Status == relbot.StatusPast && a.lastNamedSent-c.lastTold() <= 6 {
			return c.slugs
		}
	}
	return nil
}

// groupWith returns the people of a recent meeting of group's size that
// holds everyone the sentence named before at, when group (the last meeting's
// people) does not: "Kishida held separate talks with Hun Manet and Chinh. In
// the meeting with Hun Manet, the two leaders agreed …" are Kishida and Hun
// Manet. Otherwise nil.
func (a *article) groupWith(group []string, ms []mention, at int) []string {
	var named []string
	for _, m := range ms {
		if m.start < at && m.slug != "" && !m.excluded {
			named = append(named, m.slug)
		}
	}
	if len(named) == 0 || subset(named, group) {
		return nil
	}
	for k := len(a.cands) - 1; k >= 0 && k >= len(a.cands)-4; k-- {
		if c := a.cands[k]; len(c.slugs) == len(group) && subset(named, c.slugs) {
			return slices.Clone(c.slugs)
		}
	}
	return nil
}

// premiersNamed reads "the two prime ministers" at t[i:end] as the last two
// heads of government named, this sentence's first, when group has someone
// who holds no such office: "Premier Li Qiang held a welcome ceremony for
// him before the two prime ministers held talks" after Xi met Wong.
func (a *article) premiersNamed(group []string, t []token, i, end int, ms []mention) []string {
	phrase := keysOf(t[i:end])
	if !strings.Contains(phrase, "prime ministers") && !strings.Contains(phrase, "premiers") {
		return nil
	}
	n := len(group)
	d := a.pubDate
	if len(a.cands) > 0 {
		d = dOr(a.cands[len(a.cands)-1].m.Date, a.pubDate)
	}
	holds := func(s string) bool { return a.holds(s, headsOfGovernment, d) }
	if n < 2 || !slices.ContainsFunc(group, func(s string) bool { return !holds(s) }) {
		return nil
	}
	var who []string
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.start < i && m.slug != "" && !m.excluded && holds(m.slug) && !slices.Contains(who, m.slug) {
			who = append(who, m.slug)
		}
	}
	for k := len(a.recent) - 1; k >= 0 && len(who) < n; k-- {
		if s := a.recent[k]; holds(s) && !slices.Contains(who, s) {
			who = append(who, s)
		}
	}
	if len(who) != n {
		return nil
	}
	return who
}

// officeGroup narrows group, the people "the two prime ministers" was
// taken to name, to the n of the last meeting who held that office when the
// meeting had more ("During yesterday's talks, the two prime ministers
// agreed" after talks attended by two foreign ministers).
func (a *article) officeGroup(group []string, phrase string, n int) []string {
	if n < 2 || len(a.cands) == 0 {
		return group
	}
	c := a.cands[len(a.cands)-1]
	d := dOr(c.m.Date, a.pubDate)
	var holds func(slug string) bool
	switch {
	case strings.Contains(phrase, "prime ministers") || strings.Contains(phrase, "heads of government"):
		holds = func(s string) bool { return a.holds(s, headsOfGovernment, d) }
	case strings.Contains(phrase, "ministers"):
		// "the two ministers" after talks of two ministers and two
		// governors; one the article named with a full minister's office
		// counts too.
		holds = func(s string) bool {
			if act, ok := a.g.actors[s]; ok {
				return ministerOn(act, d)
			}
			// The tables read many offices as a minister's; the words
			// of the office the article gave say it.
			act := a.unknown[s]
			return len(act.Roles) > 0 && fullMinister(act.Roles[0].Title)
		}
	default:
		return group
	}
	if len(c.slugs) <= n {
		if !slices.ContainsFunc(group, func(s string) bool { return !holds(s) }) {
			return group
		}
		// "Yesterday, the two prime ministers held talks" after a
		// planned audience of a king and a president: the last n named
		// who hold the office.
		if held := a.lastNamedWho(n, holds); held != nil {
			return held
		}
		return group
	}
	var held []string
	for _, s := range c.slugs {
		if holds(s) {
			held = append(held, s)
		}
	}
	if len(held) == n {
		return held
	}
	return group
}

// lastGroup resolves a group reference: the last meeting's participants when
// their number fits, else the n actors mentioned last.
func (a *article) lastGroup(n int) []string {
	if n >= 2 && len(a.lastNamed) == n && (len(a.cands) == 0 || a.cands[len(a.cands)-1].sent < a.lastNamedSent) {
		// "X and Y co-chaired a conference. On its sidelines, the two
		// ministers held talks": the two just named, not the last meeting.
		return slices.Clone(a.lastNamed)
	}
	if len(a.cands) > 0 && a.cands[len(a.cands)-1].sent >= a.sectionStart {
		c := a.cands[len(a.cands)-1]
		if (n == 0 || len(c.slugs) == n) && len(c.slugs) >= 2 {
			return slices.Clone(c.slugs)
		}
	}
	if n == 0 {
		n = 2
	}
	if len(a.recent) < n {
		return nil
	}
	return slices.Clone(a.recent[len(a.recent)-n:])
}

// heldBeforePlan returns those who held the meeting told before a planned
// one, when a sentence that speaks of no plan refers to "they" or "the two
// sides": after "the MoU will be signed during Hasina's visit next month,
// when she will hold talks with Modi", "They agreed to widen …" goes on
// about the talks held, not the ones to come; after "Hegseth is due to fly
// to Hanoi for talks with Giang", "The fact that they met at all" is of the
// meeting held.
func (a *article) heldBeforePlan(t []token, n int) []string {
	k := len(a.cands) - 1
	if k < 1 || hasAny(t, 0, len(t), willWords) || a.cands[k].m.Status != relbot.StatusPlanned || a.cands[k].sent >= len(a.toks) {
		return nil
	}
	if told := a.toks[a.cands[k].sent]; !hasAny(told, 0, len(told), plannedWords) {
		// "arrived … for a meeting with Lâm. The two Party leaders
		// exchanged views": a plan in name only, which the next sentence
		// tells as held.
		return nil
	}
	c := a.cands[k-1]
	if c.m.Status != relbot.StatusPast || c.sent < a.sectionStart || len(c.slugs) < 2 || n != 0 && len(c.slugs) != n {
		return nil
	}
	return slices.Clone(c.slugs)
}

// corefAt reads "the Cambodian leader", "his Cambodian counterpart", "the CPP
// leader", "the King" and resolves them to an actor already mentioned or, for
// a counterpart, to the holder of the same office in that country.
func (a *article) corefAt(t []token, i int, ms []mention, d relbot.Date) (string, int) {
	if t[i].text == "Yang" && key(t, i+1) == "berhormat" && !(i+2 < len(t) && t[i+2].word && t[i+2].upper) {
		// "On Monday, Yang Berhormat received …": Brunei's press names the
		// minister it is about by the style alone after the first time.
		if s := a.firstNamed(); s != "" {
			return s, i + 2
		}
	}
	possessor := ""
	switch t[i].key {
	case "the", "his", "her", "their", "its":
	case "it":
		// "The delegation was led by X. It was received by Y": its head
		// was received.
		if i == 0 && a.headJustLed && key(t, 1) == "was" && passiveHosts[key(t, 2)] && key(t, 3) == "by" {
			return a.head, 1
		}
		// "the delegation travelled to Suong city, where it was welcomed
		// by B": the delegation's head was welcomed.
		if a.head != "" && key(t, i-1) == "where" && key(t, i+1) == "was" && passiveHosts[key(t, i+2)] && key(t, i+3) == "by" && delegationSubject(t, i, ms) {
			return a.head, i + 1
		}
		// "The delegation then travelled to Bolikhamxay province, where
		// it met governor B": so did its head.
		if a.head != "" && key(t, i-1) == "where" && (key(t, i+1) == "met" || key(t, i+1) == "held" || key(t, i+1) == "called") && delegationSubject(t, i, ms) {
			return a.head, i + 1
		}
		return "", 0
	default:
		// "Washington's top diplomat", "Beijing's envoy": a capital's
		// possessive stands for its country.
		city, end, ok := cities.match(t, i)
		if !ok || key(t, end) != "'s" || !t[i].upper {
			return "", 0
		}
		possessor = capitalOf[city]
		if possessor == "" {
			return "", 0
		}
		i = end // the "'s" stands where "the" would
	}
	j := i + 1
	if key(t, j) == "majesty" && (t[i].key == "his" || t[i].key == "her") && !(j+1 < len(t) && t[j+1].word && t[j+1].upper) {
		// "His Majesty first received …": the monarch the story named.
		for _, canon := range []string{"king", "sultan", "queen", "emperor"} {
			if s := a.byRole(canon, "", "", d); s != "" && slices.Contains(a.recent, s) {
				return s, j + 1
			}
		}
		return "", 0
	}
	if key(t, j) == "highness" && (t[i].key == "his" || t[i].key == "her") && t[i].upper && key(t, j+1) != "the" && !(j+1 < len(t) && t[j+1].word && t[j+1].upper) {
		// "Separately, His Highness received a phone call from …": the
		// one the story follows, styled so when first named.
		if s := a.lastMeetSubj; s != "" {
			return s, j + 1
		}
		if s := a.firstNamed(); s != "" {
			return s, j + 1
		}
		return "", 0
	}
	if t[i].key == "the" && key(t, j) == "queen" && t[j].upper && !(j+1 < len(t) && t[j+1].word && (t[j+1].upper || t[j+1].key == "of" || t[j+1].key == "mother" || t[j+1].key == "consort")) {
		// "Boris Johnson spoke to the Queen by telephone": the queen
		// regnant the gazetteer knows; not as a title, which would make
		// "Queen Sirikit National Convention Centre" a person. Beside
		// "the King" she is his consort, no party to the audience.
		if s := a.byRole("queen", "", "", d); s != "" && !a.monarchNamed && !slices.ContainsFunc(t, func(k token) bool { return k.key == "king" && k.upper }) {
			return s, j + 1
		}
		return "", 0
	}
	if t[i].key == "the" && key(t, j) == "sultan" && !(j+1 < len(t) && t[j+1].word && (t[j+1].upper || t[j+1].key == "of")) {
		// "was granted an audience by the Sultan": the one the gazetteer
		// knows (not "the Sultan of Johor", a realm it lacks).
		if s := a.byRole("sultan", "", "", d); s != "" {
			return s, j + 1
		}
		return "", 0
	}
	if t[i].key == "the" {
		if rank, end := rankAt(t, j); rank != "" && !(end < len(t) && t[end].word && t[end].upper) {
			// "Next, the Senior General met …": the one the article
			// styled so.
			for k := len(a.recent) - 1; k >= 0; k-- {
				if act := a.actorOf(a.recent[k]); styledAs(act, rank) {
					return act.Slug, end
				}
			}
		}
	}
	if end, ok := partyAndState(t, j); ok {
		// "the Party and State leader": the one who leads both.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if a.leadsPartyAndState(a.recent[k], dOr(d, a.pubDate)) {
				return a.recent[k], end
			}
		}
		return "", 0
	}
	if t[i].key == "the" && key(t, j) == "government" && (key(t, j+1) == "leader" || key(t, j+1) == "chief") {
		// "the Government leader held phone talks with …": Vietnamese
		// outlets' name for the prime minister the story follows.
		if s := a.storyHeadOfGovernment(d); s != "" {
			return s, j + 2
		}
		return "", 0
	}
	if (i == 0 || timeOpening(t, i) && !corefNouns[key(t, j+1)]) && t[i].key == "the" && ageWord(key(t, j)) && a.lastSubj != "" && (j+1 >= len(t) || !t[j+1].upper) {
		// "José Ramos-Horta … has urged Britain … The 76-year-old met the
		// Foreign Secretary": the one the story is about, by his age.
		return a.lastSubj, j + 1
	}
	if t[i].key == "the" && (key(t, j) == "head" || key(t, j) == "leader") && key(t, j+1) == "of" && key(t, j+2) == "the" {
		// "the head of the Vietnamese delegation held a bilateral meeting
		// with …": the one who led it.
		if s, end := a.delegationHead(t, j+3); s != "" {
			return s, end
		}
	}
	if t[i].key == "the" && key(t, j) == "visiting" && (corefNouns[key(t, j+1)] || refModifiers[key(t, j+1)] && corefNouns[key(t, j+2)]) {
		// "the visiting leader" after talks in New Delhi, "the visiting
		// foreign minister": the one of the last meeting who is not of
		// the host country.
		if g := a.visitingGuest(); g != "" {
			end := j + 2
			if !corefNouns[key(t, j+1)] {
				end++
			}
			return g, end
		}
	}
	if t[i].key == "the" {
		if s, end := a.ministryChief(t, j, d); s != "" {
			return s, end
		}
		if s, end := a.bodyChief(t, j, d); s != "" {
			return s, end
		}
		if s, end := a.portfolioChief(t, j, d); s != "" {
			return s, end
		}
	}
	country, org := possessor, ""
	for j < i+3 && (key(t, j) == "top" || key(t, j) == "visiting" || key(t, j) == "senior") {
		j++ // "the top Vietnamese legislator"
	}
	if possessor != "" {
		// the country is known
	} else if c, e, ok := countries.match(t, j); ok {
		country, j = c, e
	} else if o, e, ok := orgs.match(t, j); ok {
		org, j = o, e
		country = orgCountry[o]
	} else if _, e, ok := cities.match(t, j); ok && key(t, e) == "delegation" && a.head != "" && t[i].key == "the" && !thingOfDelegation(t, i) {
		// "the Phnom Penh delegation": its head.
		return a.head, e + 1
	} else if t[i].key == "the" {
		// "the Kiên Giang delegation": a province the tables lack.
		e := j
		for e < j+3 && e < len(t) && t[e].word && t[e].upper {
			e++
		}
		if e-1 > j && bodyHeads[key(t, e-1)] && e < len(t) && t[e].word && !t[e].upper && key(t, e) != "of" && key(t, j) != "vice" && key(t, j) != "deputy" {
			e-- // "the IPU President met with …", "the MRC CEO held …": the head of that body
		}
		if e > j && bodyHeads[key(t, e)] {
			// "the Interpol chief held a separate meeting" after "Interpol
			// Secretary General Valdecy Urquiza": the person the article
			// introduced with an office of that body.
			body := keysOf(t[j:e]) // "interpol "
			said := a.foldedLines()
			if s := a.lastUnknown(func(act relbot.Actor) bool {
				title := strings.Join(keys(act.Roles[0].Title), " ") + " "
				name := strings.Join(keys(act.Name), " ")
				// The office of that body, or the body said before the
				// person's office and name: "Interpol Secretary General
				// Valdecy Urquiza", or in brackets after the office set
				// off after the name: "Alvaro Lario, President of the
				// International Fund for Agricultural Development (IFAD)".
				if strings.Contains(" "+title, " "+body) || strings.Contains(said, " "+body+title+name+" ") {
					return true
				}
				k := strings.Index(said, " "+name+" , "+title)
				if k < 0 {
					return false
				}
				// "Shin Dong-bin, chairman of South Korea's Lotte Group":
				// the body in the apposition itself.
				apposition, _, _ := strings.Cut(said[k+len(name)+3+len(title):], " , ")
				return strings.Contains(said[k:min(len(said), k+200)], " ( "+body+") ") || strings.Contains(" "+apposition, " "+body)
			}); s != "" {
				return s, e + 1
			}
			// "the Interpol chief" after "Interpol Secretary General
			// Valdecy Urquiza", whom the gazetteer knows: the one the story
			// named who heads that body.
			if s := a.onlyRecent(func(x string) bool { return headsBody(a.actorOf(x), body, dOr(d, a.pubDate)) }); s != "" {
				return s, e + 1
			}
			// "the JICA President met with …" after "Dr. Tanaka Akihiko,
			// President of the Japan International Cooperation Agency
			// (JICA)", whom the gazetteer knows without that office: the
			// one the story introduced so.
			if s := a.onlyRecent(func(x string) bool { return introducedAsHead(said, a.actorOf(x), body, key(t, e)) }); s != "" {
				return s, e + 1
			}
		}
		if e > j && (key(t, e) == "delegation" || ledGroups[key(t, e)] && a.head != "") {
			// "the IMF team called on the President" after "the mission,
			// led by its chief X": he took part.
			if thingOfDelegation(t, i) {
				// "to discuss the programme of the Savannakhet
				// delegation": its visit, not its head.
				return "", 0
			}
			if a.head != "" {
				return a.head, e + 1
			}
			// No one was said to lead it: "Men Vibol, Governor of Svay
			// Rieng province", named before, speaks for the province.
			if s := a.placeHead(t[j:e]); s != "" {
				return s, e + 1
			}
		}
	}
	// "the Vietnamese NA leader", "the visiting defence minister"
	officeAt := j
	for k := 0; k < 2; k++ {
		if refModifiers[key(t, j)] {
			j++
		} else if _, e, ok := orgs.match(t, j); ok && e == j+1 && country != "" {
			j = e
		}
	}
	n := key(t, j)
	if (n == "leader" || n == "chief") && hasAny(t, officeAt, j, legislatureModifiers) {
		// "the Cambodian parliamentary leader paid a courtesy call on …":
		// the head of that country's legislature the story follows, not
		// its government's.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if s := a.recent[k]; a.participated(s) && a.headsLegislature(s, dOr(d, a.pubDate)) && (country == "" || a.countryOf(s) == country) {
				return s, j + 1
			}
		}
	}
	if hc := a.countryOf(a.head); t[i].key == "the" && a.head != "" && (country == "" || hc == "" || hc == country) {
		// "received the Lao young parliamentarians" after "A delegation
		// …, led by its head X": the members of the delegation it led.
		e := j
		if key(t, e) == "young" || key(t, e) == "women" {
			e++
		}
		if delegateNouns[key(t, e)] && (!guestNouns[key(t, e)] || country != "" || a.heads == 1) {
			// "Welcoming the guests, the governor …" after two sides'
			// heads were named could be either's guests.
			return a.head, e + 1
		}
	}
	if ledGroups[n] && a.head != "" && t[i].key == "the" {
		// "the CPV delegation was received by Hun Sen": its head took part;
		// so did his when "the team called on the President" after "the
		// mission, led by its chief X".
		return a.head, j + 1
	}
	if n == "delegation" && a.head == "" && a.heads == 0 && country != "" && t[i].key == "the" && !thingOfDelegation(t, i) && (i == 0 || key(t, i-1) == ",") && j+1 < len(t) && (t[j+1].word && !t[j+1].upper && key(t, j+1) != "of" || key(t, j+1) == "," && key(t, j+2) == "which") {
		// "On Wednesday, the Cambodian delegation paid a courtesy call on
		// A" after the Cambodian minister's talks: the visitor the story
		// follows, the one of that country who has been meeting.
		if s := a.recentParticipantOf(country, false); s != "" {
			return s, j + 1
		}
	}
	if n == "high" && key(t, j+1) == "commissioner" && t[i].key == "the" && len(a.diplomats) == 1 {
		// "The following day the high commissioner paid a courtesy call
		// on …": the one envoy the article introduced.
		return a.diplomats[0], j + 2
	}
	if !corefNouns[n] && t[i].key == "the" {
		// "the Vietnamese Procurator General also held a meeting with …"
		// after "Procurator General Nguyen Huy Tien": the person of that
		// office of two words or more the article introduced.
		if s, end := a.unknownOfOffice(t, officeAt, country); s != "" {
			return s, end // "the foreign secretary called on …"
		}
		if s, end := a.unknownOfOffice(t, j, country); s != "" {
			return s, end
		}
	}
	if n == "president" && t[i].key == "the" && j == i+1 && key(t, j+1) != "of" && !(j+1 < len(t) && t[j+1].word && t[j+1].upper) {
		// "King Norodom Sihamoni granted an audience to the President"
		// after "President Maithripala Sirisena": the president the story
		// follows, the first it named, as an outlet calls its own
		// head of state.
		best := a.firstRecent(func(s string) bool {
			act, ok := a.unknown[s]
			return ok && titledWord(act, "president") || a.holds(s, presidency, dOr(d, a.pubDate))
		})
		if best == "" {
			return "", 0
		}
		return best, j + 1
	}
	if n == "prime" && key(t, j+1) == "minister" && t[i].key == "the" && j == i+1 && key(t, j+2) != "of" && !(j+2 < len(t) && t[j+2].word && t[j+2].upper) {
		// "The Prime Minister also held a meeting with Swedish Prime
		// Minister Stefan Löfven" after Chính met Johnson.
		if s := a.storyHeadOfGovernment(d); s != "" {
			return s, j + 2
		}
		return "", 0
	}
	if !corefNouns[n] || n == "leaders" {
		return "", 0
	}
	if canon, end, ok := titles.match(t, j); ok && country != "" && n != "leader" && n != "minister" {
		// "the Chinese Premier" is whoever held the office then.
		if s := a.byRole(canon, country, org, d); s != "" {
			return s, end
		}
	}
	if k := t[i].key; (n == "guest" || n == "visitor") && country == "" && (k == "the" || k == "her" || k == "his") {
		// "President Thưởng met the guest": the story's visitor, one who
		// took part in its meetings and is not of the host country. With
		// none yet ("Chung arrived in Vientiane on Tuesday … Pany held
		// talks with her guest"), the one who arrived from abroad.
		g := a.storyGuest()
		if g == "" {
			g = a.arrivedGuest()
		} else if k != "the" {
			g = "" // "her guest" after a meeting: left to the readings below
		}
		if g != "" {
			return g, j + 1
		}
	}
	if n == "counterpart" && (nameFollows(t, j+1) || key(t, j+1) == "," && j+2 < len(t) && t[j+2].word && t[j+2].upper) {
		// "his Vietnamese counterpart Dao Hong Lan", "his Congolese
		// counterpart, Prime Minister Jean-Michel Sama Lukonde": the name
		// says who, even one the gazetteer lacks.
		return "", 0
	}
	if n == "counterpart" && country != "" {
		for _, m := range ms {
			if m.slug == "" || m.start > i {
				continue
			}
			for _, r := range a.g.actors[m.slug].Roles {
				if !roleMatches(r, canonOf(r.Title), r.Country, "", dOr(d, a.pubDate)) {
					continue
				}
				if s := a.byRole(canonOf(r.Title), country, "", d); s != "" && s != m.slug {
					return s, j + 1
				}
			}
		}
	}
	if country == "" && org == "" {
		// "his host, Prime Minister Phạm Minh Chính": the name that follows
		// says who; otherwise the visit does.
		k := j + 1
		if key(t, k) == "," {
			k++
		}
		if k < len(t) && t[k].word && t[k].upper {
			return "", 0
		}
		if s := a.visitRole(n); s != "" {
			return s, j + 1
		}
		if n == "premier" {
			// "The Premier and Ms Paetongtarn met on Wednesday": the head of
			// government the story follows, the first it named.
			best := a.firstRecent(func(s string) bool { return a.participated(s) && a.holds(s, headsOfGovernment, dOr(d, a.pubDate)) })
			if best != "" {
				return best, j + 1
			}
		}
		if n == "legislator" || n == "lawmaker" {
			// "On Tuesday, the top legislator held talks with Ishiba": the
			// head of a legislature the story follows.
			for k := len(a.recent) - 1; k >= 0; k-- {
				if s := a.recent[k]; a.participated(s) && a.headsLegislature(s, dOr(d, a.pubDate)) {
					return s, j + 1
				}
			}
		}
		if n == "minister" {
			// "On Monday, the minister received …": the one minister the
			// story has named, when it named one (a prime minister is
			// "the prime minister", "the premier").
			// With several named, "the minister also met …" goes on with
			// the one who has been meeting: "In his meeting with Maris,
			// Mohamad discussed … The minister also met Freitas".
			var ministers []string
			for _, s := range a.recent {
				act, known := a.g.actors[s]
				if (known && ministerOn(act, dOr(d, a.pubDate)) || a.unknownMinister(s)) && !slices.Contains(ministers, s) {
					ministers = append(ministers, s)
				}
			}
			if len(ministers) > 0 {
				if guest := a.callerOtherThanHost(t, j+1); guest != "" {
					return guest, j + 1
				}
			}
			switch {
			case len(ministers) == 1:
				return ministers[0], j + 1
			case len(ministers) > 1 && (sequel[key(t, j+1)] || clauseMeetVerbs[key(t, j+1)] && (i == 0 || key(t, i-1) == ",") || key(t, j+1) == "was" && passiveHosts[key(t, j+2)]) && slices.Contains(ministers, a.lastMeetSubj):
				// "On Friday, the minister met Wang Yi" as the clause's
				// subject: the one who has been meeting.
				return a.lastMeetSubj, j + 1
			case len(ministers) > 1 && a.lastMeetSubj == "" && clauseMeetVerbs[key(t, j+1)] && (i == 0 || key(t, i-1) == ","):
				// "Instead, the minister held talks with Blinken" after a
				// meeting of Hayashi and Wang called off: with no one met
				// yet, the one the story follows, the first it named.
				return a.firstRecent(func(s string) bool { return slices.Contains(ministers, s) }), j + 1
			case len(ministers) > 1 && key(t, j+1) == "of":
				// "the Minister of Energy met with …" after "Mr. Auttapol,
				// Minister of Energy," and "Suhail, Minister of Energy and
				// Infrastructure": the one the article gave that office
				// word for word.
				e := j + 2
				for e < len(t) && (t[e].upper && t[e].word || t[e].key == "and" && e+1 < len(t) && t[e+1].upper) {
					e++
				}
				office := strings.Join(keys(a.sentenceText(t, j, e)), " ")
				said := a.foldedLines()
				for _, s := range ministers {
					name := strings.Join(keys(a.actorOf(s).Name), " ")
					if strings.Contains(said, " "+name+" , "+office+" , ") || unqualifiedIn(said, " "+office+" "+name+" ") {
						return s, e
					}
				}
				// "Prince Abdulaziz bin Salman bin Abdulaziz, Minister of
				// Energy;": the one whose office on record is that one.
				var holders []string
				for _, s := range ministers {
					if slices.ContainsFunc(a.actorOf(s).Roles, func(r relbot.Role) bool {
						return roleHeldOn(r, dOr(d, a.pubDate)) && strings.Join(keys(r.Title), " ") == office
					}) {
						holders = append(holders, s)
					}
				}
				if len(holders) == 1 {
					return holders[0], e
				}
				return "", 0
			case len(ministers) > 1:
				return "", 0
			}
		}
		if n == "diplomat" || n == "envoy" {
			// "A day later, the diplomat called on Thái" after "Consul
			// General Prak Sovann": the one envoy the article introduced.
			if len(a.diplomats) == 1 {
				return a.diplomats[0], j + 1
			}
		}
		// "the ambassador paid a farewell call": the person of that
		// office this article introduced ("the Mayor of Paris" is that
		// city's).
		if s := a.lastUnknown(func(act relbot.Actor) bool { return titledWord(act, n) }); s != "" && !ofPlaceAfter(t, j+1) {
			return s, j + 1
		}
		return "", 0
	}
	if (n == "diplomat" || n == "envoy") && country != "" {
		// "Yesterday afternoon, the Chinese diplomat was also received by
		// Hun Sen" after "Wang Wenbin, Ambassador … of the People's
		// Republic of China": the one envoy of that country the article
		// introduced, or the one envoy when it gave none a country.
		var of []string
		for _, s := range a.diplomats {
			// "a special envoy of Chinese leader Xi Jinping, Mr Song Tao":
			// the leader who sent him is none.
			if c := a.countryOf(s); (c == country || c == "") && !a.leads(s, dOr(d, a.pubDate)) {
				of = append(of, s)
			}
		}
		if len(of) == 1 {
			return of[0], j + 1
		}
	}
	if (n == "leader" || n == "premier" || n == "guest" || n == "visitor") && country != "" {
		// "The Vietnamese leader then met Heng Samrin", "the Vietnamese
		// guest": the country's leader the story follows, not one whose
		// regards he conveyed in the sentence before.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if act := a.actorOf(a.recent[k]); act.Country == country && a.participated(act.Slug) && a.leads(act.Slug, dOr(d, a.pubDate)) {
				return act.Slug, j + 1
			}
		}
	}
	if (n == "guest" || n == "visitor") && country != "" {
		// "Hà received the Cambodian guest" after talks the Cambodian
		// ambassador attended: the visitor, not the envoy who lives there.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if act := a.actorOf(a.recent[k]); act.Country == country && a.participated(act.Slug) && !titledWord(act, "ambassador") {
				return act.Slug, j + 1
			}
		}
		if g := a.visitingGuest(); g != "" && a.countryOf(g) == "" && capitalOf[a.dlCity] != country {
			return g, j + 1
		}
	}
	if (n == "leader" || n == "premier") && country != "" {
		// "the Lao leader" is its party chief, president or prime
		// minister, not the foreign minister who came along.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if act := a.actorOf(a.recent[k]); act.Country == country && a.leads(act.Slug, dOr(d, a.pubDate)) {
				return act.Slug, j + 1
			}
		}
	}
	if n == "minister" && country != "" {
		if s := a.storyMinister(country, d); s != "" {
			return s, j + 1
		}
	}
	if country != "" && (n == "governor" || n == "mayor" || n == "ambassador" || n == "minister" && possessor == "" && !nameFollows(t, j+1)) && !ofPlaceAfter(t, j+1) {
		// "the Lao governor paid a courtesy call on …" after "a
		// delegation from Vientiane Capital led by Governor A": the one
		// of that office the article introduced, of no country known;
		// "the Hungarian minister" after "Foreign Minister Péter
		// Szijjártó … held talks".
		if s := a.lastUnknown(func(act relbot.Actor) bool {
			return act.Country == "" && a.participated(act.Slug) && titledWord(act, n)
		}); s != "" {
			return s, j + 1
		}
	}
	if country != "" && n == "ambassador" {
		// "The Cambodian ambassador to Việt Nam also attended": one of
		// that office, not whichever Cambodian the story named.
		for k := len(a.recent) - 1; k >= 0; k-- {
			if act := a.actorOf(a.recent[k]); act.Country == country && titledWord(act, n) {
				return act.Slug, j + 1
			}
		}
		return "", 0
	}
	// An actor named earlier in the same sentence comes first: "paid a
	// courtesy call on Lao President Thongloun, during which he invited the
	// Lao leader".
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.slug != "" && m.end <= i && country != "" && a.countryOf(m.slug) == country {
			return m.slug, j + 1
		}
	}
	// An actor who has already taken part in a meeting of the story comes
	// before one only mentioned in passing ("conveyed the regards of Hun
	// Sen"): references follow the story's protagonists.
	if country != "" {
		// "the Cambodian minister" is not the prime minister whose
		// greetings he conveyed.
		if s := a.recentParticipantOf(country, n == "minister"); s != "" {
			return s, j + 1
		}
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		act := a.actorOf(a.recent[k])
		if act.Slug == "" {
			continue
		}
		if country != "" && act.Country == country && !(n == "minister" && a.leads(act.Slug, a.pubDate)) {
			return act.Slug, j + 1
		}
		if org != "" {
			for _, r := range act.Roles {
				if o, _, ok := orgs.match(tokenize(r.Org), 0); ok && (o == org || org == "PARTY" && orgCountry[o] != "") {
					return act.Slug, j + 1
				}
			}
		}
	}
	return "", 0
}

// recentParticipantOf returns the actor of country named last who has
// taken part in a meeting of the story, or "".
func (a *article) recentParticipantOf(country string, notLeader bool) string {
	for k := len(a.recent) - 1; k >= 0; k-- {
		if act := a.actorOf(a.recent[k]); act.Slug != "" && act.Country == country && a.participated(act.Slug) && !(notLeader && a.leads(act.Slug, a.pubDate)) {
			return act.Slug
		}
	}
	return ""
}

// unknownOfOffice returns the person the article introduced with the
// office of two words or more at j and where the office ends, or "": one
// named after it ("the Chief Justice Nguyen Van A") or owned by a body
// ("the Inspector General of the ministry") is someone else.
func (a *article) unknownOfOffice(t []token, j int, country string) (string, int) {
	_, end, ok := personOffices.match(t, j)
	if _, tend, tok := titles.match(t, j); tok && (!ok || tend > end) && (t[j].key == "deputy" || t[j].key == "vice" || t[j].key == "foreign" && key(t, j+1) == "secretary") {
		// "the Vietnamese deputy minister met …" after "Deputy Minister
		// of Foreign Affairs Do Hung Viet"; "the Prime Minister" is read
		// with the gazetteer's offices.
		end, ok = tend, true
	}
	if !ok || end-j < 2 || end < len(t) && (t[end].word && t[end].upper || t[end].key == "of") {
		return "", 0
	}
	words := keys(a.sentenceText(t, j, end))
	office := " " + strings.Join(words, " ") + " "
	s := a.lastUnknown(func(act relbot.Actor) bool {
		if country != "" && act.Country != "" && act.Country != country {
			return false
		}
		title := keys(act.Roles[0].Title)
		if titleHolds(title, office, words) {
			return true
		}
		// "the vice minister" after "Second Vice Foreign Minister Kim
		// Jina": a deputy's office with its portfolio left out.
		return (words[0] == "vice" || words[0] == "deputy") && inOrder(title, words)
	})
	if s == "" {
		s = a.lastKnownOfOffice(office, country)
	}
	if s == "" {
		return "", 0
	}
	return s, end
}

// unqualifiedIn reports whether the folded text holds phrase somewhere not
// right after a deputy's word: "Minister of Energy Pavel Sorokin" inside
// "Deputy Minister of Energy Pavel Sorokin" is no minister of energy.
func unqualifiedIn(text, phrase string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], phrase)
		if k < 0 {
			return false
		}
		before := strings.Fields(text[:from+k])
		if len(before) == 0 || !juniorWords[before[len(before)-1]] {
			return true
		}
		from += k + 1
	}
}

// titleHolds reports whether the title's words hold the folded office
// phrase, a deputy's title only a deputy's office: "the Minister of Energy"
// is not the "Deputy Minister of Energy" named beside him. (The article's
// holdsOffice asks the gazetteer's roles instead.)
func titleHolds(title []string, office string, words []string) bool {
	joined := " " + strings.Join(title, " ") + " "
	if juniorWords[words[0]] {
		return strings.Contains(joined, office)
	}
	return unqualifiedIn(joined, office)
}

// lastKnownOfOffice returns the gazetteer actor the article last mentioned
// whose offices on record hold the folded phrase office (" procurator
// general "): "the Vietnamese Procurator General" after "Procurator General
// Nguyen Huy Tien", an office the title table does not read.
func (a *article) lastKnownOfOffice(office, country string) string {
	for k := len(a.recent) - 1; k >= 0; k-- {
		act, ok := a.g.actors[a.recent[k]]
		if !ok || country != "" && act.Country != "" && act.Country != country {
			continue
		}
		for _, r := range act.Roles {
			if strings.Contains(" "+strings.Join(keys(r.Title), " ")+" ", office) {
				return act.Slug
			}
		}
	}
	return ""
}

// foldedLines returns the article in folded words, a sentence to a line,
// each word followed by a space: a phrase searched in it with a space on
// each side matches whole words within one sentence.
func (a *article) foldedLines() string {
	var b strings.Builder
	for _, st := range a.toks {
		b.WriteString("\n ")
		b.WriteString(keysOf(st))
	}
	return b.String()
}

// officeAfterNameHas reports whether a sentence of said (folded lines)
// gives name an office after it that holds place: "Chen Gang, Member of
// the CPC Central Committee and Secretary of the Party Committee of the
// Guangxi Zhuang Autonomous Region".
func officeAfterNameHas(said, name, place string, title []token) bool {
	for rest := said; ; {
		k := strings.Index(rest, " "+name+", ")
		if k < 0 {
			return false
		}
		rest = rest[k+len(name)+2:]
		line, _, _ := strings.Cut(rest, "\n")
		if officeHas(line, place, title) {
			return true
		}
	}
}

// officeHas reports whether the office written in folded text names place
// and one of title's words: "Governor of China's Yunnan province" is "the
// Yunnan governor", not its "Party Secretary of Yunnan".
func officeHas(office, place string, title []token) bool {
	if !strings.Contains(office, " "+place) {
		return false
	}
	for _, w := range title {
		if strings.Contains(office, " "+w.key+" ") {
			return true
		}
	}
	return false
}

// lastUnknown returns the person the article introduced last, among those the
// gazetteer lacks and whose office it gave, that keep accepts, or "".
func (a *article) lastUnknown(keep func(relbot.Actor) bool) string {
	for k := len(a.recent) - 1; k >= 0; k-- {
		if act, ok := a.unknown[a.recent[k]]; ok && len(act.Roles) > 0 && keep(act) {
			return act.Slug
		}
	}
	return ""
}

// titledWord reports whether the office an unknown person was introduced
// with holds the word w: "Governor" for "the governor".
func titledWord(act relbot.Actor, w string) bool {
	// A gazetteer actor may have no office on record: no title then.
	return len(act.Roles) > 0 && slices.Contains(strings.Fields(relbot.Fold(act.Roles[0].Title)), w)
}

// giveOffice records, for an unknown person whose styled name follows an
// office ("Cambodian Minister of Women's Affairs Lok Chumteav Ing Kantha
// Phavi"), that office and its country: "the Cambodian minister" later.
func (a *article) giveOffice(slug string, t []token, from, to int) {
	a.titleUnknown(slug, a.sentenceText(t, from, to))
	act, ok := a.unknown[slug]
	if !ok {
		return
	}
	if act.Country == "" {
		if country, _ := roleQualifiers(t, from, to); country != "" {
			act.Country = country
		}
	}
	a.unknown[slug] = act
}

// callerOtherThanHost reads "the minister paid a courtesy call on
// Vietnamese Deputy Prime Minister B" from v: a guest calls on a host of
// another country, so of those who have met so far the one not of the
// host's country, when one only is.
func (a *article) callerOtherThanHost(t []token, v int) string {
	on := -1
	switch {
	case key(t, v) == "called" && key(t, v+1) == "on":
		on = v + 1
	case key(t, v) == "paid":
		for k := v + 1; k < len(t) && k <= v+5; k++ {
			if t[k].key == "on" && (key(t, k-1) == "call" || key(t, k-1) == "visit") {
				on = k
				break
			}
		}
	}
	if on < 0 {
		return ""
	}
	host := ""
	for k := on + 1; k < len(t) && k <= on+3 && host == ""; k++ {
		host, _, _ = countries.match(t, k)
	}
	if host == "" {
		return ""
	}
	guest := ""
	for _, s := range a.recent {
		if !a.participated(s) {
			continue
		}
		if c := a.countryOf(s); c != "" && c != host {
			if guest != "" {
				return ""
			}
			guest = s
		}
	}
	return guest
}

// storyMinister returns the minister of country the story follows: "the
// Cambodian minister held talks with …" after she was received, not the
// ambassador named since nor another of the country's ministers.
func (a *article) storyMinister(country string, d relbot.Date) string {
	only := ""
	for k := len(a.recent) - 1; k >= 0; k-- {
		s := a.recent[k]
		act := a.actorOf(s)
		if act.Country != country || !a.participated(s) {
			continue
		}
		if a.isMinister(s, dOr(d, a.pubDate)) {
			return s
		}
		if only != "" && only != s {
			only = "-"
		} else if only == "" {
			only = s
		}
	}
	if only != "-" && only != "" {
		// The office the article gave may not say "minister" where it
		// is read ("member of the Party Central Committee and Deputy
		// Minister …"): the one of that country who has taken part is the
		// minister.
		if _, unknown := a.unknown[only]; unknown {
			return only
		}
	}
	return ""
}

// isMinister reports whether slug was a minister on d: by the gazetteer's
// roles, or, for one the article introduced, by the office it gave.
func (a *article) isMinister(slug string, d relbot.Date) bool {
	if act, known := a.g.actors[slug]; known {
		return ministerOn(act, d)
	}
	act, ok := a.unknown[slug]
	return ok && len(act.Roles) > 0 && slices.Contains(strings.Fields(relbot.Fold(act.Roles[0].Title)), "minister")
}

// headsLegislature reports whether slug held, on d, the office of a
// legislature's head or deputy head: "President of the National Assembly",
// "Speaker of the House of Representatives", "President of the Senate".
func (a *article) headsLegislature(slug string, d relbot.Date) bool {
	for _, r := range a.actorOf(slug).Roles {
		if !roleMatches(r, canonOf(r.Title), r.Country, "", d) {
			continue
		}
		t := strings.ToLower(r.Title)
		for _, body := range []string{"national assembly", "senate", "parliament", "house of", "speaker", "legislat"} {
			if strings.Contains(t, body) {
				return true
			}
		}
	}
	return false
}

// visitRole resolves "the guest", "the visitor" and "the host" of a visit
// whose host country the article gave: the latest actor of the story who
// has met someone, from outside that country for a guest, from it for a
// host.
func (a *article) visitRole(n string) string {
	guest := n == "guest" || n == "visitor"
	if !guest && n != "host" || a.visitTo == "" {
		return ""
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		act := a.g.actors[a.recent[k]]
		if act.Slug == "" || act.Country == "" || !a.participated(act.Slug) {
			continue
		}
		if (act.Country != a.visitTo) == guest {
			return act.Slug
		}
	}
	return ""
}

// ministryNicknames name a ministry (or a head of state's office) by its
// building or its initials, with its country and a word of its head's
// office: "the Pentagon chief", "the DFA chief", "the Kremlin chief".
var ministryNicknames = map[string]struct{ country, office string }{
	"pentagon": {"US", "defen"}, "dfa": {"PH", "foreign"}, "kremlin": {"RU", "president"},
}

// ministryChief reads "the Pentagon chief" at j (after "the") as the person
// named before who then held that ministry's office, or "".
func (a *article) ministryChief(t []token, j int, d relbot.Date) (string, int) {
	nick, ok := ministryNicknames[key(t, j)]
	if k := key(t, j+1); !ok || !t[j].upper || k != "chief" && k != "head" && k != "boss" {
		return "", 0
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		act := a.actorOf(a.recent[k])
		for _, r := range act.Roles {
			if (r.Country == nick.country || act.Country == nick.country) && roleHeldOn(r, dOr(d, a.pubDate)) && strings.Contains(strings.ToLower(r.Title), nick.office) {
				return act.Slug, j + 2
			}
		}
	}
	return "", 0
}

// bodyChief reads "the UNESCO chief", "the UN Tourism chief" at j (after
// "the") as the person the story named who then headed the body those
// capitalised words name, by its initials or by a word of its name.
func (a *article) bodyChief(t []token, j int, d relbot.Date) (string, int) {
	e := j
	for e < len(t) && e < j+3 && t[e].word && t[e].upper {
		e++
	}
	if k := key(t, e); e == j || k != "chief" && k != "head" && k != "boss" {
		return "", 0
	}
	words := keys(a.sentenceText(t, j, e))
	for k := len(a.recent) - 1; k >= 0; k-- {
		act := a.actorOf(a.recent[k])
		for _, r := range act.Roles {
			if r.Org != "" && !juniorOffice(r.Title) && roleHeldOn(r, dOr(d, a.pubDate)) && namesBody(r.Org, words) {
				return act.Slug, e + 1
			}
		}
	}
	return "", 0
}

// portfolioChief reads "the trade chief", "the health boss" at j (after
// "the") as the person the story named last whose office then held that
// portfolio ("Trade and Industry Secretary Alfredo Pascual").
func (a *article) portfolioChief(t []token, j int, d relbot.Date) (string, int) {
	if k := key(t, j+1); !portfolios[key(t, j)] || t[j].upper || k != "chief" && k != "boss" {
		return "", 0
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		act := a.actorOf(a.recent[k])
		for _, r := range act.Roles {
			if roleHeldOn(r, dOr(d, a.pubDate)) && !juniorOffice(r.Title) && slices.Contains(keys(r.Title), t[j].key) {
				return act.Slug, j + 2
			}
		}
	}
	return "", 0
}

// portfolios are the ministries "the X chief" names; fewer than
// portfolioWords, as "the defence chief" or "the security chief" is as often
// a commander as a minister.
var portfolios = set("trade", "finance", "health", "energy", "education", "tourism", "labour", "labor", "agriculture", "justice", "transport", "commerce", "economy", "culture", "environment")

// namesBody reports whether words name the body org: each is its initials
// ("UNESCO") or a word of its name other than the generic ones ("Tourism"
// of the World Tourism Organization), or "UN".
func namesBody(org string, words []string) bool {
	var initials strings.Builder
	name := keys(org)
	for _, w := range name {
		if !bodyFillers[w] {
			initials.WriteByte(w[0])
		}
	}
	matched := false
	for _, w := range words {
		switch {
		case w == initials.String() || !genericBodyWords[w] && slices.Contains(name, w):
			matched = true
		case w != "un":
			return false // "the Guangxi Party chief" is no head of the Chinese party
		}
	}
	return matched
}

var (
	bodyFillers      = set("and", "of", "for", "the", "on", ",", "-")
	genericBodyWords = set("organization", "organisation", "united", "nations", "international", "world", "council", "union", "agency", "fund", "programme", "program", "commission", "bank")
)

// delegateNouns name a visiting delegation's members together: "the Lao
// young parliamentarians".
var (
	delegateNouns = set("parliamentarians", "lawmakers", "legislators", "deputies", "delegates", "guests", "visitors", "meps", "mps", "congressmen", "senators")
	guestNouns    = set("guests", "visitors")
)

// legislatureModifiers make "the parliamentary leader" the head of a
// legislature.
var legislatureModifiers = set("parliamentary", "legislative", "na")

// refModifiers come between "the Vietnamese" and the noun of a reference.
var refModifiers = set("visiting", "top", "na", "defence", "defense", "foreign", "parliamentary", "senior", "party", "government", "legislative", "military", "army", "outgoing", "incoming", "new", "newly-appointed")

// partyAndState matches "Party and State leader" (or "State and Party") at j.
func partyAndState(t []token, j int) (int, bool) {
	a, b := key(t, j), key(t, j+2)
	if key(t, j+1) != "and" || !(a == "party" && b == "state" || a == "state" && b == "party") {
		return 0, false
	}
	if n := key(t, j+3); n == "leader" || n == "chief" || n == "head" {
		return j + 4, true
	}
	return 0, false
}

// leads reports whether slug held, on d, an office that leads a country:
// king, president, prime minister or party general secretary.
func (a *article) leads(slug string, d relbot.Date) bool {
	return a.holds(slug, leaderOffices, d)
}

// holds reports whether slug held, on d, one of offices.
func (a *article) holds(slug string, offices map[string]bool, d relbot.Date) bool {
	for _, r := range a.g.actors[slug].Roles {
		canon := canonOf(r.Title)
		if offices[canon] && roleMatches(r, canon, r.Country, "", d) {
			return true
		}
	}
	return false
}

// ledGroups are the groups a person is said to lead, whose head "the
// delegation", "the mission" or "the team" of later sentences is.
var ledGroups = set("delegation", "mission", "team")

// headsBody reports whether the actor held on d an office of the body whose
// folded name (with a trailing space, "interpol ") is given.
func headsBody(act relbot.Actor, body string, d relbot.Date) bool {
	for _, r := range act.Roles {
		if r.Org != "" && (keysOf(tokenize(r.Org)) == body || initialsOf(r.Org)+" " == body) && !juniorOffice(r.Title) && roleHeldOn(r, d) {
			return true
		}
	}
	return false
}

// initialsOf returns the folded acronym of a body's name, its capitalised
// words' first letters: "European Bank for Reconstruction and Development"
// is "ebrd".
func initialsOf(org string) string {
	var b strings.Builder
	for _, w := range strings.Fields(org) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// introducedAsHead reports whether the article (said, its folded lines)
// gave act, by a name of theirs, the office head of the body whose acronym
// is body, in an apposition: "tanaka akihiko , president of the japan
// international cooperation agency ( jica )".
func introducedAsHead(said string, act relbot.Actor, body, head string) bool {
	for _, n := range append([]string{act.Name}, act.Aliases...) {
		name := strings.Join(keys(n), " ")
		k := strings.Index(said, " "+name+" , "+head+" ")
		if k < 0 {
			continue
		}
		apposition := said[k+len(name)+4 : min(len(said), k+len(name)+4+160)]
		if cut, _, ok := strings.Cut(apposition, "\n"); ok {
			apposition = cut
		}
		if strings.Contains(apposition, " ( "+body+") ") {
			return true
		}
	}
	return false
}

// juniorOffice reports whether a title is a deputy's or an assistant's.
func juniorOffice(title string) bool {
	return slices.ContainsFunc(tokenize(title), func(k token) bool { return juniorWords[k.key] })
}

// fullMinister reports whether a title is a minister's, not a prime
// minister's, a deputy's or a junior minister's: "Coordinating Minister for
// Economic Affairs", not "Deputy Minister of National Defence" nor "Minister
// of State".
func fullMinister(title string) bool {
	k := " " + keysOf(tokenize(title))
	return strings.Contains(k, " minister ") && !strings.Contains(k, " prime minister ") && !strings.Contains(k, " minister of state ") && !juniorOffice(title)
}

// ministerOn reports whether act was a minister of some portfolio (not a
// prime minister) on d.
func ministerOn(act relbot.Actor, d relbot.Date) bool {
	for _, r := range act.Roles {
		canon := canonOf(r.Title)
		if strings.Contains(canon, "minister") && !strings.Contains(canon, "prime minister") && roleMatches(r, canon, r.Country, "", d) {
			return true
		}
	}
	return false
}

var (
	leaderOffices     = set("king", "president", "prime minister", "premier", "general secretary")
	headsOfGovernment = set("prime minister", "premier")
	presidency        = set("president")
)

// leadsPartyAndState reports whether slug held, on d, a party office and a
// state one.
func (a *article) leadsPartyAndState(slug string, d relbot.Date) bool {
	party, state := false, false
	for _, r := range a.g.actors[slug].Roles {
		if !roleMatches(r, canonOf(r.Title), r.Country, "", d) {
			continue
		}
		if r.Org != "" {
			party = true
		} else {
			state = true
		}
	}
	return party && state
}

func dOr(d, e relbot.Date) relbot.Date {
	if d.IsZero() {
		return e
	}
	return d
}

func canonOf(title string) string {
	if c, _, ok := titles.match(tokenize(title), 0); ok {
		return c
	}
	return relbot.Fold(title)
}

// officeWords show that capitalised words name an institution, not a person.
var officeWords = set("house", "representatives", "parliament", "congress", "legislature", "chamber", "delegation", "secretariat", "politburo", "bureau",
	"administration", "authority", "board", "organisation", "organization", "federation", "alliance", "movement", "pdr", "people", "nations", "assembly's",
	"province", "capital", "municipality", "prefecture", "region", "county", "commune", "territory", "defence", "defense", "security", "affairs", "ministry", "committee", "council", "office", "city", "district",
	"commission", "department", "assembly", "party", "government", "bank", "university", "institute", "academy", "agency", "embassy",
	"corporation", "group", "company", "association", "union", "front", "army", "police", "court", "senate", "republic", "kingdom",
	"palace", "hall", "summit", "forum", "conference", "ministers", "minister", "cooperation", "trade", "finance", "industry", "investment", "planning",
	// the portfolios of ministers: "Minister of Commerce Cham Nimul"
	"commerce", "agriculture", "forestry", "fisheries", "health", "education", "youth", "sport", "sports", "tourism", "interior",
	"justice", "environment", "labour", "labor", "information", "culture", "arts", "transport", "transportation", "energy", "mines",
	"water", "resources", "science", "technology", "meteorology", "construction", "economy", "economic", "development", "rural",
	"religion", "religions", "cults", "relations", "communications", "telecommunications", "posts", "welfare", "veterans",
	"inspection", "region", "command", "staff", "navy", "force", "guard", "guards", "corps", "division", "brigade", "regiment", "border",
	"innovation", "research", "digital", "natural", "public", "works", "vocational", "training", "women", "urban", "land", "industries", "war", "treasury", "homeland",
	// "Minister of Law and Human Rights Yasonna Laoly"
	"law", "rights", "human", "legal", "social", "manpower", "maritime", "enterprises", "reform", "cooperatives", "villages", "home", "immigration", "customs", "heritage", "antiquities", "corrections", "political", "politics",
	// the departments under them: "Director General of the Department of
	// Irrigation Bounheuang Sengsouvanh"
	"irrigation", "management", "hydrology", "climate", "disaster", "prevention", "statistics", "protection", "promotion", "logistics", "electricity",
	"aviation", "railways", "consular", "protocol", "supervision", "quality", "standards", "operations", "intelligence", "engineering", "mining",
	"petroleum", "minerals", "geology", "aquaculture", "livestock", "veterinary", "cultivation", "hydropower", "policy", "issues", "matters",
	// a health ministry's: "Department of Disease Control", "Director of
	// Institut Pasteur du Cambodge"
	"control", "disease", "diseases", "surveillance", "hospital", "clinic", "laboratory", "medicines", "pharmacy", "institut",
	// a broadcaster's: "Director of KBS World Radio"
	"radio", "television", "broadcasting", "newspaper",
	// bodies named after their country: "vice-president of the Vietnam
	// General Confederation of Labour" is no vice-president of the State
	"confederation", "league", "society", "foundation", "fund", "club", "network", "centre", "center",
	// the courts' and prosecutors': "Prosecutor General of the Supreme
	// People's Procuracy Le Minh Tri"
	"procuracy", "procuratorate", "prosecution", "tribunal", "judiciary")

// participated reports whether slug is a participant of a meeting found so
// far that is the story's: held or planned, not one recalled in passing.
func (a *article) participated(slug string) bool {
	for _, c := range a.cands {
		if c.m.Status != relbot.StatusBackground && slices.Contains(c.slugs, slug) {
			return true
		}
	}
	return false
}

// appositive reports whether the title at i describes the name just before
// it, across an article and qualifiers: "Anwar Ibrahim, the ASEAN Chair,".
func appositive(t []token, i int, covered []bool) bool {
	k := i - 1
	// "Le Quy Vuong, Vietnam's Deputy Minister of Public Security": a
	// country's possessive may open the apposition.
	for n := 0; n < 3 && k >= 0 && !covered[k] && (t[k].key == "the" || t[k].word && t[k].upper || t[k].key == "'s" && countryAt(t, k-1)); n++ {
		k--
	}
	if k < i-1 && k >= 1 && t[k].key == "," && covered[k-1] && !participleClauseEnd(t, k) {
		return true
	}
	// "Nguyen Duc Trung, Member of the Party Central Committee and
	// Secretary of the Party Committee of Nghe An province": the second
	// office of one apposition.
	if key(t, i-1) != "and" {
		return false
	}
	k = i - 2
	for n := 0; n < 20 && k >= 1 && !covered[k] && (t[k].word && (t[k].upper || t[k].key == "of" || t[k].key == "the" || t[k].key == "and" || localOfficeLower[t[k].key])); n++ {
		k--
	}
	return k < i-2 && k >= 1 && t[k].key == "," && covered[k-1] && t[k+1].upper
}

// provinceOfCountry reports whether "Vietnam's An Giang province" (a
// country's possessive, a name, a word of a province or a city) starts at j.
func provinceOfCountry(t []token, j int) bool {
	_, e, ok := countries.match(t, j)
	if !ok || key(t, e) != "'s" {
		return false
	}
	k := e + 1
	if regionWords[key(t, k)] {
		k++ // "China's southern Guangdong province"
	}
	from := k
	for k < len(t) && k < from+4 && t[k].word && t[k].upper {
		k++
	}
	switch key(t, k) {
	case "province", "city", "district", "region", "prefecture", "municipality", "state":
		return k > from
	case "autonomous":
		return k > from && key(t, k+1) == "region"
	}
	return false
}

// bodyOfCountry reports whether "Myanmar's National Unity Government" (a
// country's named body of two words or more, not its State) starts at j:
// "the foreign minister of Myanmar's National Unity Government" is the
// body's, not Myanmar's.
func bodyOfCountry(t []token, j int) bool {
	_, e, ok := countries.match(t, j)
	if !ok || key(t, e) != "'s" {
		return false
	}
	k := e + 1
	for k < len(t) && k < e+6 && t[k].word && t[k].upper {
		k++
	}
	return k-(e+1) >= 2 && bodyWords[t[k-1].key]
}

// localPlaceBefore returns the province or city named right before the
// title at i after "the" ("the Guangxi Party chief", "the Phnom Penh
// governor"), whose office is none of the State's; "" when none.
func localPlaceBefore(t []token, i int) string {
	j := i - 1
	for j >= 0 && j >= i-3 && t[j].word && t[j].upper {
		j--
	}
	if j == i-1 || key(t, j) != "the" {
		return ""
	}
	if _, e, ok := countries.match(t, j+1); ok && e == i {
		return "" // "the Vietnamese Prime Minister", "the Singapore President"
	}
	if _, e, ok := chineseProvinces.match(t, j+1); ok && e == i {
		return keysOf(t[j+1 : i])
	}
	if _, e, ok := cities.match(t, j+1); ok && e == i {
		return keysOf(t[j+1 : i])
	}
	if provinceSeat(strings.Join(keysOfSlice(t[j+1:i]), " ")) != "" {
		return keysOf(t[j+1 : i])
	}
	return ""
}

// participleClauseEnd reports whether the comma at c closes the clause an
// opening participle begins: in "Receiving Scott Bessent, the PM thanked
// him", the office after it is the sentence's subject, not Bessent's.
func participleClauseEnd(t []token, c int) bool {
	return openingParticiples[key(t, 0)] && nextComma(t, 0) == c
}

// bracketAfterName reports whether the ")" at j closes a bracket written
// right after a name: "Mr Do Quang Hien (Đỗ Quang Hiển), Chairman of
// Vietnam's T&T Group" is an apposition too.
func bracketAfterName(t []token, j int, covered []bool) bool {
	if key(t, j) != ")" {
		return false
	}
	p := openingBracket(t, j, 8)
	return p >= 1 && covered[p-1]
}

// deputyOf reports whether the title read at i is a deputy's ("Deputy
// Minister", "Vice Minister") while canon names the office itself.
func deputyOf(t []token, i int, canon string) bool {
	k := t[i].key
	return juniorWords[k] && !strings.HasPrefix(canon, k)
}

// juniorWords open the office of a deputy or an assistant.
var juniorWords = set("deputy", "vice", "assistant")

// staffWords before "from both sides" or "of the two sides" name people who
// work for the group, not its members: "officials from both sides held four
// days of preparatory talks".
var staffWords = set("officials", "delegations", "representatives", "experts", "staff", "officers", "teams", "negotiators", "diplomats", "aides")

// rankAbbrevs are the abbreviated ranks written one after another: "Sen. Lt.
// Gen.", "Maj. Gen.", "Brig. Gen.".
var rankAbbrevs = set("lt", "gen", "col", "maj", "brig")

// joinHonorifics mends splits after a style written before a name: "presented
// by H.E. | Mr. Wang Wentian" is one sentence, since a style never ends one.
func joinHonorifics(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if n := len(out); n > 0 && strings.HasSuffix(out[n-1], ".") {
			prev := out[n-1]
			if sp := strings.LastIndexByte(prev, ' '); sp >= 0 {
				prev = prev[sp+1:]
			}
			t := tokenize(prev)
			if (key(t, len(t)-2) == "sen" || rankAbbrevs[key(t, len(t)-2)]) && rankAbbrevs[strings.ToLower(strings.SplitN(s, ".", 2)[0])] {
				// "Sen. Lt. Gen. Hoàng Xuân Chiến", "Maj. Gen. Kongthong": a
				// rank cut at its first stop ("… met Hun Sen. Lt. Gen. Tea Banh …" is
				// split again at the name by splitAtNames).
				out[n-1] += " " + s
				continue
			}
			for st := max(0, len(t)-6); st < len(t); st++ {
				if _, end, ok := honorifics.match(t, st); ok && end == len(t) && key(t, end-1) == "." {
					out[n-1] += " " + s
					s = ""
					break
				}
			}
			if s == "" {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// blocs are the groupings whose chair or presidency passes among countries.
var blocs = set("asean", "apec", "g20", "g7", "brics", "mekong-lancang", "lancang-mekong")

// bodyBeforeTitle reports whether the capitalised words from j, up to four,
// end in a title that a name follows: the words name an institution
// ("Dewan Rakyat Speaker Johari Abdul"), not a person.
func bodyBeforeTitle(t []token, j int) bool {
	for k := j + 1; k < len(t) && k <= j+4 && t[k].word && t[k].upper; k++ {
		if _, end, ok := titles.match(t, k); ok {
			return end < len(t) && t[end].upper
		}
	}
	return false
}

// nameBeforeAnd reports whether an "and" in t[from:to] follows two words no
// table knows: "Minister of Trade Wang Xiaohong and Anutin" names two
// people, not one office run on to Anutin.
func nameBeforeAnd(t []token, from, to int) bool {
	for p := from + 2; p < to; p++ {
		if t[p].key == "and" && t[p-1].upper && t[p-2].upper && !lexical(t, p-1) && !lexical(t, p-2) && !officeWords[t[p-1].key] && !orgWords[t[p-1].key] {
			return true
		}
	}
	return false
}

// midNameStyles are the Malay and Bruneian styles written inside a name
// ("Siti Rozaimeriyanty Dato Haji Abdul Rahman"): no part of the name kept.
var midNameStyles = set("dato", "dato'", "datuk", "haji", "hajah", "datin", "pehin", "cardinal")

// longerName reports whether the known name at t[i:end], ending in "Abdul"
// or "Abu", goes on with another word of a name: "Johari Abdul Ghani" is
// someone else than "Johari Abdul".
func longerName(t []token, i, end int) bool {
	if end >= len(t) || !t[end].word || !t[end].upper || lexical(t, end) {
		return false
	}
	if end-i < 2 {
		return false
	}
	// "Abdul …", and a Vietnamese name of three words that goes on with a
	// fourth: "Nguyễn Thị Hồng Lan" is not Nguyễn Thị Hồng.
	return key(t, end-1) == "abdul" || key(t, end-1) == "abu" || end-i == 3 && vietnameseSurnames[t[i].key] && !vietnameseSurnames[t[end].key]
}

// officeFits reports whether the name from i to end can be slug's: slug has
// no office on record, or the words just before or after the name hold the
// whole title of one it held on the article's day ("Minister of Investment
// Eng. Khalid …").
func (a *article) officeFits(t []token, i, end int, slug string) bool {
	roles := a.actorOf(slug).Roles
	if len(roles) == 0 {
		return true
	}
	near := " " + keysOf(t[max(0, i-8):i]) + " " + keysOf(t[min(end, len(t)):min(end+12, len(t))]) + " "
	for _, r := range roles {
		if roleHeldOn(r, a.pubDate) && strings.Contains(near, " "+strings.Join(keys(r.Title), " ")+" ") {
			return true
		}
	}
	return false
}

// saidClauseFrom returns the first comma from from that opens a clause
// saying who told the news, or -1.
func saidClauseFrom(t []token, from int) int {
	for k := from; k < len(t); k++ {
		if saidClauseAt(t, k) {
			return k
		}
	}
	return -1
}

// namedPlaceAfter reports whether the capitalised words from end close a
// place named after someone: "King Khalid International Airport", "Sheikh
// Zayed Grand Mosque".
func namedPlaceAfter(t []token, end int) bool {
	for k := end; k < len(t) && k < end+3 && t[k].word && t[k].upper; k++ {
		if namedPlaces[t[k].key] {
			return true
		}
	}
	return false
}

var namedPlaces = set("airport", "university", "stadium", "hospital", "mosque", "street", "road", "avenue", "boulevard", "bridge", "highway", "museum", "school", "college", "foundation", "prize", "award", "station")

// patronymicEnd returns where a chain of "bin X" ("bint X", "ibn X") that
// goes on a name ending at end stops, with a closing "Al X"; end when none
// follows.
func patronymicEnd(t []token, end int) int {
	e := end
	for patronymics[key(t, e)] && e+1 < len(t) && t[e+1].word && t[e+1].upper {
		e += 2
		if (key(t, e) == "al" || key(t, e) == "al-") && e+1 < len(t) && t[e+1].upper {
			e += 2
		}
	}
	return e
}

var patronymics = set("bin", "bint", "ibn")

// knownPastPatronymic reads "Khalid bin Abdulaziz Al-Falih" at i as the
// known "Khalid Al-Falih": the given name and the family name, with the
// father's between them, or the name written without its "bin". It returns
// the slug and where the name ends, or "".
func (a *article) knownPastPatronymic(t []token, i int) (string, int) {
	if !t[i].upper || !patronymics[key(t, i+1)] {
		return "", 0
	}
	f := i + 1
	for patronymics[key(t, f)] && f+1 < len(t) && t[f+1].word && t[f+1].upper {
		f += 2
	}
	if f == i+1 || f >= len(t) || !t[f].upper {
		return "", 0
	}
	joined := append([]token{t[i]}, t[f:]...)
	if slugs, e := a.g.names.all(joined, 0); len(slugs) == 1 && e > 1 && a.officeFits(t, i, f+e-1, slugs[0]) {
		// Given and family names are shared by many ("Abdullah bin
		// Sultan bin Awad Al Nuaimi" is not the Abdullah Al Nuaimi on
		// record): an office on record must be written beside the name.
		return slugs[0], f + e - 1
	}
	// "Saad bin Sherida Al Kaabi" is the known "Saad Sherida Al Kaabi":
	// the father's name kept, only its link left out.
	var kept []token
	for k := i; k < f; k++ {
		if !patronymics[t[k].key] {
			kept = append(kept, t[k])
		}
	}
	before := len(kept)
	kept = append(kept, t[f:]...)
	if slugs, e := a.g.names.all(kept, 0); len(slugs) == 1 && e > before {
		return slugs[0], f + e - before
	}
	return "", 0
}

// otherPatronymic reports whether a known name of no patronymic goes on with
// one: "Sheikh Rashid bin Abdullah Al Khalifa" is not "Sheikh Rashid" (Ahmed,
// of Pakistan), but "Abdulaziz bin Saud bin Naif" is "Abdulaziz bin Saud".
func otherPatronymic(t []token, i, end int) bool {
	return patronymicEnd(t, end) > end && !hasAny(t, i, end, patronymics)
}

// styledOneOpensName reports whether a one-word match is the name of one who
// goes by a style and one name ("Patriarch Kirill", "Pope Francis") written
// before a surname and no more: "Kirill Dmitriev, CEO of …" is another.
func (a *article) styledOneOpensName(slugs []string, t []token, i, end int) bool {
	if end-i != 1 || len(slugs) != 1 || end >= len(t) || !t[end].word || !t[end].upper || lexical(t, end) {
		return false
	}
	if end+1 < len(t) && t[end+1].word && t[end+1].upper && !lexical(t, end+1) {
		return false
	}
	written := keys(a.g.actors[slugs[0]].Name)
	return len(written) > 1 && len(stripHonorifics(written)) == 1
}

// lowerOfficeAfterVerb reports whether the lower-case office at i follows
// the preposition or the verb that names whom a meeting was with: "welcomed
// by vice-chancellor Grant Robertson", "met mayor Sophie Barker",
// "received head coach Park Hang-seo".
func lowerOfficeAfterVerb(t []token, i int) bool {
	switch key(t, i-1) {
	case "by", "with", "met", "on", "received", "welcomed", "greeted":
		return !t[i].upper
	}
	return false
}

// thingOfDelegation reports whether the delegation named at i is owned by a
// thing before it ("the programme of the Savannakhet delegation"), not
// someone met.
func thingOfDelegation(t []token, i int) bool {
	return key(t, i-1) == "of" && i >= 2 && t[i-2].word && !t[i-2].upper && !delegateNouns[t[i-2].key] && t[i-2].key != "head" && t[i-2].key != "leader"
}

// ofPlaceAfter reports whether "of" and a capitalised name follow an office
// at i: "the Governor of Phnom Penh" is that place's, not one the article
// introduced.
func ofPlaceAfter(t []token, i int) bool {
	return key(t, i) == "of" && i+1 < len(t) && t[i+1].upper
}

// portfolioEnd returns where a portfolio written after an office at end
// ends, when a name follows it ("executive councillor for environment Raven
// Kumar", "councillor for tourism and culture"), else end.
func portfolioEnd(t []token, end int) int {
	if key(t, end) != "for" {
		return end
	}
	j := end + 1
	for n := 0; n < 3 && j < len(t) && portfolioWords[t[j].key]; n++ {
		j++
		if key(t, j) == "and" && portfolioWords[key(t, j+1)] {
			j++
		}
	}
	if j == end+1 || !nameFollows(t, j) {
		return end
	}
	return j
}

// midNameStyle reports whether the word at k, inside the name that starts
// at i, is a style no part of the name. "Tun" is one only before the
// father's name that ends a Malay name ("Abang Johari Tun Openg"); in
// Myanmar's names it is a name ("Tun Tun Naung", "Kyaw Swar Tun").
func midNameStyle(t []token, i, k int) bool {
	if t[k].key == "tun" {
		return k >= i+2 && k+1 < len(t) && t[k+1].word && t[k+1].upper && !(k+2 < len(t) && t[k+2].word && t[k+2].upper)
	}
	return midNameStyles[t[k].key]
}

// visitingGuest returns the participant of the last held meeting who is not
// of the country the story is set in (its dateline's capital, or the
// country the visit is to), when exactly one is; "" otherwise.
func (a *article) visitingGuest() string {
	host := a.visitTo
	if host == "" {
		host = capitalOf[a.dlCity]
	}
	c := a.lastPast()
	if c == nil {
		return ""
	}
	if host == "" {
		// "On the afternoon of June 18, in Hanoi, …": the country whose
		// capital the meeting was held in.
		host = capitalOf[c.m.Place]
	}
	if host == "" {
		return ""
	}
	guest := ""
	var stateless []string // whose country the article never told
	for _, s := range c.slugs {
		switch cc := a.countryOf(s); {
		case cc == "":
			stateless = append(stateless, s)
		case cc != host:
			if guest != "" {
				return ""
			}
			guest = s
		}
	}
	if guest == "" && len(c.slugs) == 2 && len(stateless) == 1 {
		// "Manalo met his New Zealand counterpart, Winston Peters": the
		// one whose country the article never told, beside a host.
		return stateless[0]
	}
	return guest
}

// delegationSubject reports whether "the delegation" is the subject the
// words before i go back to, with no one named since.
func delegationSubject(t []token, i int, ms []mention) bool {
	for j := i - 1; j > 0; j-- {
		if t[j].key == "delegation" && key(t, j-1) == "the" {
			for _, m := range ms {
				if m.start > j && m.start < i {
					return false
				}
			}
			return true
		}
	}
	return false
}

// diplomatBefore reports whether a diplomat's office stands in the few words
// before a name at start, or in the mention itself: "Cambodia's Consul
// General in Can Tho, Prak Sovann", "Ambassador X".
func diplomatBefore(t []token, start, end int) bool {
	for j := end - 1; j >= 0 && j >= start-6; j-- {
		if t[j].key == "." || t[j].key == ";" {
			return false
		}
		if diplomatWords[t[j].key] || t[j].key == "commissioner" && key(t, j-1) == "high" {
			return true
		}
	}
	return false
}

var diplomatWords = set("ambassador", "consul", "envoy", "charge", "diplomat") // keys: "chargé" folds to "charge"

// appositiveOffice reports whether the office at i is set off after a name just
// read ("Kim Dong-wook, chairman of Hanul Steel,"): the capitalised words
// after its "of" name the company or body, not its holder.
func appositiveOffice(t []token, i int, ms []mention) bool {
	j := i - 1
	if key(t, j) == "the" {
		j--
	}
	if key(t, j) != "," {
		return false
	}
	for _, m := range ms {
		if m.end == j && (m.slug != "" || m.group != nil) {
			return true
		}
	}
	return false
}

// titleUnknown gives an unknown person without an office the one the text
// gave: "Procurator General A", and "Sens. A and B" are senators.
func (a *article) titleUnknown(slug, office string) {
	act, ok := a.unknown[slug]
	if office = trimOffice(office); !ok || len(act.Roles) > 0 || office == "" {
		return
	}
	act.Roles = []relbot.Role{{Title: office}}
	a.unknown[slug] = act
}

// bracketEnd returns where a short bracket opening at i ends ("(D-Ill.)",
// a lawmaker's party and state), or i when none opens there.
func bracketEnd(t []token, i int) int {
	if key(t, i) != "(" {
		return i
	}
	for j := i + 1; j < len(t) && j <= i+8; j++ {
		if t[j].key == ")" {
			return j + 1
		}
	}
	return i
}

// acronymThenName reports whether a body written in capitals at i is
// followed by a name of two or three words that ends a list's item: "A,
// Director General of TASS Andrei Kondrashov, and …" names a second person.
func acronymThenName(t []token, i int) bool {
	if _, end, ok := countries.match(t, i); ok && key(t, end) == "'s" {
		i = end + 1 // "of Russia's TASS news agency Andrei Kondrashov"
	}
	if i >= len(t) || !acronym(t[i]) {
		return false
	}
	n := i + 1
	for n < len(t) && n < i+4 && policyWords[t[n].key] {
		n++
	}
	e := n
	for e < len(t) && e < n+4 && t[e].word && t[e].upper && !lexical(t, e) && !acronym(t[e]) {
		e++
	}
	k := key(t, e)
	return e-n >= 2 && e-n <= 3 && (k == "," || k == "and" || k == "." || k == ";")
}

// companyName reports whether t[from:to], right after an office's "of", is all
// capitalised words of no vocabulary, country or city: the company or body
// whose office it is ("chairman of Hanul Steel"), not an office's words
// before a holder's name ("Chairman of the NA Committee for External
// Affairs Vu Hai Ha").
func companyName(t []token, from, to int) bool {
	if to-from < 1 {
		return false
	}
	for j := from; j < len(t) && j < to+2; j++ {
		if companySuffixes[t[j].key] {
			return true // "Chairman of Zhongtian New Energy Automobile Co., Ltd."
		}
	}
	for j := from; j < to; j++ {
		if !t[j].word || !t[j].upper || lexical(t, j) {
			return false
		}
		if _, _, ok := countries.match(t, j); ok {
			return false
		}
		if _, _, ok := cities.match(t, j); ok {
			return false
		}
	}
	return true
}

var companySuffixes = set("co", "ltd", "corp", "inc", "plc", "jsc", "llc", "bhd", "tbk", "pte", "corporation", "company", "holdings")

// officesBody reports whether the words at i follow an office's "of":
// "Chairman of Hengyuan Electric Vehicles, the PM …" names the company the
// office is of, not someone with the office after the comma.
func officesBody(t []token, i int) bool {
	return key(t, i-1) == "of" && (endingAt(titles, t, i-1) >= 0 || endingAt(titles, t, i) >= 0)
}

// courtesyStyles may end an office read up to a name, as text: "Governor
// of Yunnan province Mr", "President U", "Minister of Foreign Affairs H . E .".
var courtesyStyles = []string{" the Hon", " the Hon.", " Hon", " Hon.", " Mr", " Mr.", " Mr .", " Ms", " Ms.", " Ms .", " Mrs", " Mrs.", " Mrs .", " Dr", " Dr.", " Dr .", " H.E.", " H . E .", " Madam", " Madame", " U", " Daw", " ,"}

// servesMonarch are offices held "to the King".
var servesMonarch = set("council", "adviser", "advisor", "counsellor", "counselor", "secretary", "chamberlain", "aide", "aide-de-camp")

// toMonarch reports whether the phrase at i ends an office held "to the
// King": "President of the Supreme Privy Council to His Majesty the King"
// names no one met.
func toMonarch(t []token, i int) bool {
	return key(t, i-1) == "to" && servesMonarch[key(t, i-2)]
}

// storyCountry is the country whose capital the dateline, the lead or the
// last meeting held sets the story in, or "".
func (a *article) storyCountry() string {
	last := ""
	for _, c := range a.cands {
		if c.m.Status == relbot.StatusPast && c.m.Place != "" {
			last = c.m.Place
		}
	}
	for _, city := range []string{a.dlCity, a.leadCity, last} {
		if code := capitalOf[city]; code != "" {
			return code
		}
	}
	return ""
}

// storyHeadOfGovernment returns the head of government the story follows,
// the first it named, as an outlet calls its own ("the Prime Minister", "the
// Government leader"), or "".
func (a *article) storyHeadOfGovernment(d relbot.Date) string {
	return a.firstRecent(func(s string) bool {
		act, ok := a.unknown[s]
		return ok && titledWord(act, "prime") || a.holds(s, headsOfGovernment, dOr(d, a.pubDate))
	})
}

// trimOffice drops what an office read up to a name may end with but is no
// part of it: "Governor of Yunnan province Mr", "chairman of the Guangxi
// Zhuang Autonomous Region ,".
func trimOffice(office string) string {
	office = strings.TrimSpace(office)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, s := range courtesyStyles {
			if strings.HasSuffix(office, s) {
				office, trimmed = strings.TrimSpace(strings.TrimSuffix(office, s)), true
			}
		}
	}
	words := strings.Fields(office)
	for cut := 1; cut < len(words); cut++ {
		// "Minister of Health Dato Seri Setia Dr Haji": the styles read up
		// to the name are no part of the office.
		if !strings.EqualFold(words[cut], "general") && onlyStyles(strings.Join(words[cut:], " ")) { // "Consul General" is an office
			return strings.Join(words[:cut], " ")
		}
	}
	return office
}

// onlyStyles reports whether s is made of honorifics alone.
func onlyStyles(s string) bool {
	toks := keyTokens(keys(s))
	for i := 0; i < len(toks); {
		_, end, ok := honorifics.match(toks, i)
		if _, e, ok2 := nameHonorifics.match(toks, i); ok2 && (!ok || e > end) {
			end, ok = e, true
		}
		if !ok {
			return false
		}
		i = end
	}
	return len(toks) > 0
}

// bodyHeads head a body the article names before them: "the Interpol
// chief", "the IFAD President", "the MRC CEO".
var bodyHeads = set("chief", "head", "president", "ceo", "chairman", "chairwoman", "chairperson", "director")

// inOrder reports whether every word of part stands in whole, in order,
// though not side by side: "vice minister" in "second vice foreign
// minister".
func inOrder(whole, part []string) bool {
	k := 0
	for _, w := range whole {
		if k < len(part) && w == part[k] {
			k++
		}
	}
	return k == len(part)
}

// portfolioBefore reports whether a bare "minister" at i has a portfolio
// written before it in lower case, one the catch-all office cannot tell:
// "met Indonesia's senior law minister" is no minister of Indonesia's the
// gazetteer happens to hold.
func portfolioBefore(t []token, i, end int, canon string) bool {
	if canon != "minister" || end-i != 1 || i == 0 {
		return false
	}
	b := t[i-1]
	return b.word && !b.upper && !refModifiers[b.key] && !determiners[b.key] && b.key != "'s"
}

// seatCountry returns the country whose head of government (or state) has
// its seat at a venue t names, when canon is that office: "Downing Street"
// for the British prime minister, "the White House" for the American
// president; "" when t names none. The country is the venue's city's.
func seatCountry(t []token, canon string) string {
	for j := range t {
		if v, _, ok := venues.match(t, j); ok && seatOffices[v.name] == canon {
			return capitalOf[v.city]
		}
	}
	return ""
}

// seatOffices name, by venue, the office whose seat it is.
var seatOffices = map[string]string{
	"Downing Street": "prime minister", "Hyderabad House": "prime minister", "Kantei": "prime minister",
	"White House": "president", "Élysée Palace": "president", "Kremlin": "president",
	"Rashtrapati Bhavan": "president", "Malacañang Palace": "president",
}

// secondDay reads "A and B met C on Saturday and Sunday": the same people
// met on each of the two days, as two meetings. Only a meeting the sentence
// itself told, of two people or more named, dated on the first day, and
// the second day at most three days on.
func (a *article) secondDay(si int, t []token, before int) {
	for j := 0; j+3 < len(t); j++ {
		w1, ok1 := weekdays[t[j+1].key]
		w2, ok2 := weekdays[t[j+3].key]
		again := false
		if !ok1 {
			continue
		}
		if t[j].key != "on" || t[j+2].key != "and" || !ok2 {
			if w, ok := againOnDay(t, j+1); ok {
				// "They met again Thursday, for several hours, and once
				// more on Friday"; "began their talks with Liu on
				// Thursday morning …, and sat down with him again on
				// Friday", whichever of the two days the meeting took.
				w2, again = w, true
			} else {
				continue
			}
		}
		gap := (int(w2) - int(w1) + 7) % 7
		if gap == 0 || gap > 3 {
			return
		}
		for _, c := range a.cands[before:] {
			d := c.m.Date
			if c.sent != si || c.m.Status != relbot.StatusPast || len(c.slugs) < 2 || d.Day == 0 {
				continue
			}
			step := gap
			switch wd := d.Start().Weekday(); {
			case wd == w1:
			case wd == w2 && again:
				step = -gap
			default:
				continue
			}
			next := *c
			next.slugs = slices.Clone(c.slugs)
			next.summary = slices.Clone(c.summary)
			next.m.Participants = slices.Clone(c.m.Participants)
			next.m.Date = dayOf(d.Start().AddDate(0, 0, step))
			if next.m.Date.Start().After(a.pubDate.Start()) {
				continue
			}
			a.cands = append(a.cands, &next)
		}
		return
	}
}

// againOnDay returns the weekday that "again" or "once more" dates a few
// words after the weekday at i: "met Thursday, for several hours, and once
// more on Friday".
func againOnDay(t []token, i int) (time.Weekday, bool) {
	for k := i + 1; k+1 < len(t) && k <= i+30; k++ {
		if t[k].key == "." || t[k].key == ";" || futureMarkers[t[k].key] || t[k].key == "to" {
			// "met on Monday and will meet again on Wednesday"
			break
		}
		at := k + 1
		switch {
		case t[k].key == "again":
		case t[k].key == "once" && key(t, k+1) == "more":
			at = k + 2
		default:
			continue
		}
		if p := key(t, k-1); p != "and" && p != "," && !triggerBetween(t, i+1, k) {
			// "and were seen chatting again on Saturday" as leaders
			// gathered for the photo: no meeting said again.
			break
		}
		if key(t, at) == "on" {
			at++
		}
		if at < len(t) {
			w, ok := weekdays[t[at].key]
			return w, ok
		}
		break
	}
	return 0, false
}

// triggerBetween reports whether a verb of meeting stands in t[lo:hi].
func triggerBetween(t []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if tr, _, ok := matchTrigger(t, j); ok && tr.form != trigNoun && !t[j].upper {
			return true
		}
	}
	return false
}

// heldByAnother reports whether an office ending at end, or the body it is
// "of", is the possessor of another's post or body ("the Senate's defence
// committee", "the President's spokesman"): whoever is named holds that, not
// the office.
func heldByAnother(t []token, end int) bool {
	if key(t, end) == "of" {
		// "the chairman of the Senate's …": the body's name first
		end++
		if key(t, end) == "the" {
			end++
		}
		for end < len(t) && t[end].word && t[end].upper {
			end++
		}
	}
	if key(t, end) != "'s" {
		return false
	}
	for k := end + 1; k < len(t) && k <= end+5; k++ {
		if possessedPosts[t[k].key] {
			return true
		}
		if !t[k].word || t[k].key == "and" && k == end+1 {
			return false
		}
	}
	return false
}

var possessedPosts = set("committee", "commission", "subcommittee", "caucus", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "secretary", "deputy", "envoy", "wife", "husband")
