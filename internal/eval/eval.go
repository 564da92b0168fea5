// Package eval scores the bot's answers against cases with expected
// paragraphs, in the format of shared/eval/dev.yaml: hit@1, hit@3 and MRR
// over expect_any, completeness over expect_all, leaks of expect_none,
// abstentions, and, for a case about one article among several loaded,
// citations of the others.
package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Case is one evaluation case.
type Case struct {
	Command    string `yaml:"command"`
	ExpectAny  []int  `yaml:"expect_any"`
	ExpectAll  []int  `yaml:"expect_all"`
	ExpectNone []int  `yaml:"expect_none"`
	Abstain    bool   `yaml:"abstain"`
	// Article is the id of the article the case is about, "" for any. Its
	// expected paragraphs are that article's; a citation of another article
	// is a foreign citation and fails the case.
	Article string `yaml:"article"`
}

// Citation is one cited paragraph of one article.
type Citation struct {
	Article   string
	Paragraph int
}

// Reply is what the bot answered: the citations in the order shown, and
// whether it abstained.
type Reply struct {
	Citations []Citation
	Abstained bool
}

// Answerer runs one case's command.
type Answerer func(ctx context.Context, c Case) (Reply, error)

// Result is one case's outcome.
type Result struct {
	Case  Case
	Reply Reply
	Err   error
	// Rank is the 1-based position of the first expect_any paragraph, 0 if none.
	Rank         int
	Completeness float64 // share of expect_all cited; 1 when there are none
	Leaks        []int   // expect_none paragraphs that were cited
	// Foreign are the citations of other articles than the case's.
	Foreign   []Citation
	AbstainOK bool // for abstain cases: abstained and cited nothing
	Pass      bool
}

// Summary aggregates results.
type Summary struct {
	Cases                         int
	AnyCases, AllCases, NoneCases int
	Hit1, Hit3, MRR, Completeness float64
	Leaks                         int
	// ArticleCases counts the cases about one article, Foreign the
	// citations of other articles in their replies.
	ArticleCases, Foreign                 int
	AbstainCases, Abstained, FalseAbstain int
	Errors                                int
}

// ReadCases reads cases from a YAML file.
func ReadCases(path string) ([]Case, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cases: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	var cs []Case
	if err := dec.Decode(&cs); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read cases %s: %w", path, err)
	}
	return cs, nil
}

// Run answers every case and scores it.
func Run(ctx context.Context, cases []Case, answer Answerer) ([]Result, Summary) {
	var rs []Result
	var s Summary
	var completeness float64
	for _, c := range cases {
		r := Result{Case: c, Completeness: 1}
		r.Reply, r.Err = answer(ctx, c)
		s.Cases++
		if r.Err != nil {
			// An error answers nothing: it scores as a miss everywhere.
			s.Errors++
			r.Reply = Reply{}
		}
		// Only the case's article's paragraphs count; a foreign citation
		// still takes its place in the order the reader sees.
		cited := map[int]bool{}
		for i, ci := range r.Reply.Citations {
			if c.Article != "" && ci.Article != c.Article {
				r.Foreign = append(r.Foreign, ci)
				continue
			}
			cited[ci.Paragraph] = true
			if r.Rank == 0 && contains(c.ExpectAny, ci.Paragraph) {
				r.Rank = i + 1
			}
		}
		r.Pass = true
		if c.Article != "" {
			s.ArticleCases++
			s.Foreign += len(r.Foreign)
			if len(r.Foreign) > 0 {
				r.Pass = false
			}
		}
		if len(c.ExpectAny) > 0 {
			s.AnyCases++
			if r.Rank == 1 {
				s.Hit1++
			}
			if r.Rank >= 1 && r.Rank <= 3 {
				s.Hit3++
			} else {
				r.Pass = false
			}
			if r.Rank > 0 {
				s.MRR += 1 / float64(r.Rank)
			}
		}
		if len(c.ExpectAll) > 0 {
			s.AllCases++
			got := 0
			for _, p := range c.ExpectAll {
				if cited[p] {
					got++
				}
			}
			r.Completeness = float64(got) / float64(len(c.ExpectAll))
			completeness += r.Completeness
			if got < len(c.ExpectAll) {
				r.Pass = false
			}
		}
		if len(c.ExpectNone) > 0 {
			s.NoneCases++
			for _, p := range c.ExpectNone {
				if cited[p] {
					r.Leaks = append(r.Leaks, p)
				}
			}
			s.Leaks += len(r.Leaks)
			if len(r.Leaks) > 0 {
				r.Pass = false
			}
		}
		if c.Abstain {
			s.AbstainCases++
			r.AbstainOK = r.Reply.Abstained && len(r.Reply.Citations) == 0
			if r.AbstainOK {
				s.Abstained++
			} else {
				r.Pass = false
			}
		} else if r.Reply.Abstained {
			s.FalseAbstain++
			r.Pass = false
		}
		r.Pass = r.Pass && r.Err == nil
		rs = append(rs, r)
	}
	if s.AnyCases > 0 {
		n := float64(s.AnyCases)
		s.Hit1, s.Hit3, s.MRR = s.Hit1/n, s.Hit3/n, s.MRR/n
	}
	s.Completeness = 1
	if s.AllCases > 0 {
		s.Completeness = completeness / float64(s.AllCases)
	}
	return rs, s
}

func contains(ns []int, n int) bool {
	for _, m := range ns {
		if m == n {
			return true
		}
	}
	return false
}

// Write prints one line per case and the summary line.
func Write(w io.Writer, rs []Result, s Summary) {
	for _, r := range rs {
		mark := "ok  "
		if !r.Pass {
			mark = "FAIL"
		}
		detail := "cited " + citedText(r)
		switch {
		case r.Err != nil:
			detail = "error: " + r.Err.Error()
		case r.Case.Abstain:
			detail += fmt.Sprintf(" abstained=%v", r.Reply.Abstained)
		}
		if len(r.Case.ExpectAny) > 0 {
			detail += fmt.Sprintf(" rank=%d of %v", r.Rank, r.Case.ExpectAny)
		}
		if len(r.Case.ExpectAll) > 0 {
			detail += fmt.Sprintf(" complete=%.2f of %v", r.Completeness, r.Case.ExpectAll)
		}
		if len(r.Leaks) > 0 {
			detail += fmt.Sprintf(" leaked %v", r.Leaks)
		}
		if len(r.Foreign) > 0 {
			detail += fmt.Sprintf(" foreign %d", len(r.Foreign))
		}
		fmt.Fprintf(w, "%s %s — %s\n", mark, r.Case.Command, detail)
	}
	fmt.Fprintln(w, SummaryLine(s))
}

// citedText lists a reply's citations as paragraph numbers, naming the
// article of those that are foreign to the case: [8 2 harbour-vote ¶3].
func citedText(r Result) string {
	parts := make([]string, len(r.Reply.Citations))
	for i, c := range r.Reply.Citations {
		if r.Case.Article != "" && c.Article != r.Case.Article {
			parts[i] = fmt.Sprintf("%s ¶%d", c.Article, c.Paragraph)
		} else {
			parts[i] = strconv.Itoa(c.Paragraph)
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// SummaryLine is the one-line summary. Foreign citations are counted over
// the cases about one article (the number in brackets).
func SummaryLine(s Summary) string {
	return fmt.Sprintf("summary: %d cases · hit@1 %.2f · hit@3 %.2f · MRR %.2f (%d ranked) · completeness %.2f (%d) · leaks %d (%d) · foreign citations %d (%d) · abstained %d/%d · false abstentions %d · errors %d",
		s.Cases, s.Hit1, s.Hit3, s.MRR, s.AnyCases, s.Completeness, s.AllCases, s.Leaks, s.NoneCases, s.Foreign, s.ArticleCases, s.Abstained, s.AbstainCases, s.FalseAbstain, s.Errors)
}
