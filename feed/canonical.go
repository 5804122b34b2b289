package feed

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"sort"
	"strings"
	"unicode"
)

// trackingParams are query parameters that identify a campaign or a click,
// not a page; utm_* are matched by prefix.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "ref_src": true, "ref_url": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true,
	"oly_enc_id": true, "vero_id": true, "__twitter_impression": true,
}

// Canonicalize returns the canonical form of an http(s) URL, so that one
// article reached by different links is stored once: scheme and host in
// lower case, default ports, user information, fragment and tracking
// parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ref_src, …) dropped, the
// remaining query parameters sorted by name (values of one name keep their
// order), and the path kept as written except for trailing slashes, which
// are dropped except for the root ("/"). Any other scheme, or a URL without
// a host, is an error.
func Canonicalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("canonicalize: %w", err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("canonicalize %q: scheme %q is not http or https", raw, u.Scheme)
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" || u.Opaque != "" {
		return "", fmt.Errorf("canonicalize %q: no host", raw)
	}
	if strings.ContainsAny(host, "%/?#@ \\") {
		// Zone identifiers and escapes cannot be written back unambiguously.
		return "", fmt.Errorf("canonicalize %q: %w", raw, errBadHost)
	}
	port := u.Port()
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	hostPort := host
	switch {
	case port != "":
		hostPort = net.JoinHostPort(host, port)
	case strings.Contains(host, ":"):
		hostPort = "[" + host + "]" // IPv6 literal
	}

	path := strings.TrimRight(u.EscapedPath(), "/")
	if path == "" {
		path = "/"
	}

	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(hostPort)
	b.WriteString(path)
	if q := canonicalQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String(), nil
}

var errBadHost = errors.New("host cannot be canonicalized")

// canonicalQuery drops tracking and empty parameters and sorts the rest by
// name, keeping each parameter as written so that its escaping, and a name
// without "=", survive.
func canonicalQuery(raw string) string {
	type param struct{ name, raw string }
	var kept []param
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		name, _, _ := strings.Cut(part, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		lower := strings.ToLower(name)
		if strings.HasPrefix(lower, "utm_") || trackingParams[lower] {
			continue
		}
		kept = append(kept, param{name, escapeSpaces(part)})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].name < kept[j].name })
	parts := make([]string, len(kept))
	for i, p := range kept {
		parts[i] = p.raw
	}
	return strings.Join(parts, "&")
}

// escapeSpaces percent-encodes white space, which url.Parse lets through
// in a query: left as is, a trailing space would be trimmed the next time
// the URL is read, and the canonical form would not be stable.
func escapeSpaces(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
			continue
		}
		for _, c := range []byte(string(r)) {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
