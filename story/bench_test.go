package story

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// synthetic makes n articles of a busy deployment, one every step: each
// event is told by three articles in a row (different outlets, different
// wording drawn around the event's own words), half of the events are
// meetings between two of 300 actors, and the rest of the words follow a
// Zipf law over a 40,000-word vocabulary, a twentieth of it with Vietnamese
// diacritics so that folding is exercised.
func synthetic(n int, start time.Time, step time.Duration) []Doc {
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ba", "cam", "do", "ri", "nam", "hoa", "kin", "lo", "mek", "pen", "son", "tra", "vin", "xu", "an", "phu", "qua", "sen", "thi", "ung"}
	marked := []string{"Việt", "Đà", "Nẵng", "Hồ", "Lâm", "Cường", "Thủ", "Mỹ", "Bắc", "Nội"}
	vocab := make([]string, 40000)
	for i := range vocab {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		if i%20 == 7 {
			b.WriteString(marked[r.IntN(len(marked))])
		}
		vocab[i] = b.String()
	}
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	outlets := []string{"VNA", "Viet Nam News", "AKP", "Khmer Times", "Xinhua", "Nhân Dân"}
	docs := make([]Doc, n)
	var event []string
	var meet []relbot.Meeting
	for i := range docs {
		pub := start.Add(time.Duration(i) * step)
		if i%3 == 0 {
			event = event[:0]
			for range 12 {
				event = append(event, vocab[5000+r.IntN(len(vocab)-5000)])
			}
			meet = nil
			if r.IntN(2) == 0 {
				a, b := r.IntN(300), r.IntN(300)
				if a == b {
					b = (a + 1) % 300
				}
				meet = []relbot.Meeting{{
					Date:         relbot.DateOf(pub),
					Participants: []relbot.Participant{{Slug: fmt.Sprintf("actor-%d", a)}, {Slug: fmt.Sprintf("actor-%d", b)}},
				}}
			}
		}
		pick := func(k int) string {
			var b strings.Builder
			for j := range k {
				if j > 0 {
					b.WriteByte(' ')
				}
				if r.IntN(100) < 15 {
					b.WriteString(event[r.IntN(len(event))])
				} else {
					b.WriteString(vocab[zipf.Uint64()])
				}
				if j%18 == 17 {
					b.WriteString(".")
				}
			}
			return b.String()
		}
		docs[i] = Doc{
			Key:       fmt.Sprintf("bench-%d", i),
			Outlet:    outlets[r.IntN(len(outlets))],
			Title:     strings.Join(event[:4], " ") + " " + pick(6),
			Text:      pick(450),
			Published: pub,
			Meetings:  meet,
		}
	}
	return docs
}

// BenchmarkAssign measures grouping at ingest with a full window: the index
// is first loaded with window articles (72 hours of a busy deployment), then
// each Assign adds one more and evicts the oldest. Articles older than the
// window are never touched, so the cost is the same however many articles
// the store holds in all.
func BenchmarkAssign(b *testing.B) {
	for _, window := range []int{10_000, 30_000} {
		b.Run(fmt.Sprintf("window=%d", window), func(b *testing.B) {
			const span = 72 * time.Hour
			step := span / time.Duration(window)
			// A ring of templates longer than the window: a template comes
			// back only after its first use has been evicted.
			ring := synthetic(window+window/3, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), step)
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			before := ms.HeapAlloc
			ix := NewIndex(Options{Window: span})
			i := 0
			next := func() Doc {
				d := ring[i%len(ring)]
				d.Key = fmt.Sprintf("a-%d", i)
				d.Published = ring[0].Published.Add(time.Duration(i) * step)
				i++
				return d
			}
			for range window {
				ix.Assign(next())
			}
			runtime.GC()
			runtime.ReadMemStats(&ms)
			indexMB := float64(ms.HeapAlloc-before) / (1 << 20)
			b.ReportAllocs()
			start, cpu0 := time.Now(), cpuTime()
			n := 0
			for b.Loop() {
				ix.Assign(next())
				n++
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
			// The machine is shared: the process's CPU time (garbage
			// collection included) says what one core can do.
			b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "articles/cpu_s")
			b.ReportMetric(indexMB, "index_MB")
			b.ReportMetric(float64(ix.Len()), "window_articles")
		})
	}
}

// BenchmarkPrepareBaseline is the floor under BenchmarkAssign, from the
// same articles: folding, splitting into words, the MinHash signature and
// the term counts of one article, with no index at all.
func BenchmarkPrepareBaseline(b *testing.B) {
	ring := synthetic(10_000, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Minute)
	ix := NewIndex(Options{})
	b.ReportAllocs()
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for b.Loop() {
		ix.prepare(ring[n%len(ring)])
		n++
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
	b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "articles/cpu_s")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
