package engine

import "testing"

// TestIndefiniteWeighsUnderPredicate holds that an indefinite ("anyone",
// "everyone") weighs at most a third of the predicate a yes/no question
// asks of it: the answer is the paragraph that tells of the hurt or the
// leaving, not one that happens to say "anyone".
func TestIndefiniteWeighsUnderPredicate(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, indefinite, predicate string
	}{
		{"was anyone hurt", "anyone", "hurt"},
		{"was anyone injured", "anyone", "injured"},
		{"did anybody object to the talks", "anybody", "object"},
		{"is everyone leaving istanbul", "everyone", "leaving"},
		{"has somebody been arrested", "somebody", "arrested"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			ind, ok := conceptLabeled(q, tt.indefinite)
			if !ok {
				t.Fatalf("no concept %q", tt.indefinite)
			}
			pred, ok := conceptLabeled(q, tt.predicate)
			if !ok {
				t.Fatalf("no concept %q", tt.predicate)
			}
			if ind.weight > pred.weight/3 {
				t.Errorf("%q weighs %.3f, more than a third of %q's %.3f", tt.indefinite, ind.weight, tt.predicate, pred.weight)
			}
		})
	}
}
