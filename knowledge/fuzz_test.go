package knowledge

import (
	"errors"
	"os"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"
)

// miniFiles are the valid mini fact base and its article, the ground the
// fuzz targets mutate.
func miniFiles(f *testing.F) (facts, text []byte) {
	f.Helper()
	facts, err := os.ReadFile("testdata/mini/mini.yaml")
	if err != nil {
		f.Fatal(err)
	}
	text, err = os.ReadFile("testdata/mini/mini.txt")
	if err != nil {
		f.Fatal(err)
	}
	return facts, text
}

// The seed corpora of these targets are the f.Add calls below: this file is
// the only one the fuzzing adds to knowledge/.

// FuzzFactBaseFields loads the valid mini fact base with one field's value
// replaced: the fuzzer picks the field (any scalar: an id, a date, a
// paragraph number, a quote's words, a list item) and the value. The loader
// never panics, refuses a broken base with problems that name file and
// line, and accepts only a base whose facts hold (see checkSource).
func FuzzFactBaseFields(f *testing.F) {
	facts, text := miniFiles(f)
	var root yaml.Node
	if err := yaml.Unmarshal(facts, &root); err != nil {
		f.Fatal(err)
	}
	n := len(scalars(&root))
	for i, v := range []string{"mini", "2025-13-01", "0", "99", "ana-nunez", "nobody", "It is a bad day", "", "-1", "2025-06", "place", "[1, 2]", "\xff", "springfield"} {
		f.Add(uint16(i*7%n), v)
	}
	f.Add(uint16(15), "\x83") // an id of invalid UTF-8: refused, the message quotes it raw
	f.Fuzz(func(t *testing.T, field uint16, value string) {
		var root yaml.Node
		if err := yaml.Unmarshal(facts, &root); err != nil {
			t.Fatal(err)
		}
		ss := scalars(&root)
		s := ss[int(field)%len(ss)]
		s.Value, s.Tag, s.Style = value, "", 0
		out, err := yaml.Marshal(&root)
		if err != nil {
			return // not a value YAML can write
		}
		src, err := LoadSourceFS(fstest.MapFS{"mini.yaml": {Data: out}, "mini.txt": {Data: text}}, "mini.yaml")
		checkSource(t, src, err)
	})
}

// FuzzFactBaseYAML loads arbitrary bytes as the fact base of the mini
// article, with the same checks.
func FuzzFactBaseYAML(f *testing.F) {
	facts, text := miniFiles(f)
	f.Add(facts)
	f.Add([]byte("article: {id: x, text: mini.txt}\nquotes: [{id: q, speaker: nobody, text: x, paragraph: 1}]"))
	f.Add([]byte("- a\n- b"))
	f.Add([]byte("article: &a {id: x}\nentities: [*a]"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		src, err := LoadSourceFS(fstest.MapFS{"mini.yaml": {Data: raw}, "mini.txt": {Data: text}}, "mini.yaml")
		checkSource(t, src, err)
	})
}

// scalars lists the value scalars of a YAML tree (not the mapping keys), in
// document order.
func scalars(n *yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	switch n.Kind {
	case yaml.ScalarNode:
		out = append(out, n)
	case yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			out = append(out, scalars(n.Content[i])...)
		}
	default:
		for _, c := range n.Content {
			out = append(out, scalars(c)...)
		}
	}
	return out
}

// checkSource holds a load to what validation promises: a refusal is a
// *LoadError whose problems each name the file and say something; an
// accepted source cites only paragraphs that exist, quotes words that are
// in their paragraph, and names speakers and affiliations that exist.
func checkSource(t *testing.T, src *Source, err error) {
	t.Helper()
	if err != nil {
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Fatalf("refused with %v, not a LoadError with problems", err)
		}
		for _, p := range le.Problems {
			// Messages may quote the file's bytes as they are, invalid
			// UTF-8 included; where and what must be there.
			if p.File == "" || p.Msg == "" {
				t.Fatalf("problem %#v does not say where and what", p)
			}
		}
		return
	}
	a := src.Article
	if a == nil || len(a.Paragraphs) == 0 {
		t.Fatalf("accepted a source without an article or paragraphs: %+v", src)
	}
	inRange := func(what string, n int) {
		if n < 1 || n > len(a.Paragraphs) {
			t.Fatalf("accepted %s citing ¶%d of %d", what, n, len(a.Paragraphs))
		}
	}
	ids := map[string]bool{}
	for _, e := range src.Entities {
		ids[e.ID] = true
		for _, n := range e.Paragraphs {
			inRange("entity "+e.ID, n)
		}
	}
	for _, e := range src.Entities {
		if e.Affiliation != "" && !ids[e.Affiliation] {
			t.Fatalf("accepted entity %s affiliated to unknown %q", e.ID, e.Affiliation)
		}
	}
	for _, ev := range src.Events {
		if len(ev.Paragraphs) == 0 {
			t.Fatalf("accepted event %s citing nothing", ev.ID)
		}
		for _, n := range ev.Paragraphs {
			inRange("event "+ev.ID, n)
		}
	}
	for _, q := range src.Quotes {
		inRange("quote "+q.ID, q.Paragraph)
		if !ids[q.Speaker] {
			t.Fatalf("accepted quote %s by unknown speaker %q", q.ID, q.Speaker)
		}
	}
}
