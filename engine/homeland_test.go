package engine

import "testing"

// TestHomelands holds that a people's word the coverage never uses
// ("Britons") is read as its land ("UK"), a land's name as its people,
// and that a word the coverage uses ("Ukrainian") or a common place
// ("locals") is left as it is.
func TestHomelands(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, label, land string
		want                  bool
	}{
		{"How many Britons will have dementia?", "Britons", "uk", true},
		{"How many Britons will have dementia?", "Britons", "britain", true},
		{"What did the Portuguese say about the talks?", "Portuguese", "portugal", true},
		{"Has Portugal said anything?", "Portugal", "portuguese", true},
		{"Where will the Ukrainian leader wait?", "Ukrainian", "ukraine", false},
		{"what do the locals say", "locals", "neighbourhood", false},
	}
	for _, tt := range tests {
		t.Run(tt.question+"/"+tt.land, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("read(%q) has no concept %q", tt.question, tt.label)
			}
			if got := hasTerm(c, e.termOf(tt.land)); got != tt.want {
				t.Errorf("read(%q): %q put by %q: %v, want %v", tt.question, tt.label, tt.land, got, tt.want)
			}
		})
	}
}
