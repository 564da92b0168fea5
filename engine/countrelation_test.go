package engine

import "testing"

// TestSampleIsNoCount holds that the size of an inquiry's sample ("a study
// of 48,000 adults") counts those it asked, not all of whom it is about:
// it answers a question of the inquiry, not one of how many have an
// illness.
func TestSampleIsNoCount(t *testing.T) {
	// ¶2: "... according to a study of 48,000 adults published on
	// Monday."
	checkCites(t, newEngine(t, []string{"../extract/testdata/walking-study.yaml"}, ""), []citeCase{
		{"How many people have dementia in Scotland?", nil},
	})
	e := storyEngine(t,
		"Scooter ban backed",
		"A poll of 1,000 residents for the Ostrel Courier in February found 58 percent backed a ban on rental scooters.",
		"Walking briskly cut the risk of dementia by a fifth, according to a study of 48,000 adults in Scotland published on Monday.",
	)
	checkCites(t, e, []citeCase{
		{"how many residents were polled", []int{2}},
		{"how many adults took part in the study", []int{3}},
	})
}

// TestMembersAreNoCount holds that the number of a body's members ("which
// says it has about 30,000 members") counts those who belong to it: it
// answers a question that counts members or names a body, not one that
// counts people by what befell them or where they live.
func TestMembersAreNoCount(t *testing.T) {
	// ¶21: "The Obesity Patients' Alliance, which says it has about
	// 30,000 members, ..."; ¶6: "Of the 11 patients affected, ...".
	citesFirst(t, testdataEngine(t, "trial-halt"), "how many ppl got liver damge", 6)
	e := storyEngine(t,
		"Stadium move backed",
		"The Tarvik Athletic Supporters' Trust, which has about 3,100 members, said it backed the move to the new ground.",
		"The Old Town Traders' Association, which represents about 210 businesses, says its members fear losing customers.",
	)
	checkCites(t, e, []citeCase{
		{"how many people live in tarvik", nil},
		{"how many jobs could be lost in the old town", nil},
		{"how many members does the supporters trust have", []int{2}},
		{"how many businesses does the traders association represent", []int{3}},
	})
}

// TestGapIsNoCount holds that a number that says how far one count stands
// from another ("11 points behind champions Northgate City", "beat
// Solheim by just 37 votes") counts no total: it answers a question that
// asks the difference, not how many were got; while a number after the
// "by" of a passive counts those who did the act.
func TestGapIsNoCount(t *testing.T) {
	// ¶17: "Ashford ... finished fourth last season, 11 points behind
	// champions Northgate City."
	checkCites(t, newEngine(t, []string{"../extract/testdata/transfer.yaml"}, ""), []citeCase{
		{"how many points did ashford get last season", nil},
	})
	e := storyEngine(t,
		"Greens win Halvik South",
		"In Halvik South, the Greens' Jonas Ebbesen beat the Civic Union's Margit Solheim by just 37 votes.",
		"The petition against the closure was signed by 4,100 residents.",
	)
	checkCites(t, e, []citeCase{
		{"how many votes did ebbesen get", nil},
		{"how many votes did ebbesen win by", []int{2}},
		{"how many residents signed the petition", []int{3}},
	})
}

// TestIncrementIsNoStock holds that a number added to a total ("hire 45
// extra inspectors") answers how many will be hired, not how many there
// are or someone has.
func TestIncrementIsNoStock(t *testing.T) {
	// ¶28: "The housing ministry said it would hire 45 extra inspectors
	// to enforce the law."
	checkCites(t, testdataEngine(t, "brisca-rentcap"), []citeCase{
		{"how many housing inspectors are there right now", nil},
	})
	e := storyEngine(t,
		"Rent cap passed",
		"The housing ministry said it would hire 45 extra inspectors to enforce the law.",
	)
	checkCites(t, e, []citeCase{
		{"how many inspectors does the ministry have", nil},
		{"how many inspectors will the ministry hire", []int{2}},
	})
}

// TestPartIsNoStock holds that a number of a part of a whole ("up to 20
// of the best stores") says not how many there are or someone has, while
// it answers what is done with the part.
func TestPartIsNoStock(t *testing.T) {
	// ¶23: "... the group was interested in "up to 20 of the best
	// stores" and the Brennock's name, but not the whole chain."
	checkCites(t, testdataEngine(t, "brennock-stores"), []citeCase{
		{"how many shops does corran home have", nil},
	})
	e := storyEngine(t,
		"Chain in talks",
		"Stavely Holdings said it would buy up to 20 of the best stores.",
	)
	checkCites(t, e, []citeCase{
		{"how many stores does stavely have", nil},
		{"how many stores will stavely buy", []int{2}},
	})
}

// TestEventIsNoStock holds that "how many employees does the company
// have (in total)" asks a stock of persons, which a number of those to
// whom something was done or who did something once does not give ("let
// 412 employees view", "60 firefighters had been brought in"), while one
// the body has, employs or that simply are so does.
func TestEventIsNoStock(t *testing.T) {
	e := storyEngine(t,
		"Photo app fined",
		"Investigators found that a dashboard built for the company's advertising team let 412 employees view a heat map of where users had taken photos.",
		"The fire service said more than 60 firefighters had been brought in from neighbouring counties.",
	)
	checkCites(t, e, []citeCase{
		{"how many employees does the company have in total", nil},
		{"how many firefighters does the fire service have", nil},
	})
	e = storyEngine(t,
		"Flood crews stretched",
		"The fire service has about 1,400 firefighters, its chief said.",
		"About 340 patients are housebound, the surgery said.",
	)
	checkCites(t, e, []citeCase{
		{"how many firefighters does the fire service have in total", []int{2}},
		{"how many housebound patients are there", []int{3}},
	})
}
