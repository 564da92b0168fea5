package knowledge

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Türkiye", "turkiye"},
		{"Erdoğan", "erdogan"},
		{"Zoë Brønsted", "zoe bronsted"},
		{"“quoted” ‘words’ — dash", `"quoted" 'words' - dash`},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Fold returns a string it would not change as it is, and that shortcut
// must agree with the rune-by-rune fold on every ASCII character.
func TestFoldASCII(t *testing.T) {
	for c := range 128 {
		s := "a" + string(rune(c)) + "b"
		if got, want := Fold(s), foldRunes(s); got != want {
			t.Errorf("Fold(%q) = %q, rune by rune %q", s, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"The U.S. President spoke. Then he left.", []string{"The U.S. President spoke.", "Then he left."}},
		{`"The Kiev authorities... just threw it all away. They refused," Putin said.`, []string{`"The Kiev authorities... just threw it all away. They refused," Putin said.`}},
		{`“We are tired. We started it because our members cannot pay their rent,” union leader Tomás Okafor said. He left.`,
			[]string{`“We are tired. We started it because our members cannot pay their rent,” union leader Tomás Okafor said.`, "He left."}},
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"The strike began on Feb. 28 in St. Petersburg. Gen. Ivan Petrov and Mr. Smith spoke.", []string{"The strike began on Feb. 28 in St. Petersburg.", "Gen. Ivan Petrov and Mr. Smith spoke."}},
		{"It was written by J. K. Rowling. She agreed.", []string{"It was written by J. K. Rowling.", "She agreed."}},
		{"He did not stop. No. 10 said so.", []string{"He did not stop.", "No. 10 said so."}},
		{"No end", []string{"No end"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Sentences(tt.in)); diff != "" {
			t.Errorf("Sentences(%q) mismatch (-want, +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		human string
		err   bool
	}{
		{"2025", "2025", false},
		{"2025-03", "March 2025", false},
		{"2025-05-11", "11 May 2025", false},
		{"2025-02-29", "", true},
		{"2025-13", "", true},
		{"25-01", "", true},
		{"May 2025", "", true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseDate(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && (d.Human() != tt.human || d.String() != tt.in) {
			t.Errorf("ParseDate(%q) = %s / %s", tt.in, d.Human(), d)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"zelenksy", "zelensky", 1},
		{"kief", "kyiv", 3}, // why Kief needs an alias, not fuzziness
		{"türkiye", "turkiye", 1},
		{"", "abc", 3},
		{"peskov", "peskov", 0},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// EditDistance, which keeps three rows of its table, counts as the whole
// table does, for every pair of short strings of a few letters, for long
// ones (past its stack buffers) and for invalid UTF-8.
func TestEditDistanceRows(t *testing.T) {
	var words []string
	var grow func(w string, n int)
	grow = func(w string, n int) {
		words = append(words, w)
		if n > 0 {
			for _, l := range []string{"a", "b", "é"} {
				grow(w+l, n-1)
			}
		}
	}
	grow("", 4)
	long := strings.Repeat("zelensky peskov ", 4)
	words = append(words, long, long[1:], strings.Repeat("ab", 40), "\xff\xfeab", "a\xffb")
	for _, a := range words {
		for _, b := range words {
			if got, want := EditDistance(a, b), editDistanceTable(a, b); got != want {
				t.Fatalf("EditDistance(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// editDistanceTable is EditDistance as it was written first, filling the
// whole table.
func editDistanceTable(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

func BenchmarkEditDistance(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		EditDistance("zelenksy", "zelensky")
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"minster", "minister", true}, // left out
		{"minister", "minster", true},
		{"manger", "manager", true},
		{"chiar", "chair", true},  // swapped
		{"tanks", "thanks", true}, // added
		{"pope", "hope", true},    // changed
		{"pope", "pope", false},   // equal
		{"pope", "pole", true},
		{"trial", "trail", true},
		{"peace", "piece", false}, // two changed
		{"form", "forms", true},
		{"form", "farms", false},
		{"", "a", true},
		{"ab", "ba", true},
		{"abc", "cab", false},
	}
	for _, tt := range tests {
		if got := OneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	// It is EditDistance's 1, for every pair of short strings of a few
	// letters (accents included): both ways, equal, and far apart.
	letters := []string{"a", "b", "é"}
	var words []string
	var grow func(w string, n int)
	grow = func(w string, n int) {
		words = append(words, w)
		if n == 0 {
			return
		}
		for _, l := range letters {
			grow(w+l, n-1)
		}
	}
	grow("", 4)
	for _, a := range words {
		for _, b := range words {
			if got, want := OneEdit(a, b), EditDistance(a, b) == 1; got != want {
				t.Fatalf("OneEdit(%q, %q) = %v, EditDistance %d", a, b, got, EditDistance(a, b))
			}
		}
	}
}

// SentenceMentioning finds a name or alias as whole folded words, the
// names in the order given within each sentence, and falls back to the
// first sentence.
func TestSentenceMentioning(t *testing.T) {
	text := "The talks opened late. Mr Peskov's aide spoke. Zelenskyy did not."
	tests := []struct {
		name  string
		names []string
		want  string
	}{
		{"possessive", []string{"Dmitry Peskov", "Peskov"}, "Mr Peskov's aide spoke."},
		{"folded", []string{"ZELENSKYY"}, "Zelenskyy did not."},
		{"part of a word", []string{"talk"}, "The talks opened late."},
		{"first of the sentences", []string{"Zelenskyy", "aide"}, "Mr Peskov's aide spoke."},
		{"blank names", []string{"", " ! "}, "The talks opened late."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SentenceMentioning(text, tt.names); got != tt.want {
				t.Errorf("SentenceMentioning(%q) = %q, want %q", tt.names, got, tt.want)
			}
		})
	}
}

// wordsOnly gives what joining the fields of letters and digits gives, as
// it was written, and no copy of what is words already.
func TestWordsOnly(t *testing.T) {
	ref := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	for _, s := range []string{
		"", " ", "  ", "a", "zelenskyy s", "Zelenskyy's", " lead", "trail ", "two  spaces", "a\tb", "a\nb",
		"l'été 2024!", "—dash—", "x\xffy", "\xff", "\ufffd", "αβγ δ", "3.5%", "dmitry peskov", "a-b-c", "日本 語",
	} {
		if got, want := wordsOnly(s), ref(s); got != want {
			t.Errorf("wordsOnly(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { wordsOnly("dmitry peskov") }); n != 0 {
		t.Errorf("wordsOnly of words allocates %v times", n)
	}
}
