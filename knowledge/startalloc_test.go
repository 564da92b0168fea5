package knowledge

import (
	"fmt"
	"runtime"
	"testing"
)

// recurringSources is a coverage whose people come back article after
// article, under the same names, aliases and roles, as a newsroom's do.
func recurringSources(articles, people int) []*Source {
	var out []*Source
	for a := range articles {
		id := fmt.Sprintf("story-%d", a)
		s := &Source{Article: &Article{ID: id, Title: "Story " + id}}
		for p := range people {
			e := Entity{Article: id, ID: fmt.Sprintf("p%d", p), Name: fmt.Sprintf("Person Number%d", p),
				Kind: KindPerson, Role: fmt.Sprintf("Spokesperson for agency %d", p), Aliases: []string{fmt.Sprintf("Number%d", p)}}
			s.Entities = append(s.Entities, e)
			s.Quotes = append(s.Quotes, Quote{Article: id, ID: fmt.Sprintf("q%d", p), Speaker: e.ID, Text: "We act.", Paragraph: 1,
				Topics: []string{fmt.Sprintf("topic %d", p), fmt.Sprintf("topic %d", a)}})
		}
		out = append(out, s)
	}
	return out
}

// The tables a restart makes over the coverage allocate about what they
// keep: every byte allocated at start is memory touched for the first
// time, which is much of what a restart waits for. Old figures: the
// choices 2.34 MB, the topics' and articles' 1.02 MB, the name index
// 11,019 allocations (a key and a list for each entity).
func TestStartTablesAllocations(t *testing.T) {
	sources := recurringSources(200, 10) // 2,000 entities, 10 spellings
	recency := make([]int32, len(sources))
	for i := range recency {
		recency[i] = int32(i)
	}
	for _, tt := range []struct {
		name               string
		make               func()
		maxBytes, maxAlloc float64
	}{
		{"entity choices", func() { newEntityChoices(sources, false, newFolder()) }, 1.2e6, 0},
		{"speaker choices", func() { newEntityChoices(sources, true, newFolder()) }, 1.2e6, 0},
		{"topics and articles", func() {
			var x choiceIndexes
			articles := make([]*Article, len(sources))
			for i, s := range sources {
				articles[i] = s.Article
			}
			x.addTopicsAndArticles(sources, articles, newFolder())
		}, 0.93e6, 0},
		// Maps of quotes per source; an entity allocates nothing of its
		// own once its spelling's group is made.
		{"name index", func() { newNameIndex(sources, recency, newFolder()) }, 0, 1500},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.maxBytes > 0 {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				tt.make()
				runtime.ReadMemStats(&after)
				if got := float64(after.TotalAlloc - before.TotalAlloc); got > tt.maxBytes {
					t.Errorf("%.0f bytes allocated for 2,000 entities, want at most %.0f", got, tt.maxBytes)
				}
			}
			if tt.maxAlloc > 0 {
				if got := testing.AllocsPerRun(5, tt.make); got > tt.maxAlloc {
					t.Errorf("%.0f allocations for 2,000 entities, want at most %.0f", got, tt.maxAlloc)
				}
			}
		})
	}
}
