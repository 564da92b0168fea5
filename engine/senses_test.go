package engine

import "testing"

// TestSynonymDerivedInSharedSense holds that a synonym brings the words
// derived from it in the sense it shares with the question's word alone:
// "police" is "law", the force, and no "lawyer", of the law that is a
// profession; "find" is "bump" (into), no "bumper"; "raided" is
// "busted", no "busty"; but "find" is "detect", so "detector", and
// "react" is "respond", so "response".
func TestSynonymDerivedInSharedSense(t *testing.T) {
	checkPutBy(t, []putByCase{
		{"what did police find when they raided his gallery", "police", []string{"polic", "law", "constabulari"}, []string{"lawyer"}},
		{"what did police find when they raided his gallery", "find", []string{"find", "detect", "detector", "bump"}, []string{"bumper", "bumpi", "chanci"}},
		{"what did police find when they raided his gallery", "raided", []string{"raid", "bust"}, []string{"busti", "buster"}},
		{"How did Moscow react?", "react", []string{"respond", "respons"}, nil},
	})
}

// putByCase is a question, one of its concepts by label, the terms that
// must put it and those that must not.
type putByCase struct {
	question, label string
	want, not       []string
}

// checkPutBy reads each case's question and holds which terms put its
// labelled concept.
func checkPutBy(t *testing.T, cases []putByCase) {
	t.Helper()
	e := engineFor(t)
	for _, tt := range cases {
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
