package knowledge

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Spellings finds exactly the strings, and distances, that measuring each
// with EditDistance finds, for words of a small alphabet (many near
// misses, swaps included), for the names of the shipped coverage, and for
// the names and their words of a generated one.
func TestSpellingsNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcé ü")
	word := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(rs)
	}
	random := map[string]bool{"": true}
	for range 1500 {
		random[word(rng.IntN(9))] = true
	}
	names := map[string]bool{}
	for _, s := range shippedLibrary(t).sources {
		for _, e := range s.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				names[wordsOnly(Fold(n))] = true
			}
		}
	}
	generated := map[string]bool{}
	var generatedQueries []string
	for i, s := range synthSources(t, 6000) {
		for j, e := range s.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				f := wordsOnly(Fold(n))
				generated[f] = true
				eachWord(f, func(w string) { generated[w] = true })
				if (i+j)%97 == 0 {
					rs := []rune(f)
					rs[len(rs)/2], rs[len(rs)-1] = rs[len(rs)-1], rs[len(rs)/2]
					generatedQueries = append(generatedQueries, f, string(rs), string(rs[:len(rs)/2]))
				}
			}
		}
	}
	tests := []struct {
		name    string
		set     map[string]bool
		queries []string
	}{
		{"random", random, nil},
		{"names", names, []string{"zelenksy", "vladimir putni", "kief", "peskov", "", "x", "istambul", "erdogan"}},
		{"generated", generated, generatedQueries},
	}
	for range 200 {
		tests[0].queries = append(tests[0].queries, word(rng.IntN(10)))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := sortedKeys(tt.set)
			s := newSpellings(keys)
			for _, q := range tt.queries {
				for k := range 5 {
					want := map[string]int{}
					for _, key := range keys {
						if d := EditDistance(key, q); d <= k {
							want[key] = d
						}
					}
					got := map[string]int{}
					s.near(q, k, func(i, d int) {
						if _, dup := got[s.keys[i]]; dup {
							t.Errorf("near(%q, %d) found %q twice", q, k, s.keys[i])
						}
						got[s.keys[i]] = d
					})
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("near(%q, %d) mismatch (-want, +got):\n%s", q, k, diff)
					}
				}
			}
		})
	}
}

// containsWords and atWordStart say what the concatenations they stand for
// would, for strings of a few letters and spaces, leading, trailing and
// doubled spaces included.
func TestWordRuns(t *testing.T) {
	var all []string
	var gen func(prefix string)
	gen = func(prefix string) {
		all = append(all, prefix)
		if len(prefix) < 5 {
			for _, c := range []string{"a", "b", " "} {
				gen(prefix + c)
			}
		}
	}
	gen("")
	for _, s := range all {
		for _, q := range all {
			if got, want := containsWords(s, q), strings.Contains(" "+s+" ", " "+q+" "); got != want {
				t.Errorf("containsWords(%q, %q) = %v, want %v", s, q, got, want)
			}
			if got, want := atWordStart(s, q), strings.Contains(" "+s, " "+q); got != want {
				t.Errorf("atWordStart(%q, %q) = %v, want %v", s, q, got, want)
			}
		}
	}
}
