package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAsksQuoted holds that "what" and a verb of speech after the one who
// speaks ask what someone said, and that other questions do not.
func TestAsksQuoted(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		want     bool
	}{
		{"what did the detective say about the gang", true},
		{"what did the minister warn of", true},
		{"what did the mum say", true},
		{"who did the detective say was arrested", false},
		{"what did the gang steal", false},
		{"how did the council respond", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := len(e.read(tt.question).quoted) > 0; got != tt.want {
				t.Errorf("quoted = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestQuoteAnswersSaid holds that a paragraph that quotes someone answers
// "what did they say" before one that tells in its own words what they
// did or said.
func TestQuoteAnswersSaid(t *testing.T) {
	e := storyEngine(t,
		"Paintings taken from Brennick museum",
		"The detective said the gang had used a stolen van, and that the gang was still being sought.",
		"\"They knew exactly what they wanted,\" the detective said of the gang, which took four paintings.",
	)
	if ps := citedParagraphs(t, e, "what did the detective say about the gang"); len(ps) == 0 || ps[0] != 3 {
		t.Errorf("cites %v, want ¶3 first", ps)
	}
}

// TestQuotesSpeaker holds that a paragraph quotes the one a question asks
// what they said when a sentence with a quote gives them speaking, and not
// when it quotes another, nor when it only tells what they said.
func TestQuotesSpeaker(t *testing.T) {
	e := storyEngine(t,
		"Paintings taken from Brennick museum",
		"\"They knew exactly what they wanted,\" the detective said of the gang.",
		"The detective said the gang had used a stolen van.",
		"\"It is a terrible loss for the town,\" the mayor said, thanking the detective.",
		"The museum's director called the theft \"a cultural crime\".",
	)
	tests := []struct {
		question string
		want     []int // the paragraphs that quote who speaks
	}{
		{"what did the detective say", []int{2}},
		{"what did the mayor say about the detective", []int{4}},
		{"what did the museum director say", []int{5}},
		{"who did the detective say was behind it", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			q := e.read(tt.question)
			var got []int
			for p := 1; p <= 5; p++ {
				if e.quotesSpeaker(q, knowledge.Ref{Article: "story", Paragraph: p}) {
					got = append(got, p)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotes who speaks in %v, want %v", got, tt.want)
			}
		})
	}
}
