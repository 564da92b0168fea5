package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleOfBody holds that "who is the N of X", where the reader read N
// alone as one of another body, is answered only by a paragraph naming
// X's N, and that N of the body the fact base says stays answered.
func TestRoleOfBody(t *testing.T) {
	const (
		varrow = "../knowledge/testdata/varrow-pass-avalanche/varrow-pass-avalanche.yaml"
		budget = "../knowledge/testdata/budget-strike/budget-strike.yaml"
	)
	tests := []struct {
		facts, question string
		answered        bool
		reason          string // when not answered, "" for any
	}{
		// "head" read as the rescue service's head; the union's is never named.
		{varrow, "who is the head of the public services union that released the figures", false, "It never names the “head of the public services union”."},
		{varrow, "who is the head of the union", false, "It never names the “head of the union”."},
		{varrow, "who is the head of the rescue service", true, ""},
		// The transit authority's chief executive is no chief of the chamber of commerce.
		{budget, "who is the chief executive of the chamber of commerce", false, ""},
		{budget, "who is the chief executive of the transit authority", true, ""},
	}
	es := map[string]*Engine{}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := es[tt.facts]
			if e == nil {
				e = newEngine(t, []string{tt.facts}, "")
				es[tt.facts] = e
			}
			got := decided(t, e, tt.question)
			if answered := len(got) > 0; answered != tt.answered {
				t.Fatalf("cites %v, want answered %v", got, tt.answered)
			}
			if tt.answered && slices.Contains(got, 20) && tt.facts == varrow {
				t.Errorf("cites %v: ¶20 names no head", got)
			}
			if r := decidedReason(t, e, tt.question); tt.reason != "" && r != tt.reason {
				t.Errorf("reason %q, want %q", r, tt.reason)
			}
		})
	}
}

// TestRoleOfBodyReadAs holds that a reply to "who is the N of X" does not
// say it read N as a person of another body, and still says whom it read
// N of X as when that one is of X.
func TestRoleOfBodyReadAs(t *testing.T) {
	e := newEngine(t, []string{"../knowledge/testdata/varrow-pass-avalanche/varrow-pass-avalanche.yaml"}, "")
	tests := []struct {
		question, readAs string // readAs: a word the reading must hold, "" for none
	}{
		{"who is the head of the public services union that released the figures", ""},
		{"who is the head of the union", ""},
		{"who is the head of the rescue service", "Velling"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := e.read(tt.question).readAs
			if tt.readAs == "" && strings.Contains(got, "Velling") || tt.readAs != "" && !strings.Contains(got, tt.readAs) {
				t.Errorf("readAs %q, want %q", got, tt.readAs)
			}
		})
	}
}
