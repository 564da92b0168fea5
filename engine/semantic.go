package engine

import (
	"math"

	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// semanticPool is how many of the best candidates get a sentence-vector
// comparison: it costs a few microseconds a sentence, so not every hit.
const semanticPool = 40

// bagVector is the weighted mean of the words' vectors, normalised: rare
// words in the coverage and in English weigh most. Nil when no word has a
// vector.
func (e *Engine) bagVector(ws []word) []float32 {
	if e.lex.vec == nil {
		return nil
	}
	var sum []float32
	for _, w := range ws {
		if w.term == "" {
			continue
		}
		v, ok := e.lex.vec.Vector(w.folded)
		if !ok {
			continue
		}
		r, _ := e.lex.vec.Rank(w.folded)
		weight := min(1, math.Log(float64(r)+2)/math.Log(commonBelow)) * math.Sqrt(e.vocab.idf(e.vocab.dfOf(w.term)))
		if sum == nil {
			sum = make([]float32, e.lex.vec.Dim())
		}
		v.AddTo(sum, float32(weight))
	}
	if sum == nil || !wordvec.Normalise(sum) {
		return nil
	}
	return sum
}

// similarity is the best cosine between the question's bag vector and one
// of the paragraph's sentences'.
func (e *Engine) similarity(qv []float32, ref knowledge.Ref) float64 {
	pt := e.vocab.para(ref)
	if qv == nil || pt == nil {
		return 0
	}
	best := 0.0
	for i := range pt.sents {
		sv := e.bagVector(readWords(pt.sentence(i), func(w string) string { return e.vocab.words[w] }))
		if sv == nil {
			continue
		}
		var dot float64
		for i := range sv {
			dot += float64(sv[i]) * float64(qv[i])
		}
		best = max(best, dot)
	}
	return best
}
