package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

func TestFoldWordMatchesFold(t *testing.T) {
	for _, w := range []string{"Tô", "Lâm", "Đà", "Nẵng", "Thành", "phố", "Hồ", "Chí", "Minh", "Nguyễn", "Phú", "Trọng", "Việt", "Lương", "Cường", "Mẫn", "Huế", "Malacañang", "Tête", "Đỗ", "ĐẶNG", "Lâm"} {
		if got, want := foldWord(w), relbot.Fold(w); got != want {
			t.Errorf("foldWord(%q) = %q, want %q", w, got, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"PHNOM PENH, Feb. 6 (VNA) – Tô Lâm met Hun Sen.", "co-chaired People’s", "Lâm", "\u0301x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range tokenize(s) {
			if tk.start < prev || tk.end <= tk.start || tk.end > len(s) || s[tk.start:tk.end] != tk.text {
				t.Fatalf("tokenize(%q): bad token %+v after offset %d", s, tk, prev)
			}
			prev = tk.end
		}
	})
}

func TestPhraseTableRejectsAFormUnderTwoValues(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("a form listed under two cities built a table whose answer would follow map order")
		}
	}()
	phraseTable(map[string][]string{"Saint Petersburg": {"st petersburg"}, "St Petersburg": {"St Petersburg"}})
}

// Each seat of an office names a venue of the table and a capital, so a seat
// misspelt or a city missing from capitals fails here, not silently.
func TestSeatOfficesAreVenuesInCapitals(t *testing.T) {
	for name, office := range seatOffices {
		v, end, ok := venues.match(tokenize(name), 0)
		if !ok || v.name != name || end != len(tokenize(name)) {
			t.Errorf("seat %q of the %s is no venue of the table", name, office)
			continue
		}
		if capitalOf[v.city] == "" {
			t.Errorf("seat %q: its city %q is no capital", name, v.city)
		}
	}
}
