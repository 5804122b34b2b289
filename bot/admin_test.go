package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
)

// adminBackend is memBackend with sources and schedules managed in memory:
// configured sources are fixed, Slack ones are a list, schedules a map.
type adminBackend struct {
	*memBackend
	admins map[string]bool

	mu         sync.Mutex
	configured []SourceInfo
	added      []SourceInfo
	schedules  map[string]DigestSchedule
	addCalls   []string // "user url name"
	setCalls   []string // "channel user spec"
}

func newAdminBackend() *adminBackend {
	return &adminBackend{
		memBackend: newMemBackend(),
		admins:     map[string]bool{"UADMIN1": true},
		configured: []SourceInfo{{Name: "Viet Nam News", URL: "https://vnn.example/rss"}},
		schedules:  map[string]DigestSchedule{},
	}
}

var hcm = mustLoad("Asia/Ho_Chi_Minh")

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func (b *adminBackend) IsAdmin(user string) bool { return b.admins[user] }

func (b *adminBackend) SourceList(context.Context) ([]SourceInfo, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append(slices.Clone(b.configured), b.added...), nil
}

func (b *adminBackend) AddSource(_ context.Context, user, rawURL, name string) (SourceInfo, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.addCalls = append(b.addCalls, user+" "+rawURL+" "+name)
	if strings.Contains(rawURL, "missing") {
		return SourceInfo{}, fmt.Errorf("%w: %s answered 404 Not Found: check the address", relbot.ErrBadQuery, rawURL)
	}
	if name == "" {
		u, _ := url.Parse(rawURL)
		name = u.Host
	}
	src := SourceInfo{Name: name, URL: rawURL, FromSlack: true, AddedBy: user, Added: time.Date(2026, 12, 1, 7, 0, 0, 0, hcm), Items: 3}
	b.added = append(b.added, src)
	return src, nil
}

func (b *adminBackend) RemoveSource(_ context.Context, _ string, name string) (SourceInfo, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, s := range b.added {
		if s.Name == name {
			b.added = slices.Delete(b.added, i, i+1)
			return s, nil
		}
	}
	return SourceInfo{}, fmt.Errorf("%w: no source added from Slack is called %s", relbot.ErrBadQuery, name)
}

func (b *adminBackend) DigestSchedule(_ context.Context, channel string) (DigestSchedule, bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s, ok := b.schedules[channel]
	return s, ok, nil
}

func (b *adminBackend) SetDigestSchedule(_ context.Context, channel, user, spec string) (DigestSchedule, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.setCalls = append(b.setCalls, channel+" "+user+" "+spec)
	s := DigestSchedule{Spec: spec, TimeZone: hcm.String(), Next: time.Date(2026, 12, 2, 7, 0, 0, 0, hcm), FromSlack: true, SetBy: user}
	b.schedules[channel] = s
	return s, nil
}

func TestAdminCommands(t *testing.T) {
	be := newAdminBackend()
	c := &Commands{Backend: be}
	const ch = "C0123456789"
	steps := []struct {
		user, text string
		want       []string // substrings of the answer
		notWant    []string
	}{
		{"UADMIN1", "help", []string{"/relations digest schedule", "/relations source add", "/relations source remove"}, nil},
		{"UADMIN1", "sources", []string{"• *Viet Nam News* — <https://vnn.example/rss|vnn.example>"}, []string{"added from Slack"}},
		{"UOTHER2", "source add https://kt.example/feed", []string{"Only relbot's admins can add sources", "slack.admins", "UOTHER2"}, nil},
		{"UOTHER2", "source remove Anything", []string{"Only relbot's admins can remove sources", "slack.admins"}, nil},
		{"UADMIN1", "source add", []string{"Say which feed to add"}, nil},
		{"UADMIN1", "source add file:///etc/passwd", []string{"Only http:// and https:// feeds can be added from Slack, not file:"}, nil},
		{"UADMIN1", "source add ftp://kt.example/feed", []string{"not ftp:"}, nil},
		{"UADMIN1", "source add kt.example/feed", []string{"is not a URL"}, nil},
		{"UADMIN1", "source add https://user:pw@kt.example/feed", []string{"user name or password"}, nil},
		{"UADMIN1", "source add https://kt.example/feed named KT", []string{"Name the feed with"}, nil},
		{"UADMIN1", "source add https://kt.example/feed as", []string{"Give a name after"}, nil},
		{"UADMIN1", "source add https://kt.example/feed as " + strings.Repeat("n", 81), []string{"too long"}, nil},
		{"UADMIN1", "source add https://missing.example/rss", []string{"404 Not Found"}, nil},
		{"UADMIN1", "source add <https://kt.example/feed?a=1&b=2|kt.example/feed> as “Khmer <Times>”",
			[]string{"Added *Khmer &lt;Times&gt;* (<https://kt.example/feed?a=1&amp;b=2|kt.example>): the feed has 3 items"}, nil},
		{"UADMIN1", "source add https://akp.example/rss", []string{"Added *akp.example*"}, nil},
		{"UOTHER2", "sources", []string{"• *Viet Nam News*", "• *Khmer &lt;Times&gt;* — <https://kt.example/feed?a=1&amp;b=2|kt.example> · added from Slack by <@UADMIN1> on 1 December 2026"}, nil},
		{"UADMIN1", "source remove Nobody", []string{"No source added from Slack is called Nobody"}, nil},
		{"UADMIN1", "source remove akp.example", []string{"Removed *akp.example*"}, nil},
		{"UADMIN1", "source", []string{"relbot reads these sources"}, nil},
		{"UADMIN1", "source rename x", []string{"/relations source remove NAME"}, nil},
		{"UOTHER2", "digest schedule", []string{"This channel has no digest yet"}, nil},
		{"UOTHER2", `digest schedule "61 * * * *"`, []string{":warning: I can't read `61 * * * *` as a schedule", "above maximum", "`/relations digest schedule \"0 7 * * 1-5\"`"}, nil},
		{"UOTHER2", `digest schedule "*/5 * * * *"`, []string{"runs every 5 minutes", "at most once an hour"}, nil},
		{"UOTHER2", `digest schedule "0 0 7 * * *"`, []string{"seconds field"}, nil},
		{"UOTHER2", `digest schedule "CRON_TZ=Mars/Olympus 0 7 * * *"`, []string{"I can't read"}, nil},
		{"UOTHER2", `digest schedule "<!channel>"`, []string{"&lt;!channel&gt;"}, []string{"<!channel>"}},
		{"UOTHER2", `digest schedule “0 7 * * 1-5”`, []string{"now runs on `0 7 * * 1-5` (`Asia/Ho_Chi_Minh`): next on Wednesday 2 December 2026 at 07:00 +07"}, nil},
		{"UOTHER2", "digest schedule", []string{"runs on `0 7 * * 1-5`", "set in Slack by <@UOTHER2>"}, nil},
		{"UOTHER2", "digest sometime", []string{"/relations digest schedule"}, nil},
	}
	for _, s := range steps {
		t.Run(s.text, func(t *testing.T) {
			m := c.Handle(context.Background(), slack.SlashCommand{Command: "/relations", Text: s.text, ChannelID: ch, UserID: s.user})
			got := allText(m)
			for _, w := range s.want {
				if !strings.Contains(got, w) {
					t.Errorf("/relations %s (as %s):\n%s\nwant it to contain %q", s.text, s.user, got, w)
				}
			}
			for _, w := range s.notWant {
				if strings.Contains(got, w) {
					t.Errorf("/relations %s (as %s):\n%s\nwant it not to contain %q", s.text, s.user, got, w)
				}
			}
			if probs := limitProblems([]Message{m}); len(probs) > 0 {
				t.Errorf("limits: %q", probs)
			}
		})
	}
	// Refused commands never reach the backend.
	wantAdds := []string{
		"UADMIN1 https://missing.example/rss ",
		"UADMIN1 https://kt.example/feed?a=1&b=2 Khmer <Times>",
		"UADMIN1 https://akp.example/rss ",
	}
	if diff := cmp.Diff(wantAdds, be.addCalls); diff != "" {
		t.Errorf("AddSource calls (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{ch + " UOTHER2 0 7 * * 1-5"}, be.setCalls); diff != "" {
		t.Errorf("SetDigestSchedule calls (-want +got):\n%s", diff)
	}
}

// TestAdminWithoutSupport: a backend that implements neither optional
// interface answers with a sentence, and sources still lists names.
func TestAdminWithoutSupport(t *testing.T) {
	c := &Commands{Backend: newMemBackend()}
	for _, tc := range []struct{ text, want string }{
		{"source add https://kt.example/feed", "cannot be managed from Slack"},
		{"digest schedule \"0 7 * * *\"", "cannot be changed from Slack"},
		{"sources", "• Viet Nam News"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := allText(c.Handle(context.Background(), slack.SlashCommand{Text: tc.text, ChannelID: "C1", UserID: "U1"}))
			if !strings.Contains(got, tc.want) {
				t.Errorf("/relations %s:\n%s\nwant it to contain %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestCheckDigestSchedule(t *testing.T) {
	tests := []struct {
		spec string
		ok   bool
	}{
		{"0 7 * * 1-5", true},
		{"30 17 * * *", true},
		{"0 */2 * * *", true},
		{"@daily", true},
		{"@every 2h", true},
		{"CRON_TZ=Asia/Phnom_Penh 0 8 * * MON", true},
		{"0 * * * *", true},
		{"*/30 * * * *", false},
		{"0,30 7 * * *", false},
		{"@every 10m", false},
		{"* * * * *", false},
		{"0 0 7 * * *", false},
		{"", false},
		{"0 7 * *", false},
		{"0 25 * * *", false},
		{"TZ=Nowhere/Land 0 7 * * *", false},
		{strings.Repeat("1", 200), false},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			err := CheckDigestSchedule(tc.spec)
			if (err == nil) != tc.ok {
				t.Fatalf("CheckDigestSchedule(%q) = %v, want ok=%v", tc.spec, err, tc.ok)
			}
			if err != nil && (!errors.Is(err, ErrBadSchedule) || !errors.Is(err, relbot.ErrBadQuery) || !strings.Contains(err.Error(), "for example")) {
				t.Errorf("CheckDigestSchedule(%q) = %v: want ErrBadSchedule and ErrBadQuery with an example", tc.spec, err)
			}
		})
	}
}

func TestSourceAddIsSlow(t *testing.T) {
	for _, tc := range []struct {
		text string
		slow bool
	}{
		{"source add https://kt.example/feed", true},
		{"  SOURCE   Add https://kt.example/feed", true},
		{"source remove KT", false},
		{"sources", false},
		{"ask who met whom?", true},
		{"digest schedule \"0 7 * * *\"", false},
	} {
		if got := isSlow(tc.text); got != tc.slow {
			t.Errorf("isSlow(%q) = %v, want %v", tc.text, got, tc.slow)
		}
	}
}

func TestUnquote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`"0 7 * * 1-5"`, "0 7 * * 1-5"},
		{"“0 7 * * 1-5”", "0 7 * * 1-5"},
		{"'x'", "x"},
		{"`x`", "x"},
		{`"x`, `"x`},
		{`"`, `"`},
		{"  plain  ", "plain"},
	} {
		if got := unquote(tc.in); got != tc.want {
			t.Errorf("unquote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
