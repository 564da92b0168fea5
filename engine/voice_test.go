package engine

import (
	"slices"
	"testing"
)

// TestRoleSpeaks holds speaksAs, for a role, to telling the one who speaks
// from the one spoken to or of.
func TestRoleSpeaks(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		role, sentence string
		want           bool
	}{
		// Spoken to or of.
		{"minister", "The inspectorate will advise the health minister by the end of the year on whether Brevonia should set a national limit, she said, but it has no power to make Wennside finish the upgrade sooner.", false},
		{"minister", "She said she had written to the prime minister asking for the bridge to be rebuilt at national expense.", false},
		{"board", "\"For years we were told this was a problem for the health board, not for the council. Well, it is our problem now,\" said the mayor, Gareth Oldroyd.", false},
		{"expert", "Her lawyer, Johan Eklund, said the defence would ask the court to order new tests on the supplement and would call an independent expert on contamination.", false},
		{"farmer", "Officials said a 71-year-old retired farmer died after his car was swept off a flooded lane.", false},
		{"tenants", "\"I voted for tenants who cannot wait another five years,\" Wendl said.", false},
		// Who speaks.
		{"councillor", "\"Until we know exactly what happened at that junction, not one of these buses will carry a passenger,\" said Jonas Ekdahl, the city councillor responsible for transport.", true},
		{"analyst", "\"Halcyra missed the AI wave, and now it is paying for it,\" said Priya Venkataraman, an analyst at Brightwater Securities, who cut her price target.", true},
		{"professor", "\"We went back and sampled the same taps again,\" said Anneke Solberg, the associate professor of environmental chemistry who led the research.", true},
		{"specialists", "Specialists in art crime said the works would be almost impossible to sell openly.", true},
		{"federation", "Petra Lindqvist, chair of the Ruvanian Federation of the Blind (RFB), said scooters left lying across pavements had been a daily hazard.", true},
		{"authority", "A spokesperson for the Vennshire Rivers Authority, which runs the alert system, said messages had gone out to 8,700 registered phones.", true},
		{"ministry", "The government paid 6 million euros to host the match, according to the culture ministry.", true},
		{"commentators", "Castellan struck back in game six with a piece sacrifice in the Sicilian Defence that commentators called the finest move of the match.", true},
		{"government", "Finance Minister Aurelia Stanek said the government would review whether the rules were strict enough.", true},
		{"team", "Castellan's coach, grandmaster Dario Kessler, said the team had prepared for 11 months.", true},
	}
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			if got := e.speaksAs([][]string{{e.termOf(tt.role)}}, tt.sentence, true).speaks; got != tt.want {
				t.Errorf("speaks = %v, want %v in %q", got, tt.want, tt.sentence)
			}
		})
	}
}

// TestVoiceUnheard holds that "what did X say" of a role the story names
// only as someone spoken to or of is not answered, and that a role it
// gives as the one who speaks, by a pronoun after it too, still is.
func TestVoiceUnheard(t *testing.T) {
	tests := []struct {
		slug, question string
		want           []int // the paragraphs one of which it cites first; nil when it abstains
	}{
		{"linmoor-microplastics", "what did the health minister say", nil},
		{"lisk-flood", "what did the prime minister say about the floods", nil},
		{"pendry-lottery", "what did the drivers union say about the dispute", nil},
		{"ostvik-robobus", "what did the transport councillor say", []int{4, 28}},
		{"ostrel-scooters", "what has the dead boy's mother said", []int{9, 30}},
		{"hollin-drought", "what did the potato grower say", []int{20}},
		{"halcyra-results", "what did the brightwater annalyst say", []int{11}},
		{"museum-heist", "what did the stolen art expert say", []int{19}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := testdataEngine(t, tt.slug)
			got := decided(t, e, tt.question)
			if tt.want == nil && len(got) > 0 || tt.want != nil && (len(got) == 0 || !slices.Contains(tt.want, got[0])) {
				t.Errorf("cites %v, want first one of %v", got, tt.want)
			}
		})
	}
}
