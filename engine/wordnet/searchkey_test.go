package wordnet

import (
	"bytes"
	"sort"
	"strings"
	"testing"
)

// searchLemmasCut is searchLemmas as it was: each probed line found whole,
// then cut at its tab.
func (wn *WordNet) searchLemmasCut(w string) int {
	return sort.Search(len(wn.lemmas), func(i int) bool {
		name, _, _ := bytes.Cut(wn.line(wn.lemmas[i]), []byte{'\t'})
		return string(name) >= w
	})
}

// searchCut is wordTable.search as it was: each probed line found whole,
// then its key cut from it.
func (t *wordTable) searchCut(k string) int {
	return sort.Search(len(t.offs), func(i int) bool { return t.key(t.line(i)) >= k })
}

// keyProbes are words to look up around name: itself, a prefix, longer,
// and one letter above and below, the cases where comparing in place
// could stop at the wrong byte.
func keyProbes(name string) []string {
	ps := []string{name, name + "a", name + "_", name + " ", name + "\t", name + "~"}
	if n := len(name); n > 0 {
		ps = append(ps, name[:n-1], name[:n-1]+string(name[n-1]-1), name[:n-1]+string(name[n-1]+1))
	}
	return ps
}

// TestSearchInPlace: the binary searches that compare a key where the text
// has it (compareKey) land where cutting each probed line did, for every
// lemma and every line of the word tables, and words near them.
func TestSearchInPlace(t *testing.T) {
	wn, err := Parse(embedded)
	if err != nil {
		t.Fatal(err)
	}
	extra := []string{"", "a", "zzzz", "\x7f", "new_york", "minister", "ministers"}
	for i := range wn.lemmas {
		name, _, _ := bytes.Cut(wn.line(wn.lemmas[i]), []byte{'\t'})
		probes := keyProbes(string(name))
		if i < len(extra) {
			probes = append(probes, extra[i])
		}
		for _, p := range probes {
			if got, want := wn.searchLemmas(p), wn.searchLemmasCut(p); got != want {
				t.Fatalf("searchLemmas(%q) = %d, cutting each line %d", p, got, want)
			}
		}
	}
	tables := map[string]*wordTable{
		"opaque": &wn.opaque, "exceptions": &wn.exceptions, "plurals": &wn.plurals,
		"verbKinds": &wn.verbKinds, "troponyms": &wn.troponyms, "causes": &wn.causes,
		"attributes": &wn.attributes, "antonyms": &wn.antonyms, "homes": &wn.homes,
	}
	for name, tb := range tables {
		t.Run(name, func(t *testing.T) {
			if len(tb.offs) == 0 {
				t.Fatal("empty table")
			}
			for i := range tb.offs {
				k := tb.key(tb.line(i))
				probes := append(keyProbes(k), strings.TrimSuffix(k, "s"))
				if i < len(extra) {
					probes = append(probes, extra[i])
				}
				for _, p := range probes {
					if got, want := tb.search(p), tb.searchCut(p); got != want {
						t.Fatalf("search(%q) = %d, cutting each line %d", p, got, want)
					}
				}
			}
		})
	}
}

// BenchmarkLookupCold looks up a question's worth of words and their
// plural detachments with nothing kept: the binary searches alone.
func BenchmarkLookupCold(b *testing.B) {
	wn, err := Parse(embedded)
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("who has agreed to hit the years expected put parts office republicans linked risk date minister ministers airport runways closed councillors")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			wn.find(w)
			wn.plurals.rest(w)
			wn.exceptions.rest(w)
		}
	}
}
