package relbot

import (
	"slices"
	"sync"
	"testing"
)

func TestFoldAndSlugify(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"Tô Lâm", "to lam", "to-lam"},
		{"Phạm Minh Chính", "pham minh chinh", "pham-minh-chinh"},
		{"Đà Nẵng", "da nang", "da-nang"},
		{"Børge Brende", "borge brende", "borge-brende"},
		{"Łukasz Kraß", "lukasz krass", "lukasz-krass"},
		{"ĐẶNG Thị Ngọc Thịnh", "dang thi ngoc thinh", "dang-thi-ngoc-thinh"},
		{"Samdech Techo HUN SEN", "samdech techo hun sen", "samdech-techo-hun-sen"},
		{"Xi Jinping's", "xi jinping's", "xi-jinpings"},
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.fold {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := Slugify(tc.in); got != tc.slug {
			t.Errorf("Slugify(%q) = %q, want %q", tc.in, got, tc.slug)
		}
	}
}

func TestFoldConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				if got := Fold("Thành phố Hồ Chí Minh"); got != "thanh pho ho chi minh" {
					t.Errorf("Fold = %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestParseDate(t *testing.T) {
	good := map[string]string{"2026-02-06": "2026-02-06", "2025-04": "2025-04", "2024": "2024"}
	for in, want := range good {
		d, err := ParseDate(in)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
	for _, in := range []string{"2026-02-30", "2026-13", "26-01-01", "2026-1-05", "", "abcd", "2026-02-06-01"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
	if d := (Date{Year: 2025, Month: 4}); d.Start().Day() != 1 || d.End().Day() != 30 {
		t.Errorf("month range = %v..%v", d.Start(), d.End())
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-02-06", "2025-04", "2024", "0000-00-00", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}

func TestWordsFoldsAndCuts(t *testing.T) {
	for in, want := range map[string][]string{
		"Tô Lâm, 2026":       {"to", "lam", "2026"},
		"Neth-Pheaktra (KH)": {"neth", "pheaktra", "kh"},
		"ĐẶNG Hoàng\nGiang":  {"dang", "hoang", "giang"},
		"  — ":               nil,
	} {
		if got := Words(in); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}
