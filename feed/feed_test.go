package feed

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serveFile serves a testdata file with the given content type.
func serveFile(t *testing.T, name, contentType string) http.HandlerFunc {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		_, _ = w.Write(body)
	}
}

func TestFetchFeedFormats(t *testing.T) {
	tests := []struct {
		file, contentType string
		wantItems         int
		wantFull          int
	}{
		{"rss.xml", "application/rss+xml", 5, 1},
		{"atom.xml", "application/atom+xml; charset=utf-8", 3, 1},
		{"feed.json", "application/feed+json", 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var gotUA string
			h := serveFile(t, tt.file, tt.contentType)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				gotUA = r.Header.Get("User-Agent")
				h(w, r)
			}))
			defer srv.Close()
			res, err := New(Options{}).FetchFeed(context.Background(), srv.URL+"/feed", State{})
			if err != nil {
				t.Fatalf("FetchFeed: %v", err)
			}
			if len(res.Items) != tt.wantItems {
				t.Errorf("got %d items, want %d", len(res.Items), tt.wantItems)
			}
			full := 0
			for _, it := range res.Items {
				if it.FullText {
					full++
				}
			}
			if full != tt.wantFull {
				t.Errorf("got %d full-text items, want %d", full, tt.wantFull)
			}
			if gotUA != DefaultUserAgent {
				t.Errorf("User-Agent = %q, want %q", gotUA, DefaultUserAgent)
			}
			if res.NotModified {
				t.Errorf("NotModified = true on a first fetch")
			}
		})
	}
}

func TestFetchFeedResolvesRelativeLinksAgainstFetchURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title><item><title>a</title><link>story/1/</link></item></channel></rss>`)
	}))
	defer srv.Close()
	res, err := New(Options{}).FetchFeed(context.Background(), srv.URL+"/news/feed.xml", State{})
	if err != nil {
		t.Fatal(err)
	}
	want := srv.URL + "/news/story/1"
	if len(res.Items) != 1 || res.Items[0].URL != want {
		t.Fatalf("items = %+v, want one with URL %q", res.Items, want)
	}
}

func TestFetchFeedConditionalGET(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Fri, 06 Feb 2026 11:30:00 GMT"
	tests := []struct {
		name      string
		headers   map[string]string // validators the server sends
		wantState State
	}{
		{"etag", map[string]string{"ETag": etag}, State{ETag: etag}},
		{"last-modified", map[string]string{"Last-Modified": lastMod}, State{LastModified: lastMod}},
		{"both", map[string]string{"ETag": etag, "Last-Modified": lastMod}, State{ETag: etag, LastModified: lastMod}},
	}
	body, err := os.ReadFile("testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var requests, full int
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests++
				inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
				if (inm != "" && inm == tt.headers["ETag"]) || (inm == "" && ims != "" && ims == tt.headers["Last-Modified"]) {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				full++
				for k, v := range tt.headers {
					w.Header().Set(k, v)
				}
				_, _ = w.Write(body)
			}))
			defer srv.Close()
			f := New(Options{})
			first, err := f.FetchFeed(context.Background(), srv.URL, State{})
			if err != nil {
				t.Fatalf("first fetch: %v", err)
			}
			if first.State != tt.wantState {
				t.Errorf("first state = %+v, want %+v", first.State, tt.wantState)
			}
			if first.NotModified || len(first.Items) == 0 {
				t.Errorf("first fetch: NotModified=%v items=%d, want false and some items", first.NotModified, len(first.Items))
			}
			second, err := f.FetchFeed(context.Background(), srv.URL, first.State)
			if err != nil {
				t.Fatalf("second fetch: %v", err)
			}
			if !second.NotModified || len(second.Items) != 0 {
				t.Errorf("second fetch: NotModified=%v items=%d, want true and none", second.NotModified, len(second.Items))
			}
			if second.State != first.State {
				t.Errorf("second state = %+v, want the previous %+v", second.State, first.State)
			}
			if requests != 2 || full != 1 {
				t.Errorf("server saw %d requests, %d full answers; want 2 and 1", requests, full)
			}
		})
	}
}

func TestFetchFeedStatus(t *testing.T) {
	tests := []struct {
		code      int
		retryable bool
	}{
		{http.StatusNotFound, false},
		{http.StatusForbidden, false},
		{http.StatusTooManyRequests, true},
		{http.StatusInternalServerError, true},
		{http.StatusServiceUnavailable, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.code), func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "no", tt.code)
			}))
			defer srv.Close()
			_, err := New(Options{}).FetchFeed(context.Background(), srv.URL, State{})
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("error = %v, want a *StatusError", err)
			}
			if se.Code != tt.code || se.Retryable() != tt.retryable {
				t.Errorf("got code %d retryable %v, want %d %v", se.Code, se.Retryable(), tt.code, tt.retryable)
			}
			if !strings.Contains(err.Error(), fmt.Sprint(tt.code)) || !strings.Contains(err.Error(), srv.URL) {
				t.Errorf("error %q does not name the status and the URL", err)
			}
		})
	}
}

func TestFetchFeedNotAFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body>maintenance</body></html>")
	}))
	defer srv.Close()
	if _, err := New(Options{}).FetchFeed(context.Background(), srv.URL, State{}); err == nil {
		t.Fatal("FetchFeed of an HTML page: nil error, want a parse error")
	}
}

func TestFetchFeedSizeCap(t *testing.T) {
	body, err := os.ReadFile("testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(len(body))
	tests := []struct {
		name    string
		size    int64 // bytes served
		chunked bool  // no Content-Length: the cap must hold while reading
		wantErr bool
	}{
		{"at cap", limit, false, false},
		{"at cap chunked", limit, true, false},
		{"over cap", limit + 1, false, true},
		{"over cap chunked", limit + 1, true, true},
		{"far over cap chunked", 50 * limit, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				// Pad after the document: a parser that stopped at the
				// cap would still see a whole feed.
				out := append([]byte(nil), body...)
				for int64(len(out)) < tt.size {
					out = append(out, ' ')
				}
				if tt.chunked {
					w.(http.Flusher).Flush()
				} else {
					w.Header().Set("Content-Length", fmt.Sprint(len(out)))
				}
				_, _ = w.Write(out)
			}))
			defer srv.Close()
			res, err := New(Options{MaxFeedBytes: limit}).FetchFeed(context.Background(), srv.URL, State{})
			if tt.wantErr {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("error = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil || len(res.Items) == 0 {
				t.Fatalf("got %d items, error %v; want items and no error", len(res.Items), err)
			}
		})
	}
}

// hangingServer answers no request: each handler blocks until its request's
// context ends, that is until the client gives up. started receives one
// value per request that reached the handler.
func hangingServer(t *testing.T) (srv *httptest.Server, started chan struct{}) {
	started = make(chan struct{}, 10)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv, started
}

func TestFetchFeedHangingServer(t *testing.T) {
	t.Run("context cancelled", func(t *testing.T) {
		srv, started := hangingServer(t)
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			<-started
			cancel()
		}()
		_, err := New(Options{}).FetchFeed(ctx, srv.URL, State{})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error = %v, want context.Canceled", err)
		}
	})
	t.Run("context deadline", func(t *testing.T) {
		srv, _ := hangingServer(t)
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := New(Options{}).FetchFeed(ctx, srv.URL, State{})
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("error = %v, want context.DeadlineExceeded", err)
		}
	})
	t.Run("options timeout", func(t *testing.T) {
		srv, _ := hangingServer(t)
		_, err := New(Options{Timeout: 50 * time.Millisecond}).FetchFeed(context.Background(), srv.URL, State{})
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			t.Fatalf("error = %v, want a timeout", err)
		}
	})
}

func TestFetchFeedRedirects(t *testing.T) {
	body, err := os.ReadFile("testdata/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	// /hop/N redirects to /hop/N-1; /hop/0 serves the feed; /loop redirects
	// to itself.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		switch {
		case r.URL.Path == "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case r.URL.Path == "/hop/0":
			_, _ = w.Write(body)
		default:
			if _, err := fmt.Sscanf(r.URL.Path, "/hop/%d", &n); err != nil {
				http.NotFound(w, r)
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
		}
	}))
	defer srv.Close()
	tests := []struct {
		path    string
		wantErr bool
	}{
		{"/hop/1", false},
		{"/hop/5", false},
		{"/hop/6", true},
		{"/loop", true},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, err := New(Options{}).FetchFeed(context.Background(), srv.URL+tt.path, State{})
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "redirects") {
					t.Fatalf("error = %v, want one about redirects", err)
				}
				return
			}
			if err != nil || len(res.Items) != 3 {
				t.Fatalf("got %d items, error %v; want 3 items", len(res.Items), err)
			}
		})
	}
}

func TestFetchFeedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	body, err := os.ReadFile("testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	mtime := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	f := New(Options{})
	ctx := context.Background()
	u := "file://" + filepath.ToSlash(path)

	first, err := f.FetchFeed(ctx, u, State{})
	if err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if len(first.Items) != 5 || first.NotModified {
		t.Fatalf("first fetch: %d items NotModified=%v, want 5 and false", len(first.Items), first.NotModified)
	}
	if want := "Mon, 30 Nov 2026 08:00:00 GMT"; first.State.LastModified != want {
		t.Errorf("LastModified = %q, want %q", first.State.LastModified, want)
	}

	second, err := f.FetchFeed(ctx, u, first.State)
	if err != nil || !second.NotModified || second.State != first.State {
		t.Fatalf("unchanged file: %+v, %v; want NotModified with the same state", second, err)
	}

	// Rewritten within the same second: Last-Modified cannot tell, the
	// state still must.
	later := mtime.Add(300 * time.Millisecond)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	third, err := f.FetchFeed(ctx, u, first.State)
	if err != nil || third.NotModified || len(third.Items) != 5 {
		t.Fatalf("changed file: NotModified=%v items=%d err=%v; want a full result", third.NotModified, len(third.Items), err)
	}

	t.Run("size cap", func(t *testing.T) {
		_, err := New(Options{MaxFeedBytes: 100}).FetchFeed(ctx, u, State{})
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("error = %v, want ErrTooLarge", err)
		}
	})
	t.Run("localhost host", func(t *testing.T) {
		if _, err := f.FetchFeed(ctx, "file://localhost"+filepath.ToSlash(path), State{}); err != nil {
			t.Fatalf("file://localhost/...: %v", err)
		}
	})

	bad := []struct{ name, url string }{
		{"relative path", "file://feed.xml"},
		{"other host", "file://example.com" + filepath.ToSlash(path)},
		{"opaque", "file:feed.xml"},
		{"missing file", "file://" + filepath.ToSlash(filepath.Join(dir, "nope.xml"))},
		{"directory", "file://" + filepath.ToSlash(dir)},
		{"ftp scheme", "ftp://example.com/feed.xml"},
		{"no scheme", "example.com/feed.xml"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := f.FetchFeed(ctx, tt.url, State{}); err == nil {
				t.Fatalf("FetchFeed(%q): nil error, want one", tt.url)
			}
		})
	}
}
