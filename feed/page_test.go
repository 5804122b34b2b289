package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// articleParagraphs is the body of the synthetic article page.
var articleParagraphs = []string{
	"The prime ministers of Freedonia and Sylvania agreed on Monday to build a rail link between their capitals, a project discussed for more than a decade.",
	"The agreement, signed at the Government Office after two hours of talks, sets out how the cost will be shared and which agency will manage construction on each side of the border.",
	"Officials said feasibility studies would be completed by the end of the year, and that financing from regional banks was being discussed with three lenders.",
	"The leaders also talked about electricity trade, tourism and the demarcation of the last sections of the land border, which both described as nearly complete.",
}

// articlePage returns an HTML page with navigation, the article and a
// footer; head is added to <head>.
func articlePage(head string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><title>Rail link agreed | Example Gazette</title>
<meta property="article:published_time" content="2026-02-09T08:45:00+07:00">` + head + `</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article><h1>Rail link agreed</h1>`)
	for _, p := range articleParagraphs {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`<figure><img src="/rail.jpg"><figcaption>The signing ceremony.</figcaption></figure></article></main>
<footer><p>© Example Gazette. All rights reserved.</p><nav><a href="/about">About</a> <a href="/contact">Contact</a></nav></footer>
</body></html>`)
	return b.String()
}

func TestFetchPage(t *testing.T) {
	mux := http.NewServeMux()
	page := func(head string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articlePage(head))
		}
	}
	mux.HandleFunc("/relative-canonical", page(`<link rel="canonical" href="/2026/02/rail-link/?utm_source=x#top">`))
	mux.HandleFunc("/other-host-canonical", page(`<link rel="Canonical" href="https://www.gazette.example/rail">`))
	mux.HandleFunc("/bad-canonical", page(`<link rel="canonical" href="javascript:alert(1)">`))
	mux.HandleFunc("/no-canonical", page(""))
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/no-canonical?utm_medium=email&fbclid=1", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		path, wantCanonical string
	}{
		{"/relative-canonical", srv.URL + "/2026/02/rail-link"},
		{"/other-host-canonical", "https://www.gazette.example/rail"},
		{"/bad-canonical", srv.URL + "/bad-canonical"},
		{"/moved", srv.URL + "/no-canonical"},
	}
	f := New(Options{AllowPrivateNetworks: true})
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := f.FetchPage(context.Background(), srv.URL+tt.path)
			if err != nil {
				t.Fatalf("FetchPage: %v", err)
			}
			if p.CanonicalURL != tt.wantCanonical {
				t.Errorf("CanonicalURL = %q, want %q", p.CanonicalURL, tt.wantCanonical)
			}
			for _, para := range articleParagraphs {
				if !strings.Contains(p.Text, para) {
					t.Errorf("Text lacks paragraph %q; got:\n%s", para, p.Text)
				}
			}
			for _, noise := range []string{"Politics", "Economy", "Contact", "signing ceremony"} {
				if strings.Contains(p.Text, noise) {
					t.Errorf("Text has page furniture %q; got:\n%s", noise, p.Text)
				}
			}
			if !strings.Contains(p.Text, articleParagraphs[0]+"\n\n"+articleParagraphs[1]) {
				t.Errorf("paragraphs are not separated by a blank line; got:\n%s", p.Text)
			}
			if !strings.Contains(p.Title, "Rail link agreed") {
				t.Errorf("Title = %q, want it to contain %q", p.Title, "Rail link agreed")
			}
			want := time.Date(2026, 2, 9, 8, 45, 0, 0, time.FixedZone("", 7*3600))
			if !p.Published.Equal(want) {
				t.Errorf("Published = %v, want %v", p.Published, want)
			}
		})
	}
}

func TestFetchPageErrors(t *testing.T) {
	short := `<html><head><title>Gallery</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Photos of the visit.</p></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, short)
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.(http.Flusher).Flush() // no Content-Length
		fmt.Fprint(w, articlePage(strings.Repeat("<!-- padding -->", 200)))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		path     string
		opts     Options
		wantIs   error
		wantCode int
	}{
		{path: "/short", wantIs: ErrNoText},
		{path: "/pdf"},
		{path: "/big", opts: Options{MaxPageBytes: 2000}, wantIs: ErrTooLarge},
		{path: "/gone", wantCode: http.StatusGone},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			tt.opts.AllowPrivateNetworks = true
			p, err := New(tt.opts).FetchPage(context.Background(), srv.URL+tt.path)
			if err == nil {
				t.Fatalf("FetchPage(%s) = %+v, nil error; want an error", tt.path, p)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error = %v, want %v", err, tt.wantIs)
			}
			var se *StatusError
			if tt.wantCode != 0 && (!errors.As(err, &se) || se.Code != tt.wantCode) {
				t.Errorf("error = %v, want status %d", err, tt.wantCode)
			}
		})
	}
}

func TestFetchPageCharset(t *testing.T) {
	// windows-1252 bytes for “ and ” are 0x93 and 0x94; é is 0xE9.
	para := "The minist\xe8re said the talks were \x93frank and useful\x94. "
	body := `<html><head><meta charset="windows-1252"><title>Talks</title></head><body><article><p>` +
		strings.Repeat(para, 12) + `</p></article></body></html>`
	tests := []struct{ name, contentType string }{
		{"meta", "text/html"},
		{"header", "text/html; charset=windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				fmt.Fprint(w, body)
			}))
			defer srv.Close()
			p, err := New(Options{AllowPrivateNetworks: true}).FetchPage(context.Background(), srv.URL)
			if err != nil {
				t.Fatalf("FetchPage: %v", err)
			}
			if want := "The ministère said the talks were “frank and useful”."; !strings.Contains(p.Text, want) {
				t.Errorf("Text = %q, want it to contain %q", p.Text, want)
			}
		})
	}
}

// sharedArticles returns the directory of sample articles shared by the
// project's engineers, or skips the test when it is absent.
func sharedArticles(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "articles") // ../shared/articles from the repository root
	if _, err := os.Stat(filepath.Join(dir, "index.json")); err != nil {
		t.Skipf("shared sample articles not found at %s (they live beside the repository): %v", dir, err)
	}
	return dir
}

func TestFetchSharedArticles(t *testing.T) {
	// Each sample article is served as a page with navigation and as an RSS
	// item with content:encoded; both must give back its paragraphs.
	dir := sharedArticles(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no sample articles in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var paras []string
			for _, p := range strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n") {
				if p = oneLine(p); p != "" {
					paras = append(paras, p)
				}
			}
			var htmlBody strings.Builder
			for _, p := range paras {
				htmlBody.WriteString("<p>" + escapeHTML(p) + "</p>\n")
			}
			page := `<html><head><title>Sample</title></head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article>` +
				htmlBody.String() + `</article><footer>Footer text</footer></body></html>`
			feed := `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>s</title>` +
				`<item><title>Sample</title><link>/page</link><content:encoded><![CDATA[` + htmlBody.String() + `]]></content:encoded></item></channel></rss>`
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/feed" {
					fmt.Fprint(w, feed)
					return
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(w, page)
			}))
			defer srv.Close()
			f := New(Options{AllowPrivateNetworks: true})
			want := strings.Join(paras, "\n\n")

			res, err := f.FetchFeed(context.Background(), srv.URL+"/feed", State{})
			if err != nil || len(res.Items) != 1 {
				t.Fatalf("FetchFeed: %d items, %v", len(res.Items), err)
			}
			if it := res.Items[0]; it.Text != want || !it.FullText {
				t.Errorf("feed item FullText=%v, Text mismatch: %v\ngot:\n%s", it.FullText, it.Text != want, it.Text)
			}
			p, err := f.FetchPage(context.Background(), res.Items[0].URL)
			if err != nil {
				t.Fatalf("FetchPage: %v", err)
			}
			if p.Text != want {
				t.Errorf("page text differs from the article;\ngot:\n%s\nwant:\n%s", p.Text, want)
			}
		})
	}
}

func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
