package engine

import (
	"fmt"
	"os"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

func TestZZDebug(t *testing.T) {
	facts, q := os.Getenv("ZZ_FACTS"), os.Getenv("ZZ_Q")
	if facts == "" {
		t.Skip()
	}
	src, err := knowledge.LoadSources(t.Context(), knowledge.Config{Facts: []string{facts}})
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(t.Context(), src, "")
	if err != nil {
		t.Fatal(err)
	}
	qq := e.read(q)
	if os.Getenv("ZZ_C") != "" {
		hits, _ := e.gather(t.Context(), qq)
		for i, c := range e.score(qq, hits) {
			if i < 8 {
				fmt.Printf("¶%d score=%.3f cov=%.2f fig=%v\n", c.ref.Paragraph, c.score, c.coverage, e.givesFigure(qq, c.ref))
			}
		}
	}
	for _, c := range qq.concepts {
		fmt.Printf("%q thing=%v answer=%v name=%v known=%.2f weight=%.2f\n", c.label, c.thing, c.answer, c.name, c.known, c.weight)
		for _, a := range c.alts {
			fmt.Printf("    %v %.2f sure=%v in=%v\n", a.terms, a.strength, a.sure, a.ids != nil)
		}
	}
}
