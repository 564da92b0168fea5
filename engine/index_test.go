package engine

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
)

// TestASCIIFold holds that the analyzer's char filter folds as bleve's
// asciifolding does, text of any script or none, valid UTF-8 or not.
func TestASCIIFold(t *testing.T) {
	bleve := asciifolding.New()
	f := asciiFold{bleve}
	for _, in := range []string{
		"",
		"plain ASCII, with `quotes' and 42 numbers.",
		"“We will review the budget,” Amsel said.",
		"Türkiye’s Erdoğan met Zoë Brønsted — in Kyiv",
		"Москва и Киев",
		"ß æ ø ł ﬁ ½",
		"ends in a quote”",
		"\xffbroken \xc3 bytes\xe2\x80",
		"日本語のテキスト and English",
	} {
		if got, want := f.Filter([]byte(in)), bleve.Filter([]byte(in)); !bytes.Equal(got, want) {
			t.Errorf("Filter(%q) = %q, bleve's %q", in, got, want)
		}
	}
}
