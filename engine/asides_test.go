package engine

import "testing"

// A phrase a preposition starts goes on through its determiner, a
// possessive one too ("with his family"), to its noun.
func TestAsidePhrase(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, question, label string
		aside                 bool
	}{
		{"article", "what did the man camping with the family say", "family", true},
		{"possessive", "what did the man camping with his family say", "family", true},
		{"possessive plural", "what did the delegates travelling with their families say", "families", true},
		{"subject", "what did his family say about the talks", "family", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("read(%q) has no concept %q", tt.question, tt.label)
			}
			if c.aside != tt.aside {
				t.Errorf("read(%q): %q aside = %v, want %v", tt.question, tt.label, c.aside, tt.aside)
			}
		})
	}
}
