package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// truthFiles are the hand-made fact bases the rules are scored against.
// The three in testdata were written before the rules ran on them.
var truthFiles = []string{
	"../data/istanbul-talks.yaml",
	"../knowledge/testdata/harbour/harbour-vote.yaml",
	"testdata/transfer.yaml",
	"testdata/walking-study.yaml",
	"testdata/rail-strike.yaml", // held out: written before the rules ran on it
}

func draftFor(t *testing.T, truthPath string) (*knowledge.Source, *knowledge.Source) {
	t.Helper()
	truth, err := knowledge.LoadSource(truthPath)
	if err != nil {
		t.Fatalf("load truth: %v", err)
	}
	raw, err := os.ReadFile(truth.Article.Path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extract(string(raw), Options{Published: truth.Article.Published.Start(), ID: truth.Article.ID, TextPath: filepath.Base(truth.Article.Path)})
	if err != nil {
		t.Fatal(err)
	}
	src, err := Load(d, string(raw))
	if err != nil {
		t.Fatalf("the draft does not pass validation: %v", err)
	}
	return src, truth
}

// TestScores is the regression check: the bars of issue 9 on every truth
// file, per article.
func TestScores(t *testing.T) {
	var rows []Scores
	total := Scores{Article: "all"}
	for _, f := range truthFiles {
		draft, truth := draftFor(t, f)
		s := Score(draft, truth)
		rows = append(rows, s)
		total.Add(s)
		for _, m := range s.Misses {
			t.Logf("%s: %s", s.Article, m)
		}
		check := func(what string, got, bar float64) {
			if got < bar {
				t.Errorf("%s: %s = %.3f, want ≥ %.2f", s.Article, what, got, bar)
			}
		}
		check("quote attribution precision", s.Quotes.Precision(), 0.95)
		check("quote attribution recall", s.Quotes.Recall(), 0.90)
		check("events dated right", s.Events.Recall(), 0.90)
		check("people recall", s.People.Recall(), 0.95)
	}
	var b strings.Builder
	WriteTable(&b, append(rows, total))
	t.Log("\n" + b.String())
}
