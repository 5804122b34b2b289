package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
	"github.com/relbot/relbot/config"
	"github.com/relbot/relbot/store"
)

// importCLI runs relbot in process against one database named in a configuration
// file of its own.
type importCLI struct {
	t       *testing.T
	cfgPath string
}

func newImportCLI(t *testing.T, database string) importCLI {
	t.Helper()
	path := filepath.Join(t.TempDir(), "relbot.yaml")
	if err := os.WriteFile(path, []byte(fmt.Sprintf("database: %q\n", database)), 0o600); err != nil {
		t.Fatal(err)
	}
	return importCLI{t: t, cfgPath: path}
}

// run runs one command with stdin and returns its exit code, stdout and stderr.
func (c importCLI) run(stdin []byte, args ...string) (int, []byte, string) {
	c.t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), append(args, "--config", c.cfgPath), env{lookup: config.MapEnv(nil),
		stdin: bytes.NewReader(stdin), stdout: &out, stderr: &errOut, now: time.Now})
	if strings.Contains(errOut.String(), `unknown command "import"`) {
		c.t.Fatal(`dispatch in main.go lacks: case "import": return cmdImport(ctx, rest, e)`)
	}
	return code, out.Bytes(), errOut.String()
}

// seedDatabase stores articles, meetings, a digest, a follow and a source
// state through the store, as collect and serve would.
func seedDatabase(t *testing.T, dsn string) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ict := time.FixedZone("", 7*3600)
	for i, title := range []string{"Leaders meet in Phnom Penh", "Ministers talk about the <border> & trade"} {
		a := &relbot.Article{Source: "Mekong Wire", GUID: fmt.Sprint("mw-", i), URL: fmt.Sprint("https://mekong.example/", i),
			Title: title, Text: "Tô Lâm and Hun Sen spoke in Đà Nẵng.", Published: time.Date(2026, 2, 7+i, 9, 0, 0, 0, ict),
			Collected: time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC), Story: fmt.Sprint("story-", i)}
		m := &relbot.Meeting{Date: relbot.Date{Year: 2026, Month: 2, Day: 6 + i}, Place: "Phnom Penh", Kind: relbot.KindInPerson,
			Summary:      "They agreed to open border gates.",
			Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-sen", Name: "Hun Sen"}},
			Sources:      []relbot.SourceRef{{URL: a.URL, Outlet: a.Source, Title: a.Title, Published: a.Published}}}
		if _, err := s.SaveArticle(ctx, a, []*relbot.Meeting{m}, []relbot.Actor{{Slug: "new-envoy", Name: "New Envoy"}}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 7, 0, 0, 0, ict)
	if _, err := s.ClaimDigest(ctx, "C0123456789", now.Format(time.RFC3339), 0, now); err != nil {
		t.Fatal(err)
	}
	if err := s.CompleteDigest(ctx, "C0123456789", now.Format(time.RFC3339), "1764547200.000100", 2, now); err != nil {
		t.Fatal(err)
	}
	if err := s.Follow(ctx, "C0123456789", "hun-sen"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSourceState(ctx, "Mekong Wire", `"v2"`, ""); err != nil {
		t.Fatal(err)
	}
}

// importPostgres returns a DSN on a schema of the test's own, or skips
// (fails in CI) when RELBOT_TEST_POSTGRES_URL is not set.
func importPostgres(t *testing.T) string {
	t.Helper()
	base := os.Getenv("RELBOT_TEST_POSTGRES_URL")
	if base == "" {
		msg := "RELBOT_TEST_POSTGRES_URL is not set: skipping the move to PostgreSQL " +
			"(set it to e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "relbot_import_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func importLines(b []byte) []string { return strings.Split(string(b), "\n") }

// TestImportCommand restores an export into a fresh database (SQLite, and
// PostgreSQL when one is configured: the move users make) and checks the
// exit codes of the ways an import is refused.
func TestImportCommand(t *testing.T) {
	srcPath := filepath.Join(t.TempDir(), "src.db")
	seedDatabase(t, srcPath)
	src := newImportCLI(t, srcPath)
	code, dump, stderr := src.run(nil, "export")
	if code != 0 || len(dump) == 0 {
		t.Fatalf("export: exit %d, %d bytes; stderr: %s", code, len(dump), stderr)
	}
	dumpFile := filepath.Join(t.TempDir(), "backup.jsonl")
	if err := os.WriteFile(dumpFile, dump, 0o600); err != nil {
		t.Fatal(err)
	}

	targets := []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "restored.db") }},
		{"postgres", importPostgres},
	}
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			dst := newImportCLI(t, tg.dsn(t))
			code, out, stderr := dst.run(dump, "import", "-")
			if code != 0 {
				t.Fatalf("import -: exit %d, stderr: %s", code, stderr)
			}
			if len(out) != 0 {
				t.Errorf("import wrote to stdout: %q", out)
			}
			want := fmt.Sprintf("imported 1 actor, 2 articles, 1 digest, 1 follow, 2 meetings, 1 source into %s\n", tg.name)
			if stderr != want {
				t.Errorf("import stderr = %q, want %q", stderr, want)
			}
			code, again, stderr := dst.run(nil, "export")
			if code != 0 {
				t.Fatalf("export after import: exit %d, stderr: %s", code, stderr)
			}
			if diff := cmp.Diff(importLines(dump), importLines(again)); diff != "" {
				t.Errorf("export after import differs (-before +after):\n%s", diff)
			}
			code, answer, stderr := dst.run(nil, "query", "--json", "hun-sen")
			if code != 0 || !strings.Contains(string(answer), `"date":"2026-02-07"`) {
				t.Errorf("query after import: exit %d, stdout %s, stderr %s; want the meeting of 2026-02-07", code, answer, stderr)
			}

			// Refused without --force, replaced with it; a bad file changes nothing.
			code, _, stderr = dst.run(nil, "import", dumpFile)
			if code != 2 || !strings.Contains(stderr, "--force") || !strings.Contains(stderr, "not empty") {
				t.Errorf("import into a non-empty database: exit %d, stderr %q; want 2 and a hint at --force", code, stderr)
			}
			bad := bytes.Replace(dump, []byte(`"type":"digest"`), []byte(`"type":"digests"`), 1)
			badLine := bytes.Count(dump[:bytes.Index(dump, []byte(`"type":"digest"`))], []byte("\n")) + 1
			code, _, stderr = dst.run(bad, "import", "--force", "-")
			if wantMsg := fmt.Sprintf("relbot: import: line %d: unknown type \"digests\"", badLine); code != 2 || !strings.HasPrefix(stderr, wantMsg) {
				t.Errorf("import of a bad line: exit %d, stderr %q; want 2 and %q", code, stderr, wantMsg)
			}
			code, _, stderr = dst.run(nil, "import", "--force", dumpFile)
			if code != 0 || !strings.Contains(stderr, "replacing what it held") {
				t.Errorf("import --force: exit %d, stderr %q; want 0 and a note that it replaced the data", code, stderr)
			}
			if _, again, _ = dst.run(nil, "export"); !bytes.Equal(again, dump) {
				t.Errorf("export after import --force differs (-before +after):\n%s", cmp.Diff(importLines(dump), importLines(again)))
			}
		})
	}
}

func TestImportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	missingDir := filepath.Join(dir, "no-such-dir", "relbot.db")
	cases := []struct {
		name     string
		database string
		args     []string
		stdin    string
		code     int
		stderr   string
	}{
		{"no file", filepath.Join(dir, "a.db"), []string{"import"}, "", 2, "usage: relbot import"},
		{"two files", filepath.Join(dir, "b.db"), []string{"import", "x", "y"}, "", 2, "usage: relbot import"},
		{"unknown flag", filepath.Join(dir, "c.db"), []string{"import", "--merge", "-"}, "", 2, "flag provided but not defined"},
		{"missing file", filepath.Join(dir, "d.db"), []string{"import", filepath.Join(dir, "absent.jsonl")}, "", 2, "absent.jsonl"},
		{"bad json", filepath.Join(dir, "e.db"), []string{"import", "-"}, "{\"type\":\"follow\",\"channel\":\"C1\",\"term\":\"x\"}\nnot json\n", 2, "line 2: not a JSON object"},
		{"database cannot open", missingDir, []string{"import", "-"}, "", 1, "no-such-dir"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := newImportCLI(t, c.database).run([]byte(c.stdin), c.args...)
			if code != c.code || !strings.Contains(stderr, c.stderr) {
				t.Errorf("relbot %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), code, stderr, c.code, c.stderr)
			}
			if len(out) != 0 {
				t.Errorf("stdout = %q, want nothing", out)
			}
		})
	}
}
