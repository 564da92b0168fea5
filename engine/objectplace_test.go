package engine

import "testing"

// TestObjectPlaceAside holds that where a verb puts or takes its object
// ("taking it to court", "put them in danger") is part of what is done,
// so a question is not refused for a word of it the coverage never uses;
// but a noun the question asks about itself still is ("going to court").
func TestObjectPlaceAside(t *testing.T) {
	e := storyEngine(t,
		"Council weighs legal action over wind farm",
		"The council said it would challenge the developer's permit and has instructed lawyers.",
	)
	tests := []struct {
		question, missing string
	}{
		{"is the council taking it to court", ""},
		{"are they putting them in danger", ""},
		{"is the council going to court", "“court”"},
		{"did the council take the developer to court", "“court”"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := labels(e.read(tt.question).missing()); got != tt.missing {
				t.Errorf("read(%q).missing() = %q, want %q", tt.question, got, tt.missing)
			}
		})
	}
}
