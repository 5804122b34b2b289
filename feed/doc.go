// Package feed fetches news feeds and article pages politely and safely,
// parses RSS, Atom and JSON Feed into plain-text items, extracts an article
// page's main text, and canonicalizes article URLs.
//
// # Politeness
//
// Every request carries a User-Agent naming relbot and a link to the project,
// so that a site's operator can see who is calling. Feeds are fetched with a
// conditional GET: the caller keeps the [State] (ETag and Last-Modified) of
// each source and passes it back, the Fetcher sends If-None-Match and
// If-Modified-Since, and a 304 answer costs the site no body at all
// ([Result].NotModified). A file:// source gets the same treatment from its
// modification time and size, so an unchanged file is not parsed again.
// Bodies are accepted compressed (the transport asks for gzip).
//
// # Safety
//
// Every request has a timeout ([Options].Timeout, 20 s by default) on top of
// the caller's context, follows at most 5 redirects, and reads at most
// [Options].MaxFeedBytes or [Options].MaxPageBytes of (decompressed) body. A
// body past its cap is an error wrapping [ErrTooLarge], never silently
// truncated: a truncated feed would look like a valid feed with items
// missing.
//
// Feed URLs come from the operator's configuration and are trusted as
// written: http, https, or file:///absolute/path. Page URLs come from the
// feeds, that is from third parties, so [Fetcher.FetchPage] follows only
// http(s) links and, unless [Options].AllowPrivateNetworks is set, refuses
// to connect to loopback, private, link-local, multicast, unspecified and
// other non-public addresses. The check runs on the resolved IP address of
// every connection the client opens (a net.Dialer Control function), so it
// also covers each redirect and DNS names that resolve to internal
// addresses; refusals wrap [ErrNotAllowed]. A proxy from the environment is
// not used for pages while the guard is on, because the guard would then
// check the proxy's address instead of the target's.
//
// # Text
//
// [HTMLToText] turns HTML into plain text: scripts, styles, navigation and
// figure captions are dropped, block elements become paragraph breaks
// ("\n\n"), <br> a newline, entities are decoded and runs of white space
// collapsed. [Fetcher.FetchPage] extracts the main text with go-readability
// and refuses pages whose main text is too short to be an article
// ([ErrNoText]): on such pages readability returns the whole body,
// navigation included, and the caller is better served by the feed's text.
package feed
