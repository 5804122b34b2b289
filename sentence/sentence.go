// Package sentence splits plain news text into sentences.
//
// The rules are tuned for wire copy: titles and ranks ("Lt. Gen.", "H.E.",
// "Mr."), abbreviated months in datelines ("PHNOM PENH, Feb. 6 (VNA) – …"),
// initials, acronyms written with periods ("U.S.", "a.m."), decimals,
// ellipses and quotes closing after the final period. A line break always
// ends a sentence, because feeds and page extractors put paragraphs on lines
// of their own and headings or captions seldom end with a period.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split splits plain news text into sentences, in order, trimmed, none empty.
// Paragraph breaks ("\n\n" or "\n") always end a sentence. Every non-space
// character of text appears in exactly one sentence, in its original order.
func Split(text string) []string {
	var out []string
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		out = splitLine(out, line)
	}
	return out
}

// splitLine appends the sentences of one paragraph to out.
func splitLine(out []string, line string) []string {
	start := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		termStart := i
		dots := 0 // terminators in the run; more than one is an ellipsis or "?!"
		for i < len(line) {
			r, size = utf8.DecodeRuneInString(line[i:])
			if !isTerminator(r) {
				break
			}
			if r == '…' {
				dots += 2
			}
			dots++
			i += size
		}
		closed := false
		for i < len(line) {
			r, size = utf8.DecodeRuneInString(line[i:])
			if !isCloser(r) {
				break
			}
			closed = true
			i += size
		}
		end := i
		if end < len(line) {
			r, _ = utf8.DecodeRuneInString(line[end:])
			if !unicode.IsSpace(r) {
				continue // "3.5", "U.S.-led", "…," he said
			}
		}
		next := nextWord(line[end:])
		if next == "" {
			break // the paragraph ends here anyway
		}
		if !boundary(line[start:termStart], line[termStart], dots, closed, next) {
			continue
		}
		if s := strings.TrimSpace(line[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// boundary decides whether the terminator run after before ends a sentence,
// given the word that follows it.
func boundary(before string, term byte, dots int, closed bool, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) || strings.ContainsRune(",;:)]}", first) {
		// A sentence seldom starts in lower case, while abbreviations and
		// mid-sentence ellipses are often followed by one.
		return false
	}
	if closed && term == '.' && dots == 1 && bracketedDotted(before) {
		// "Dr. (H.C.) Puan Maharani": letters in brackets end a sentence
		// only before a word that usually starts one.
		return starters[trimWord(next)]
	}
	if term != '.' || dots > 1 || closed {
		return true
	}
	word := lastWord(before)
	if word == "" {
		return true
	}
	if w := capitalised(word); w != word && titles[w+"."] && !endsName(before, word) {
		return false // "ST. PETERSBURG, Oct. 16 (Yonhap) --": a dateline in capitals
	}
	switch {
	case isInitial(word):
		return false // "J. R. R. Tolkien", "George W. Bush"
	case word == "Ma" && officeBefore(before):
		// "Foreign Affairs Secretary Ma. Theresa Lazaro": the Philippine
		// "Ma." (María) after an office; "met Jack Ma. He said" ends.
		return false
	case monthAbbrevs[word+"."] && unicode.IsDigit(first):
		// "On Nov. 14, he held talks": a date, even after a capitalised
		// word.
		return false
	case word == "Assoc" || word == "Asst" || word == "Pol":
		// "Rector Assoc. Prof. Dr. Tran Thanh Lam", "Pol. Lt. Gen.
		// Sompong Chaiwat": no name ends so.
		return false
	case titles[word+"."]:
		// A title starts a name; after a capitalised word it ends one:
		// "… received Hun Sen. Hun Sen said …". Before another rank it is
		// a rank too: "Deputy Minister Sen. Lieut. Gen. Hoàng Xuân Chiến".
		// "Democratic Sen. Sheldon Whitehouse": a party before "Sen." makes
		// it the senator's title, not Hun Sen's name.
		return endsName(before, word) && !ranks[firstField(next)] && !onlyBeforeNames[word+"."] &&
			!(word == "Sen" && senatorModifiers[wordBefore(before, word)])
	case word == "No" || word == "no" || word == "Nos":
		return !unicode.IsDigit(first) // "No. 5" is a number, "said no. The" is not
	case ambiguous[afterHyphen(word)+"."] || isDotted(afterHyphen(word)):
		// "U.S.", "a.m." or "Inc." end a sentence as often as they sit inside
		// one: split only before a word that usually starts a sentence.
		return starters[trimWord(next)]
	}
	return true
}

// afterHyphen returns the part of word after its last hyphen: "the
// Mekong-U.S. Partnership" is read as "U.S." is, no sentence's end before a
// name.
func afterHyphen(word string) string {
	return word[strings.LastIndexByte(word, '-')+1:]
}

// officeBefore reports whether the word before the last word of before is
// an office, as in "Secretary Ma.".
func officeBefore(before string) bool {
	f := strings.Fields(before[max(0, len(before)-64):]) // the last words only, not the whole text so far
	if len(f) < 2 {
		return false
	}
	switch strings.TrimRight(f[len(f)-2], ",") {
	case "Secretary", "Minister", "Undersecretary", "Senator", "Justice", "Ambassador", "Governor", "Mayor", "President",
		"Chairperson", "Ms.", "Mrs.", "Dr.", "Atty.", "Rep.", "Sen.":
		return true
	}
	return false
}

// senatorModifiers stand before "Sen." when it is a senator's title.
var senatorModifiers = set("Democratic", "Republican", "Independent", "Democrat", "GOP", "State", "Former", "Veteran", "Senior", "Junior")

// wordBefore returns the word before word, the last word of before.
func wordBefore(before, word string) string {
	rest := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimRightFunc(before, unicode.IsSpace), word), unicode.IsSpace)
	return rest[strings.LastIndexFunc(rest, unicode.IsSpace)+1:]
}

// endsName reports whether word, the last word of before, follows a
// capitalised word with no punctuation of its own, as the last part of a
// name does ("Hun Sen") and a title does not ("Lt. Gen.", "PENH, Feb.").
func endsName(before, word string) bool {
	rest := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimRightFunc(before, unicode.IsSpace), word), unicode.IsSpace)
	i := strings.LastIndexFunc(rest, unicode.IsSpace)
	prev := rest[i+1:]
	if w, _ := utf8.DecodeRuneInString(word); prev == "" || titles[prev+"."] || !unicode.IsUpper(w) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range prev {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '‹':
		return true
	}
	return false
}

// lastWord returns the run of non-space characters at the end of s, without
// opening quotes or brackets.
func lastWord(s string) string {
	return strings.TrimLeftFunc(lastField(s), isOpener)
}

// lastField returns the run of non-space characters that ends s, brackets
// and quotes included.
func lastField(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// bracketedDotted reports whether before ends in a bracket opened on dotted
// letters: "(H.C", "(U.S".
func bracketedDotted(before string) bool {
	w := lastField(before)
	return strings.HasPrefix(w, "(") && isDotted(w[1:])
}

// nextWord returns the first run of non-space characters in s.
func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// trimWord strips opening quotes and trailing punctuation from a word.
func trimWord(w string) string {
	w = strings.TrimLeftFunc(w, isOpener)
	return strings.TrimRightFunc(w, func(r rune) bool { return unicode.IsPunct(r) })
}

// isInitial reports whether w is a single capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isDotted reports whether w is letters separated by periods, as in "U.S"
// or "a.m" (the final period is not part of w).
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titles precede a name or a number and so never end a sentence.
var titles = set(
	"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Assoc.", "Asst.", "Fr.", "Rev.", "Hon.", "Messrs.", "Mme.", "Mlle.",
	"Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Pol.", "Adm.", "Cdr.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Lieut.",
	"Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Pres.", "Amb.", "Supt.", "Insp.", "Det.", "Gens.", "Hj.", "Hjh.",
	"St.", "Mt.", "Ft.", "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.",
	"Ma.", "Sta.", "Sto.", // Filipino names and places: "Ma. Theresa Lazaro", "Sta. Rosa"
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	"Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.",
	"vs.", "v.", "cf.", "e.g.", "i.e.", "approx.", "est.", "ca.", "al.", "Vol.", "vol.", "pp.", "p.",
	"Art.", "Fig.", "fig.", "Ch.", "Sec.",
)

// onlyBeforeNames are titles no name ends in, unlike "Sen." (Hun Sen): after
// a capitalised word they still open the name that follows, "Gyeonggi
// Province Gov. Kim Dong-yeon".
var onlyBeforeNames = set("Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Rev.", "Hon.", "Gov.", "Gen.", "Gens.", "Lt.", "Lieut.",
	"Col.", "Maj.", "Capt.", "Adm.", "Cdr.", "Cmdr.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Amb.", "Supt.", "Insp.", "Pres.")

// monthAbbrevs are the months of titles: before a number they are a date.
var monthAbbrevs = set("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.")

// ranks are the abbreviated military ranks that follow "Sen." (senior) in
// a rank of several words. "Gen." is not among them: "… met Hun Sen. Gen.
// Tea Banh said" is the likelier reading of it.
var ranks = set("Lt.", "Lieut.", "Col.", "Maj.")

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// ambiguous abbreviations end a sentence about as often as they do not.
var ambiguous = set(
	"etc.", "Inc.", "Co.", "Corp.", "Ltd.", "Bros.", "Jr.", "Sr.", "Plc.", "plc.", "LLC.",
	"a.m.", "p.m.", "U.S.", "U.K.", "U.N.", "E.U.", "H.E.", "D.C.",
)

// starters are words that commonly open a sentence and seldom follow an
// abbreviation inside one.
var starters = set(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
	"This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At",
	"If", "When", "While", "After", "Before", "As", "However", "Meanwhile", "Mr", "Mrs", "Ms", "Dr",
	"Mr.", "Mrs.", "Ms.", "Dr.", "What", "Who", "Why", "How", "Some", "Many", "Most", "One", "No",
	"Both", "Each", "Other", "Another", "Earlier", "Later", "Last", "Next", "Since", "During", "Under",
	"According", "Officials", "Police", "With", "For", "From", "Also", "Then", "Today", "Yesterday", "Speaking",
	"Following", "Despite", "Although", "Though", "Because",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// capitalised returns a word written all in capitals with only its first
// letter so, "ST" as "St"; any other word as it is.
func capitalised(word string) string {
	if len(word) < 2 || strings.ToUpper(word) != word || strings.ToLower(word) == word {
		return word
	}
	first, size := utf8.DecodeRuneInString(word)
	return string(first) + strings.ToLower(word[size:])
}
