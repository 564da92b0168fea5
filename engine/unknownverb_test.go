package engine

import "testing"

// TestUnknownVerbWeighsLess holds that a verb the coverage never uses, by
// any of its ways, weighs half what another word it never uses does: a
// reader's verb is most often their own word for what the story tells by
// another ("which hospital got hacked": "a ransomware attack has shut
// down computer systems at St Osric's Hospital"), where a noun or an
// adjective it never uses is more often the point.
func TestUnknownVerbWeighsLess(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, label string
		want            float64
	}{
		{"was the delegation's hotel hacked", "hacked", unknownWordWeight / 2},
		{"did the talks get hacked", "hacked", unknownWordWeight / 2},
		{"was the venue luxurious", "luxurious", unknownWordWeight},
		{"did hackers breach the delegation's phones", "hackers", unknownWordWeight},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			c, ok := conceptLabeled(e.read(tt.question), tt.label)
			if !ok {
				t.Fatalf("no concept %q", tt.label)
			}
			if c.known != 0 {
				t.Fatalf("%q: known = %v, want a word the coverage never uses", tt.label, c.known)
			}
			if c.weight != tt.want {
				t.Errorf("%q: weight = %v, want %v", tt.label, c.weight, tt.want)
			}
		})
	}
}
