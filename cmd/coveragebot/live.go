package main

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/knowledge"
)

// live serves the current coverage and swaps it whole on a reload. A reload
// that fails validation changes nothing: the bot keeps serving what it had,
// and the problems go to the log with their files and lines.
type live struct {
	cfg Config
	log *slog.Logger
	cur atomic.Pointer[liveState]
	// closeAfter is how long a replaced library stays open for requests
	// still running on it.
	closeAfter time.Duration
	// onLoad, when set, is told the index size and load time of every
	// library put in service (for the metrics).
	onLoad func(docs int, took time.Duration)
}

type liveState struct {
	lib    *knowledge.Library
	router *commands.Router
}

func newLive(ctx context.Context, cfg Config, log *slog.Logger, onLoad func(docs int, took time.Duration)) (*live, error) {
	l := &live{cfg: cfg, log: log, closeAfter: time.Minute, onLoad: onLoad}
	if err := l.reload(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// reload loads the configured sources again and, only if they are valid,
// puts them in service.
func (l *live) reload(ctx context.Context) error {
	var prev *knowledge.Library
	if cur := l.cur.Load(); cur != nil {
		prev = cur.lib
	}
	lib, err := reloadLibrary(ctx, l.cfg, prev, l.log)
	if err != nil {
		// At start the error is the program's, printed once by main; on a
		// reload nobody else sees it, so the log gets each problem.
		if l.cur.Load() == nil {
			return err
		}
		var le *knowledge.LoadError
		if !errors.As(err, &le) {
			l.log.Error("reload failed; still serving the previous coverage", "err", err)
			return err
		}
		for _, p := range le.Problems {
			l.log.Error("fact base problem", "file", p.File, "line", p.Line, "severity", p.Severity.String(), "problem", p.Msg)
		}
		l.log.Error("reload failed; still serving the previous coverage", "problems", knowledge.CountProblems(le.Problems))
		return err
	}
	old := l.cur.Swap(&liveState{lib: lib, router: newRouter(l.cfg, lib)})
	if l.onLoad != nil {
		l.onLoad(lib.Docs, lib.LoadTime)
	}
	if old != nil {
		// A reload comes while the server answers: the new library's
		// background tables begin at once, as before a restart's did.
		lib.Prepare()
		l.log.Info("coverage reloaded", "articles", len(lib.Articles()), "index_docs", lib.Docs)
		time.AfterFunc(l.closeAfter, func() { old.lib.Close() })
	}
	return nil
}

// prepare starts the current library's background tables
// (knowledge.Library.Prepare): serve calls it once it answers, so that
// they take no CPU from its start.
func (l *live) prepare() { l.state().lib.Prepare() }

// Close releases the current library.
func (l *live) Close() error { return l.cur.Load().lib.Close() }

func (l *live) state() *liveState { return l.cur.Load() }

// Specs, Handle, Autocomplete and Render make live a bot.Commands.

func (l *live) Specs() []commands.Spec { return l.state().router.Specs() }

func (l *live) Handle(ctx context.Context, req commands.Request) (commands.Response, error) {
	return l.state().router.Handle(ctx, req)
}

func (l *live) Autocomplete(ctx context.Context, req commands.AutocompleteRequest) []commands.Choice {
	return l.state().router.Autocomplete(ctx, req)
}

func (l *live) Render(resp commands.Response) []commands.Message {
	return l.state().router.Render(resp)
}

// Articles, Entities, Events and Quotes make live a web.Library.

func (l *live) Articles() []*knowledge.Article { return l.state().lib.Articles() }

func (l *live) Entities(article string) []knowledge.Entity {
	return l.state().lib.Entities(article)
}

func (l *live) Events(article string) []knowledge.Event { return l.state().lib.Events(article) }

func (l *live) Quotes(article string) []knowledge.Quote { return l.state().lib.Quotes(article) }
