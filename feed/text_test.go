package feed

import "testing"

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"blank", " \n\t ", ""},
		{"plain", "  Hun Sen   meets\nTô Lâm ", "Hun Sen meets Tô Lâm"},
		{"entities", "Viet Nam &amp; Cambodia &ndash; talks&nbsp;resume &#8230;", "Viet Nam & Cambodia – talks resume …"},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"div and headings", "<h1>Title</h1><div>Body <b>bold</b> text</div>", "Title\n\nBody bold text"},
		{"br", "line one<br>line two<br/>line three", "line one\nline two\nline three"},
		{"double br is a paragraph", "one<br><br>two<br> <br>three", "one\n\ntwo\n\nthree"},
		{"inline adjacency", "<span>Phnom</span> <span>Penh</span><em>!</em>", "Phnom Penh!"},
		{"script and style", "<p>keep</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>also</p>", "keep\n\nalso"},
		{"nav", "<nav><a href=/>Home</a> | <a href=/news>News</a></nav><p>Article.</p>", "Article."},
		{"figcaption", "<figure><img src=a.jpg><figcaption>Photo: AKP</figcaption></figure><p>Text.</p>", "Text."},
		{"no empty paragraphs", "<p></p><p> </p><div><p>A</p></div><p>\n</p>", "A"},
		{"list", "<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
		{"pre keeps lines", "<pre>a  b\nc</pre>", "a b\nc"},
		{"whole document", "<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>", "x"},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"unclosed tags", "<p>one<p>two<div>three", "one\n\ntwo\n\nthree"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"zero width space", "a\u200b \u200bb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlainToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lines", "one\ntwo", "one\ntwo"},
		{"paragraphs", "one\n\n\n two  words \r\n\r\nthree", "one\n\ntwo words\n\nthree"},
		{"markup is text", "a <b>b</b> &amp;", "a <b>b</b> &amp;"},
		{"blank", "\n \n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainToText(tt.in); got != tt.want {
				t.Errorf("plainToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
