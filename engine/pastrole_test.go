package engine

import (
	"slices"
	"testing"
)

// TestDescribedNow holds readDescribed to reading a bare noun for a
// person as the one who holds that role now, not one who held it once
// ("Former police detective"), and, when no role says it alone, as the
// one whose role ranks them as one ("Detective superintendent"); a place
// is still what its role says it was ("Former textile town").
func TestDescribedNow(t *testing.T) {
	tests := []struct {
		slug, question, label string
		want                  []string // the entities the concept of label is read as
	}{
		{"museum-heist", "what did the detective say", "detective", []string{"mikael-orsund"}},
		{"corvey-mayor-bribery", "are the cops looking at any other deals the town made", "town", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			q := e.read(tt.question)
			if got := conceptEntities(t, q, tt.label); !slices.Equal(got, tt.want) {
				t.Errorf("%q read as %v, want %v", tt.label, got, tt.want)
			}
		})
	}
}

// conceptEntities returns the ids of the entities the question's concept
// of label is read as.
func conceptEntities(t *testing.T, q question, label string) []string {
	t.Helper()
	at := slices.IndexFunc(q.concepts, func(c concept) bool { return c.label == label })
	if at < 0 {
		t.Fatalf("no concept %q", label)
	}
	var got []string
	for _, en := range q.concepts[at].entities {
		got = append(got, en.ID)
	}
	return got
}
