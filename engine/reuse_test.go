package engine

import (
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A search takes its terms' postings from its searchLists, which the
// searches after it reuse: a question searched after others, in however
// many ranges, must find what it finds in an engine that reuses nothing,
// and the postings kept between searches must hold nothing of the one
// before (no list, iterator or segment).
func TestSearchListsReuseTerms(t *testing.T) {
	e, qs := synthEngine(t, 1500)
	var all [][][]query.Query
	for _, text := range qs {
		if groups := e.queryGroups(e.read(text)); len(groups) > 0 {
			all = append(all, groups)
		}
	}
	search := func(groups [][]query.Query, n int) []indexHit {
		t.Helper()
		got, err := e.searchGroupsIn(t.Context(), groups, maxCandidates, func(_, _ uint64) int { return n }, blockDocs)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	want := make([][]indexHit, len(all))
	e.lists = listCache{min: math.MaxInt, zapOnly: true} // no searchLists
	for i, groups := range all {
		want[i] = search(groups, 1)
	}
	tests := []struct {
		name   string
		min    int   // the fewest postings a list the cache keeps has
		ranges []int // each question is searched in these in turn
	}{
		{"decoded for each search", math.MaxInt, []int{1, 3, 2}},
		{"ranges first", math.MaxInt, []int{3, 1, 4}},
		{"from the cache", 1, []int{2, 1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.lists = listCache{min: tt.min}
			for _, n := range tt.ranges {
				for i, groups := range all {
					got := search(groups, n)
					if len(got) != len(want[i]) {
						t.Fatalf("question %d in %d ranges: %d hits, want %d", i, n, len(got), len(want[i]))
					}
					for k := range got {
						if got[k] != want[i][k] {
							t.Fatalf("question %d in %d ranges: hit %d is %v, want %v", i, n, k, got[k], want[i][k])
						}
					}
				}
			}
		})
	}

	// What release keeps holds nothing of the search.
	st := openSearch(t, e)
	e.lists = listCache{min: math.MaxInt}
	st.segs.cache = &e.lists
	own := new(searchLists)
	st.segs.own = own
	for _, term := range []string{"said", "council", "a-term-in-no-paragraph"} {
		p, err := openTermCached(st.segs, st.stats, term, 1)
		if err != nil {
			t.Fatal(err)
		}
		p.againTerm()
	}
	if own.nt != 6 {
		t.Fatalf("%d postings taken, want 6", own.nt)
	}
	own.release()
	if own.nt != 0 || len(own.terms) != 6 {
		t.Fatalf("kept %d postings, %d taken, want 6 and 0", len(own.terms), own.nt)
	}
	for i, p := range own.terms {
		if holds(p.its[:cap(p.its)]) || holds(p.zaps[:cap(p.zaps)]) || holds(p.lists[:cap(p.lists)]) || holds(p.decoded[:cap(p.decoded)]) ||
			p.own != nil || p.offsets != nil || p.docs != 0 {
			t.Errorf("postings %d kept holding the search's: %+v", i, *p)
		}
	}
}

// holds reports whether s has an element that is not its zero.
func holds[E comparable](s []E) bool {
	var zero E
	return slices.ContainsFunc(s, func(x E) bool { return x != zero })
}

// appendTold reads a quoted sentence into the room its caller keeps from
// paragraph to paragraph: each paragraph's sets are those read with no
// room kept, whatever was read before.
func TestAppendToldRoom(t *testing.T) {
	e := storyEngine(t,
		"Cracks close Harl pool",
		"Engineers found cracks in the main tank of the Harl swimming pool, the council said.",
		`"Everyone asks me when the pool will reopen. The pool will reopen when it is safe," said its manager, Ines Dahl, on Tuesday.`,
		`The council said the repairs would cost "at least $2 million", and that “nobody was hurt”.`,
		"Repairs are due to finish in late May, and the council plans to reopen it on June 2.",
		`"We are sorry," the mayor said. "It will take time." She said the pool would reopen "in the summer".`,
	)
	q := e.read("when will the pool reopen")
	a := e.vocab.article(e.vocab.ordered[0].article)
	var room toldRoom
	var got []termSet
	for _, n := range []int{2, 3, 5, 1, 4, 5, 3} {
		pi := a.para(n)
		if pi == nil {
			t.Fatalf("no ¶%d", n)
		}
		want := e.appendTold(nil, q, pi, nil)
		got = e.appendTold(got[:0], q, pi, &room)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("¶%d: %v, want %v", n, got, want)
		}
	}
}

// refsInto sets every ref and ok it is given, whatever they held from an
// earlier search, as refs makes them.
func TestDocRefsInto(t *testing.T) {
	var asked int
	segs := idSegments(&asked, 3, 4)
	tests := []struct {
		name string
		docs []uint64
	}{
		{"paragraphs", []uint64{6, 0, 2}},
		{"one that is none among them", []uint64{4, 1, 5}},
		{"fewer", []uint64{3}},
	}
	var d docRefs
	stale := []knowledge.Ref{{Article: "old", Paragraph: 9}, {Article: "old", Paragraph: 8}, {Article: "old", Paragraph: 7}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantOK, err := d.refs(&idReader{}, segs, tt.docs, nil)
			if err != nil {
				t.Fatal(err)
			}
			refs, oks := slices.Clone(stale[:len(tt.docs)]), slices.Repeat([]bool{true}, len(tt.docs))
			if err := d.refsInto(&idReader{}, segs, tt.docs, nil, refs, oks); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(refs, want) || !slices.Equal(oks, wantOK) {
				t.Errorf("%v %v, want %v %v", refs, oks, want, wantOK)
			}
		})
	}
}

// altRoom gives each group room for its alternatives alone: filling one
// leaves the others as they were.
func TestAltRoom(t *testing.T) {
	term := func(s string) query.Query { return query.NewTermQuery(s) }
	tests := [][][]query.Query{
		{{term("a")}, {term("b"), term("c")}, {term("d")}},
		{{term("a"), term("b"), term("c")}},
		{{}, {term("a")}, {}},
	}
	for _, groups := range tests {
		alts := altRoom(groups)
		if len(alts) != len(groups) {
			t.Fatalf("%d groups' room, want %d", len(alts), len(groups))
		}
		for i, g := range groups {
			for j := range g {
				alts[i] = append(alts[i], altPostings{doc: uint64(i*10 + j)})
			}
		}
		for i, g := range groups {
			if len(alts[i]) != len(g) || cap(alts[i]) != len(g) {
				t.Errorf("group %d: %d alternatives in room for %d, want %d", i, len(alts[i]), cap(alts[i]), len(g))
			}
			for j, a := range alts[i] {
				if a.doc != uint64(i*10+j) {
					t.Errorf("group %d alternative %d holds %d", i, j, a.doc)
				}
			}
		}
	}
}

// A search's hits are given back once gather has read them, and the
// searches after it return theirs in that room: each must find what it
// finds when nothing was given back, in one range or several (whose best
// are put together in a room kept too), and the room given back must
// hold no article's name.
func TestIndexHitsReleased(t *testing.T) {
	e, qs := synthEngine(t, 1500)
	var all [][][]query.Query
	for _, text := range qs {
		if groups := e.queryGroups(e.read(text)); len(groups) > 0 {
			all = append(all, groups)
		}
	}
	tests := []struct {
		name   string
		ranges int
	}{
		{"one range", 1},
		{"three ranges", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			search := func(groups [][]query.Query) []indexHit {
				t.Helper()
				got, err := e.searchGroupsIn(t.Context(), groups, maxCandidates, func(_, _ uint64) int { return tt.ranges }, blockDocs)
				if err != nil {
					t.Fatal(err)
				}
				return got
			}
			want := make([][]indexHit, len(all))
			for i, groups := range all {
				want[i] = slices.Clone(search(groups))
			}
			for range 2 {
				for i, groups := range all {
					got := search(groups)
					if !slices.Equal(got, want[i]) {
						t.Fatalf("question %d: hits %v, want %v", i, got, want[i])
					}
					hitRooms.release(got)
					if held := slices.IndexFunc(got[:cap(got)], func(h indexHit) bool { return h != indexHit{} }); held >= 0 {
						t.Fatalf("question %d: hit %d still held once given back: %v", i, held, got[held])
					}
				}
			}
		})
	}
}
