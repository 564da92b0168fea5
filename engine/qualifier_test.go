package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestOtherQualified holds that a question qualifying a thing by a word
// the coverage never uses asks of none of it where the paragraphs that
// answer put the thing only as other kinds of it: "the wheelchair race"
// is neither the men's race nor the women's race of ¶19, while the
// women's race is answered there.
func TestOtherQualified(t *testing.T) {
	e := testdataEngine(t, "redhaven-marathon")
	for _, tt := range []struct {
		question string
		first    []int  // the first paragraphs cited
		reason   string // a part of the reason, for an abstention
	}{
		{"who won the wheelchair race", nil, "“wheelchair”"},
		{"who won the women's race", []int{19}, ""},
	} {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := e.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphsOf(ans)
			if tt.first == nil {
				if !ans.Abstained || !strings.Contains(ans.Reason, tt.reason) {
					t.Errorf("cites %v (%q), want an abstention saying %q", got, ans.Reason, tt.reason)
				}
				return
			}
			if len(got) < len(tt.first) || !slices.Equal(got[:len(tt.first)], tt.first) {
				t.Errorf("cites %v (%q), want %v first", got, ans.Reason, tt.first)
			}
		})
	}
}
