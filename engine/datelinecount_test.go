package engine

import (
	"slices"
	"testing"
)

// TestDayOfMonthCountsNothing holds that the day of a month a wire story's
// dateline gives is no number of the words after it: "Oct. 15 (Reuters) -
// Teenagers whose schools ..." counts no teenagers, and only the paragraph
// that gives a number of them answers "how many".
func TestDayOfMonthCountsNothing(t *testing.T) {
	e := storyEngine(t,
		"Later school start helps teenagers sleep",
		"HARWELL, Tessmark, Oct. 15 (Reuters) - Teenagers whose schools started an hour later slept longer and did better in exams, researchers at Harwell University said on Wednesday.",
		"The study followed 11,240 teenagers at 38 secondary schools for two years.",
	)
	for _, tt := range []struct {
		sentence string
		want     []string
	}{
		{"HARWELL, Tessmark, Oct. 15 (Reuters) - Teenagers whose schools started later", nil},
		{"ARNVALE, Tessmark, Oct. 15 (Calder Press) - Arnvale Regional Airport closed", nil},
		{"On 14 March 40 nurses walked out", []string{"nurses", "walked"}},
		{"The study followed 11,240 teenagers", []string{"teenagers"}},
	} {
		var got []string
		for _, w := range countedWords(e.readText(tt.sentence)) {
			got = append(got, w.folded)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("countedWords(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
	checkCites(t, e, []citeCase{
		{"how many teenagers were in the study", []int{3}},
	})
}
