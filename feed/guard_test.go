package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

func TestPublicIP(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true},
		{"8.8.8.8", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"127.255.0.9", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"ff02::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"100.64.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"::127.0.0.1", false},
		{"2002:7f00:1::", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := publicIP(netip.MustParseAddr(tt.ip)); got != tt.want {
				t.Errorf("publicIP(%s) = %v, want %v", tt.ip, got, tt.want)
			}
		})
	}
}

// countingServer serves a long article page and counts its requests.
func countingServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(articlePage(`<link rel="canonical" href="/a">`)))
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestFetchPageGuard(t *testing.T) {
	srv, hits := countingServer(t)
	u, _ := url.Parse(srv.URL)
	ctx := context.Background()

	refused := []struct{ name, url string }{
		{"loopback literal", srv.URL + "/a"},
		{"loopback by name", "http://localhost:" + u.Port() + "/a"},
		{"unspecified", "http://0.0.0.0:" + u.Port() + "/a"},
		{"ipv4-mapped loopback", "http://[::ffff:127.0.0.1]:" + u.Port() + "/a"},
		{"file scheme", "file:///etc/passwd"},
		{"ftp scheme", "ftp://example.com/a"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{}).FetchPage(ctx, tt.url)
			if !errors.Is(err, ErrNotAllowed) {
				t.Fatalf("FetchPage(%q) error = %v, want ErrNotAllowed", tt.url, err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("server saw %d requests while the guard was on, want 0", n)
	}

	t.Run("allowed with AllowPrivateNetworks", func(t *testing.T) {
		p, err := New(Options{AllowPrivateNetworks: true}).FetchPage(ctx, srv.URL+"/a")
		if err != nil {
			t.Fatalf("FetchPage: %v", err)
		}
		if !strings.Contains(p.Text, "rail link") {
			t.Errorf("Text = %q, want the article", p.Text)
		}
	})
}

func TestFetchPageGuardOnRedirect(t *testing.T) {
	// The guard lets through only the first server's port: the redirect to
	// the second must be refused when its connection is dialled.
	target, hits := countingServer(t)
	first := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/a", http.StatusFound)
	}))
	defer first.Close()
	allowedPort := netip.MustParseAddrPort(strings.TrimPrefix(first.URL, "http://")).Port()

	f := New(Options{})
	f.allowed = func(ap netip.AddrPort) bool { return ap.Port() == allowedPort }
	_, err := f.FetchPage(context.Background(), first.URL+"/start")
	if !errors.Is(err, ErrNotAllowed) {
		t.Fatalf("error = %v, want ErrNotAllowed", err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("redirect target saw %d requests, want 0", n)
	}

	// The same fetch with the target allowed too succeeds, so the refusal
	// above came from the guard and not from the redirect itself.
	f.allowed = func(netip.AddrPort) bool { return true }
	if _, err := f.FetchPage(context.Background(), first.URL+"/start"); err != nil {
		t.Fatalf("with both allowed: %v", err)
	}
}

func TestFetchFeedIsNotGuarded(t *testing.T) {
	// Configured sources are trusted: a feed on 127.0.0.1 is fetched with
	// the default options.
	srv := httptest.NewServer(serveFile(t, "atom.xml", "application/atom+xml"))
	defer srv.Close()
	res, err := New(Options{}).FetchFeed(context.Background(), srv.URL, State{})
	if err != nil || len(res.Items) == 0 {
		t.Fatalf("got %d items, error %v; want items", len(res.Items), err)
	}
}
