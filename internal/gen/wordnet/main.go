// Command wordnet derives engine/wordnet's data file from Princeton WordNet
// 3.0 as Debian's wordnet-base package installs it: every noun synset with
// its hypernyms (instance hypernyms included), and every lemma of any part
// of speech with its parts of speech, how often its noun and other senses
// were seen in the tagged corpus, and its noun synsets. The output is
// gzipped text, deterministic byte for byte for the same input.
//
//	apt-get install wordnet-base
//	go run ./internal/gen/wordnet [-dict /usr/share/wordnet] [-out engine/wordnet/wordnet.txt.gz]
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet's dict directory")
	out := flag.String("out", "engine/wordnet/wordnet.txt.gz", "file to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wordnet:", err)
		os.Exit(1)
	}
}

type lemma struct {
	pos         map[byte]bool
	nounTags    int
	otherTags   int
	nounSynsets []string // offsets
}

func run(dict, out string) error {
	lemmas := map[string]*lemma{}
	get := func(w string) *lemma {
		l := lemmas[w]
		if l == nil {
			l = &lemma{pos: map[byte]bool{}}
			lemmas[w] = l
		}
		return l
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(filepath.Join(dict, "index."+pos), func(f []string) error {
			// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
			if len(f) < 4 {
				return fmt.Errorf("short index line %q", strings.Join(f, " "))
			}
			nsyn, err1 := strconv.Atoi(f[2])
			np, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || len(f) < 6+np+nsyn {
				return fmt.Errorf("bad index line %q", strings.Join(f, " "))
			}
			tags, err := strconv.Atoi(f[5+np])
			if err != nil {
				return fmt.Errorf("bad tag count in %q", strings.Join(f, " "))
			}
			l := get(f[0])
			l.pos[pos[0]] = true
			if pos == "noun" {
				l.nounTags += tags
				l.nounSynsets = append(l.nounSynsets, f[6+np:6+np+nsyn]...)
			} else {
				l.otherTags += tags
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	hyper := map[string][]string{}
	err := eachLine(filepath.Join(dict, "data.noun"), func(f []string) error {
		// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss
		if len(f) < 4 {
			return fmt.Errorf("short data line")
		}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("bad word count in synset %s", f[0])
		}
		i := 4 + 2*int(wcnt)
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return fmt.Errorf("bad pointer count in synset %s", f[0])
		}
		var hs []string
		for p := 0; p < np; p++ {
			sym, off, pos := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p]
			if (sym == "@" || sym == "@i") && pos == "n" {
				hs = append(hs, off)
			}
		}
		hyper[f[0]] = hs
		return nil
	})
	if err != nil {
		return err
	}
	offsets := make([]string, 0, len(hyper))
	for o := range hyper {
		offsets = append(offsets, o)
	}
	sort.Strings(offsets)
	index := make(map[string]int, len(offsets))
	for i, o := range offsets {
		index[o] = i
	}
	ids := func(os []string) string {
		s := make([]string, 0, len(os))
		for _, o := range os {
			i, ok := index[o]
			if !ok {
				panic("unknown synset " + o)
			}
			s = append(s, strconv.Itoa(i))
		}
		return strings.Join(s, " ")
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# WordNet 3.0 (%s): noun synsets with hypernyms; lemmas with parts of speech, tag counts and noun synsets\n", debVersion())
	fmt.Fprintf(&b, "synsets %d\n", len(offsets))
	for _, o := range offsets {
		b.WriteString(ids(hyper[o]))
		b.WriteByte('\n')
	}
	words := make([]string, 0, len(lemmas))
	for w := range lemmas {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Fprintf(&b, "lemmas %d\n", len(words))
	for _, w := range words {
		l := lemmas[w]
		var pos []byte
		for _, p := range []byte("nvar") {
			if l.pos[p] {
				pos = append(pos, p)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%s\n", w, pos, l.nounTags, l.otherTags, ids(l.nounSynsets))
	}
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, z.Bytes(), 0o644)
}

// eachLine calls fn with the fields of every line that is not part of the
// licence header (WordNet's files start with lines beginning with spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w (apt-get install wordnet-base)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

// debVersion names the Debian package the data came from.
func debVersion() string {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Package} ${Version}", "wordnet-base").Output()
	if err != nil {
		return "wordnet-base, version unknown"
	}
	return string(out)
}
