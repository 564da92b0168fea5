package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/coveragebot/coveragebot/knowledge"
)

// cmdCheck validates fact bases and their articles, saying which it read
// and printing every problem with its file and line on stderr. Warnings
// alone exit 0; any error exits 1. It builds no index: validation is all a
// fact base's editor needs, and it is quick.
func cmdCheck(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fsrc := factSources{paths: args, where: "the files given"}
	if len(args) == 0 {
		var err error
		if fsrc, err = cfg.factSources(); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "checking %s\n", fsrc.where)
	sources, err := knowledge.LoadSources(ctx, knowledge.Config{Facts: fsrc.paths, FS: fsrc.fsys})
	var le *knowledge.LoadError
	if errors.As(err, &le) {
		for _, p := range le.Problems {
			fmt.Fprintln(stderr, p)
		}
		fmt.Fprintf(stderr, "%s; nothing loaded\n", knowledge.CountProblems(le.Problems))
		return exitError(1)
	}
	if err != nil {
		return err
	}
	var warnings []knowledge.Problem
	for _, s := range sources {
		for _, p := range s.Warnings {
			fmt.Fprintln(stderr, p)
		}
		warnings = append(warnings, s.Warnings...)
		fmt.Fprintf(stdout, "%s: ok — %s (%s): %d paragraphs, %d entities, %d events, %d quotes%s\n",
			s.FactsPath, s.Article.ID, s.Article.Label(), len(s.Article.Paragraphs), len(s.Entities), len(s.Events), len(s.Quotes), warned(s.Warnings))
	}
	if len(warnings) > 0 {
		fmt.Fprintf(stderr, "%s; loaded all the same\n", knowledge.CountProblems(warnings))
	}
	return nil
}

func warned(ps []knowledge.Problem) string {
	if len(ps) == 0 {
		return ""
	}
	return ", " + knowledge.CountProblems(ps)
}
