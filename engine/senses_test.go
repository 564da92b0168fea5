package engine

import "testing"

// TestSynonymDerivedInSharedSense holds that a synonym brings the words
// derived from it in the sense it shares with the question's word alone:
// "police" is "law", the force, and no "lawyer", of the law that is a
// profession; "find" is "bump" (into), no "bumper"; "raided" is
// "busted", no "busty"; but "find" is "detect", so "detector", and
// "react" is "respond", so "response".
func TestSynonymDerivedInSharedSense(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, label string
		want, not       []string
	}{
		{"what did police find when they raided his gallery", "police", []string{"polic", "law", "constabulari"}, []string{"lawyer"}},
		{"what did police find when they raided his gallery", "find", []string{"find", "detect", "detector", "bump"}, []string{"bumper", "bumpi", "chanci"}},
		{"what did police find when they raided his gallery", "raided", []string{"raid", "bust"}, []string{"busti", "buster"}},
		{"How did Moscow react?", "react", []string{"respond", "respons"}, nil},
	}
	for _, tt := range tests {
		c, ok := conceptLabeled(e.read(tt.question), tt.label)
		if !ok {
			t.Errorf("read(%q): no concept %q", tt.question, tt.label)
			continue
		}
		for _, w := range tt.want {
			if !hasTerm(c, w) {
				t.Errorf("read(%q): %q is not put by %q", tt.question, tt.label, w)
			}
		}
		for _, w := range tt.not {
			if hasTerm(c, w) {
				t.Errorf("read(%q): %q is put by %q", tt.question, tt.label, w)
			}
		}
	}
}
