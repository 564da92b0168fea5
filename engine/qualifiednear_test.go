package engine

import "testing"

// TestGerundRoleNoun holds roleNoun to reading a word in -ing that WordNet
// knows as a noun, before a singular noun, as qualifying that noun ("Credit
// rating agency" is an agency), and one with an object as a participle
// after the role's noun ("Company running the battery factory").
func TestGerundRoleNoun(t *testing.T) {
	e := testdataEngine(t, "mini")
	tests := []struct{ role, want string }{
		{"Credit rating agency that rates Ostermark AA", "agency"},
		{"City planning committee that approved the stadium by nine votes to four", "committee"},
		{"Scaffolding firm that put up the scaffolding at the museum", "firm"},
		{"Company running the battery factory that opened outside Corvey in 2021", "company"},
		{"Hospital treating patients from the outbreak", "hospital"},
		{"Firm building homes on the old dockyard", "firm"},
		{"Town housing the VAR hub", "town"},
		{"Russia's negotiating team", "team"},
	}
	for _, tt := range tests {
		if got := roleNoun(e.lex.wn, tt.role); got != tt.want {
			t.Errorf("roleNoun(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestQualifiedNearRoles holds readDescribed to reading a noun for a body
// that the coverage uses, qualified by words the head of a role says, as
// that role's holder though the role says another noun near it ("the
// scaffolding company", a "Scaffolding firm"); not when the qualifying word
// says what one did, which only a clause of the role tells ("the winning
// team" of the "Football club that won the Brenmoor Cup final").
func TestQualifiedNearRoles(t *testing.T) {
	checkReadAs(t, []readAsCase{
		{"museum-heist", "whats the connection between one of the suspects and the scaffolding company", "company", []string{"breck-and-sons"}},
		{"brenmoor-cup-final", "how much money does the winning team get", "team", nil},
	})
}
