package main

import (
	"context"
	"errors"
	"io"
	"log/slog"

	"github.com/coveragebot/coveragebot/internal/eval"
)

// cmdEval scores the answers to a cases file and prints a line per case and
// a summary. It fails only when the cases cannot be read or run.
func cmdEval(ctx context.Context, cfg Config, args []string, stdout io.Writer, log *slog.Logger) error {
	if len(args) != 1 {
		return errors.New("eval needs one cases file, e.g. coveragebot eval ../shared/eval/dev.yaml")
	}
	cases, err := eval.ReadCases(args[0])
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
