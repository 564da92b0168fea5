package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/coveragebot/coveragebot/knowledge"
)

// cmdCheck validates fact bases and their articles, printing every problem
// with its file and line. It exits 1 when there is any.
func cmdCheck(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		// Paths on the command line are the user's, relative to here.
		cfg.Sources, cfg.dir = nil, ""
		for _, a := range args {
			cfg.Sources = append(cfg.Sources, SourceConfig{Facts: a})
		}
	}
	lib, err := loadLibrary(ctx, cfg, nil)
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
