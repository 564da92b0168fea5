package commands

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParse: the command-line parser never panics, and what it accepts is
// a known command whose request validates; what it refuses is a user error
// with a message fit to show (valid UTF-8, one line when the input was).
// Seeds: testdata/fuzz/FuzzParse and the lines below.
func FuzzParse(f *testing.F) {
	for _, line := range []string{
		"/who name:Peskov",
		"/quote speaker:Putin topic:Kiev authorities",
		"/ask question:What happened at 10:30? note: none",
		"/timeline from:2025-13 to:2024",
		"/paragraph number:5 private:maybe",
		"/who nam:x",
		"/ask question:\xff\x00\u202e",
		"/ask question:x question:y",
	} {
		f.Add(line)
	}
	specs := Specs()
	f.Fuzz(func(t *testing.T, line string) {
		req, err := Parse(specs, line)
		if err != nil {
			var ue *Error
			if !errors.As(err, &ue) {
				t.Fatalf("Parse(%q) = %v, not a user error", line, err)
			}
			if ue.Msg == "" {
				t.Fatalf("Parse(%q): empty message", line)
			}
			return
		}
		if _, err := Validate(specs, req); err != nil {
			t.Fatalf("Parse(%q) accepted %+v, which does not validate: %v", line, req, err)
		}
		for k, v := range CleanRequest(req).Options {
			if !utf8.ValidString(v) {
				t.Fatalf("option %s = %q after cleaning is not valid UTF-8", k, v)
			}
		}
	})
}
