// Package demo bundles the small offline corpus that `relbot demo` runs the
// whole pipeline on: two invented outlets' RSS feeds, written for the demo in
// the project's own words.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

//go:embed data/*.xml
var data embed.FS

// Feed is one bundled feed.
type Feed struct {
	Name string // the outlet, as a source name
	File string // file name, e.g. "viet-nam-news.xml"
	Body []byte
}

// outletNames maps a feed file to the outlet users see.
var outletNames = map[string]string{
	"viet-nam-news.xml": "Viet Nam News",
	"khmer-daily.xml":   "Khmer Daily",
}

// Feeds returns the bundled feeds in file-name order.
func Feeds() ([]Feed, error) {
	entries, err := fs.ReadDir(data, "data")
	if err != nil {
		return nil, err
	}
	var out []Feed
	for _, e := range entries {
		body, err := data.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		name, ok := outletNames[e.Name()]
		if !ok {
			name = strings.TrimSuffix(e.Name(), ".xml")
		}
		out = append(out, Feed{Name: name, File: e.Name(), Body: body})
	}
	return out, nil
}
