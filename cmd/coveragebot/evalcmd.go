package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/internal/eval"
	"github.com/coveragebot/coveragebot/knowledge"
)

// cmdEval scores the answers to a cases file and prints a line per case and
// a summary. It fails only when the cases cannot be read or run.
//
// --article ID says which article the cases without an article: field are
// about, so that with several loaded a citation of another one counts as a
// foreign citation. --narrow also gives each case's article to its command
// (article:ID) where the command takes one and the case does not say:
// without it, the cases are asked as written, over all the coverage.
func cmdEval(ctx context.Context, cfg Config, args []string, stdout io.Writer, log *slog.Logger) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	noSyn := fs.Bool("no-synonyms", false, "drop the fact bases' synonyms: groups (an ablation)")
	article := fs.String("article", "", "the article the cases without an article: field are about")
	narrow := fs.Bool("narrow", false, "ask each case's command with article: its article")
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
	for i := range cases {
		if cases[i].Article == "" {
			cases[i].Article = *article
		}
	}
	lib, err := loadLibrary(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer lib.Close()
	if err := checkCaseArticles(cases, lib.Articles()); err != nil {
		return err
	}
	router := newRouter(cfg, lib)
	rs, sum := eval.Run(ctx, cases, func(ctx context.Context, c eval.Case) (eval.Reply, error) {
		req, err := router.Parse(c.Command)
		if err != nil {
			return eval.Reply{}, err
		}
		req.UserID = "cli"
		if *narrow && c.Article != "" {
			narrowTo(router.Specs(), &req, c.Article)
		}
		resp, err := router.Handle(ctx, req)
		if err != nil {
			return eval.Reply{}, err
		}
		r := eval.Reply{Abstained: resp.Abstained}
		for _, ci := range resp.Citations {
			r.Citations = append(r.Citations, eval.Citation{Article: ci.Article, Paragraph: ci.Paragraph})
		}
		return r, nil
	})
	eval.Write(stdout, rs, sum)
	return nil
}

// checkCaseArticles refuses cases about an article that is not loaded: every
// citation would count as foreign, which says nothing about the answers.
func checkCaseArticles(cases []eval.Case, arts []*knowledge.Article) error {
	loaded := map[string]bool{}
	for _, a := range arts {
		loaded[a.ID] = true
	}
	var errs []error
	seen := map[string]bool{}
	for _, c := range cases {
		if c.Article != "" && !loaded[c.Article] && !seen[c.Article] {
			seen[c.Article] = true
			errs = append(errs, fmt.Errorf("eval: cases are about article %q, which is not loaded", c.Article))
		}
	}
	return errors.Join(errs...)
}

// narrowTo gives a request the option article:id when its command takes one
// and the request names none.
func narrowTo(specs []commands.Spec, req *commands.Request, id string) {
	if _, given := req.Options["article"]; given {
		return
	}
	for _, s := range specs {
		if _, ok := s.Option("article"); ok && s.Name == req.Command {
			req.Options["article"] = id
		}
	}
}
