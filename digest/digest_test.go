package digest

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/relbot/relbot"
)

var (
	hcm    = time.FixedZone("ICT", 7*3600)
	period = time.Date(2026, 2, 9, 7, 0, 0, 0, hcm)
)

func art(id int64, source, title, text, story string, day int) relbot.Article {
	return relbot.Article{ID: id, Source: source, Title: title, Text: text, Story: story,
		URL: "https://news.example/" + title, Summary: "summary of " + title,
		Published: time.Date(2026, 2, day, 10, 0, 0, 0, hcm)}
}

func TestCompose(t *testing.T) {
	articles := []relbot.Article{
		art(1, "Viet Nam News", "Party chief meets CPP President", "Tô Lâm met Samdech Techo Hun Sen in Phnom Penh.", "st-a", 6),
		art(2, "AKP", "Samdech Techo receives Vietnamese leader", "A longer report: Samdech Techo Hun Sen received To Lam at the Peace Palace, and the two agreed on trade.", "st-a", 7),
		art(3, "Viet Nam News", "Rice exports rise", "Exports of rice grew in January.", "st-b", 7),
		art(4, "Khmer Daily", "Border market reopens", "A market on the Cambodia border reopened.", "", 8),
	}
	meetings := []relbot.Meeting{
		{ID: 10, Date: relbot.Date{Year: 2026, Month: 2, Day: 6}, Status: relbot.StatusPast,
			Participants: []relbot.Participant{{Slug: "to-lam", Name: "Tô Lâm"}, {Slug: "hun-sen", Name: "Hun Sen"}},
			Sources:      []relbot.SourceRef{{ArticleID: 1}, {ArticleID: 2}}},
		{ID: 11, Date: relbot.Date{Year: 2026, Month: 3}, Status: relbot.StatusPlanned,
			Participants: []relbot.Participant{{Slug: "hun-manet", Name: "Hun Manet"}, {Slug: "luong-cuong", Name: "Lương Cường"}},
			Sources:      []relbot.SourceRef{{ArticleID: 3}}},
	}
	tests := []struct {
		name      string
		terms     []string
		max       int
		wantTitle []string
		wantLinks [][]string // outlets per item
		meetings  int
	}{
		{"everything, most outlets first", nil, 10,
			[]string{"Samdech Techo receives Vietnamese leader", "Border market reopens", "Rice exports rise"},
			[][]string{{"AKP", "Viet Nam News"}, {"Khmer Daily"}, {"Viet Nam News"}}, 1},
		{"actor slug matches through meetings", []string{"hun-sen"}, 10,
			[]string{"Samdech Techo receives Vietnamese leader"}, [][]string{{"AKP", "Viet Nam News"}}, 1},
		{"word matches folded text", []string{"cambodia"}, 10,
			[]string{"Border market reopens"}, [][]string{{"Khmer Daily"}}, 0},
		{"max items counts stories", nil, 1,
			[]string{"Samdech Techo receives Vietnamese leader"}, [][]string{{"AKP", "Viet Nam News"}}, 1},
		{"nothing matches", []string{"laos"}, 10, nil, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Compose(Options{Channel: "C1", Period: period, Terms: tc.terms, MaxItems: tc.max}, articles, meetings)
			var titles []string
			var links [][]string
			for _, it := range d.Items {
				titles = append(titles, it.Title)
				var outlets []string
				for _, l := range it.Links {
					outlets = append(outlets, l.Outlet)
				}
				links = append(links, outlets)
			}
			if diff := cmp.Diff(tc.wantTitle, titles); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantLinks, links); diff != "" {
				t.Errorf("outlets (-want +got):\n%s", diff)
			}
			if len(d.Meetings) != tc.meetings {
				t.Errorf("meetings = %d, want %d (planned ones never shown)", len(d.Meetings), tc.meetings)
			}
			if d.Period != "2026-02-09T07:00:00+07:00" || d.Channel != "C1" {
				t.Errorf("period, channel = %q, %q", d.Period, d.Channel)
			}
		})
	}
}

func TestComposeNamesMatchAliases(t *testing.T) {
	articles := []relbot.Article{art(1, "AKP", "Samdech Techo visits Vientiane", "Samdech Techo Hun Sen arrived.", "", 6)}
	names := func(slug string) []string {
		if slug == "hun-sen" {
			return []string{"Samdech Techo Hun Sen"}
		}
		return nil
	}
	d := Compose(Options{Period: period, Terms: []string{"hun-sen"}, Names: names}, articles, nil)
	if len(d.Items) != 1 {
		t.Fatalf("items = %d, want the article naming Hun Sen by an alias", len(d.Items))
	}
}
