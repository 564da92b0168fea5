package engine

import "testing"

// TestSumOfNamedPayment holds that a "how much" question asking a sum as
// a particular payment ("compensation") is not answered by another sum
// beside its other words ("the family had paid 9,200 crowns for the
// coach"), while a sum put as that payment, or as a kind of it
// ("damages"), answers.
func TestSumOfNamedPayment(t *testing.T) {
	e := storyEngine(t,
		"Coach firm blamed for crash",
		"The family said they had paid 9,200 crowns for the coach and picked the firm on a friend's advice.",
		"The operator said it was cooperating with inspectors.",
	)
	checkCites(t, e, []citeCase{
		{"how much compensation will the family get", nil},
	})
	e = storyEngine(t,
		"Coach firm blamed for crash",
		"The family has lodged a claim against the coach firm seeking 400,000 crowns in damages.",
		"The operator said it was cooperating with inspectors.",
	)
	checkCites(t, e, []citeCase{
		{"how much compensation does the family want", []int{2}},
	})
}
