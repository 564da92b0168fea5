package commands

import (
	"strings"
	"testing"
)

// BenchmarkCommands measures each command end to end: parse, handle, render.
func BenchmarkCommands(b *testing.B) {
	r := testRouter(b)
	for _, line := range []string{
		"/ask question:What did Putin propose in his Sunday speech?",
		"/who name:Zelenksy",
		"/quote speaker:Putin topic:Kiev authorities",
		"/timeline from:2025",
		"/paragraph number:23",
	} {
		b.Run(line[1:strings.Index(line, " ")], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req, err := r.Parse(line)
				if err != nil {
					b.Fatal(err)
				}
				resp, err := r.Handle(b.Context(), req)
				if err != nil {
					b.Fatal(err)
				}
				_ = r.Render(resp)
			}
		})
	}
}
