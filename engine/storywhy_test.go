package engine

import (
	"slices"
	"testing"
)

// TestStoryWhy holds that a question asking why of the story's event by a
// pronoun, naming nothing else (a word the coverage never uses that is no
// thing names nothing), is answered by the lead, as where and when of it
// are; and that one naming something is answered by what it names.
func TestStoryWhy(t *testing.T) {
	scooters := testdataEngine(t, "ostrel-scooters")
	tests := []struct {
		question string
		lead     bool // answered by the lead, ¶2 and ¶3
	}{
		{"why are they doing this", true},
		{"why r they doing this in the first place", true},
		{"why is this", true},
		{"why are they doing it", true},
		{"why r they even doing this", true},
		{"why did they ban the scooters", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := scooters.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphsOf(ans)
			if lead := slices.Equal(got, []int{2, 3}); lead != tt.lead {
				t.Errorf("%q cites %v (%s); answered by the lead: %v, want %v", tt.question, got, ans.Reason, lead, tt.lead)
			}
		})
	}
}
