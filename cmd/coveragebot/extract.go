package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/extract"
	"github.com/coveragebot/coveragebot/knowledge"
)

// cmdExtract drafts a fact base from an article's text and prints it, or
// writes it to -o; with --score it compares the draft with a hand-made fact
// base instead. Flags may come before or after the article's path.
func cmdExtract(args []string, now time.Time, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date, YYYY-MM-DD (default: the dateline's)")
	id := fs.String("id", "", "article id (default: the file's name)")
	outlet := fs.String("outlet", "", "outlet (default: the agency in the dateline)")
	title := fs.String("title", "", "headline (default: the first paragraph when it is one)")
	out := fs.String("o", "", "write the draft to FILE instead of standard output")
	score := fs.String("score", "", "compare the draft with the hand-made fact base TRUTH.yaml and print the scores")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: coveragebot extract ARTICLE.txt [--published YYYY-MM-DD] [--id ID] [--outlet NAME] [--title T] [-o FILE]\n       coveragebot extract --score TRUTH.yaml [ARTICLE.txt]")
		fs.PrintDefaults()
	}
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil
			}
			return exitError(2)
		}
		if fs.NArg() == 0 {
			break
		}
		paths, args = append(paths, fs.Arg(0)), fs.Args()[1:]
	}
	if *score != "" {
		return scoreDraft(*score, paths, *published, stdout)
	}
	if len(paths) != 1 {
		fs.Usage()
		return exitError(2)
	}
	opt := extract.Options{ID: *id, Outlet: *outlet, Title: *title, Now: now}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(stderr, "coveragebot extract: --published %q is not a date: use YYYY-MM-DD\n", *published)
			return exitError(2)
		}
		opt.Published = t
	}
	article := paths[0]
	if opt.ID == "" {
		opt.ID = slug(strings.TrimSuffix(filepath.Base(article), filepath.Ext(article)))
	}
	opt.TextPath = textPath(article, *out)
	raw, err := os.ReadFile(article)
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	d, err := extract.Extract(string(raw), opt)
	if err != nil {
		return fmt.Errorf("extract %s: %w", article, err)
	}
	if opt.Published.IsZero() {
		fmt.Fprintf(stderr, "coveragebot extract: no --published: publication date %s taken %s\n", d.Article.Published, d.Assumed)
	}
	if *out == "" {
		return d.Render(stdout)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	if err := d.Render(f); err != nil {
		f.Close()
		return fmt.Errorf("write draft: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	fmt.Fprintf(stderr, "coveragebot extract: wrote %s: %d entities, %d events, %d quotes (%d left unattributed)\n",
		*out, len(d.Entities), len(d.Events), len(d.Quotes), len(d.Unassigned))
	return nil
}

// textPath is the article's path as the fact base will name it: relative
// to the file written with -o, or, on standard output, its base name (save
// the draft beside the article).
func textPath(article, out string) string {
	if out != "" {
		abs, err1 := filepath.Abs(article)
		dir, err2 := filepath.Abs(filepath.Dir(out))
		if err1 == nil && err2 == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil {
				return filepath.ToSlash(rel)
			}
		}
		return abs
	}
	return filepath.Base(article)
}

// scoreDraft drafts the truth file's article (or the one given) with the
// truth's publication date and prints the scores and what was missed.
func scoreDraft(truthPath string, paths []string, published string, stdout io.Writer) error {
	truth, err := knowledge.LoadSource(truthPath)
	if err != nil {
		return fmt.Errorf("load truth: %w", err)
	}
	article := truth.Article.Path
	if len(paths) > 0 {
		article = paths[0]
	}
	raw, err := os.ReadFile(article)
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	pub := truth.Article.Published.Start()
	if published != "" {
		if pub, err = time.Parse("2006-01-02", published); err != nil {
			return fmt.Errorf("--published %q is not a date: use YYYY-MM-DD", published)
		}
	}
	d, err := extract.Extract(string(raw), extract.Options{Published: pub, ID: truth.Article.ID})
	if err != nil {
		return fmt.Errorf("extract %s: %w", article, err)
	}
	draft, err := extract.Load(d, string(raw))
	if err != nil {
		return fmt.Errorf("the draft of %s does not validate: %w", article, err)
	}
	s := extract.Score(draft, truth)
	extract.WriteTable(stdout, []extract.Scores{s})
	for _, m := range s.Misses {
		fmt.Fprintln(stdout, "-", m)
	}
	return nil
}

// slug makes an article id from a file name.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	if out := strings.Trim(b.String(), "-"); out != "" {
		return out
	}
	return "article"
}
