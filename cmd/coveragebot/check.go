package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/coveragebot/coveragebot/data"
	"github.com/coveragebot/coveragebot/knowledge"
)

// cmdCheck validates fact bases and their articles, printing every problem
// with its file and line. It exits 1 when there is any.
func cmdCheck(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	kc := knowledge.Config{Facts: args}
	if len(kc.Facts) == 0 {
		kc.Facts = cfg.factsPaths()
	}
	if len(kc.Facts) == 0 {
		kc.Facts, kc.FS = []string{data.DefaultFacts}, data.FS
	}
	lib, err := knowledge.Load(ctx, kc, nil)
	var le *knowledge.LoadError
	if errors.As(err, &le) {
		for _, p := range le.Problems {
			fmt.Fprintln(stderr, p)
		}
		fmt.Fprintf(stderr, "%d problem(s); nothing loaded\n", len(le.Problems))
		return exitError(1)
	}
	if err != nil {
		return err
	}
	defer lib.Close()
	for _, s := range lib.Sources() {
		fmt.Fprintf(stdout, "%s: ok — %s: %d paragraphs, %d entities, %d events, %d quotes\n",
			s.FactsPath, s.Article.ID, len(s.Article.Paragraphs), len(s.Entities), len(s.Events), len(s.Quotes))
	}
	return nil
}
