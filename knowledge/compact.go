package knowledge

import "slices"

// A fact base read back from the engine's snapshot by gob is a string
// allocated for every name, alias, id, role, topic, summary and quote: at
// 100,000 paragraphs, 570,000 small objects that the garbage collector
// marks at every cycle while the bot serves, for data that never changes.
// So the snapshot keeps a source's strings apart, one after another, and
// a source read back points every field into the one string they make.

// SplitStrings returns a copy of the source, the article's paragraphs
// left out, whose strings are all empty, and appends each string's length
// to lens and its bytes to buf, in the order JoinStrings gives them back.
// The source is not changed.
func (s *Source) SplitStrings(lens []uint32, buf []byte) (*Source, []uint32, []byte) {
	c := *s
	if s.Article != nil {
		a := *s.Article
		a.Paragraphs = nil
		c.Article = &a
	}
	c.Entities = slices.Clone(s.Entities)
	c.Events = slices.Clone(s.Events)
	c.Quotes = slices.Clone(s.Quotes)
	c.eachSlice(func(p *[]string) { *p = slices.Clone(*p) }, func(*[]int) {})
	c.Synonyms = slices.Clone(s.Synonyms)
	for i := range c.Synonyms {
		c.Synonyms[i] = slices.Clone(c.Synonyms[i])
	}
	c.eachString(func(p *string) {
		lens = append(lens, uint32(len(*p)))
		buf = append(buf, *p...)
		*p = ""
	})
	return &c, lens, buf
}

// JoinStrings gives the strings of a source made by SplitStrings back to
// it: each the next of lens bytes of all. It returns what is left of all
// and lens, and false when they run out first.
func (s *Source) JoinStrings(all string, lens []uint32) (string, []uint32, bool) {
	ok := true
	s.eachString(func(p *string) {
		if len(lens) == 0 || int(lens[0]) > len(all) {
			ok = false
			return
		}
		*p, all, lens = all[:lens[0]], all[lens[0]:], lens[1:]
	})
	return all, lens, ok
}

// eachString calls f with every string field of the source's fact base
// and article but the paragraphs, always in the same order.
func (s *Source) eachString(f func(*string)) {
	if a := s.Article; a != nil {
		f(&a.ID)
		f(&a.Title)
		f(&a.ShortTitle)
		f(&a.Outlet)
		f(&a.Language)
		f(&a.URL)
		f(&a.Path)
	}
	for i := range s.Entities {
		e := &s.Entities[i]
		f(&e.Article)
		f(&e.ID)
		f(&e.Name)
		f((*string)(&e.Kind))
		f(&e.Role)
		f(&e.Affiliation)
		for j := range e.Aliases {
			f(&e.Aliases[j])
		}
	}
	for i := range s.Events {
		e := &s.Events[i]
		f(&e.Article)
		f(&e.ID)
		f(&e.Summary)
		for j := range e.Topics {
			f(&e.Topics[j])
		}
	}
	for i := range s.Quotes {
		q := &s.Quotes[i]
		f(&q.Article)
		f(&q.ID)
		f(&q.Speaker)
		f(&q.Text)
		for j := range q.Topics {
			f(&q.Topics[j])
		}
	}
	for _, g := range s.Synonyms {
		for j := range g {
			f(&g[j])
		}
	}
	f(&s.FactsPath)
}

// The same holds of a source's small slices: an entity's aliases and
// paragraphs, an event's and a quote's topics. Read
// back by gob, each is an object of its own (230,000 at 100,000
// paragraphs); the snapshot keeps their lengths, and the paragraphs'
// numbers, apart, and a source read back cuts them from one array of
// strings and one of numbers.

// SplitSlices empties the slices of a source made by SplitStrings (whose
// slices are its own), appending each one's length to lens and the
// paragraphs' numbers to paras, in the order JoinSlices gives them back.
// Their strings must be empty already: only the lengths are kept.
func (s *Source) SplitSlices(lens []uint32, paras []uint32) ([]uint32, []uint32) {
	s.eachSlice(func(p *[]string) {
		lens = append(lens, uint32(len(*p)))
		*p = nil
	}, func(p *[]int) {
		lens = append(lens, uint32(len(*p)))
		for _, n := range *p {
			paras = append(paras, uint32(n))
		}
		*p = nil
	})
	return lens, paras
}

// JoinSlices gives a source emptied by SplitSlices its slices back, of the
// lengths lens gives, with empty strings for JoinStrings to fill and the
// next numbers of paras: the source's slices of strings are cut from one
// array, and its slices of numbers from another. It returns what is left
// of lens and paras, and false when they run out first.
func (s *Source) JoinSlices(lens []uint32, paras []uint32) ([]uint32, []uint32, bool) {
	// First the sizes, then the two arrays, then the cutting.
	var strs, ints, n int
	ok := true
	next := func() int {
		if n >= len(lens) {
			ok = false
			return 0
		}
		n++
		return int(lens[n-1])
	}
	s.eachSlice(func(*[]string) { strs += next() }, func(*[]int) { ints += next() })
	if !ok || ints > len(paras) {
		return lens, paras, false
	}
	allStrs, allInts := make([]string, strs), make([]int, ints)
	n = 0
	s.eachSlice(func(p *[]string) {
		k := next()
		*p, allStrs = firstOf(allStrs, k), allStrs[k:]
	}, func(p *[]int) {
		k := next()
		for i, v := range paras[:k] {
			allInts[i] = int(v)
		}
		*p, allInts, paras = firstOf(allInts, k), allInts[k:], paras[k:]
	})
	return lens[n:], paras, true
}

// firstOf returns the first k of s, nil when k is 0 (as gob gives an empty
// slice back), and a slice that appending to cannot overwrite the rest.
func firstOf[T any](s []T, k int) []T {
	if k == 0 {
		return nil
	}
	return s[:k:k]
}

// eachSlice calls strs with every slice of strings of the source's fact
// base, and ints with every slice of paragraphs, always in the same order.
func (s *Source) eachSlice(strs func(*[]string), ints func(*[]int)) {
	for i := range s.Entities {
		e := &s.Entities[i]
		strs(&e.Aliases)
		ints(&e.Paragraphs)
	}
	for i := range s.Events {
		e := &s.Events[i]
		strs(&e.Topics)
		ints(&e.Paragraphs)
	}
	for i := range s.Quotes {
		strs(&s.Quotes[i].Topics)
	}
}

// pack gives a source read from its fact base the same shape as one read
// back from the snapshot: its strings cut from one string, its slices of
// strings from one array and its slices of paragraphs from another. The
// YAML decoder allocates every name, alias, id, topic and quote on its
// own (at 100,000 paragraphs, 430,000 strings and 100,000 slices), and a
// first build holds every source while it indexes and analyzes them, so
// the garbage collector marked them all at each of its cycles: the more
// paragraphs, the more objects marked at each, and the build's cost per
// paragraph grew with the coverage. The values are unchanged, and so is
// which slices are nil and which empty.
func (s *Source) pack() {
	var strs, ints int
	s.eachSlice(func(p *[]string) { strs += len(*p) }, func(p *[]int) { ints += len(*p) })
	allStrs, allInts := make([]string, 0, strs), make([]int, 0, ints)
	s.eachSlice(func(p *[]string) {
		if len(*p) > 0 {
			k := len(allStrs)
			allStrs = append(allStrs, *p...)
			*p = allStrs[k:len(allStrs):len(allStrs)]
		}
	}, func(p *[]int) {
		if len(*p) > 0 {
			k := len(allInts)
			allInts = append(allInts, *p...)
			*p = allInts[k:len(allInts):len(allInts)]
		}
	})
	// A string the decoder shares (an entity's article, a quote's
	// speaker) is kept once.
	at := map[string]int{}
	var buf []byte
	s.eachString(func(p *string) {
		if _, ok := at[*p]; !ok {
			at[*p] = len(buf)
			buf = append(buf, *p...)
		}
	})
	all := string(buf)
	s.eachString(func(p *string) {
		k := at[*p]
		*p = all[k : k+len(*p)]
	})
}
