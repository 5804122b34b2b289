package meeting

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

func TestNewGazetteerEmbedded(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range g.Actors() {
		if a.Slug != relbot.Slugify(a.Name) {
			t.Errorf("actor %q: slug is not Slugify(name %q) = %q", a.Slug, a.Name, relbot.Slugify(a.Name))
		}
		if !a.Verified {
			t.Errorf("embedded actor %q not verified", a.Slug)
		}
	}
	if a, ok := g.Actor("hun-sen"); !ok || a.Name != "Hun Sen" {
		t.Errorf("Actor(hun-sen) = %+v, %v", a, ok)
	}
}

// TestEmbeddedNamesAreOneActorsEach guards the data file against one person
// entered twice under two spellings: every name and alias, folded, belongs
// to one actor (short forms such as "Prawit" may be shared).
func TestEmbeddedNamesAreOneActorsEach(t *testing.T) {
	actors, err := decodeActors(embeddedActors, "actors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := relbot.Fold(n)
			if o, ok := owner[k]; ok && o != a.Slug {
				t.Errorf("%q is a name of both %s and %s", n, o, a.Slug)
			}
			owner[k] = a.Slug
		}
	}
}

func TestNewGazetteerExtra(t *testing.T) {
	tests := []struct {
		name    string
		extra   []relbot.Actor
		wantErr string
		check   func(t *testing.T, g *Gazetteer)
	}{
		{name: "bad slug", extra: []relbot.Actor{{Slug: "Hun Sen", Name: "X"}}, wantErr: `"Hun Sen"`},
		{name: "no name", extra: []relbot.Actor{{Slug: "nobody"}}, wantErr: `"nobody"`},
		{name: "two verified with one slug", extra: []relbot.Actor{{Slug: "a-b", Name: "A B", Verified: true}, {Slug: "a-b", Name: "A B2", Verified: true}}, wantErr: `"a-b"`},
		{name: "override", extra: []relbot.Actor{{Slug: "hun-sen", Name: "Hun Sen (override)", Verified: true}}, check: func(t *testing.T, g *Gazetteer) {
			if a, _ := g.Actor("hun-sen"); a.Name != "Hun Sen (override)" {
				t.Errorf("Actor(hun-sen).Name = %q, want the override", a.Name)
			}
		}},
		{name: "verified wins over unverified", extra: []relbot.Actor{{Slug: "nguyen-minh-vu", Name: "Nguyen Minh Vu"}, {Slug: "nguyen-minh-vu", Name: "Nguyễn Minh Vũ", Verified: true}}, check: func(t *testing.T, g *Gazetteer) {
			if a, _ := g.Actor("nguyen-minh-vu"); a.Name != "Nguyễn Minh Vũ" || !a.Verified {
				t.Errorf("Actor = %+v, want the verified one", a)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := NewGazetteer(tt.extra)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("NewGazetteer error = %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, g)
		})
	}
}

func TestLoadActorsFile(t *testing.T) {
	tests := []struct {
		name, body, wantErr string
		want                []string
	}{
		{"list", "- slug: kin-phea\n  name: Kin Phea\n  country: KH\n", "", []string{"kin-phea"}},
		{"actors key", "actors:\n  - slug: kin-phea\n    name: Kin Phea\n", "", []string{"kin-phea"}},
		{"bad slug names line", "- slug: kin-phea\n  name: Kin Phea\n- slug: Bad_Slug\n  name: X\n", "actors.yaml:3", nil},
		{"duplicate names line", "- slug: a-b\n  name: A B\n- slug: a-b\n  name: A B\n", "actors.yaml:3", nil},
		{"bad date", "- slug: a-b\n  name: A B\n  roles: [{title: King, from: 2004-13-01}]\n", "actors.yaml:1", nil},
		{"unknown top key", "people: []\n", "actors.yaml:1", nil},
		{"misspelt actor key names line", "- slug: a-b\n  name: A B\n  contry: KH\n", `actors.yaml:3: meeting: bad actor: unknown actor key "contry"`, nil},
		{"unquoted comma in a role", "- slug: a-b\n  name: A B\n  roles: [{title: Minister of Economy, Trade and Industry, country: JP}]\n", `unknown role key "Trade and Industry"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "actors.yaml")
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			as, err := LoadActorsFile(p)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("LoadActorsFile error = %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range as {
				got = append(got, a.Slug)
				if !a.Verified {
					t.Errorf("actor %q from the user's file not verified", a.Slug)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("slugs (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := LoadActorsFile(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file error = %v, want one naming the file", err)
	}
}

func TestAddConcurrent(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(g)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			g.Add(relbot.Actor{Slug: "kin-phea", Name: "Kin Phea"})
			g.Add(relbot.Actor{Slug: "hun-sen", Name: "Impostor"}) // never replaces a verified actor
		}()
		go func() {
			defer wg.Done()
			x.Extract(Input{Text: "Prime Minister Hun Manet met Kin Phea in Phnom Penh on Monday.", Published: testPub})
			g.Suggest("kin", 3)
			_, _ = g.ParseQuery("kin phea 2025")
		}()
	}
	wg.Wait()
	if a, _ := g.Actor("hun-sen"); a.Name != "Hun Sen" {
		t.Errorf("hun-sen became %q", a.Name)
	}
	q, err := g.ParseQuery("Kin Phea")
	if err != nil || len(q.Slugs) != 1 || q.Slugs[0] != "kin-phea" {
		t.Errorf("ParseQuery(Kin Phea) = %+v, %v; want the added actor", q, err)
	}
}

func TestSuggest(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q     string
		first string
		has   []string
	}{
		{"tolam", "to-lam", nil},
		{"hun", "", []string{"hun-sen", "hun-manet"}},
		{"hun sen manet", "", []string{"hun-sen", "hun-manet"}},
		{"Xi Jinpin", "xi-jinping", nil},
		{"pham minh chin", "pham-minh-chinh", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := g.Suggest(tt.q, 5)
			var slugs []string
			for _, p := range got {
				slugs = append(slugs, p.Slug)
			}
			if tt.first != "" && (len(slugs) == 0 || slugs[0] != tt.first) {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, slugs, tt.first)
			}
			for _, h := range tt.has {
				found := false
				for _, s := range slugs {
					found = found || s == h
				}
				if !found {
					t.Errorf("Suggest(%q) = %v, want %s among them", tt.q, slugs, h)
				}
			}
		})
	}
	if got := g.Suggest("zzzzqqq", 5); got == nil || len(got) != 0 {
		t.Errorf("Suggest(nonsense) = %#v, want an empty list", got)
	}
}

// Answers computed from the gazetteer are kept while its version holds:
// learning an actor must move it, an ignored actor need not.
func TestGazetteerVersionMovesOnAdd(t *testing.T) {
	g, err := NewGazetteer(nil)
	if err != nil {
		t.Fatal(err)
	}
	v0 := g.Version()
	g.Add(relbot.Actor{Slug: "nguyen-minh-vu", Name: "Nguyễn Minh Vũ"})
	v1 := g.Version()
	if v1 == v0 {
		t.Errorf("version %d unchanged after an actor was learned", v1)
	}
	g.Add(relbot.Actor{Slug: "Not A Slug", Name: "x"})
	if g.Version() != v1 {
		t.Errorf("version moved for an actor that was ignored")
	}
}
