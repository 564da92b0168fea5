package knowledge

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadSourceMini(t *testing.T) {
	src, err := LoadSource(filepath.Join("testdata", "mini", "mini.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(src.Article.Paragraphs), 4; got != want {
		t.Errorf("paragraphs = %d, want %d", got, want)
	}
	if got, want := src.Article.Paragraphs[2], "Heading line:"; got != want {
		t.Errorf("¶3 = %q, want the heading %q", got, want)
	}
	if got, want := src.Events[1].Date, (Date{Year: 2025, Month: 3, Precision: PrecisionMonth}); got != want {
		t.Errorf("council vote date = %+v, want %+v", got, want)
	}
	if diff := cmp.Diff([]string{"Nunez", "Núñez"}, src.Entities[0].Aliases); diff != "" {
		t.Errorf("aliases mismatch (-want, +got):\n%s", diff)
	}
}

// Each file in testdata/invalid holds one kind of mistake; the loader must
// name the file, the line and the problem, and load nothing.
func TestLoadSourceInvalid(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"unknown-key", 12, `unknown key "rôle"`},
		{"duplicate-id", 16, "entity ana-nunez: duplicate id (first at line 9)"},
		{"paragraph-out-of-range", 30, "event council-vote: cites ¶9, but the article has paragraphs 1 to 4"},
		{"unknown-speaker", 33, `quote good-day: speaker "ana-nunes" is not the id of an entity`},
		{"quote-not-in-paragraph", 34, "quote good-day: the words are not in ¶2"},
		{"invalid-date", 27, `event council-vote: date: "2025-13" is not a date: month 13 is not 1-12`},
		{"unknown-affiliation", 13, `entity ana-nunez: affiliation "shelbyville" is not the id of an entity`},
		{"until-before-date", 28, "event council-vote: until 2024-12 is before date 2025-03"},
		{"bad-kind", 18, `entity springfield: kind "city" is not person, organisation or place`},
		{"missing-text", 7, "article.text: cannot read"},
		{"syntax", 13, "YAML syntax, at or just after this line: did not find expected ',' or ']'"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "invalid", tt.file+".yaml")
			src, err := LoadSource(path)
			if src != nil {
				t.Errorf("LoadSource returned a source for an invalid file")
			}
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want a *LoadError", err)
			}
			for _, p := range le.Problems {
				if p.File == path && p.Line == tt.line && strings.Contains(p.Msg, tt.msg) {
					return
				}
			}
			t.Errorf("no problem at %s:%d containing %q; got:\n%v", path, tt.line, tt.msg, err)
		})
	}
}

// All problems of a file are reported at once, in line order.
func TestLoadSourceReportsAll(t *testing.T) {
	_, err := LoadSource(filepath.Join("testdata", "invalid", "until-before-date.yaml"))
	if err == nil {
		t.Fatal("no error")
	}
	var le *LoadError
	errors.As(err, &le)
	if len(le.Problems) != 1 {
		t.Errorf("problems = %v, want exactly the one mistake", le.Problems)
	}
	_, err = LoadSources(t.Context(), Config{Facts: []string{
		filepath.Join("testdata", "invalid", "bad-kind.yaml"),
		filepath.Join("testdata", "invalid", "unknown-speaker.yaml"),
	}})
	if !errors.As(err, &le) || len(le.Problems) != 2 {
		t.Fatalf("Load over two broken files = %v, want both problems", err)
	}
}

func TestSplitParagraphs(t *testing.T) {
	got := SplitParagraphs("One.\n\n  \nTwo:\r\nThree.\n")
	if diff := cmp.Diff([]string{"One.", "Two:", "Three."}, got); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
}
