package engine

import (
	"slices"
	"testing"
)

// TestAgeOfPerson holds that "how old is X", of a person named, is not
// answered by the age of another beside them: "Roald Pessar, 44, ... his
// wife Anneli" and "Their two children, aged 7 and 10" give not Anneli's.
// An age apposed to X's own name is. "The 49-year-old" is of the one it
// stands for, not of a person named in the quotation beside it; and of
// "X's kids" (or "Xs kids", as chat writes it) the question asks the
// kids' age, which X's own ("Priya Castellan, a 41-year-old nurse") is
// not.
func TestAgeOfPerson(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited, 0 for none at all
	}{
		{"../knowledge/testdata/keldon-meteorite/keldon-meteorite.yaml", "how old is anneli", 0},
		{"../knowledge/testdata/keldon-meteorite/keldon-meteorite.yaml", "how old is roald pessar", 3},
		{"../knowledge/testdata/doping-ban/doping-ban.yaml", "how old is strand", 3},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "how old is the chairman ashby", 0},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "how old is rensik", 3},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "how old is feld", 15},
		{"../knowledge/testdata/castrel-transfer/castrel-transfer.yaml", "how old is kolvik", 23},
		{"../knowledge/testdata/wexley-library-cuts/wexley-library-cuts.yaml", "how old r castellans kids", 0},
		{"../knowledge/testdata/wexley-library-cuts/wexley-library-cuts.yaml", "how old are castellan's kids", 0},
		{"../knowledge/testdata/wexley-library-cuts/wexley-library-cuts.yaml", "how old is castellan", 10},
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "how old are sana quill's sons", 14},
		// An age apposed at the end of a sentence: "said Elin
		// Brekkevold, 71."
		{"../knowledge/testdata/tolven-heatpumps/tolven-heatpumps.yaml", "how old is elin brekkevold", 18},
		// A possessor's thing, and a thing, are not as old as a person:
		// "had their 31-year-old oil boiler removed", "beneath the
		// 38-year-old transformer".
		{"../knowledge/testdata/tolven-heatpumps/tolven-heatpumps.yaml", "how old is tomas brekkevold", 0},
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "how old is rennick", 0},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}

// TestApposedAges holds which numbers a text apposes to a name as ages.
func TestApposedAges(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Tomas Ebberly, 29, an electrician, died.", []string{"29"}},
		{`"We have no heating," said Elin Brekkevold, 71.`, []string{"71"}},
		{`Hassan said, "Ask Amira Hassan, 15."`, []string{"15"}},
		{"It was passed by Parliament, 300 to 12.", nil},
		{"They lived at Carter Street, 27.5 metres away.", nil},
		{"In Pellingford, 40 km north of the capital.", nil},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := apposedAges(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("apposedAges = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAgeAskedOfWho holds that an age asked is given by the paragraph that
// gives it of the person asked of, though the question's other words, all
// about who ("the professor who led the research"), make up most of its
// weight and that paragraph answers less than answerThreshold of it
// ("Calloway, 58, resigned from the journal's editorial board"; see
// ageFloor); and that a person whose age no paragraph gives is still not
// answered.
func TestAgeAskedOfWho(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		want            int // a paragraph cited, 0 for none at all
	}{
		{"../knowledge/testdata/calloway-study-retraction/calloway-study-retraction.yaml", "how old is the professor who led the research", 4},
		{"../knowledge/testdata/quorne-orchestra-instruments/quorne-orchestra-instruments.yaml", "how old is the lad in charge of the cellos", 11},
		{"../knowledge/testdata/calloway-study-retraction/calloway-study-retraction.yaml", "how old is the law professor who chaired the panel", 0},
	} {
		t.Run(tt.question, func(t *testing.T) { citesWithin(t, tt.facts, tt.question, tt.want, 1) })
	}
}
