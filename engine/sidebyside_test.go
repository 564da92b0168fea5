package engine

import "testing"

// phraseSideBySide finds a phrase's words one after another, stop words
// between them skipped, not merely in one paragraph.
func TestPhraseSideBySide(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		words string
		want  bool
	}{
		{"presidential adviser", true},  // ¶3
		{"journalist exile", true},      // ¶12: "journalist in exile"
		{"adviser presidential", false}, // out of order
		{"podolyak zelenskyy", false},   // ¶3, a clause apart
		{"kremlin podolyak", false},     // ¶3, sentences apart
		{"ceasefire", true},             // one word
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			var ts []string
			for _, w := range e.readText(tt.words) {
				ts = append(ts, w.term)
			}
			if !e.phraseInCoverage(ts) {
				t.Fatalf("no paragraph has all of %q", ts)
			}
			for round := range 2 { // the second from memory
				if got := e.phraseSideBySide(ts); got != tt.want {
					t.Errorf("round %d: phraseSideBySide(%q) = %v, want %v", round, ts, got, tt.want)
				}
			}
		})
	}
}

// A dictionary's phrase puts a word only where the coverage has it side
// by side: "agent" is no "next friend" in a story with "next" and "friend"
// apart, and the question is refused for want of it. The reader's own
// words may stand apart: the "fire chief" is the "Chief Fire Officer".
func TestDictionaryPhraseKnown(t *testing.T) {
	tests := []struct {
		facts, question, label string
		known                  bool
	}{
		{"castrel-transfer", "who is rensiks agent", "agent", false},
		{"dunmore-dig", "how many of the adults were men", "men", false},
		{"orvale-chemical-leak", "what did the fire chief say about the wind", "fire chief", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.facts)
			q := e.read(tt.question)
			c, ok := conceptLabeled(q, tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if got := c.known > 0; got != tt.known {
				t.Errorf("%q known %.2f, want known %v", tt.label, c.known, tt.known)
			}
		})
	}
}
