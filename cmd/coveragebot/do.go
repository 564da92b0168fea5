package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/web"
)

// loadLibrary loads the fact bases Config.factSources picks. Their
// warnings go to the log: they do not stop the bot, but whoever runs it
// should see them. The library's background tables are begun at once
// (knowledge.Library.Prepare): a one-shot command has nothing else to
// start.
func loadLibrary(ctx context.Context, cfg Config, log *slog.Logger) (*knowledge.Library, error) {
	lib, err := reloadLibrary(ctx, cfg, nil, log)
	if err == nil {
		lib.Prepare()
	}
	return lib, err
}

// reloadLibrary loads the coverage again over prev's engine, which indexes
// and analyzes only the articles that changed (or loads it afresh when prev
// is nil). prev keeps serving until its owner closes it.
func reloadLibrary(ctx context.Context, cfg Config, prev *knowledge.Library, log *slog.Logger) (*knowledge.Library, error) {
	fsrc, err := cfg.factSources()
	if err != nil {
		return nil, err
	}
	kc := knowledge.Config{Facts: fsrc.paths, FS: fsrc.fsys, IndexPath: cfg.Index.Path, IgnoreSynonyms: cfg.ignoreSynonyms, ReopenGCPercent: reopenGCPercent}
	var lib *knowledge.Library
	if prev == nil {
		lib, err = withGCPercent(cfg.Index.BuildGCPercent, func() (*knowledge.Library, error) { return engine.Load(ctx, kc, log) })
		serveGCPercent(cfg.Index.ServeGCPercent)
	} else {
		lib, err = prev.Reload(ctx, kc)
	}
	if err != nil {
		return nil, fmt.Errorf("load coverage: %w", err)
	}
	if log != nil {
		for _, s := range lib.Sources() {
			for _, p := range s.Warnings {
				log.Warn("fact base warning", "file", p.File, "line", p.Line, "problem", p.Msg)
			}
		}
	}
	overrideURLs(cfg, lib.Sources())
	return lib, nil
}

// overrideURLs puts a URL given in the config in place of the fact base's:
// the operator knows where readers can open the article.
func overrideURLs(cfg Config, sources []*knowledge.Source) {
	paths := cfg.factsPaths()
	for i, s := range sources {
		if i < len(paths) && s.FactsPath == paths[i] && cfg.Sources[i].URL != "" {
			s.Article.URL = cfg.Sources[i].URL
		}
	}
}

func newRouter(cfg Config, lib *knowledge.Library) *commands.Router {
	opts := commands.Options{PrivateByDefault: cfg.Replies.Private, Link: citationLink(cfg, lib), TimelineLink: timelineLink(cfg)}
	return commands.NewRouter(lib, opts)
}

// timelineLink says where a /timeline reply's title links: to the
// article's timeline on our citation pages when public_url is set.
func timelineLink(cfg Config) func(string) string {
	base := strings.TrimRight(cfg.HTTP.PublicURL, "/")
	if base == "" {
		return nil
	}
	return func(article string) string { return web.TimelineURL(base, article) }
}

// citationLink says where a ¶ citation links: to the paragraph on our
// citation pages when public_url is set, else to the article's own URL (the
// original has no paragraph anchors), else nowhere.
func citationLink(cfg Config, lib *knowledge.Library) func(knowledge.Ref) string {
	if base := strings.TrimRight(cfg.HTTP.PublicURL, "/"); base != "" {
		return func(r knowledge.Ref) string { return web.ParagraphURL(base, r) }
	}
	urls := map[string]string{}
	for _, a := range lib.Articles() {
		if a.URL != "" {
			urls[a.ID] = a.URL
		}
	}
	if len(urls) == 0 {
		return nil
	}
	return func(r knowledge.Ref) string { return urls[r.Article] }
}

// cmdDo answers one command line and prints the reply (the response model
// as JSON with asJSON). A bad command line or a request the bot refuses
// prints one line on stderr and exits 2.
func cmdDo(ctx context.Context, cfg Config, asJSON bool, args []string, stdout, stderr io.Writer, log *slog.Logger) error {
	line := strings.Join(args, " ")
	if strings.TrimSpace(line) == "" {
		return errors.New(`do needs a command, e.g. coveragebot do '/who name:Peskov'`)
	}
	lib, err := loadLibrary(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer lib.Close()
	router := newRouter(cfg, lib)
	resp, err := answer(ctx, router, line)
	if err != nil {
		var ue *commands.Error
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "coveragebot:", ue.Msg)
			return exitError(2)
		}
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(resp)
	}
	_, err = io.WriteString(stdout, router.RenderText(resp))
	return err
}

// answer parses and answers one command line.
func answer(ctx context.Context, router *commands.Router, line string) (commands.Response, error) {
	req, err := router.Parse(line)
	if err != nil {
		return commands.Response{}, err
	}
	req.UserID = "cli"
	return router.Handle(ctx, req)
}
