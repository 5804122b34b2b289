package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "relbot.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const sample = `
database: ./relbot.db
timezone: Asia/Ho_Chi_Minh
sources:
  - name: Viet Nam News
    url: https://example.org/rss.xml
    full_text: true
collect:
  schedule: "*/30 * * * *"
digests:
  - channel: C0123456789
    schedule: "0 7 * * *"
    match: [hun-sen, cambodia]
    max_items: 10
slack:
  api_url: ""
http:
  listen: 127.0.0.1:8080
`

func TestLoadSample(t *testing.T) {
	cfg, err := Load(writeFile(t, sample), MapEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Location.String() != "Asia/Ho_Chi_Minh" || len(cfg.Sources) != 1 || !cfg.Sources[0].FullText {
		t.Fatalf("got %+v", cfg)
	}
	if d := cfg.Digests[0]; d.Location.String() != "Asia/Ho_Chi_Minh" || d.MaxItems != 10 || len(d.Match) != 2 {
		t.Fatalf("digest = %+v", d)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		body string
		env  map[string]string
		want string // part of the one-line message
	}{
		{"unknown key", sample + "colour: blue\n", nil, "colour"},
		{"bad cron", strings.Replace(sample, `"*/30 * * * *"`, `"every day"`, 1), nil, "collect.schedule"},
		{"bad digest cron", strings.Replace(sample, `"0 7 * * *"`, `"0 25 * * *"`, 1), nil, "digests[0].schedule"},
		{"bad time zone", strings.Replace(sample, "Asia/Ho_Chi_Minh", "Asia/Saigonn", 1), nil, "timezone"},
		{"bad source scheme", strings.Replace(sample, "https://example.org/rss.xml", "ftp://example.org/x", 1), nil, "sources[0].url"},
		{"relative file url", strings.Replace(sample, "https://example.org/rss.xml", "file://feeds/x.xml", 1), nil, "sources[0].url"},
		{"bad channel", strings.Replace(sample, "C0123456789", "#general", 1), nil, "digests[0].channel"},
		{"env bad bool", sample, map[string]string{"RELBOT_FETCH_ALLOW_PRIVATE_NETWORKS": "maybe"}, "RELBOT_FETCH_ALLOW_PRIVATE_NETWORKS"},
		{"env bad tz", sample, map[string]string{"RELBOT_TIMEZONE": "Mars/Base"}, "timezone"},
		{"secret twice", sample, map[string]string{"SLACK_BOT_TOKEN": "a", "SLACK_BOT_TOKEN_FILE": "/x"}, "SLACK_BOT_TOKEN"},
		{"secret file missing", sample, map[string]string{"SLACK_SIGNING_SECRET_FILE": "/nonexistent/secret"}, "SLACK_SIGNING_SECRET_FILE"},
		{"bad yaml", "database: [\n", nil, "relbot.yaml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(writeFile(t, tc.body), MapEnv(tc.env))
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Fatalf("err = %q, want one line naming %q", msg, tc.want)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), MapEnv(nil))
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("err = %v", err)
	}
}

func TestDefaultsAndEnv(t *testing.T) {
	secretPath := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(secretPath, []byte("xoxb-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load("", MapEnv(map[string]string{
		"RELBOT_DATABASE":                     "/data/relbot.db",
		"RELBOT_HTTP_LISTEN":                  ":9090",
		"RELBOT_COLLECT_SCHEDULE":             "@hourly",
		"RELBOT_FETCH_ALLOW_PRIVATE_NETWORKS": "true",
		"SLACK_BOT_TOKEN_FILE":                secretPath,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Database != "/data/relbot.db" || cfg.HTTP.Listen != ":9090" || cfg.Collect.Schedule != "@hourly" ||
		!cfg.Fetch.AllowPrivateNetworks || cfg.Slack.BotToken != "xoxb-from-file" || cfg.Location != time.UTC {
		t.Fatalf("got %+v", cfg)
	}
	if r := cfg.Redacted(); r.Slack.BotToken == "xoxb-from-file" {
		t.Fatal("Redacted kept the token")
	}
}

func TestRedactedDatabasePassword(t *testing.T) {
	c := Default()
	c.Database = "postgres://relbot:s3cret@db:5432/relbot"
	if got := c.Redacted().Database; strings.Contains(got, "s3cret") {
		t.Fatalf("Redacted database = %q", got)
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"365d": 365 * 24 * time.Hour, "90m": 90 * time.Minute, "": 0} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"1y", "-3d", "abc"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) accepted", in)
		}
	}
}

func TestParseScheduleNeverPanics(t *testing.T) {
	for _, spec := range []string{"CRON_TZ=", "TZ=Bad/Zone 0 7 * * *", "CRON_TZ=Asia/Ho_Chi_Minh 0 7 * * *", "@every", ""} {
		_, _ = ParseSchedule(spec)
	}
	if _, err := ParseSchedule("CRON_TZ=Asia/Ho_Chi_Minh 0 7 * * *"); err != nil {
		t.Fatal(err)
	}
}
