package engine

import "testing"

// termOf looks the coverage's words up instead of analyzing them: what it
// finds must be what analyzing finds.
func TestTermOfIsAnalysis(t *testing.T) {
	synthetic, _ := synthEngine(t, 600)
	for name, e := range map[string]*Engine{"shipped article": engineFor(t), "generated coverage": synthetic} {
		if len(e.vocab.words) < 300 {
			t.Fatalf("%s: only %d words", name, len(e.vocab.words))
		}
		for w := range e.vocab.words {
			if got, want := e.termOf(w), firstTerm(e.an, w); got != want {
				t.Errorf("%s: termOf(%q) = %q, analyzed %q", name, w, got, want)
			}
		}
	}
}
