package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSettingsSQLite(t *testing.T) { runSettings(t, openSQLiteTest) }

func TestSettingsPostgres(t *testing.T) { runSettings(t, openPostgresTest(postgresURL(t))) }

func runSettings(t *testing.T, open opener) {
	t.Run("SlackSources", func(t *testing.T) { testSlackSources(t, open) })
	t.Run("ChannelSchedules", func(t *testing.T) { testChannelSchedules(t, open) })
}

func testSlackSources(t *testing.T, open opener) {
	s, _ := open(t)
	if got, err := s.SlackSources(ctx); err != nil || len(got) != 0 {
		t.Fatalf("SlackSources on an empty store = %v, %v; want none", got, err)
	}
	kt := SlackSource{Name: "Khmer Times", URL: "https://kt.example/feed", AddedBy: "U1", Added: at("2026-12-01T07:00:00+07:00")}
	akp := SlackSource{Name: "AKP", URL: "https://akp.example/rss", AddedBy: "U2", Added: at("2026-12-01T01:30:00Z")}
	for _, src := range []SlackSource{kt, akp} {
		if err := s.AddSlackSource(ctx, src); err != nil {
			t.Fatalf("AddSlackSource(%s): %v", src.Name, err)
		}
	}
	for _, tc := range []struct {
		name string
		src  SlackSource
	}{
		{"same name", SlackSource{Name: "AKP", URL: "https://other.example/rss", Added: kt.Added}},
		{"same url", SlackSource{Name: "Other", URL: kt.URL, Added: kt.Added}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.AddSlackSource(ctx, tc.src); !errors.Is(err, ErrExists) {
				t.Errorf("AddSlackSource(%+v) = %v, want ErrExists", tc.src, err)
			}
		})
	}
	got, err := s.SlackSources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Offsets come back as stored.
	if diff := cmp.Diff([]SlackSource{akp, kt}, got); diff != "" {
		t.Errorf("SlackSources (-want +got):\n%s", diff)
	}
	if was, err := s.RemoveSlackSource(ctx, "AKP"); err != nil || !was {
		t.Errorf("RemoveSlackSource(AKP) = %v, %v; want true", was, err)
	}
	if was, err := s.RemoveSlackSource(ctx, "AKP"); err != nil || was {
		t.Errorf("RemoveSlackSource(AKP) again = %v, %v; want false", was, err)
	}
	got, err = s.SlackSources(ctx)
	if diff := cmp.Diff([]SlackSource{kt}, got); diff != "" || err != nil {
		t.Errorf("SlackSources after remove: %v (-want +got):\n%s", err, diff)
	}
	// A removed name and URL may be added again.
	if err := s.AddSlackSource(ctx, akp); err != nil {
		t.Errorf("AddSlackSource after remove: %v", err)
	}
}

func testChannelSchedules(t *testing.T, open opener) {
	s, _ := open(t)
	first := ChannelSchedule{Channel: "C2", Schedule: "0 7 * * 1-5", SetBy: "U1", Updated: at("2026-12-01T07:00:00+07:00")}
	other := ChannelSchedule{Channel: "C1", Schedule: "30 18 * * *", SetBy: "U3", Updated: at("2026-11-30T10:00:00Z")}
	for _, cs := range []ChannelSchedule{first, other} {
		if err := s.SetChannelSchedule(ctx, cs); err != nil {
			t.Fatalf("SetChannelSchedule(%s): %v", cs.Channel, err)
		}
	}
	changed := ChannelSchedule{Channel: "C2", Schedule: "CRON_TZ=Asia/Phnom_Penh 0 8 * * *", SetBy: "U2", Updated: at("2026-12-01T09:00:00+07:00")}
	if err := s.SetChannelSchedule(ctx, changed); err != nil {
		t.Fatalf("SetChannelSchedule again: %v", err)
	}
	got, err := s.ChannelSchedules(ctx)
	if diff := cmp.Diff([]ChannelSchedule{other, changed}, got); diff != "" || err != nil {
		t.Errorf("ChannelSchedules: %v (-want +got):\n%s", err, diff)
	}
	if err := s.SetChannelSchedule(ctx, ChannelSchedule{Channel: "C3", Schedule: " "}); err == nil {
		t.Error("SetChannelSchedule with an empty spec succeeded")
	}
}

// TestSettingsRoundTrip restores what was set from Slack on every pair of
// engines: export → import → export gives the same bytes, in type order.
func TestSettingsRoundTrip(t *testing.T) {
	for _, from := range importEngines() {
		for _, to := range importEngines() {
			t.Run(from.name+"_to_"+to.name, func(t *testing.T) {
				src := from.open(t)
				fillForImport(t, src)
				if err := src.AddSlackSource(ctx, SlackSource{Name: "Khmer <Times>", URL: "https://kt.example/feed?a=1&b=2",
					AddedBy: "U1", Added: at("2026-12-01T07:00:00.123+07:00")}); err != nil {
					t.Fatal(err)
				}
				if err := src.SetChannelSchedule(ctx, ChannelSchedule{Channel: "C9", Schedule: "0 7 * * 1-5",
					SetBy: "U2", Updated: at("2026-12-01T08:00:00Z")}); err != nil {
					t.Fatal(err)
				}
				file := exportFile(t, src)
				var types []string
				for _, l := range strings.Split(strings.TrimSpace(string(file)), "\n") {
					typ := strings.TrimPrefix(l, `{"type":"`)
					typ = typ[:strings.IndexByte(typ, '"')]
					if len(types) == 0 || types[len(types)-1] != typ {
						types = append(types, typ)
					}
				}
				want := []string{"actor", "article", "digest", "follow", "meeting", "schedule", "slack_source", "source"}
				if diff := cmp.Diff(want, types); diff != "" {
					t.Errorf("type order (-want +got):\n%s", diff)
				}
				dst := to.open(t)
				stats, err := dst.Import(ctx, bytes.NewReader(file), false)
				if err != nil {
					t.Fatalf("Import: %v", err)
				}
				if stats.Schedules != 1 || stats.SlackSources != 1 {
					t.Errorf("Import stats = %+v, want 1 schedule and 1 Slack source", stats)
				}
				if !strings.HasSuffix(stats.String(), ", 1 schedule, 1 Slack source") {
					t.Errorf("stats.String() = %q, want it to end with the Slack settings", stats.String())
				}
				if got := exportFile(t, dst); !bytes.Equal(got, file) {
					t.Errorf("export after import differs (-before +after):\n%s", diffLines(file, got))
				}
				// A forced import over it wipes the Slack settings too.
				if _, err := dst.Import(ctx, bytes.NewReader(file), false); !errors.Is(err, ErrNotEmpty) {
					t.Errorf("second Import without force = %v, want ErrNotEmpty", err)
				}
				if _, err := dst.Import(ctx, bytes.NewReader(file), true); err != nil {
					t.Errorf("forced Import: %v", err)
				}
				if got := exportFile(t, dst); !bytes.Equal(got, file) {
					t.Errorf("export after forced import differs (-before +after):\n%s", diffLines(file, got))
				}
			})
		}
	}
}

func TestDecodeSettingsLines(t *testing.T) {
	tests := []struct {
		name, line, wantErr string
	}{
		{"schedule", `{"type":"schedule","channel":"C1","schedule":"0 7 * * *","set_by":"U1","updated":"2026-12-01T07:00:00+07:00"}`, ""},
		{"slack source", `{"type":"slack_source","name":"N","url":"https://n.example/rss","added_by":"","added":""}`, ""},
		{"schedule without channel", `{"type":"schedule","schedule":"0 7 * * *"}`, `missing "channel"`},
		{"schedule without spec", `{"type":"schedule","channel":"C1","schedule":" "}`, `missing "schedule"`},
		{"schedule bad time", `{"type":"schedule","channel":"C1","schedule":"0 7 * * *","updated":"yesterday"}`, `"updated": "yesterday" is not an RFC 3339 time`},
		{"slack source without url", `{"type":"slack_source","name":"N"}`, `missing "url"`},
		{"slack source unknown field", `{"type":"slack_source","name":"N","url":"u","by":"U1"}`, "unknown field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeLine([]byte(tc.line))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("decodeLine(%s) = %v, want no error", tc.line, err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("decodeLine(%s) = %v, want an error containing %q", tc.line, err, tc.wantErr)
			}
		})
	}
}
