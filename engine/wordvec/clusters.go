package wordvec

//go:generate go run ../../internal/gen/wordclusters -dir .

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed clusters.bin
var embeddedClusters string

// Clusters groups the words into regions of the vector space (spherical
// k-means, made by internal/gen/wordclusters), so that the nearest
// neighbours of a word among many can be looked for in the few regions
// nearest to it rather than among all.
type Clusters struct {
	dim       int
	centroids []float32 // k unit vectors, row-major
	assign    string    // one byte per word row: its cluster
}

var clusters struct {
	once sync.Once
	c    *Clusters
	err  error
}

// LoadClusters reads the embedded clusters, once.
func LoadClusters() (*Clusters, error) {
	clusters.once.Do(func() { clusters.c, clusters.err = ParseClusters(embeddedClusters) })
	return clusters.c, clusters.err
}

// ParseClusters reads the format internal/gen/wordclusters writes: text
// lines "key value" ended by an empty line (wordclusters 1, clusters K,
// dim D, words N), then K*D float32 little endian, then N cluster bytes.
func ParseClusters(data string) (*Clusters, error) {
	head, rest, ok := strings.Cut(data, "\n\n")
	if !ok {
		return nil, errors.New("wordvec clusters: header has no end")
	}
	f := map[string]int{}
	for i, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, " ")
		n, err := strconv.Atoi(v)
		if err != nil || (i == 0 && (k != "wordclusters" || n != 1)) {
			return nil, fmt.Errorf("wordvec clusters: bad header line %q", line)
		}
		f[k] = n
	}
	k, dim, words := f["clusters"], f["dim"], f["words"]
	if k < 1 || k > 256 || dim < 1 || len(rest) != k*dim*4+words {
		return nil, fmt.Errorf("wordvec clusters: %d clusters of %d dimensions and %d words do not fit %d bytes", k, dim, words, len(rest))
	}
	c := &Clusters{dim: dim, centroids: make([]float32, k*dim), assign: rest[k*dim*4:]}
	for i := range c.centroids {
		c.centroids[i] = math.Float32frombits(binary.LittleEndian.Uint32([]byte(rest[i*4 : i*4+4])))
	}
	return c, nil
}

// Len is the number of clusters.
func (c *Clusters) Len() int { return len(c.centroids) / c.dim }

// Of returns the cluster of a word of vs, or false when it has no vector.
func (c *Clusters) Of(vs *Vectors, word string) (int, bool) {
	i, ok := vs.row(word)
	if !ok || int(i) >= len(c.assign) {
		return 0, false
	}
	return int(c.assign[i]), true
}

// Nearest returns the n clusters whose centroids are nearest to v, best
// first.
func (c *Clusters) Nearest(v Vec, n int) []int {
	var dots [256]float32 // (ParseClusters allows no more clusters)
	k := c.Len()
	for j := range k {
		dots[j] = v.Dot(c.centroids[j*c.dim : (j+1)*c.dim])
	}
	if out, ok := nearestOf(dots[:k], n); ok {
		return out
	}
	return nearestSorted(dots[:k], n)
}

// nearestOf returns the places of the n largest of dots, largest first,
// by inserting each into the n largest so far: a question word's
// neighbours are looked for in 16 of 256 clusters, and sorting all 256
// cost more than the scan of a small coverage's words. ok is false when
// two of those it compared are equal, for which nearestSorted decides
// (so that a tie is broken as it always was).
func nearestOf(dots []float32, n int) (out []int, ok bool) {
	n = min(n, len(dots))
	if n <= 0 {
		return []int{}, true
	}
	out = make([]int, 0, n)
	for j, d := range dots {
		i := len(out)
		if i == n {
			last := dots[out[n-1]]
			if d == last {
				return nil, false
			}
			if d < last {
				continue
			}
			i-- // d takes the last one's place, or one before it
		} else {
			out = append(out, j)
		}
		for ; i > 0 && d > dots[out[i-1]]; i-- {
			out[i] = out[i-1]
		}
		if i > 0 && d == dots[out[i-1]] {
			return nil, false
		}
		out[i] = j
	}
	return out, true
}

// nearestSorted is nearestOf by sorting all of dots.
func nearestSorted(dots []float32, n int) []int {
	type scored struct {
		j   int
		dot float32
	}
	all := make([]scored, len(dots))
	for j, d := range dots {
		all[j] = scored{j, d}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].dot > all[b].dot })
	out := make([]int, 0, n)
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.j)
	}
	return out
}
