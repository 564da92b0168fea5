package engine

import "testing"

// TestClosedCompounds holds that a noun the coverage writes only as the
// head of a closed compound no dictionary knows is known by it ("phone
// line": the ransomware story's "helpline"), and that neither an
// invented name ending in a noun ("Varrow Press" is no row) nor a word
// whose first part is a stop word ("offline") is such a compound.
func TestClosedCompounds(t *testing.T) {
	tests := []struct {
		slug, question, label string
		known                 bool
	}{
		{"carnholt-ransomware", "is there a phone line for patients worried about their records", "line", true},
		{"carnholt-ransomware", "is there a phone line for patients", "line", true},
		{"brackwell-school-week", "is there a row over the four-day week", "row", false},
	}
	for _, tt := range tests {
		t.Run(tt.slug+"/"+tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if got := c.known >= knownFloor; got != tt.known {
				t.Errorf("%q known %.2f, want known %v", tt.label, c.known, tt.known)
			}
		})
	}
	t.Run("offline heads no line", func(t *testing.T) {
		e := testdataEngine(t, "carnholt-ransomware")
		for _, term := range e.headedCompounds("line") {
			if term == e.termOf("offline") {
				t.Errorf("offline is read as a compound headed by line")
			}
		}
	})
}
