package engine

import (
	"slices"
	"testing"
)

// TestLeadsByName holds readLeaders to reading a reader's word of leading
// put to a body ("the osterby boss") as the one whose role's noun WordNet
// gives a leading role's word as a synonym of: a club's coach is its
// manager. An assistant is still no leader.
func TestLeadsByName(t *testing.T) {
	e := testdataEngine(t, "brenmoor-cup-final")
	words := []struct {
		word string
		want bool
	}{
		{"coach", true},
		{"foreman", true},
		{"chairman", true},
		{"assistant", false},
		{"spokesman", false},
		{"goalkeeper", false},
	}
	for _, tt := range words {
		if got := e.leadsByName(tt.word); got != tt.want {
			t.Errorf("leadsByName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	tests := []struct {
		question, label string
		want            []string
	}{
		{"wat did the osterby boss make of the var call", "boss", []string{"pieter-oakes"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			if got := conceptEntities(t, q, tt.label); !slices.Equal(got, tt.want) {
				t.Errorf("%q read as %v, want %v", tt.label, got, tt.want)
			}
		})
	}
}
