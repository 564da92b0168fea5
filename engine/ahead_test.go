package engine

import (
	"strings"
	"testing"
)

// TestFindingAhead holds that a question asking what came of something
// ("what did the review conclude") abstains, saying so in the reader's
// words, when the paragraph that answers the rest tells only when it is
// to come ("which is due to report by the end of June", "and to report
// by the end of April"), and that one whose paragraph tells what came
// of it, or what is to come beyond when, is answered.
func TestFindingAhead(t *testing.T) {
	for _, tt := range []struct {
		slug, question string
		abstain        bool
		reason         string
	}{
		{"brantham-port-strike", "what did the review of port resilience conclude", true, "It says only when to expect it from the “review”, not what came of it."},
		{"dellmoor-sponsor-collapse", "what did the aviation regulator conclude about the ticket sales", true, "“aviation regulator”"},
		{"varrow-pass-avalanche", "what did the independent panel conclude about the warning service", true, "“independent panel”"},
		{"quorne-orchestra-instruments", "what did the aviation authority's inquiry end up concluding", true, "“aviation authority”"},
		{"thornbury-vineyard-frost", "what did the ombudsman find about harrowgate", true, "“ombudsman”"},
		// The subject put by a noun other than its first ("the coroner",
		// not "verdict").
		{"stenford-ambulance-waits", "what verdict did the coroner reach at the inquest", true, ""},
		// A noun of the verb asked ("findings") is no verb of it told
		// done: "his findings will be published in full".
		{"dunhallow-dam-evacuation", "what did conrad ilves find when he inspected the dam", true, "“conrad ilves”"},
		{"grenmouth-whale-stranding", "what did the review of the rescue find", true, "“review”"},
		// A sentence that tells results to come speaks of what is asked,
		// whatever it calls the one asked of: "Results are expected
		// within two weeks", "Preliminary findings are expected within
		// three weeks".
		{"caverly-whale-stranding", "what did the necropsy results show", true, "“necropsy results”"},
		{"grenmouth-whale-stranding", "what did the blood and skin tests on the whale show", true, ""},
		{"pellbrook-records-hack", "what did saltash's review conclude in the end", true, ""},
		{"varley-orchestra-strike", "what did the board decide at its saturday meeting", true, ""},
		{"holbeck-listeria-recall", "what did the inspectors find when they went in", false, ""},
		{"ashgrove-mayor-expenses", "what did councillors decide at the emergency meeting", false, ""},
		{"linmoor-microplastics", "what did the mouse experiments show", false, ""},
	} {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := testdataEngine(t, tt.slug).Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Abstained != tt.abstain {
				t.Fatalf("abstained = %v (cites %d, reason %q), want %v", ans.Abstained, len(ans.Passages), ans.Reason, tt.abstain)
			}
			if !strings.Contains(ans.Reason, tt.reason) {
				t.Errorf("reason %q lacks %q", ans.Reason, tt.reason)
			}
		})
	}
}

// TestOnlyWhenAhead holds which words tell of something to come only
// when it comes.
func TestOnlyWhenAhead(t *testing.T) {
	e := testdataEngine(t, "brantham-port-strike")
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Castellan ordered a review, which is due to report by the end of June.", true},
		{"It had opened an inquiry into the incident and would report by the end of November.", true},
		{"Preliminary findings are expected within three weeks, Keel said.", true},
		{"He asked a panel to examine how the service handled the weekend and to report by the end of April.", true},
		// What is to come is a result itself, no content of one.
		{"The review is due to deliver initial findings by the end of June and a final report in the autumn.", true},
		{"The panel will give its verdict on June 3.", true},
		{"The firm is due to deliver 40 new trams by June.", false},
		// What it comes for is nothing come of it.
		{"He said the board would meet on Saturday to discuss the strike.", true},
		{"The government will spend 5 million on roads by June.", false},
		{"Vell said Caldmoor would begin measuring the chemical make-up of the comet's gas in January.", false},
		{"The council set fares for June.", false},
		{"The road will stay closed until March.", false},
		{"The panel reported its findings in June.", false},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			ws := e.readText(tt.sentence)
			markBreaks(tt.sentence, ws)
			if got := e.onlyWhenAhead(ws); got != tt.want {
				t.Errorf("onlyWhenAhead = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPluralGerund holds that the plural of a noun made of a verb's
// "-ing" is told apart from a verb's or a noun's own form that ends so.
func TestPluralGerund(t *testing.T) {
	e := testdataEngine(t, "brantham-port-strike")
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"findings", true},
		{"hearings", true},
		{"rulings", true},
		{"meetings", true},
		{"brings", false},
		{"things", false},
		{"springs", false},
		{"swings", false},
		{"finding", false},
	} {
		if got := e.pluralGerund(tt.word); got != tt.want {
			t.Errorf("pluralGerund(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
