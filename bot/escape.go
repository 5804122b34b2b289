package bot

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// escaper turns feed text into inert mrkdwn. Slack's only markup for
// mentions, channel links and hyperlinks is <…>, so escaping &, < and >
// (Slack's three entities) is what makes the text safe.
//
// The formatting characters are replaced by look-alikes as well: Slack has no
// escape for them, and a title such as "Leaders *agree* on _border_ plan"
// would otherwise come out half bold and half italic, or break the bold we
// put around the title. The look-alikes read the same, so the text still
// reads literally.
var escaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	"*", "\u2217", // ∗ asterisk operator
	"_", "\u02cd", // ˍ modifier letter low macron
	"~", "\u223c", // ∼ tilde operator
	"`", "\u02cb", // ˋ modifier letter grave accent
)

// Escape makes text from feeds, an LLM or a user inert in Slack mrkdwn: &, <
// and > become entities, so no <!channel>, <!here>, <!everyone>, <@U…>, <#C…>
// or <url|link> can be produced, and *, _, ~ and ` become look-alike
// characters, so no bold, italic, strike or code formatting either. Control
// characters other than newline and tab are dropped, and a > that would open
// a block quote at the start of a line becomes ›.
//
// Use it on text only: URLs go through the link builder, which checks them.
func Escape(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, s)
	// A leading > quotes the line even when sent as &gt;.
	if strings.Contains(s, ">") {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			trimmed := strings.TrimLeft(l, " \t")
			if strings.HasPrefix(trimmed, ">") {
				lines[i] = l[:len(l)-len(trimmed)] + "\u203a" + trimmed[1:]
			}
		}
		s = strings.Join(lines, "\n")
	}
	return escaper.Replace(s)
}

// oneLine folds runs of white space, newlines included, into single spaces:
// titles and names are shown on one line whatever the feed did.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textLen counts s the way Slack's limits are safest counted: in UTF-16 code
// units, so that an emoji counts as two.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += runeLen16(r)
	}
	return n
}

func runeLen16(r rune) int {
	if w := utf16.RuneLen(r); w > 0 {
		return w
	}
	return 2
}

// shorten cuts escaped text s to at most limit UTF-16 units, at a word
// boundary, ending with "…". Cutting at white space never splits an entity
// (&amp;). Only a single word longer than the limit is cut inside, at a
// character boundary outside any entity. Never pass it text holding a link:
// callers shorten the parts and then build the markup.
func shorten(s string, limit int) string {
	if textLen(s) <= limit {
		return s
	}
	if limit <= 1 {
		return ""
	}
	budget := limit - 1 // room for "…"
	end := 0            // byte offset of the longest prefix within budget
	n := 0
	lastSpace := -1
	for i, r := range s {
		w := runeLen16(r)
		if n+w > budget {
			break
		}
		n += w
		end = i + utf8.RuneLen(r)
		if unicode.IsSpace(r) {
			lastSpace = i
		}
	}
	// The cut is at a word boundary when the next character is a space.
	if end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsSpace(r) {
			lastSpace = end
		}
	}
	cut := end
	if lastSpace > 0 {
		cut = lastSpace
	} else if amp := strings.LastIndexByte(s[:cut], '&'); amp >= 0 && !strings.Contains(s[amp:cut], ";") {
		cut = amp // do not leave half an entity
	}
	out := strings.TrimRightFunc(s[:cut], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '·' || r == '—'
	})
	return out + "…"
}

// safeURL returns u ready to sit inside Slack link markup <u|text>, or ""
// when u is not an absolute http(s) URL that Slack can link to. Characters
// that would end the markup early (|, >) or start an entity are encoded.
func safeURL(u string) string {
	if u == "" || len(u) > 2000 || strings.ContainsFunc(u, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil {
		return ""
	}
	return urlEscaper.Replace(p.String())
}

var urlEscaper = strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C")

// clip bounds raw input before any work on it, so that rendering costs
// O(limit) whatever a feed sends. It cuts at white space when it can and
// reports whether anything was dropped.
func clip(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexFunc(s[:cut], unicode.IsSpace); sp > n/2 {
		cut = sp
	}
	return s[:cut], true
}

// fit escapes raw text and shortens it to limit UTF-16 units at a word
// boundary, with "…" when anything was dropped.
func fit(raw string, limit int) string { return fitText(raw, limit, false) }

// fitLine is fit for text shown on one line: titles, names, places.
func fitLine(raw string, limit int) string { return fitText(raw, limit, true) }

func fitText(raw string, limit int, single bool) string {
	// Four bytes a unit is more than any character needs, so a clipped text
	// still runs past limit and shorten picks the word boundary.
	s, clipped := clip(raw, 4*limit+16)
	if single {
		s = oneLine(s)
	} else {
		s = strings.TrimSpace(s)
	}
	s = Escape(s)
	if clipped && textLen(s) < limit && s != "" {
		return s + "…" // only white space was dropped past the clip
	}
	return shorten(s, limit)
}

// link renders raw text, shortened to limit, as a mrkdwn link to u, or as
// plain escaped text when u cannot be linked.
func link(u, text string, limit int) string {
	// Slack ends the URL at the first |; one in the text would be read as
	// ours, so it becomes a look-alike.
	text = noPipe(fitLine(text, limit))
	if text == "" {
		text = "link"
	}
	if su := safeURL(u); su != "" {
		return "<" + su + "|" + text + ">"
	}
	return text
}

func noPipe(s string) string { return strings.ReplaceAll(s, "|", "\u2223") }

// plain prepares raw text for a plain_text object (headers, button labels),
// where Slack shows characters as they are: no mentions are parsed there, but
// angle brackets are still replaced so that no output of ours ever holds
// markup that came from outside.
func plain(s string, limit int) string {
	s, _ = clip(s, 4*limit+16)
	s = plainEscaper.Replace(oneLine(s))
	return shorten(s, limit)
}

var plainEscaper = strings.NewReplacer("<", "‹", ">", "›")
