package engine

import "testing"

// TestAskedAmountOf holds which "what" questions ask an amount of income,
// as "how much" would, and which do not.
func TestAskedAmountOf(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		question string
		want     string // the label of the concept asked the amount of; "" for none
	}{
		{"what was russia's profit last year", "profit"},
		{"what profit did russia make from the war", "profit"},
		{"what were the company's annual revenues", "revenues"},
		{"wat is zelenskyy doing with his earnings", ""},
		{"what is the prize", ""},
		{"what did putin say about profit", ""},
		{"when was the profit reported", ""},
	} {
		q := e.read(tt.question)
		got := ""
		if q.measured >= 0 && q.figure == figureAny {
			got = q.concepts[q.measured].label
		}
		if got != tt.want {
			t.Errorf("%q asks the amount of %q, want %q", tt.question, got, tt.want)
		}
	}
}
