package engine

import (
	"strings"
	"testing"
)

// TestExplainedSpans holds that a sentence's reason words explain the
// clause before them ("after", "because", "was caused by") or the one
// after the comma when they open it, the words after a verb of causing
// ("caused", "led to"), and the whole sentence for a noun of cause; "led"
// alone gives no reason, nor "since" after what it tells of.
func TestExplainedSpans(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []string // the words of each span explained
	}{
		{"Homes lost electricity after a fire broke out at the substation.", []string{"homes lost electricity"}},
		{"Flights were cancelled after the strike began, stranding thousands.", []string{"flights were cancelled", "stranding thousands"}},
		{"Because of the storm, the match was called off.", []string{"the match was called off"}},
		{"Two hours after the blast, crews reached the site.", []string{"crews reached the site"}},
		{"Because of the storm the match was called off.", []string{"because of the storm the match was called off"}},
		{"The outage was caused by a faulty cable.", []string{"the outage was"}},
		{"A faulty cable caused the outage.", []string{"the outage"}},
		{"The storm led to flooding in the valley.", []string{"flooding in the valley"}},
		{"The cause of the fire has not been confirmed.", []string{"the cause of the fire has not been confirmed"}},
		{"As a result, the school closed.", []string{"the school closed"}},
		{"Ostrander, who led the response, said nobody was hurt.", nil},
		{"The ground has been closed since the law was passed.", nil},
		{"Since the road is buried, crews fly in.", []string{"crews fly in"}},
	} {
		ws := readWords(tt.sentence, func(s string) string { return s })
		var got []string
		for _, s := range explainedSpans(tt.sentence, ws) {
			var f []string
			for _, w := range ws[s.from:s.to] {
				f = append(f, w.folded)
			}
			got = append(got, strings.Join(f, " "))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: explained %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestWhyExplained holds that a paragraph whose reason explains something
// else by the question's event ("lost electricity after ... a fire broke
// out at a key substation") gains nothing for "why": the one that gives
// the fire's cause ranks above it; and that one who did what is asked
// gives a reason in their own words.
func TestWhyExplained(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want, within    int
	}{
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "why did the substation go up in flames", 9, 3},
		{"../knowledge/testdata/orvale-chemical-leak/orvale-chemical-leak.yaml", "why did the gas leak in the first place", 3, 1},
		// The chairman's own words give his reason with no "because".
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "why did the chairman agree to let him go", 20, 2},
		// A body gives its reasons by the words of its head: Nordvik's
		// chief executive's (¶4).
		{"../knowledge/testdata/calder-chipplant-closure/calder-chipplant-closure.yaml", "why is nordvik pulling out of calder", 4, 3},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, tt.within) })
	}
}
