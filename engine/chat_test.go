package engine

import (
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/internal/eval"
)

// TestChatAroundQuestions holds that the chat people type around a question
// in Discord changes no answer: every /ask case of istanbul-extra, wrapped
// each way below, cites what it cites as written (or abstains alike), and
// typed in capitals what it cites in lowercase.
func TestChatAroundQuestions(t *testing.T) {
	cases, err := eval.ReadCases("../internal/eval/testdata/istanbul-extra.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e := engineFor(t)
	wraps := map[string]func(string) string{
		"greeting": func(q string) string { return "hey bot, " + q + " pls?" },
		"quick":    func(q string) string { return "quick question - " + q + " thx" },
		"like to":  func(q string) string { return "i'd like to know " + q },
		"someone":  func(q string) string { return "can someone tell me " + q },
		"anyone":   func(q string) string { return "does anyone know " + q },
		"so":       func(q string) string { return "ok so " + q + " lol" },
		"thanks":   func(q string) string { return q + "??? thanks!" },
		"article":  func(q string) string { return "according to the article, " + q },
		"story":    func(q string) string { return "in this story, " + q },
	}
	n := 0
	for _, c := range cases {
		q, ok := strings.CutPrefix(c.Command, "/ask question:")
		if !ok {
			continue
		}
		n++
		want := citedParagraphs(t, e, q)
		for name, wrap := range wraps {
			if got := citedParagraphs(t, e, wrap(q)); !slices.Equal(got, want) {
				t.Errorf("%s: %q cites %v, %q %v", name, wrap(q), got, q, want)
			}
		}
		// In capitals throughout, as in lowercase: its capitals name
		// nothing.
		if got, low := citedParagraphs(t, e, strings.ToUpper(q)), citedParagraphs(t, e, strings.ToLower(q)); !slices.Equal(got, low) {
			t.Errorf("in capitals: %q cites %v, in lowercase %v", strings.ToUpper(q), got, low)
		}
	}
	if n < 50 {
		t.Fatalf("%d /ask cases read, want the set's", n)
	}
}
