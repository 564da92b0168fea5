package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// TestRoleNounPlaced holds that a participle that ends a role's head
// before where the one it describes is ("based in Wendham") is no noun
// of the role: the noun before it is. A participle before whom or what
// ("identified by police cameras") is left as it was.
func TestRoleNounPlaced(t *testing.T) {
	wn, err := wordnet.Default()
	if err != nil {
		t.Fatal(err)
	}
	for role, want := range map[string]string{
		"Family catering firm based in Wendham that catered the wedding": "firm",
		"Charity headquartered at the old mill":                          "charity",
		"Scaffolding firm that put up the scaffolding":                   "firm",
		"History teacher identified by police cameras":                   "identified",
		"Engineer trained in Berlin, who led the dig":                    "engineer",
	} {
		if got := roleNoun(wn, role); got != want {
			t.Errorf("roleNoun(%q) = %q, want %q", role, got, want)
		}
	}
}
