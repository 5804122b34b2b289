package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/slack-go/slack"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/bot"
)

// renderText shows Slack messages in a terminal roughly as a reader sees
// them: links as "title (url)", escapes undone, thread replies indented.
func renderText(msgs []bot.Message) string {
	var b strings.Builder
	for i, m := range msgs {
		indent := ""
		if i > 0 {
			indent = "  │ "
			b.WriteString("  └ in thread:\n")
		}
		for _, line := range strings.Split(strings.TrimRight(blocksText(m.Blocks), "\n"), "\n") {
			b.WriteString(indent + line + "\n")
		}
	}
	return b.String()
}

func blocksText(blocks []slack.Block) string {
	var b strings.Builder
	seen := map[string]bool{}
	mrkdwnText := func(s string) string { return mrkdwnTextSeen(s, seen) }
	for _, bl := range blocks {
		switch v := bl.(type) {
		case *slack.HeaderBlock:
			if v.Text != nil {
				t := mrkdwnText(v.Text.Text)
				fmt.Fprintf(&b, "%s\n%s\n", t, strings.Repeat("═", min(len([]rune(t)), 60)))
			}
		case *slack.SectionBlock:
			if v.Text != nil {
				b.WriteString(mrkdwnText(v.Text.Text) + "\n")
			}
			for _, f := range v.Fields {
				b.WriteString(mrkdwnText(f.Text) + "\n")
			}
		case *slack.ContextBlock:
			var parts []string
			for _, el := range v.ContextElements.Elements {
				if t, ok := el.(*slack.TextBlockObject); ok {
					parts = append(parts, mrkdwnText(t.Text))
				}
			}
			b.WriteString(strings.Join(parts, "  ") + "\n")
		case *slack.DividerBlock:
			b.WriteString(strings.Repeat("─", 40) + "\n")
		case *slack.ActionBlock:
			var labels []string
			for _, el := range v.Elements.ElementSet {
				if btn, ok := el.(*slack.ButtonBlockElement); ok && btn.Text != nil {
					labels = append(labels, "["+btn.Text.Text+"]")
				}
			}
			if len(labels) > 0 {
				b.WriteString(strings.Join(labels, " ") + "\n")
			}
		}
	}
	return b.String()
}

var (
	slackLink = regexp.MustCompile(`<([^|<>]+)\|([^<>]+)>`)
	bold      = regexp.MustCompile(`\*([^*\n]+)\*`)
)

// mrkdwnText turns Slack mrkdwn into terminal text: a link shows its text
// and, the first time in a line, its URL. Feed text never holds a literal
// '*' (bot.Escape replaces it), so every pair of stars is our bold.
func mrkdwnText(s string) string { return mrkdwnTextSeen(s, map[string]bool{}) }

// mrkdwnTextSeen is mrkdwnText that prints each URL once across calls
// sharing seen.
func mrkdwnTextSeen(s string, seen map[string]bool) string {
	s = slackLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := slackLink.FindStringSubmatch(m)
		if seen[sub[1]] {
			return sub[2]
		}
		seen[sub[1]] = true
		return sub[2] + " <" + sub[1] + ">"
	})
	s = bold.ReplaceAllString(s, "$1")
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// renderQueryText prints an answer for `relbot query` without --json.
func renderQueryText(r relbot.QueryResult) string {
	var b strings.Builder
	if len(r.Actors) == 0 {
		fmt.Fprintf(&b, "No actor matches %q.\n", r.Query)
		if len(r.Suggestions) > 0 {
			b.WriteString("Did you mean:\n")
			for _, s := range r.Suggestions {
				fmt.Fprintf(&b, "  %s  (relbot query %s)\n", s.Name, s.Slug)
			}
		}
		return b.String()
	}
	names := make([]string, len(r.Actors))
	for i, a := range r.Actors {
		names[i] = a.Name
	}
	fmt.Fprintf(&b, "Meetings of %s: %d\n", strings.Join(names, " and "), len(r.Meetings))
	for _, m := range r.Meetings {
		var others []string
		for _, p := range m.Participants {
			others = append(others, p.Name)
		}
		where := "place unknown"
		if m.Place != nil {
			where = *m.Place
		}
		if m.Kind != relbot.KindInPerson {
			where = string(m.Kind)
		}
		fmt.Fprintf(&b, "\n%s  %s — %s\n", m.Date, where, strings.Join(others, ", "))
		if m.Summary != "" {
			fmt.Fprintf(&b, "  %s\n", m.Summary)
		}
		for _, s := range m.Sources {
			fmt.Fprintf(&b, "  · %s: %s %s\n", s.Outlet, s.Title, s.URL)
		}
	}
	return b.String()
}
