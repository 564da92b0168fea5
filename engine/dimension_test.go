package engine

import (
	"strings"
	"testing"
)

// TestAsksLength holds which questions ask a length, and of which
// dimension: "how high" of a thing one can point at asks a height, of a
// sum or a rate not.
func TestAsksLength(t *testing.T) {
	wn := engineFor(t).lex.wn
	plain := func(w string) string { return strings.ToLower(w) }
	for q, want := range map[string]dimension{
		"how deep were the graves":                 dimDepth,
		"how tall will the turbines be":            dimHeight,
		"how far into treatment did it appear":     dimNone,
		"how long is the front":                    dimNone,
		"how high will the new maximum fine be":    dimNone,
		"how high did the water get at its worst":  dimHeight,
		"how high up is the village":               dimHeight,
		"how high are rents":                       dimNone,
		"how far is the new site from town":        dimDistance,
		"how big is the city's deficit":            dimSize,
		"how thick was the ice":                    dimWidth,
		"how shallow is the lake":                  dimDepth,
		"how close did the lava come to the homes": dimDistance,
		"how close are they to a deal":             dimNone,
		"how low did the lake get":                 dimHeight,
	} {
		if got := asksLength(wn, readWords(q, plain)); got != want {
			t.Errorf("asksLength(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestGivesLengthOf holds that a sentence answers a question that asks a
// length only by a length of the dimension asked, or of none said, and of
// the thing asked: not by an area or a duration, nor by a length of
// another dimension or of another thing.
func TestGivesLengthOf(t *testing.T) {
	e := engineFor(t)
	for _, c := range []struct {
		question, sentence string
		want               bool
	}{
		{"how deep is the shaft", "The shaft is 85 metres deep.", true},
		{"how tall will the turbines be", "The turbines will stand 200 feet tall.", true},
		{"how deep were the graves", "It wants 0.3 hectares around the grave kept.", false},
		{"how wide is the disc", "Repairing the disc will take about 10 months.", false},
		{"how wide is the disc", "A disc about 14 centimetres across was found.", true},
		{"how high did the river get", "The river at the gauge crested at 5.8 metres.", true},
		{"how high did the river get", "The river rose quickly, said Reyes, 38, a tester.", false},
		{"how high did the water get", "The release reached the campsite, some 14 km downstream, and water stood waist-deep.", true},
		{"how high did the water get", "The release reached the campsite, some 14 km downstream.", false},
		{"how tall is the viaduct", "The 86-metre Hester Quay struck the central pier of the viaduct.", false},
		{"how wide is the front", "The 1,000-kilometre front runs from Kharkiv to Kherson.", true},
		{"how wide is the front", "An 8-metre tank stood at the front.", false},
		{"how tall is the viaduct", "The authority has shut the river for 1 km either side of the viaduct.", false},
		{"how high up is the village", "A tongue of debris roughly 300 metres long and up to 12 metres deep cut the road to the town, 14 km (9 miles) away.", false},
		{"how high up is the village", "The village sits at an altitude of 900 metres.", true},
		{"how far is the site from town", "The site is about 6 km north-east of the city centre.", true},
		{"how far underground were they", "The divers found them 400 metres below the surface.", true},
	} {
		q := e.read(c.question)
		if got := e.givesLengthOf(q, e.readText(c.sentence)); got != c.want {
			t.Errorf("givesLengthOf(%q, %q) = %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}

// TestGivesSize holds that a size is told by any number but a date, a
// time of day or a span of time.
func TestGivesSize(t *testing.T) {
	e := engineFor(t)
	for sent, want := range map[string]bool{
		"There was no choice after two years of deficits.": false,
		"She spoke shortly after 3 a.m. on 14 March 2025.": false,
		"The subsidy is cut by $62 million.":               true,
		"The union has 4,200 members.":                     true,
	} {
		if got := givesSize(e.readText(sent)); got != want {
			t.Errorf("givesSize(%q) = %v, want %v", sent, got, want)
		}
	}
}

// TestDistanceBetweenNamed holds that "how far is A from B" is answered by
// a sentence that gives a length and names both: a length from A alone,
// a length from B in the sentence before, or a duration of the trip, is
// none.
func TestDistanceBetweenNamed(t *testing.T) {
	e := storyEngine(t,
		"Ferry fire off Dravik",
		"The ferry had left Norby at 7:40 a.m. for the 70-minute crossing. Smoke was seen some 11 kilometres short of Dravik harbour.",
		"Rescue boats reached the scene within 40 minutes, and the passengers were taken to Dravik.",
	)
	checkCites(t, e, []citeCase{{"how far is Dravik from Norby", nil}})
	e = storyEngine(t,
		"Ferry fire off Dravik",
		"The ferry had left Norby at 7:40 a.m. for the 70-minute crossing. Smoke was seen some 11 kilometres short of Dravik harbour.",
		"Dravik lies 40 kilometres north of Norby across the strait.",
	)
	checkCites(t, e, []citeCase{{"how far is Dravik from Norby", []int{3}}})
}

// TestHowFarPastMark holds that "how far" before a word of a mark passed
// or not reached ("how far over budget", "how far behind schedule") asks a
// difference any number may tell, not a distance: "put the overrun at
// about 680 million crowns" answers it.
func TestHowFarPastMark(t *testing.T) {
	wn := engineFor(t).lex.wn
	tests := []struct {
		question string
		figure   figure
		length   dimension
	}{
		{"how far over budget did it go", figureAny, dimNone},
		{"how far behind schedule is the project", figureAny, dimNone},
		{"how far ahead in the polls is she", figureAny, dimNone},
		{"how far is the new site from town", figureMeasure, dimDistance},
		{"how far did the lava travel", figureMeasure, dimDistance},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ws := readWords(tt.question, strings.ToLower)
			if got := questionFigure(ws); got != tt.figure {
				t.Errorf("questionFigure = %v, want %v", got, tt.figure)
			}
			if got := asksLength(wn, ws); got != tt.length {
				t.Errorf("asksLength = %v, want %v", got, tt.length)
			}
		})
	}
}
