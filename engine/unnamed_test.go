package engine

import (
	"strings"
	"testing"
)

// TestWhoIsUnnamed holds that a "who is the N" question abstains when the
// paragraphs that answer the rest put the person only as one they do not
// name ("had brought in an independent microbiologist"), saying so in the
// user's word, while one whose paragraph names them ("Police Commissioner
// ...", a head auditor the fact base names) is answered; and that "who
// are the soldiers working with" asks of someone else.
func TestWhoIsUnnamed(t *testing.T) {
	tests := []struct {
		slug, question string // slug: its fact base's, knowledge/testdata/SLUG/SLUG.yaml, or DIR/FILE
		abstain        bool
		reason         string
	}{
		{"holbeck-listeria-recall", "who is the microbiologist the creamery hired", true, "It never names the “microbiologist”."},
		{"calloway-study-retraction", "who is the health ministry spokesman quoted about breakfast", true, "It never names"},
		{"brantham-port-strike", "who were the two men arrested at the south gate", true, "It never names the “men”."},
		{"oriel-comet-discovery", "which astronomer at pellston ridge confirmed the comet", true, ""},
		{"haldane-rail-fares", "which contractor is doing the signalling upgrade on the sallow valley line", true, ""},
		{"sallow-tax-bill", "who are the other rebels besides droste", true, ""},
		{"court/court-ruling", "who is the police comissioner", false, ""},
		{"tolven-heatpumps", "who is the energy minister", false, ""},
		{"ashgrove-mayor-expenses", "who is the head auditor and what did she say about him", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			path := "../knowledge/testdata/" + tt.slug + "/" + tt.slug + ".yaml"
			if strings.Contains(tt.slug, "/") {
				path = "../knowledge/testdata/" + tt.slug + ".yaml"
			}
			e := newEngine(t, []string{path}, "")
			ans, err := e.Ask(t.Context(), tt.question, 4)
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
	e := testdataEngine(t, "holbeck-listeria-recall")
	for label, want := range map[string]bool{"astronomer": true, "chief executive": true, "guests": false, "architects": false} {
		if got := e.singularOne(concept{label: label}); got != want {
			t.Errorf("singularOne(%q) = %v, want %v", label, got, want)
		}
	}
	for q, want := range map[string]bool{
		"who is the microbiologist the creamery hired":    true,
		"who were the two men arrested at the south gate": true,
		"who are the North Korean soldiers working with":  false,
		"who paid for the study":                          false,
		"who is standing in the by-election":              false,
	} {
		if got := asksWhoIs(e.readText(q)); got != want {
			t.Errorf("asksWhoIs(%q) = %v, want %v", q, got, want)
		}
	}
}
