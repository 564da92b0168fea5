package engine

import (
	"slices"
	"testing"
)

// TestElsewhere holds that a question naming nothing but the story's
// event that asks how often such things happen, or whether they happened
// to others, is answered by the paragraphs that go back beyond the
// story's days, as "has this happened before" is, though it has words
// the coverage never uses that name no thing ("kinda"); and that one
// naming something, or asking of others without standing for the event,
// is not.
func TestElsewhere(t *testing.T) {
	slide := testdataEngine(t, "ennis-hill-landslide")
	history, err := slide.Ask(t.Context(), "has this happened before", 4)
	if err != nil {
		t.Fatal(err)
	}
	want := paragraphsOf(history)
	if len(want) == 0 {
		t.Fatalf("\"has this happened before\" cites nothing (%s)", history.Reason)
	}
	tests := []struct {
		question string
		history  bool
	}{
		{"how often do these happen in that country", true},
		{"how often does this happen", true},
		{"has any other country had this", true},
		{"has this kinda happened before", true},
		{"how often do these kinda happen", true},
		{"how often do the geologists check the slope", false},
		{"what else", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := slide.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphsOf(ans)
			if h := slices.Equal(got, want); h != tt.history {
				t.Errorf("%q cites %v (%s); the history %v: %v, want %v", tt.question, got, ans.Reason, want, h, tt.history)
			}
		})
	}
}
