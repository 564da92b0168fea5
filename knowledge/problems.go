package knowledge

import (
	"fmt"
	"strings"
)

// Severity says whether a problem stops a fact base from loading.
type Severity int

const (
	// SeverityError is data that is wrong: the fact base is not loaded.
	// It is the zero value, so a Problem made without one is an error.
	SeverityError Severity = iota
	// SeverityWarning is data that is probably wrong or incomplete (a name
	// in a paragraph the entity does not list, paragraphs out of order): the
	// fact base loads, and the warning is shown to its editor.
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Problem is one thing wrong with a fact base, at a file and line.
type Problem struct {
	File     string
	Line     int
	Msg      string
	Severity Severity
}

// String gives "file:line: msg", with "warning: " before the message of a
// warning.
func (p Problem) String() string {
	msg := p.Msg
	if p.Severity == SeverityWarning {
		msg = "warning: " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// LoadError lists every problem found while loading, so that a curator fixes
// them all in one pass: at least one error, and the warnings found beside
// it. Nothing is loaded when there is one.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return fmt.Sprintf("%s in the fact base:\n%s", CountProblems(e.Problems), strings.Join(lines, "\n"))
}

// CountProblems says how many errors and warnings ps holds: "2 errors",
// "1 error and 3 warnings", "1 warning".
func CountProblems(ps []Problem) string {
	var errs, warns int
	for _, p := range ps {
		if p.Severity == SeverityWarning {
			warns++
		} else {
			errs++
		}
	}
	var parts []string
	if errs > 0 || warns == 0 {
		parts = append(parts, plural(errs, "error"))
	}
	if warns > 0 {
		parts = append(parts, plural(warns, "warning"))
	}
	return strings.Join(parts, " and ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// problems collects Problems for one file.
type problems struct {
	file string
	list []Problem
}

// add records an error.
func (ps *problems) add(line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// warn records a warning.
func (ps *problems) warn(line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Msg: fmt.Sprintf(format, args...), Severity: SeverityWarning})
}

// hasErrors reports whether any problem is an error.
func (ps *problems) hasErrors() bool {
	for _, p := range ps.list {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}
