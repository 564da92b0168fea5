package engine

import (
	"strings"
	"testing"
)

// TestWithoutHyphenedModifiers holds that the first words of a compound
// a hyphen joins after a number are dropped, so that the number's noun is
// among the two words after it, and that a compound the number starts (an
// age, a length of time) is left as it is.
func TestWithoutHyphenedModifiers(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"helps about 9,400 low-income tenants meet their rent", "helps about 9 400 income tenants meet their rent"},
		{"will affect about 62,000 season-ticket holders", "will affect about 62 000 ticket holders"},
		{"2,000 state-of-the-art cameras", "2 000 art cameras"},
		{"a 49-year-old executive of the firm", "a 49 year old executive of the firm"},
		{"signed a two-year contract", "signed a two year contract"},
		{"about 300 commuters gathered", "about 300 commuters gathered"},
		{"12 north - south routes", "12 north south routes"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			ws := withoutHyphenedModifiers(tt.text, readWords(tt.text, func(s string) string { return s }))
			got := make([]string, len(ws))
			for i, w := range ws {
				got[i] = w.folded
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

// TestHyphenedModifierCounted holds that "how many" is answered by a number
// of what it counts after a compound that qualifies it ("9,400
// low-income tenants"), where the figure check read the compound's last
// word as what was counted: "income" counts no tenants.
func TestHyphenedModifierCounted(t *testing.T) {
	e := storyEngine(t,
		"Council payments fail after cyber attack",
		"Housing benefit, which helps about 9,400 low-income tenants meet their rent, was due to be paid out on Monday but never arrived.",
		"The council said it had arranged emergency payments through post offices.",
	)
	checkCites(t, e, []citeCase{
		{"how many tenants didnt get their rent money", []int{2}},
	})
}
