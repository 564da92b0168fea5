package knowledge

import (
	"reflect"
	"testing"
	"unsafe"
)

// A source's strings split from it and joined back read as they did, all
// in the one string they were joined from; splitting changes nothing of
// the source; strings that run out are refused.
func TestSplitJoinStrings(t *testing.T) {
	var srcs []*Source
	for _, f := range []string{"../data/istanbul-talks.yaml", "testdata/harbour/harbour-vote.yaml"} {
		s, err := LoadSource(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s)
	}
	var lens []uint32
	var buf []byte
	var shells []*Source
	for _, s := range srcs {
		before := deepCopy(t, s)
		var shell *Source
		shell, lens, buf = s.SplitStrings(lens, buf)
		if !reflect.DeepEqual(s, before) {
			t.Fatal("splitting a source's strings changed it")
		}
		shell.eachString(func(p *string) {
			if *p != "" {
				t.Fatalf("split source keeps %q", *p)
			}
		})
		if shell.Article.Paragraphs != nil {
			t.Error("split source keeps its paragraphs")
		}
		shells = append(shells, shell)
	}
	all := string(buf)
	rest, restLens := all, lens
	for i, shell := range shells {
		var ok bool
		if rest, restLens, ok = shell.JoinStrings(rest, restLens); !ok {
			t.Fatalf("source %d: the strings ran out", i)
		}
		shell.Article.Paragraphs = srcs[i].Article.Paragraphs
		if !reflect.DeepEqual(shell, srcs[i]) {
			t.Errorf("source %d joined again is not what was split", i)
		}
		lo := uintptr(unsafe.Pointer(unsafe.StringData(all)))
		shell.eachString(func(p *string) {
			if a := uintptr(unsafe.Pointer(unsafe.StringData(*p))); *p != "" && (a < lo || a+uintptr(len(*p)) > lo+uintptr(len(all))) {
				t.Fatalf("source %d: %q is a string of its own", i, *p)
			}
		})
	}
	if rest != "" || len(restLens) != 0 {
		t.Errorf("%d bytes and %d lengths left over", len(rest), len(restLens))
	}
	shell, _, _ := srcs[0].SplitStrings(nil, nil)
	if _, _, ok := shell.JoinStrings(all[:10], lens); ok {
		t.Error("joined strings from too short a string")
	}
	if _, _, ok := shell.JoinStrings(all, lens[:3]); ok {
		t.Error("joined strings from too few lengths")
	}
}

// deepCopy copies a source and the slices it holds, so that a change to
// the original's shows.
func deepCopy(t *testing.T, s *Source) *Source {
	t.Helper()
	c := *s
	a := *s.Article
	c.Article = &a
	c.Entities = append([]Entity(nil), s.Entities...)
	for i := range c.Entities {
		c.Entities[i].Aliases = append([]string(nil), c.Entities[i].Aliases...)
	}
	c.Events = append([]Event(nil), s.Events...)
	for i := range c.Events {
		c.Events[i].Topics = append([]string(nil), c.Events[i].Topics...)
	}
	c.Quotes = append([]Quote(nil), s.Quotes...)
	for i := range c.Quotes {
		c.Quotes[i].Topics = append([]string(nil), c.Quotes[i].Topics...)
	}
	c.Synonyms = append([][]string(nil), s.Synonyms...)
	for i := range c.Synonyms {
		c.Synonyms[i] = append([]string(nil), c.Synonyms[i]...)
	}
	return &c
}

// Strings joined from parts come back in order, each its parts, all cut
// from one string.
func TestJoined(t *testing.T) {
	var j joined
	j.add("Peskov", " — ", "spokesman")
	j.add()
	j.add("Kief")
	got := j.strings()
	want := []string{"Peskov — spokesman", "", "Kief"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("strings() = %q, want %q", got, want)
	}
	if unsafe.StringData(got[2]) != (*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(got[0])), len(got[0]))) {
		t.Error("the strings are not cut from one")
	}
}

// A source's small slices split from it and joined back, then its strings,
// read as they did; splitting leaves the source as it was; lengths or
// paragraphs that run out are refused.
func TestSplitJoinSlices(t *testing.T) {
	var srcs, shells []*Source
	var strLens, lens, paras []uint32
	var buf []byte
	for _, f := range []string{"../data/istanbul-talks.yaml", "testdata/harbour/harbour-vote.yaml"} {
		s, err := LoadSource(f)
		if err != nil {
			t.Fatal(err)
		}
		before := deepCopy(t, s)
		var shell *Source
		shell, strLens, buf = s.SplitStrings(strLens, buf)
		lens, paras = shell.SplitSlices(lens, paras)
		if !reflect.DeepEqual(s, before) {
			t.Fatal("splitting a source's slices changed it")
		}
		shell.eachSlice(func(p *[]string) {
			if *p != nil {
				t.Fatalf("split source keeps %q", *p)
			}
		}, func(p *[]int) {
			if *p != nil {
				t.Fatalf("split source keeps %v", *p)
			}
		})
		srcs, shells = append(srcs, s), append(shells, shell)
	}
	all, restLens, restParas := string(buf), lens, paras
	for i, shell := range shells {
		var ok bool
		if restLens, restParas, ok = shell.JoinSlices(restLens, restParas); !ok {
			t.Fatalf("source %d: the slices ran out", i)
		}
		if all, strLens, ok = shell.JoinStrings(all, strLens); !ok {
			t.Fatalf("source %d: the strings ran out", i)
		}
		shell.Article.Paragraphs = srcs[i].Article.Paragraphs
		if !reflect.DeepEqual(shell, srcs[i]) {
			t.Errorf("source %d joined again is not what was split", i)
		}
	}
	if len(restLens) != 0 || len(restParas) != 0 {
		t.Errorf("%d lengths and %d paragraphs left over", len(restLens), len(restParas))
	}
	for name, c := range map[string]struct{ lens, paras []uint32 }{
		"too few lengths":    {lens[:3], paras},
		"too few paragraphs": {lens, paras[:1]},
	} {
		shell, _, _ := srcs[0].SplitStrings(nil, nil)
		shell.SplitSlices(nil, nil)
		if _, _, ok := shell.JoinSlices(c.lens, c.paras); ok {
			t.Errorf("%s: joined", name)
		}
	}
}

// A source read from its fact base holds its strings in one string and its
// small slices in one array of strings and one of paragraphs, as one read
// back from the snapshot does; packing changes no value, and a nil slice
// stays nil and an empty one empty.
func TestLoadPacks(t *testing.T) {
	for _, f := range []string{"../data/istanbul-talks.yaml", "testdata/harbour/harbour-vote.yaml", "testdata/brantham-port-strike/brantham-port-strike.yaml"} {
		t.Run(f, func(t *testing.T) {
			s, err := LoadSource(f)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			size := 0
			lo, hi := ^uintptr(0), uintptr(0)
			s.eachString(func(p *string) {
				if *p == "" {
					return
				}
				if !seen[*p] {
					seen[*p] = true
					size += len(*p)
				}
				a := uintptr(unsafe.Pointer(unsafe.StringData(*p)))
				lo, hi = min(lo, a), max(hi, a+uintptr(len(*p)))
			})
			if hi-lo > uintptr(size) {
				t.Errorf("the fact base's strings span %d bytes, not the %d of one string", hi-lo, size)
			}
			var prevStr, prevInt unsafe.Pointer
			s.eachSlice(func(p *[]string) {
				if len(*p) == 0 {
					return
				}
				if prevStr != nil && unsafe.Pointer(&(*p)[0]) != prevStr {
					t.Errorf("%q is not cut from the array of the slices before it", *p)
				}
				prevStr = unsafe.Add(unsafe.Pointer(&(*p)[0]), len(*p)*int(unsafe.Sizeof("")))
			}, func(p *[]int) {
				if len(*p) == 0 {
					return
				}
				if prevInt != nil && unsafe.Pointer(&(*p)[0]) != prevInt {
					t.Errorf("%v is not cut from the array of the slices before it", *p)
				}
				prevInt = unsafe.Add(unsafe.Pointer(&(*p)[0]), len(*p)*int(unsafe.Sizeof(0)))
			})
		})
	}
	src := func() *Source {
		id := "harbour"
		return &Source{
			Article: &Article{ID: id, Title: "Harbour vote"},
			Entities: []Entity{
				{Article: id, ID: "mayor", Name: "Ann Lee", Kind: "person", Aliases: []string{"Lee", "the mayor"}, Paragraphs: []int{1, 3}},
				{Article: id, ID: "council", Name: "Council", Kind: "organization", Aliases: []string{}, Paragraphs: nil},
			},
			Events:   []Event{{Article: id, ID: "vote", Summary: "The council votes", Topics: nil, Paragraphs: []int{2}}},
			Quotes:   []Quote{{Article: id, ID: "q1", Speaker: "mayor", Text: "We will build it.", Topics: []string{"harbour"}}},
			Synonyms: [][]string{{"harbour", "port"}},
		}
	}
	got, want := src(), src()
	got.pack()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("packed source = %+v, want %+v", got, want)
	}
	if got.Entities[1].Aliases == nil || got.Entities[1].Paragraphs != nil || got.Events[0].Topics != nil {
		t.Error("packing changed which slices are nil")
	}
	got.Entities[0].Aliases = append(got.Entities[0].Aliases, "Ann")
	if got.Quotes[0].Topics[0] != "harbour" {
		t.Error("appending to a packed slice overwrote the next")
	}
}
