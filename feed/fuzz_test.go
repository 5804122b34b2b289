package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkText reports how s breaks the plain-text shape that HTMLToText and
// Item.Text promise, or "" when it keeps it.
func checkText(s string) string {
	switch {
	case !utf8.ValidString(s):
		return "invalid UTF-8"
	case s != strings.TrimSpace(s):
		return "leading or trailing white space"
	case strings.Contains(s, "\n\n\n"):
		return "empty paragraph"
	case strings.Contains(s, "  "):
		return "uncollapsed spaces"
	}
	for _, line := range strings.Split(s, "\n") {
		if line != strings.TrimSpace(line) {
			return "line with leading or trailing white space"
		}
		if strings.ContainsFunc(line, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) {
			return "white space other than spaces inside a line"
		}
	}
	return ""
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{
		"", "plain", "<p>a</p><p>b</p>", "a<br><br>b", "<pre>x\n y</pre>", "<script>x</script>y",
		"&amp;&lt;&#x1F600;&bogus;", "<table><tr><td>a<td>b</table>", "<nav>n</nav>t", "a\u00a0\u200b b",
		"<p>\xff\xfe</p>", "<svg><p>x</p></svg>", "<<p>>", "<pre><br><br>a</pre>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := HTMLToText(in)
		if msg := checkText(out); msg != "" {
			t.Fatalf("HTMLToText(%q) = %q: %s", in, out, msg)
		}
	})
}

func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{
		"https://a.example/x?utm_source=1&b=2&a=1#f", "HTTP://A.EXAMPLE:80/", "http://[::1]:8080/a/",
		"https://a.example", "ftp://x", "https://user@a.example/%41", "https://a.example/?&&", "http://a.example./",
		"https://a.example/s?q=%zz", "https://xn--d1acufc.xn--p1ai/путь/", "http://[fe80::1%25eth0]/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := Canonicalize(in)
		if err != nil {
			return
		}
		if !strings.HasPrefix(out, "http://") && !strings.HasPrefix(out, "https://") {
			t.Fatalf("Canonicalize(%q) = %q: not http(s)", in, out)
		}
		if strings.Contains(out, "#") {
			t.Fatalf("Canonicalize(%q) = %q: fragment kept", in, out)
		}
		again, err := Canonicalize(out)
		if err != nil {
			t.Fatalf("Canonicalize(%q) = %q, which does not canonicalize again: %v", in, out, err)
		}
		if again != out {
			t.Fatalf("not idempotent: %q → %q → %q", in, out, again)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, name := range files {
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss><channel><item><title>t</title></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="x"/></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"a\n\nb"}]}`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","authors":[null],"items":[null,{"id":"a","authors":[null],"attachments":[null]}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := ParseFeed(body)
		if err != nil {
			return
		}
		for i, it := range items {
			if it.GUID == "" {
				t.Fatalf("item %d has no GUID: %+v", i, it)
			}
			if it.URL != "" {
				if c, err := Canonicalize(it.URL); err != nil || c != it.URL {
					t.Fatalf("item %d URL %q is not canonical: %q, %v", i, it.URL, c, err)
				}
			}
			if strings.ContainsAny(it.Title, "\n\t") || strings.Contains(it.Title, "  ") || it.Title != strings.TrimSpace(it.Title) {
				t.Fatalf("item %d title %q is not one clean line", i, it.Title)
			}
			if msg := checkText(it.Text); msg != "" {
				t.Fatalf("item %d text %q: %s", i, it.Text, msg)
			}
			if it.FullText && utf8.RuneCountInString(it.Text) < minArticleChars {
				t.Fatalf("item %d marked full text with %d characters", i, utf8.RuneCountInString(it.Text))
			}
		}
	})
}
