package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxFeedBytes = 10 << 20
	DefaultMaxPageBytes = 5 << 20
	DefaultUserAgent    = "relbot (+https://github.com/relbot/relbot)"

	// maxRedirects is how many redirects one request may follow.
	maxRedirects = 5
)

var (
	// ErrNotAllowed is wrapped by FetchPage's errors when a URL or an
	// address is refused by the safety rules: a scheme other than http(s), or
	// a connection to a non-public address without AllowPrivateNetworks.
	ErrNotAllowed = errors.New("feed: address not allowed")
	// ErrTooLarge is wrapped when a body passes its size cap.
	ErrTooLarge = errors.New("feed: body too large")
	// ErrNoText is returned by FetchPage when the page's main text is too
	// short to be an article.
	ErrNoText = errors.New("feed: page has no article text")
	// ErrNotFeed is wrapped when a body is not RSS, Atom or JSON Feed.
	ErrNotFeed = errors.New("feed: not an RSS, Atom or JSON feed")
)

// StatusError reports an HTTP answer other than 2xx (or 304 to a
// conditional GET).
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("unexpected status %d %s", e.Code, http.StatusText(e.Code))
}

// Retryable reports whether the same request may succeed later: rate
// limiting and server-side failures are; client errors such as 404 are not.
func (e *StatusError) Retryable() bool {
	return e.Code == http.StatusTooManyRequests || e.Code == http.StatusRequestTimeout || e.Code >= 500
}

// Options configures a Fetcher. Zero fields take the defaults above.
type Options struct {
	Timeout              time.Duration // per request; 0 → 20s
	MaxFeedBytes         int64         // 0 → 10 MiB; a larger body is an error, never silently truncated
	MaxPageBytes         int64         // 0 → 5 MiB
	UserAgent            string        // "" → DefaultUserAgent
	AllowPrivateNetworks bool          // let FetchPage reach loopback, private and link-local addresses
}

// Fetcher fetches feeds and pages. It is safe for concurrent use.
type Fetcher struct {
	opts  Options
	feeds *http.Client // configured sources: trusted, no address guard
	pages *http.Client // links found in feeds: guarded unless AllowPrivateNetworks

	// allowed decides whether FetchPage may connect to an address; tests
	// replace it to prove the check runs on every connection.
	allowed func(netip.AddrPort) bool
}

// New returns a Fetcher with opts, zero fields replaced by their defaults.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxFeedBytes <= 0 {
		opts.MaxFeedBytes = DefaultMaxFeedBytes
	}
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = DefaultMaxPageBytes
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opts: opts, allowed: func(ap netip.AddrPort) bool { return publicIP(ap.Addr()) }}
	f.feeds = newClient(opts.Timeout, http.ProxyFromEnvironment, nil)
	if opts.AllowPrivateNetworks {
		f.pages = newClient(opts.Timeout, http.ProxyFromEnvironment, nil)
	} else {
		// No proxy: the guard must see the target's address, not a proxy's.
		f.pages = newClient(opts.Timeout, nil, f.guard)
	}
	return f
}

func newClient(timeout time.Duration, proxy func(*http.Request) (*url.URL, error), guard func(network, address string) error) *http.Client {
	dialer := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if guard != nil {
		dialer.Control = func(network, address string, _ syscall.RawConn) error { return guard(network, address) }
	}
	tr := &http.Transport{
		Proxy:                 proxy,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          50,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %q: %w", req.URL.Scheme, ErrNotAllowed)
			}
			return nil
		},
	}
}

// State is what a conditional GET needs from the previous fetch of a
// source; the caller keeps one per source.
type State struct {
	ETag, LastModified string
}

// Result is the outcome of FetchFeed. When NotModified is true, Items is
// empty and State is the previous state.
type Result struct {
	Title       string // the feed's own title; "" when it has none or NotModified
	Items       []Item
	State       State
	NotModified bool
}

// FetchFeed fetches and parses the feed at rawURL: http(s) with a
// conditional GET from prev, or file:///absolute/path. A 304 (or an
// unchanged file) gives NotModified with prev kept. Errors name the URL; a
// non-2xx answer is a *StatusError, a body past MaxFeedBytes wraps
// ErrTooLarge, and any other scheme is refused.
func (f *Fetcher) FetchFeed(ctx context.Context, rawURL string, prev State) (Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return Result{}, fmt.Errorf("fetch feed %q: %w", rawURL, err)
	}
	var res Result
	switch u.Scheme {
	case "http", "https":
		res, err = f.fetchHTTPFeed(ctx, f.feeds, u, prev)
	case "file":
		res, err = f.fetchFileFeed(ctx, u, prev)
	default:
		err = fmt.Errorf("unsupported scheme %q: want http, https or file:///absolute/path", u.Scheme)
	}
	if err != nil {
		return Result{}, fmt.Errorf("fetch feed %q: %w", rawURL, err)
	}
	return res, nil
}

// FetchUntrustedFeed is FetchFeed for a feed URL that did not come from the
// configuration (a user gave it in Slack): only http(s), and the address
// guard of FetchPage applies to every connection unless
// AllowPrivateNetworks. A refused URL or address wraps ErrNotAllowed.
func (f *Fetcher) FetchUntrustedFeed(ctx context.Context, rawURL string, prev State) (Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Result{}, fmt.Errorf("fetch feed %q: want an http(s) URL: %w", rawURL, ErrNotAllowed)
	}
	res, err := f.fetchHTTPFeed(ctx, f.pages, u, prev)
	if err != nil {
		return Result{}, fmt.Errorf("fetch feed %q: %w", rawURL, err)
	}
	return res, nil
}

func (f *Fetcher) fetchHTTPFeed(ctx context.Context, client *http.Client, u *url.URL, prev State) (Result, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Result{}, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		return Result{}, err
	}
	defer drainClose(resp.Body)
	if resp.StatusCode == http.StatusNotModified {
		return Result{State: prev, NotModified: true}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Result{}, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	body, err := readCapped(resp.Body, resp.ContentLength, f.opts.MaxFeedBytes)
	if err != nil {
		return Result{}, err
	}
	items, title, err := parseFeed(body, resp.Request.URL)
	if err != nil {
		return Result{}, err
	}
	return Result{
		Title: title,
		Items: items,
		State: State{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}, nil
}

func (f *Fetcher) fetchFileFeed(ctx context.Context, u *url.URL, prev State) (Result, error) {
	if (u.Host != "" && u.Host != "localhost") || u.Opaque != "" || !filepath.IsAbs(u.Path) {
		return Result{}, errors.New("want file:///absolute/path")
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	file, err := os.Open(u.Path)
	if err != nil {
		return Result{}, err
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return Result{}, err
	}
	if !info.Mode().IsRegular() {
		return Result{}, errors.New("not a regular file")
	}
	// Last-Modified has one-second resolution, so the ETag adds the exact
	// modification time and size: a file rewritten within the same second is
	// still seen as changed.
	state := State{
		ETag:         fmt.Sprintf(`"%x-%x"`, info.ModTime().UnixNano(), info.Size()),
		LastModified: info.ModTime().UTC().Format(http.TimeFormat),
	}
	if prev == state {
		return Result{State: prev, NotModified: true}, nil
	}
	body, err := readCapped(file, info.Size(), f.opts.MaxFeedBytes)
	if err != nil {
		return Result{}, err
	}
	items, title, err := parseFeed(body, nil)
	if err != nil {
		return Result{}, err
	}
	return Result{Title: title, Items: items, State: state}, nil
}

// readCapped reads all of r, failing with ErrTooLarge rather than
// truncating when it holds more than limit bytes. size is the length
// announced beforehand, -1 when unknown.
func readCapped(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, size, limit)
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return body, nil
}

// drainClose reads a little of what is left so the connection can be
// reused, then closes the body.
func drainClose(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 4<<10))
	_ = body.Close()
}
