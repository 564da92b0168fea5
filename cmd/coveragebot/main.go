// Command coveragebot answers questions about news coverage, in Discord or
// from the command line.
//
//	coveragebot do '/who name:Peskov'     answer one command, print the reply
//	coveragebot check [FACTS...]          validate fact bases
//	coveragebot extract ARTICLE.txt       draft a fact base from an article
//	coveragebot eval CASES.yaml           score answers against cases
//	coveragebot serve                     run the Discord bot
//	coveragebot register [--dry-run]      register the slash commands
//	coveragebot timeline ARTICLE          write an article's timeline for TimelineJS
//	coveragebot feedback                  export the votes on answers
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	var ee exitError
	switch {
	case errors.As(err, &ee):
		os.Exit(int(ee))
	case err != nil:
		fmt.Fprintln(os.Stderr, "coveragebot:", err)
		os.Exit(1)
	}
}

// exitError ends the program with a status and no further message: the
// command has already said what went wrong.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

const usage = `usage: coveragebot [--config FILE] COMMAND
  do [--json] '/command option:value ...'   answer one command as Discord would
  check [FACTS.yaml ...]                    validate fact bases (default: the configured ones)
  extract ARTICLE.txt [--published DATE]    draft a fact base from an article (--score TRUTH.yaml to score it)
  eval [--no-synonyms] CASES.yaml           score answers against evaluation cases
  serve [--http ADDR]                       run the Discord bot (token from DISCORD_TOKEN)
  register [--dry-run]                      register the slash commands with Discord
  timeline [--format timelinejs|png] [--out FILE] ARTICLE   write an article's timeline
  feedback [--since DATE] [--format csv|yaml|cases]         export the votes on /ask answers
  bench [--paragraphs 1000,10000,100000]    measure build, memory, reopen and latencies on synthetic coverage
With no --config, ./config.yaml is used when present. With no sources in it,
the fact bases in ./data/ are, else the copy of data/ built into the binary.`

// run is the whole program; tests call it with their own arguments,
// environment and outputs.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	configPath := ""
	for len(args) > 0 && (args[0] == "--config" || args[0] == "-config") {
		if len(args) < 2 {
			return errors.New("--config needs a file")
		}
		configPath, args = args[1], args[2:]
	}
	if configPath == "" {
		if _, err := os.Stat("config.yaml"); err == nil {
			configPath = "config.yaml"
		}
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return exitError(2)
	}
	cfg, err := loadConfig(configPath)
	if err != nil {
		return err
	}
	// The bot logs what it does; a one-shot command logs only trouble, so
	// that its output stays the reply.
	level := slog.LevelWarn
	if args[0] == "serve" || args[0] == "register" {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel(getenv("COVERAGEBOT_LOG"), level)}))
	switch args[0] {
	case "do":
		return cmdDo(ctx, cfg, args[1:], stdout, stderr, log)
	case "check":
		return cmdCheck(ctx, cfg, args[1:], stdout, stderr)
	case "extract":
		return cmdExtract(args[1:], time.Now(), stdout, stderr)
	case "eval":
		return cmdEval(ctx, cfg, args[1:], stdout, log)
	case "serve":
		return cmdServe(ctx, cfg, args[1:], getenv, stdout, log)
	case "register":
		return cmdRegister(ctx, cfg, args[1:], getenv, stdout, log)
	case "timeline":
		return cmdTimeline(ctx, cfg, args[1:], stdout, stderr)
	case "feedback":
		return cmdFeedback(ctx, cfg, args[1:], stdout)
	case "bench":
		return cmdBench(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "coveragebot: unknown command %q\n%s\n", args[0], usage)
		return exitError(2)
	}
}

// logLevel reads COVERAGEBOT_LOG (debug, info, warn, error), else def.
func logLevel(s string, def slog.Level) slog.Level {
	var l slog.Level
	if s == "" || l.UnmarshalText([]byte(s)) != nil {
		return def
	}
	return l
}
