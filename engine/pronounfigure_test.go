package engine

import "testing"

// TestPronounFigure holds that a figure asked of "he" or "she", which the
// question does not say whom it stands for, is given by a sentence of the
// thing asked whether or not its paragraph names the person the story is
// most about: the reader's "he" is as often another man the story quotes
// ("how much did he end up paying for the hotel himself"), or no one in
// particular ("how long could he get in prison"). A figure of another
// thing still gives none.
func TestPronounFigure(t *testing.T) {
	e := storyEngineWith(t, `entities:
  - id: oskar-brenvik
    name: Oskar Brenvik
    kind: person
    role: Airport chief executive
    paragraphs: [2, 3, 4]
`,
		"Runway closure strands passengers",
		"Airport chief executive Oskar Brenvik said on Monday the runway would stay shut until Friday. He said repairs had begun.",
		"Brenvik said the airport would refund tickets for cancelled flights. He apologised to passengers.",
		"Brenvik said about 40 flights a day had been cancelled, and he expected more on Tuesday.",
		"A software engineer travelling with his children said the family had paid 420 crowns for a hotel room and a taxi after the coach filled up.",
	)
	checkCites(t, e, []citeCase{
		{"how much did he end up paying for the hotel and taxi himself", []int{5}},
		{"how much did he pay for the new runway", nil},
	})
}
