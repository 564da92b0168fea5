package engine

import (
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestNamesBeside holds that a question asking the name of someone or
// something is answered only by a paragraph that gives a name beside the
// noun named, in apposition, and abstains when the paragraph speaks of the
// noun and names someone else.
func TestNamesBeside(t *testing.T) {
	tests := []struct {
		article  string
		question string
		abstain  bool
	}{
		// "A company spokesman, Emil Baratt, said every report of cracking
		// had been checked by a geotechnical engineer": the name is the
		// spokesman's.
		{"quarry-collapse", "What is the name of the geotechnical engineer who checked the cracks?", true},
		// "police arrested two men, aged 31 and 38 ... Orsund said".
		{"museum-heist", "what are the names of the two men who were arrested", true},
		// "The dairy brand Fjellmelk" names a brand, not the supplement's.
		{"doping-ban", "what's the name of the supplement brand", true},
		// "the town's mayor, Bridget Okafor-Lyle"; "Dr Helena Voss, chief
		// hydrologist at ...".
		{"lisk-flood", "what's the name of the mayor of corrandale", false},
		{"lisk-flood", "what is the name of the chief hydrologist", false},
		// "Who is the X" asks for a name as well: the national prime
		// minister is spoken of, never named.
		{"westrava-election", "who is the national prime minister", true},
		// "National Police Commissioner Arvo Kask said".
		{"court/court-ruling", "who is the police comissioner", false},
	}
	engines := map[string]*Engine{}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e := engines[tt.article]
			if e == nil {
				facts := "../knowledge/testdata/" + tt.article + ".yaml"
				if !strings.Contains(tt.article, "/") {
					facts = "../knowledge/testdata/" + tt.article + "/" + tt.article + ".yaml"
				}
				e = newEngine(t, []string{facts}, "")
				engines[tt.article] = e
			}
			ans, err := e.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Abstained != tt.abstain {
				t.Errorf("cites %d, abstain = %v", len(ans.Passages), tt.abstain)
			}
			if tt.abstain && !strings.HasPrefix(ans.Reason, "It does not give the name") {
				t.Errorf("reason %q", ans.Reason)
			}
		})
	}
}

// TestNameBeside holds where a sentence's name stands for the noun at k:
// right after it, or before it and its qualifiers; not before a verb of
// speech, nor a name of the question's own.
func TestNameBeside(t *testing.T) {
	e := testdataEngine(t, "doping-ban")
	q := e.read("what is the name of strand's lawyer")
	tests := []struct {
		sentence, noun string
		want           bool
	}{
		{"said the town's mayor, Bridget Okafor-Lyle, speaking at a centre", "mayor", true},
		{"Dr Helena Voss, chief hydrologist at the service, said", "hydrologist", true},
		{"The dairy brand Fjellmelk, which has featured her", "brand", true},
		{"a man named Jon Hale", "man", true},
		{"A company spokesman, Emil Baratt, said it had been checked by a geotechnical engineer and", "engineer", false},
		{"Vosk said the engineer had left", "engineer", false},
		{"Strand's lawyers argued at a hearing", "lawyers", false},
		{"The lawyer on Monday said", "lawyer", false},
		// A capitalised noun in a body's name or a title has no name
		// beside it in the words of that name.
		{"the local representative of the United Process Workers' Union, said staff", "workers", false},
		{"Polish Prime Minister Donald Tusk said", "minister", true},
		{"Tusk, the Polish Prime Minister, said", "minister", true},
		// A sentence's first word is capitalised whatever it is: a
		// word the dictionary knows there is no name.
		{"Losing that lawyer hit the whole team hard", "lawyer", false},
		{"Voss, chief hydrologist at the service, said", "hydrologist", true},
		// A determiner or a number, capitalised, is no name.
		{"Seven vaccinated lawyers suffered seizures", "lawyers", false},
		{"badly under-represented in zoos Every lawyer he hires", "lawyer", false},
		// A capitalised word after "a", or a capitalised adjective
		// after "the", is a word of the noun's phrase: "a Vetterlein
		// scholar" names no scholar. A name before it still does.
		{"it had relied on a certificate from a Vetterlein scholar and", "scholar", false},
		{"an Estonian lawyer said", "lawyer", false},
		{"the Polish lawyer said", "lawyer", false},
		{"Hale, a Labour councillor, said", "councillor", true},
		{"the Hollis family said", "family", true},
		// A thing's maker is named before it so: "a Ford van".
		{"fled in a Ford van", "van", true},
		// A title of two words for a person that the noun begins has
		// the name after it beside the noun: the chief executive is the
		// chief. Not a group's: the police officer is no name of the
		// police, nor a title the dictionary does not know.
		{"said chief executive Lucas Ferrand, adding", "chief", true},
		{"the police officer Anna Berg said", "police", false},
		{"the chief spokesman Emil Baratt said", "chief", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := e.readText(tt.sentence)
			k := lastWordAt(ws, tt.noun)
			if got := e.nameBeside(q, ws, k); got != tt.want {
				t.Errorf("nameBeside = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestWhoIsRole holds which "who is" questions ask who holds a role, read
// as asking its holder's name: the noun phrase after "who is", a person's
// noun last, ending the question or before "of".
func TestWhoIsRole(t *testing.T) {
	e := engineFor(t)
	for q, want := range map[string]string{
		"who is the police commissioner":                "police commissioner",
		"who was her lawyer":                            "lawyer",
		"who's the coach?":                              "coach",
		"who is the director of the marine institute":   "director",
		"who is paying for the recovery":                "",
		"who is Podolyak?":                              "",
		"who was ceo before her":                        "",
		"who is the Polish prime minister":              "prime minister", // a name before the role says whose
		"who is the Estrela do Norte head coach":        "head coach",
		"what is the name of the geotechnical engineer": "",
		// A title with "of" in it that WordNet knows is one noun.
		"who is the us secretary of state": "us secretary of state",
		"who is the chief of staff":        "chief of staff",
		// "Other" asks of one beside another the story tells of.
		"who was the other bidder that came second": "bidder",
	} {
		if got := e.whoIsRole(e.readText(q)); got != want {
			t.Errorf("%q: role %q, want %q", q, got, want)
		}
	}
}

// TestNamesBesideDateline holds that a wire story's dateline names no one
// beside the lead's first noun: "NDAVI, Kembara, Oct 8 (Reuters) - An
// experimental malaria vaccine" gives no vaccine's name.
func TestNamesBesideDateline(t *testing.T) {
	e := testdataEngine(t, "marwick-malaria-trial")
	q := e.read("what are the names of the vaccines")
	if got := e.namesBeside(q, knowledge.Ref{Article: "marwick-malaria-trial", Paragraph: 2}); got {
		t.Error("namesBeside(¶2) = true, want false: Reuters is the dateline's agency")
	}
}

// lastWordAt is the index of the last of the words read whose folded form
// is folded, or -1.
func lastWordAt(ws []word, folded string) int {
	k := -1
	for i, w := range ws {
		if w.folded == folded {
			k = i
		}
	}
	return k
}
