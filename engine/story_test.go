package engine

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStoryWords(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question string
		want           []string // the labels of the concepts read as the reader's story
	}{
		{"the reader's own people before the ask", "so my dad is a farmer up north, is he paying more for diesel", []string{"dad", "farmer", "north"}},
		{"the reader before the ask, up to what they wonder", "im not sure if she is affected, does the plant send water to the villages", []string{"sure"}},
		{"the reader after the ask", "what did putin propose, my uncle works at the embassy", []string{"uncle", "works at", "embassy"}},
		{"what the reader's own people say is asked", "so my mate says putin will come to istanbul, is that true", []string{"mate", "says"}},
		{"what the reader thought is asked", "why did the talks fail, i thought putin wanted a truce", []string{"thought"}},
		{"a thing of the reader's is what they ask of", "my flight from ankara is on sunday, can i get my money back", nil},
		{"no clause asks", "my cousin says putin proposed talks in istanbul", nil},
		{"a question of one clause", "what did putin propose?", nil},
		{"no clause of the reader's", "putin proposed talks, when will they meet", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range e.read(tt.question).concepts {
				if c.story {
					got = append(got, strings.ToLower(c.label))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("story of %q: mismatch (-want, +got):\n%s", tt.question, diff)
			}
		})
	}
}

// TestReadStory: what the reader tells of themselves weighs less than
// what they ask, and the coverage need neither mention it nor date an
// event to its day.
func TestReadStory(t *testing.T) {
	e := engineFor(t)
	weightOf := func(t *testing.T, question, label string) float64 {
		t.Helper()
		c, ok := conceptLabeled(e.read(question), label)
		if !ok {
			t.Fatalf("%q: no concept %q", question, label)
		}
		return c.weight
	}
	t.Run("a thing of the story is not missing, nor its day stated", func(t *testing.T) {
		q := e.read("my cousin was in ankara on sunday and now her husband is worried, what did putin propose")
		if miss := q.missing(); len(miss) > 0 {
			t.Errorf("missing %s", labels(miss))
		}
		for _, c := range q.concepts {
			if c.stated {
				t.Errorf("%q is stated", c.label)
			}
		}
	})
	t.Run("the reader's own person weighs nothing", func(t *testing.T) {
		if w := weightOf(t, "so my cousin was in ankara, what did putin propose", "cousin"); w != 0 {
			t.Errorf("cousin weighs %.2f", w)
		}
	})
	t.Run("a word of the story weighs less than asked", func(t *testing.T) {
		told := weightOf(t, "my uncle lost his job over the sanctions, what did putin propose", "sanctions")
		asked := weightOf(t, "what did putin propose about the sanctions", "sanctions")
		if told >= asked {
			t.Errorf("sanctions told weigh %.2f, asked %.2f", told, asked)
		}
	})
	t.Run("a question of one clause is as it was", func(t *testing.T) {
		if w := weightOf(t, "my cousin says putin proposed talks in istanbul", "cousin"); w == 0 {
			t.Error("cousin weighs nothing")
		}
	})
}
