package engine

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTimeOfDay holds which sentences give a time of day, the figure "what
// time" asks for.
func TestTimeOfDay(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The talks begin at 10 a.m. on Thursday.", true},
		{"Kick-off is at 7.45pm.", true},
		{"The hearing opens at 14:30 local time.", true},
		{"They met at noon.", true},
		{"The talks begin on Thursday.", false},
		{"Nine amendments were tabled in 2022.", false},
		{"A ceasefire of 30 hours.", false},
	}
	for _, tt := range tests {
		got := slices.Contains(sentenceFigures(nil, tt.sentence, readWords(tt.sentence, plain), nil), figureTime)
		if got != tt.want {
			t.Errorf("sentenceFigures(%q) gives a time of day = %v, want %v", tt.sentence, got, tt.want)
		}
	}
	for q, want := range map[string]figure{
		"what time on thursday do the talks start": figureTime,
		"At what time did the match end?":          figureTime,
		"When do the talks start?":                 figureNone,
	} {
		if got := questionFigure(readWords(q, func(w string) string { return strings.ToLower(w) })); got != want {
			t.Errorf("questionFigure(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestYearIsNoAmount holds that a year answers neither "how much" nor "how
// many", and which figures a sentence gives.
func TestYearIsNoAmount(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	tests := []struct {
		sentence string
		want     []figure
	}{
		{"Peace talks held in Istanbul in 2022 soon collapsed.", nil},
		{"The 2022 talks collapsed.", nil},
		{"It will spend 12 million pounds in 2026.", []figure{figureAny, figureMoney}},
		{"About 2500 people marched.", []figure{figureAny, figureCount}},
		// A sum and a place in an order count nothing.
		{"It recommended a new camera system at a cost of about 1.2 million euros.", []figure{figureAny, figureMoney}},
		{"It recommended adding a third night guard.", []figure{figureAny}},
		{"A third of the staff left.", []figure{figureAny, figureCount}},
		// An age apposed to a name counts nothing.
		{"The deal would make Strand, 47, the first woman to head it.", []figure{figureAge, figureAny}},
		// Nor does a number before an adverb.
		{"Patients who have not joined will be assigned to one automatically.", []figure{figureAny}},
		{"Patients will be assigned to one practice automatically.", []figure{figureAny, figureCount}},
		// Any unit of length measures ("how wide r the cracks").
		{"Engineers found cracks, some up to 4 centimetres wide.", []figure{figureAny, figureMeasure, figureCount}},
	}
	wn := engineFor(t).lex.wn
	for _, tt := range tests {
		var got, want uint8 // the kinds, as a set
		for _, k := range sentenceFigures(wn, tt.sentence, readWords(tt.sentence, plain), nil) {
			got |= 1 << k
		}
		for _, k := range tt.want {
			want |= 1 << k
		}
		if got != want {
			t.Errorf("sentenceFigures(%q) = %b, want %b", tt.sentence, got, want)
		}
	}
}

// TestAsksWhen holds which questions ask for a date, and which texts give
// one.
func TestAsksWhen(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	for q, want := range map[string]bool{
		"When was Varga appointed?":           true,
		"so when did russia take crimea":      true,
		"What year did the war start?":        true,
		"Which day do the talks begin?":       true,
		"What did Peskov say?":                false,
		"Who said when the talks would start": false,
	} {
		if got := asksWhen(readWords(q, plain)); got != want {
			t.Errorf("asksWhen(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"Moscow annexed Crimea in 2014.":               true,
		"Varga took charge of the club in June 2024.":  true,
		"He passed a medical on Tuesday.":              true,
		"Two days later, officers came to her flat.":   true,
		"The agency told parliament last month.":       true,
		"She may appeal.":                              false,
		"Crimea will stay in Russia, Trump said.":      false,
		"The fee was 62 million pounds ($78 million).": false,
		// A span from now, of what is to come, tells when.
		"The inquiry is due to report within eight weeks.":                      true,
		"They will stay until a replacement is installed in about eight weeks.": true,
		"The trust expected to restore the systems within days.":                true,
		"Services will resume in a few weeks.":                                  true,
		// Not one of how long a thing took, nor one of no number.
		"The petition gathered 38,000 signatures in two weeks.": false,
		"It was the worst fire in years.":                       false,
		"They will meet in the weeks ahead.":                    false,
	} {
		if got := givesDate(readWords(text, plain)); got != want {
			t.Errorf("givesDate(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAsksWhy holds which questions ask for a reason, and which sentences
// may give one.
func TestAsksWhy(t *testing.T) {
	plain := func(w string) string { return strings.ToLower(w) }
	for q, want := range map[string]bool{
		"Why are the drivers striking?":       true,
		"so why did they pull the plug":       true,
		"how come the trial stopped":          true,
		"How did the robbers get in?":         false,
		"What did Peskov say about why?":      false,
		"Who said why the talks would start?": false,
		"why":                                 true,
		"what caused the explosion":           true,
		"What led to the recount?":            true,
		"what was the reason for the strike":  true,
		"what led the team":                   false,
		"what was the strike about":           false,
	} {
		if got := asksWhy(readWords(q, plain)); got != want {
			t.Errorf("asksWhy(%q) = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string]bool{
		"what happens if they dont pay up":                   true,
		"what penalty will moscow face if it says no":        true,
		"What if the talks fail?":                            true,
		"what happens unless a deal is signed":               true,
		"what happened to the talks":                         false,
		"who decides if the talks go ahead":                  false,
		"is the strike off if the council pays":              false,
		"what did Peskov say about whether Putin would come": false,
	} {
		if got := asksIfThen(readWords(q, plain)); got != want {
			t.Errorf("asksIfThen(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"Pilots walk out over pay.":                                                        true,
		"The trial was stopped after 11 participants fell ill.":                            true,
		"The council cut the subsidy because of the deficit.":                              true,
		"Bleaching happens when corals expel their algae.":                                 true,
		"It threatened to publish the data if the ransom was not paid.":                    true,
		"Should the Civic Union take the seat, the coalition would be left with 45 seats.": true,
		"Should we worry, she asked.":                                                      false,
		"The union is demanding a pay rise of 14 percent.":                                 false,
		"Peskov will represent Russia in Istanbul.":                                        false,
	} {
		if got := givesReason(readWords(text, plain)); got != want {
			t.Errorf("givesReason(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestQuestionFigure holds which kind of figure a "how" question asks for:
// a size is told in any number, a distance or a height in a measure; and
// "what ... worth" asks a sum, as "how much" does.
func TestQuestionFigure(t *testing.T) {
	tests := []struct {
		question string
		want     figure
	}{
		{"how big were the expected yearly sales", figureAny},
		{"how large is the workforce", figureAny},
		{"how high are the fares", figureAny},
		{"how far is the depot from the centre", figureMeasure},
		{"how long is the front line", figureMeasure},
		{"how much did the talks cost", figureMoney},
		{"how many drivers are on strike", figureCount},
		{"how old is the mayor", figureAge},
		{"what percentage of members voted for the strike", figureAny},
		{"which share of the vote did she win", figureAny},
		{"what age group was studied", figureNone}, // "people in their sixties" answers
		{"what was the average age of participants", figureAge},
		{"what age was she when she won", figureAge},
		{"at what age do children start school", figureAge},
		{"what was the silver chalice stolen in 2009 worth", figureMoney},
		{"whats it actually worth", figureMoney},
		{"what is the worth of the deal", figureNone},
		{"what did the delay cost them", figureNone},
	}
	for _, tt := range tests {
		if got := questionFigure(readWords(tt.question, strings.ToLower)); got != tt.want {
			t.Errorf("questionFigure(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestHowWords holds that the word after "how" is a word of the answer when
// it says what is measured ("how high": "the highest level"), and not when
// it only asks for a number ("how many") or a date ("how long has").
func TestHowWords(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question, word string
		concept        bool
	}{
		{"how high did the death toll rise", "high", true},
		{"how long is the front line", "long", true},
		{"how many regions does russia claim", "many", false},
		{"how much land does russia claim", "much", false},
		{"how long has peskov been spokesman", "long", false},
	}
	for _, tt := range tests {
		_, ok := conceptLabeled(e.read(tt.question), tt.word)
		if ok != tt.concept {
			t.Errorf("%q: %q is a concept = %v, want %v", tt.question, tt.word, ok, tt.concept)
		}
	}
}

// TestOrdinalMeasure holds that an ordinal before a unit gives a measure, as
// a number does: "the ninth month of treatment" tells how far into it.
func TestOrdinalMeasure(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Typically between the fourth and the ninth month of treatment.": true,
		"They finished fourth last season.":                              false,
		"It was the tenth week of the strike.":                           true,
	} {
		got := slices.Contains(sentenceFigures(nil, sentence, readWords(sentence, strings.ToLower), nil), figureMeasure)
		if got != want {
			t.Errorf("sentenceFigures(%q) gives a measure = %v, want %v", sentence, got, want)
		}
	}
}

// TestTwoTimesMeasure holds that two times of day in a sentence measure
// the time between them, and one does not.
func TestTwoTimesMeasure(t *testing.T) {
	for sentence, want := range map[string]bool{
		"An alarm went off at 3:12 a.m., and the first patrol car arrived at 3:26 a.m.": true,
		"The first patrol car arrived at 3:26 a.m.":                                     false,
		"Polls open at 7am and close at 10pm.":                                          true,
	} {
		got := slices.Contains(sentenceFigures(nil, sentence, readWords(sentence, strings.ToLower), nil), figureMeasure)
		if got != want {
			t.Errorf("sentenceFigures(%q) gives a measure = %v, want %v", sentence, got, want)
		}
	}
}

// TestDatesAndAgesAreNoAmounts holds that a day of a month and an age are
// no answer to "how much" or "how many": only a number that is neither; and
// which numbers are ages.
func TestDatesAndAgesAreNoAmounts(t *testing.T) {
	tests := []struct {
		sentence string
		any, age bool
	}{
		{"A urine sample taken from the 27-year-old on January 14 contained it.", false, true},
		{"The panel met on 3 March.", false, false},
		{"About 2.4 nanograms per millilitre were found on Monday.", true, false},
		{"She was suspended on February 6 and fined 5,000 euros.", true, false},
		// An age set off by commas after a name, as news gives one.
		{"The company named him as Tomas Ebberly, 29, an electrician.", true, true},
		{"In Harwick, 300, and in Dale, 40 homes were flooded.", true, false},
		// Or told as what someone is.
		{"Rahman, who is 58, said she had started walking to work.", true, true},
		{"The bridge, which is 58 metres long, was closed.", true, false},
		{"The team, who was 58 points behind, lost.", true, false},
	}
	for _, tt := range tests {
		got := sentenceFigures(nil, tt.sentence, readWords(tt.sentence, strings.ToLower), nil)
		if slices.Contains(got, figureAny) != tt.any || slices.Contains(got, figureAge) != tt.age {
			t.Errorf("sentenceFigures(%q) = %v, want any %v, age %v", tt.sentence, got, tt.any, tt.age)
		}
	}
}

// TestPrefilters holds that the cheap checks run before clockTime and
// apposedAge never say no where the expression matches: for sentences of
// the kinds they find and random strings of the characters that matter.
func TestPrefilters(t *testing.T) {
	texts := []string{
		"at 10 a.m. on Monday", "by 9.30pm", "at 14:30", "at noon", "around MIDNIGHT", "six o'clock", "six o’clock",
		"at 10   AM", "10.15 p.m.", "in 2014", "Tomas Ebberly, 29, an electrician", "Lena Strand, 104, said",
		"no figures here", "123pm", "10. am", "nooner", "o'cloc\u212a", "",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"1", "12", "123", "7", ":", ".", " ", "\t", "a", "A", "p", "P", "m", "M", ".m.", "noon", "NOON", "midnight",
		"o'clock", "o’clock", "o'cloc\u212a", "x", "Kyiv", "Ž", ", ", ",", "29", "104", "Strand, 29, ", ", 104, ", "Ž, 7, "}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched, aged := 0, 0
	for _, s := range texts {
		if clockTime.MatchString(s) {
			matched++
			if !mayTellTime(s) {
				t.Errorf("mayTellTime(%q) = false, but clockTime matches", s)
			}
		}
		if apposedAge.MatchString(s) {
			aged++
			if !mayApposeAge(s) {
				t.Errorf("mayApposeAge(%q) = false, but apposedAge matches", s)
			}
		}
	}
	if matched < 100 || aged < 20 {
		t.Fatalf("only %d strings match clockTime and %d apposedAge: the test proves little", matched, aged)
	}
	for _, s := range []string{"no figures here", "in 2014", "Kyiv, the capital"} {
		if mayTellTime(s) || mayApposeAge(s) {
			t.Errorf("%q: the prefilters should rule it out", s)
		}
	}
}

// TestMoneyByWordNet holds that a number before a monetary unit WordNet
// knows gives a sum, though currencyWords lacks it, and that "how much"
// before a noun for a sum of money asks for one.
func TestMoneyByWordNet(t *testing.T) {
	wn := engineFor(t).lex.wn
	plain := func(w string) string { return strings.ToLower(w) }
	for sentence, want := range map[string]bool{
		"Tickets cost 95 kronor.":             true, // currencyWords
		"The fine was 40,000 zloty.":          true,
		"She paid 300 lira for it.":           true,
		"He scored 12 marks out of 20.":       false, // a mark is first a sign
		"The party, which 12 won, is ahead.":  false, // a form of "win"
		"The ship carried 40 crates of fish.": false,
	} {
		got := slices.Contains(sentenceFigures(wn, sentence, readWords(sentence, plain), nil), figureMoney)
		if got != want {
			t.Errorf("sentenceFigures(%q) gives a sum = %v, want %v", sentence, got, want)
		}
	}
	for question, want := range map[string]bool{
		"how much rent is he getting":          true,
		"how much ransom did they ask for":     true,
		"how much is the fare":                 false, // only right after "much"
		"how much rain fell":                   false,
		"how much margin did they win by":      false, // first an edge
		"how much land did the council sell":   false,
		"how much salary does the manager get": true,
	} {
		if got := asksSum(wn, readWords(question, plain)); got != want {
			t.Errorf("asksSum(%q) = %v, want %v", question, got, want)
		}
	}
}

// TestCountsActs holds that "how many people signed" is answered by a
// number of signatures, one for each who signed, and that a number of
// votes does not say how many voted to do what the coverage never says.
func TestCountsActs(t *testing.T) {
	tests := []struct {
		facts, question string
		want            []int
	}{
		{"ostrel-scooters", "how many people signed the mums petition", []int{9}},
		{"skellan-windfarm", "how many councillors voted to sue", nil},
	}
	for _, tt := range tests {
		e := testdataEngine(t, tt.facts)
		if got := citedParagraphs(t, e, tt.question); !slices.Equal(got, tt.want) {
			t.Errorf("%q cites %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestActBeyondCounted holds that what the persons counted did is read
// wherever it stands after them, not only among the two words after
// "many": "how many people got rescued" is answered by "carried out 212
// rescues" (¶13), one for each rescued.
func TestActBeyondCounted(t *testing.T) {
	e := testdataEngine(t, "lisk-flood")
	for question, want := range map[string]int{
		"how many people got rescued": 13,
	} {
		if got := citedParagraphs(t, e, question); !slices.Contains(got, want) {
			t.Errorf("%q cites %v, want ¶%d among them", question, got, want)
		}
	}
}

// TestNumbersInWords holds that a number written in words counts as one
// in figures does: the teens and tens a story spells out at the start of
// a sentence, and two joined by a hyphen.
func TestNumbersInWords(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Fourteen people were treated for smoke inhalation.":    true,
		"Nineteen were taken to hospital with heat exhaustion.": true,
		"Some twenty-five runners collapsed.":                   true,
		"Ninety firefighters fought the blaze.":                 true,
		"The fire was fourteen metres from the tank.":           true, // a measure counts its units too
		"Nobody was hurt.": false,
	} {
		got := slices.Contains(sentenceFigures(nil, sentence, readWords(sentence, strings.ToLower), nil), figureCount)
		if got != want {
			t.Errorf("sentenceFigures(%q) gives a count = %v, want %v", sentence, got, want)
		}
	}
}

// TestDayOfMonthInRange holds that a number beside a month's name is a day
// of it only when it may be one: "in February, 81 percent" gives a share,
// and "in March 2029" a year, not a day.
func TestDayOfMonthInRange(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		text, number string
		want         bool
	}{
		{"published in February, 81 percent of respondents opposed it", "81", false},
		{"the council will review the ban in March 2029", "2029", false},
		{"the ban starts on March 14", "14", true},
		{"from 1 March the buses stop", "1", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ws := e.readText(tt.text)
			k := slices.IndexFunc(ws, func(w word) bool { return w.folded == tt.number })
			if got := dayOfMonth(ws, k); got != tt.want {
				t.Errorf("dayOfMonth(%q) = %v, want %v", tt.number, got, tt.want)
			}
		})
	}
	s := "According to the consultation report, published in February, 81 percent of respondents opposed closing any libraries."
	if !slices.Contains(sentenceFigures(e.lex.wn, s, e.readText(s), nil), figureAny) {
		t.Errorf("%q gives no number", s)
	}
}

// TestAgeByNoun holds that a number the noun "age" puts is an age and
// counts nothing: "raised the retirement age from 65 to 68" answers "what
// age would people have had to work until".
func TestAgeByNoun(t *testing.T) {
	tests := []struct {
		sentence string
		want     []figure
	}{
		{"The bill would have raised the retirement age from 65 to 68.", []figure{figureAge, figureAny}},
		{"He left school at the age of 15.", []figure{figureAge}},
		{"Children under 16 ride free.", []figure{figureAny, figureCount}},
	}
	wn := engineFor(t).lex.wn
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			var got, want uint8 // the kinds, as a set
			for _, k := range sentenceFigures(wn, tt.sentence, readWords(tt.sentence, strings.ToLower), nil) {
				got |= 1 << k
			}
			for _, k := range tt.want {
				want |= 1 << k
			}
			if got != want {
				t.Errorf("sentenceFigures = %b, want %b", got, want)
			}
		})
	}
}
