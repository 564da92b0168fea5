package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/engine/wordvec"
	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// testdata/mini.json has the package's layout and 16 of its real entries
// (indices renumbered), plain words and tokens that must be left out.
func readMini(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "mini.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestConvertKeepsPlainWordsInOrder(t *testing.T) {
	for _, tt := range []struct {
		name string
		keep int
		want []string
	}{
		{"cut", 4, []string{"the", "began", "started", "democracy"}},
		{"all", 100, []string{"the", "began", "started", "democracy", "famous", "sanctions",
			"penalties", "cat", "well-known", "beachcomber", "recalcitrance"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := convert(bytes.NewReader(readMini(t)), tt.keep)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, tab.words); diff != "" {
				t.Errorf("words mismatch (-want, +got):\n%s", diff)
			}
		})
	}
}

// The quantised cosines, read back by the loader, stay close to the
// cosines of the source's float vectors.
func TestRoundTripCosines(t *testing.T) {
	src := readMini(t)
	var raw struct{ Vectors map[string][]float64 }
	if err := json.Unmarshal(src, &raw); err != nil {
		t.Fatal(err)
	}
	tab, err := convert(bytes.NewReader(src), 100)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	tab.encode(&buf, header)
	vs, err := wordvec.Parse(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for _, a := range tab.words {
		for _, b := range tab.words {
			want := floatCosine(raw.Vectors[a][:100], raw.Vectors[b][:100])
			got, ok := vs.Cosine(a, b)
			if !ok {
				t.Fatalf("Cosine(%q, %q) not found", a, b)
			}
			worst = max(worst, math.Abs(float64(got)-want))
			if math.Abs(float64(got)-want) > 0.02 {
				t.Errorf("Cosine(%q, %q) = %.4f, float vectors give %.4f", a, b, got, want)
			}
		}
	}
	t.Logf("largest difference from the float cosine: %.4f", worst)
}

func floatCosine(x, y []float64) float64 {
	var xy, xx, yy float64
	for i := range x {
		xy += x[i] * y[i]
		xx += x[i] * x[i]
		yy += y[i] * y[i]
	}
	return xy / math.Sqrt(xx*yy)
}

// The bytes written for the fixture never change: a change in rounding or
// layout shows here before it shows as a different vectors.bin.
func TestEncodeIsStable(t *testing.T) {
	tab, err := convert(bytes.NewReader(readMini(t)), 100)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	tab.encode(&buf, header)
	sum := sha256.Sum256(buf.Bytes())
	golden.Check(t, "mini.sha256", hex.EncodeToString(sum[:])+"\n")
}

func TestConvertRejectsOtherLayouts(t *testing.T) {
	mini := string(readMini(t))
	for _, tt := range []struct {
		name, old, new, want string
	}{
		{"dimensions", `"dimensions":100`, `"dimensions":50`, "layout"},
		{"vectors first", `"words":`, `"wordz":`, `"vectors" before "words"`},
		{"wrong index", `5.55579802,3]`, `5.55579802,7]`, "index 7, want 3"},
		{"wrong norm", `,5.821154,`, `,6.821154,`, "norm 6.821154"},
		{"short vector", `[-0.038194,`, `[`, "101 numbers, want 102"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(mini, tt.old) {
				t.Fatalf("fixture has no %q", tt.old)
			}
			_, err := convert(strings.NewReader(strings.Replace(mini, tt.old, tt.new, 1)), 100)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestPlain(t *testing.T) {
	for w, want := range map[string]bool{
		"the": true, "well-known": true, "o'brien": true, "a": true,
		"": false, "The": false, "g20": false, "mid-1990s": false, "-": false, "'": false,
		"-year": false, "year-": false, "a--b": false, "a-'b": false, "café": false, ",": false,
	} {
		if got := plain(w); got != want {
			t.Errorf("plain(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTarball(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pkg.tgz")
	writeTarball(t, path, map[string][]byte{
		"package/LICENSE":            []byte("The MIT License\n"),
		jsonName:                     readMini(t),
		"package/ACKNOWLEDGEMENT.md": []byte("GloVe: PDDL"),
	})
	tab, texts, err := readTarball(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.words) != 11 {
		t.Errorf("%d words, want 11", len(tab.words))
	}
	golden.Check(t, "NOTICE", string(noticeText(texts)))

	// run checks the checksum before it reads anything.
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"-tgz", path, "-o", filepath.Join(t.TempDir(), "v.bin")}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "want "+tgzSHA256) {
		t.Errorf("run with another tarball: err = %v, want a checksum mismatch", err)
	}
}

func writeTarball(tb testing.TB, path string, files map[string][]byte) {
	tb.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, name := range []string{"package/LICENSE", jsonName, "package/ACKNOWLEDGEMENT.md"} {
		data := files[name]
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data))}); err != nil {
			tb.Fatal(err)
		}
		if _, err := io.Copy(tw, bytes.NewReader(data)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}
