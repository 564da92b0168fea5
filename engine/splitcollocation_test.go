package engine

import "testing"

// TestSplitCollocation holds that a noun of two words the coverage never
// uses, but both of whose words it does, is read as its words ("public
// housing", where the story says "public rental homes"), and that one
// naming a person stays one.
func TestSplitCollocation(t *testing.T) {
	e := testdataEngine(t, "brisca-rentcap")
	tests := []struct {
		question, label string
		want            bool // read as a concept
	}{
		{"is the govt building any public housing", "public housing", false},
		{"is the govt building any public housing", "housing", true},
		{"what did the prime minister say", "prime minister", true},
	}
	for _, tt := range tests {
		t.Run(tt.question+"/"+tt.label, func(t *testing.T) {
			if _, got := conceptLabeled(e.read(tt.question), tt.label); got != tt.want {
				t.Errorf("read(%q) has %q as a concept: %v, want %v", tt.question, tt.label, got, tt.want)
			}
		})
	}
}
