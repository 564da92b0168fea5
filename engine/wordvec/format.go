package wordvec

import (
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"strconv"
	"strings"
)

// The file written by internal/gen/wordvec, version 1:
//
//	header   text lines "key value\n", ended by an empty line "\n":
//	           wordvec 1        first line: magic and format version
//	           words N          number of words
//	           dim D            components per vector
//	           ...              other keys (source, licence) are for people
//	words    N lines "word\n", most frequent first; row i is word i
//	scales   N float32, little endian: scale[i] * row i is a unit vector
//	rows     N*D int8, row-major
//
// Every number is fixed by the generator, so the file is the same byte for
// byte on every run.
const formatVersion = "1"

// Parse reads vectors in the format above. The result points into data,
// which must not change afterwards.
func Parse(data string) (*Vectors, error) {
	rest := data
	fields := map[string]string{}
	first := true
	for {
		line, after, ok := strings.Cut(rest, "\n")
		if !ok {
			return nil, errors.New("wordvec: header has no end")
		}
		rest = after
		if line == "" {
			break
		}
		key, value, _ := strings.Cut(line, " ")
		if first && (key != "wordvec" || value != formatVersion) {
			return nil, fmt.Errorf("wordvec: not a version %s file (first line %q)", formatVersion, line)
		}
		first = false
		fields[key] = value
	}
	n, err := strconv.Atoi(fields["words"])
	if err != nil || n <= 0 {
		return nil, fmt.Errorf("wordvec: bad word count %q", fields["words"])
	}
	dim, err := strconv.Atoi(fields["dim"])
	if err != nil || dim <= 0 {
		return nil, fmt.Errorf("wordvec: bad dim %q", fields["dim"])
	}

	vs := &Vectors{dim: dim, starts: make([]int32, n+1)}
	// The words' lines are one string of data; each word is found from
	// where its line starts.
	words := rest
	at := 0
	for i := range n {
		end := strings.IndexByte(rest[at:], '\n')
		if end <= 0 {
			return nil, fmt.Errorf("wordvec: word %d of %d missing", i, n)
		}
		vs.starts[i] = int32(at)
		at += end + 1
	}
	if int64(at) > math.MaxInt32 {
		return nil, errors.New("wordvec: words too long")
	}
	vs.starts[n] = int32(at)
	vs.words, rest = words[:at], rest[at:]
	vs.slots = make([]int32, slotsFor(n))
	vs.seed = maphash.MakeSeed()
	for i := range n {
		if !vs.put(int32(i)) {
			return nil, fmt.Errorf("wordvec: word %q twice", vs.Word(i))
		}
	}
	for i := range min(n, commonWords) {
		vs.common.add(maphash.String(vs.seed, vs.word(int32(i))))
	}
	if len(rest) != n*4+n*dim {
		return nil, fmt.Errorf("wordvec: %d bytes after the words, want %d", len(rest), n*4+n*dim)
	}
	vs.scales = make([]float32, n)
	for i := range vs.scales {
		b := rest[4*i : 4*i+4]
		vs.scales[i] = math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
	vs.matrix = rest[4*n:]
	return vs, nil
}
