package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/relbot/relbot"
)

// Limits of an LLM summary. The prompt asks for at most 60 words; the slack
// keeps a model that runs a little long from falling back every time.
const (
	MaxSummaryWords = 70
	MaxSummaryChars = 500
)

// ValidateSummary checks a model's summary before anyone sees it and returns
// it tidied (trimmed, unquoted, on one line), or a Reason constant saying why
// it must not be used: empty, too_long, refusal or invalid (more than one
// paragraph, Slack markup or links, an echo such as "OK", text about the
// instructions rather than the article, or names found nowhere in the
// article). The model read untrusted text, so its output is treated as
// untrusted too: whatever an article asked for, what passes here is a short
// plain paragraph about the article.
func ValidateSummary(out, title, text string) (string, string) {
	s := tidy(out)
	if s == "" {
		return "", ReasonEmpty
	}
	if strings.Contains(s, "\n\n") {
		return "", ReasonInvalid
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > MaxSummaryChars || Words(s) > MaxSummaryWords {
		return "", ReasonTooLong
	}
	if IsRefusal(s) {
		return "", ReasonRefusal
	}
	if HasMarkup(s) || isEcho(s) || aboutInstructions(s) {
		return "", ReasonInvalid
	}
	if !grounded(s, title+"\n"+text) {
		return "", ReasonInvalid
	}
	return s, ""
}

// tidy trims space and the quotes or label a model may wrap a summary in.
func tidy(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	for _, label := range []string{"summary:", "**summary:**", "summary -"} {
		if len(s) >= len(label) && strings.EqualFold(s[:len(label)], label) {
			s = strings.TrimSpace(s[len(label):])
		}
	}
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}} {
		if len(s) >= 2 && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			inner := s[len(q[0]) : len(s)-len(q[1])]
			if !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) {
				s = strings.TrimSpace(inner)
			}
		}
	}
	return s
}

var refusals = []string{
	"i can't", "i can’t", "i cannot", "i can not", "i'm sorry", "i’m sorry", "i am sorry", "sorry,",
	"i'm unable", "i’m unable", "i am unable", "i won't", "i will not", "as an ai", "i apologize",
	"unfortunately, i", "i'm not able", "i am not able",
}

// IsRefusal reports a model's refusal or apology instead of an answer.
func IsRefusal(s string) bool {
	l := strings.ToLower(s)
	for _, r := range refusals {
		if strings.HasPrefix(l, r) {
			return true
		}
	}
	return strings.Contains(l, "as an ai") || strings.Contains(l, "language model")
}

// HasMarkup reports text that Slack could read as markup or that links out:
// <!channel>, <@U…>, <#C…>, <http…|…> and any other <…> tag, the
// entity-escaped forms of them, @channel-style mentions, URLs, and code
// fences. A summary or an answer needs none of them; the Slack edge escapes
// text as well, but model output that has them is output that followed
// instructions planted in an article or a question.
func HasMarkup(s string) bool {
	l := strings.ToLower(s)
	for i := 0; i < len(l); i++ {
		if l[i] == '<' && i+1 < len(l) {
			if c := l[i+1]; c == '!' || c == '@' || c == '#' || c == '/' || ('a' <= c && c <= 'z') {
				return true
			}
		}
	}
	for _, m := range []string{"&lt;", "&gt;", "&amp;", "@channel", "@here", "@everyone", "http://", "https://", "www.", "mailto:", "`", "](", "[http"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// isEcho reports an answer too short to be a summary: "OK", "Done.", "Yes".
// A sentence that says who did what takes at least five words.
func isEcho(s string) bool { return Words(s) < 5 }

// aboutInstructions reports text that talks about the prompt rather than the
// article, as a model does when an injected instruction got through.
func aboutInstructions(s string) bool {
	l := strings.ToLower(s)
	for _, m := range []string{"previous instructions", "prior instructions", "system prompt", "my instructions", "ignore all", "ignore the above"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// grounded reports whether most of the names in s (capitalised words after
// the first of a sentence) occur in the article, compared folded and
// without spaces so that "Vietnam" matches "Viet Nam". A summary whose names
// come from elsewhere was invented or injected.
func grounded(s, article string) bool {
	hay := strings.Map(dropSpace, relbot.Fold(article))
	names, found := 0, 0
	words := strings.Fields(s)
	for i, w := range words {
		if i == 0 || endsSentence(words[i-1]) {
			continue
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		names++
		if f := relbot.Fold(w); strings.Contains(hay, f) || (len(f) > 5 && strings.Contains(hay, f[:len(f)-3])) {
			// The stem test lets "Vietnamese" match "Vietnam" and
			// "Cambodian" match "Cambodia".
			found++
		}
	}
	return names == 0 || 2*found >= names
}

func dropSpace(r rune) rune {
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}
