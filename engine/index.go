package engine

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// analyzerName is the text analyzer of every indexed field: Unicode words,
// accents and typographic quotes folded (Türkiye = turkiye), lowercased,
// possessives and English stop words removed, Snowball-stemmed. Highlight
// offsets would be shifted by the folding char filter; excerpts are cut from
// the original text by our own sentence splitter instead.
const analyzerName = "coverage"

// questionWordsName is a stop list on top of English's: the modal verbs, the
// words of asking ("what happened", "tell me", "will he") and the kinds of
// answer ("which country") that carry no topic in a question and would
// otherwise match any paragraph that has them.
const questionWordsName = "stop_question"

var questionWords = []any{
	"will", "can", "may", "might", "must", "shall", "did", "does", "do", "done",
	"happen", "happened", "happening", "happens", "tell", "please", "know",
	"explain", "describe", "going", "anything", "something", "thing", "things",
	// Kinds of answer ("which country", "what person") rather than topics.
	"country", "countries", "person", "organisation", "organization",
}

// foldName is bleve's asciifolding char filter with a way round it for text
// that has nothing to fold: bleve's makes the text into runes, then into
// runes of four times the room, then back into bytes, whatever the text,
// and was a ninth of the memory allocated while building a large coverage,
// most of it plain ASCII. The folded text is the same.
const foldName = "coverage_asciifolding"

func init() {
	err := registry.RegisterCharFilter(foldName, func(map[string]any, *registry.Cache) (analysis.CharFilter, error) {
		return asciiFold{asciifolding.New()}, nil
	})
	if err != nil {
		panic(err)
	}
}

type asciiFold struct{ fold analysis.CharFilter }

// Filter hands plain ASCII text back as it is; in other text it copies the
// ASCII bytes and folds each run of other bytes (a typographic quote, an
// accented name, a word of another script) alone, as bleve folds each rune
// by itself.
func (f asciiFold) Filter(input []byte) []byte {
	i := 0
	for i < len(input) && input[i] < utf8.RuneSelf {
		i++
	}
	if i == len(input) {
		return input
	}
	out := make([]byte, i, len(input)+8)
	copy(out, input[:i])
	for i < len(input) {
		j := i
		for j < len(input) && input[j] >= utf8.RuneSelf {
			j++
		}
		if j > i {
			out = append(out, f.fold.Filter(input[i:j])...)
		}
		for i = j; j < len(input) && input[j] < utf8.RuneSelf; j++ {
		}
		out = append(out, input[i:j]...)
		i = j
	}
	return out
}

// docType is the one document type of the index: a paragraph.
const docType = "paragraph"

// indexDoc is one indexed paragraph. Its id is "article/N", which is all a
// hit needs to read back: the index stores no field, keeps no term vectors
// and no _all field, so that it costs the postings alone.
type indexDoc struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

// BleveType names the document mapping; bleve finds it by this method, not by
// a JSON tag.
func (d indexDoc) BleveType() string { return docType }

// docID is a paragraph's id in the index.
func docID(ref knowledge.Ref) string { return ref.Article + "/" + strconv.Itoa(ref.Paragraph) }

// parseDocID reads a paragraph's ref back from its id.
func parseDocID(id string) (knowledge.Ref, bool) {
	art, num, ok := strings.Cut(id, "/")
	n, err := strconv.Atoi(num)
	return knowledge.Ref{Article: art, Paragraph: n}, ok && err == nil
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	err := im.AddCustomTokenMap(questionWordsName, map[string]any{"type": tokenmap.Name, "tokens": questionWords})
	if err == nil {
		err = im.AddCustomTokenFilter(questionWordsName, map[string]any{"type": stop.Name, "stop_token_map": questionWordsName})
	}
	if err == nil {
		err = im.AddCustomAnalyzer(analyzerName, map[string]any{
			"type":          custom.Name,
			"char_filters":  []string{foldName},
			"tokenizer":     unicode.Name,
			"token_filters": []string{lowercase.Name, en.PossessiveName, en.StopName, questionWordsName, en.SnowballStemmerName},
		})
	}
	if err != nil {
		return nil, fmt.Errorf("analyzer: %w", err)
	}
	im.DefaultAnalyzer = analyzerName
	im.ScoringModel = "bm25"
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	text := bleve.NewTextFieldMapping()
	text.Analyzer = analyzerName
	text.Store, text.IncludeTermVectors, text.IncludeInAll, text.DocValues = false, false, false, false
	art := bleve.NewKeywordFieldMapping()
	art.Store, art.IncludeTermVectors, art.IncludeInAll, art.DocValues = false, false, false, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", text)
	dm.AddFieldMappingsAt("article", art)
	im.AddDocumentMapping(docType, dm)
	return im, nil
}

// terms analyzes text the way the index does.
func terms(an analysis.Analyzer, text string) []string {
	toks := an.Analyze([]byte(text))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, string(t.Term))
	}
	return out
}
