package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/timelineimg"
	"github.com/coveragebot/coveragebot/timelinejs"
)

// cmdTimeline writes every event of one article: in TimelineJS's JSON
// format, the file the citation pages serve at
// /articles/{id}/timeline.json, or as the PNG /timeline attaches. ¶ links
// go where the bot's citations go (citationLink). It reads the fact bases
// only: no index is built.
func cmdTimeline(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "timelinejs", "timelinejs (JSON for TimelineJS) or png (the picture /timeline attaches)")
	out := fl.String("out", "", "write to this file instead of standard output")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: coveragebot timeline [--format timelinejs|png] [--out FILE] ARTICLE")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return exitError(2)
	}
	if fl.NArg() != 1 || (*format != "timelinejs" && *format != "png") {
		fl.Usage()
		return exitError(2)
	}
	fsrc, err := cfg.factSources()
	if err != nil {
		return err
	}
	sources, err := knowledge.LoadSources(ctx, knowledge.Config{Facts: fsrc.paths, FS: fsrc.fsys})
	if err != nil {
		return fmt.Errorf("load coverage: %w", err)
	}
	overrideURLs(cfg, sources)
	lib := knowledge.NewLibrary(sources, nil)
	var a *knowledge.Article
	var ids []string
	for _, art := range lib.Articles() {
		ids = append(ids, art.ID)
		if art.ID == fl.Arg(0) {
			a = art
		}
	}
	if a == nil {
		fmt.Fprintf(stderr, "coveragebot: no article %q is loaded: try %s\n", fl.Arg(0), strings.Join(ids, ", "))
		return exitError(2)
	}
	events := lib.Events(a.ID)
	var b []byte
	switch *format {
	case "timelinejs":
		b, err = timelinejs.Marshal(timelinejs.Build(a, events, timelinejs.Options{ParagraphURL: citationLink(cfg, lib)}))
	case "png":
		if len(events) == 0 {
			return errors.New("timeline: the article has no dated event to draw")
		}
		var img timelineimg.Image
		img, err = timelineimg.Render(events, timelineimg.Options{Title: "Timeline", Subtitle: byline(a)})
		b = img.PNG
	}
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = stdout.Write(b)
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	return nil
}

// byline is the picture's subtitle: outlet, date and title, as the bot's
// footer writes them.
func byline(a *knowledge.Article) string {
	s := a.Outlet
	if !a.Published.IsZero() {
		s = strings.TrimPrefix(s+", "+a.Published.Human(), ", ")
	}
	if a.Title != "" {
		s = strings.TrimPrefix(s+" — "+a.Title, " — ")
	}
	return s
}
