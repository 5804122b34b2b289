package main

// Sources and digest schedules managed from Slack: the backend methods
// behind `source add|remove`, `sources` and `digest schedule` (feeds whose
// URL came from Slack are fetched with feed's FetchUntrustedFeed), and the digest jobs that follow
// the schedules stored per channel.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

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

// errNoItems refuses a feed that parses but has nothing in it yet.
var errNoItems = errors.New("the feed has no items")

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
	for _, s := range added {
		if a.configuredSource(s.Name, s.URL) != "" {
			continue // configured since: the file wins
		}
		// The feed's text is used as given: full_text is a choice made in
		// the configuration file.
		out = append(out, collect.Source{Name: s.Name, URL: s.URL, Untrusted: true})
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

	res, err := a.collector.Fetcher.FetchUntrustedFeed(ctx, rawURL, feed.State{})
	if err == nil && len(res.Items) == 0 {
		err = errNoItems
	}
	if err != nil {
		a.log.Info("source_refused", "url", rawURL, "user_id", userID, "error", err)
		return bot.SourceInfo{}, a.explainFetch(rawURL, err)
	}
	if name == "" {
		name = clipName(res.Title)
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
		return userError("the feed at %s is larger than fetch.max_feed_bytes (%d bytes)", rawURL, a.cfg.Fetch.MaxFeedBytes)
	case errors.As(err, &status) && (status.Code == http.StatusNotFound || status.Code == http.StatusGone):
		return userError("%s was not found (HTTP %d): check the address", rawURL, status.Code)
	case errors.As(err, &status):
		return userError("%s answered HTTP %d %s instead of a feed", rawURL, status.Code, http.StatusText(status.Code))
	case errors.Is(err, feed.ErrNotFeed):
		return userError("%s is not an RSS, Atom or JSON feed: give the address of the feed itself, often ending in /rss or /feed", rawURL)
	case errors.Is(err, errNoItems):
		return userError("the feed at %s has no items: add it once it publishes some", rawURL)
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()):
		return userError("%s did not answer within %s (fetch.timeout)", rawURL, time.Duration(a.cfg.Fetch.Timeout))
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
