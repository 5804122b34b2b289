package summarize

import (
	"regexp"
	"strings"
	"unicode"
)

// Clean removes what is not the story from an article's plain text: datelines
// and agency tags at the start of a paragraph ("PHNOM PENH, Feb 8 (AKP) –",
// "(CNN) --", "HANOI —"), bylines, "PUBLISHED: … | UPDATED: …" stamps, photo
// captions, "Click here…", "READ MORE…", "Scroll down for video", share and
// follow prompts and "Related:" lines. Paragraphs are kept one per line.
func Clean(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		line = stripPrefixes(line)
		if line == "" || isJunkLine(line) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// stripPrefixes removes bylines, time stamps and datelines that open a
// paragraph, in any order, keeping the text that follows them.
func stripPrefixes(line string) string {
	for {
		rest := stripDateline(line)
		rest = stripByline(rest)
		if mayStamp(rest) {
			if m := stampRe.FindStringIndex(rest); m != nil {
				rest = rest[m[1]:]
			}
		}
		rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == '|' })
		if rest == line {
			return line
		}
		line = rest
	}
}

var (
	// agencyRe: optional place (and up to two ", …" parts such as a region
	// or a date), then a short tag in brackets, then an optional dash.
	agencyRe = regexp.MustCompile(`^(?:([\p{Lu}][\p{L}\p{M}.'’ -]{0,40}?)((?:,\s*[^,()\n]{1,30}?){0,2})\s*)?\(([A-Z][A-Za-z]{1,11}|[a-z]{2,4})\)(\s*(?:--|[-–—:])\s*)?`)
	// capsRe: a place in capitals, optional ", …" parts, then a dash.
	capsRe = regexp.MustCompile(`^([\p{Lu}][\p{Lu}\p{M}.'’ ]{2,40}?)((?:,\s*[^,—–\n]{1,30}?){0,2})\s+(?:--|[-–—])\s+`)
	// stampRe: "PUBLISHED: . 14:50 EST, 2 May 2013 . | . UPDATED: . 14:51 EST, 2 May 2013 ." and
	// "Last updated at 9:41 AM on 3rd March 2011" as the Daily Mail prints them.
	stampRe = regexp.MustCompile(`(?i)^(?:(?:last\s+)?(?:published|updated)(?:\s+at)?\s*:?\s*\.?\s*(?:\d{1,2}:\d{2}(?:\s*[ap]m)?\s*(?:[A-Z]{2,4})?,?\s*(?:on\s+)?)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}\s*\.?\s*\|?\s*\.?\s*)+`)
	// bylineRe: "By Jane Doe", "By . Jane Doe and John Roe .", "By JANE DOE,
	// Daily Mail Reporter": two to eight capitalised words, initials and
	// connectors, ending the paragraph or followed by a period or a stamp.
	bylineRe = regexp.MustCompile(`^(?i:by)\s+\.?\s*` + name + `(?:\s+` + name + `){1,7}\s*(?:\.(?:\s+|$)|\||$|(?i:published|updated|last updated))`)
)

const name = `(?:[\p{Lu}][\p{L}\p{M}'’-]*,?|[\p{Lu}]\.|and|&|de|da|van|von|der|le|la|al|bin)`

func stripDateline(line string) string {
	// Cheap checks guard each pattern: most paragraphs have no dateline, and
	// the patterns are costly on long lines.
	if strings.Contains(line[:min(len(line), 120)], "(") {
		if m := agencyRe.FindStringSubmatchIndex(line); m != nil {
			place := ""
			if m[2] >= 0 {
				place = line[m[2]:m[3]]
			}
			dashed := m[8] >= 0 && strings.TrimSpace(line[m[8]:m[9]]) != ""
			glued := m[1] < len(line) && !unicode.IsSpace(rune(line[m[1]])) // "(CNN)Six people …"
			// A bracketed tag after a mixed-case phrase is an ordinary sentence
			// ("Tesla (TSLA) shares rose") unless a dash or a glued word marks it.
			if place == "" || dashed || glued || isCaps(place) {
				return line[m[1]:]
			}
		}
	}
	if !capsStart(line) {
		return line
	}
	if m := capsRe.FindStringSubmatchIndex(line); m != nil && isCaps(line[m[2]:m[3]]) {
		return line[m[1]:]
	}
	return line
}

// capsStart reports whether line opens with three upper-case letters,
// spaces and periods between them allowed ("HÀ NỘI —", "U.S. —"): the cheap
// test before the dateline pattern. It counts runes, not bytes, because
// Vietnamese capitals take two or three bytes each.
func capsStart(line string) bool {
	n := 0
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			n++
			if n == 3 {
				return true
			}
		case r == ' ' || r == '.' || unicode.Is(unicode.Mn, r):
		default:
			return false
		}
	}
	return false
}

// mayStamp reports whether line may open with a time stamp.
func mayStamp(line string) bool {
	if line == "" {
		return false
	}
	switch line[0] {
	case 'P', 'p', 'U', 'u', 'L', 'l':
		return true
	}
	return false
}

// isCaps reports whether s has at least three letters, all upper case.
func isCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

func stripByline(line string) string {
	if len(line) < 3 || (line[0] != 'B' && line[0] != 'b') || (line[1] != 'y' && line[1] != 'Y') {
		return line
	}
	m := bylineRe.FindStringIndex(line)
	if m == nil {
		return line
	}
	// A stamp that ended the match belongs to stampRe: give it back.
	end := m[1]
	if i := strings.LastIndexAny(line[:end], "PpUuLl"); i > 0 && stampRe.MatchString(line[i:]) {
		end = i
	}
	return line[end:]
}

var (
	// junkRe matches whole paragraphs that are page furniture, not story.
	junkRe = regexp.MustCompile(`(?i)^(?:` +
		`scroll down(?: for| to)?|click here|read more|read the full|related(?: articles?| stories| coverage| content)?\s*:|see also\s*:|` +
		`share (?:this|or comment|on |via )|follow (?:us|@|him|her|them) |sign up |subscribe |advertisement\s*$|` +
		`media playback|watch (?:the )?video|video\s*:|photos?\s*:|images?\s*:|credits?\s*:|source\s*:|` +
		`(?:copyright|©)|all rights reserved|comments \(\d+\)|most read|download the |listen\s*:)`)
	// captionMarkRe: the position markers of photo captions.
	captionMarkRe = regexp.MustCompile(`(?i)\((?:pictured|photo|file photo|left|right|centre|center|above|below|top|bottom|second left|second right|front|back|inset)(?:[ ,]+(?:left|right|centre|center|above|below|top|bottom|with [^)]*))?\)`)
	// labelRe: "Under fire: Faculty at Columbia …", the Daily Mail's caption
	// style, a short capitalised label and a colon.
	labelRe = regexp.MustCompile(`^[\p{Lu}'‘"“][^:.!?]{0,40}?:\s+[\p{Lu}\d£$€]`)
	sayRe   = regexp.MustCompile(`(?i)\b(?:said|says|say|added|adds|told|tells|wrote|writes|tweeted|posted|explained|continued|insisted|stated|claimed|admitted|asked|replied|warned|announced|declared|noted|of|went on|adding)\b`)
)

// isJunkLine reports whether a whole paragraph is furniture or a caption.
func isJunkLine(line string) bool {
	if junkRe.MatchString(line) || strings.IndexByte(line, '(') >= 0 && captionMarkRe.MatchString(line) {
		return true
	}
	colon := strings.IndexByte(line[:min(len(line), 60)], ':')
	if colon > 0 && labelRe.MatchString(line) {
		label := line[:colon]
		if len(strings.Fields(label)) <= 5 && !sayRe.MatchString(label) {
			return true
		}
	}
	return false
}
