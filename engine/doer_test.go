package engine

import "testing"

// TestDoerNamed holds that "who" and a verb the coverage puts only by a
// neighbour is answered where a sentence puts it and names the doer, and
// refused where the paragraphs that name the thing asked of say nothing
// of the deed.
func TestDoerNamed(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		// "Corvane said", "whose bank details the company already
		// holds": no one owns it.
		{"../knowledge/testdata/ashcombe-power-cut/ashcombe-power-cut.yaml", "who owns corvane", 0},
		// "the club was bought by an American consortium led by Peter
		// Hallam".
		{"../extract/testdata/transfer.yaml", "who owns ashford", 20},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
}

// TestNamesDoer holds that a "who" question ranks first the paragraph
// that names someone beside what it asks was done, in the same clause:
// "The Northern Health Research Council, which funded the Edinburgh
// study" (¶10 of the walking study), "came to Kelsby in 2023 from
// Brennholm Zoo" (¶10 of the zoo story), "President Volodymyr Zelenskyy
// challenged Kremlin leaders to meet in Türkiye" (¶2 of the shipped
// article), before a paragraph that repeats the question's words where
// it names no one beside them.
func TestNamesDoer(t *testing.T) {
	for _, tt := range []struct {
		facts, question string
		first           int
	}{
		{"../extract/testdata/walking-study.yaml", "who funded the study", 10},
		{"../knowledge/testdata/kelsby-zoo-cubs/kelsby-zoo-cubs.yaml", "who's the mum and where did she come from", 10},
		{"../data/istanbul-talks.yaml", "Who first suggested that Russia and Ukraine negotiate face to face in Turkey?", 2},
	} {
		t.Run(tt.question, func(t *testing.T) {
			citesFirst(t, newEngine(t, []string{tt.facts}, ""), tt.question, tt.first)
		})
	}
}
