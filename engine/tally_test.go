package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestGivesTally holds that a sentence tells a tally by two numbers of a
// vote or a match, a margin of votes or goals, a majority's size or votes
// cast beside a number, and not by a range or a measure.
func TestGivesTally(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The law, which passed by 41 votes to 39 with two abstentions, caps rents.", true},
		{"Deputies voted 151 to 146, shortly before 5:45 a.m.", true},
		{"Brenmoor won 3-1 in front of a full stadium.", true},
		{"The assembly passed the reform by just five votes.", true},
		{"The motion needed an absolute majority of 88 votes to carry.", true},
		{"The six members of the small party voted against.", true},
		{"The council ends its one-vote majority.", true},
		{"The court ruled 5-4 that the ban was lawful.", true},
		{"The judges split 6-3 in the ruling.", true},
		{"Rents rose from 720 euros to 990 euros in three years.", false},
		{"The vote will cut waiting times by 2 to 3 percent.", false},
		{"The plan passed in 2019 after talks from 2015 to 2018.", false},
		{"The mayor said the vote would be close.", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := givesTally(tt.sentence); got != tt.want {
				t.Errorf("givesTally = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTallyAnswered holds that a question asking for a tally in words the
// story does not use ("tally", "how close was it", "vote count") is
// answered by the paragraph that tells it in numbers, and that "how close"
// of a place is not.
func TestTallyAnswered(t *testing.T) {
	e := storyEngine(t,
		"Brennick council backs new budget",
		"The mayor thanked staff for months of work on the final budget.",
		"Councillors voted 27 to 24 late on Tuesday after a long debate.",
		"The new library will open next to the town hall in May.",
	)
	tests := []struct {
		question string
		want     int // the paragraph cited first, 0 for not ¶3
	}{
		{"whats the final tally", 3},
		{"how close was it", 3},
		{"what was the final vote count", 3},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if ps := citedParagraphs(t, e, tt.question); len(ps) == 0 || ps[0] != tt.want {
				t.Errorf("cites %v, want ¶%d first", ps, tt.want)
			}
		})
	}
	if got := e.read("how close is the library to the town hall").tally; got != "" {
		t.Errorf("tally = %q for a distance, want none", got)
	}
}

// TestAskedTally holds which questions ask for a tally: by a tally noun,
// by "close" of a vote, by how a vote was cast or by what a vote was, and
// not by "close" of a place or a vote asked of otherwise.
func TestAskedTally(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		question string
		want     string
	}{
		{"whats the final tally", "tally"},
		{"how close was it", "close"},
		{"what was the final vote count", "count"},
		{"was the vote close?", "close"},
		{"how did the councillors vote on it", "vote"},
		{"what was the vote", "vote"},
		{"how close is the library to the town hall", ""},
		{"that farmer close by the vote, why is he worried", ""},
		{"when is the strike vote", ""},
		{"what did the mayor say after the vote", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := e.read(tt.question).tally; got != tt.want {
				t.Errorf("tally = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWholeTallyFirst holds that a paragraph that tells a tally whole
// ("voted 27 to 24") answers before one that tells only votes cast ("all
// voted against").
func TestWholeTallyFirst(t *testing.T) {
	e := storyEngine(t,
		"Brennick council backs new budget",
		"The opposition's 24 councillors all voted against the budget and said they would fight on.",
		"Councillors passed it by 27 votes to 24 late on Tuesday after a long debate.",
	)
	for _, q := range []string{"was the vote close?", "how did the councillors vote"} {
		t.Run(q, func(t *testing.T) {
			if ps := citedParagraphs(t, e, q); len(ps) == 0 || ps[0] != 3 {
				t.Errorf("cites %v, want ¶3 first", ps)
			}
		})
	}
}

// TestWholeOfSkipsNoMatch holds that wholeOf, which matches its
// expressions only against sentences that have the words or digits they
// need, reads every sentence as the expressions alone do: those of the
// shipped article, a generated coverage and the table of TestGivesTally.
func TestWholeOfSkipsNoMatch(t *testing.T) {
	bare := func(s string) bool { return tallyBy.MatchString(s) || tallyDecided.MatchString(s) && tallyPairs(s) }
	sentences := []string{
		"the law, which passed by 41 votes to 39 with two abstentions, caps rents.",
		"the motion needed an absolute majority of 88 votes to carry.",
		"the council ends its one-vote majority.", "a 7-seat lead", "won 3-1", "by five goals",
	}
	synthetic, _ := synthEngine(t, 600)
	for _, e := range []*Engine{engineFor(t), synthetic} {
		for id, p := range e.vocab.parts {
			var told, whole []int32 // as tallies reads them, by givesTally
			for n := range p.paras {
				pi := &p.paras[n]
				t, w := false, false
				for i := range pi.sents {
					sentences = append(sentences, strings.ToLower(pi.sentence(i)))
					t = t || givesTally(pi.sentence(i))
					w = w || bare(strings.ToLower(pi.sentence(i)))
				}
				if t {
					told = append(told, int32(n+1))
				}
				if w {
					whole = append(whole, int32(n+1))
				}
			}
			a := e.vocab.article(id)
			if got := a.tallies(); !slices.Equal(got, told) || !slices.Equal(a.whole, whole) {
				t.Errorf("%s: tallies %v, whole %v; givesTally says %v, %v", id, got, a.whole, told, whole)
			}
		}
	}
	matched := 0
	for _, s := range sentences {
		want := bare(s)
		if got := wholeOf(s); got != want {
			t.Errorf("wholeOf(%q) = %v, the expressions say %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 5 {
		t.Errorf("only %d of %d sentences tell a tally", matched, len(sentences))
	}
}
