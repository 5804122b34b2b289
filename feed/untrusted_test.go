package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

const untrustedRSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>  Mekong
 Wire </title><item><title>Talks held</title><link>https://wire.example/1</link><guid>1</guid></item></channel></rss>`

func TestFetchUntrustedFeed(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(untrustedRSS))
	}))
	defer srv.Close()
	ctx := context.Background()

	guarded := New(Options{})
	for _, u := range []string{srv.URL + "/rss", "file:///etc/passwd", "ftp://wire.example/rss"} {
		if _, err := guarded.FetchUntrustedFeed(ctx, u, State{}); !errors.Is(err, ErrNotAllowed) {
			t.Errorf("FetchUntrustedFeed(%s) = %v, want ErrNotAllowed", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the server on 127.0.0.1 got %d requests through the guard", n)
	}
	// The same URL from the configuration is trusted as written.
	if _, err := guarded.FetchFeed(ctx, srv.URL+"/rss", State{}); err != nil {
		t.Fatalf("FetchFeed: %v", err)
	}

	open := New(Options{AllowPrivateNetworks: true})
	res, err := open.FetchUntrustedFeed(ctx, srv.URL+"/rss", State{})
	if err != nil || res.Title != "Mekong Wire" || len(res.Items) != 1 {
		t.Fatalf("FetchUntrustedFeed with private networks allowed = %+v, %v", res, err)
	}
}

func TestNotAFeed(t *testing.T) {
	if _, err := ParseFeed([]byte("<html><body>hello</body></html>")); !errors.Is(err, ErrNotFeed) {
		t.Fatalf("ParseFeed(html) = %v, want ErrNotFeed", err)
	}
}

// TestFetchUntrustedFeedAddresses: every kind of non-public address is
// refused before any request.
func TestFetchUntrustedFeedAddresses(t *testing.T) {
	f := New(Options{})
	for _, u := range []string{
		"http://127.0.0.1:9/feed",
		"http://[::1]:9/feed",
		"http://10.1.2.3:9/feed",
		"http://169.254.169.254/latest/meta-data",
		"http://[::ffff:192.168.0.1]:9/feed",
		"file:///etc/passwd",
	} {
		t.Run(u, func(t *testing.T) {
			if _, err := f.FetchUntrustedFeed(context.Background(), u, State{}); !errors.Is(err, ErrNotAllowed) {
				t.Errorf("FetchUntrustedFeed(%s) = %v, want ErrNotAllowed", u, err)
			}
		})
	}
}
