package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// table is what the file holds: the kept words in frequency order, with
// their quantised unit vectors.
type table struct {
	dim      int
	words    []string
	scales   []float32
	rows     []int8 // len(words) * dim
	lastRank int    // the last kept word's index in the source's "words"
}

// layout is the source's description of a vector's array.
type layout struct {
	dim, normAt, indexAt int
}

// convert reads the package's JSON object and keeps the first keep plain
// words of "words" with their vectors. "words" must come before "vectors",
// as it does in the package; reading stops once every kept word has its
// vector.
func convert(r io.Reader, keep int) (*table, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	var (
		lay  layout
		t    *table
		rank map[string]int // kept word → its index in "words"
	)
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch key {
		case "dimensions":
			err = dec.Decode(&lay.dim)
		case "l2NormIndex":
			err = dec.Decode(&lay.normAt)
		case "wordIndex":
			err = dec.Decode(&lay.indexAt)
		case "words":
			if lay != (layout{100, 100, 101}) {
				return nil, fmt.Errorf("layout %+v before \"words\", want dimensions 100, l2NormIndex 100, wordIndex 101", lay)
			}
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, fmt.Errorf("words: %w", err)
			}
			t, rank = selectWords(all, keep, lay.dim)
		case "vectors":
			if t == nil {
				return nil, errors.New(`"vectors" before "words"`)
			}
			return t, readVectors(dec, t, rank, lay)
		default:
			err = dec.Decode(&json.RawMessage{})
		}
		if err != nil {
			return nil, fmt.Errorf("%v: %w", key, err)
		}
	}
	return nil, errors.New(`no "vectors"`)
}

// selectWords keeps the first keep plain words, in order.
func selectWords(all []string, keep, dim int) (*table, map[string]int) {
	t := &table{dim: dim}
	rank := make(map[string]int, keep)
	for i, w := range all {
		if len(t.words) == keep {
			break
		}
		if _, dup := rank[w]; dup || !plain(w) {
			continue
		}
		rank[w] = i
		t.words = append(t.words, w)
		t.lastRank = i
	}
	t.scales = make([]float32, len(t.words))
	t.rows = make([]int8, len(t.words)*dim)
	return t, rank
}

// readVectors reads the "vectors" object, quantising the kept words' vectors
// and checking each against the layout.
func readVectors(dec *json.Decoder, t *table, rank map[string]int, lay layout) error {
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	row := make(map[string]int, len(t.words))
	for i, w := range t.words {
		row[w] = i
	}
	found := 0
	for found < len(t.words) && dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		w, _ := tok.(string)
		i, ok := row[w]
		if !ok {
			if err := dec.Decode(&json.RawMessage{}); err != nil {
				return fmt.Errorf("vectors[%q]: %w", w, err)
			}
			continue
		}
		var v []float64
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("vectors[%q]: %w", w, err)
		}
		if err := check(v, lay, rank[w]); err != nil {
			return fmt.Errorf("vectors[%q]: %w", w, err)
		}
		scale, err := quantise(v[:lay.dim], t.rows[i*t.dim:(i+1)*t.dim])
		if err != nil {
			return fmt.Errorf("vectors[%q]: %w", w, err)
		}
		t.scales[i] = scale
		delete(row, w)
		found++
	}
	if len(row) > 0 {
		return fmt.Errorf("%d kept words have no vector", len(row))
	}
	return nil
}

// check verifies that v is laid out as the package says: dim components,
// their L2 norm, the word's index.
func check(v []float64, lay layout, index int) error {
	if len(v) != lay.dim+2 {
		return fmt.Errorf("%d numbers, want %d", len(v), lay.dim+2)
	}
	if v[lay.indexAt] != float64(index) {
		return fmt.Errorf("index %v, want %d", v[lay.indexAt], index)
	}
	var ss float64
	for _, x := range v[:lay.dim] {
		ss += float64(x * x)
	}
	if norm := math.Sqrt(ss); math.Abs(norm-v[lay.normAt]) > 1e-4*max(norm, 1) {
		return fmt.Errorf("norm %v, computed %v", v[lay.normAt], norm)
	}
	return nil
}

// quantise writes round(127 x / max|x|) to q and returns 1/|q|, so that the
// scale times q is a unit vector. Only correctly rounded operations are
// used, so every platform gives the same bytes.
func quantise(x []float64, q []int8) (float32, error) {
	var m float64
	for _, v := range x {
		m = max(m, math.Abs(v))
	}
	if m == 0 {
		return 0, errors.New("zero vector")
	}
	var ss int64
	for j, v := range x {
		q[j] = int8(math.Round(v / m * 127))
		ss += int64(q[j]) * int64(q[j])
	}
	return float32(1 / math.Sqrt(float64(ss))), nil
}

// plain reports whether w is lowercase a-z, with single hyphens or
// apostrophes only between letters.
func plain(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
		case (c == '-' || c == '\'') && i > 0 && i < len(w)-1 && w[i-1] != '-' && w[i-1] != '\'':
		default:
			return false
		}
	}
	return true
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return fmt.Errorf("found %v, want %v", tok, want)
	}
	return nil
}

// encode writes the table in the format of engine/wordvec/format.go.
func (t *table) encode(buf *bytes.Buffer, header [][2]string) {
	fmt.Fprintf(buf, "wordvec 1\nwords %d\ndim %d\n", len(t.words), t.dim)
	for _, kv := range header {
		fmt.Fprintf(buf, "%s %s\n", kv[0], kv[1])
	}
	buf.WriteByte('\n')
	for _, w := range t.words {
		buf.WriteString(w)
		buf.WriteByte('\n')
	}
	for _, s := range t.scales {
		buf.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(s)))
	}
	for _, q := range t.rows {
		buf.WriteByte(byte(q))
	}
}
