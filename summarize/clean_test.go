package summarize

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"agency dateline", "PHNOM PENH, Feb 8 (AKP) – The visit opened a new chapter.", "The visit opened a new chapter."},
		{"agency dateline with period", "PHNOM PENH, Feb. 6 (VNA) – The two leaders held talks.", "The two leaders held talks."},
		{"bare agency tag", "(CNN) -- A train left its tracks on Friday.", "A train left its tracks on Friday."},
		{"glued agency tag", "Vientiane (CNN)Officials met on Monday.", "Officials met on Monday."},
		{"city and agency", "HANOI (VNA) - Viet Nam and Laos signed five deals.", "Viet Nam and Laos signed five deals."},
		{"city region agency", "SIEM REAP, Cambodia (Reuters) -- Tourism rose 8 percent.", "Tourism rose 8 percent."},
		{"capitals and dash", "HANOI — Trade with Cambodia grew in May.", "Trade with Cambodia grew in May."},
		{"capitals date and dash", "PHNOM PENH, March 3 — The ministry confirmed the date.", "The ministry confirmed the date."},
		{"ticker is not a dateline", "Vinamilk (VNM) shares rose on Monday.", "Vinamilk (VNM) shares rose on Monday."},
		{"acronym opening is not a dateline", "ASEAN ministers met in Vientiane.", "ASEAN ministers met in Vientiane."},
		{"byline line", "By Jane Doe\nThe talks lasted two hours.", "The talks lasted two hours."},
		{"byline with role", "By NGUYEN VAN AN, Staff Reporter\nThe talks lasted two hours.", "The talks lasted two hours."},
		{"byline dots and stamp", "By . Jane Doe and John Roe . PUBLISHED: . 14:50 EST, 2 May 2013 . | . UPDATED: . 14:51 EST, 2 May 2013 . The court ruled on Friday.", "The court ruled on Friday."},
		{"stamp line", "PUBLISHED: 09:12 GMT, 4 June 2024 | UPDATED: 10:40 GMT, 4 June 2024\nRain fell.", "Rain fell."},
		{"by is not a byline", "By the end of next year, the road will be open.", "By the end of next year, the road will be open."},
		{"caption with position", "The delegation leaves the palace (pictured) on Friday\nTalks began at noon.", "Talks began at noon."},
		{"caption with left and right", "Minister Sok (left) and Minister Lan (right) shake hands.\nTalks began at noon.", "Talks began at noon."},
		{"label caption", "Warm welcome: The visiting leader was greeted at the airport.\nTalks began at noon.", "Talks began at noon."},
		{"quote is not a caption", "He added: 'We will win.'", "He added: 'We will win.'"},
		{"speaker label is not a caption", "The Prime Minister said: Cooperation will deepen.", "The Prime Minister said: Cooperation will deepen."},
		{"furniture", "Scroll down for video.\nClick here to subscribe\nREAD MORE: Leaders meet again\nShare this article\nRelated: Earlier visit\nFollow us on Twitter @news\nThe pact was signed.", "The pact was signed."},
		{"paragraphs kept, blank lines dropped", "  First paragraph.  \n\n\nSecond paragraph.\r\n", "First paragraph.\nSecond paragraph."},
		{"empty", " \n \t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanVietnameseDateline(t *testing.T) {
	for _, in := range []string{
		"HÀ NỘI — Two-way trade rose again this year.",
		"TÂY NINH — Remains were handed over on Thursday.",
		"ĐÀ NẴNG, Feb 6 (VNA) – Two-way trade rose again this year.",
	} {
		got := Clean(in)
		if strings.Contains(got, "—") || strings.Contains(got, "–") || strings.HasPrefix(got, "HÀ") {
			t.Errorf("Clean(%q) = %q, want the dateline gone", in, got)
		}
	}
}
