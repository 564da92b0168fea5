package knowledge

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

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
		{"unknown-speaker", 33, `quote good-day: speaker "ana-nunes" is not the id of an entity in this file; did you mean ana-nunez?`},
		{"quote-not-in-paragraph", 34, `quote good-day: the words are not in ¶2 (compared after folding case, white space and quotes); closest there: "It is a good day for the town,"`},
		{"invalid-date", 27, `event council-vote: date: "2025-13" is not a date: month 13 is not 1-12`},
		{"unknown-affiliation", 13, `entity ana-nunez: affiliation "shelbyville" is not the id of an entity`},
		{"until-before-date", 28, "event council-vote: until 2024-12 is before date 2025-03"},
		{"bad-kind", 18, `entity springfield: kind "city" is not person, organisation or place`},
		{"missing-text", 7, "article.text: cannot read"},
		{"syntax", 13, "YAML syntax, at or just after this line: did not find expected ',' or ']'"},
		{"affiliation-typo", 13, `entity ana-nunez: affiliation "springfeld" is not the id of an entity in this file; did you mean springfield?`},
		{"year-zero", 27, `event council-vote: date: "0000" is not a date: there is no year 0000`},
		{"no-such-week", 27, `event council-vote: date: "2026-W54" is not a date: 2026 has no ISO week 54`},
		{"approximate-without-date", 36, "quote good-day: approximate says how loose the date is, but the quote has no date"},
		{"latin1", 11, "not valid UTF-8: byte 0xfa at column 16; save the fact base as UTF-8"},
		{"latin1-text", 7, "latin1.txt is not valid UTF-8: byte 0xfa at line 1, column 46; save it as UTF-8"},
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
				if p.File == path && p.Line == tt.line && strings.Contains(p.Msg, tt.msg) && p.Severity == SeverityError {
					return
				}
			}
			t.Errorf("no problem at %s:%d containing %q; got:\n%v", path, tt.line, tt.msg, err)
		})
	}
}

// Each file in testdata/warn holds one kind of likely mistake: the loader
// must name the line and the problem as a warning, and load the file anyway.
func TestLoadSourceWarnings(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"duplicate-alias", 19, `entity springfield: "Nunez" also names entity ana-nunez (line 14); a lookup by it is ambiguous`},
		{"paragraphs-out-of-order", 15, "entity ana-nunez: paragraphs are not in ascending order: ¶1 comes after ¶2"},
		{"paragraphs-duplicated", 25, "event bridge-opens: ¶1 is listed twice in paragraphs"},
		{"name-among-aliases", 14, `entity ana-nunez: alias "Ana Núñez" is its name; drop it from aliases`},
		{"quote-paragraph-not-listed", 35, "quote good-day: ¶2 is not among the paragraphs of its speaker ana-nunez (line 15); add it there"},
		{"mention-not-listed", 19, `entity springfield: also in ¶1 ("Springfield")? The text names it there, but paragraphs does not list it`},
		{"year-out-of-range", 22, "event bridge-opens: date: year 225 is before 1000; a typo?"},
		{"short-title-too-long", 4, "article.short_title is 47 characters; citations read best with at most 40"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "warn", tt.file+".yaml")
			src, err := LoadSource(path)
			if err != nil {
				t.Fatalf("a file with warnings only did not load: %v", err)
			}
			for _, p := range src.Warnings {
				if p.File == path && p.Line == tt.line && p.Msg == tt.msg && p.Severity == SeverityWarning {
					return
				}
			}
			t.Errorf("no warning at %s:%d reading %q; got:\n%v", path, tt.line, tt.msg, src.Warnings)
		})
	}
}

// A file with every kind of warning gives each, in line order, printed as
// check prints them.
func TestEveryWarning(t *testing.T) {
	path := filepath.Join("testdata", "warn", "every-kind.yaml")
	src, err := LoadSource(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range src.Warnings {
		got = append(got, p.String())
	}
	want := []string{
		path + `:6: warning: article.short_title is 47 characters; citations read best with at most 40`,
		path + `:17: warning: entity ana-nunez: alias "Ana Núñez" is its name; drop it from aliases`,
		path + `:18: warning: entity ana-nunez: paragraphs are not in ascending order: ¶1 comes after ¶2`,
		path + `:23: warning: entity springfield: also in ¶1 ("Springfield")? The text names it there, but paragraphs does not list it`,
		path + `:27: warning: entity town-council: "Town" also names entity springfield (line 22); a lookup by it is ambiguous`,
		path + `:33: warning: event bridge-opens: ¶1 is listed twice in paragraphs`,
		path + `:35: warning: event council-vote: date: year 2205 is after 2100; a typo?`,
		path + `:42: warning: quote council-voted: ¶4 is not among the paragraphs of its speaker ana-nunez (line 18); add it there`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
}

// The fact bases in the repository are clean: no warning either.
func TestShippedFactBasesHaveNoWarnings(t *testing.T) {
	for _, path := range []string{
		filepath.Join("..", "data", "istanbul-talks.yaml"),
		filepath.Join("..", "data", "facts.example.yaml"),
		filepath.Join("testdata", "harbour", "harbour-vote.yaml"),
		filepath.Join("testdata", "court", "court-ruling.yaml"),
		filepath.Join("testdata", "mini", "mini.yaml"),
	} {
		src, err := LoadSource(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, p := range src.Warnings {
			t.Errorf("%s", p)
		}
	}
}

// A file with errors reports its warnings beside them, so that one pass
// fixes everything.
func TestErrorsComeWithWarnings(t *testing.T) {
	_, err := LoadSource(filepath.Join("testdata", "invalid", "errors-with-warnings.yaml"))
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want a *LoadError", err)
	}
	var got []string
	for _, p := range le.Problems {
		got = append(got, fmt.Sprintf("%d %s", p.Line, p.Severity))
	}
	if diff := cmp.Diff([]string{"14 warning", "33 error"}, got); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
	if want := "1 error and 1 warning in the fact base"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q, want it to start %q", err, want)
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

// Week dates and approximate: true load as written, on events and on a
// quote's date; short_title names the article.
func TestLoadLooseDates(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "mini", "mini.txt"))
	if err != nil {
		t.Fatal(err)
	}
	facts := `article:
  id: mini
  title: Springfield opens its bridge
  short_title: Bridge
  published: "2025-06-04"
  text: mini.txt
entities:
  - id: ana-nunez
    name: Ana Núñez
    kind: person
    aliases: [Núñez]
    paragraphs: [1, 2]
events:
  - id: last-week
    date: "2025-W22"
    summary: Something last week.
    paragraphs: [1]
  - id: around
    date: "2019"
    until: "2020"
    approximate: true
    summary: Something around 2019.
    paragraphs: [4]
quotes:
  - id: good-day
    speaker: ana-nunez
    text: It is a good day for the town
    paragraph: 2
    date: "2025-06-02"
    approximate: true
`
	src, err := LoadSourceFS(fstest.MapFS{
		"mini.yaml": {Data: []byte(facts)},
		"mini.txt":  {Data: text},
	}, "mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Warnings) > 0 {
		t.Errorf("warnings: %v", src.Warnings)
	}
	if got, want := src.Article.Label(), "Bridge"; got != want {
		t.Errorf("Label = %q, want %q", got, want)
	}
	got := []string{src.Events[0].When(), src.Events[1].When(), src.Quotes[0].Date.Human()}
	want := []string{"week of 26 May 2025", "c. 2019 – 2020", "about 2 June 2025"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want, +got):\n%s", diff)
	}
}
