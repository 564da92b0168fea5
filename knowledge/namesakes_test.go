package knowledge

import (
	"slices"
	"testing"
)

// A person in several articles' fact bases is found in each, itself first
// then newest article first, only in the articles asked for; their quotes
// are those of every namesake.
func TestNamesakes(t *testing.T) {
	shipped := shippedLibrary(t).sources[0]
	sources := append([]*Source{shipped}, copiesOf(t, 4)...)
	l := NewLibrary(sources, newWordEngine(sources))
	var putin Entity
	for _, e := range sources[2].Entities {
		if e.Name == "Vladimir Putin" {
			putin = e
		}
	}
	if putin.ID == "" {
		t.Fatal("no Vladimir Putin in the second copy")
	}
	articlesOf := func(ms []EntityMatch) []string {
		var out []string
		for _, m := range ms {
			if m.Entity.Name != putin.Name || m.Entity.Kind != putin.Kind {
				t.Errorf("namesake %s (%s) of %s (%s)", m.Entity.Name, m.Entity.Kind, putin.Name, putin.Kind)
			}
			out = append(out, m.Entity.Article)
		}
		return out
	}
	// Copies are published 0, 1, 2, 3 years after the shipped article; the
	// first on its day, after it in load order.
	tests := []struct {
		name     string
		articles []string
		want     []string
	}{
		{"everywhere", nil, []string{"istanbul-talks-0001", "istanbul-talks-0003", "istanbul-talks-0002", "istanbul-talks", "istanbul-talks-0000"}},
		{"in two articles", []string{"istanbul-talks", "istanbul-talks-0001"}, []string{"istanbul-talks-0001", "istanbul-talks"}},
		{"in others only", []string{"istanbul-talks-0000"}, []string{"istanbul-talks-0000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := articlesOf(l.Namesakes(putin, tt.articles...)); !slices.Equal(got, tt.want) {
				t.Errorf("Namesakes in %v = %v, want %v", tt.articles, got, tt.want)
			}
		})
	}

	var all []Entity
	var want []Quote
	for _, m := range l.Namesakes(putin) {
		all = append(all, m.Entity)
		want = append(want, l.QuotesBy(m.Entity, "")...)
	}
	got := l.QuotesOf(all, "")
	if len(got) == 0 || !slices.EqualFunc(got, want, func(a, b Quote) bool { return a.Article == b.Article && a.Paragraph == b.Paragraph && a.Text == b.Text }) {
		t.Errorf("QuotesOf the namesakes gives %d quotes, want their %d", len(got), len(want))
	}
	if l.Namesakes(Entity{Name: "  ", Kind: KindPerson}) != nil {
		t.Error("a blank name has namesakes")
	}
}
