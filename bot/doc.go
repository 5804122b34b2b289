// Package bot is relbot's Slack edge: it renders digests and relations
// answers as Block Kit messages within Slack's limits, posts digests with
// pacing and retries that never post twice, and serves the /relations slash
// command over HTTP (signed requests only) and over Socket Mode with one set
// of handlers.
//
// Everything that came from a feed, an LLM or a user passes through Escape
// before it reaches mrkdwn, so that it can never ping a channel, mention a
// user or produce a link; the only links in a message are the ones this
// package builds from http(s) URLs.
//
// What a Slack user sees when something fails is decided in one function,
// ErrorMessage; the operator's log gets the whole error chain.
package bot
