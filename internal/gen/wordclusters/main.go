// Command wordclusters groups the word vectors of engine/wordvec into
// clusters by spherical k-means, so that the engine can find a word's
// nearest neighbours among a large coverage's words by scanning a few
// clusters instead of every word. It reads vectors.bin and writes
// clusters.bin beside it, deterministically (a fixed seed, a fixed number of
// rounds), byte for byte the same on every run.
//
//	go run ./internal/gen/wordclusters [-k 256] [-rounds 8] [-dir engine/wordvec]
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/coveragebot/coveragebot/engine/wordvec"
)

func main() {
	k := flag.Int("k", 256, "clusters (at most 256: ids are bytes)")
	rounds := flag.Int("rounds", 8, "k-means rounds")
	dir := flag.String("dir", "engine/wordvec", "where vectors.bin is and clusters.bin goes")
	flag.Parse()
	if err := run(*dir, *k, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "wordclusters:", err)
		os.Exit(1)
	}
}

func run(dir string, k, rounds int) error {
	if k < 2 || k > 256 {
		return fmt.Errorf("k %d is not 2-256", k)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "vectors.bin"))
	if err != nil {
		return err
	}
	vs, err := wordvec.Parse(string(raw))
	if err != nil {
		return err
	}
	n, dim := vs.Len(), vs.Dim()
	// Unit vectors in float32, row-major.
	x := make([]float32, n*dim)
	for i := range n {
		v, _ := vs.Vector(vs.Word(i))
		row := x[i*dim : (i+1)*dim]
		v.AddTo(row, 1)
	}
	// Seed the centroids with k words chosen by a fixed seed.
	rng := rand.New(rand.NewPCG(1, 2))
	c := make([]float32, k*dim)
	for j, i := range rng.Perm(n)[:k] {
		copy(c[j*dim:(j+1)*dim], x[i*dim:(i+1)*dim])
	}
	assign := make([]uint8, n)
	for r := 0; r < rounds; r++ {
		nearestAll(x, c, n, k, dim, assign)
		sum := make([]float64, k*dim)
		for i := range n {
			j := int(assign[i])
			for d := range dim {
				sum[j*dim+d] += float64(x[i*dim+d])
			}
		}
		for j := range k {
			var ss float64
			for d := range dim {
				ss += sum[j*dim+d] * sum[j*dim+d]
			}
			if ss == 0 {
				continue // an empty cluster keeps its centroid
			}
			norm := math.Sqrt(ss)
			for d := range dim {
				c[j*dim+d] = float32(sum[j*dim+d] / norm)
			}
		}
	}
	nearestAll(x, c, n, k, dim, assign)
	var b bytes.Buffer
	fmt.Fprintf(&b, "wordclusters 1\nclusters %d\ndim %d\nwords %d\nrounds %d\n\n", k, dim, n, rounds)
	if err := binary.Write(&b, binary.LittleEndian, c); err != nil {
		return err
	}
	b.Write(assign)
	return os.WriteFile(filepath.Join(dir, "clusters.bin"), b.Bytes(), 0o644)
}

// nearestAll assigns every row of x to its nearest centroid, on every core.
func nearestAll(x, c []float32, n, k, dim int, assign []uint8) {
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				row := x[i*dim : (i+1)*dim]
				best, bestDot := 0, float32(-2)
				for j := range k {
					cen := c[j*dim : (j+1)*dim]
					var dot float32
					for d := range dim {
						dot += row[d] * cen[d]
					}
					if dot > bestDot {
						best, bestDot = j, dot
					}
				}
				assign[i] = uint8(best)
			}
		}()
	}
	wg.Wait()
}
