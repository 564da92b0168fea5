package engine

import (
	"strings"
	"testing"
)

// TestMainBody holds that a bare "the company" that fits several of the
// fact base's organisations is read as the one its article names far more
// than the others, and is left a word when none stands out so, when the
// question names one of them, or when the ones it fits are persons.
func TestMainBody(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: hollin-water
    name: Hollin Water
    kind: organisation
    role: Regional water company supplying the valley
    paragraphs: [1, 2, 3, 4]
  - id: eastvale-water
    name: Eastvale Water
    kind: organisation
    role: Water company supplying the east, with no plans for a ban
    paragraphs: [5]
  - id: ashford
    name: Ashford United
    kind: organisation
    role: Football club that signed the striker
    paragraphs: [2, 3]
  - id: northgate
    name: Northgate City
    kind: organisation
    role: Football club, league champions
    paragraphs: [3, 4]
  - id: mara-kerslow
    name: Mara Kerslow
    kind: person
    role: Spokeswoman for Hollin Water
    paragraphs: [2, 3, 4]
  - id: lena-hosking
    name: Lena Hosking
    kind: person
    role: Spokeswoman for the consumers
    paragraphs: [5]
`,
		"Hollin Water bans hosepipes",
		"Hollin Water banned hosepipes on Monday, said Mara Kerslow. Ashford United will water its pitch by can.",
		"Hollin Water was fined in January for missing its leakage target, Kerslow said. Ashford United agreed, and so did Northgate City.",
		"Hollin Water will spend 140 million crowns on new mains, Kerslow said. Northgate City said nothing.",
		"Eastvale Water has no plans for a ban, said Lena Hosking.",
	)
	tests := []struct {
		question, label, want string // want: the name it is read as, or ""
	}{
		{"has the company been fined before", "company", "Hollin Water"},
		{"how is the club watering its pitch", "club", ""}, // named as often as the other
		{"did eastvale water say anything about the company", "company", ""},
		{"what did the spokeswoman say", "spokeswoman", ""}, // persons: no main one
		{"what did the company say", "company", "Hollin Water"},
		{"what is the company's leakage target", "company's", "Hollin Water"}, // its "'s" makes no plural
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			readAsBody(t, e, tt.question, tt.label, tt.want)
		})
	}
}

// TestMainBodyNear holds that a bare "the company", where the coverage
// uses the word but no role says it, is read as its article's main
// organisation when a role's noun near it in meaning ("airline") says
// that is one, and not when the main one is of another kind, nor for a
// word that is first of all no organisation.
func TestMainBodyNear(t *testing.T) {
	const entities = `entities:
  - id: arvelle-air
    name: Arvelle Air
    kind: organisation
    role: The country's national airline, whose pilots are on strike
    paragraphs: [1, 2, 3, 4]
  - id: skyroute
    name: SkyRoute
    kind: organisation
    role: Low-cost rival airline that added flights
    paragraphs: [5]
  - id: pilots-union
    name: Arvelle Pilots Association
    kind: organisation
    role: Pilots' union that called the strike
    paragraphs: [%s]
`
	paragraphs := []string{
		"Arvelle Air pilots strike",
		"Arvelle Air pilots walked out on Monday, the Arvelle Pilots Association said.",
		"Arvelle Air's latest offer was a rise of 6 percent over three years.",
		"The union said the rise would not cover the company's debts to its pilots. Arvelle Air declined to comment.",
		"SkyRoute added 22 flights.",
	}
	tests := []struct {
		union, question, label, want string
	}{
		{"2", "whats the company offering", "company", "Arvelle Air"},
		{"1, 2, 3, 4, 5", "whats the company offering", "company", ""}, // the union is named more
		{"2", "whats the group offering", "group", ""},                 // first of all no organisation
	}
	for _, tt := range tests {
		t.Run(tt.question+" "+tt.union, func(t *testing.T) {
			e := storyEngineWith(t, strings.ReplaceAll(entities, "%s", tt.union), paragraphs...)
			readAsBody(t, e, tt.question, tt.label, tt.want)
		})
	}
}

// TestCompoundHead holds that a closed compound WordNet does not know is
// read by the noun it ends in, after a word WordNet knows.
func TestCompoundHead(t *testing.T) {
	e := engineFor(t)
	tests := []struct{ word, want string }{
		{"drugmaker", "maker"},
		{"carmaker", "maker"},
		{"zzqmaker", ""}, // no word before it
		{"corvanta", ""},
	}
	for _, tt := range tests {
		if got := compoundHead(e.lex.wn, tt.word); got != tt.want {
			t.Errorf("compoundHead(%s) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestMainBodyByCompound holds that the main organisation's role's noun
// is read by the noun it ends in: a "drugmaker" is a maker, a company.
func TestMainBodyByCompound(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: corvanta
    name: Corvanta Biosciences
    kind: organisation
    role: Drugmaker developing the weight-loss pill, which halted its trial
    paragraphs: [1, 2, 3]
  - id: regulator
    name: Medicines Safety Authority
    kind: organisation
    role: The national medicines regulator
    paragraphs: [3]
`,
		"Corvanta halts its trial",
		"Corvanta Biosciences halted its trial on Monday after cases of liver damage.",
		"Corvanta Biosciences shares fell 37 percent, the company's worst day. The Medicines Safety Authority asked for a report.",
	)
	c, ok := conceptLabeled(e.read("why did the company halt the trial"), "company")
	if !ok || len(c.entities) != 1 || c.entities[0].Name != "Corvanta Biosciences" {
		t.Errorf("company read as %v, want Corvanta Biosciences", c.entities)
	}
}

// readAsBody fails t unless a question's concept labelled label is read
// as the one entity named want ("several" for more, "" for none).
func readAsBody(t *testing.T, e *Engine, question, label, want string) {
	t.Helper()
	c, ok := conceptLabeled(e.read(question), label)
	if !ok {
		t.Fatalf("no concept %q", label)
	}
	got := ""
	if len(c.entities) == 1 {
		got = c.entities[0].Name
	} else if len(c.entities) > 1 {
		got = "several"
	}
	if got != want {
		t.Errorf("%q read as %q, want %q", label, got, want)
	}
}

// TestMainBodyPhrase holds that "the auction house", words read as one
// that the roles of two organisations end in, is read as the one its
// article names far more than the other, as a bare "the company" is; and
// left words when neither stands out so, or when asked in the plural.
func TestMainBodyPhrase(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: tallis-greer
    name: Tallis & Greer
    kind: organisation
    role: Old Rosslyn auction house that sold the forged painting
    paragraphs: [1, 2, 3, 4]
  - id: morlands
    name: Morland's
    kind: organisation
    role: Kessvik auction house that sold two other paintings
    paragraphs: [4]
  - id: rosslyn-tours
    name: Rosslyn Tours
    kind: organisation
    role: Travel agency that flew the buyers in
    paragraphs: [2, 3]
  - id: kessvik-tours
    name: Kessvik Tours
    kind: organisation
    role: Travel agency that lent two paintings
    paragraphs: [3, 4]
`,
		"Tallis & Greer sells a fake",
		"The auction house Tallis & Greer sold the painting for 9 million crowns to buyers Rosslyn Tours, a travel agency, flew in.",
		"Tallis & Greer said it would refund them, Rosslyn Tours said. Kessvik Tours, another travel agency, lent two paintings.",
		"Tallis & Greer suspended its head of paintings. Morland's sold two others, Kessvik Tours said.",
	)
	tests := []struct {
		question, label, want string // want: the name it is read as, or ""
	}{
		{"did anyone at the auction house get in trouble", "auction house", "Tallis & Greer"},
		{"what did the travel agency say", "travel agency", ""}, // named as often as the other
		{"did the auction houses check the paintings", "auction houses", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			readAsBody(t, e, tt.question, tt.label, tt.want)
		})
	}
}
