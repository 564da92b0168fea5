package engine

import (
	"math"

	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/knowledge"
)

// semanticPool is how many of the best candidates get a sentence-vector
// comparison.
const semanticPool = 40

// bagVector is the mean of the words' vectors, each weighed by how rare it
// is in English, normalised: a sentence or a question as one point in the
// vector space. Nil when no word has a vector.
func bagVector(lex *lexicon, ws []word) []float32 {
	if lex.vec == nil {
		return nil
	}
	var sum []float32
	for _, w := range ws {
		if w.term == "" {
			continue
		}
		v, ok := lex.vec.Vector(w.folded)
		if !ok {
			continue
		}
		r, _ := lex.vec.Rank(w.folded)
		if sum == nil {
			sum = make([]float32, lex.vec.Dim())
		}
		v.AddTo(sum, float32(min(1, math.Log(float64(r)+2)/math.Log(commonBelow))))
	}
	if sum == nil || !wordvec.Normalise(sum) {
		return nil
	}
	return sum
}

// packedVector is a unit vector kept as int8 with a scale: a sentence's bag
// vector at a quarter of its float size.
type packedVector struct {
	q     []int8
	scale float32
}

func pack(u []float32) packedVector {
	if u == nil {
		return packedVector{}
	}
	var m float32
	for _, x := range u {
		m = max(m, float32(math.Abs(float64(x))))
	}
	if m == 0 {
		return packedVector{}
	}
	p := packedVector{q: make([]int8, len(u)), scale: m / 127}
	for i, x := range u {
		p.q[i] = int8(math.Round(float64(x / p.scale)))
	}
	return p
}

// dot is the cosine with the unit vector u (0 for no vector).
func (p packedVector) dot(u []float32) float64 {
	if p.q == nil || len(u) != len(p.q) {
		return 0
	}
	var s float32
	for i, x := range p.q {
		s += float32(x) * u[i]
	}
	return float64(s * p.scale)
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
		best = max(best, pt.vector(i).dot(qv))
	}
	return best
}
