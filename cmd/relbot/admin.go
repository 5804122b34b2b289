package main

// Sources and digest schedules managed from Slack: the backend methods
// behind `source add|remove`, `sources` and `digest schedule`, the guarded
// fetch of feeds whose URL came from Slack, and the digest jobs that follow
// the schedules stored per channel.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/robfig/cron/v3"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/collect"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/feed"
	"github.com/relbot/relbot/scheduler"
	"github.com/relbot/relbot/store"
)

// slackDigestMaxItems is the size of the digest a channel gets when its
// schedule is set from Slack and the configuration has no digest for it.
const slackDigestMaxItems = 10

// maxSourceNameLen bounds a source's name taken from a feed's title.
const maxSourceNameLen = 80

// userError is an error whose text is shown to the Slack user.
func userError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{relbot.ErrBadQuery}, args...)...)
}

// ---- fetching feeds whose URL came from Slack ----

var (
	errNotFeed = errors.New("not an RSS, Atom or JSON feed")
	errNoItems = errors.New("the feed has no items")
)

// guardedFeeds fetches the feeds added from Slack. Unlike the configured
// sources, their URLs are not trusted: only http(s), and unless
// fetch.allow_private_networks is set, no connection to a loopback,
// private, link-local or otherwise non-public address, checked after DNS on
// every connection, redirects included.
type guardedFeeds struct {
	client    *http.Client
	maxBytes  int64
	userAgent string
	timeout   time.Duration
}

func newGuardedFeeds(f config.Fetch) *guardedFeeds {
	timeout := time.Duration(f.Timeout)
	if timeout <= 0 {
		timeout = feed.DefaultTimeout
	}
	g := &guardedFeeds{maxBytes: f.MaxFeedBytes, userAgent: f.UserAgent, timeout: timeout}
	if g.maxBytes <= 0 {
		g.maxBytes = feed.DefaultMaxFeedBytes
	}
	if g.userAgent == "" {
		g.userAgent = feed.DefaultUserAgent
	}
	dialer := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
	}
	if f.AllowPrivateNetworks {
		tr.Proxy = http.ProxyFromEnvironment
	} else {
		// No proxy: the guard must see the target's address, not a proxy's.
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || !publicAddr(ap.Addr()) {
				return fmt.Errorf("dial %s %s: %w", network, address, feed.ErrNotAllowed)
			}
			return nil
		}
	}
	g.client = &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("stopped after 5 redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %q: %w", req.URL.Scheme, feed.ErrNotAllowed)
			}
			return nil
		},
	}
	return g
}

// nonPublic lists the ranges netip's classification methods do not cover
// but that no public news site uses. It repeats feed's page guard, which is
// not exported.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("100::/64"),
	netip.MustParsePrefix("fec0::/10"),
	netip.MustParsePrefix("2002:7f00::/24"),
	netip.MustParsePrefix("2002:0a00::/24"),
	netip.MustParsePrefix("2002:a9fe::/32"),
	netip.MustParsePrefix("2002:ac10::/28"),
	netip.MustParsePrefix("2002:c0a8::/32"),
	netip.MustParsePrefix("::/96"),
}

// publicAddr reports whether a feed added from Slack may be fetched from ip.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// fetch gets and parses the feed at rawURL with a conditional GET from
// prev, and returns its title too. Errors wrap feed.ErrNotAllowed,
// feed.ErrTooLarge, *feed.StatusError, errNotFeed or the transport's.
func (g *guardedFeeds) fetch(ctx context.Context, rawURL string, prev feed.State) (feed.Result, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return feed.Result{}, "", fmt.Errorf("%q: %w", rawURL, feed.ErrNotAllowed)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return feed.Result{}, "", err
	}
	req.Header.Set("User-Agent", g.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := g.client.Do(req)
	if err != nil {
		return feed.Result{}, "", err
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		resp.Body.Close()
	}()
	if resp.StatusCode == http.StatusNotModified {
		return feed.Result{State: prev, NotModified: true}, "", nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return feed.Result{}, "", &feed.StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	if resp.ContentLength > g.maxBytes {
		return feed.Result{}, "", fmt.Errorf("%w: %d bytes announced", feed.ErrTooLarge, resp.ContentLength)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, g.maxBytes+1))
	if err != nil {
		return feed.Result{}, "", fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > g.maxBytes {
		return feed.Result{}, "", fmt.Errorf("%w: more than %d bytes", feed.ErrTooLarge, g.maxBytes)
	}
	items, err := feed.ParseFeed(body)
	if err != nil {
		return feed.Result{}, "", fmt.Errorf("%w: %v", errNotFeed, err)
	}
	state := feed.State{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	return feed.Result{Items: items, State: state}, feedTitle(body), nil
}

// feedTitle is the feed's own title, "" when it has none.
func feedTitle(body []byte) (title string) {
	defer func() {
		if recover() != nil {
			title = "" // the items parsed; a parser bug on the title costs only the name
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil || f == nil {
		return ""
	}
	return strings.Join(strings.Fields(f.Title), " ")
}

// slackFeeds routes the feeds added from Slack through the guard; the
// configured ones go to the app's fetcher as before.
type slackFeeds struct {
	collect.Fetcher
	guarded *guardedFeeds

	mu   sync.RWMutex
	urls map[string]bool
}

func (s *slackFeeds) setURLs(urls []string) {
	m := make(map[string]bool, len(urls))
	for _, u := range urls {
		m[u] = true
	}
	s.mu.Lock()
	s.urls = m
	s.mu.Unlock()
}

func (s *slackFeeds) FetchFeed(ctx context.Context, rawURL string, prev feed.State) (feed.Result, error) {
	s.mu.RLock()
	fromSlack := s.urls[rawURL]
	s.mu.RUnlock()
	if !fromSlack {
		return s.Fetcher.FetchFeed(ctx, rawURL, prev)
	}
	res, _, err := s.guarded.fetch(ctx, rawURL, prev)
	if err != nil {
		return feed.Result{}, fmt.Errorf("fetch feed %q: %w", rawURL, err)
	}
	return res, nil
}

// installSlackFeeds wraps the collector's fetcher; openApp calls it.
func (a *app) installSlackFeeds() {
	a.slackFeeds = &slackFeeds{Fetcher: a.collector.Fetcher, guarded: newGuardedFeeds(a.cfg.Fetch)}
	a.collector.Fetcher = a.slackFeeds
}

// allSources is what a collect run reads: the configured sources, then
// those added from Slack. When the database cannot be read, the configured
// sources are still returned, with the error.
func (a *app) allSources(ctx context.Context) ([]collect.Source, error) {
	out := make([]collect.Source, 0, len(a.cfg.Sources))
	for _, s := range a.cfg.Sources {
		out = append(out, collect.Source{Name: s.Name, URL: s.URL, FullText: s.FullText})
	}
	added, err := a.store.SlackSources(ctx)
	if err != nil {
		return out, err
	}
	var urls []string
	for _, s := range added {
		if a.configuredSource(s.Name, s.URL) != "" {
			continue // configured since: the file wins
		}
		// The feed's text is used as given: the guard forbids following its
		// links into a private network anyway, and full_text is a choice
		// made in the configuration file.
		out = append(out, collect.Source{Name: s.Name, URL: s.URL})
		urls = append(urls, s.URL)
	}
	if a.slackFeeds != nil {
		a.slackFeeds.setURLs(urls)
	}
	return out, nil
}

// sameURL compares feed URLs the way a duplicate would differ: scheme and
// host case, default ports, trailing slashes, tracking parameters.
func sameURL(a, b string) bool {
	ca, errA := feed.Canonicalize(a)
	cb, errB := feed.Canonicalize(b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ca == cb
}

// configuredSource returns the name of the configured source with that
// name (case and diacritics aside) or URL, "" when none.
func (a *app) configuredSource(name, rawURL string) string {
	for _, s := range a.cfg.Sources {
		if (name != "" && relbot.Fold(s.Name) == relbot.Fold(name)) || (rawURL != "" && sameURL(s.URL, rawURL)) {
			return s.Name
		}
	}
	return ""
}

// ---- the backend methods ----

// IsAdmin reports whether the user is listed in slack.admins.
func (b backend) IsAdmin(userID string) bool {
	return userID != "" && slices.Contains(b.a.cfg.Slack.Admins, userID)
}

// SourceList returns the configured sources, then those added from Slack.
func (b backend) SourceList(ctx context.Context) ([]bot.SourceInfo, error) {
	var out []bot.SourceInfo
	for _, s := range b.a.cfg.Sources {
		out = append(out, bot.SourceInfo{Name: s.Name, URL: s.URL})
	}
	added, err := b.a.store.SlackSources(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range added {
		if b.a.configuredSource(s.Name, s.URL) != "" {
			continue
		}
		out = append(out, bot.SourceInfo{Name: s.Name, URL: s.URL, FromSlack: true, AddedBy: s.AddedBy, Added: s.Added})
	}
	return out, nil
}

// AddSource fetches the feed once under the address guard and stores it
// when it parses with at least one item. Every refusal is a sentence for
// the admin.
func (b backend) AddSource(ctx context.Context, userID, rawURL, name string) (bot.SourceInfo, error) {
	a := b.a
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.User != nil {
		return bot.SourceInfo{}, userError("only http:// and https:// feed URLs can be added from Slack")
	}
	name = strings.Join(strings.Fields(name), " ")
	if other := a.configuredSource("", rawURL); other != "" {
		return bot.SourceInfo{}, userError("that feed is already read as %s, from the configuration file", other)
	}
	added, err := a.store.SlackSources(ctx)
	if err != nil {
		return bot.SourceInfo{}, err
	}
	for _, s := range added {
		if sameURL(s.URL, rawURL) {
			return bot.SourceInfo{}, userError("that feed is already read as %s, added from Slack", s.Name)
		}
	}
	taken := func(n string) string {
		if other := a.configuredSource(n, ""); other != "" {
			return "a configured source is already called " + other
		}
		for _, s := range added {
			if relbot.Fold(s.Name) == relbot.Fold(n) {
				return "a source added from Slack is already called " + s.Name
			}
		}
		return ""
	}
	if name != "" {
		if why := taken(name); why != "" {
			return bot.SourceInfo{}, userError("%s: choose another name with `as NAME`", why)
		}
	}

	res, title, err := a.slackFeeds.guarded.fetch(ctx, rawURL, feed.State{})
	if err == nil && len(res.Items) == 0 {
		err = errNoItems
	}
	if err != nil {
		a.log.Info("source_refused", "url", rawURL, "user_id", userID, "error", err)
		return bot.SourceInfo{}, a.explainFetch(rawURL, err)
	}
	if name == "" {
		name = clipName(title)
		if name == "" || taken(name) != "" {
			name = u.Hostname()
		}
		if why := taken(name); why != "" {
			return bot.SourceInfo{}, userError("%s: give this one a name with `as NAME`", why)
		}
	}
	src := store.SlackSource{Name: name, URL: rawURL, AddedBy: userID, Added: a.now()}
	if err := a.store.AddSlackSource(ctx, src); err != nil {
		if errors.Is(err, store.ErrExists) {
			return bot.SourceInfo{}, userError("a source with that name or URL was added meanwhile: see `/relations sources`")
		}
		return bot.SourceInfo{}, err
	}
	a.log.Info("source_added", "source", name, "url", rawURL, "user_id", userID, "items", len(res.Items))
	return bot.SourceInfo{Name: name, URL: rawURL, FromSlack: true, AddedBy: userID, Added: src.Added, Items: len(res.Items)}, nil
}

// clipName makes a feed's title a source name: one line, at most
// maxSourceNameLen characters, cut at a word.
func clipName(title string) string {
	title = strings.Join(strings.Fields(title), " ")
	r := []rune(title)
	if len(r) <= maxSourceNameLen {
		return title
	}
	cut := string(r[:maxSourceNameLen])
	if i := strings.LastIndexByte(cut, ' '); i > maxSourceNameLen/2 {
		cut = cut[:i]
	}
	return cut
}

// explainFetch says why a feed was refused, naming the setting involved.
func (a *app) explainFetch(rawURL string, err error) error {
	var status *feed.StatusError
	var dnsErr *net.DNSError
	var netErr net.Error
	switch {
	case errors.Is(err, feed.ErrNotAllowed):
		return userError("relbot refuses to fetch %s: it leads to a loopback, private or link-local address, which feeds added from Slack may not use (the operator can set fetch.allow_private_networks)", rawURL)
	case errors.Is(err, feed.ErrTooLarge):
		return userError("the feed at %s is larger than fetch.max_feed_bytes (%d bytes)", rawURL, a.slackFeeds.guarded.maxBytes)
	case errors.As(err, &status) && (status.Code == http.StatusNotFound || status.Code == http.StatusGone):
		return userError("%s was not found (HTTP %d): check the address", rawURL, status.Code)
	case errors.As(err, &status):
		return userError("%s answered HTTP %d %s instead of a feed", rawURL, status.Code, http.StatusText(status.Code))
	case errors.Is(err, errNotFeed):
		return userError("%s is not an RSS, Atom or JSON feed: give the address of the feed itself, often ending in /rss or /feed", rawURL)
	case errors.Is(err, errNoItems):
		return userError("the feed at %s has no items: add it once it publishes some", rawURL)
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()):
		return userError("%s did not answer within %s (fetch.timeout)", rawURL, a.slackFeeds.guarded.timeout)
	case errors.As(err, &dnsErr):
		return userError("the host %s could not be found", dnsErr.Name)
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return userError("relbot could not connect to %s (%v)", rawURL, opErr.Err)
	}
	return userError("relbot could not fetch %s", rawURL)
}

// RemoveSource removes a source added from Slack; configured ones are
// refused, since they live in the configuration file.
func (b backend) RemoveSource(ctx context.Context, userID, name string) (bot.SourceInfo, error) {
	if other := b.a.configuredSource(name, ""); other != "" {
		return bot.SourceInfo{}, userError("%s is listed in the configuration file: the operator removes it there", other)
	}
	added, err := b.a.store.SlackSources(ctx)
	if err != nil {
		return bot.SourceInfo{}, err
	}
	for _, s := range added {
		if relbot.Fold(s.Name) != relbot.Fold(name) {
			continue
		}
		was, err := b.a.store.RemoveSlackSource(ctx, s.Name)
		if err != nil {
			return bot.SourceInfo{}, err
		}
		if was {
			b.a.log.Info("source_removed", "source", s.Name, "url", s.URL, "user_id", userID)
		}
		return bot.SourceInfo{Name: s.Name, URL: s.URL, FromSlack: true, AddedBy: s.AddedBy, Added: s.Added}, nil
	}
	return bot.SourceInfo{}, userError("no source added from Slack is called %s: `/relations sources` lists them", name)
}

// DigestSchedule returns when the channel's digest runs.
func (b backend) DigestSchedule(ctx context.Context, channel string) (bot.DigestSchedule, bool, error) {
	d, fromSlack, ok, err := b.a.digestFor(ctx, channel)
	if err != nil || !ok {
		return bot.DigestSchedule{}, false, err
	}
	return b.a.scheduleInfo(d, fromSlack), true, nil
}

// SetDigestSchedule stores the channel's schedule; this replica's digest
// job follows at once, the others at their next sync.
func (b backend) SetDigestSchedule(ctx context.Context, channel, userID, spec string) (bot.DigestSchedule, error) {
	if err := bot.CheckDigestSchedule(spec); err != nil {
		return bot.DigestSchedule{}, err
	}
	cs := store.ChannelSchedule{Channel: channel, Schedule: strings.TrimSpace(spec), SetBy: userID, Updated: b.a.now()}
	if err := b.a.store.SetChannelSchedule(ctx, cs); err != nil {
		return bot.DigestSchedule{}, err
	}
	b.a.log.Info("digest_schedule_set", "channel_id", channel, "schedule", cs.Schedule, "user_id", userID)
	if j := b.a.digestJobs.Load(); j != nil {
		if err := j.sync(ctx); err != nil {
			b.a.log.Warn("digest_sync_failed", "error", err)
		}
	}
	d, fromSlack, _, err := b.a.digestFor(ctx, channel)
	if err != nil {
		return bot.DigestSchedule{}, err
	}
	return b.a.scheduleInfo(d, fromSlack), nil
}

// scheduleInfo says when a digest runs next, in its time zone: the spec's
// own CRON_TZ= when it has one, else the digest's.
func (a *app) scheduleInfo(d config.Digest, set *store.ChannelSchedule) bot.DigestSchedule {
	info := bot.DigestSchedule{Spec: d.Schedule, TimeZone: d.Location.String()}
	if set != nil {
		info.FromSlack, info.SetBy = true, set.SetBy
	}
	sched, err := config.ParseSchedule(d.Schedule)
	if err != nil {
		return info
	}
	loc := d.Location
	if ss, ok := sched.(*cron.SpecSchedule); ok && (strings.HasPrefix(d.Schedule, "CRON_TZ=") || strings.HasPrefix(d.Schedule, "TZ=")) {
		loc = ss.Location
	}
	info.TimeZone = loc.String()
	info.Next = sched.Next(a.now().In(loc)).In(loc)
	return info
}

// ---- digests with the schedules set from Slack ----

// digests returns every channel's digest: the configured ones with the
// schedule set from Slack in place of theirs, then, by channel, one for each
// channel that has only a schedule set from Slack (max_items 10, the
// channel's follows as its terms). When the database cannot be read, the
// configured digests are still returned, with the error.
func (a *app) digests(ctx context.Context) ([]config.Digest, error) {
	out, _, err := a.digestsWithOrigin(ctx)
	return out, err
}

// digestsWithOrigin is digests with the schedules set from Slack by channel.
func (a *app) digestsWithOrigin(ctx context.Context) ([]config.Digest, map[string]*store.ChannelSchedule, error) {
	out := slices.Clone(a.cfg.Digests)
	fromSlack := map[string]*store.ChannelSchedule{}
	schedules, err := a.store.ChannelSchedules(ctx)
	if err != nil {
		return out, fromSlack, err
	}
	byChannel := map[string]store.ChannelSchedule{}
	for _, cs := range schedules {
		if _, err := config.ParseSchedule(cs.Schedule); err != nil {
			// Stored specs were checked when set; one that an import
			// brought in broken must not take a channel's digest down.
			a.log.Warn("digest_schedule_unreadable", "channel_id", cs.Channel, "schedule", cs.Schedule, "error", err)
			continue
		}
		byChannel[cs.Channel] = cs
	}
	for i := range out {
		if cs, ok := byChannel[out[i].Channel]; ok {
			out[i].Schedule = cs.Schedule
			fromSlack[out[i].Channel] = &cs
			delete(byChannel, out[i].Channel)
		}
	}
	channels := make([]string, 0, len(byChannel))
	for ch := range byChannel {
		channels = append(channels, ch)
	}
	sort.Strings(channels)
	for _, ch := range channels {
		cs := byChannel[ch]
		out = append(out, config.Digest{Channel: ch, Schedule: cs.Schedule, Location: a.cfg.Location, MaxItems: slackDigestMaxItems})
		fromSlack[ch] = &cs
	}
	return out, fromSlack, nil
}

// digestFor returns the channel's digest and its schedule set from Slack
// (nil when the configured one runs); ok is false when the channel has none.
func (a *app) digestFor(ctx context.Context, channel string) (d config.Digest, set *store.ChannelSchedule, ok bool, err error) {
	all, origin, err := a.digestsWithOrigin(ctx)
	if err != nil {
		return config.Digest{}, nil, false, err
	}
	for _, d := range all {
		if d.Channel == channel {
			return d, origin[channel], true, nil
		}
	}
	return config.Digest{}, nil, false, nil
}

// digestJobs keeps the scheduler's digest jobs in line with the digests:
// a schedule changed in Slack, on this replica or another, moves its job at
// the next sync.
type digestJobs struct {
	a      *app
	sched  *scheduler.Scheduler
	poster *bot.Poster
	log    *slog.Logger

	mu sync.Mutex // one sync at a time
}

const digestJobPrefix = "digest "

// sync registers a job per digest, replacing those whose schedule changed
// and removing those of channels that no longer have a digest. When the
// database cannot be read, the configured digests stay scheduled.
func (j *digestJobs) sync(ctx context.Context) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	ds, readErr := j.a.digests(ctx)
	want := map[string]bool{}
	var errs []error
	for _, d := range ds {
		name := digestJobPrefix + d.Channel
		want[name] = true
		changed, err := j.sched.Set(name, d.Schedule, d.Location, j.job(d))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if changed {
			j.log.Info("digest_scheduled", "channel_id", d.Channel, "schedule", d.Schedule, "timezone", d.Location.String())
		}
	}
	if readErr == nil {
		for name := range j.sched.Jobs() {
			if strings.HasPrefix(name, digestJobPrefix) && !want[name] {
				j.sched.Remove(name)
				j.log.Info("digest_unscheduled", "channel_id", strings.TrimPrefix(name, digestJobPrefix))
			}
		}
	}
	return errors.Join(append([]error{readErr}, errs...)...)
}

func (j *digestJobs) job(d config.Digest) scheduler.Job {
	return func(ctx context.Context, period time.Time) error {
		outcome, err := j.a.runDigest(ctx, j.poster, d, period)
		if err == nil {
			j.log.Info("digest", "channel_id", d.Channel, "period", period.Format(time.RFC3339), "outcome", string(outcome))
		}
		return err
	}
}

// run syncs every interval until ctx ends. Every replica runs it, leader or
// not, so that a new leader already has the current schedules.
func (j *digestJobs) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := j.sync(ctx); err != nil && ctx.Err() == nil {
				j.log.Warn("digest_sync_failed", "error", err)
			}
		}
	}
}
