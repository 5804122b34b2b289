package meeting

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"

	"github.com/relbot/relbot"
)

//go:embed actors.yaml
var embeddedActors []byte

// ErrBadActor is returned for an actor that cannot enter the gazetteer.
var ErrBadActor = errors.New("meeting: bad actor")

var slugShape = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Gazetteer knows the actors of diplomatic life and every way the news names
// them. It is safe for concurrent use: the collector adds unverified actors
// while queries read it.
type Gazetteer struct {
	mu     sync.RWMutex
	order  []string // slugs in insertion order
	actors map[string]relbot.Actor
	names  *phrases[string] // full names and aliases, honorifics stripped too
	short  *phrases[string] // later-sentence forms ("Lâm", "PM Chính")
	squash map[string][]string
	parts  map[string][]string // slug → single words of the name that later sentences use alone
	// version moves on with every Add, so that answers computed from the
	// gazetteer can tell they are stale.
	version atomic.Int64
}

// NewGazetteer builds the gazetteer from the embedded actors file and extra
// actors (the user's file, unverified actors found earlier). An extra actor
// whose slug is already known replaces the known one, so users can correct
// the embedded data; two verified extras with one slug are an error, while an
// unverified actor gives way to a verified one with its slug. Errors name the
// offending slug.
func NewGazetteer(extra []relbot.Actor) (*Gazetteer, error) {
	base, err := decodeActors(embeddedActors, "actors.yaml")
	if err != nil {
		return nil, fmt.Errorf("embedded actors: %w", err)
	}
	g := &Gazetteer{actors: map[string]relbot.Actor{}}
	for _, a := range base {
		a.Verified = true
		if err := validActor(a); err != nil {
			return nil, fmt.Errorf("embedded actors: %w", err)
		}
		if _, dup := g.actors[a.Slug]; dup {
			return nil, fmt.Errorf("embedded actors: %w: duplicate slug %q", ErrBadActor, a.Slug)
		}
		g.put(a)
	}
	fromExtra := map[string]bool{}
	for _, a := range extra {
		if err := validActor(a); err != nil {
			return nil, err
		}
		if prev, ok := g.actors[a.Slug]; ok && fromExtra[a.Slug] {
			if prev.Verified && a.Verified {
				return nil, fmt.Errorf("%w: duplicate slug %q", ErrBadActor, a.Slug)
			}
			if prev.Verified {
				continue
			}
		}
		fromExtra[a.Slug] = true
		g.put(a)
	}
	g.reindex()
	return g, nil
}

func validActor(a relbot.Actor) error {
	if !slugShape.MatchString(a.Slug) {
		return fmt.Errorf("%w %q: slug must be lower-case ASCII words joined by hyphens", ErrBadActor, a.Slug)
	}
	if strings.TrimSpace(a.Name) == "" {
		return fmt.Errorf("%w %q: name is empty", ErrBadActor, a.Slug)
	}
	for _, r := range a.Roles {
		if strings.TrimSpace(r.Title) == "" {
			return fmt.Errorf("%w %q: a role has no title", ErrBadActor, a.Slug)
		}
		if !r.From.IsZero() && !r.Until.IsZero() && r.Until.Before(r.From) {
			return fmt.Errorf("%w %q: role %q ends before it starts", ErrBadActor, a.Slug, r.Title)
		}
	}
	return nil
}

// put stores a without reindexing.
func (g *Gazetteer) put(a relbot.Actor) {
	if _, ok := g.actors[a.Slug]; !ok {
		g.order = append(g.order, a.Slug)
	}
	g.actors[a.Slug] = a
}

// reindex rebuilds the name indexes; the caller holds the write lock or owns g.
func (g *Gazetteer) reindex() {
	g.names, g.short, g.squash, g.parts = newPhrases[string](), newPhrases[string](), map[string][]string{}, map[string][]string{}
	for _, s := range g.order {
		g.index(g.actors[s])
	}
}

func (g *Gazetteer) index(a relbot.Actor) {
	seen := map[string]bool{}
	addName := func(n string) {
		k := keys(n)
		k = stripHonorifics(k)
		if len(k) == 0 {
			return
		}
		j := strings.Join(k, " ")
		if seen[j] {
			return
		}
		seen[j] = true
		g.names.addKeys(k, a.Slug)
		sq := squashed(strings.Join(k, ""))
		if !slices.Contains(g.squash[sq], a.Slug) {
			g.squash[sq] = append(g.squash[sq], a.Slug)
		}
	}
	addName(a.Name)
	addName(strings.ReplaceAll(a.Slug, "-", " "))
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if strings.Contains(n, ".") {
			// "Retno L.P. Marsudi" is also written "Retno LP Marsudi".
			addName(strings.ReplaceAll(n, ".", ""))
		}
		for _, pair := range [][2]string{{" Al ", " Al-"}, {" Al-", " Al "}, {" al-", " Al "}, {" El ", " El-"}, {" El-", " El "}, {" el-", " El "}} {
			// "Al Thani" is also written "Al-Thani", "Al-Sabah" "Al
			// Sabah", and Egypt's "El-Wazir" "El Wazir".
			if strings.Contains(n, pair[0]) {
				addName(strings.ReplaceAll(n, pair[0], pair[1]))
			}
		}
		for _, suffix := range []string{" Jr.", " Jr", " Sr.", " Sr"} {
			// "Robert F. Kennedy Jr." is also written "Robert F.
			// Kennedy, Jr.".
			if strings.HasSuffix(n, suffix) && !strings.HasSuffix(n, ","+suffix) {
				addName(strings.TrimSuffix(n, suffix) + "," + suffix)
				break
			}
		}
		if strings.Contains(n, " bin ") {
			// "Tamim bin Hamad Al Thani" is also written "Tamim Hamad Al
			// Thani": some outlets leave out the patronymic's "bin".
			addName(strings.ReplaceAll(n, " bin ", " "))
		}
	}
	g.parts[a.Slug] = nameParts(a)
	for _, n := range a.Aliases {
		addName(n)
		// The alias as written, honorifics included, so that "Samdech Techo"
		// alone can name Hun Sen.
		if k := keys(n); len(k) > 0 && !seen["="+strings.Join(k, " ")] {
			seen["="+strings.Join(k, " ")] = true
			g.names.addKeys(k, a.Slug)
		}
	}
	for _, n := range a.Short {
		g.short.add(n, a.Slug)
	}
}

// keyTokens makes words of folded keys, for matching the phrase tables
// against a name or an office rather than a sentence.
func keyTokens(k []string) []token {
	toks := make([]token, len(k))
	for i, s := range k {
		toks[i] = token{key: s, word: true, hash: keyHash(s)}
	}
	return toks
}

// stripHonorifics drops leading honorifics from folded keys ("samdech techo
// hun sen" → "hun sen"); a name made only of honorifics is kept whole.
func stripHonorifics(k []string) []string {
	toks := keyTokens(k)
	i := 0
	for i < len(toks) {
		_, end, ok := honorifics.match(toks, i)
		if !ok {
			break
		}
		i = end
	}
	if i == len(k) {
		return k
	}
	return k[i:]
}

// Actor returns the actor with the slug.
func (g *Gazetteer) Actor(slug string) (relbot.Actor, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	a, ok := g.actors[slug]
	return a, ok
}

// Actors returns every actor, in file order then in order of addition.
func (g *Gazetteer) Actors() []relbot.Actor {
	g.mu.RLock()
	defer g.mu.RUnlock()
	out := make([]relbot.Actor, 0, len(g.order))
	for _, s := range g.order {
		out = append(out, g.actors[s])
	}
	return out
}

// Add makes an actor known, typically an unverified one found in an article.
// A verified actor is never replaced by an unverified one; an actor with an
// invalid slug is ignored.
func (g *Gazetteer) Add(a relbot.Actor) {
	if validActor(a) != nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if prev, ok := g.actors[a.Slug]; ok && prev.Verified && !a.Verified {
		return
	}
	_, existed := g.actors[a.Slug]
	g.put(a)
	g.version.Add(1)
	if existed {
		g.reindex()
		return
	}
	g.index(a)
}

// Version changes whenever an actor is added: the same query may then be
// answered differently.
func (g *Gazetteer) Version() int64 { return g.version.Load() }

// LoadActorsFile reads the user's actors file: a YAML list of actors, or a
// mapping whose `actors` key holds that list. Its actors are verified. Errors
// name the file and the line.
func LoadActorsFile(path string) ([]relbot.Actor, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read actors file: %w", err)
	}
	as, err := decodeActors(b, path)
	if err != nil {
		return nil, err
	}
	for i := range as {
		as[i].Verified = true
	}
	return as, nil
}

// decodeActors reads a YAML list of actors, checking each against the slug
// rules so that errors can name the line.
func decodeActors(b []byte, name string) ([]relbot.Actor, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	list := doc.Content[0]
	if list.Kind == yaml.MappingNode {
		var found *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			if list.Content[i].Value == "actors" {
				found = list.Content[i+1]
			} else {
				return nil, fmt.Errorf("%s:%d: unknown key %q (want a list of actors, or actors: with one)", name, list.Content[i].Line, list.Content[i].Value)
			}
		}
		if found == nil {
			return nil, nil
		}
		list = found
	}
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: want a list of actors", name, list.Line)
	}
	out := make([]relbot.Actor, 0, len(list.Content))
	seen := map[string]int{}
	for _, n := range list.Content {
		if err := knownActorKeys(n); err != nil {
			return nil, fmt.Errorf("%s:%w", name, err)
		}
		var a relbot.Actor
		if err := n.Decode(&a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		if err := validActor(a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		if l, dup := seen[a.Slug]; dup {
			return nil, fmt.Errorf("%s:%d: %w: slug %q already given on line %d", name, n.Line, ErrBadActor, a.Slug, l)
		}
		seen[a.Slug] = n.Line
		out = append(out, a)
	}
	return out, nil
}

// actorKeys and roleKeys are the fields of relbot.Actor and relbot.Role as
// written in YAML. Node.Decode ignores any other key, so a misspelt field or
// an unquoted comma in a flow mapping ("{title: Minister of Economy, Trade
// and Industry}") would cut a value short without a word.
var (
	actorKeys = set("slug", "name", "country", "aliases", "short", "roles")
	roleKeys  = set("title", "country", "org", "from", "until")
)

// knownActorKeys reports the first key of an actor or of one of its roles
// that is not a field, as "LINE: ...".
func knownActorKeys(n *yaml.Node) error {
	if err := knownKeys(n, actorKeys, "actor"); err != nil {
		return err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "roles" || n.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, r := range n.Content[i+1].Content {
			if err := knownKeys(r, roleKeys, "role"); err != nil {
				return err
			}
		}
	}
	return nil
}

func knownKeys(n *yaml.Node, known map[string]bool, what string) error {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !known[k.Value] {
			return fmt.Errorf("%d: %w: unknown %s key %q (a value with a comma in {…} needs quotes)", k.Line, ErrBadActor, what, k.Value)
		}
	}
	return nil
}

// notAlone are words that may begin a name but read as ordinary English when
// alone at the start of a sentence.
var notAlone = set("to", "an", "by", "in", "on", "at", "of", "so", "do", "no", "he", "me", "we", "be", "as", "is", "it", "us", "am",
	"may", "long", "man", "van", "le", "la", "ma", "mai", "ho", "de", "da", "di", "do", "the", "and", "king", "prince", "queen", "said")

// nameWords returns the words of the actor's name without styles and
// generation suffixes: "Vicente Sotto III", "Ferdinand Marcos Jr." go by
// their surnames.
func nameWords(a relbot.Actor) []string {
	k := stripHonorifics(keys(a.Name))
	for len(k) > 2 && (generationSuffixes[k[len(k)-1]] || k[len(k)-1] == ".") {
		k = k[:len(k)-1]
	}
	return k
}

// styledParts returns the words of the name nameParts leaves out because
// they read as English alone ("Đặng Hoàng An" is "Mr An").
func styledParts(a relbot.Actor) []string {
	k := nameWords(a)
	if len(k) < 2 || !notAlone[k[len(k)-1]] || len(k[len(k)-1]) < 2 {
		return nil
	}
	return []string{k[len(k)-1]}
}

// nameParts returns the single words by which later sentences name the actor
// once the article has named them in full: Vietnamese names by the given name
// (the last word), other names by the first or the last word.
func nameParts(a relbot.Actor) []string {
	k := nameWords(a)
	if len(k) < 2 {
		return nil
	}
	cands := []string{k[len(k)-1]}
	if a.Country != "VN" {
		cands = append(cands, k[0])
	}
	if n := len(k); n >= 3 && (k[n-2] == "el" || k[n-2] == "al") {
		// "Tarek El Molla" is "El-Molla" in a later sentence.
		cands = append(cands, k[n-2]+"-"+k[n-1])
	}
	var out []string
	for _, c := range cands {
		if len(c) >= 2 && !notAlone[c] && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// generationSuffixes end a name after the surname: "Jr.", "III".
var generationSuffixes = set("jr", "sr", "ii", "iii", "iv")
