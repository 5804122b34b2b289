package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/ask"
	"github.com/relbot/relbot/bot"
	"github.com/relbot/relbot/collect"
	"github.com/relbot/relbot/meeting"
	"github.com/relbot/relbot/scheduler"
	"github.com/relbot/relbot/store"
	"github.com/relbot/relbot/summarize"
)

// openConfigured loads the configuration the --config flag names (or the
// default one) and opens the app on it.
func openConfigured(ctx context.Context, path string, e env) (*app, error) {
	cfg, err := loadConfig(path, e)
	if err != nil {
		return nil, err
	}
	return openApp(ctx, cfg, newLogger(cfg, e.stderr), e.now)
}

func cmdCollect(ctx context.Context, args []string, e env) error {
	fs, path := flags("collect", e)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	a, err := openConfigured(ctx, *path, e)
	if err != nil {
		return err
	}
	defer a.Close()
	if len(a.sources(ctx)) == 0 {
		return usagef("no sources configured: add a sources: list to the configuration file, or add one from Slack with /relations source add URL")
	}
	a.startLLM(ctx)
	reports, err := a.collect(ctx)
	a.stopLLM()
	for _, r := range reports {
		switch {
		case r.Err != nil:
			fmt.Fprintf(e.stderr, "source %q failed: %s\n", r.Source, oneLine(r.Err.Error()))
		case r.NotModified:
			fmt.Fprintf(e.stderr, "source %q: not modified\n", r.Source)
		default:
			fmt.Fprintf(e.stderr, "source %q: %d items, %d new\n", r.Source, r.Items, r.Added)
		}
	}
	if errors.Is(err, collect.ErrAllFailed) {
		return errors.New("every source failed")
	}
	return err
}

func cmdDigest(ctx context.Context, args []string, e env) error {
	fs, path := flags("digest", e)
	channel := fs.String("channel", "", "only this channel's digest")
	dryRun := fs.Bool("dry-run", false, "print the digest instead of posting it; record nothing")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path, e)
	if err != nil {
		return err
	}
	if !*dryRun {
		if err := cfg.RequireSlackPosting(); err != nil {
			return err
		}
	}
	log := newLogger(cfg, e.stderr)
	a, err := openApp(ctx, cfg, log, e.now)
	if err != nil {
		return err
	}
	defer a.Close()
	// The configured digests, with the schedules set from Slack.
	all, err := a.digests(ctx)
	if err != nil {
		return err
	}
	digests := all
	if *channel != "" {
		digests = nil
		for _, d := range all {
			if d.Channel == *channel {
				digests = append(digests, d)
			}
		}
		if len(digests) == 0 {
			return usagef("no digest is configured for channel %s", *channel)
		}
	}
	if len(digests) == 0 {
		return usagef("no digests configured: add a digests: list to the configuration file, or set one from Slack with /relations digest schedule")
	}
	poster := bot.NewPoster(a.slackClient())
	var failed []string
	for _, d := range digests {
		sched, err := configSchedule(d.Schedule)
		if err != nil {
			return err
		}
		period := scheduler.PeriodAt(sched, e.now().In(d.Location))
		if *dryRun {
			dg, _, err := a.composeDigest(ctx, d, period)
			if err != nil {
				return err
			}
			fmt.Fprint(e.stdout, renderText(bot.DigestMessages(dg)))
			continue
		}
		outcome, err := a.postDigest(ctx, poster, d, period)
		if err != nil {
			log.Error("digest_failed", "channel_id", d.Channel, "error", err)
			failed = append(failed, d.Channel)
			continue
		}
		log.Info("digest", "channel_id", d.Channel, "period", period.Format(time.RFC3339), "outcome", string(outcome))
	}
	if len(failed) > 0 {
		return fmt.Errorf("digest failed for %s", strings.Join(failed, ", "))
	}
	return nil
}

func cmdQuery(ctx context.Context, args []string, e env) error {
	fs, path := flags("query", e)
	asJSON := fs.Bool("json", false, "print JSON (the shape documented in README)")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return usagef("usage: relbot query [--json] QUERY (e.g. hun-sen, \"hun-sen to-lam\", \"hun-sen since:2025-01-01\")")
	}
	a, err := openConfigured(ctx, *path, e)
	if err != nil {
		return err
	}
	defer a.Close()
	q := strings.Join(words, " ")
	if parsed, err := a.gazetteer.ParseQuery(q); err == nil && parsed.Help {
		fmt.Fprint(e.stdout, renderText([]bot.Message{bot.HelpMessage()}))
		return nil
	}
	res, err := meeting.Answer(ctx, a.gazetteer, a.store, q, 0, 0)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	fmt.Fprint(e.stdout, renderQueryText(res))
	return nil
}

func cmdExport(ctx context.Context, args []string, e env) error {
	fs, path := flags("export", e)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	a, err := openConfigured(ctx, *path, e)
	if err != nil {
		return err
	}
	defer a.Close()
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err = a.store.Export(ctx, func(typ string, v any) error {
		return enc.Encode(v)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// maxSummarizeInput bounds what summarize reads from stdin.
const maxSummarizeInput = 64 << 20

func cmdSummarize(ctx context.Context, args []string, e env) error {
	fs := newFlagSet("summarize", e)
	asJSON := fs.Bool("json", false, `read a JSON array of {"article_id","article"} and print one JSON object id → summary`)
	words := fs.Int("words", 60, "word budget per summary")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *words < 5 || *words > 1000 {
		return usagef("--words must be between 5 and 1000")
	}
	data, err := io.ReadAll(io.LimitReader(e.stdin, maxSummarizeInput+1))
	if err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	if len(data) > maxSummarizeInput {
		return fmt.Errorf("%w: stdin is larger than 64 MiB", errBadInput)
	}
	s := summarize.Extractive{Words: *words}
	if !*asJSON {
		out, err := s.Summarize(ctx, "", string(data))
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, out)
		return nil
	}
	var items []struct {
		ID      *string `json:"article_id"`
		Article *string `json:"article"`
		Title   string  `json:"title"`
	}
	if err := json.Unmarshal(data, &items); err != nil {
		return fmt.Errorf("%w: stdin is not a JSON array of {\"article_id\", \"article\"}: %v", errBadInput, err)
	}
	out := make(map[string]string, len(items))
	for i, it := range items {
		if it.ID == nil || it.Article == nil {
			return fmt.Errorf("%w: element %d lacks \"article_id\" or \"article\"", errBadInput, i)
		}
		if _, done := out[*it.ID]; done {
			continue
		}
		sum, err := s.Summarize(ctx, it.Title, *it.Article)
		if err != nil {
			return err
		}
		out[*it.ID] = sum
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func cmdEval(_ context.Context, args []string, e env) error {
	fs := newFlagSet("eval", e)
	dir := fs.String("dir", "meeting/testdata/corpus", "folder of labelled articles")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	docs, err := meeting.LoadCorpus(*dir)
	if err != nil {
		return fmt.Errorf("%w: %v", errBadInput, err)
	}
	g, err := meeting.NewGazetteer(nil)
	if err != nil {
		return err
	}
	scores := meeting.Evaluate(meeting.NewExtractor(g), docs)
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(scores)
}

// backend serves the Slack commands from the app.
type backend struct{ a *app }

func (b backend) Query(ctx context.Context, text string, offset, limit int) (relbot.QueryResult, error) {
	if v, ok := bot.AnswerVersionOf(ctx); ok {
		gen, _, _ := strings.Cut(v, ".")
		if n, err := strconv.ParseInt(gen, 10, 64); err == nil {
			ctx = store.AtGeneration(ctx, n)
		}
	}
	return meeting.Answer(ctx, b.a.gazetteer, b.a.store, text, offset, limit)
}

// AnswerVersion changes when a query may be answered differently: the
// meetings changed (in any replica), or the gazetteer learned an actor. Its
// first part is the meetings' generation, which Query hands to the store.
func (b backend) AnswerVersion(ctx context.Context) (string, error) {
	gen, err := b.a.store.MeetingsGeneration(ctx)
	if err != nil {
		return "", err
	}
	return strconv.FormatInt(gen, 10) + "." + strconv.FormatInt(b.a.gazetteer.Version(), 10), nil
}

func (b backend) Follow(ctx context.Context, channel, term string) error {
	return b.a.store.Follow(ctx, channel, term)
}

func (b backend) Unfollow(ctx context.Context, channel, term string) (bool, error) {
	return b.a.store.Unfollow(ctx, channel, term)
}

func (b backend) Follows(ctx context.Context, channel string) ([]string, error) {
	return b.a.store.Follows(ctx, channel)
}

func (b backend) DigestPreview(ctx context.Context, channel string) (relbot.Digest, error) {
	d, _, ok, err := b.a.digestFor(ctx, channel)
	if err != nil {
		return relbot.Digest{}, err
	}
	if !ok {
		return relbot.Digest{}, fmt.Errorf("%w: this channel has no digest configured", meeting.ErrBadQuery)
	}
	sched, err := configSchedule(d.Schedule)
	if err != nil {
		return relbot.Digest{}, err
	}
	dg, _, err := b.a.composeDigest(ctx, d, scheduler.PeriodAt(sched, b.a.now().In(d.Location)))
	return dg, err
}

// Ask answers a question from the stored meetings and articles, through the
// LLM when one is configured; the answerer falls back to listing the best
// matches when the model fails.
func (b backend) Ask(ctx context.Context, question string) (bot.AskAnswer, error) {
	answerer := &ask.Answerer{
		Retriever: b.a.store,
		Actors: func(text string) []string {
			q, _ := b.a.gazetteer.ParseQuery(text)
			return q.Slugs
		},
		Observer: llmObserver{b.a.metrics},
		Logger:   b.a.log,
		Deadline: 20 * time.Second,
	}
	if b.a.llm != nil {
		answerer.LLM = b.a.llm
	}
	ans, err := answerer.Ask(ctx, question)
	if err != nil {
		return bot.AskAnswer{}, err
	}
	out := bot.AskAnswer{Text: ans.Text, UsedLLM: ans.UsedLLM}
	for _, c := range ans.Citations {
		out.Citations = append(out.Citations, bot.AskCitation{N: c.N, Title: c.Title, Outlet: c.Outlet, URL: c.URL, Date: c.Date})
	}
	return out, nil
}

func (b backend) Sources(context.Context) ([]string, error) {
	out := make([]string, len(b.a.cfg.Sources))
	for i, s := range b.a.cfg.Sources {
		out[i] = s.Name
	}
	return out, nil
}
