package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// watchSources reloads the coverage whenever a file it is made of changes,
// appears or disappears: a fact base, an article's text, or (with no sources
// in the config) a fact base added to data/. It polls every interval rather
// than asking the kernel, so it works the same on every system and on
// network disks; at a few thousand articles a poll is a few thousand stats.
// A reload reindexes only the articles that changed (knowledge.Library.Reload).
// It takes the files' state before it returns, and watches from there in a
// goroutine of its own until ctx ends.
func watchSources(ctx context.Context, lv *live, interval time.Duration, log *slog.Logger) {
	last := fingerprint(lv)
	go watch(ctx, lv, last, interval, log)
}

func watch(ctx context.Context, lv *live, last string, interval time.Duration, log *slog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := fingerprint(lv)
		if now == last {
			continue
		}
		log.Info("a source file changed: reloading the fact bases")
		_ = lv.reload(ctx) // a failure is logged and changes nothing
		// A broken file is not retried until it changes again.
		last = now
	}
}

// fingerprint names every file the coverage is read from, with its size and
// modification time. Files built into the binary never change.
func fingerprint(lv *live) string {
	fsrc, err := lv.cfg.factSources()
	if err != nil || fsrc.fsys != nil {
		return ""
	}
	files := append([]string(nil), fsrc.paths...)
	for _, s := range lv.state().lib.Sources() {
		if s.Article.Path != "" {
			files = append(files, s.Article.Path)
		}
	}
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			fmt.Fprintf(&b, "%s missing\n", f)
			continue
		}
		fmt.Fprintf(&b, "%s %d %d\n", filepath.Clean(f), fi.Size(), fi.ModTime().UnixNano())
	}
	return b.String()
}
