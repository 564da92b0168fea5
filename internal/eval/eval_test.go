package eval

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	cases := []Case{
		{Command: "a", ExpectAny: []int{3}},                          // rank 2
		{Command: "b", ExpectAny: []int{9}},                          // rank 4: a miss at 3
		{Command: "c", ExpectAll: []int{1, 2}, ExpectNone: []int{5}}, // half complete, one leak
		{Command: "d", Abstain: true},                                // abstained
		{Command: "e", Abstain: true},                                // did not abstain
		{Command: "f", ExpectAny: []int{1}},                          // error
	}
	replies := map[string]Reply{
		"a": {Citations: cites(7, 3)},
		"b": {Citations: cites(1, 2, 3, 9)},
		"c": {Citations: cites(1, 5)},
		"d": {Abstained: true},
		"e": {Citations: cites(4)},
	}
	rs, s := Run(context.Background(), cases, func(_ context.Context, c Case) (Reply, error) {
		if c.Command == "f" {
			return Reply{}, errors.New("boom")
		}
		return replies[c.Command], nil
	})
	if s.AnyCases != 3 || s.Hit1 != 0 || s.Hit3 != 1.0/3 || s.MRR != 0.75/3 {
		t.Errorf("ranking: %+v", s)
	}
	if s.Completeness != 0.5 || s.Leaks != 1 || s.Abstained != 1 || s.AbstainCases != 2 || s.Errors != 1 || s.FalseAbstain != 0 {
		t.Errorf("summary: %+v", s)
	}
	if rs[0].Rank != 2 || !rs[0].Pass || rs[1].Pass || rs[2].Pass || !rs[3].Pass || rs[4].Pass || rs[5].Pass {
		t.Errorf("results: %+v", rs)
	}
	var b strings.Builder
	Write(&b, rs, s)
	if !strings.Contains(b.String(), "summary: 6 cases · hit@1 0.00 · hit@3 0.33 · MRR 0.25") {
		t.Errorf("output:\n%s", b.String())
	}
}

func cites(ps ...int) []Citation {
	out := make([]Citation, len(ps))
	for i, p := range ps {
		out[i] = Citation{Article: "a", Paragraph: p}
	}
	return out
}

// A case about one article fails on any citation of another, and another
// article's paragraph never counts as one of its own, whatever its number.
func TestRunForeign(t *testing.T) {
	cases := []Case{
		{Command: "own", Article: "a", ExpectAny: []int{3}},
		{Command: "stray", Article: "a", ExpectAny: []int{3}},
		{Command: "same-number", Article: "a", ExpectAll: []int{3}},
		{Command: "any", ExpectAny: []int{3}},
	}
	replies := map[string]Reply{
		"own":         {Citations: []Citation{{"a", 3}}},
		"stray":       {Citations: []Citation{{"b", 8}, {"a", 3}}},
		"same-number": {Citations: []Citation{{"b", 3}}},
		"any":         {Citations: []Citation{{"b", 3}}},
	}
	rs, s := Run(context.Background(), cases, func(_ context.Context, c Case) (Reply, error) {
		return replies[c.Command], nil
	})
	if s.ArticleCases != 3 || s.Foreign != 2 {
		t.Errorf("summary: %+v", s)
	}
	if !rs[0].Pass || rs[1].Pass || rs[2].Pass || !rs[3].Pass {
		t.Errorf("passes: %v %v %v %v", rs[0].Pass, rs[1].Pass, rs[2].Pass, rs[3].Pass)
	}
	if rs[1].Rank != 2 || rs[2].Completeness != 0 {
		t.Errorf("stray rank %d (want 2), same-number completeness %.2f (want 0)", rs[1].Rank, rs[2].Completeness)
	}
	var b strings.Builder
	Write(&b, rs, s)
	for _, want := range []string{"cited [b ¶8 3]", "foreign 1", "foreign citations 2 (3)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}

func TestReadCasesDev(t *testing.T) {
	cs, err := ReadCases("testdata/istanbul-extra.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 20 {
		t.Errorf("read %d cases", len(cs))
	}
}
