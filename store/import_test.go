package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

// importEngine opens a fresh, empty store of one engine.
type importEngine struct {
	name string
	open func(t *testing.T) *Store
}

func importEngines() []importEngine {
	return []importEngine{
		{"sqlite", func(t *testing.T) *Store { s, _ := openSQLiteTest(t); return s }},
		{"postgres", func(t *testing.T) *Store { return mustOpen(t, freshSchema(t, postgresURL(t))) }},
	}
}

// exportFile is what `relbot export` writes: one JSON object per line, HTML
// characters left as they are.
func exportFile(t *testing.T, s *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := s.Export(ctx, func(_ string, v any) error { return enc.Encode(v) }); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return buf.Bytes()
}

// encodeLines writes records as an export file would hold them.
func encodeLines(t *testing.T, recs ...any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func diffLines(want, got []byte) string {
	return cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
}

// fillForImport stores a bit of everything through the store's own API:
// merged meetings, a source not stored, unknown dates and places, a repeated
// participant, purged text, a large article, every digest state.
func fillForImport(t *testing.T, s *Store) {
	t.Helper()
	now := at("2026-12-01T07:00:00+07:00")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetSourceState(ctx, "Viet Nam News", `"etag-1"`, "Mon, 30 Nov 2026 10:00:00 GMT"))
	must(s.SetSourceState(ctx, "Khmer Times", "", ""))
	must(s.Follow(ctx, "C1", "hun-sen"))
	must(s.Follow(ctx, "C1", "border trade"))
	must(s.Follow(ctx, "C2", "to-lam"))

	a1 := &relbot.Article{Source: "Viet Nam News", GUID: "vnn-1", URL: "https://vnn.example/a1",
		Title: "Party chief & CPP President meet in Phnom Penh", Text: "Tô Lâm met Hun Sen at the Peace Palace. They spoke of Đà Nẵng port links.",
		Published: at("2026-02-08T11:00:00+07:00"), Collected: at("2026-02-08T04:10:00Z"), Hash: "abc", Story: "st-1"}
	m1 := &relbot.Meeting{Date: date("2026-02-06"), Place: "Phnom Penh", Venue: "Peace Palace", Kind: relbot.KindInPerson,
		Occasion: "official visit", Summary: "They agreed to raise trade.",
		Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-sen", Name: "Hun Sen"}},
		Sources: []relbot.SourceRef{
			{URL: a1.URL, Outlet: a1.Source, Title: a1.Title, Published: a1.Published},
			{URL: "https://elsewhere.example/x", Outlet: "Elsewhere", Title: "Talks", Published: at("2026-02-07T09:00:00Z")},
		}}
	if _, err := s.SaveArticle(ctx, a1, []*relbot.Meeting{m1}, nil); err != nil {
		t.Fatal(err)
	}

	a2 := &relbot.Article{Source: "Khmer Times", GUID: "kt-2", Title: "Hun Manet to phone Phạm Minh Chính",
		Text: "Prime Minister Hun Manet will call his counterpart next month.", Published: at("2026-02-09T08:30:00.123456789+07:00"),
		Collected: at("2026-02-09T02:00:00Z")}
	m2 := &relbot.Meeting{Date: date("2026-03"), Kind: relbot.KindPhone, Status: relbot.StatusPlanned, Summary: "A call is planned.",
		Participants: []relbot.Participant{{Slug: "hun-manet", Name: "Hun Manet"}, {Slug: "pham-minh-chinh", Name: "Phạm Minh Chính"},
			{Slug: "hun-manet", Name: "Hun Manet"}},
		Sources: []relbot.SourceRef{{Outlet: a2.Source, Title: a2.Title, Published: a2.Published}}}
	m3 := &relbot.Meeting{Date: date("2025"), Kind: relbot.KindVirtual, Status: relbot.StatusBackground, Summary: "They met by video last year.",
		Participants: []relbot.Participant{{Slug: "hun-manet", Name: "Hun Manet"}, {Slug: "to-lam", Name: "Tô Lâm"}},
		Sources:      []relbot.SourceRef{{Outlet: a2.Source, Title: a2.Title, Published: a2.Published}}}
	actors := []relbot.Actor{{Slug: "hun-manet", Name: "Hun Manet", Country: "KH", Aliases: []string{"Samdech Hun Manet"}},
		{Slug: "new-envoy", Name: "New Envoy"}}
	if _, err := s.SaveArticle(ctx, a2, []*relbot.Meeting{m2, m3}, actors); err != nil {
		t.Fatal(err)
	}

	// A second report of the first meeting, merged into it.
	a3 := &relbot.Article{Source: "Viet Nam News", GUID: "vnn-3", URL: "https://vnn.example/a3", Title: "More on the Phnom Penh talks",
		Text: "Border gates will open.", Collected: at("2026-02-10T00:00:00Z")}
	merged := *m1
	merged.Sources = append(append([]relbot.SourceRef(nil), m1.Sources...), relbot.SourceRef{URL: a3.URL, Outlet: a3.Source, Title: a3.Title})
	if _, err := s.SaveArticle(ctx, a3, []*relbot.Meeting{&merged}, nil); err != nil {
		t.Fatal(err)
	}
	must(s.SetSummary(ctx, a3.ID, "Gates to open."))

	old := &relbot.Article{Source: "Khmer Times", GUID: "kt-old", URL: "https://kt.example/old", Title: "Old talks in Hanoi",
		Text: "Long gone text.", Published: at("2019-05-01T10:00:00+07:00"), Collected: at("2019-05-01T04:00:00Z")}
	save(t, s, old)
	if _, err := s.PurgeText(ctx, at("2020-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	// Larger than bufio.Scanner's default buffer, so the line cap matters.
	big := &relbot.Article{Source: "Viet Nam News", GUID: "vnn-big", URL: "https://vnn.example/big", Title: "Long read",
		Text:      strings.Repeat("Delegations from Cần Thơ and Kampot discussed rice and river transport. ", 15000),
		Published: at("2026-02-11T00:00:00Z"), Collected: at("2026-02-11T00:00:00Z"), Story: "st-big"}
	save(t, s, big)

	if _, err := s.ClaimDigest(ctx, "C1", "2026-12-01T07:00:00+07:00", 0, now); err != nil {
		t.Fatal(err)
	}
	must(s.CompleteDigest(ctx, "C1", "2026-12-01T07:00:00+07:00", "1764547200.000100", a3.ID, now))
	if _, err := s.ClaimDigest(ctx, "C2", "2026-12-01T07:00:00+07:00", 0, now); err != nil {
		t.Fatal(err)
	}
}

// countTypes counts an export file's lines per type.
func countTypes(t *testing.T, file []byte) ImportStats {
	t.Helper()
	var st ImportStats
	for _, l := range bytes.Split(bytes.TrimSpace(file), []byte("\n")) {
		var head struct{ Type string }
		if err := json.Unmarshal(l, &head); err != nil {
			t.Fatalf("export line %s: %v", l, err)
		}
		*map[string]*int{"actor": &st.Actors, "article": &st.Articles, "digest": &st.Digests,
			"follow": &st.Follows, "meeting": &st.Meetings, "source": &st.Sources}[head.Type]++
	}
	return st
}

// TestImportRoundTrip restores an export on every pair of engines (the
// SQLite → PostgreSQL move included) and checks that the restored database
// exports the same bytes and answers as the original.
func TestImportRoundTrip(t *testing.T) {
	for _, from := range importEngines() {
		for _, to := range importEngines() {
			t.Run(from.name+"_to_"+to.name, func(t *testing.T) {
				src := from.open(t)
				fillForImport(t, src)
				file := exportFile(t, src)
				dst := to.open(t)
				stats, err := dst.Import(ctx, bytes.NewReader(file), false)
				if err != nil {
					t.Fatalf("Import: %v", err)
				}
				if diff := cmp.Diff(countTypes(t, file), stats); diff != "" {
					t.Errorf("stats (-want +got):\n%s", diff)
				}
				if got := exportFile(t, dst); !bytes.Equal(got, file) {
					t.Errorf("export after import differs (-before +after):\n%s", diffLines(file, got))
				}
				sameAnswers(t, src, dst)
				if checkPairIndex(t, dst) == 0 {
					t.Error("no meeting of two after the import: the pair check checked nothing")
				}
				freshIDs(t, dst, file)
			})
		}
	}
}

// sameAnswers asks both stores what relbot asks and wants the same answers,
// non-empty where the fixture has data.
func sameAnswers(t *testing.T, want, got *Store) {
	t.Helper()
	for _, f := range []relbot.MeetingFilter{
		{},
		{Slugs: []string{"hun-sen"}},
		{Slugs: []string{"to-lam", "hun-sen"}, Place: "phnom penh"},
		{Slugs: []string{"hun-manet"}, Status: relbot.StatusPlanned},
		{Status: relbot.StatusBackground, Since: date("2025")},
	} {
		w, wn, err := want.FindMeetings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		g, gn, err := got.FindMeetings(ctx, f)
		if err != nil {
			t.Fatalf("FindMeetings(%+v) after import: %v", f, err)
		}
		if wn == 0 {
			t.Errorf("FindMeetings(%+v) finds nothing in the original: the fixture lacks a case", f)
		}
		if diff := cmp.Diff(w, g); diff != "" || gn != wn {
			t.Errorf("FindMeetings(%+v) after import: total %d, want %d; meetings (-want +got):\n%s", f, gn, wn, diff)
		}
	}
	for _, q := range []string{"da nang", "Đà Nẵng", "hun manet", "old talks", "can tho kampot", "long gone"} {
		w, err := want.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatal(err)
		}
		g, err := got.SearchArticles(ctx, q, 0)
		if err != nil {
			t.Fatalf("SearchArticles(%q) after import: %v", q, err)
		}
		if q != "long gone" && len(w) == 0 {
			t.Errorf("SearchArticles(%q) finds nothing in the original: the fixture lacks a case", q)
		}
		if diff := cmp.Diff(articleIDs(w), articleIDs(g)); diff != "" {
			t.Errorf("SearchArticles(%q) after import (-want +got):\n%s", q, diff)
		}
	}
	wa, _ := want.Actors(ctx)
	ga, err := got.Actors(ctx)
	if err != nil || !cmp.Equal(wa, ga) {
		t.Errorf("Actors after import = %v, %v; want %v", ga, err, wa)
	}
	wp, wl, _ := want.LastDigest(ctx, "C1")
	gp, gl, err := got.LastDigest(ctx, "C1")
	if err != nil || gp != wp || gl != wl {
		t.Errorf("LastDigest(C1) after import = %q, %d, %v; want %q, %d", gp, gl, err, wp, wl)
	}
	wpend, _ := want.PendingDigests(ctx)
	gpend, err := got.PendingDigests(ctx)
	if diff := cmp.Diff(wpend, gpend); diff != "" || err != nil {
		t.Errorf("PendingDigests after import: %v (-want +got):\n%s", err, diff)
	}
	wf, _ := want.Follows(ctx, "C1")
	gf, err := got.Follows(ctx, "C1")
	if diff := cmp.Diff(wf, gf); diff != "" || err != nil {
		t.Errorf("Follows(C1) after import: %v (-want +got):\n%s", err, diff)
	}
	we, wm, _ := want.SourceState(ctx, "Viet Nam News")
	ge, gm, err := got.SourceState(ctx, "Viet Nam News")
	if err != nil || ge != we || gm != wm {
		t.Errorf("SourceState after import = %q, %q, %v; want %q, %q", ge, gm, err, we, wm)
	}
}

// maxIDs returns the largest article and meeting ids of an export file.
func maxIDs(t *testing.T, file []byte) (article, meeting int64) {
	t.Helper()
	for _, l := range bytes.Split(bytes.TrimSpace(file), []byte("\n")) {
		var r struct {
			Type string
			ID   int64
		}
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatal(err)
		}
		switch r.Type {
		case "article":
			article = max(article, r.ID)
		case "meeting":
			meeting = max(meeting, r.ID)
		}
	}
	return article, meeting
}

// freshIDs stores a new article and meeting and wants ids past the file's.
func freshIDs(t *testing.T, s *Store, file []byte) (articleID, meetingID int64) {
	t.Helper()
	maxA, maxM := maxIDs(t, file)
	a := &relbot.Article{Source: "After", GUID: "after-1", URL: "https://after.example/1", Title: "After the restore",
		Published: at("2026-12-01T08:00:00+07:00"), Collected: at("2026-12-01T01:00:00Z")}
	m := &relbot.Meeting{Date: date("2026-11-30"), Kind: relbot.KindPhone, Summary: "A call.",
		Participants: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}}}
	if _, err := s.SaveArticle(ctx, a, []*relbot.Meeting{m}, nil); err != nil {
		t.Fatalf("SaveArticle after import: %v", err)
	}
	if a.ID <= maxA || m.ID <= maxM {
		t.Errorf("new ids after import: article %d, meeting %d; want above %d and %d", a.ID, m.ID, maxA, maxM)
	}
	return a.ID, m.ID
}

// gappedFile is an export whose ids have gaps, as deletions leave them.
func gappedFile(t *testing.T) []byte {
	t.Helper()
	place := "Hanoi"
	var recs []any
	for _, id := range []int64{3, 7, 12} {
		recs = append(recs, ExportArticle{Type: "article", ID: id, Source: "Gap News", Outlet: "Gap News",
			GUID: fmt.Sprint("gap-", id), URL: fmt.Sprint("https://gap.example/", id), Title: fmt.Sprint("Visit number ", id),
			Published: "2026-01-0" + fmt.Sprint(id%9+1) + "T10:00:00+07:00", Collected: "2026-01-10T00:00:00Z", Text: "Hà Nội talks."})
	}
	for _, id := range []int64{5, 9} {
		recs = append(recs, ExportMeeting{Type: "meeting", ID: id, Date: "2026-01-02", Place: &place, Kind: relbot.KindInPerson,
			Status: relbot.StatusPast, Participants: []relbot.Participant{{Slug: "hun-sen", Name: "Hun Sen"}}, Summary: fmt.Sprint("Meeting ", id),
			Sources: []ExportSourceRef{{URL: "https://gap.example/7", Outlet: "Gap News", Title: "Visit number 7",
				Published: "2026-01-08T10:00:00+07:00", ArticleID: 7}}})
	}
	return encodeLines(t, recs...)
}

// TestImportKeepsIDs restores ids with gaps and wants new rows numbered after
// the largest, not in the gaps.
func TestImportKeepsIDs(t *testing.T) {
	for _, e := range importEngines() {
		t.Run(e.name, func(t *testing.T) {
			s := e.open(t)
			file := gappedFile(t)
			if _, err := s.Import(ctx, bytes.NewReader(file), false); err != nil {
				t.Fatalf("Import: %v", err)
			}
			if got := exportFile(t, s); !bytes.Equal(got, file) {
				t.Errorf("export after import differs (-file +export):\n%s", diffLines(file, got))
			}
			a, m := freshIDs(t, s, file)
			if a != 13 || m != 10 {
				t.Errorf("new ids after import: article %d, meeting %d; want 13, 10", a, m)
			}
			got, _, err := s.FindMeetings(ctx, relbot.MeetingFilter{Slugs: []string{"hun-sen"}, Place: "HANOI"})
			if err != nil || len(got) != 2 || got[0].ID != 9 || got[0].Sources[0].ArticleID != 7 {
				t.Errorf("FindMeetings(hun-sen in Hanoi) after import = %+v, %v; want meetings 9 and 5 citing article 7", got, err)
			}
		})
	}
}

// TestImportRejects puts one bad line in a good file and wants an error
// naming it, wrapping ErrBadImport, and nothing imported.
func TestImportRejects(t *testing.T) {
	good := []string{
		`{"type":"actor","slug":"hun-sen","name":"Hun Sen","country":"KH","aliases":[],"verified":false}`,
		`{"type":"article","id":1,"source":"S","guid":"g1","url":"https://s.example/1","title":"T","published":"2026-02-08T11:00:00+07:00","collected":"","text":"x","summary":"","hash":"","story":""}`,
		`{"type":"meeting","id":1,"date":"2026-02-06","place":null,"kind":"phone","status":"past","participants":[{"slug":"hun-sen","name":"Hun Sen"}],"summary":"s","sources":[{"url":"https://s.example/1","outlet":"S","title":"T","published":"2026-02-08T11:00:00+07:00","article_id":1}]}`,
	}
	after := `{"type":"source","name":"S","etag":"","last_modified":""}`
	cases := []struct {
		name string
		bad  string
		want string // in the message
		is   error  // also wrapped, besides ErrBadImport
	}{
		{"bad json", `{"type":"actor","slug":`, "bad JSON", nil},
		{"not an object", `[1, 2]`, "not a JSON object", nil},
		{"missing type", `{"slug":"x"}`, `missing "type"`, nil},
		{"unknown type", `{"type":"user","name":"x"}`, `unknown type "user"`, nil},
		{"unknown field", `{"type":"follow","channel":"C1","term":"x","tern":"y"}`, `unknown field "tern"`, nil},
		{"two values", `{"type":"follow","channel":"C1","term":"x"} {}`, "bad JSON: invalid character '{' after top-level value", nil},
		{"wrong field type", `{"type":"article","id":"2","source":"S","guid":"g2"}`, "article:", nil},
		{"article without guid", `{"type":"article","id":2,"source":"S","guid":""}`, `missing "guid"`, nil},
		{"article without id", `{"type":"article","source":"S","guid":"g2"}`, `missing "id"`, nil},
		{"bad published", `{"type":"article","id":2,"source":"S","guid":"g2","published":"08/02/2026"}`, `"published": "08/02/2026" is not an RFC 3339 time`, nil},
		{"bad meeting date", `{"type":"meeting","id":2,"date":"2026-13-01"}`, "month out of range", relbot.ErrBadDate},
		{"bad kind", `{"type":"meeting","id":2,"date":"2026","kind":"telepathy"}`, `"kind" "telepathy"`, nil},
		{"bad status", `{"type":"meeting","id":2,"status":"rumoured"}`, `"status" "rumoured"`, nil},
		{"participant without slug", `{"type":"meeting","id":2,"participants":[{"name":"X"}]}`, `participant 1: missing "slug"`, nil},
		{"bad digest state", `{"type":"digest","channel":"C1","period":"p","state":"sent","created":"2026-12-01T07:00:00+07:00","updated":"2026-12-01T07:00:00+07:00"}`, `"state" "sent"`, nil},
		{"duplicate article id", strings.Replace(good[1], `"guid":"g1","url":"https://s.example/1"`, `"guid":"g2","url":""`, 1), "article 1:", nil},
		{"duplicate article url", strings.Replace(good[1], `"id":1,"source":"S","guid":"g1"`, `"id":2,"source":"S","guid":"g2"`, 1), "article 2:", nil},
		{"duplicate meeting id", good[2], "meeting 1 imported twice", nil},
		{"duplicate actor", good[0], "actor hun-sen imported twice", nil},
		{"source of a missing article", strings.Replace(strings.Replace(good[2], `"id":1,`, `"id":2,`, 1), `"article_id":1`, `"article_id":99`, 1),
			"article 99 is not imported on an earlier line", nil},
	}
	for _, e := range importEngines() {
		t.Run(e.name, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					s := e.open(t)
					file := strings.Join(good, "\n") + "\n\n" + c.bad + "\n" + after + "\n"
					const wantLine = 5 // three good lines, a blank one, then the bad one
					_, err := s.Import(ctx, strings.NewReader(file), false)
					var le *ImportLineError
					if !errors.Is(err, ErrBadImport) || !errors.As(err, &le) || le.Line != wantLine {
						t.Fatalf("Import = %v; want an ImportLineError on line %d wrapping ErrBadImport", err, wantLine)
					}
					if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("line %d: ", wantLine)) || !strings.Contains(msg, c.want) {
						t.Errorf("Import error %q; want it to name line %d and contain %q", msg, wantLine, c.want)
					}
					if c.is != nil && !errors.Is(err, c.is) {
						t.Errorf("Import error %v does not wrap %v", err, c.is)
					}
					if got := exportFile(t, s); len(got) != 0 {
						t.Errorf("after a failed import the database holds:\n%s", got)
					}
				})
			}
		})
	}
}

// TestImportLineTooLong lowers the line cap and wants the long line named.
func TestImportLineTooLong(t *testing.T) {
	defer func(n int) { maxImportLine = n }(maxImportLine)
	maxImportLine = 1024
	s, _ := openSQLiteTest(t)
	file := `{"type":"source","name":"S","etag":"","last_modified":""}` + "\n" +
		`{"type":"follow","channel":"C1","term":"` + strings.Repeat("x", 2000) + `"}` + "\n"
	_, err := s.Import(ctx, strings.NewReader(file), false)
	var le *ImportLineError
	if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, ErrBadImport) || !strings.Contains(err.Error(), "longer than 1024 bytes") {
		t.Fatalf("Import = %v; want line 2 longer than 1024 bytes, wrapping ErrBadImport", err)
	}
	if got := exportFile(t, s); len(got) != 0 {
		t.Errorf("after a failed import the database holds:\n%s", got)
	}
}

// TestImportNonEmpty wants a database with data refused without force,
// replaced with it, and kept as it was when a forced import fails.
func TestImportNonEmpty(t *testing.T) {
	for _, e := range importEngines() {
		t.Run(e.name, func(t *testing.T) {
			s := e.open(t)
			fillForImport(t, s)
			// More ids than the file has, so that the sequences could move back.
			for i := range 12 {
				save(t, s, &relbot.Article{Source: "Filler", GUID: fmt.Sprint("f", i), Title: "Filler"})
			}
			before := exportFile(t, s)
			file := gappedFile(t)

			_, err := s.Import(ctx, bytes.NewReader(file), false)
			if !errors.Is(err, ErrNotEmpty) || errors.Is(err, ErrBadImport) {
				t.Fatalf("Import without force = %v; want ErrNotEmpty", err)
			}
			if !strings.Contains(err.Error(), "articles") {
				t.Errorf("Import without force: %q; want it to say what the database holds", err)
			}
			if got := exportFile(t, s); !bytes.Equal(got, before) {
				t.Errorf("refused import changed the database (-before +after):\n%s", diffLines(before, got))
			}

			bad := append(append([]byte{}, file...), "{\"type\":\"nope\"}\n"...)
			if _, err := s.Import(ctx, bytes.NewReader(bad), true); !errors.Is(err, ErrBadImport) {
				t.Fatalf("forced import of a bad file = %v; want ErrBadImport", err)
			}
			if got := exportFile(t, s); !bytes.Equal(got, before) {
				t.Errorf("failed forced import changed the database (-before +after):\n%s", diffLines(before, got))
			}

			maxBefore, _ := maxIDs(t, before)
			stats, err := s.Import(ctx, bytes.NewReader(file), true)
			if err != nil {
				t.Fatalf("Import with force: %v", err)
			}
			if !stats.Replaced || stats.Articles != 3 || stats.Meetings != 2 {
				t.Errorf("Import with force stats = %+v; want Replaced, 3 articles, 2 meetings", stats)
			}
			if got := exportFile(t, s); !bytes.Equal(got, file) {
				t.Errorf("export after forced import (-file +export):\n%s", diffLines(file, got))
			}
			checkPairIndex(t, s) // the wiped meetings' pairs are gone too
			if res, err := s.SearchArticles(ctx, "long read", 0); err != nil || len(res) != 0 {
				t.Errorf("search finds wiped articles: %v, %v", articleIDs(res), err)
			}
			// Ids handed out before the wipe are not handed out again.
			if a, _ := freshIDs(t, s, file); a <= maxBefore {
				t.Errorf("new article id %d after a forced import; want above %d, the largest before", a, maxBefore)
			}
		})
	}
}

func TestImportStatsString(t *testing.T) {
	got := ImportStats{Actors: 1, Articles: 2, Meetings: 1, Sources: 0}.String()
	want := "1 actor, 2 articles, 0 digests, 0 follows, 1 meeting, 0 sources"
	if got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// FuzzDecodeLine feeds decodeLine arbitrary lines: it must never panic, and
// a record it accepts must be accepted again once encoded.
func FuzzDecodeLine(f *testing.F) {
	for _, seed := range []string{
		`{"type":"actor","slug":"hun-sen","name":"Hun Sen","country":"KH","aliases":["Samdech Hun Sen"],"verified":true}`,
		`{"type":"article","id":1,"source":"S","outlet":"S","guid":"g","url":"","title":"Đà Nẵng","published":"2026-02-08T11:00:00+07:00","collected":"","text":"","summary":"","hash":"","story":""}`,
		`{"type":"meeting","id":1,"date":"2026-02","place":"Hanoi","kind":"in-person","status":"planned","participants":[{"slug":"a","name":"A"}],"sources":[{"published":"2026-02-08T11:00:00Z","article_id":0}]}`,
		`{"type":"digest","channel":"C","period":"p","state":"posting","ts":"","last_article_id":0,"created":"2026-12-01T07:00:00+07:00","updated":"2026-12-01T07:00:00+07:00"}`,
		`{"type":"follow","channel":"C","term":"t"}`,
		`{"type":"source","name":"S","etag":"\"e\"","last_modified":""}`,
		`{"type":"meeting","id":-1}`, `{"type":null}`, `null`, `{"type":"article"`, "{\"type\":\"source\",\"name\":\"\xff\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := decodeLine(line)
		if err != nil {
			return
		}
		again, err := json.Marshal(rec)
		if err != nil {
			t.Fatalf("encode accepted record %#v: %v", rec, err)
		}
		if _, err := decodeLine(again); err != nil {
			t.Errorf("decodeLine(%s) accepted, its encoding %s refused: %v", line, again, err)
		}
	})
}
