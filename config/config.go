// Package config loads relbot's configuration: built-in defaults, then the YAML
// file, then RELBOT_* environment overrides, then secrets from the environment
// or from *_FILE paths. Validate names the key or variable to fix.
//
// The file's key names are a contract that users' scripts rely on; keep them
// stable and document every change in README.md.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

// ErrInvalid marks every configuration error: the command exits 2.
var ErrInvalid = errors.New("config: invalid")

// Config is the whole configuration. Field names follow the YAML keys.
type Config struct {
	Database  string    `yaml:"database"`
	Timezone  string    `yaml:"timezone"`
	Actors    string    `yaml:"actors"` // optional YAML file of extra actors
	Retention Duration  `yaml:"retention"`
	Sources   []Source  `yaml:"sources"`
	Collect   Collect   `yaml:"collect"`
	Digests   []Digest  `yaml:"digests"`
	Slack     Slack     `yaml:"slack"`
	HTTP      HTTP      `yaml:"http"`
	Fetch     Fetch     `yaml:"fetch"`
	Log       Log       `yaml:"log"`
	Summary   Summary   `yaml:"summary"`
	Scheduler Scheduler `yaml:"scheduler"`
	LLM       *LLM      `yaml:"llm"` // nil: extractive summaries only

	// Location is Timezone resolved by Load.
	Location *time.Location `yaml:"-"`
	// Path is the file the configuration came from; "" for built-in defaults.
	Path string `yaml:"-"`
}

// Source is one feed.
type Source struct {
	Name     string `yaml:"name"`
	URL      string `yaml:"url"`
	FullText bool   `yaml:"full_text"`
}

// Collect sets when feeds are polled.
type Collect struct {
	Schedule string `yaml:"schedule"`
}

// Digest is one channel's digest.
type Digest struct {
	Channel  string   `yaml:"channel"`
	Schedule string   `yaml:"schedule"`
	Timezone string   `yaml:"timezone"` // "" → the top-level timezone
	Match    []string `yaml:"match"`
	MaxItems int      `yaml:"max_items"`

	Location *time.Location `yaml:"-"`
}

// Slack holds Slack settings; tokens come only from the environment.
type Slack struct {
	APIURL        string   `yaml:"api_url"`
	Admins        []string `yaml:"admins"` // user IDs allowed to add and remove sources
	UnfurlLinks   bool     `yaml:"unfurl_links"`
	BotToken      string   `yaml:"-"`
	SigningSecret string   `yaml:"-"`
	AppToken      string   `yaml:"-"`
}

// HTTP sets where `relbot serve` listens.
type HTTP struct {
	Listen string `yaml:"listen"`
}

// Fetch sets how politely and how safely feeds and pages are fetched.
type Fetch struct {
	Timeout              Duration `yaml:"timeout"`
	MaxFeedBytes         int64    `yaml:"max_feed_bytes"`
	MaxPageBytes         int64    `yaml:"max_page_bytes"`
	Concurrency          int      `yaml:"concurrency"`
	UserAgent            string   `yaml:"user_agent"`
	AllowPrivateNetworks bool     `yaml:"allow_private_networks"`
}

// Log sets the log format and level.
type Log struct {
	Format string `yaml:"format"` // text | json
	Level  string `yaml:"level"`  // debug | info | warn | error
}

// Summary sets the summaries' length.
type Summary struct {
	Words int `yaml:"words"`
}

// LLM configures an OpenAI-compatible server (OpenAI, Ollama, vLLM,
// llama.cpp). The key comes from LLM_API_KEY or LLM_API_KEY_FILE; local
// servers need none.
type LLM struct {
	BaseURL         string   `yaml:"base_url"` // e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1
	Model           string   `yaml:"model"`
	Timeout         Duration `yaml:"timeout"`            // per call; default 20s
	MaxConcurrency  int      `yaml:"max_concurrency"`    // default 2
	MaxTokensPerDay int64    `yaml:"max_tokens_per_day"` // 0: no budget
	MeetingsAssist  bool     `yaml:"meetings_assist"`    // propose meetings by structured output (off by default)
	APIKey          string   `yaml:"-"`
}

// Scheduler tunes the scheduled jobs.
type Scheduler struct {
	Enabled *bool `yaml:"enabled"` // false: this replica serves commands only
	// ElectionInterval is how often replicas on PostgreSQL try for, or prove,
	// leadership: a dead leader is replaced within about twice this.
	ElectionInterval Duration `yaml:"election_interval"`
	// ClaimTimeout is how long a digest claimed by a replica may stay
	// unrecorded before another replica reconciles it with Slack's history.
	ClaimTimeout Duration `yaml:"claim_timeout"`
}

// Duration is a time.Duration written "30s", "10m", or in days "365d".
type Duration time.Duration

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// ParseDuration reads a Go duration or a whole number of days ("365d").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "0" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad duration %q: want e.g. 30s, 10m, 365d", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	v, err := time.ParseDuration(s)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("bad duration %q: want e.g. 30s, 10m, 365d", s)
	}
	return v, nil
}

// Default returns the built-in configuration: an SQLite file in the working
// directory, UTC, no sources and no digests.
func Default() Config {
	return Config{
		Database: "./relbot.db",
		Timezone: "UTC",
		Collect:  Collect{Schedule: "*/30 * * * *"},
		HTTP:     HTTP{Listen: "127.0.0.1:8080"},
		Fetch: Fetch{
			Timeout:      Duration(20 * time.Second),
			MaxFeedBytes: 10 << 20,
			MaxPageBytes: 5 << 20,
			Concurrency:  4,
		},
		Log:       Log{Format: "text", Level: "info"},
		Summary:   Summary{Words: 60},
		Scheduler: Scheduler{ElectionInterval: Duration(5 * time.Second), ClaimTimeout: Duration(2 * time.Minute)},
	}
}

// Env is the process environment as a lookup function, so tests need not
// touch the real one.
type Env func(key string) (string, bool)

// OSEnv reads the real environment.
func OSEnv(key string) (string, bool) { return os.LookupEnv(key) }

// MapEnv serves an environment from a map.
func MapEnv(m map[string]string) Env {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// FindPath chooses the configuration file: the flag, else RELBOT_CONFIG, else
// ./relbot.yaml when it exists, else "" for built-in defaults.
func FindPath(flagValue string, env Env) string {
	if flagValue != "" {
		return flagValue
	}
	if v, ok := env("RELBOT_CONFIG"); ok && v != "" {
		return v
	}
	if _, err := os.Stat("relbot.yaml"); err == nil {
		return "relbot.yaml"
	}
	return ""
}

// maxFileBytes bounds the configuration file: it is small by nature.
const maxFileBytes = 1 << 20

// Load reads the file at path ("" for defaults), applies env overrides and
// secrets, and validates. Every error wraps ErrInvalid and names what to fix.
func Load(path string, env Env) (Config, error) {
	cfg := Default()
	if path != "" {
		if err := cfg.readFile(path); err != nil {
			return Config{}, err
		}
	}
	if err := cfg.applyEnv(env); err != nil {
		return Config{}, err
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

func (c *Config) readFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w: config file %s does not exist", ErrInvalid, path)
		}
		return fmt.Errorf("%w: config file: %v", ErrInvalid, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return fmt.Errorf("%w: read config file %s: %v", ErrInvalid, path, err)
	}
	if len(data) > maxFileBytes {
		return fmt.Errorf("%w: config file %s is larger than 1 MiB", ErrInvalid, path)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, path, yamlMessage(err))
	}
	c.Path = path
	return nil
}

// yamlMessage turns the YAML decoder's multi-line report into one line.
func yamlMessage(err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n")
	msg = strings.TrimPrefix(msg, "yaml: ")
	lines := strings.Split(msg, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, "; ")
}

// envKeys are the scalar keys that RELBOT_* variables override; lists come
// from the file only.
var envKeys = map[string]func(c *Config, v string) error{
	"RELBOT_DATABASE":  func(c *Config, v string) error { c.Database = v; return nil },
	"RELBOT_TIMEZONE":  func(c *Config, v string) error { c.Timezone = v; return nil },
	"RELBOT_ACTORS":    func(c *Config, v string) error { c.Actors = v; return nil },
	"RELBOT_RETENTION": func(c *Config, v string) error { return c.Retention.UnmarshalText([]byte(v)) },
	"RELBOT_COLLECT_SCHEDULE": func(c *Config, v string) error {
		c.Collect.Schedule = v
		return nil
	},
	"RELBOT_SLACK_API_URL":      func(c *Config, v string) error { c.Slack.APIURL = v; return nil },
	"RELBOT_SLACK_UNFURL_LINKS": func(c *Config, v string) error { return parseBool(v, &c.Slack.UnfurlLinks) },
	"RELBOT_HTTP_LISTEN":        func(c *Config, v string) error { c.HTTP.Listen = v; return nil },
	"RELBOT_FETCH_TIMEOUT":      func(c *Config, v string) error { return c.Fetch.Timeout.UnmarshalText([]byte(v)) },
	"RELBOT_FETCH_MAX_FEED_BYTES": func(c *Config, v string) error {
		return parseInt64(v, &c.Fetch.MaxFeedBytes)
	},
	"RELBOT_FETCH_MAX_PAGE_BYTES": func(c *Config, v string) error {
		return parseInt64(v, &c.Fetch.MaxPageBytes)
	},
	"RELBOT_FETCH_CONCURRENCY": func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		c.Fetch.Concurrency = n
		return err
	},
	"RELBOT_FETCH_USER_AGENT": func(c *Config, v string) error { c.Fetch.UserAgent = v; return nil },
	"RELBOT_FETCH_ALLOW_PRIVATE_NETWORKS": func(c *Config, v string) error {
		return parseBool(v, &c.Fetch.AllowPrivateNetworks)
	},
	"RELBOT_LOG_FORMAT":    func(c *Config, v string) error { c.Log.Format = v; return nil },
	"RELBOT_LOG_LEVEL":     func(c *Config, v string) error { c.Log.Level = v; return nil },
	"RELBOT_SUMMARY_WORDS": func(c *Config, v string) error { n, err := strconv.Atoi(v); c.Summary.Words = n; return err },
	"RELBOT_SCHEDULER_ELECTION_INTERVAL": func(c *Config, v string) error {
		return c.Scheduler.ElectionInterval.UnmarshalText([]byte(v))
	},
	"RELBOT_SCHEDULER_CLAIM_TIMEOUT": func(c *Config, v string) error {
		return c.Scheduler.ClaimTimeout.UnmarshalText([]byte(v))
	},
	"RELBOT_SCHEDULER_ENABLED": func(c *Config, v string) error {
		var b bool
		err := parseBool(v, &b)
		c.Scheduler.Enabled = &b
		return err
	},
}

func parseBool(v string, dst *bool) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("want true or false, got %q", v)
	}
	*dst = b
	return nil
}

func parseInt64(v string, dst *int64) error {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return fmt.Errorf("want a whole number, got %q", v)
	}
	*dst = n
	return nil
}

// secrets are read from NAME or from the file named by NAME_FILE.
var secrets = []struct {
	name string
	set  func(c *Config, v string)
}{
	{"SLACK_BOT_TOKEN", func(c *Config, v string) { c.Slack.BotToken = v }},
	{"SLACK_SIGNING_SECRET", func(c *Config, v string) { c.Slack.SigningSecret = v }},
	{"SLACK_APP_TOKEN", func(c *Config, v string) { c.Slack.AppToken = v }},
	{"LLM_API_KEY", func(c *Config, v string) {
		if c.LLM != nil {
			c.LLM.APIKey = v
		}
	}},
	// The database URL may carry a password, so it may come from a file too.
	{"RELBOT_DATABASE", func(c *Config, v string) { c.Database = v }},
}

func (c *Config) applyEnv(env Env) error {
	for key, set := range envKeys {
		v, ok := env(key)
		if !ok {
			continue
		}
		if err := set(c, v); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalid, key, err)
		}
	}
	for _, s := range secrets {
		v, err := Secret(env, s.name)
		if err != nil {
			return err
		}
		if v != "" {
			s.set(c, v)
		}
	}
	return nil
}

// Secret reads NAME from env, or the content of the file named by NAME_FILE
// (trailing newline trimmed). Setting both is an error, so that nobody is
// surprised by which one wins.
func Secret(env Env, name string) (string, error) {
	v, hasValue := env(name)
	path, hasFile := env(name + "_FILE")
	if hasValue && hasFile && v != "" && path != "" {
		return "", fmt.Errorf("%w: set %s or %s_FILE, not both", ErrInvalid, name, name)
	}
	if hasFile && path != "" {
		data, err := readSmallFile(path)
		if err != nil {
			return "", fmt.Errorf("%w: %s_FILE: %v", ErrInvalid, name, err)
		}
		return strings.TrimRight(string(data), "\r\n"), nil
	}
	return v, nil
}

func readSmallFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 64<<10+1))
	if err != nil {
		return nil, err
	}
	if len(data) > 64<<10 {
		return nil, fmt.Errorf("%s is larger than 64 KiB", path)
	}
	return data, nil
}

// cronParser accepts the standard five fields, descriptors such as @daily,
// and a CRON_TZ= prefix.
// An optional leading seconds field ("*/5 * * * * *") serves accelerated
// schedules in tests and demos.
var cronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a cron spec. robfig/cron panics on some malformed
// time-zone prefixes (upstream issues 554/555), so the panic is turned into
// an error here, where configuration is validated.
func ParseSchedule(spec string) (sched cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("bad cron spec %q", spec)
		}
	}()
	if strings.TrimSpace(spec) == "" {
		return nil, errors.New("empty cron spec")
	}
	s, err := cronParser.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("bad cron spec %q: %v", spec, err)
	}
	return s, nil
}

// Validate checks every field and resolves time zones. Errors name the key.
func (c *Config) Validate() error {
	bad := func(key, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, key, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(c.Database) == "" {
		return bad("database", "must be a SQLite file path or a postgres:// URL")
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil || c.Timezone == "" {
		return bad("timezone", "unknown time zone %q (want an IANA name such as Asia/Ho_Chi_Minh)", c.Timezone)
	}
	c.Location = loc
	names := map[string]bool{}
	for i, s := range c.Sources {
		key := fmt.Sprintf("sources[%d]", i)
		if strings.TrimSpace(s.Name) == "" {
			return bad(key+".name", "is required")
		}
		if names[s.Name] {
			return bad(key+".name", "%q is used by two sources", s.Name)
		}
		names[s.Name] = true
		if err := ValidateSourceURL(s.URL); err != nil {
			return bad(key+".url", "%v", err)
		}
	}
	if _, err := ParseSchedule(c.Collect.Schedule); err != nil {
		return bad("collect.schedule", "%v", err)
	}
	channels := map[string]bool{}
	for i := range c.Digests {
		d := &c.Digests[i]
		key := fmt.Sprintf("digests[%d]", i)
		if !validChannelID(d.Channel) {
			return bad(key+".channel", "%q is not a Slack channel ID (like C0123456789)", d.Channel)
		}
		if channels[d.Channel] {
			return bad(key+".channel", "%s has two digests; give one digest per channel", d.Channel)
		}
		channels[d.Channel] = true
		if d.Schedule == "" {
			d.Schedule = "0 7 * * *"
		}
		if _, err := ParseSchedule(d.Schedule); err != nil {
			return bad(key+".schedule", "%v", err)
		}
		d.Location = loc
		if d.Timezone != "" {
			dl, err := time.LoadLocation(d.Timezone)
			if err != nil {
				return bad(key+".timezone", "unknown time zone %q", d.Timezone)
			}
			d.Location = dl
		}
		if d.MaxItems == 0 {
			d.MaxItems = 10
		}
		if d.MaxItems < 0 || d.MaxItems > 150 {
			return bad(key+".max_items", "must be between 1 and 150, got %d", d.MaxItems)
		}
		for j, m := range d.Match {
			if strings.TrimSpace(m) == "" {
				return bad(fmt.Sprintf("%s.match[%d]", key, j), "is empty")
			}
		}
	}
	if c.Slack.APIURL != "" {
		if u, err := url.Parse(c.Slack.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return bad("slack.api_url", "want an http(s) URL, got %q", c.Slack.APIURL)
		}
	}
	if c.HTTP.Listen == "" {
		return bad("http.listen", "is required (e.g. 127.0.0.1:8080)")
	}
	if time.Duration(c.Fetch.Timeout) <= 0 {
		return bad("fetch.timeout", "must be positive")
	}
	if c.Fetch.MaxFeedBytes <= 0 {
		return bad("fetch.max_feed_bytes", "must be positive")
	}
	if c.Fetch.MaxPageBytes <= 0 {
		return bad("fetch.max_page_bytes", "must be positive")
	}
	if c.Fetch.Concurrency < 1 || c.Fetch.Concurrency > 64 {
		return bad("fetch.concurrency", "must be between 1 and 64, got %d", c.Fetch.Concurrency)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		return bad("log.format", "want text or json, got %q", c.Log.Format)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return bad("log.level", "want debug, info, warn or error, got %q", c.Log.Level)
	}
	if c.Summary.Words < 15 || c.Summary.Words > 300 {
		return bad("summary.words", "must be between 15 and 300, got %d", c.Summary.Words)
	}
	if l := c.LLM; l != nil {
		u, err := url.Parse(l.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return bad("llm.base_url", "want an http(s) URL such as http://127.0.0.1:11434/v1, got %q", l.BaseURL)
		}
		if strings.TrimSpace(l.Model) == "" {
			return bad("llm.model", "is required")
		}
		if l.Timeout == 0 {
			l.Timeout = Duration(20 * time.Second)
		}
		if l.Timeout < 0 || time.Duration(l.Timeout) > 5*time.Minute {
			return bad("llm.timeout", "must be between 1s and 5m")
		}
		if l.MaxConcurrency == 0 {
			l.MaxConcurrency = 2
		}
		if l.MaxConcurrency < 1 || l.MaxConcurrency > 64 {
			return bad("llm.max_concurrency", "must be between 1 and 64, got %d", l.MaxConcurrency)
		}
		if l.MaxTokensPerDay < 0 {
			return bad("llm.max_tokens_per_day", "must not be negative")
		}
	}
	if d := time.Duration(c.Scheduler.ElectionInterval); d < 100*time.Millisecond || d > time.Minute {
		return bad("scheduler.election_interval", "must be between 100ms and 1m")
	}
	if d := time.Duration(c.Scheduler.ClaimTimeout); d < time.Second || d > 24*time.Hour {
		return bad("scheduler.claim_timeout", "must be between 1s and 24h")
	}
	if c.Retention != 0 && time.Duration(c.Retention) < 24*time.Hour {
		return bad("retention", "must be at least 1d (or 0 to keep everything)")
	}
	return nil
}

// ValidateSourceURL accepts http(s) URLs and file:///absolute paths.
func ValidateSourceURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return fmt.Errorf("%q is not a URL", raw)
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%q has no host", raw)
		}
	case "file":
		if u.Host != "" || !filepath.IsAbs(u.Path) {
			return fmt.Errorf("%q: want file:///absolute/path", raw)
		}
	default:
		return fmt.Errorf("%q: want http(s):// or file:///absolute/path", raw)
	}
	return nil
}

func validChannelID(s string) bool {
	if len(s) < 9 || len(s) > 24 {
		return false
	}
	switch s[0] {
	case 'C', 'G', 'D':
	default:
		return false
	}
	for _, r := range s[1:] {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// SchedulerEnabled reports whether this replica may run scheduled jobs.
func (c Config) SchedulerEnabled() bool { return c.Scheduler.Enabled == nil || *c.Scheduler.Enabled }

// RequireSlackPosting checks the secrets that posting digests needs.
func (c Config) RequireSlackPosting() error {
	if c.Slack.BotToken == "" {
		return fmt.Errorf("%w: SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN_FILE) is required to post digests", ErrInvalid)
	}
	return nil
}

// RequireSlackCommands checks the secrets that answering commands needs.
func (c Config) RequireSlackCommands() error {
	if c.Slack.SigningSecret == "" && c.Slack.AppToken == "" {
		return fmt.Errorf("%w: SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) is required to answer /relations", ErrInvalid)
	}
	return nil
}

// Redacted returns a copy safe to log or print: secrets and the database
// URL's password replaced.
func (c Config) Redacted() Config {
	r := c
	if r.LLM != nil {
		l := *r.LLM
		if l.APIKey != "" {
			l.APIKey = "[redacted]"
		}
		r.LLM = &l
	}
	for _, p := range []*string{&r.Slack.BotToken, &r.Slack.SigningSecret, &r.Slack.AppToken} {
		if *p != "" {
			*p = "[redacted]"
		}
	}
	if u, err := url.Parse(r.Database); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "redacted")
			r.Database = u.String()
		}
	}
	return r
}
