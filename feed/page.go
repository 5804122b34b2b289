package feed

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Page is an article page's main content.
type Page struct {
	Title        string    // plain text, one line
	Text         string    // plain text: paragraphs separated by "\n\n"
	CanonicalURL string    // the page's <link rel=canonical> when http(s), else the final URL; canonicalized
	Published    time.Time // from the page's metadata; zero when absent
}

// FetchPage fetches an article page found in a feed and extracts its main
// text. Only http(s) URLs are fetched, and unless AllowPrivateNetworks is
// set no connection is made to a non-public address (errors wrap
// ErrNotAllowed). A non-2xx answer is a *StatusError, a body past
// MaxPageBytes wraps ErrTooLarge, a body that is not HTML is an error, and a
// page whose main text is shorter than an article gives ErrNoText.
func (f *Fetcher) FetchPage(ctx context.Context, rawURL string) (Page, error) {
	p, err := f.fetchPage(ctx, rawURL)
	if err != nil {
		return Page{}, fmt.Errorf("fetch page %q: %w", rawURL, err)
	}
	return p, nil
}

func (f *Fetcher) fetchPage(ctx context.Context, rawURL string) (Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return Page{}, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Page{}, fmt.Errorf("scheme %q: %w", u.Scheme, ErrNotAllowed)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
	resp, err := f.pages.Do(req)
	if err != nil {
		return Page{}, err
	}
	defer drainClose(resp.Body)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	contentType := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && mt != "text/html" && mt != "application/xhtml+xml" {
		return Page{}, fmt.Errorf("content type %q is not HTML", mt)
	}
	body, err := readCapped(resp.Body, resp.ContentLength, f.opts.MaxPageBytes)
	if err != nil {
		return Page{}, err
	}
	return extractPage(body, contentType, resp.Request.URL)
}

// extractPage reads the main content of an HTML page fetched from pageURL.
func extractPage(body []byte, contentType string, pageURL *url.URL) (Page, error) {
	// charset.NewReader honours the Content-Type's charset, then a <meta>
	// declaration, then sniffs; the result is UTF-8.
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		r = bytes.NewReader(body)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return Page{}, fmt.Errorf("parse page: %w", err)
	}
	canonical := canonicalLink(doc, pageURL)

	// The canonical link is read first, so readability may take the tree
	// apart instead of cloning it.
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return Page{}, fmt.Errorf("extract text: %w", err)
	}
	var text string
	if article.Node != nil {
		var buf strings.Builder
		if err := article.RenderHTML(&buf); err != nil {
			return Page{}, fmt.Errorf("render text: %w", err)
		}
		text = HTMLToText(buf.String())
	}
	if n := utf8.RuneCountInString(text); n < minArticleChars {
		return Page{}, fmt.Errorf("%w: %d characters, want at least %d", ErrNoText, n, minArticleChars)
	}
	p := Page{
		Title:        oneLine(article.Title()),
		Text:         text,
		CanonicalURL: canonical,
	}
	if t, err := article.PublishedTime(); err == nil {
		p.Published = t
	}
	return p, nil
}

// canonicalLink returns the page's <link rel=canonical>, made absolute and
// canonicalized, when it is http(s) on any host; else the page's own URL,
// canonicalized.
func canonicalLink(doc *html.Node, pageURL *url.URL) string {
	var href string
	var find func(*html.Node) bool
	find = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Link && hasToken(attr(n, "rel"), "canonical") {
			href = strings.TrimSpace(attr(n, "href"))
			if href != "" {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if find(c) {
				return true
			}
		}
		return false
	}
	find(doc)
	if href != "" {
		if ref, err := url.Parse(href); err == nil {
			if c, err := Canonicalize(pageURL.ResolveReference(ref).String()); err == nil {
				return c
			}
		}
	}
	c, err := Canonicalize(pageURL.String())
	if err != nil {
		return pageURL.String()
	}
	return c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list has tok, ignoring case.
func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, tok) {
			return true
		}
	}
	return false
}
