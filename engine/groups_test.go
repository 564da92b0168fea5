package engine

import (
	"reflect"
	"testing"
	"unsafe"
)

// A part's names, analyzed, hold the terms the analyzer gives each name,
// all cut from one string, their alternatives from one array of terms and
// the groups' from one array of alternatives, as a reopened snapshot keeps
// them; appending to one overwrites no other.
func TestAnalyzeArticleCompactsGroups(t *testing.T) {
	e := engineFor(t)
	st := e.store
	for _, s := range e.sources {
		t.Run(s.Article.ID, func(t *testing.T) {
			p := analyzeArticle(newAnalyzer(st.an), st.lex, st.tt, s, "")
			var want [][][]string
			for i := range s.Entities {
				en := &s.Entities[i]
				var alts [][]string
				for _, name := range append([]string{en.Name}, en.Aliases...) {
					if ts := terms(st.an, name); len(ts) > 0 {
						alts = append(alts, ts)
					}
				}
				if short := st.lex.shortName(en); short != "" {
					if ts := terms(st.an, short); len(ts) > 0 {
						alts = append(alts, ts)
					}
				}
				if len(alts) > 0 {
					want = append(want, alts)
				}
			}
			var got [][][]string
			var nextTerm unsafe.Pointer
			var nextAlt *[]string
			var nextByte *byte
			for _, g := range p.groups {
				got = append(got, g.alts)
				if nextAlt != nil && &g.alts[0] != nextAlt {
					t.Errorf("the alternatives of %q are not cut from the array of those before", g.alts)
				}
				nextAlt = (*[]string)(unsafe.Add(unsafe.Pointer(&g.alts[0]), len(g.alts)*int(unsafe.Sizeof([]string(nil)))))
				for _, ts := range g.alts {
					if nextTerm != nil && unsafe.Pointer(&ts[0]) != nextTerm {
						t.Errorf("the terms %q are not cut from the array of those before", ts)
					}
					nextTerm = unsafe.Add(unsafe.Pointer(&ts[0]), len(ts)*int(unsafe.Sizeof("")))
					for _, term := range ts {
						if nextByte != nil && unsafe.StringData(term) != nextByte {
							t.Errorf("the term %q is not cut from the string of those before", term)
						}
						nextByte = (*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(term)), len(term)))
					}
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("groups' terms = %q, want %q", got, want)
			}
			if len(p.groups) > 1 {
				first, second := p.groups[0].alts, p.groups[1].alts[0][0]
				_ = append(first, []string{"extra"})
				_ = append(first[len(first)-1], "extra")
				if p.groups[1].alts[0][0] != second {
					t.Error("appending to a group's alternatives overwrote the next group's")
				}
			}
		})
	}
}
