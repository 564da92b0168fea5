package engine

import (
	"strings"
	"testing"
)

// TestStopAcronyms holds that a stop word written in capitals before a
// noun is read as the acronym it is ("IT"), a word of the question,
// and that the pronoun, typed so at the start or in lowercase or in a
// question typed all in capitals, is still dropped.
func TestStopAcronyms(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, word string
		want           bool // read as a concept of its own
	}{
		{"What did the hospital's IT director say?", "it", true},
		{"Who leads the IT team at the agency?", "it", true},
		{"what did the hospital's it director say", "it", false},
		{"It said what about the director?", "it", false},
		{"WHAT DID THE IT DIRECTOR SAY", "it", false},
		{"Is IT over yet?", "it", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			got := false
			for _, c := range q.concepts {
				if strings.EqualFold(c.label, tt.word) {
					got = c.thing
				}
			}
			if got != tt.want {
				t.Errorf("read(%q) has %q as a thing: %v, want %v", tt.question, tt.word, got, tt.want)
			}
		})
	}
}
