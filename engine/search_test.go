package engine

import (
	"sync"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

var (
	shippedOnce sync.Once
	shipped     *knowledge.Library
	shippedErr  error
)

func shippedLibrary(tb testing.TB) *knowledge.Library {
	tb.Helper()
	shippedOnce.Do(func() {
		shipped, shippedErr = Load(tb.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	})
	if shippedErr != nil {
		tb.Fatal(shippedErr)
	}
	return shipped
}

func TestAsk(t *testing.T) {
	l := shippedLibrary(t)
	tests := []struct {
		name     string
		question string
		want     int // a paragraph among the first three, 0 for an abstention
	}{
		{"accent folded", "talks in turkiye", 2},
		{"accent added", "Who is Erdoğan meeting?", 14},
		{"real name finds garbled text", "What did the Institute for the Study of War say?", 24},
		{"garbled name finds real text", "What did the War Institute of Washington say about troops?", 24},
		{"Kyiv finds Kief", "What does Kyiv deny?", 27},
		{"misspelt name", "What did Zelenksy say on Tuesday?", 4},
		{"query syntax is text", "+Peskov -Putin spokesman:Kremlin Peskov*", 10},
		{"regexp syntax is text", "/.*/ Kremlin spokesman", 10},
		{"quantity question", "How long is the front line?", 23},
		{"unknown name abstains", "What did Angela Merkel say?", 0},
		{"off-topic abstains", "What is the weather in Paris?", 0},
		{"only stop words abstains", "what is it?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := l.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == 0 {
				if !ans.Abstained || len(ans.Passages) != 0 {
					t.Errorf("Ask(%q) = %+v, want an abstention", tt.question, ans.Passages)
				}
				return
			}
			for i, p := range ans.Passages {
				if i < 3 && p.Ref.Paragraph == tt.want {
					return
				}
			}
			t.Errorf("Ask(%q) cites %v, want ¶%d in the first three", tt.question, refs(ans.Passages), tt.want)
		})
	}
}

func refs(ps []knowledge.Passage) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p.Ref.Paragraph
	}
	return out
}
