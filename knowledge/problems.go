package knowledge

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a fact base, at a file and line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// LoadError lists every problem found while loading, so that a curator fixes
// them all in one pass. Nothing is loaded when there is one.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return fmt.Sprintf("%d problem(s) in the fact base:\n%s", len(e.Problems), strings.Join(lines, "\n"))
}

// problems collects Problems for one file.
type problems struct {
	file string
	list []Problem
}

func (ps *problems) add(line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}
