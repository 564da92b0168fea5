package knowledge

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// A topic's timeline does not hang on the places the engine reports for
// the sources of the events it judges: the library takes a place only when
// its own source there is the one reported, and otherwise finds the source
// by its article's id. Whatever the places, the timeline is the reference's.
func TestTimelineWhateverPlacesTheEngineReports(t *testing.T) {
	coverages := placedCoverages(t)
	topics := []string{"talks", "istanbul talks", "harbour vote", "court ruling", "ceasefire proposal",
		"war", "Kyiv authorities", "nothing of the sort"}
	y2025, y2026 := MustDate("2025"), MustDate("2026")
	windows := [][2]*Date{{nil, nil}, {&y2025, &y2025}, {&y2025, nil}, {nil, &y2026}}
	for _, c := range coverages {
		for _, p := range reportedPlaces {
			t.Run(c.name+"/"+p.name, func(t *testing.T) {
				e := newWordEngine(c.sources)
				e.place = func(at int) int { return p.place(at, len(c.sources)) }
				l, m := NewLibrary(c.sources, e), &mismatches{t: t}
				kept := 0
				for _, tp := range topics {
					for _, w := range windows {
						for _, arts := range articleFilters(l) {
							want := refTimeline(l, tp, w[0], w[1], arts...)
							got := l.Timeline(TimelineQuery{Topic: tp, From: w[0], To: w[1], Articles: arts}).Events
							m.check(fmt.Sprintf("Timeline(%q, %v, %v) in %q", tp, w[0], w[1], arts), want, got)
							kept += len(got)
						}
					}
				}
				if kept < 50 {
					t.Errorf("only %d events kept in all", kept)
				}
			})
		}
	}
}

// byKeyThenCover orders events as the sort it replaced did: by the ranks of
// their keys, best covering first among events of one key, then by
// position, an event listed twice once.
func TestByKeyThenCover(t *testing.T) {
	// Ten events: positions 0-2 share a key, as do 4-5 and 6-9.
	o := &eventOrder{keyRank: []int32{0, 0, 0, 3, 4, 4, 6, 6, 6, 6}}
	tests := []struct {
		name string
		kept []covering
		want []int32
	}{
		{"none", nil, []int32{}},
		{"one", []covering{{3, 0.5}}, []int32{3}},
		{"keys apart", []covering{{9, 1}, {3, 0.5}, {0, 0.7}}, []int32{0, 3, 9}},
		{"one key, best first", []covering{{0, 0.5}, {1, 1}, {2, 0.75}}, []int32{1, 2, 0}},
		{"one key, as much by position", []covering{{8, 0.5}, {6, 0.5}, {9, 1}, {7, 0.5}}, []int32{9, 6, 7, 8}},
		{"listed twice", []covering{{4, 0.5}, {3, 1}, {4, 0.5}, {5, 0.6}}, []int32{3, 5, 4}},
		{"listed twice, judged apart", []covering{{6, 0.9}, {7, 0.8}, {6, 0.7}}, []int32{6, 7, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := byKeyThenCover(o, slices.Clone(tt.kept))
			if !slices.Equal(got, tt.want) {
				t.Errorf("byKeyThenCover(%v) = %v, want %v", tt.kept, got, tt.want)
			}
			if want := refByKeyThenCover(o, slices.Clone(tt.kept)); !slices.Equal(got, want) {
				t.Errorf("byKeyThenCover(%v) = %v, the sort it replaced %v", tt.kept, got, want)
			}
		})
	}
	t.Run("random", func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			n := 1 + r.IntN(60)
			o := &eventOrder{keyRank: make([]int32, n)}
			for p := 1; p < n; p++ {
				o.keyRank[p] = int32(p)
				if r.IntN(2) == 0 {
					o.keyRank[p] = o.keyRank[p-1]
				}
			}
			var kept []covering
			for range r.IntN(2 * n) {
				kept = append(kept, covering{int32(r.IntN(n)), float64(r.IntN(5)) / 4})
			}
			got, want := byKeyThenCover(o, slices.Clone(kept)), refByKeyThenCover(o, slices.Clone(kept))
			if !slices.Equal(got, want) {
				t.Fatalf("byKeyThenCover(%v) with ranks %v = %v, the sort it replaced %v", kept, o.keyRank, got, want)
			}
		}
	})
}

// refByKeyThenCover is byKeyThenCover as it was: one sort comparing the
// ranks of keys.
func refByKeyThenCover(o *eventOrder, kept []covering) []int32 {
	slices.SortFunc(kept, func(a, b covering) int {
		if c := cmp.Compare(o.keyRank[a.p], o.keyRank[b.p]); c != 0 {
			return c
		}
		if c := cmp.Compare(b.cov, a.cov); c != 0 {
			return c
		}
		return cmp.Compare(a.p, b.p)
	})
	out := make([]int32, 0, len(kept))
	for i, k := range kept {
		if i == 0 || k.p != kept[i-1].p {
			out = append(out, k.p)
		}
	}
	return out
}

// placedCoverages are the coverages the tests of an engine's reported
// places run over: three articles, the three with copies, and one source
// loaded at two places (where each place's events count).
func placedCoverages(t *testing.T) []struct {
	name    string
	sources []*Source
} {
	t.Helper()
	threeLibrary(t, nil)
	three := slices.Clone(threeSources)
	shipped := shippedLibrary(t).sources[0]
	return []struct {
		name    string
		sources []*Source
	}{
		{"three", three},
		{"copies", append(slices.Clone(three), copiesOf(t, 4)...)},
		{"twice", append([]*Source{shipped}, append(copiesOf(t, 2), shipped)...)},
	}
}

// reportedPlaces are the places a fake engine reports for the source at
// at of n: its own, none, another's, and one beyond the sources.
var reportedPlaces = []struct {
	name  string
	place func(at, n int) int
}{
	{"its own", func(at, _ int) int { return at }},
	{"unknown", func(int, int) int { return -1 }},
	{"the next source's", func(at, n int) int { return (at + 1) % n }},
	{"beyond the sources", func(at, n int) int { return at + n }},
}
