package meeting

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// floors are the lowest scores a labelled set may get: a change that scores
// lower fails. Every set must also leak no planned, background or other
// non-meeting as held.
type floors struct {
	precision, recall, place float64
	leaks                    int // planned, background and other non-meetings out as held, at most
}

// The corpus was written with the extractor and tuned on. Each held-out set
// was written apart from the extractor and from the others, scored blind,
// then used for tuning with general rules (docs/EVALUATION.md): heldout
// blind P 0.74 R 0.77 place 0.76, now 1.00; heldout2 blind P 0.79 R 0.82
// place 0.97, now P 0.972 R 0.922 place 0.971; heldout3 blind P 0.84 R 0.86
// place 0.93, then 1.00, P 0.958 R 0.942 since its Sanya leaders' meeting is
// labelled held, as the issue counts group meetings; heldout4 blind P 0.845 R 0.812 place 0.897 (1 planned
// leak), now P 0.938 R 0.891 place 0.988; heldout5, scored blind after the
// fourth round, P 0.885 R 0.820 place 0.905, now P 0.941 R 0.910 place
// 0.943; heldout6, scored blind after the fifth round, P 0.867 R 0.709 place
// 0.859 (2 planned leaks), then tuned on; heldout7, scored blind after that,
// P 0.780 R 0.676 place 0.900 (1 planned leak), then tuned on; heldout8,
// typical wire and agency news scored blind, P 0.915 R 0.857 place 0.963,
// no leak; heldout9 (2024–2026 news) and heldout10 (2016–2023, offices of
// their day), scored blind last, P 0.802 R 0.841 place 0.871 (1 planned,
// 1 other leak) and P 0.846 R 0.857 place 0.969 (1 letter leak), then tuned
// on; heldout11, everyday news scored blind after that round, P 0.897
// R 0.685 place 0.906 (1 other leak), then tuned on; heldout12, scored
// blind on the round's final rules, P 0.894 R 0.831 place 0.948 (1 letter
// leak), not tuned on; heldout13, scored blind on the same rules, P 0.887
// R 0.797 place 0.873, no leak, then tuned on; heldout14 (multilateral
// meetings) and heldout15 (hard cases), blind P 0.885 R 0.511 and P 0.734
// R 0.670, then tuned on; heldout16, everyday news scored blind on that
// round's rules, P 0.965 R 0.804 place 0.920 (1 planned leak), then tuned
// on; heldout17, written after that and scored blind on the rules then,
// P 0.952 R 0.606 place 0.942 (2 planned leaks), then tuned on; heldout18,
// scored blind on the round's final rules, P 0.859 R 0.761 place 0.964
// (2 planned, 3 background leaks), then tuned on; heldout19 and heldout20,
// scored blind on the next round's start, P 0.910 R 0.782 and P 0.868
// R 0.688, then tuned on; heldout21, written meanwhile and scored blind on
// those rules, P 0.846 R 0.806; heldout22 and heldout23, scored blind later,
// P 0.861 R 0.615 and P 0.804 R 0.577, then tuned on; heldout24, scored
// blind on the session's final rules, P 0.873 R 0.752, then tuned on in the
// next session with heldout25, 26 and 27, scored blind as they came (P 0.944
// R 0.512; P 0.846 R 0.544; P 0.870 R 0.614); heldout28, scored blind
// later, P 0.916 R 0.631, then tuned on; heldout29, P 0.872 R 0.536, then
// tuned on; heldout30, P 0.958 R 0.804, then tuned on; heldout31, scored
// blind on that session's final rules, P 0.890 R 0.719, later tuned on with
// two rules; heldout32, scored blind at the next session's start, P 0.912
// R 0.843 place 1.000 (no leak), then tuned on; heldout33, scored blind
// after that, P 0.827 R 0.761 place 0.967 (5 planned, 3 background leaks),
// then tuned on; heldout34, scored blind on the rules of the round's end,
// P 0.924 R 0.847 place 1.000 (2 background leaks), then tuned on;
// heldout35, scored blind after that, P 0.839 R 0.549 place 1.000 (3
// background, 1 letter, 2 other leaks), then tuned on a little; heldout36,
// scored blind on that session's final rules, P 0.926 R 0.774 place 0.920
// (1 planned, 3 background leaks), then given one rule (the planned leak);
// heldout37 and heldout38, scored blind at the next session's start, P 0.886
// R 0.848 place 0.979 (4 background leaks) and P 0.814 R 0.925 place 0.920
// (1 planned, 6 background, 1 other), then tuned on; heldout39, scored blind
// after the first rules of that round, P 0.906 R 0.773 place 0.949 (2
// planned, 1 letter), then tuned on. heldout38 and heldout39 keep planned
// leaks (a meeting "looked forward to" in a sentence that opens "At this
// morning's meeting"; a tour's first meeting dated by its return home).
// heldout40, written last and scored blind on the round's final rules, P 0.921
// R 0.824 place 0.978 (2 planned, 4 background leaks), was then given two
// rules for its planned leaks only. heldout41 and heldout42, scored blind at
// the next session's start, P 0.940 R 0.839 place 1.000 (1 planned) and P
// 0.948 R 0.730 place 0.960 (2 planned), were then tuned on; heldout43 and
// heldout44, scored blind on that round's rules (6d9da24), P 0.964 R 0.736
// place 0.917 and P 0.979 R 0.730 place 0.917 (no leak), were tuned on after.
// heldout45 and heldout46, scored blind at the next session's start (4d508c2),
// P 0.993 R 0.919 place 0.947 (no leak) and P 0.906 R 0.772 place 0.877 (1
// background leak), were tuned on after; heldout47 and heldout48, scored blind
// on that round's rules (ac2e5b4), P 0.808 R 0.783 place 0.849 (3 background,
// 1 letter, 2 other leaks) and P 0.904 R 0.573 place 0.931 (1 planned, 1
// background; four of its articles are in Vietnamese, which the extractor
// does not read), were tuned on after; heldout50 and heldout49, scored blind
// on 8639b98 and 5238dc7, P 0.930 R 0.816 place 0.964 and P 0.851 R 0.573
// place 0.883 (1 other leak), were tuned on after; heldout51, 52 and 53,
// scored blind on 58246cc, P 0.888 R 0.450 place 0.875 (2 background, 1
// other), P 0.904 R 0.653 place 0.952 (1 background, 1 letter) and P 0.935
// R 0.504 place 1.000 (2 planned, 1 other), then heldout54, 55 and 56,
// scored blind on 678f1cd after tuning on the first three, P 0.954 R 0.646
// place 0.930 (1 planned, 1 other), P 0.922 R 0.736 place 0.857 (1 planned,
// 1 background) and P 0.926 R 0.623 place 0.878, were tuned on after;
// heldout57 and heldout58, scored blind on the round's final rules
// (965d0a1), P 0.926 R 0.683 place 0.922 and P 0.966 R 0.828 place 0.929
// (1 background, 1 other), were not tuned on; heldout59, 60 and 61, scored
// blind on 92f25fb, P 0.839 R 0.770 place 0.950, P 0.968 R 0.528 place
// 0.926 (most of its misses everyone at a multilateral meeting, which this
// project does not count as one meeting) and P 0.969 R 0.876 place 0.981,
// none with a leak, were tuned on after; heldout62, 63 and 64, scored blind
// on dcba677 (the round's first rules), P 0.932 R 0.696 place 0.920, P 0.931
// R 0.830 place 0.971 (1 background, 1 other) and P 0.685 R 0.626 place
// 0.944 (6 background, 1 planned), were tuned on after; heldout65, 66 and
// 67, scored blind on 5b199b0, P 0.906 R 0.882 place 0.859 (2 background), P
// 0.867 R 0.615 place 0.905 and P 0.962 R 0.809 place 0.900, and heldout68,
// 69 and 70, scored blind on 7ba31ff, P 0.976 R 0.820 place 0.949 (1
// planned), P 0.960 R 0.747 place 1.000 (1 planned, 1 background) and P
// 0.872 R 0.708 place 0.932 (1 planned, 1 background, 1 other), were tuned
// on after; heldout71 and 72, scored blind on the round's final rules
// (fc24bcf), P 0.934 R 0.855 place 0.986 (1 letter) and P 0.927 R 0.888
// place 0.921 (2 background), were not tuned on; heldout73 and 74, scored
// blind on 1e358a6, P 0.951 R 0.684 place 0.967 (1 planned, 1 background)
// and P 0.892 R 0.704 place 0.990 (1 background), only heldout73's planned
// leak fixed after; heldout75–80 in docs/EVALUATION.md (round nineteen);
// heldout81 and 82, scored blind on c08ab7c, P 0.987 R 0.844 place 0.911
// (no leak) and P 0.923 R 0.340 place 0.975 (1 background); heldout83 on
// 17fe45a P 0.826 R 0.399 place 0.863 (1 planned, 1 background, 1 letter, 1
// other) and heldout84 on 3f8a56b, the round's last rules, P 0.750 R 0.431
// place 0.899 (1 background); heldout85, 86 and 87, scored blind on 6fc2713,
// P 0.886 R 0.560 place 0.925, P 0.976 R 0.461 place 0.985 (no leak) and P
// 0.795 R 0.283 place 0.850 (1 planned, 2 background); heldout88 and 89,
// scored blind on 3b2a316, P 0.909 R 0.685 place 0.845 (1 planned, 2 other)
// and P 0.860 R 0.332 place 0.978 (no leak); heldout90 and 91, scored blind
// on the round's final rules (1627b0a), P 0.874 R 0.667 place 0.955 (1
// planned, 3 background, 1 letter) and P 0.906 R 0.849 place 0.973 (no leak),
// only heldout90's planned leak mended after; heldout92–96, scored blind on
// f33149a, P 0.845 R 0.719 place 0.956 (1 background, 1 letter), P 0.944 R
// 0.904 place 0.958, P 0.885 R 0.339 place 0.927 (1 background, 1 other), P
// 0.905 R 0.684 place 0.981 and P 0.802 R 0.574 place 0.833 (1 planned, 1
// background), heldout97 and 98 on daddabd, P 0.884 R 0.703 place 0.978 and
// P 0.906 R 0.725 place 1.000 (1 background), heldout99 on 768eea2, P 0.966
// R 0.802 place 0.955, all tuned on after; heldout100, 101 and 102, scored
// blind on the round's final rules (ef47dd4), P 0.868 R 0.952 place 0.932,
// P 0.763 R 0.584 place 0.964 (2 planned, 4 background, 1 letter, 6 other)
// and P 0.919 R 0.540 place 0.974 (1 background), only heldout101's planned
// leaks mended after ("looked forward to … and to holding talks", "about a
// meeting between"), which cost heldout84 a pair (its recall floor 0.51 →
// 0.50) for two extra pairs fewer. heldout103–108, scored blind on e91d513,
// P 0.912 R 0.640 place 0.885, P 0.955 R 0.755 place 0.986, P 0.832 R 0.627
// place 0.926 (1 background), P 0.892 R 0.657 place 0.899 (1 other), P
// 0.946 R 0.716 place 0.862 (1 background) and P 0.880 R 0.293 place 0.894,
// all tuned on after; heldout109–112, scored blind on 9ee5603, P 0.938 R
// 0.738 place 0.947 (1 background), P 0.902 R 0.398 place 0.923, P 0.898 R
// 0.549 place 0.895 (2 background) and P 0.908 R 0.701 place 0.824, only
// heldout110 and 111 tuned on after. heldout96 labels as background a call
// told in a relative clause of a past-perfect sentence ("had previously
// spoken only by phone with leaders, including Biden, with whom he held a
// telephone call last week"), which the rules since count as held on its
// own date: its leak floor is 2. heldout38 labels the
// attendees of a summit as no meeting, which the sets written since count as
// one: its precision floor follows the rules that side with them; so does
// heldout54's, whose author labels "other" a co-chaired foreign ministers'
// meeting with the list that attended it. Rounds since heldout112 are told
// in docs/EVALUATION.md. The
// floors sit a little under the current figures so that only a real
// regression fails; heldout5, 6, 12, 18, 19, 20, 23, 25, 26, 27, 29, 30, 31,
// 33, 34, 35, 36, 37, 38, 39, 40, 46, 47, 48, 49, 51, 52, 54, 55 and 58 keep
// the leaks they have (see docs/EVALUATION.md), no more.
func TestCorpus(t *testing.T)     { checkCorpus(t, "corpus", floors{0.98, 0.98, 0.98, 0}) }
func TestHeldout(t *testing.T)    { checkCorpus(t, "heldout", floors{0.98, 0.98, 0.98, 0}) }
func TestHeldout2(t *testing.T)   { checkCorpus(t, "heldout2", floors{0.96, 0.93, 0.96, 1}) }
func TestHeldout3(t *testing.T)   { checkCorpus(t, "heldout3", floors{0.94, 0.93, 0.98, 0}) }
func TestHeldout4(t *testing.T)   { checkCorpus(t, "heldout4", floors{0.94, 0.92, 0.98, 0}) }
func TestHeldout5(t *testing.T)   { checkCorpus(t, "heldout5", floors{0.95, 0.93, 0.93, 1}) }
func TestHeldout6(t *testing.T)   { checkCorpus(t, "heldout6", floors{0.91, 0.87, 0.93, 2}) }
func TestHeldout7(t *testing.T)   { checkCorpus(t, "heldout7", floors{0.93, 0.88, 0.98, 0}) }
func TestHeldout8(t *testing.T)   { checkCorpus(t, "heldout8", floors{0.96, 0.98, 0.96, 0}) }
func TestHeldout9(t *testing.T)   { checkCorpus(t, "heldout9", floors{0.94, 0.98, 0.98, 0}) }
func TestHeldout10(t *testing.T)  { checkCorpus(t, "heldout10", floors{0.94, 0.96, 0.98, 0}) }
func TestHeldout11(t *testing.T)  { checkCorpus(t, "heldout11", floors{0.96, 0.96, 0.96, 0}) }
func TestHeldout12(t *testing.T)  { checkCorpus(t, "heldout12", floors{0.87, 0.81, 0.92, 1}) }
func TestHeldout13(t *testing.T)  { checkCorpus(t, "heldout13", floors{0.90, 0.83, 0.91, 0}) }
func TestHeldout14(t *testing.T)  { checkCorpus(t, "heldout14", floors{0.96, 0.91, 0.94, 0}) }
func TestHeldout15(t *testing.T)  { checkCorpus(t, "heldout15", floors{0.92, 0.87, 0.93, 0}) }
func TestHeldout16(t *testing.T)  { checkCorpus(t, "heldout16", floors{0.97, 0.97, 0.90, 0}) }
func TestHeldout17(t *testing.T)  { checkCorpus(t, "heldout17", floors{0.96, 0.89, 0.96, 0}) }
func TestHeldout18(t *testing.T)  { checkCorpus(t, "heldout18", floors{0.90, 0.78, 0.96, 3}) }
func TestHeldout19(t *testing.T)  { checkCorpus(t, "heldout19", floors{0.94, 0.94, 0.94, 1}) }
func TestHeldout20(t *testing.T)  { checkCorpus(t, "heldout20", floors{0.90, 0.86, 0.96, 3}) }
func TestHeldout21(t *testing.T)  { checkCorpus(t, "heldout21", floors{0.94, 0.89, 0.92, 0}) }
func TestHeldout22(t *testing.T)  { checkCorpus(t, "heldout22", floors{0.92, 0.88, 0.92, 0}) }
func TestHeldout23(t *testing.T)  { checkCorpus(t, "heldout23", floors{0.86, 0.78, 0.94, 7}) }
func TestHeldout24(t *testing.T)  { checkCorpus(t, "heldout24", floors{0.91, 0.86, 0.94, 0}) }
func TestHeldout25(t *testing.T)  { checkCorpus(t, "heldout25", floors{0.94, 0.72, 0.98, 4}) }
func TestHeldout26(t *testing.T)  { checkCorpus(t, "heldout26", floors{0.95, 0.73, 0.98, 1}) }
func TestHeldout27(t *testing.T)  { checkCorpus(t, "heldout27", floors{0.92, 0.73, 0.98, 2}) }
func TestHeldout28(t *testing.T)  { checkCorpus(t, "heldout28", floors{0.90, 0.71, 0.93, 0}) }
func TestHeldout29(t *testing.T)  { checkCorpus(t, "heldout29", floors{0.92, 0.75, 0.98, 5}) }
func TestHeldout30(t *testing.T)  { checkCorpus(t, "heldout30", floors{0.96, 0.79, 0.94, 2}) }
func TestHeldout31(t *testing.T)  { checkCorpus(t, "heldout31", floors{0.86, 0.69, 0.92, 3}) }
func TestHeldout32(t *testing.T)  { checkCorpus(t, "heldout32", floors{0.94, 0.92, 0.98, 0}) }
func TestHeldout33(t *testing.T)  { checkCorpus(t, "heldout33", floors{0.89, 0.86, 0.96, 3}) }
func TestHeldout34(t *testing.T)  { checkCorpus(t, "heldout34", floors{0.93, 0.92, 0.98, 1}) }
func TestHeldout35(t *testing.T)  { checkCorpus(t, "heldout35", floors{0.87, 0.67, 0.98, 6}) }
func TestHeldout36(t *testing.T)  { checkCorpus(t, "heldout36", floors{0.91, 0.75, 0.90, 3}) }
func TestHeldout37(t *testing.T)  { checkCorpus(t, "heldout37", floors{0.88, 0.84, 0.96, 4}) }
func TestHeldout38(t *testing.T)  { checkCorpus(t, "heldout38", floors{0.73, 0.91, 0.90, 8}) }
func TestHeldout39(t *testing.T)  { checkCorpus(t, "heldout39", floors{0.89, 0.79, 0.93, 3}) }
func TestHeldout40(t *testing.T)  { checkCorpus(t, "heldout40", floors{0.92, 0.80, 0.96, 4}) }
func TestHeldout41(t *testing.T)  { checkCorpus(t, "heldout41", floors{0.96, 0.85, 0.98, 0}) }
func TestHeldout42(t *testing.T)  { checkCorpus(t, "heldout42", floors{0.95, 0.73, 0.94, 0}) }
func TestHeldout43(t *testing.T)  { checkCorpus(t, "heldout43", floors{0.96, 0.89, 0.90, 0}) }
func TestHeldout44(t *testing.T)  { checkCorpus(t, "heldout44", floors{0.96, 0.87, 0.90, 0}) }
func TestHeldout45(t *testing.T)  { checkCorpus(t, "heldout45", floors{0.98, 0.90, 0.93, 0}) }
func TestHeldout46(t *testing.T)  { checkCorpus(t, "heldout46", floors{0.93, 0.89, 0.90, 1}) }
func TestHeldout47(t *testing.T)  { checkCorpus(t, "heldout47", floors{0.86, 0.89, 0.88, 6}) }
func TestHeldout48(t *testing.T)  { checkCorpus(t, "heldout48", floors{0.94, 0.75, 0.92, 1}) }
func TestHeldout49(t *testing.T)  { checkCorpus(t, "heldout49", floors{0.92, 0.79, 0.87, 1}) }
func TestHeldout50(t *testing.T)  { checkCorpus(t, "heldout50", floors{0.96, 0.83, 0.95, 0}) }
func TestHeldout51(t *testing.T)  { checkCorpus(t, "heldout51", floors{0.96, 0.83, 0.86, 2}) }
func TestHeldout52(t *testing.T)  { checkCorpus(t, "heldout52", floors{0.93, 0.75, 0.95, 1}) }
func TestHeldout53(t *testing.T)  { checkCorpus(t, "heldout53", floors{0.98, 0.87, 0.98, 0}) }
func TestHeldout54(t *testing.T)  { checkCorpus(t, "heldout54", floors{0.91, 0.80, 0.91, 1}) }
func TestHeldout55(t *testing.T)  { checkCorpus(t, "heldout55", floors{0.93, 0.78, 0.84, 1}) }
func TestHeldout56(t *testing.T)  { checkCorpus(t, "heldout56", floors{0.97, 0.72, 0.86, 0}) }
func TestHeldout57(t *testing.T)  { checkCorpus(t, "heldout57", floors{0.95, 0.84, 0.90, 0}) }
func TestHeldout58(t *testing.T)  { checkCorpus(t, "heldout58", floors{0.95, 0.80, 0.91, 2}) }
func TestHeldout59(t *testing.T)  { checkCorpus(t, "heldout59", floors{0.93, 0.82, 0.94, 0}) }
func TestHeldout60(t *testing.T)  { checkCorpus(t, "heldout60", floors{0.97, 0.85, 0.91, 0}) }
func TestHeldout61(t *testing.T)  { checkCorpus(t, "heldout61", floors{0.98, 0.88, 0.97, 0}) }
func TestHeldout62(t *testing.T)  { checkCorpus(t, "heldout62", floors{0.96, 0.70, 0.90, 0}) }
func TestHeldout63(t *testing.T)  { checkCorpus(t, "heldout63", floors{0.91, 0.81, 0.98, 2}) }
func TestHeldout64(t *testing.T)  { checkCorpus(t, "heldout64", floors{0.85, 0.77, 0.93, 7}) }
func TestHeldout65(t *testing.T)  { checkCorpus(t, "heldout65", floors{0.89, 0.86, 0.84, 2}) }
func TestHeldout66(t *testing.T)  { checkCorpus(t, "heldout66", floors{0.86, 0.66, 0.92, 0}) }
func TestHeldout67(t *testing.T)  { checkCorpus(t, "heldout67", floors{0.95, 0.85, 0.90, 0}) }
func TestHeldout68(t *testing.T)  { checkCorpus(t, "heldout68", floors{0.97, 0.80, 0.92, 0}) }
func TestHeldout69(t *testing.T)  { checkCorpus(t, "heldout69", floors{0.95, 0.80, 0.98, 2}) }
func TestHeldout70(t *testing.T)  { checkCorpus(t, "heldout70", floors{0.86, 0.69, 0.91, 2}) }
func TestHeldout71(t *testing.T)  { checkCorpus(t, "heldout71", floors{0.92, 0.84, 0.97, 1}) }
func TestHeldout72(t *testing.T)  { checkCorpus(t, "heldout72", floors{0.91, 0.87, 0.90, 2}) }
func TestHeldout73(t *testing.T)  { checkCorpus(t, "heldout73", floors{0.96, 0.84, 0.95, 1}) }
func TestHeldout74(t *testing.T)  { checkCorpus(t, "heldout74", floors{0.91, 0.71, 0.98, 1}) }
func TestHeldout75(t *testing.T)  { checkCorpus(t, "heldout75", floors{0.96, 0.74, 0.90, 1}) }
func TestHeldout76(t *testing.T)  { checkCorpus(t, "heldout76", floors{0.92, 0.78, 0.90, 11}) }
func TestHeldout77(t *testing.T)  { checkCorpus(t, "heldout77", floors{0.91, 0.77, 0.95, 3}) }
func TestHeldout78(t *testing.T)  { checkCorpus(t, "heldout78", floors{0.93, 0.77, 0.91, 0}) }
func TestHeldout79(t *testing.T)  { checkCorpus(t, "heldout79", floors{0.97, 0.63, 0.95, 1}) }
func TestHeldout80(t *testing.T)  { checkCorpus(t, "heldout80", floors{0.84, 0.45, 0.87, 3}) }
func TestHeldout81(t *testing.T)  { checkCorpus(t, "heldout81", floors{0.98, 0.86, 0.93, 0}) }
func TestHeldout82(t *testing.T)  { checkCorpus(t, "heldout82", floors{0.98, 0.91, 0.97, 1}) }
func TestHeldout83(t *testing.T)  { checkCorpus(t, "heldout83", floors{0.90, 0.68, 0.86, 4}) }
func TestHeldout84(t *testing.T)  { checkCorpus(t, "heldout84", floors{0.87, 0.50, 0.91, 1}) }
func TestHeldout85(t *testing.T)  { checkCorpus(t, "heldout85", floors{0.88, 0.59, 0.91, 0}) }
func TestHeldout86(t *testing.T)  { checkCorpus(t, "heldout86", floors{0.97, 0.79, 0.97, 0}) }
func TestHeldout87(t *testing.T)  { checkCorpus(t, "heldout87", floors{0.92, 0.62, 0.84, 3}) }
func TestHeldout88(t *testing.T)  { checkCorpus(t, "heldout88", floors{0.91, 0.67, 0.80, 1}) }
func TestHeldout89(t *testing.T)  { checkCorpus(t, "heldout89", floors{0.85, 0.32, 0.96, 0}) }
func TestHeldout90(t *testing.T)  { checkCorpus(t, "heldout90", floors{0.87, 0.65, 0.94, 4}) }
func TestHeldout91(t *testing.T)  { checkCorpus(t, "heldout91", floors{0.89, 0.83, 0.96, 0}) }
func TestHeldout92(t *testing.T)  { checkCorpus(t, "heldout92", floors{0.91, 0.74, 0.96, 0}) }
func TestHeldout93(t *testing.T)  { checkCorpus(t, "heldout93", floors{0.92, 0.91, 0.95, 0}) }
func TestHeldout94(t *testing.T)  { checkCorpus(t, "heldout94", floors{0.93, 0.74, 0.95, 2}) }
func TestHeldout95(t *testing.T)  { checkCorpus(t, "heldout95", floors{0.92, 0.82, 0.97, 0}) }
func TestHeldout96(t *testing.T)  { checkCorpus(t, "heldout96", floors{0.90, 0.79, 0.87, 2}) }
func TestHeldout97(t *testing.T)  { checkCorpus(t, "heldout97", floors{0.90, 0.74, 0.97, 0}) }
func TestHeldout98(t *testing.T)  { checkCorpus(t, "heldout98", floors{0.88, 0.78, 0.99, 1}) }
func TestHeldout99(t *testing.T)  { checkCorpus(t, "heldout99", floors{0.95, 0.79, 0.94, 0}) }
func TestHeldout100(t *testing.T) { checkCorpus(t, "heldout100", floors{0.86, 0.94, 0.92, 0}) }
func TestHeldout101(t *testing.T) { checkCorpus(t, "heldout101", floors{0.79, 0.61, 0.95, 9}) }
func TestHeldout102(t *testing.T) { checkCorpus(t, "heldout102", floors{0.92, 0.63, 0.98, 1}) }
func TestHeldout103(t *testing.T) { checkCorpus(t, "heldout103", floors{0.92, 0.74, 0.87, 0}) }
func TestHeldout104(t *testing.T) { checkCorpus(t, "heldout104", floors{0.97, 0.76, 0.97, 0}) }
func TestHeldout105(t *testing.T) { checkCorpus(t, "heldout105", floors{0.90, 0.77, 0.90, 1}) }
func TestHeldout106(t *testing.T) { checkCorpus(t, "heldout106", floors{0.94, 0.79, 0.91, 1}) }
func TestHeldout107(t *testing.T) { checkCorpus(t, "heldout107", floors{0.96, 0.80, 0.83, 1}) }
func TestHeldout108(t *testing.T) { checkCorpus(t, "heldout108", floors{0.93, 0.65, 0.85, 0}) }
func TestHeldout109(t *testing.T) { checkCorpus(t, "heldout109", floors{0.92, 0.72, 0.93, 1}) }
func TestHeldout110(t *testing.T) { checkCorpus(t, "heldout110", floors{0.93, 0.77, 0.90, 0}) }
func TestHeldout111(t *testing.T) { checkCorpus(t, "heldout111", floors{0.88, 0.60, 0.88, 2}) }
func TestHeldout112(t *testing.T) { checkCorpus(t, "heldout112", floors{0.89, 0.69, 0.79, 0}) }
func TestHeldout113(t *testing.T) { checkCorpus(t, "heldout113", floors{0.94, 0.87, 0.95, 1}) }
func TestHeldout114(t *testing.T) { checkCorpus(t, "heldout114", floors{0.95, 0.52, 0.81, 2}) }
func TestHeldout115(t *testing.T) { checkCorpus(t, "heldout115", floors{0.95, 0.73, 0.97, 0}) }
func TestHeldout116(t *testing.T) { checkCorpus(t, "heldout116", floors{0.92, 0.60, 0.82, 1}) }
func TestHeldout117(t *testing.T) { checkCorpus(t, "heldout117", floors{0.86, 0.64, 0.95, 1}) }
func TestHeldout118(t *testing.T) { checkCorpus(t, "heldout118", floors{0.81, 0.66, 0.93, 3}) }
func TestHeldout119(t *testing.T) { checkCorpus(t, "heldout119", floors{0.92, 0.52, 0.87, 2}) }
func TestHeldout120(t *testing.T) { checkCorpus(t, "heldout120", floors{0.92, 0.61, 0.93, 2}) }
func TestHeldout121(t *testing.T) { checkCorpus(t, "heldout121", floors{0.92, 0.86, 0.98, 2}) }
func TestHeldout122(t *testing.T) { checkCorpus(t, "heldout122", floors{0.88, 0.77, 0.91, 0}) }
func TestHeldout123(t *testing.T) { checkCorpus(t, "heldout123", floors{0.93, 0.85, 0.96, 0}) }
func TestHeldout124(t *testing.T) { checkCorpus(t, "heldout124", floors{0.81, 0.51, 0.51, 0}) }
func TestHeldout125(t *testing.T) { checkCorpus(t, "heldout125", floors{0.94, 0.88, 0.87, 0}) }
func TestHeldout126(t *testing.T) { checkCorpus(t, "heldout126", floors{0.96, 0.78, 0.98, 0}) }
func TestHeldout127(t *testing.T) { checkCorpus(t, "heldout127", floors{0.85, 0.85, 0.91, 2}) }
func TestHeldout128(t *testing.T) { checkCorpus(t, "heldout128", floors{0.88, 0.63, 0.94, 0}) }
func TestHeldout129(t *testing.T) { checkCorpus(t, "heldout129", floors{0.95, 0.66, 0.68, 0}) }
func TestHeldout130(t *testing.T) { checkCorpus(t, "heldout130", floors{0.98, 0.91, 0.99, 0}) }
func TestHeldout131(t *testing.T) { checkCorpus(t, "heldout131", floors{0.97, 0.47, 0.87, 0}) }
func TestHeldout132(t *testing.T) { checkCorpus(t, "heldout132", floors{0.94, 0.82, 0.97, 0}) }
func TestHeldout133(t *testing.T) { checkCorpus(t, "heldout133", floors{0.93, 0.77, 0.87, 2}) }
func TestHeldout134(t *testing.T) { checkCorpus(t, "heldout134", floors{0.94, 0.74, 0.96, 0}) }
func TestHeldout135(t *testing.T) { checkCorpus(t, "heldout135", floors{0.88, 0.69, 0.86, 2}) }
func TestHeldout136(t *testing.T) { checkCorpus(t, "heldout136", floors{0.97, 0.82, 0.95, 0}) }
func TestHeldout137(t *testing.T) { checkCorpus(t, "heldout137", floors{0.89, 0.44, 0.84, 3}) }
func TestHeldout138(t *testing.T) { checkCorpus(t, "heldout138", floors{0.96, 0.82, 0.91, 1}) }
func TestHeldout139(t *testing.T) { checkCorpus(t, "heldout139", floors{0.87, 0.68, 0.90, 0}) }
func TestHeldout140(t *testing.T) { checkCorpus(t, "heldout140", floors{0.94, 0.77, 0.94, 1}) }
func TestHeldout141(t *testing.T) { checkCorpus(t, "heldout141", floors{0.94, 0.76, 0.91, 0}) }
func TestHeldout142(t *testing.T) { checkCorpus(t, "heldout142", floors{0.93, 0.78, 0.92, 0}) }
func TestHeldout143(t *testing.T) { checkCorpus(t, "heldout143", floors{0.86, 0.59, 0.90, 2}) }
func TestHeldout144(t *testing.T) { checkCorpus(t, "heldout144", floors{0.96, 0.68, 0.83, 0}) }
func TestHeldout145(t *testing.T) { checkCorpus(t, "heldout145", floors{0.97, 0.96, 0.88, 0}) }
func TestHeldout146(t *testing.T) { checkCorpus(t, "heldout146", floors{0.97, 0.96, 0.96, 0}) }
func TestHeldout147(t *testing.T) { checkCorpus(t, "heldout147", floors{0.85, 0.79, 0.88, 2}) }
func TestHeldout148(t *testing.T) { checkCorpus(t, "heldout148", floors{0.92, 0.84, 0.99, 0}) }
func TestHeldout149(t *testing.T) { checkCorpus(t, "heldout149", floors{0.98, 0.89, 0.94, 0}) }
func TestHeldout150(t *testing.T) { checkCorpus(t, "heldout150", floors{0.89, 0.71, 0.93, 0}) }
func TestHeldout151(t *testing.T) { checkCorpus(t, "heldout151", floors{0.93, 0.59, 0.94, 1}) }
func TestHeldout152(t *testing.T) { checkCorpus(t, "heldout152", floors{0.96, 0.88, 0.87, 0}) }
func TestHeldout153(t *testing.T) { checkCorpus(t, "heldout153", floors{0.88, 0.75, 0.56, 0}) }
func TestHeldout154(t *testing.T) { checkCorpus(t, "heldout154", floors{0.61, 0.57, 0.87, 9}) }
func TestHeldout155(t *testing.T) { checkCorpus(t, "heldout155", floors{0.98, 0.80, 0.93, 0}) }
func TestHeldout156(t *testing.T) { checkCorpus(t, "heldout156", floors{0.74, 0.43, 0.89, 4}) }
func TestHeldout157(t *testing.T) { checkCorpus(t, "heldout157", floors{0.99, 0.90, 0.95, 0}) }
func TestHeldout158(t *testing.T) { checkCorpus(t, "heldout158", floors{0.90, 0.75, 0.95, 0}) }
func TestHeldout159(t *testing.T) { checkCorpus(t, "heldout159", floors{0.94, 0.95, 0.97, 1}) }
func TestHeldout160(t *testing.T) { checkCorpus(t, "heldout160", floors{0.91, 0.96, 0.97, 1}) }
func TestHeldout161(t *testing.T) { checkCorpus(t, "heldout161", floors{0.88, 0.68, 0.96, 2}) }
func TestHeldout162(t *testing.T) { checkCorpus(t, "heldout162", floors{0.83, 0.73, 0.92, 1}) }
func TestHeldout163(t *testing.T) { checkCorpus(t, "heldout163", floors{0.96, 0.96, 0.95, 0}) }
func TestHeldout164(t *testing.T) { checkCorpus(t, "heldout164", floors{0.95, 0.68, 0.90, 0}) }
func TestHeldout165(t *testing.T) { checkCorpus(t, "heldout165", floors{0.94, 0.58, 0.46, 1}) }
func TestHeldout166(t *testing.T) { checkCorpus(t, "heldout166", floors{0.97, 0.98, 0.91, 0}) }
func TestHeldout167(t *testing.T) { checkCorpus(t, "heldout167", floors{0.88, 0.72, 0.90, 2}) }
func TestHeldout168(t *testing.T) { checkCorpus(t, "heldout168", floors{0.93, 0.95, 0.94, 0}) }
func TestHeldout169(t *testing.T) { checkCorpus(t, "heldout169", floors{0.93, 0.95, 0.88, 3}) }
func TestHeldout170(t *testing.T) { checkCorpus(t, "heldout170", floors{0.82, 0.71, 0.89, 0}) }
func TestHeldout171(t *testing.T) { checkCorpus(t, "heldout171", floors{0.96, 0.82, 0.81, 1}) }
func TestHeldout172(t *testing.T) { checkCorpus(t, "heldout172", floors{0.87, 0.59, 0.95, 0}) }
func TestHeldout173(t *testing.T) { checkCorpus(t, "heldout173", floors{0.94, 0.82, 0.91, 1}) }
func TestHeldout174(t *testing.T) { checkCorpus(t, "heldout174", floors{0.93, 0.76, 0.74, 0}) }
func TestHeldout175(t *testing.T) { checkCorpus(t, "heldout175", floors{0.92, 0.78, 0.86, 0}) }
func TestHeldout176(t *testing.T) { checkCorpus(t, "heldout176", floors{0.97, 0.55, 0.56, 0}) }
func TestHeldout177(t *testing.T) { checkCorpus(t, "heldout177", floors{0.91, 0.56, 0.96, 1}) }
func TestHeldout178(t *testing.T) { checkCorpus(t, "heldout178", floors{0.82, 0.33, 0.87, 0}) }
func TestHeldout179(t *testing.T) { checkCorpus(t, "heldout179", floors{0.89, 0.72, 0.85, 1}) }
func TestHeldout180(t *testing.T) { checkCorpus(t, "heldout180", floors{0.98, 0.68, 0.84, 0}) }
func TestHeldout181(t *testing.T) { checkCorpus(t, "heldout181", floors{0.91, 0.79, 0.90, 0}) }
func TestHeldout182(t *testing.T) { checkCorpus(t, "heldout182", floors{0.95, 0.87, 0.94, 0}) }
func TestHeldout183(t *testing.T) { checkCorpus(t, "heldout183", floors{0.96, 0.67, 0.69, 0}) }
func TestHeldout184(t *testing.T) { checkCorpus(t, "heldout184", floors{0.86, 0.41, 0.88, 0}) }
func TestHeldout185(t *testing.T) { checkCorpus(t, "heldout185", floors{0.93, 0.79, 0.93, 1}) }
func TestHeldout186(t *testing.T) { checkCorpus(t, "heldout186", floors{0.92, 0.76, 0.91, 0}) }
func TestHeldout187(t *testing.T) { checkCorpus(t, "heldout187", floors{0.59, 0.40, 0.85, 2}) }
func TestHeldout188(t *testing.T) { checkCorpus(t, "heldout188", floors{0.73, 0.85, 0.92, 2}) }
func TestHeldout189(t *testing.T) { checkCorpus(t, "heldout189", floors{0.95, 0.90, 0.87, 0}) }
func TestHeldout190(t *testing.T) { checkCorpus(t, "heldout190", floors{0.72, 0.27, 0.60, 0}) }
func TestHeldout191(t *testing.T) { checkCorpus(t, "heldout191", floors{0.96, 0.77, 0.76, 0}) }
func TestHeldout192(t *testing.T) { checkCorpus(t, "heldout192", floors{0.97, 0.83, 0.83, 0}) }
func TestHeldout193(t *testing.T) { checkCorpus(t, "heldout193", floors{0.90, 0.78, 0.97, 0}) }
func TestHeldout194(t *testing.T) { checkCorpus(t, "heldout194", floors{0.91, 0.72, 0.90, 1}) }
func TestHeldout195(t *testing.T) { checkCorpus(t, "heldout195", floors{0.89, 0.90, 0.94, 0}) }
func TestHeldout196(t *testing.T) { checkCorpus(t, "heldout196", floors{0.99, 0.88, 0.83, 0}) }
func TestHeldout197(t *testing.T) { checkCorpus(t, "heldout197", floors{0.98, 0.90, 0.97, 0}) }
func TestHeldout198(t *testing.T) { checkCorpus(t, "heldout198", floors{0.96, 0.82, 0.85, 1}) }
func TestHeldout199(t *testing.T) { checkCorpus(t, "heldout199", floors{0.91, 0.78, 0.96, 0}) }
func TestHeldout200(t *testing.T) { checkCorpus(t, "heldout200", floors{0.98, 0.94, 0.99, 1}) }
func TestHeldout201(t *testing.T) { checkCorpus(t, "heldout201", floors{0.91, 0.64, 0.87, 0}) }
func TestHeldout202(t *testing.T) { checkCorpus(t, "heldout202", floors{0.97, 0.93, 0.93, 0}) }
func TestHeldout203(t *testing.T) { checkCorpus(t, "heldout203", floors{0.98, 0.88, 0.94, 0}) }
func TestHeldout204(t *testing.T) { checkCorpus(t, "heldout204", floors{0.86, 0.78, 0.88, 1}) }
func TestHeldout205(t *testing.T) { checkCorpus(t, "heldout205", floors{0.98, 0.77, 0.99, 0}) }
func TestHeldout206(t *testing.T) { checkCorpus(t, "heldout206", floors{0.99, 0.73, 0.91, 0}) }
func TestHeldout207(t *testing.T) { checkCorpus(t, "heldout207", floors{0.90, 0.83, 0.93, 1}) }
func TestHeldout208(t *testing.T) { checkCorpus(t, "heldout208", floors{0.82, 0.64, 0.87, 1}) }
func TestHeldout209(t *testing.T) { checkCorpus(t, "heldout209", floors{0.98, 0.65, 0.80, 0}) }
func TestHeldout210(t *testing.T) { checkCorpus(t, "heldout210", floors{0.86, 0.50, 0.84, 0}) }
func TestHeldout211(t *testing.T) { checkCorpus(t, "heldout211", floors{0.80, 0.72, 0.89, 0}) }
func TestHeldout212(t *testing.T) { checkCorpus(t, "heldout212", floors{0.99, 0.80, 0.92, 0}) }
func TestHeldout213(t *testing.T) { checkCorpus(t, "heldout213", floors{0.95, 0.79, 0.97, 0}) }
func TestHeldout214(t *testing.T) { checkCorpus(t, "heldout214", floors{0.96, 0.88, 0.92, 0}) }
func TestHeldout215(t *testing.T) { checkCorpus(t, "heldout215", floors{0.81, 0.81, 0.76, 3}) }
func TestHeldout216(t *testing.T) { checkCorpus(t, "heldout216", floors{0.97, 0.64, 0.99, 2}) }
func TestHeldout217(t *testing.T) { checkCorpus(t, "heldout217", floors{0.94, 0.47, 0.96, 0}) }
func TestHeldout218(t *testing.T) { checkCorpus(t, "heldout218", floors{0.94, 0.74, 0.78, 0}) }
func TestHeldout219(t *testing.T) { checkCorpus(t, "heldout219", floors{0.92, 0.84, 0.89, 1}) }
func TestHeldout220(t *testing.T) { checkCorpus(t, "heldout220", floors{0.96, 0.88, 0.77, 0}) }
func TestHeldout221(t *testing.T) { checkCorpus(t, "heldout221", floors{0.95, 0.93, 0.85, 0}) }
func TestHeldout222(t *testing.T) { checkCorpus(t, "heldout222", floors{0.94, 0.72, 0.82, 1}) }
func TestHeldout223(t *testing.T) { checkCorpus(t, "heldout223", floors{0.88, 0.53, 0.85, 2}) }
func TestHeldout224(t *testing.T) { checkCorpus(t, "heldout224", floors{0.98, 0.98, 0.95, 0}) }
func TestHeldout225(t *testing.T) { checkCorpus(t, "heldout225", floors{0.90, 0.94, 0.84, 1}) }
func TestHeldout226(t *testing.T) { checkCorpus(t, "heldout226", floors{0.95, 0.88, 0.69, 0}) }
func TestHeldout227(t *testing.T) { checkCorpus(t, "heldout227", floors{0.99, 0.99, 0.89, 0}) }
func TestHeldout228(t *testing.T) { checkCorpus(t, "heldout228", floors{0.74, 0.39, 0.82, 0}) }
func TestHeldout229(t *testing.T) { checkCorpus(t, "heldout229", floors{0.98, 0.86, 0.82, 0}) }
func TestHeldout230(t *testing.T) { checkCorpus(t, "heldout230", floors{0.78, 0.48, 0.91, 0}) }
func TestHeldout231(t *testing.T) { checkCorpus(t, "heldout231", floors{0.98, 0.85, 0.92, 0}) }
func TestHeldout232(t *testing.T) { checkCorpus(t, "heldout232", floors{0.94, 0.64, 0.85, 0}) }
func TestHeldout233(t *testing.T) { checkCorpus(t, "heldout233", floors{0.98, 0.80, 0.86, 0}) }
func TestHeldout234(t *testing.T) { checkCorpus(t, "heldout234", floors{0.91, 0.90, 0.79, 0}) }
func TestHeldout235(t *testing.T) { checkCorpus(t, "heldout235", floors{0.96, 0.79, 0.80, 0}) }
func TestHeldout236(t *testing.T) { checkCorpus(t, "heldout236", floors{0.81, 0.54, 0.86, 2}) }
func TestHeldout237(t *testing.T) { checkCorpus(t, "heldout237", floors{0.97, 0.95, 0.99, 0}) }
func TestHeldout238(t *testing.T) { checkCorpus(t, "heldout238", floors{0.87, 0.60, 0.96, 2}) }
func TestHeldout239(t *testing.T) { checkCorpus(t, "heldout239", floors{0.88, 0.58, 0.77, 1}) }
func TestHeldout240(t *testing.T) { checkCorpus(t, "heldout240", floors{0.86, 0.63, 0.88, 1}) }
func TestHeldout241(t *testing.T) { checkCorpus(t, "heldout241", floors{0.93, 0.79, 0.85, 0}) }
func TestHeldout242(t *testing.T) { checkCorpus(t, "heldout242", floors{0.82, 0.51, 0.94, 1}) }
func TestHeldout243(t *testing.T) { checkCorpus(t, "heldout243", floors{0.94, 0.70, 0.92, 0}) }
func TestHeldout244(t *testing.T) { checkCorpus(t, "heldout244", floors{0.95, 0.78, 0.90, 1}) }
func TestHeldout245(t *testing.T) { checkCorpus(t, "heldout245", floors{0.88, 0.72, 0.93, 0}) }
func TestHeldout246(t *testing.T) { checkCorpus(t, "heldout246", floors{0.91, 0.81, 0.92, 0}) }
func TestHeldout247(t *testing.T) { checkCorpus(t, "heldout247", floors{0.93, 0.68, 0.95, 0}) }
func TestHeldout248(t *testing.T) { checkCorpus(t, "heldout248", floors{0.95, 0.73, 0.77, 0}) }
func TestHeldout249(t *testing.T) { checkCorpus(t, "heldout249", floors{0.96, 0.89, 0.80, 0}) }
func TestHeldout250(t *testing.T) { checkCorpus(t, "heldout250", floors{0.98, 0.71, 0.82, 0}) }
func TestHeldout251(t *testing.T) { checkCorpus(t, "heldout251", floors{0.97, 0.69, 0.91, 0}) }
func TestHeldout252(t *testing.T) { checkCorpus(t, "heldout252", floors{0.74, 0.37, 0.65, 1}) }
func TestHeldout253(t *testing.T) { checkCorpus(t, "heldout253", floors{0.98, 0.73, 0.77, 0}) }
func TestHeldout254(t *testing.T) { checkCorpus(t, "heldout254", floors{0.81, 0.66, 0.91, 8}) }
func TestHeldout255(t *testing.T) { checkCorpus(t, "heldout255", floors{0.89, 0.70, 0.81, 0}) }
func TestHeldout256(t *testing.T) { checkCorpus(t, "heldout256", floors{0.89, 0.70, 0.86, 0}) }
func TestHeldout257(t *testing.T) { checkCorpus(t, "heldout257", floors{0.89, 0.72, 0.87, 2}) }
func TestHeldout258(t *testing.T) { checkCorpus(t, "heldout258", floors{0.85, 0.72, 0.70, 0}) }
func TestHeldout259(t *testing.T) { checkCorpus(t, "heldout259", floors{0.88, 0.79, 0.96, 0}) }
func TestHeldout260(t *testing.T) { checkCorpus(t, "heldout260", floors{0.90, 0.71, 0.84, 1}) }
func TestHeldout261(t *testing.T) { checkCorpus(t, "heldout261", floors{0.62, 0.77, 0.97, 3}) }
func TestHeldout262(t *testing.T) { checkCorpus(t, "heldout262", floors{0.96, 0.87, 0.97, 0}) }
func TestHeldout263(t *testing.T) { checkCorpus(t, "heldout263", floors{0.81, 0.82, 0.99, 1}) }
func TestHeldout264(t *testing.T) { checkCorpus(t, "heldout264", floors{0.88, 0.75, 0.92, 3}) }
func TestHeldout265(t *testing.T) { checkCorpus(t, "heldout265", floors{0.75, 0.72, 0.92, 5}) }
func TestHeldout266(t *testing.T) { checkCorpus(t, "heldout266", floors{0.93, 0.95, 0.97, 3}) }
func TestHeldout267(t *testing.T) { checkCorpus(t, "heldout267", floors{0.91, 0.88, 0.95, 0}) }
func TestHeldout268(t *testing.T) { checkCorpus(t, "heldout268", floors{0.71, 0.55, 0.79, 0}) }
func TestHeldout269(t *testing.T) { checkCorpus(t, "heldout269", floors{0.86, 0.82, 0.88, 3}) }
func TestHeldout270(t *testing.T) { checkCorpus(t, "heldout270", floors{0.81, 0.92, 0.95, 3}) }
func TestHeldout271(t *testing.T) { checkCorpus(t, "heldout271", floors{0.88, 0.76, 0.95, 2}) }
func TestHeldout272(t *testing.T) { checkCorpus(t, "heldout272", floors{0.85, 0.82, 0.99, 1}) }
func TestHeldout273(t *testing.T) { checkCorpus(t, "heldout273", floors{0.90, 0.92, 0.95, 0}) }
func TestHeldout274(t *testing.T) { checkCorpus(t, "heldout274", floors{0.81, 0.92, 0.91, 3}) }
func TestHeldout275(t *testing.T) { checkCorpus(t, "heldout275", floors{0.87, 0.94, 0.80, 3}) }
func TestHeldout276(t *testing.T) { checkCorpus(t, "heldout276", floors{0.81, 0.77, 0.91, 2}) }
func TestHeldout277(t *testing.T) { checkCorpus(t, "heldout277", floors{0.77, 0.88, 0.89, 5}) }
func TestHeldout278(t *testing.T) { checkCorpus(t, "heldout278", floors{0.84, 0.96, 0.97, 1}) }
func TestHeldout279(t *testing.T) { checkCorpus(t, "heldout279", floors{0.96, 0.82, 0.89, 0}) }
func TestHeldout280(t *testing.T) { checkCorpus(t, "heldout280", floors{0.97, 0.86, 0.95, 0}) }
func TestHeldout281(t *testing.T) { checkCorpus(t, "heldout281", floors{0.68, 0.60, 0.86, 0}) }
func TestHeldout282(t *testing.T) { checkCorpus(t, "heldout282", floors{0.89, 0.92, 0.94, 1}) }
func TestHeldout283(t *testing.T) { checkCorpus(t, "heldout283", floors{0.78, 0.56, 0.83, 1}) }
func TestHeldout284(t *testing.T) { checkCorpus(t, "heldout284", floors{0.78, 0.84, 0.92, 0}) }
func TestHeldout285(t *testing.T) { checkCorpus(t, "heldout285", floors{0.89, 0.61, 0.85, 2}) }
func TestHeldout286(t *testing.T) { checkCorpus(t, "heldout286", floors{0.78, 0.78, 0.91, 2}) }
func TestHeldout287(t *testing.T) { checkCorpus(t, "heldout287", floors{0.83, 0.63, 0.90, 1}) }
func TestHeldout288(t *testing.T) { checkCorpus(t, "heldout288", floors{0.71, 0.69, 0.84, 2}) }
func TestHeldout289(t *testing.T) { checkCorpus(t, "heldout289", floors{0.89, 0.70, 0.91, 0}) }
func TestHeldout290(t *testing.T) { checkCorpus(t, "heldout290", floors{0.88, 0.84, 0.90, 2}) }
func TestHeldout291(t *testing.T) { checkCorpus(t, "heldout291", floors{0.94, 0.78, 0.88, 0}) }
func TestHeldout292(t *testing.T) { checkCorpus(t, "heldout292", floors{0.98, 0.88, 0.94, 1}) }
func TestHeldout293(t *testing.T) { checkCorpus(t, "heldout293", floors{0.98, 0.96, 1.00, 1}) }
func TestHeldout294(t *testing.T) { checkCorpus(t, "heldout294", floors{0.93, 0.87, 1.00, 1}) }
func TestHeldout295(t *testing.T) { checkCorpus(t, "heldout295", floors{0.88, 0.83, 1.00, 2}) }
func TestHeldout296(t *testing.T) { checkCorpus(t, "heldout296", floors{0.69, 0.57, 0.88, 1}) }
func TestHeldout297(t *testing.T) { checkCorpus(t, "heldout297", floors{0.92, 0.97, 0.97, 0}) }
func TestHeldout298(t *testing.T) { checkCorpus(t, "heldout298", floors{0.96, 0.86, 0.93, 0}) }
func TestHeldout299(t *testing.T) { checkCorpus(t, "heldout299", floors{0.88, 0.88, 0.85, 3}) }
func TestHeldout300(t *testing.T) { checkCorpus(t, "heldout300", floors{0.87, 0.89, 0.94, 3}) }
func TestHeldout301(t *testing.T) { checkCorpus(t, "heldout301", floors{0.89, 0.76, 0.93, 6}) }
func TestHeldout302(t *testing.T) { checkCorpus(t, "heldout302", floors{1.00, 0.90, 0.97, 0}) }
func TestHeldout303(t *testing.T) { checkCorpus(t, "heldout303", floors{0.88, 0.90, 0.97, 5}) }
func TestHeldout304(t *testing.T) { checkCorpus(t, "heldout304", floors{0.97, 0.80, 0.97, 0}) }
func TestHeldout305(t *testing.T) { checkCorpus(t, "heldout305", floors{0.92, 0.80, 0.96, 4}) }
func TestHeldout306(t *testing.T) { checkCorpus(t, "heldout306", floors{0.71, 0.75, 0.97, 4}) }
func TestHeldout307(t *testing.T) { checkCorpus(t, "heldout307", floors{0.87, 0.75, 0.91, 6}) }
func TestHeldout308(t *testing.T) { checkCorpus(t, "heldout308", floors{0.96, 0.76, 0.95, 1}) }
func TestHeldout309(t *testing.T) { checkCorpus(t, "heldout309", floors{0.95, 0.74, 1.00, 0}) }
func TestHeldout310(t *testing.T) { checkCorpus(t, "heldout310", floors{0.93, 0.78, 0.92, 1}) }
func TestHeldout311(t *testing.T) { checkCorpus(t, "heldout311", floors{0.91, 0.94, 0.96, 2}) }
func TestHeldout312(t *testing.T) { checkCorpus(t, "heldout312", floors{1.00, 0.96, 0.95, 0}) }
func TestHeldout313(t *testing.T) { checkCorpus(t, "heldout313", floors{0.97, 0.91, 1.00, 0}) }
func TestHeldout314(t *testing.T) { checkCorpus(t, "heldout314", floors{0.90, 0.50, 0.82, 0}) }
func TestHeldout315(t *testing.T) { checkCorpus(t, "heldout315", floors{0.98, 0.76, 0.96, 0}) }
func TestHeldout316(t *testing.T) { checkCorpus(t, "heldout316", floors{0.95, 0.97, 0.94, 1}) }
func TestHeldout317(t *testing.T) { checkCorpus(t, "heldout317", floors{0.99, 0.87, 0.91, 0}) }
func TestHeldout318(t *testing.T) { checkCorpus(t, "heldout318", floors{0.85, 0.88, 0.95, 2}) }
func TestHeldout319(t *testing.T) { checkCorpus(t, "heldout319", floors{0.76, 1.00, 0.92, 2}) }
func TestHeldout320(t *testing.T) { checkCorpus(t, "heldout320", floors{0.80, 0.81, 1.00, 1}) }
func TestHeldout321(t *testing.T) { checkCorpus(t, "heldout321", floors{0.81, 0.72, 1.00, 2}) }
func TestHeldout322(t *testing.T) { checkCorpus(t, "heldout322", floors{0.96, 0.99, 0.93, 0}) }
func TestHeldout323(t *testing.T) { checkCorpus(t, "heldout323", floors{0.69, 0.72, 0.92, 3}) }
func TestHeldout324(t *testing.T) { checkCorpus(t, "heldout324", floors{0.92, 0.70, 0.96, 0}) }
func TestHeldout325(t *testing.T) { checkCorpus(t, "heldout325", floors{0.94, 0.86, 0.90, 0}) }
func TestHeldout326(t *testing.T) { checkCorpus(t, "heldout326", floors{0.95, 0.84, 0.92, 0}) }
func TestHeldout327(t *testing.T) { checkCorpus(t, "heldout327", floors{0.68, 0.78, 0.90, 6}) }
func TestHeldout328(t *testing.T) { checkCorpus(t, "heldout328", floors{0.85, 0.81, 0.95, 4}) }
func TestHeldout329(t *testing.T) { checkCorpus(t, "heldout329", floors{0.97, 0.87, 0.98, 0}) }
func TestHeldout330(t *testing.T) { checkCorpus(t, "heldout330", floors{0.93, 0.74, 0.94, 1}) }
func TestHeldout331(t *testing.T) { checkCorpus(t, "heldout331", floors{0.95, 0.61, 0.96, 0}) }
func TestHeldout332(t *testing.T) { checkCorpus(t, "heldout332", floors{0.84, 0.89, 0.96, 2}) }
func TestHeldout333(t *testing.T) { checkCorpus(t, "heldout333", floors{0.95, 0.72, 0.97, 1}) }
func TestHeldout334(t *testing.T) { checkCorpus(t, "heldout334", floors{0.92, 0.87, 0.92, 1}) }
func TestHeldout335(t *testing.T) { checkCorpus(t, "heldout335", floors{0.77, 0.54, 0.82, 0}) }
func TestHeldout336(t *testing.T) { checkCorpus(t, "heldout336", floors{0.83, 0.92, 0.89, 0}) }
func TestHeldout337(t *testing.T) { checkCorpus(t, "heldout337", floors{0.88, 0.86, 0.93, 2}) }
func TestHeldout338(t *testing.T) { checkCorpus(t, "heldout338", floors{0.90, 0.83, 0.94, 3}) }
func TestHeldout339(t *testing.T) { checkCorpus(t, "heldout339", floors{0.98, 0.88, 0.98, 0}) }
func TestHeldout340(t *testing.T) { checkCorpus(t, "heldout340", floors{0.85, 0.73, 0.80, 0}) }
func TestHeldout341(t *testing.T) { checkCorpus(t, "heldout341", floors{0.48, 0.38, 0.95, 2}) }
func TestHeldout342(t *testing.T) { checkCorpus(t, "heldout342", floors{0.84, 0.83, 0.95, 0}) }
func TestHeldout343(t *testing.T) { checkCorpus(t, "heldout343", floors{0.91, 0.93, 0.82, 0}) }
func TestHeldout344(t *testing.T) { checkCorpus(t, "heldout344", floors{0.77, 0.82, 0.96, 0}) }
func TestHeldout345(t *testing.T) { checkCorpus(t, "heldout345", floors{0.78, 0.76, 0.96, 0}) }
func TestHeldout346(t *testing.T) { checkCorpus(t, "heldout346", floors{0.90, 0.61, 0.90, 1}) }
func TestHeldout347(t *testing.T) { checkCorpus(t, "heldout347", floors{0.95, 0.96, 0.94, 0}) }
func TestHeldout348(t *testing.T) { checkCorpus(t, "heldout348", floors{0.71, 0.80, 1.00, 0}) }
func TestHeldout349(t *testing.T) { checkCorpus(t, "heldout349", floors{0.66, 0.79, 0.98, 2}) }
func TestHeldout350(t *testing.T) { checkCorpus(t, "heldout350", floors{0.66, 0.74, 0.97, 1}) }
func TestHeldout351(t *testing.T) { checkCorpus(t, "heldout351", floors{0.71, 0.71, 0.92, 0}) }
func TestHeldout352(t *testing.T) { checkCorpus(t, "heldout352", floors{0.91, 0.91, 0.94, 3}) }
func TestHeldout353(t *testing.T) { checkCorpus(t, "heldout353", floors{0.87, 0.81, 0.93, 0}) }
func TestHeldout354(t *testing.T) { checkCorpus(t, "heldout354", floors{0.78, 0.92, 0.88, 0}) }
func TestHeldout355(t *testing.T) { checkCorpus(t, "heldout355", floors{0.77, 0.78, 0.98, 0}) }
func TestHeldout356(t *testing.T) { checkCorpus(t, "heldout356", floors{0.96, 0.93, 0.97, 0}) }
func TestHeldout357(t *testing.T) { checkCorpus(t, "heldout357", floors{0.78, 0.72, 1.00, 5}) }
func TestHeldout358(t *testing.T) { checkCorpus(t, "heldout358", floors{0.94, 0.98, 0.97, 0}) }
func TestHeldout359(t *testing.T) { checkCorpus(t, "heldout359", floors{0.91, 0.95, 0.98, 0}) }
func TestHeldout360(t *testing.T) { checkCorpus(t, "heldout360", floors{0.92, 0.82, 0.96, 0}) }
func TestHeldout361(t *testing.T) { checkCorpus(t, "heldout361", floors{0.86, 0.95, 0.96, 0}) }
func TestHeldout362(t *testing.T) { checkCorpus(t, "heldout362", floors{0.89, 0.96, 0.88, 1}) }
func TestHeldout363(t *testing.T) { checkCorpus(t, "heldout363", floors{0.84, 0.96, 1.00, 1}) }
func TestHeldout364(t *testing.T) { checkCorpus(t, "heldout364", floors{0.93, 0.97, 1.00, 1}) }
func TestHeldout365(t *testing.T) { checkCorpus(t, "heldout365", floors{0.75, 0.73, 0.92, 0}) }
func TestHeldout366(t *testing.T) { checkCorpus(t, "heldout366", floors{0.81, 0.80, 0.68, 0}) }
func TestHeldout367(t *testing.T) { checkCorpus(t, "heldout367", floors{0.75, 0.86, 0.95, 1}) }
func TestHeldout368(t *testing.T) { checkCorpus(t, "heldout368", floors{0.80, 0.77, 0.88, 0}) }
func TestHeldout369(t *testing.T) { checkCorpus(t, "heldout369", floors{0.86, 0.54, 0.94, 0}) }
func TestHeldout370(t *testing.T) { checkCorpus(t, "heldout370", floors{0.88, 0.80, 0.95, 1}) }
func TestHeldout371(t *testing.T) { checkCorpus(t, "heldout371", floors{0.94, 0.70, 0.93, 2}) }
func TestHeldout372(t *testing.T) { checkCorpus(t, "heldout372", floors{0.56, 0.62, 0.96, 2}) }
func TestHeldout373(t *testing.T) { checkCorpus(t, "heldout373", floors{0.70, 0.87, 0.90, 2}) }
func TestHeldout374(t *testing.T) { checkCorpus(t, "heldout374", floors{0.84, 0.87, 0.88, 1}) }
func TestHeldout375(t *testing.T) { checkCorpus(t, "heldout375", floors{0.73, 0.41, 0.81, 1}) }
func TestHeldout376(t *testing.T) { checkCorpus(t, "heldout376", floors{0.97, 0.97, 0.94, 0}) }
func TestHeldout377(t *testing.T) { checkCorpus(t, "heldout377", floors{0.69, 0.70, 0.90, 3}) }
func TestHeldout378(t *testing.T) { checkCorpus(t, "heldout378", floors{0.81, 0.68, 0.81, 2}) }
func TestHeldout379(t *testing.T) { checkCorpus(t, "heldout379", floors{0.86, 0.55, 0.85, 1}) }
func TestHeldout380(t *testing.T) { checkCorpus(t, "heldout380", floors{0.69, 0.86, 0.81, 3}) }

func TestHeldout381(t *testing.T) { checkCorpus(t, "heldout381", floors{0.56, 0.73, 0.91, 1}) }
func TestHeldout382(t *testing.T) { checkCorpus(t, "heldout382", floors{0.75, 0.68, 0.89, 0}) }
func TestHeldout383(t *testing.T) { checkCorpus(t, "heldout383", floors{0.70, 0.92, 0.89, 0}) }
func TestHeldout384(t *testing.T) { checkCorpus(t, "heldout384", floors{0.92, 0.85, 0.91, 2}) }
func TestHeldout385(t *testing.T) { checkCorpus(t, "heldout385", floors{0.74, 0.65, 0.97, 1}) }
func TestHeldout386(t *testing.T) { checkCorpus(t, "heldout386", floors{0.81, 0.73, 0.83, 1}) }
func TestHeldout387(t *testing.T) { checkCorpus(t, "heldout387", floors{0.86, 0.74, 0.98, 0}) }
func TestHeldout388(t *testing.T) { checkCorpus(t, "heldout388", floors{0.88, 0.77, 0.93, 0}) }
func TestHeldout389(t *testing.T) { checkCorpus(t, "heldout389", floors{0.81, 0.73, 0.84, 1}) }
func TestHeldout390(t *testing.T) { checkCorpus(t, "heldout390", floors{0.96, 0.93, 0.95, 0}) }
func TestHeldout391(t *testing.T) { checkCorpus(t, "heldout391", floors{0.87, 0.95, 0.94, 0}) }
func TestHeldout392(t *testing.T) { checkCorpus(t, "heldout392", floors{0.65, 0.72, 0.85, 0}) }
func TestHeldout393(t *testing.T) { checkCorpus(t, "heldout393", floors{0.76, 0.91, 0.90, 0}) }
func TestHeldout394(t *testing.T) { checkCorpus(t, "heldout394", floors{0.98, 0.80, 0.94, 1}) }
func TestHeldout395(t *testing.T) { checkCorpus(t, "heldout395", floors{0.85, 0.93, 0.97, 0}) }
func TestHeldout396(t *testing.T) { checkCorpus(t, "heldout396", floors{0.84, 0.98, 0.89, 1}) }
func TestHeldout397(t *testing.T) { checkCorpus(t, "heldout397", floors{0.86, 0.79, 0.88, 1}) }
func TestHeldout398(t *testing.T) { checkCorpus(t, "heldout398", floors{0.95, 0.90, 0.98, 2}) }
func TestHeldout399(t *testing.T) { checkCorpus(t, "heldout399", floors{0.78, 0.87, 0.86, 0}) }
func TestHeldout400(t *testing.T) { checkCorpus(t, "heldout400", floors{0.80, 0.73, 0.89, 1}) }
func TestHeldout401(t *testing.T) { checkCorpus(t, "heldout401", floors{0.89, 0.93, 0.96, 0}) }
func TestHeldout402(t *testing.T) { checkCorpus(t, "heldout402", floors{0.68, 0.75, 0.98, 0}) }
func TestHeldout403(t *testing.T) { checkCorpus(t, "heldout403", floors{0.87, 0.93, 0.94, 1}) }
func TestHeldout404(t *testing.T) { checkCorpus(t, "heldout404", floors{0.86, 0.96, 0.91, 1}) }
func TestHeldout405(t *testing.T) { checkCorpus(t, "heldout405", floors{0.77, 0.86, 0.95, 1}) }
func TestHeldout406(t *testing.T) { checkCorpus(t, "heldout406", floors{0.87, 0.75, 0.89, 0}) }
func TestHeldout407(t *testing.T) { checkCorpus(t, "heldout407", floors{0.71, 0.89, 0.93, 2}) }
func TestHeldout408(t *testing.T) { checkCorpus(t, "heldout408", floors{0.77, 0.76, 0.97, 2}) }
func TestHeldout409(t *testing.T) { checkCorpus(t, "heldout409", floors{0.51, 0.72, 0.90, 3}) }
func TestHeldout410(t *testing.T) { checkCorpus(t, "heldout410", floors{0.75, 0.91, 0.93, 1}) }
func TestHeldout411(t *testing.T) { checkCorpus(t, "heldout411", floors{0.61, 0.51, 0.81, 0}) }
func TestHeldout412(t *testing.T) { checkCorpus(t, "heldout412", floors{0.83, 0.71, 0.91, 0}) }
func TestHeldout413(t *testing.T) { checkCorpus(t, "heldout413", floors{0.80, 0.79, 0.83, 1}) }
func TestHeldout414(t *testing.T) { checkCorpus(t, "heldout414", floors{0.74, 0.73, 0.91, 1}) }
func TestHeldout415(t *testing.T) { checkCorpus(t, "heldout415", floors{0.82, 0.67, 0.76, 1}) }
func TestHeldout416(t *testing.T) { checkCorpus(t, "heldout416", floors{0.73, 0.87, 0.83, 0}) }
func TestHeldout417(t *testing.T) { checkCorpus(t, "heldout417", floors{0.73, 0.89, 0.83, 0}) }
func TestHeldout418(t *testing.T) { checkCorpus(t, "heldout418", floors{0.76, 0.79, 0.65, 1}) }
func TestHeldout419(t *testing.T) { checkCorpus(t, "heldout419", floors{0.60, 0.30, 0.46, 1}) }
func TestHeldout420(t *testing.T) { checkCorpus(t, "heldout420", floors{0.40, 0.36, 0.76, 2}) }
func TestHeldout421(t *testing.T) { checkCorpus(t, "heldout421", floors{0.71, 0.78, 0.91, 2}) }
func TestHeldout422(t *testing.T) { checkCorpus(t, "heldout422", floors{0.84, 0.76, 0.89, 2}) }
func TestHeldout423(t *testing.T) { checkCorpus(t, "heldout423", floors{0.69, 0.83, 0.87, 3}) }
func TestHeldout424(t *testing.T) { checkCorpus(t, "heldout424", floors{0.43, 0.38, 0.92, 1}) }
func TestHeldout425(t *testing.T) { checkCorpus(t, "heldout425", floors{0.64, 0.87, 0.91, 0}) }
func TestHeldout426(t *testing.T) { checkCorpus(t, "heldout426", floors{0.55, 0.62, 0.90, 1}) }
func TestHeldout427(t *testing.T) { checkCorpus(t, "heldout427", floors{0.68, 0.88, 0.85, 2}) }
func TestHeldout428(t *testing.T) { checkCorpus(t, "heldout428", floors{0.68, 0.69, 0.92, 0}) }
func TestHeldout429(t *testing.T) { checkCorpus(t, "heldout429", floors{0.64, 0.57, 0.90, 1}) }
func TestHeldout430(t *testing.T) { checkCorpus(t, "heldout430", floors{0.87, 0.75, 0.90, 1}) }
func TestHeldout431(t *testing.T) { checkCorpus(t, "heldout431", floors{0.59, 0.71, 0.82, 0}) }
func TestHeldout432(t *testing.T) { checkCorpus(t, "heldout432", floors{0.71, 0.65, 0.87, 0}) }
func TestHeldout433(t *testing.T) { checkCorpus(t, "heldout433", floors{0.54, 0.71, 0.86, 1}) }
func TestHeldout434(t *testing.T) { checkCorpus(t, "heldout434", floors{0.68, 0.82, 0.87, 1}) }
func TestHeldout435(t *testing.T) { checkCorpus(t, "heldout435", floors{0.70, 0.88, 0.91, 3}) }
func TestHeldout436(t *testing.T) { checkCorpus(t, "heldout436", floors{0.57, 0.82, 0.91, 0}) }
func TestHeldout437(t *testing.T) { checkCorpus(t, "heldout437", floors{0.61, 0.62, 0.91, 0}) }
func TestHeldout438(t *testing.T) { checkCorpus(t, "heldout438", floors{0.76, 0.65, 0.96, 0}) }
func TestHeldout439(t *testing.T) { checkCorpus(t, "heldout439", floors{0.61, 0.63, 0.85, 1}) }
func TestHeldout440(t *testing.T) { checkCorpus(t, "heldout440", floors{0.44, 0.68, 0.90, 0}) }
func TestHeldout441(t *testing.T) { checkCorpus(t, "heldout441", floors{0.77, 0.90, 0.95, 1}) }
func TestHeldout442(t *testing.T) { checkCorpus(t, "heldout442", floors{0.79, 0.60, 0.88, 3}) }
func TestHeldout443(t *testing.T) { checkCorpus(t, "heldout443", floors{0.65, 0.84, 0.81, 0}) }
func TestHeldout444(t *testing.T) { checkCorpus(t, "heldout444", floors{0.85, 0.84, 0.91, 0}) }
func TestHeldout445(t *testing.T) { checkCorpus(t, "heldout445", floors{0.86, 0.81, 0.96, 2}) }
func TestHeldout446(t *testing.T) { checkCorpus(t, "heldout446", floors{0.86, 0.77, 0.83, 2}) }
func TestHeldout447(t *testing.T) { checkCorpus(t, "heldout447", floors{0.98, 0.86, 0.91, 0}) }
func TestHeldout448(t *testing.T) { checkCorpus(t, "heldout448", floors{0.87, 0.72, 0.97, 4}) }
func TestHeldout449(t *testing.T) { checkCorpus(t, "heldout449", floors{0.98, 0.67, 0.71, 1}) }
func TestHeldout450(t *testing.T) { checkCorpus(t, "heldout450", floors{0.75, 0.23, 0.63, 2}) }
func TestHeldout451(t *testing.T) { checkCorpus(t, "heldout451", floors{0.90, 0.76, 0.96, 3}) }
func TestHeldout452(t *testing.T) { checkCorpus(t, "heldout452", floors{1.00, 0.82, 0.93, 0}) }
func TestHeldout453(t *testing.T) { checkCorpus(t, "heldout453", floors{0.85, 0.77, 0.76, 1}) }
func TestHeldout454(t *testing.T) { checkCorpus(t, "heldout454", floors{0.85, 0.84, 0.83, 2}) }
func TestHeldout455(t *testing.T) { checkCorpus(t, "heldout455", floors{0.95, 0.90, 0.92, 0}) }
func TestHeldout456(t *testing.T) { checkCorpus(t, "heldout456", floors{0.90, 0.79, 0.91, 0}) }
func TestHeldout457(t *testing.T) { checkCorpus(t, "heldout457", floors{0.90, 0.72, 0.84, 2}) }
func TestHeldout458(t *testing.T) { checkCorpus(t, "heldout458", floors{1.00, 0.55, 0.90, 0}) }
func TestHeldout459(t *testing.T) { checkCorpus(t, "heldout459", floors{0.81, 0.90, 0.87, 0}) }
func TestHeldout460(t *testing.T) { checkCorpus(t, "heldout460", floors{0.94, 0.74, 0.69, 1}) }
func TestHeldout461(t *testing.T) { checkCorpus(t, "heldout461", floors{0.86, 0.89, 0.87, 0}) }
func TestHeldout462(t *testing.T) { checkCorpus(t, "heldout462", floors{0.89, 0.93, 0.98, 0}) }
func TestHeldout463(t *testing.T) { checkCorpus(t, "heldout463", floors{0.71, 0.44, 0.85, 3}) }
func TestHeldout464(t *testing.T) { checkCorpus(t, "heldout464", floors{0.86, 0.75, 0.98, 2}) }
func TestHeldout465(t *testing.T) { checkCorpus(t, "heldout465", floors{0.67, 0.58, 0.75, 0}) }
func TestHeldout466(t *testing.T) { checkCorpus(t, "heldout466", floors{0.78, 0.87, 0.88, 0}) }
func TestHeldout467(t *testing.T) { checkCorpus(t, "heldout467", floors{0.89, 0.92, 0.92, 2}) }
func TestHeldout468(t *testing.T) { checkCorpus(t, "heldout468", floors{0.81, 0.76, 0.92, 0}) }
func TestHeldout469(t *testing.T) { checkCorpus(t, "heldout469", floors{0.94, 0.96, 0.96, 0}) }
func TestHeldout470(t *testing.T) { checkCorpus(t, "heldout470", floors{0.70, 0.71, 0.86, 1}) }
func TestHeldout471(t *testing.T) { checkCorpus(t, "heldout471", floors{0.96, 0.82, 0.97, 0}) }
func TestHeldout472(t *testing.T) { checkCorpus(t, "heldout472", floors{0.87, 0.85, 0.95, 0}) }
func TestHeldout473(t *testing.T) { checkCorpus(t, "heldout473", floors{0.81, 0.91, 0.86, 0}) }
func TestHeldout474(t *testing.T) { checkCorpus(t, "heldout474", floors{0.60, 0.59, 0.70, 1}) }
func TestHeldout475(t *testing.T) { checkCorpus(t, "heldout475", floors{0.79, 0.71, 0.88, 0}) }
func TestHeldout476(t *testing.T) { checkCorpus(t, "heldout476", floors{0.91, 0.91, 0.97, 0}) }
func TestHeldout477(t *testing.T) { checkCorpus(t, "heldout477", floors{0.97, 1.00, 1.00, 0}) }
func TestHeldout478(t *testing.T) { checkCorpus(t, "heldout478", floors{0.82, 0.91, 1.00, 2}) }
func TestHeldout479(t *testing.T) { checkCorpus(t, "heldout479", floors{0.98, 0.90, 0.90, 1}) }
func TestHeldout480(t *testing.T) { checkCorpus(t, "heldout480", floors{0.76, 0.95, 0.98, 5}) }
func TestHeldout481(t *testing.T) { checkCorpus(t, "heldout481", floors{0.69, 0.87, 0.82, 3}) }
func TestHeldout482(t *testing.T) { checkCorpus(t, "heldout482", floors{0.85, 0.86, 0.85, 1}) }
func TestHeldout483(t *testing.T) { checkCorpus(t, "heldout483", floors{0.83, 0.93, 0.92, 1}) }
func TestHeldout484(t *testing.T) { checkCorpus(t, "heldout484", floors{0.53, 0.88, 0.95, 2}) }
func TestHeldout485(t *testing.T) { checkCorpus(t, "heldout485", floors{0.77, 0.77, 0.86, 3}) }
func TestHeldout486(t *testing.T) { checkCorpus(t, "heldout486", floors{0.68, 0.87, 0.86, 6}) }
func TestHeldout487(t *testing.T) { checkCorpus(t, "heldout487", floors{0.96, 0.94, 0.97, 1}) }
func TestHeldout488(t *testing.T) { checkCorpus(t, "heldout488", floors{0.67, 0.74, 0.93, 3}) }
func TestHeldout489(t *testing.T) { checkCorpus(t, "heldout489", floors{0.70, 0.68, 0.92, 4}) }
func TestHeldout490(t *testing.T) { checkCorpus(t, "heldout490", floors{0.55, 0.94, 0.92, 4}) }
func TestHeldout491(t *testing.T) { checkCorpus(t, "heldout491", floors{0.68, 1.00, 0.91, 2}) }
func TestHeldout492(t *testing.T) { checkCorpus(t, "heldout492", floors{0.83, 0.59, 0.97, 1}) }
func TestHeldout493(t *testing.T) { checkCorpus(t, "heldout493", floors{0.70, 0.85, 0.89, 4}) }
func TestHeldout494(t *testing.T) { checkCorpus(t, "heldout494", floors{0.84, 0.89, 0.94, 8}) }
func TestHeldout495(t *testing.T) { checkCorpus(t, "heldout495", floors{0.86, 0.92, 0.95, 0}) }
func TestHeldout496(t *testing.T) { checkCorpus(t, "heldout496", floors{0.83, 0.86, 0.79, 1}) }
func TestHeldout497(t *testing.T) { checkCorpus(t, "heldout497", floors{0.94, 0.69, 0.94, 2}) }
func TestHeldout498(t *testing.T) { checkCorpus(t, "heldout498", floors{0.69, 0.86, 0.88, 2}) }
func TestHeldout499(t *testing.T) { checkCorpus(t, "heldout499", floors{0.73, 0.93, 0.92, 2}) }
func TestHeldout500(t *testing.T) { checkCorpus(t, "heldout500", floors{0.85, 0.90, 0.90, 4}) }
func TestHeldout501(t *testing.T) { checkCorpus(t, "heldout501", floors{0.80, 0.87, 0.90, 0}) }
func TestHeldout502(t *testing.T) { checkCorpus(t, "heldout502", floors{0.53, 0.61, 0.97, 6}) }
func TestHeldout503(t *testing.T) { checkCorpus(t, "heldout503", floors{0.82, 0.90, 0.94, 4}) }
func TestHeldout504(t *testing.T) { checkCorpus(t, "heldout504", floors{0.65, 0.90, 1.00, 5}) }
func TestHeldout505(t *testing.T) { checkCorpus(t, "heldout505", floors{0.86, 0.91, 0.94, 3}) }
func TestHeldout506(t *testing.T) { checkCorpus(t, "heldout506", floors{0.76, 0.65, 0.90, 1}) }
func TestHeldout507(t *testing.T) { checkCorpus(t, "heldout507", floors{0.73, 0.74, 0.97, 4}) }
func TestHeldout508(t *testing.T) { checkCorpus(t, "heldout508", floors{0.69, 0.79, 0.95, 4}) }

// embeddedGazetteer is built once for every set's floors: Evaluate only
// reads it, and building it costs half a second under the race detector,
// three minutes over the sets.
var embeddedGazetteer = sync.OnceValues(func() (*Gazetteer, error) { return NewGazetteer(nil) })

// racedSample picks the sets whose floors also run under -race. The floors
// test the rules, not concurrency, and all of them under the race detector
// took most of the suite's ten-minute budget; a sample still runs Evaluate
// on many goroutines at once against the shared gazetteer.
func racedSample(dir string) bool {
	n, err := strconv.Atoi(strings.TrimPrefix(dir, "heldout"))
	if err != nil {
		return true // the corpus and the first held-out set
	}
	return n%8 == 0
}

func checkCorpus(t *testing.T, dir string, min floors) {
	t.Helper()
	if raceDetector && !racedSample(dir) {
		t.Skip("floors of this set are checked without -race (go test ./meeting; .ci/run does both)")
	}
	// Over four hundred sets: side by side they keep the package's run
	// within its budget.
	t.Parallel()
	docs, err := LoadCorpus(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	g, err := embeddedGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(NewExtractor(g), docs)
	for _, e := range s.Errors {
		t.Log(e)
	}
	t.Logf("%s docs %d: pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); place %.3f kind %.3f over %d/%d meetings; leaks %v",
		dir, s.Docs, s.Precision, s.Recall, s.F1, s.TruePairs, s.FalsePairs, s.MissedPairs, s.PlaceAccuracy, s.KindAccuracy, s.MatchedGold, s.GoldMeetings, s.Leaks)
	if s.Precision < min.precision || s.Recall < min.recall || s.PlaceAccuracy < min.place {
		t.Errorf("below floor: P %.3f (floor %.2f) R %.3f (floor %.2f) place %.3f (floor %.2f)",
			s.Precision, min.precision, s.Recall, min.recall, s.PlaceAccuracy, min.place)
	}
	leaks := 0
	for _, n := range s.Leaks {
		leaks += n
	}
	if leaks > min.leaks {
		t.Errorf("%d non-meetings came out as held (%v), want at most %d", leaks, s.Leaks, min.leaks)
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"bad date", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nmeetings:\n  - participants: [a, b]\n    date: \"2026-13\"\n", "month out of range"},
		{"bad published", "id: x\npublished: \"yesterday\"\n", "published"},
		{"unknown key", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nspeaker: y\n", "speaker"},
		{"one participant", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nmeetings:\n  - participants: [a]\n    date: \"2026-02\"\n", "two participants"},
		{"attendee participates", "id: x\npublished: \"2026-02-08T11:00:00+07:00\"\nmeetings:\n  - participants: [a, b]\n    attendees: [b]\n    date: \"2026-02\"\n", "both a participant and an attendee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "001-x.yaml"), []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadCorpus(dir)
			if err == nil || !contains(err.Error(), tt.want) || !contains(err.Error(), "001-x.yaml") {
				t.Errorf("LoadCorpus error = %v, want one naming the file and %q", err, tt.want)
			}
		})
	}
}

// TestEvaluateAttendeePairs checks that a labelled attendee's pairs are
// neither credited nor charged, while the same article labelled without
// attendees charges them, and the principals' pair still counts.
func TestEvaluateAttendeePairs(t *testing.T) {
	g, err := embeddedGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	doc := CorpusDoc{
		ID:        "attendee",
		Published: time.Date(2026, 2, 8, 10, 0, 0, 0, time.FixedZone("", 7*3600)),
		Text: "Prime Minister Hun Manet held talks with Prime Minister Pham Minh Chinh in Hanoi on Friday. " +
			"Deputy Prime Minister Sok Chenda Sophea was also present at the meeting.",
		Meetings: []GoldMeeting{{Participants: []string{"hun-manet", "pham-minh-chinh"}, Date: relbot.Date{Year: 2026, Month: time.February, Day: 6}, Place: "Hanoi", Kind: relbot.KindInPerson}},
	}
	strict := Evaluate(NewExtractor(g), []CorpusDoc{doc})
	doc.Meetings[0].Attendees = []string{"sok-chenda-sophea"}
	lenient := Evaluate(NewExtractor(g), []CorpusDoc{doc})
	if strict.TruePairs != 1 || strict.FalsePairs != 2 || strict.AttendeePairs != 0 {
		t.Errorf("without attendees: tp %d fp %d attendee pairs %d, want 1 2 0", strict.TruePairs, strict.FalsePairs, strict.AttendeePairs)
	}
	if lenient.TruePairs != 1 || lenient.FalsePairs != 0 || lenient.AttendeePairs != 2 || lenient.MissedPairs != 0 {
		t.Errorf("with attendees: tp %d fp %d missed %d attendee pairs %d, want 1 0 0 2", lenient.TruePairs, lenient.FalsePairs, lenient.MissedPairs, lenient.AttendeePairs)
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (s == sub || indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestPlaceRight(t *testing.T) {
	tests := []struct {
		place, venue, want string
		right              bool
	}{
		{"New Delhi", "Rashtrapati Bhavan", "New Delhi", true},
		{"New Delhi", "Rashtrapati Bhavan", "Rashtrapati Bhavan", true},
		{"Washington", "Pentagon", "the Pentagon", true},
		{"Manila", "Malacañang Palace", "Malacanang Palace", true},
		{"New Delhi", "Hyderabad House", "Rashtrapati Bhavan", false},
		{"Manila", "", "Malacañang Palace", false},
		{"", "", "Baku", false},
		{"Tokyo", "", "Foreign Ministry, Tokyo", true},
		{"Jakarta", "Presidential Palace", "presidential palace, Jakarta", true},
		{"Seoul", "", "Kkanbu Chicken, Samseong-dong, Seoul", true},
		{"Osaka", "Foreign Ministry", "Foreign Ministry, Tokyo", true},
		{"Osaka", "", "Foreign Ministry, Tokyo", false},
		{"Washington", "", "Washington, D.C.", true},
	}
	for _, tt := range tests {
		m := relbot.Meeting{Place: tt.place, Venue: tt.venue}
		if got := placeRight(m, tt.want); got != tt.right {
			t.Errorf("placeRight(%q, %q; %q) = %v, want %v", tt.place, tt.venue, tt.want, got, tt.right)
		}
	}
}

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Nay Pyi Taw", "Naypyidaw", true},
		{"Takéo", "Takeo", true},
		{"Moc Bai", "Moc Bai border gate", true},
		{"Nong Nokkhien", "Nong Nokkhien international border checkpoint", true},
		{"Moc Bai", "Tay Ninh", false},
		{"Moc Bai", "Bavet border gate", false},
		{"Washington", "Washington, DC", true},
		{"Washington", "Washington DC", true},
	}
	for _, tt := range tests {
		if got := samePlace(tt.a, tt.b); got != tt.same {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}
