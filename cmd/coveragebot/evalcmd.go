package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/coveragebot/coveragebot/internal/eval"
)

// cmdEval scores the answers to a cases file and prints a line per case and
// a summary. It fails only when the cases cannot be read or run.
func cmdEval(ctx context.Context, cfg Config, args []string, stdout io.Writer, log *slog.Logger) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	noSyn := fs.Bool("no-synonyms", false, "drop the fact bases' synonyms: groups (an ablation)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if fs.NArg() != 1 {
		return errors.New("eval needs one cases file, e.g. coveragebot eval ../shared/eval/dev.yaml")
	}
	cfg.ignoreSynonyms = *noSyn
	cases, err := eval.ReadCases(fs.Arg(0))
	if err != nil {
		return err
	}
	lib, err := loadLibrary(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer lib.Close()
	router := newRouter(cfg, lib)
	rs, sum := eval.Run(ctx, cases, func(ctx context.Context, line string) (eval.Reply, error) {
		resp, err := answer(ctx, router, line)
		if err != nil {
			return eval.Reply{}, err
		}
		r := eval.Reply{Abstained: resp.Abstained}
		for _, c := range resp.Citations {
			r.Paragraphs = append(r.Paragraphs, c.Paragraph)
		}
		return r, nil
	})
	eval.Write(stdout, rs, sum)
	return nil
}
