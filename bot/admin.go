package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/config"
)

// SourceInfo is one news source as `sources` lists it.
type SourceInfo struct {
	Name      string
	URL       string
	FromSlack bool      // added with `source add`, not in the configuration file
	AddedBy   string    // Slack user ID, for sources added from Slack
	Added     time.Time // for sources added from Slack
	Items     int       // items the feed held when it was checked (AddSource)
}

// SourceAdmin manages the sources from Slack; a Backend that implements it
// enables `source add` and `source remove`, and `sources` marks the ones
// added from Slack. Errors that wrap relbot.ErrBadQuery are shown to the
// user as written: they say why a feed was refused.
type SourceAdmin interface {
	// IsAdmin reports whether the Slack user may add and remove sources.
	IsAdmin(userID string) bool
	// SourceList returns the configured sources and those added from Slack.
	SourceList(ctx context.Context) ([]SourceInfo, error)
	// AddSource checks the feed at rawURL (fetched once) and stores it under
	// name, or under the feed's title or host when name is "".
	AddSource(ctx context.Context, userID, rawURL, name string) (SourceInfo, error)
	// RemoveSource removes a source added from Slack.
	RemoveSource(ctx context.Context, userID, name string) (SourceInfo, error)
}

// DigestSchedule is when a channel's digest runs.
type DigestSchedule struct {
	Spec      string    // cron spec as config.ParseSchedule reads it
	TimeZone  string    // the digest's time zone (IANA name)
	Next      time.Time // the next run, in the digest's time zone
	FromSlack bool      // set with `digest schedule`, not in the configuration file
	SetBy     string    // Slack user ID, when FromSlack
}

// ScheduleSetter sets the channels' digest schedules; a Backend that
// implements it enables `digest schedule`.
type ScheduleSetter interface {
	// DigestSchedule returns the channel's schedule; false when the channel
	// has no digest.
	DigestSchedule(ctx context.Context, channel string) (DigestSchedule, bool, error)
	// SetDigestSchedule stores a spec that CheckDigestSchedule accepted as
	// the channel's and returns the schedule now in force. A channel with no
	// digest gets one.
	SetDigestSchedule(ctx context.Context, channel, userID, spec string) (DigestSchedule, error)
}

// Limits on what a user may give.
const (
	maxSourceName  = 80
	maxSourceURL   = 2000
	maxSpec        = 120
	minDigestEvery = time.Hour // a digest more often than this would flood a channel
)

// scheduleExample is shown with every schedule error.
const scheduleExample = "Give five fields — minute hour day-of-month month day-of-week — in quotes, for example " +
	"`/relations digest schedule \"0 7 * * 1-5\"` (07:00 on weekdays) or `\"30 17 * * *\"` (17:30 every day)."

// ErrBadSchedule is wrapped by CheckDigestSchedule's errors. They wrap
// relbot.ErrBadQuery too: their text says what to fix.
var ErrBadSchedule = errors.New("bad digest schedule")

// CheckDigestSchedule accepts a cron spec for a digest: one that
// config.ParseSchedule reads, with no seconds field, running at most once an
// hour. Its errors name the problem and show an example.
func CheckDigestSchedule(spec string) error {
	spec = strings.TrimSpace(spec)
	bad := func(format, detail string) error {
		return &scheduleError{format: format, spec: spec, detail: detail}
	}
	if textLen(spec) > maxSpec {
		return bad("That schedule is too long (at most "+fmt.Sprint(maxSpec)+" characters).", "")
	}
	sched, err := config.ParseSchedule(spec)
	if err != nil {
		return bad("I can't read %[1]s as a schedule: %[2]s.", cronProblem(err))
	}
	fields := strings.Fields(spec)
	if len(fields) > 0 && (strings.HasPrefix(fields[0], "CRON_TZ=") || strings.HasPrefix(fields[0], "TZ=")) {
		fields = fields[1:]
	}
	if len(fields) == 6 {
		return bad("%[1]s has six fields: a seconds field is not allowed here.", "")
	}
	// Sample two weeks of runs from a fixed day: enough for any weekly
	// pattern, and the answer does not depend on today.
	t := sched.Next(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	for i := 0; i < 400 && !t.IsZero(); i++ {
		n := sched.Next(t)
		if n.IsZero() {
			break
		}
		if gap := n.Sub(t); gap < minDigestEvery {
			every := gap.String()
			if gap >= time.Minute {
				every = fmt.Sprintf("%d minutes", int(gap.Minutes()))
			}
			return bad("%[1]s runs every %[2]s; a digest may run at most once an hour.", every)
		}
		t = n
	}
	return nil
}

// cronProblem keeps what the cron parser said is wrong, without the spec it
// repeats.
func cronProblem(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, `": `); i >= 0 {
		msg = msg[i+3:]
	}
	return strings.TrimSuffix(msg, ".")
}

// rawLine bounds user input repeated in an error: badQuery's text is
// escaped when shown, so it must not be escaped here.
func rawLine(s string, n int) string {
	s, cut := clip(oneLine(s), n)
	if cut {
		s += "…"
	}
	return s
}

// scheduleError is a spec CheckDigestSchedule refused. The command renders
// it itself rather than through ErrorMessage, so that the spec and the
// example keep their asterisks in code spans the user can copy.
type scheduleError struct {
	format string // %[1]s is the spec, %[2]s the detail
	spec   string
	detail string
}

func (e *scheduleError) text() string {
	return fmt.Sprintf(e.format, "`"+rawLine(e.spec, maxSpec)+"`", rawLine(e.detail, 200)) + " " + scheduleExample
}

func (e *scheduleError) Error() string   { return "bad query: " + e.text() }
func (e *scheduleError) Unwrap() []error { return []error{ErrBadSchedule, relbot.ErrBadQuery} }

// message renders the error: the spec shown as code when it is safe to,
// escaped otherwise.
func (e *scheduleError) message() Message {
	text := fmt.Sprintf(e.format, specText(e.spec), fitLine(e.detail, 200)) + " " + scheduleExample
	return Message{Text: shorten(Escape(oneLine(e.text())), MaxFallbackText), Blocks: []slack.Block{section(":warning: " + text)}}
}

// isSourceAdd reports whether a command is `source add …`, which fetches a
// feed and so is answered through response_url.
func isSourceAdd(verb, rest string) bool {
	sub, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	return strings.EqualFold(verb, "source") && strings.EqualFold(sub, "add")
}

// unquote drops the quotes a user may put around an argument, straight or
// typographic as Slack clients turn them.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}, {"`", "`"}, {"„", "“"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}

// specText shows a spec in a code span when it holds only the characters a
// valid spec has, so that the user can copy it; otherwise as escaped text.
func specText(spec string) string {
	if specChars.MatchString(spec) && len(spec) <= maxSpec {
		return "`" + spec + "`"
	}
	return fitLine(spec, maxSpec)
}

var specChars = regexp.MustCompile(`^[A-Za-z0-9 */,?@=_+\-.:]+$`)

// userRef mentions a Slack user when the ID looks like one; answers are
// ephemeral, so nobody is notified.
func userRef(id string) string {
	if userID.MatchString(id) {
		return "<@" + id + ">"
	}
	return "someone"
}

// runText says when a schedule runs next, in its time zone.
func runText(s DigestSchedule) string {
	tz := s.TimeZone
	if tz == "" && !s.Next.IsZero() {
		tz = s.Next.Location().String()
	}
	text := specText(s.Spec)
	if tz != "" {
		text += " (" + specText(tz) + ")"
	}
	if !s.Next.IsZero() {
		text += ": next on " + s.Next.Format("Monday 2 January 2006 at 15:04 MST")
	}
	return text
}

func (c *Commands) digestSchedule(ctx context.Context, channel, user, arg string) (Message, error) {
	setter, ok := c.Backend.(ScheduleSetter)
	if !ok {
		return Message{}, badQuery("digest schedules cannot be changed from Slack on this relbot")
	}
	spec := unquote(oneLine(arg))
	if spec == "" {
		cur, ok, err := setter.DigestSchedule(ctx, channel)
		if err != nil {
			return Message{}, fmt.Errorf("digest schedule of %s: %w", channel, err)
		}
		if !ok {
			return simple("This channel has no digest yet. `/relations digest schedule \"0 7 * * 1-5\"` gives it one at 07:00 on weekdays, with the stories about what it follows."), nil
		}
		how := "set in the configuration file"
		if cur.FromSlack {
			how = "set in Slack by " + userRef(cur.SetBy)
		}
		return simple("This channel's digest runs on " + runText(cur) + ". It was " + how + "; `/relations digest schedule \"CRON\"` changes it."), nil
	}
	if err := CheckDigestSchedule(spec); err != nil {
		var se *scheduleError
		if errors.As(err, &se) {
			return se.message(), nil
		}
		return Message{}, err
	}
	got, err := setter.SetDigestSchedule(ctx, channel, user, spec)
	if err != nil {
		return Message{}, fmt.Errorf("set digest schedule of %s: %w", channel, err)
	}
	return simple("This channel's digest now runs on " + runText(got) + "."), nil
}

// sourceAdmin returns the backend's SourceAdmin, or the error that says the
// user may not manage sources.
func (c *Commands) sourceAdmin(user, verb string) (SourceAdmin, error) {
	admin, ok := c.Backend.(SourceAdmin)
	if !ok {
		return nil, badQuery("sources cannot be managed from Slack on this relbot: they are listed in its configuration file")
	}
	if !admin.IsAdmin(user) {
		id := "your Slack user ID"
		if userID.MatchString(user) {
			id += " (" + user + ")"
		}
		return nil, badQuery(fmt.Sprintf("only relbot's admins can %s sources. An admin can do it for you, or the operator can add %s to `slack.admins` in the configuration file", verb, id))
	}
	return admin, nil
}

func (c *Commands) source(ctx context.Context, user, rest string) (Message, error) {
	sub, arg, _ := strings.Cut(strings.TrimSpace(rest), " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(sub) {
	case "add":
		return c.sourceAdd(ctx, user, arg)
	case "remove", "rm", "delete":
		return c.sourceRemove(ctx, user, arg)
	case "", "list":
		if arg == "" {
			return c.sources(ctx)
		}
	}
	return Message{}, badQuery("try `/relations source add https://example.com/rss.xml`, `/relations source remove NAME` or `/relations sources`")
}

// parseSourceAdd reads "URL [as NAME]". Slack may send a pasted link as
// <URL> or <URL|text>.
func parseSourceAdd(arg string) (rawURL, name string, err error) {
	arg = oneLine(arg)
	if arg == "" {
		return "", "", badQuery("say which feed to add, for example `/relations source add https://example.com/rss.xml as Example News`")
	}
	rawURL, rest, _ := strings.Cut(arg, " ")
	if strings.HasPrefix(rawURL, "<") && strings.HasSuffix(rawURL, ">") {
		rawURL, _, _ = strings.Cut(rawURL[1:len(rawURL)-1], "|")
	}
	rest = strings.TrimSpace(rest)
	if rest != "" {
		kw, n, _ := strings.Cut(rest, " ")
		if !strings.EqualFold(kw, "as") {
			return "", "", badQuery("name the feed with `as`, for example `/relations source add https://example.com/rss.xml as Example News`")
		}
		name = unquote(n)
		if name == "" {
			return "", "", badQuery("give a name after `as`")
		}
		if textLen(name) > maxSourceName {
			return "", "", badQuery(fmt.Sprintf("that name is too long: at most %d characters", maxSourceName))
		}
	}
	if err := checkSourceURL(rawURL); err != nil {
		return "", "", err
	}
	return rawURL, name, nil
}

// checkSourceURL accepts absolute http(s) URLs without credentials: a URL
// given in Slack is not trusted like the configuration file, so file:// and
// the rest are refused before anything is fetched.
func checkSourceURL(raw string) error {
	if len(raw) > maxSourceURL {
		return badQuery(fmt.Sprintf("that URL is too long: at most %d characters", maxSourceURL))
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil || !u.IsAbs():
		return badQuery(fmt.Sprintf("%s is not a URL: give the feed's address, starting with https://", rawLine(raw, 200)))
	case u.Scheme != "http" && u.Scheme != "https":
		return badQuery(fmt.Sprintf("only http:// and https:// feeds can be added from Slack, not %s:", rawLine(u.Scheme, 20)))
	case u.Host == "" || u.Hostname() == "":
		return badQuery(fmt.Sprintf("%s has no host", rawLine(raw, 200)))
	case u.User != nil:
		return badQuery("a feed URL with a user name or password cannot be added from Slack: everyone would see it in `/relations sources`")
	}
	return nil
}

func (c *Commands) sourceAdd(ctx context.Context, user, arg string) (Message, error) {
	admin, err := c.sourceAdmin(user, "add")
	if err != nil {
		return Message{}, err
	}
	rawURL, name, err := parseSourceAdd(arg)
	if err != nil {
		return Message{}, err
	}
	src, err := admin.AddSource(ctx, user, rawURL, name)
	if err != nil {
		return Message{}, fmt.Errorf("add source %q: %w", rawURL, err)
	}
	items := plural(src.Items, "item", "items")
	text := fmt.Sprintf("Added *%s* (%s): the feed has %s, and the next collect run reads it. `/relations source remove %s` stops it.",
		fitLine(src.Name, maxSourceName), link(src.URL, hostOf(src.URL), 100), items, fitLine(src.Name, maxSourceName))
	return simple(text), nil
}

func (c *Commands) sourceRemove(ctx context.Context, user, arg string) (Message, error) {
	admin, err := c.sourceAdmin(user, "remove")
	if err != nil {
		return Message{}, err
	}
	name := unquote(oneLine(arg))
	if name == "" {
		return Message{}, badQuery("say which source to remove, for example `/relations source remove Example News`; `/relations sources` lists them")
	}
	src, err := admin.RemoveSource(ctx, user, name)
	if err != nil {
		return Message{}, fmt.Errorf("remove source %q: %w", name, err)
	}
	return simple(fmt.Sprintf("Removed *%s*: relbot no longer reads it. The stories it brought stay.", fitLine(src.Name, maxSourceName))), nil
}

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return u.Host
	}
	return raw
}

// sourceLines lists sources, marking those added from Slack.
func sourceLines(srcs []SourceInfo) []string {
	lines := make([]string, len(srcs))
	for i, s := range srcs {
		line := "• *" + fitLine(s.Name, maxSourceName) + "*"
		if s.URL != "" {
			line += " — " + link(s.URL, hostOf(s.URL), 100)
		}
		if s.FromSlack {
			line += " · added from Slack by " + userRef(s.AddedBy)
			if !s.Added.IsZero() {
				line += " on " + s.Added.Format("2 January 2006")
			}
		}
		lines[i] = line
	}
	return lines
}
