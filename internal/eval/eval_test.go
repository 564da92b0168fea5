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
		"a": {Paragraphs: []int{7, 3}},
		"b": {Paragraphs: []int{1, 2, 3, 9}},
		"c": {Paragraphs: []int{1, 5}},
		"d": {Abstained: true},
		"e": {Paragraphs: []int{4}},
	}
	rs, s := Run(context.Background(), cases, func(_ context.Context, line string) (Reply, error) {
		if line == "f" {
			return Reply{}, errors.New("boom")
		}
		return replies[line], nil
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

func TestReadCasesDev(t *testing.T) {
	cs, err := ReadCases("testdata/istanbul-extra.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 20 {
		t.Errorf("read %d cases", len(cs))
	}
}
