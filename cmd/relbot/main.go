// Command relbot collects news about a country's diplomatic relations, posts
// a Slack digest on schedule, and answers /relations with the meetings the news
// reported. Run `relbot help` for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	_ "time/tzdata" // time zones must resolve in a scratch image too

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/config"
)

// version is stamped at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{lookup: config.OSEnv, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, now: time.Now})
	stop()
	os.Exit(code)
}

// usageError is a mistake in how relbot was called: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// env bundles what a command may touch, so that tests run commands in process.
type env struct {
	lookup config.Env
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
}

const usageText = `relbot — diplomatic relations from the news, in Slack

Usage: relbot COMMAND [flags]

Commands:
  demo                      run the whole pipeline offline on a bundled corpus
  serve                     answer Slack commands and run the scheduled jobs
  collect                   poll every source once
  digest [--channel C] [--dry-run]
                            post the digest of the current period (or print it)
  query [--json] QUERY      meetings of an actor: "hun-sen", "hun-sen to-lam 2025", "since:2025-01-01"
  summarize [--json] [--words N]
                            summarize an article on stdin (extractive, no configuration needed)
  export                    write everything as JSON lines to stdout
  import [--force] FILE|-   restore an export into an empty database (SQLite or PostgreSQL)
  eval [--dir DIR]          score meeting extraction on a labelled corpus
  config check              validate the configuration and print it with secrets redacted
  healthcheck               exit 0 when relbot serve answers /healthz (for container health checks)
  version                   print the version

Every command that reads configuration takes --config FILE (else $RELBOT_CONFIG, else ./relbot.yaml).
Exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error.
`

// run executes one command and returns the exit code. A panic is reported
// and exits 2, never escapes.
func run(ctx context.Context, args []string, e env) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "relbot: internal error: %v\n%s", r, debug.Stack())
			code = 2
		}
	}()
	err := dispatch(ctx, args, e)
	if err == nil {
		return 0
	}
	fmt.Fprintf(e.stderr, "relbot: %s\n", oneLine(err.Error()))
	var ue usageError
	switch {
	case errors.As(err, &ue), errors.Is(err, config.ErrInvalid), errors.Is(err, relbot.ErrBadQuery), errors.Is(err, errBadInput):
		return 2
	}
	return 1
}

// errBadInput marks bad input given by the user (bad JSON on stdin): exit 2.
var errBadInput = errors.New("bad input")

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func dispatch(ctx context.Context, args []string, e env) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usageText)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, usageText)
		return nil
	case "version", "--version":
		fmt.Fprintf(e.stdout, "relbot %s\n", version)
		return nil
	case "demo":
		return cmdDemo(ctx, rest, e)
	case "serve":
		return cmdServe(ctx, rest, e)
	case "collect":
		return cmdCollect(ctx, rest, e)
	case "digest":
		return cmdDigest(ctx, rest, e)
	case "query":
		return cmdQuery(ctx, rest, e)
	case "summarize":
		return cmdSummarize(ctx, rest, e)
	case "export":
		return cmdExport(ctx, rest, e)
	case "import":
		return cmdImport(ctx, rest, e)
	case "eval":
		return cmdEval(ctx, rest, e)
	case "healthcheck":
		return cmdHealthcheck(ctx, rest, e)
	case "config":
		if len(rest) == 0 || rest[0] != "check" {
			return usagef("usage: relbot config check [--config FILE]")
		}
		return cmdConfigCheck(ctx, rest[1:], e)
	}
	return usagef("unknown command %q; run relbot help", cmd)
}

// flags returns a flag set for cmd with the shared --config flag.
func flags(cmd string, e env) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("config", "", "configuration file (default $RELBOT_CONFIG or ./relbot.yaml)")
	return fs, path
}

// parse parses args, letting flags come after positional arguments too
// ("query hun-sen --json").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, usagef("see relbot help")
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// loadConfig finds and loads the configuration.
func loadConfig(flagPath string, e env) (config.Config, error) {
	return config.Load(config.FindPath(flagPath, e.lookup), e.lookup)
}

// newLogger writes logs to stderr in the configured format.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func cmdConfigCheck(_ context.Context, args []string, e env) error {
	fs, path := flags("config check", e)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, e)
	if err != nil {
		return err
	}
	r := cfg.Redacted()
	src := r.Path
	if src == "" {
		src = "built-in defaults"
	}
	fmt.Fprintf(e.stdout, "configuration ok (%s): database %s, time zone %s, %d sources, %d digests\n",
		src, r.Database, r.Timezone, len(r.Sources), len(r.Digests))
	return nil
}
