package engine

import "testing"

// TestSumOfItsOwnClause holds that a sum is of the words of the clause
// that gives it: a relative clause beside it, a clause after ", and" or
// another purpose after "and to" says nothing of it, while a relative
// clause that gives the sum is of the words before it. A clause a
// subordinator and its verb start ("after the government trimmed its
// grant") is one of its own.
func TestSumOfItsOwnClause(t *testing.T) {
	e := storyEngine(t,
		"Transport council opens new depot",
		"The Transport Council, which funded the harbour study, said on Friday that it would spend 12 million crowns on a new bus depot.",
		"The operator said it would pay 250 crowns to every stranded passenger, and had opened a hotline for damage and lost earnings.",
		"The club has promised to freeze ticket prices for two seasons and to keep 2,000 seats at 15 crowns for children.",
		"Its chief executive said the firm had renewed its contract with the city, which officials valued at about 350,000 crowns a year.",
		"The council faces a shortfall of 31 million crowns next year after the national government trimmed its grant by 12 percent.",
		"After a five-hour session, councillors agreed to spend 4 million crowns on the harbour wall.",
	)
	checkCites(t, e, []citeCase{
		{"how much did the harbour study cost", nil},
		{"how much will the new bus depot cost", []int{2}},
		{"how much profit did the operator make", nil},
		{"how much does a season ticket cost", nil},
		{"how much is the contract with the city worth", []int{5}},
		{"how much is the national grant in crowns", nil},
		{"how big is the council's shortfall", []int{6}},
		{"how much will the harbour wall cost", []int{7}},
	})
}

// TestSumOfNamesAlone holds that a sum asked of whom the question names
// alone is told where the sum's clause names them: a contract a chief
// executive described is no pay of hers.
func TestSumOfNamesAlone(t *testing.T) {
	e := storyEngine(t,
		"Tech firm signs deal",
		"The company said it had signed a $3.2 billion agreement to supply computing capacity to Norvane, which Okafor described as the largest contract in its history.",
		"Ashford paid 45 million pounds for the striker.",
	)
	checkCites(t, e, []citeCase{
		{"How much is Okafor paid", nil},
		{"How much did Ashford pay", []int{3}},
	})
}

// TestSumDashAfterRelativeClause holds that a phrase set off by a dash
// after a relative clause that gives a sum says more of that sum: "- under
// half what the existing shots cost" says the sum prices a shot. A phrase
// after a comma goes back to the clause before the relative clause.
func TestSumDashAfterRelativeClause(t *testing.T) {
	e := storyEngine(t,
		"Institute licenses malaria vaccine",
		"The institute has licensed MV-29 to Sundara Biologics, which has pledged to supply it for no more than 3 crowns a dose - under half what the existing shots cost.",
		"The council, which will pay 4 million crowns for the harbour study, opened a bus depot on Friday.",
	)
	checkCites(t, e, []citeCase{
		{"how much does a shot cost", []int{2}},
		{"how much did the bus depot cost", nil},
	})
}

// TestSumOfApposedAntecedent holds that a relative clause that gives a
// sum is of the words before the names and ages set off beside them:
// "The bride's father, Gerald Treloar, 61, who said he had paid ..."
// gives what the father paid. A clause before them that is no apposition
// is not.
func TestSumOfApposedAntecedent(t *testing.T) {
	e := storyEngine(t,
		"Wedding guests fall ill",
		"The bride's father, Gerald Treloar, 61, who said he had paid 18,500 crowns for the catering, told reporters the family had picked the firm.",
		"The harbour study went ahead in March, and the port authority, which said it had spent 40,000 crowns, hired a surveyor.",
	)
	checkCites(t, e, []citeCase{
		{"how much did the brides dad spend on the food", []int{2}},
		{"how much did the harbour study cost", nil},
	})
}
