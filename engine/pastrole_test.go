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
	checkReadAs(t, []readAsCase{
		{"museum-heist", "what did the detective say", "detective", []string{"mikael-orsund"}},
		{"corvey-mayor-bribery", "are the cops looking at any other deals the town made", "town", nil},
	})
}

// readAsCase is a question about a testdata article (its slug), one of
// its concepts by label, and the entities that concept is read as.
type readAsCase struct {
	slug, question, label string
	want                  []string
}

// checkReadAs reads each case's question over its article, as a subtest
// of its own, and holds the entities its labelled concept is read as.
func checkReadAs(t *testing.T, cases []readAsCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.question, func(t *testing.T) {
			q := testdataEngine(t, tt.slug).read(tt.question)
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
