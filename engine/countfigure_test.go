package engine

import (
	"slices"
	"testing"
)

// TestMayCount holds which sentences have a number that may count what a
// "how many" question asks about persons or things: not a share that
// compares, a measure in a unit the question does not name, a time of
// day, an age, a sum or a number word that is only an adverb ("twice");
// but a share of a whole, a fraction, a number of persons after a unit, a
// thing the dictionary only knows as a quantity, times a thing happened,
// and a duration.
func TestMayCount(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Thorvind said safety drivers on the trial earned about 15 percent less than the city's regular bus drivers.", false},
		{"At Kestleford High School, about 90 km north of the capital, students who had gathered outside the sports hall at 8:30 a.m. were sent home.", false},
		{"Water leaving Fellgate contained almost three times as many particles as water from the newer Ashcombe works, which opened in 2009.", false},
		{"He said each day of the stoppage was costing the authority about $1.3 million in lost fare revenue.", false},
		{"Ada Morrow, 18, said she had revised until after midnight.", false},
		{"The airport has asked the government to fund a second runway twice since 2019.", false},
		{"The council has twice voted against the plan.", false},
		{"The company employed 38,400 people worldwide at the end of June.", true},
		{"Halcyra said it would eliminate about 4,200 jobs, roughly 11% of its workforce.", true},
		{"Nearly two thirds of the coral reefs surveyed showed signs of bleaching.", true},
		{"He said he had bought two 1,000-litre tanks to keep the business open.", true},
		{"Osterby Freight has agreed to carry up to 60 foot passengers a day.", true},
		{"Trell said drivers spent an average of 11 minutes circling for one of the 1,900 parking spaces inside the walls.", true},
		{"Pictures of the bell have been viewed more than 2 million times since Monday.", true},
		{"The freezing level stayed above 4,800 metres for 11 days in a row.", true},
	} {
		if got := e.mayCount(nil, tt.text, e.readText(tt.text)); got != tt.want {
			t.Errorf("mayCount(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCountNotMeasured holds that a "how many" question about persons is
// not answered by a paragraph whose only numbers near them are a share
// that compares, a distance, a time of day or an age, while questions
// whose answers count, or measure in the unit asked, still are.
func TestCountNotMeasured(t *testing.T) {
	for _, set := range []struct {
		facts string
		cases []citeCase
	}{
		{"../knowledge/testdata/ostvik-robobus/ostvik-robobus.yaml", []citeCase{
			// ¶23: "safety drivers on the trial earned about 15
			// percent less than the city's regular bus drivers".
			{"how many safety drivers does movelo employ", nil},
		}},
		{"../knowledge/testdata/quillan-exams/quillan-exams.yaml", []citeCase{
			// ¶12: "about 90 km north of the capital, students who
			// had gathered ... at 8:30 a.m.", "Ada Morrow, 18".
			{"how many students go to kestleford high school", nil},
		}},
	} {
		checkCites(t, newEngine(t, []string{set.facts}, ""), set.cases)
	}
	for _, set := range []struct {
		facts, question string
		first           int
	}{
		{"../knowledge/testdata/ostvik-robobus/ostvik-robobus.yaml", "how many robo buses were in the trial", 5},
		{"../knowledge/testdata/reef-study/reef-study.yaml", "how many weeks was teh water above the bleaching threshold", 8},
		{"../knowledge/testdata/dravik-ferry-fire/dravik-ferry-fire.yaml", "how many ppl live on the island", 22},
	} {
		e := newEngine(t, []string{set.facts}, "")
		if got := decided(t, e, set.question); len(got) == 0 || got[0] != set.first {
			t.Errorf("%q cites %v, want ¶%d first", set.question, got, set.first)
		}
	}
}

// TestCountsKindOf holds that a sentence that puts what a "how many"
// question counts answers it only by a number of that kind of thing, or
// by one that says not what it counts: a number of persons counts no
// flights, a number of days or of cameras no keepers, a share of the
// coral no divers, "11 of Tessmark's airports" no pilots, and the first
// number of "50 to 75 minutes" no passengers.
func TestCountsKindOf(t *testing.T) {
	e := engineFor(t)
	for _, tt := range []struct {
		counted, text string
		want          bool
	}{
		{"flights", `"We found out at the gate, with two tired children and nowhere to go," said a teacher who had been due to fly.`, false},
		{"keepers", "Keepers watched the den for the first ten days through two infrared cameras.", false},
		{"students", "Photographs of all 14 pages of the paper were shared in student groups.", false},
		{"tourists", "Reef tourism supports some 28,000 jobs, according to the tourism council.", false},
		{"drivers", "About 2,400 badge holders in the wider area would lose the right to drive into the old town.", true},
		{"volunteers", "The study had enrolled 4,860 adults with obesity at 212 clinics.", true},
		{"flights", "Skyrell cancelled 96 flights between Monday and Wednesday.", true},
		{"days", "The freezing level stayed above 4,800 metres for 11 days in a row.", true},
		{"people", "About 1,200 were evacuated overnight.", true},
		{"staff", "Roughly 40 percent of the workforce will go.", true},
		{"staff", "It will cut about 11% of its employees.", true},
		{"divers", "The team found that about 9 percent of the coral had already died.", false},
		{"divers", "The two methods agreed in more than 90 percent of cases.", false},
		{"pilots", "The union asked for the reports of all 11 of Tessmark's regional airports.", false},
		{"pilots", "The strike was backed by 300 of the union's members.", true},
		{"passengers", "The detour lengthened a typical commute by 50 to 75 minutes.", false},
		{"passengers", "Between 40 and 50 passengers were stranded.", true},
	} {
		t.Run(tt.counted+": "+tt.text, func(t *testing.T) {
			ws := e.readText(tt.text)
			nums := e.countingNumbers(nil, tt.text, ws, false)
			if got := len(nums) > 0 && e.countsKindOf(concept{label: tt.counted}, ws, nums); got != tt.want {
				t.Errorf("countsKindOf(%q) = %v, want %v", tt.counted, got, tt.want)
			}
		})
	}
}

// TestCountOfOtherKind holds that a "how many" question is not answered
// by a paragraph whose sentence puts what it counts but numbers only
// another kind of thing, while one that counts it by another name still
// is.
func TestCountOfOtherKind(t *testing.T) {
	for _, set := range []struct {
		facts string
		cases []citeCase
	}{
		{"../knowledge/testdata/airline-strike/airline-strike.yaml", []citeCase{
			// ¶5: "with two tired children", "due to fly".
			{"how many flights from port hallow were cancelled", nil},
		}},
		{"../knowledge/testdata/kelsby-zoo-cubs/kelsby-zoo-cubs.yaml", []citeCase{
			// ¶7: "Keepers watched the den ... for the first ten days
			// through two infrared cameras".
			{"how many keepers look after the big cats", nil},
		}},
		{"../knowledge/testdata/quillan-exams/quillan-exams.yaml", []citeCase{
			// ¶3: "all 14 pages of the paper were being shared in
			// student groups".
			{"how many students in quillan use chatterly", nil},
		}},
	} {
		checkCites(t, newEngine(t, []string{set.facts}, ""), set.cases)
	}
	for _, set := range []struct {
		facts, question string
		first           int
	}{
		// "About 2,400 badge holders ... would lose the right to drive".
		{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml", "how many disabled drivers will lose out", 16},
		{"../knowledge/testdata/trial-halt/trial-halt.yaml", "how many volunteers were enrolled", 5},
	} {
		e := newEngine(t, []string{set.facts}, "")
		if got := decided(t, e, set.question); len(got) == 0 || got[0] != set.first {
			t.Errorf("%q cites %v, want ¶%d first", set.question, got, set.first)
		}
	}
}

// TestCountsKidsByAct holds that "how many kids V" counts the kids, whom
// a number of children counts, though "kid" is more often a verb: the
// paragraph where "three children collapsed" answers "how many kids
// passed out" among the first three.
func TestCountsKidsByAct(t *testing.T) {
	e := testdataEngine(t, "orrin-heatwave-school")
	for _, tt := range []struct {
		question string
		want     int
	}{
		{"how many kids passed out", 4},
		{"how many kids fainted", 4},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := decided(t, e, tt.question); !slices.Contains(got[:min(3, len(got))], tt.want) {
				t.Errorf("cites %v, want ¶%d among the first three", got, tt.want)
			}
		})
	}
}

// TestCountDoneBeside holds that a "how many" question whose number of
// persons or things several paragraphs give ranks first the one whose
// number stands beside what the question says was done: "48 runners
// collapsed on the course" (¶4 of the marathon story), not "took about
// 2,100 runners who were still out on the course" (¶15); "about 21,000
// vehicles enter the old town on an average weekday" (¶6 of the car-free
// story), not a number of cars that come in no way.
func TestCountDoneBeside(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		{"../knowledge/testdata/redhaven-marathon/redhaven-marathon.yaml", "how many ppl collapsed during the race", 4},
		{"../knowledge/testdata/kellbrook-carfree/kellbrook-carfree.yaml", "how many cars come into the old centre every day", 6},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
	e := testdataEngine(t, "redhaven-marathon")
	q := e.read("how many ppl collapsed during the race")
	at := e.countedThing(q)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The service said its crews treated 260 people during the day, and that 48 runners collapsed on the course.", true},
		{"Three runners had collapsed by noon.", true},
		{"Officials halted the race and took about 2,100 runners who were still out on the course to the finish area by bus.", false},
		{"Two days later, 30 runners who had collapsed in the heat were still in hospital.", true},
		{"In all, 11,460 people finished.", false},
		{"The barrier collapsed and two stewards ran to close the road.", false}, // no number beside it counts persons
	} {
		if got := e.doneBeside(q.concepts[at], e.countsPersons(q), doneConcepts(q, at), e.readText(tt.text)); got != tt.want {
			t.Errorf("doneBeside(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWorkforceCount holds that a question of how many work somewhere, or
// how many a body employs, is answered by a sentence that says so or
// names workers, staff or jobs, not by a count of residents or customers.
func TestWorkforceCount(t *testing.T) {
	e := storyEngine(t,
		"Water firm fined",
		"Tarnbeck Water, which serves the town's roughly 96,000 residents, issued the notice at its Fellgate works on Monday.",
		"Hollin Water will ban hosepipes for its 1.4 million customers from Saturday.",
		"Tarnwell Aggregates, which employs about 900 people at three quarries, said it had stopped digging.",
		"Under the plan, 64 full-time equivalent posts will go from a library workforce of 151.",
	)
	checkCites(t, e, []citeCase{
		{"how many staff work at fellgate", nil},
		{"how many ppl work for hollin water", nil},
		{"how many people does tarnwell employ", []int{4}},
		{"how many people work at tarnwell", []int{4}},
		{"how many residents does tarnbeck serve", []int{2}},
	})
}

// TestCountedQualities holds that a "how many" question that says which
// persons it counts ("missing kids") is not answered by a number of persons
// by another name that says nothing of it ("let 412 employees view a heat
// map"), though one of them by any name is ("how many kids ...").
func TestCountedQualities(t *testing.T) {
	e := testdataEngine(t, "veltra-privacy-fine")
	for _, tt := range []struct {
		question string
		abstains bool
	}{
		{"how many missing kids were found", true},
		{"how many homeless kids use the app", true},
		{"how many staff could see the heat map", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := decided(t, e, tt.question); (len(got) == 0) != tt.abstains {
				t.Errorf("cites %v, want abstained %v", got, tt.abstains)
			}
		})
	}
}
