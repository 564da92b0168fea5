package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/feedback"
	"github.com/coveragebot/coveragebot/feedback/sqlite"
)

// pageKeyEnv holds the key that signs the bot's buttons (pages, votes,
// follow-ups); every replica, and every restart, needs the same one for
// the buttons of another's replies to keep working.
const pageKeyEnv = "COVERAGEBOT_PAGE_KEY"

// answerServices are what serve gives the bot beyond the commands: the
// feedback database, when feedback.path is set, and follow-ups, read over
// the live coverage.
type answerServices struct {
	store     *sqlite.Store
	followUps bot.FollowUps
}

// feedback is the store as the bot takes it: nil (no buttons) when there is
// none, never a nil *sqlite.Store in an interface.
func (a answerServices) feedback() bot.Feedback {
	if a.store == nil {
		return nil
	}
	return a.store
}

// Close closes the feedback database, if open.
func (a answerServices) Close() error {
	if a.store == nil {
		return nil
	}
	return a.store.Close()
}

// openAnswers opens the feedback database (migrating its schema) when the
// config names one, and serves follow-ups over lv.
func openAnswers(ctx context.Context, cfg Config, lv *live, log *slog.Logger) (answerServices, error) {
	a := answerServices{followUps: lv}
	if cfg.Feedback.Path == "" {
		log.Info("feedback off: /ask answers show no vote buttons (set feedback.path to keep votes)")
		return a, nil
	}
	store, err := sqlite.Open(ctx, cfg.Feedback.Path)
	if err != nil {
		return a, err
	}
	log.Info("feedback kept", "path", cfg.Feedback.Path)
	a.store = store
	return a, nil
}

// FollowUpQuestion makes live a bot.FollowUps, over the current coverage.
func (l *live) FollowUpQuestion(first, answer, text, article string) string {
	return l.state().router.FollowUpQuestion(first, answer, text, article)
}

// cmdFeedback exports the votes: coveragebot feedback [--since DATE]
// [--format csv|yaml|cases] [--db FILE].
func cmdFeedback(ctx context.Context, cfg Config, args []string, stdout io.Writer) error {
	fset := flag.NewFlagSet("feedback", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	since := fset.String("since", "", "only votes cast on or after this date (YYYY-MM-DD, or an RFC 3339 time)")
	format := fset.String("format", "csv", "csv, yaml, or cases (the 👎 questions as eval cases)")
	db := fset.String("db", cfg.Feedback.Path, "the feedback database (default: feedback.path of the config)")
	if err := fset.Parse(args); err != nil {
		return fmt.Errorf("feedback: %w (feedback [--since DATE] [--format csv|yaml|cases] [--db FILE])", err)
	}
	if fset.NArg() > 0 {
		return fmt.Errorf("feedback: unexpected argument %q (feedback [--since DATE] [--format csv|yaml|cases] [--db FILE])", fset.Arg(0))
	}
	if !strings.Contains(" "+strings.Join(feedback.Formats, " ")+" ", " "+*format+" ") {
		return fmt.Errorf("feedback: --format %q: want one of %s", *format, strings.Join(feedback.Formats, ", "))
	}
	from, err := parseSince(*since)
	if err != nil {
		return err
	}
	if *db == "" {
		return errors.New("feedback: no database: set feedback.path in the config (e.g. path: coveragebot.db) or pass --db FILE")
	}
	if _, err := os.Stat(*db); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("feedback: no database at %s (the bot creates it when it serves with feedback.path set)", *db)
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	rs, err := store.Export(ctx, from)
	if err != nil {
		return err
	}
	specs := commands.Specs()
	check := func(line string) error { _, err := commands.Parse(specs, line); return err }
	return feedback.Write(stdout, *format, rs, check)
}

// parseSince reads --since: a date (midnight UTC) or an RFC 3339 time.
func parseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("feedback: --since %q: want a date such as 2026-06-01, or an RFC 3339 time", s)
	}
	return t, nil
}
