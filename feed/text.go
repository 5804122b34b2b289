package feed

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Figcaption: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// blocks are elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Legend: true,
	atom.Li: true, atom.Main: true, atom.Menu: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// HTMLToText renders an HTML document or fragment as plain text: scripts,
// styles, navigation and figure captions are dropped, block elements become
// paragraph breaks ("\n\n"), <br> a line break (two in a row a paragraph
// break), entities are decoded and runs of white space collapse to one
// space. The result has no empty paragraphs and no leading or trailing
// white space. Invalid UTF-8 is replaced by U+FFFD.
func HTMLToText(src string) string {
	if strings.TrimSpace(src) == "" {
		return ""
	}
	src = strings.ToValidUTF8(src, "\uFFFD")
	if !strings.ContainsAny(src, "<&") {
		// Plain text, the common case for titles: no need to build a tree.
		var w textWriter
		w.text(src)
		return w.String()
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser fails only when reading fails, which a string reader
		// does not; keep the text rather than lose it.
		var w textWriter
		w.text(html.UnescapeString(src))
		return w.String()
	}
	var w textWriter
	w.walk(doc)
	return w.String()
}

// plainToText tidies text that is already plain (JSON Feed content_text and
// summary): blank lines separate paragraphs, single line breaks are kept,
// other white space collapses.
func plainToText(src string) string {
	src = strings.ToValidUTF8(src, "\uFFFD")
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	var w textWriter
	for i, line := range strings.Split(src, "\n") {
		if i > 0 {
			w.lineBreak()
		}
		w.text(line)
	}
	return w.String()
}

// textWriter accumulates paragraphs of lines, collapsing white space.
type textWriter struct {
	paras []string
	lines []string // finished lines of the current paragraph
	line  strings.Builder
	space bool // white space seen since the last character written to line
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.lineBreak()
			return
		case atom.Td, atom.Th:
			w.space = true // keep cells apart
		case atom.Img:
			return
		case atom.Pre:
			w.paragraph()
			w.pre(n)
			w.paragraph()
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.paragraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.paragraph()
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		w.space = true
	}
}

// pre writes preformatted content, keeping its line breaks.
func (w *textWriter) pre(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			for i, line := range strings.Split(c.Data, "\n") {
				if i > 0 {
					w.lineBreak()
				}
				w.text(line)
			}
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			w.lineBreak()
		case c.Type == html.ElementNode && !skipped[c.DataAtom]:
			w.pre(c)
		}
	}
}

func (w *textWriter) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || unicode.IsControl(r) {
			w.space = true
			continue
		}
		if w.space && w.line.Len() > 0 {
			w.line.WriteByte(' ')
		}
		w.space = false
		w.line.WriteRune(r)
	}
}

// lineBreak ends the current line; a break on an empty line ends the
// paragraph, since "<br><br>" is how many feeds separate paragraphs.
func (w *textWriter) lineBreak() {
	if w.line.Len() > 0 {
		w.lines = append(w.lines, w.line.String())
		w.line.Reset()
	} else if len(w.lines) > 0 {
		w.paragraph()
	}
	w.space = false
}

func (w *textWriter) paragraph() {
	if w.line.Len() > 0 {
		w.lines = append(w.lines, w.line.String())
		w.line.Reset()
	}
	if len(w.lines) > 0 {
		w.paras = append(w.paras, strings.Join(w.lines, "\n"))
		w.lines = w.lines[:0]
	}
	w.space = false
}

func (w *textWriter) String() string {
	w.paragraph()
	return strings.Join(w.paras, "\n\n")
}
