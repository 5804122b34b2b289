package bot

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// Slack's Block Kit limits that every message of ours respects.
const (
	MaxBlocks       = 50   // blocks in one message
	MaxSectionText  = 3000 // characters in a section's text
	MaxHeaderText   = 150  // characters in a header
	MaxButtonText   = 75   // characters in a button label
	MaxButtonValue  = 2000 // characters in a button value
	MaxFallbackText = 3000 // our own cap on the notification text (Slack truncates at 40,000)
)

// Sizes of our own choosing, and the ids Slack sends back.
const (
	maxOverflowItems   = 5    // options in an overflow menu
	maxURLOption       = 3000 // characters in an overflow option URL
	maxTitle           = 300  // a digest item's title, escaped
	maxOutletsLine     = 1000 // a digest item's outlet links
	maxMeetingLine     = 700  // one meeting in a digest's list
	maxSubstance       = 400  // one line of substance in an answer
	maxDigestSubstance = 200  // the same in a digest's list of meetings, kept short
	defaultPageSize    = 10   // meetings on one answer page
	maxPageSize        = 20   // keeps an answer well under 50 blocks and Socket Mode's 20 KB
	maxNames           = 8    // participants named before "and N others"
	maxInlineSources   = 3    // source links shown inline before the overflow menu
	maxSuggestions     = 5    // "Did you mean" buttons
	maxQueryEcho       = 200  // characters of the user's query repeated back
	actionMore         = "relations_more"
	actionShare        = "relations_share"
	actionSuggest      = "relations_suggest" // suffixed with the button's index: ids are unique per block
	actionSources      = "relations_sources" // overflow menu of source links; the click needs no answer
	metadataEvent      = "relbot_digest"
	workingText        = "Working on it… the answer will appear here in a moment."
	internalErrText    = "Something went wrong on our side; the operator has the details."
	digestTitle        = "Relations digest"
	answerBlockIDAct   = "relations_actions"
)

// Message is one Slack message: Blocks plus the plain-text fallback Text that
// notifications and screen readers use.
type Message struct {
	Text   string
	Blocks []slack.Block
}

func mrkdwn(s string) *slack.TextBlockObject {
	// verbatim: Slack must not auto-link bare URLs or #channel names in feed text.
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

func plainText(s string, limit int) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, plain(s, limit), false, false)
}

func section(s string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwn(s), nil, nil)
}

// DigestMessages renders a digest. The first message goes to the channel and
// the rest into its thread, in order. It opens with a date header; each item
// is a section with the linked title, the outlets that reported it (each
// linked) and the summary; then the meetings those articles reported, one
// line each. Messages are split between blocks, never inside one; a single
// over-long field is shortened at a word boundary with "…". A digest with
// neither items nor meetings renders as no message at all.
func DigestMessages(d relbot.Digest) []Message {
	if len(d.Items) == 0 && len(d.Meetings) == 0 {
		return nil
	}
	heading := digestTitle
	if !d.Date.IsZero() {
		heading += " · " + d.Date.Format("Monday 2 January 2006")
	}
	var body []slack.Block
	for _, it := range d.Items {
		body = append(body, section(digestItemText(it)))
	}
	lines := make([]string, 0, len(d.Meetings))
	for _, m := range d.Meetings {
		lines = append(lines, digestMeetingLine(m))
	}
	for i, s := range packLines("*Meetings reported*", lines, MaxSectionText) {
		if i == 0 && len(d.Items) > 0 {
			body = append(body, slack.NewDividerBlock())
		}
		body = append(body, section(s))
	}

	// Greedy packing: the first message has the header, each later one a
	// context line saying where it belongs.
	var parts [][]slack.Block
	for len(body) > 0 {
		n := min(len(body), MaxBlocks-1)
		// A divider should open the meetings, not end a message.
		if n < len(body) && n > 1 && body[n-1].BlockType() == slack.MBTDivider {
			n--
		}
		parts = append(parts, body[:n])
		body = body[n:]
	}
	stories := plural(len(d.Items), "story", "stories")
	meetings := plural(len(d.Meetings), "meeting", "meetings")
	msgs := make([]Message, len(parts))
	for i, p := range parts {
		var head slack.Block
		var text string
		if i == 0 {
			head = slack.NewHeaderBlock(plainText(heading, MaxHeaderText))
			text = fmt.Sprintf("%s: %s, %s", heading, stories, meetings)
		} else {
			note := fmt.Sprintf("%s, continued (%d of %d)", heading, i+1, len(parts))
			head = slack.NewContextBlock("", mrkdwn(Escape(note)))
			text = note
		}
		msgs[i] = Message{Text: shorten(Escape(text), MaxFallbackText), Blocks: append([]slack.Block{head}, p...)}
	}
	return msgs
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// digestItemText is one story: *<url|title>*, the outlets, the summary.
func digestItemText(it relbot.DigestItem) string {
	title := noPipe(fitLine(it.Title, maxTitle))
	if title == "" {
		title = "(untitled)"
	}
	mainURL := ""
	if len(it.Links) > 0 {
		mainURL = safeURL(it.Links[0].URL)
	}
	var b strings.Builder
	if mainURL != "" {
		b.WriteString("*<" + mainURL + "|" + title + ">*")
	} else {
		b.WriteString("*" + title + "*")
	}
	if out := outletsLine(it.Links, maxOutletsLine); out != "" {
		b.WriteString("\n" + out)
	}
	if sum := fit(it.Summary, MaxSectionText-textLen(b.String())-1); sum != "" {
		b.WriteString("\n" + sum)
	}
	return b.String()
}

// outletsLine links every outlet once ("Viet Nam News · AKP"), stopping with
// "and N more" before the line would pass limit.
func outletsLine(links []relbot.Link, limit int) string {
	var parts []string
	seen := map[string]bool{}
	n := 0
	for i, l := range links {
		name := fitLine(l.Outlet, 80)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		p := link(l.URL, l.Outlet, 80)
		more := fmt.Sprintf(" · and %d more", len(links)-i)
		if n+textLen(p)+3+textLen(more) > limit {
			parts = append(parts, strings.TrimPrefix(more, " · "))
			break
		}
		parts = append(parts, p)
		n += textLen(p) + 3
	}
	return strings.Join(parts, " · ")
}

// packLines joins lines into as few texts as fit limit each, splitting only
// between lines; the first text starts with title.
func packLines(title string, lines []string, limit int) []string {
	if len(lines) == 0 {
		return nil
	}
	var out []string
	cur := title
	for _, l := range lines {
		if textLen(cur)+1+textLen(l) > limit {
			out = append(out, cur)
			cur = l
			continue
		}
		if cur == "" {
			cur = l
		} else {
			cur += "\n" + l
		}
	}
	return append(out, cur)
}

// placeText says where a meeting was held: the city, or how it was held.
func placeText(kind relbot.Kind, place string) string {
	switch {
	case kind == relbot.KindPhone:
		return "phone"
	case kind == relbot.KindVirtual:
		return "video"
	case strings.TrimSpace(place) != "":
		return fitLine(place, 100)
	}
	return "place unknown"
}

func dateText(d string) string {
	if d == "" {
		return "date unknown"
	}
	return fitLine(d, 20)
}

// names lists participants, escaped, the first maxNames of them.
func names(ps []relbot.Participant) string {
	var out []string
	for i, p := range ps {
		if i == maxNames {
			out = append(out, fmt.Sprintf("and %d others", len(ps)-i))
			break
		}
		n := fitLine(p.Name, 80)
		if n == "" {
			n = fitLine(p.Slug, 80)
		}
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// digestMeetingLine is one line: • *date* · place — participants: substance (source).
func digestMeetingLine(m relbot.Meeting) string {
	line := "• *" + dateText(m.Date.String()) + "* · " + placeText(m.Kind, m.Place) + " — " + names(m.Participants)
	src := ""
	if len(m.Sources) > 0 {
		s := m.Sources[0]
		src = " (" + link(s.URL, s.Outlet, 80) + ")"
	}
	if room := min(maxDigestSubstance, maxMeetingLine-textLen(line)-textLen(src)-2); room > 20 {
		if sum := fitLine(m.Summary, room); sum != "" {
			line += ": " + sum
		}
	}
	return line + src
}

// pageValue is what the More and Share buttons carry: the query and the
// offset of the page to show.
type pageValue struct {
	Query  string `json:"q"`
	Offset int    `json:"o"`
}

func encodePage(q string, offset int) (string, bool) {
	b, err := json.Marshal(pageValue{Query: q, Offset: offset})
	if err != nil || len(b) > MaxButtonValue {
		return "", false
	}
	return string(b), true
}

func decodePage(v string) (pageValue, error) {
	var p pageValue
	if err := json.Unmarshal([]byte(v), &p); err != nil {
		return p, fmt.Errorf("decode button value: %w", err)
	}
	if p.Offset < 0 {
		p.Offset = 0
	}
	return p, nil
}

func clampPageSize(n int) int {
	switch {
	case n <= 0:
		return defaultPageSize
	case n > maxPageSize:
		return maxPageSize
	}
	return n
}

// AnswerMessage renders a relations answer, one page of it: the meetings
// newest first, each with its date, place (or "phone"/"video"), the other
// participants, one line of substance and its source links (an overflow menu
// lists them when there are more than fit inline); a "More" button (action
// relations_more, value {"q":query,"o":next offset}) when more remain, and a
// "Share in channel" button (action relations_share). An unknown or
// ambiguous query gets "Did you mean …" with a button per suggestion.
//
// r.Meetings is either every matching meeting (when it holds r.Total of
// them, or r.Total is 0) and is paged here, or the page that starts at
// offset, as Backend.Query returns it. pageSize is clamped to 1–20.
func AnswerMessage(r relbot.QueryResult, offset, pageSize int) Message {
	return answer(r, offset, pageSize, "")
}

// answer renders the page; sharedBy, when set, is the user who shared it in
// the channel, and the message then carries no buttons.
func answer(r relbot.QueryResult, offset, pageSize int, sharedBy string) Message {
	pageSize = clampPageSize(pageSize)
	offset = max(offset, 0)
	query := fitLine(r.Query, maxQueryEcho)

	if len(r.Actors) == 0 && len(r.Meetings) == 0 {
		return suggestions(query, r.Suggestions)
	}

	total := max(r.Total, len(r.Meetings))
	var page []relbot.MeetingResult
	if len(r.Meetings) == total {
		all := newestFirst(r.Meetings)
		page = all[min(offset, len(all)):min(offset+pageSize, len(all))]
	} else {
		page = newestFirst(r.Meetings[:min(pageSize, len(r.Meetings))])
	}

	who := names(r.Actors)
	if who == "" {
		who = "“" + query + "”"
	}
	if len(page) == 0 {
		text := "No meetings of " + who + " have been reported yet."
		if offset > 0 {
			text = "No more meetings of " + who + "."
		}
		return Message{Text: text, Blocks: []slack.Block{section(text)}}
	}

	of := countText(total)
	intro := fmt.Sprintf("*Meetings of %s*, newest first: %d–%d of %s", who, offset+1, offset+len(page), of)
	blocks := []slack.Block{section(intro)}
	queried := map[string]bool{}
	for _, a := range r.Actors {
		queried[a.Slug] = true
	}
	for _, m := range page {
		blocks = append(blocks, answerMeeting(m, queried))
	}

	if sharedBy != "" {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn("Shared by <@"+sharedBy+"> with /relations")))
		return Message{Text: fmt.Sprintf("Meetings of %s (%d of %s)", who, len(page), of), Blocks: blocks}
	}
	var buttons []slack.BlockElement
	if next := offset + len(page); next < total {
		if v, ok := encodePage(r.Query, next); ok {
			label := fmt.Sprintf("More (%d left)", total-next)
			if total > relbot.CountCap {
				label = "More"
			}
			buttons = append(buttons, slack.NewButtonBlockElement(actionMore, v, plainText(label, MaxButtonText)))
		}
	}
	if v, ok := encodePage(r.Query, offset); ok {
		buttons = append(buttons, slack.NewButtonBlockElement(actionShare, v, plainText("Share in channel", MaxButtonText)))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock(answerBlockIDAct, buttons...))
	}
	return Message{Text: fmt.Sprintf("Meetings of %s: %d–%d of %s", who, offset+1, offset+len(page), of), Blocks: blocks}
}

// countText shows a total; past relbot.CountCap the store stopped counting.
func countText(total int) string {
	if total > relbot.CountCap {
		return fmt.Sprintf("%d+", relbot.CountCap)
	}
	return fmt.Sprint(total)
}

func byDateDesc(a, b relbot.MeetingResult) int { return cmp.Compare(b.Date, a.Date) }

// newestFirst returns ms sorted by date, newest first, stable; ms itself when
// it already is, as the store returns it, so the caller's slice is never
// reordered.
func newestFirst(ms []relbot.MeetingResult) []relbot.MeetingResult {
	if slices.IsSortedFunc(ms, byDateDesc) {
		return ms
	}
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, byDateDesc)
	return ms
}

// answerMeeting is one meeting of an answer: date · place, with whom, what,
// where it was reported.
func answerMeeting(m relbot.MeetingResult, queried map[string]bool) *slack.SectionBlock {
	place := ""
	if m.Place != nil {
		place = *m.Place
	}
	var b strings.Builder
	b.WriteString("*" + dateText(m.Date) + "* · " + placeText(m.Kind, place))
	var others []relbot.Participant
	for _, p := range m.Participants {
		if !queried[p.Slug] {
			others = append(others, p)
		}
	}
	if len(others) > 0 {
		b.WriteString("\nwith " + names(others))
	}
	if sum := fitLine(m.Summary, maxSubstance); sum != "" {
		b.WriteString("\n" + sum)
	}
	var links []string
	for i, s := range m.Sources {
		if i == maxInlineSources {
			links = append(links, fmt.Sprintf("+%d more", len(m.Sources)-i))
			break
		}
		links = append(links, link(s.URL, cmp.Or(s.Outlet, s.Title), 80))
	}
	if len(links) > 0 {
		b.WriteString("\n" + strings.Join(links, " · "))
	}
	var acc *slack.Accessory
	if len(m.Sources) > maxInlineSources {
		var opts []*slack.OptionBlockObject
		for i, s := range m.Sources {
			u := s.URL
			if len(opts) == maxOverflowItems || safeURL(u) == "" || len(u) > maxURLOption {
				continue
			}
			label, _ := clip(cmp.Or(s.Outlet, "Source"), 4*MaxButtonText)
			if t, _ := clip(s.Title, 4*MaxButtonText); strings.TrimSpace(t) != "" {
				label += ": " + t
			}
			o := slack.NewOptionBlockObject(strconv.Itoa(i), plainText(label, MaxButtonText), nil)
			o.URL = u
			opts = append(opts, o)
		}
		if len(opts) > 0 {
			acc = slack.NewAccessory(slack.NewOverflowBlockElement(actionSources, opts...))
		}
	}
	return slack.NewSectionBlock(mrkdwn(b.String()), nil, acc)
}

// suggestions answers a query that named nobody known.
func suggestions(query string, sugg []relbot.Participant) Message {
	if len(sugg) == 0 {
		text := fmt.Sprintf("I don't know “%s”. Try a name or slug such as `hun-sen`, or `/relations help`.", query)
		return Message{Text: text, Blocks: []slack.Block{section(text)}}
	}
	var list []string
	var buttons []slack.BlockElement
	for i, s := range sugg {
		if i == maxSuggestions {
			break
		}
		name := cmp.Or(s.Name, s.Slug)
		list = append(list, "*"+fitLine(name, 80)+"* (`"+fitLine(s.Slug, 80)+"`)")
		if len(s.Slug) <= MaxButtonValue {
			buttons = append(buttons, slack.NewButtonBlockElement(actionSuggest+"_"+strconv.Itoa(i), s.Slug, plainText(name, MaxButtonText)))
		}
	}
	text := fmt.Sprintf("I don't know “%s”. Did you mean %s?", query, strings.Join(list, ", "))
	blocks := []slack.Block{section(shorten(text, MaxSectionText))}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock(answerBlockIDAct, buttons...))
	}
	return Message{Text: shorten(text, MaxFallbackText), Blocks: blocks}
}

// helpEntries is every command with an example; HelpMessage renders them.
var helpEntries = []struct{ usage, what string }{
	{"`/relations hun-sen`", "the meetings the news reported for an actor, newest first: a slug, a name with or without diacritics (`/relations Tô Lâm`, `/relations to lam`) or an alias (`/relations Samdech Techo Hun Sen`)"},
	{"`/relations hun-sen to-lam`", "only the meetings where both took part"},
	{"`/relations hun-sen 2025`", "only the meetings of that year"},
	{"`/relations hun-sen since:2025-04 until:2026-02 place:hanoi kind:phone`", "filters: dates (YYYY, YYYY-MM or YYYY-MM-DD), the city, and how it was held (`in-person`, `phone`, `virtual`)"},
	{"`/relations ask when did Hun Sen last meet To Lam?`", "a question in your own words, answered from the stored meetings and articles with numbered sources"},
	{"`/relations follow hun-sen`", "this channel's digests also bring stories about an actor or a word"},
	{"`/relations unfollow hun-sen`", "stop following it in this channel"},
	{"`/relations following`", "what this channel follows"},
	{"`/relations digest now`", "a preview of this channel's next digest, only for you"},
	{"`/relations digest schedule \"0 7 * * 1-5\"`", "when this channel's digest runs (minute hour day month weekday, at most hourly); without a schedule, shows the current one"},
	{"`/relations sources`", "the news sources relbot reads, marking those added from Slack"},
	{"`/relations source add https://example.com/rss.xml as Example News`", "admins: read a new RSS, Atom or JSON feed (it is fetched once to check it)"},
	{"`/relations source remove Example News`", "admins: stop reading a source added from Slack"},
	{"`/relations help`", "this list"},
}

// HelpMessage lists every command with an example.
func HelpMessage() Message {
	lines := []string{"*relbot* follows the news about diplomatic relations and answers who met whom, when and where. Commands:"}
	for _, e := range helpEntries {
		lines = append(lines, "• "+e.usage+" — "+e.what)
	}
	blocks := []slack.Block{slack.NewHeaderBlock(plainText("/relations help", MaxHeaderText))}
	for _, s := range packLines("", lines, MaxSectionText) {
		blocks = append(blocks, section(s))
	}
	blocks = append(blocks, slack.NewContextBlock("", mrkdwn("Answers are visible only to you; use “Share in channel” to post one.")))
	return Message{Text: "relbot commands: /relations QUERY, follow, unfollow, following, digest now, digest schedule, sources, source add, source remove, help", Blocks: blocks}
}
