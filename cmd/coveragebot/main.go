// Command coveragebot answers questions about news coverage, in Discord or
// from the command line.
//
//	coveragebot do '/who name:Peskov'     answer one command, print the reply
//	coveragebot check [FACTS...]          validate fact bases
//	coveragebot extract ARTICLE.txt       draft a fact base from an article
//	coveragebot eval CASES.yaml           score answers against cases
//	coveragebot serve                     run the Discord bot
//	coveragebot register [-dry-run]       register the slash commands
//	coveragebot timeline ARTICLE          write an article's timeline for TimelineJS
//	coveragebot feedback                  export the votes on answers
//
// Flags are the standard flag package's, one set per command: -json or
// --json, -config=FILE or --config FILE, before or after the arguments.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
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

const usage = `usage: coveragebot [-config FILE] COMMAND [flags] [arguments]
  do [-json] '/command option:value ...'    answer one command as Discord would
  check [FACTS.yaml ...]                    validate fact bases (default: the configured ones)
  extract ARTICLE.txt [-published DATE]     draft a fact base from an article (-score TRUTH.yaml to score it)
  eval [-no-synonyms] [-article ID] CASES.yaml  score answers against evaluation cases
  serve [-http ADDR] [-metrics ADDR]        run the Discord bot (token from DISCORD_TOKEN)
  register [-dry-run]                       register the slash commands with Discord
  timeline [-format timelinejs|png] [-out FILE] ARTICLE   write an article's timeline
  feedback [-since DATE] [-format csv|yaml|cases]         export the votes on /ask answers
  bench [-paragraphs 1000,10000,100000]     measure build, memory, reopen and latencies on synthetic coverage
Flags may come anywhere on the line (those of extract, eval, timeline,
feedback and bench, which parse their own, before their arguments); -config
goes before the command, or after it for do, check, serve and register. With
no -config, ./config.yaml is used when present. With no sources in it, the
fact bases in ./data/ are, else the copy of data/ built into the binary.
coveragebot COMMAND -h lists a command's flags.`

// flags are every command's flags; each command's FlagSet sets its own.
type flags struct {
	config      string
	json        bool
	httpAddr    string
	metricsAddr string
	dryRun      bool
}

// commandFlags declares the flags of command name on fs, or reports that
// there is no such command.
func commandFlags(name string, fs *flag.FlagSet, f *flags) (args string, ok bool) {
	fs.StringVar(&f.config, "config", f.config, "read the config from `FILE`")
	switch name {
	case "do":
		fs.BoolVar(&f.json, "json", false, "print the response model as JSON instead of the reply")
		return "'/command option:value ...'", true
	case "check":
		return "[FACTS.yaml ...]", true
	case "eval", "timeline", "feedback":
		return "", true // they parse their own flags
	case "serve":
		fs.StringVar(&f.httpAddr, "http", "", "serve the citation pages and the interactions endpoint on `ADDR` (overrides http.addr)")
		fs.StringVar(&f.metricsAddr, "metrics", "", "serve /metrics on `ADDR` (overrides metrics.addr)")
		return "", true
	case "register":
		fs.BoolVar(&f.dryRun, "dry-run", false, "print the commands instead of registering them")
		return "", true
	case "help":
		return "", true
	}
	return "", false
}

// run is the whole program; tests call it with their own arguments,
// environment and outputs.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var f flags
	global := flag.NewFlagSet("coveragebot", flag.ContinueOnError)
	global.SetOutput(stderr)
	global.StringVar(&f.config, "config", "", "read the config from `FILE`")
	global.Usage = func() { fmt.Fprintln(stderr, usage) }
	if err := global.Parse(args); err != nil {
		return flagError(err)
	}
	if global.NArg() == 0 {
		fmt.Fprintln(stderr, usage)
		return exitError(2)
	}
	name := global.Arg(0)
	switch name { // these read no config, and parse their own flags
	case "extract":
		return cmdExtract(global.Args()[1:], time.Now(), stdout, stderr)
	case "bench":
		return cmdBench(ctx, global.Args()[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	synopsis, ok := commandFlags(name, fs, &f)
	if !ok {
		fmt.Fprintf(stderr, "coveragebot: unknown command %q\n%s\n", name, usage)
		return exitError(2)
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, strings.TrimSpace("usage: coveragebot "+name+" [flags] "+synopsis))
		fs.PrintDefaults()
	}
	rest := global.Args()[1:]
	if !ownFlags[name] {
		var err error
		if rest, err = parseAnywhere(fs, rest); err != nil {
			return flagError(err)
		}
	}
	if name == "help" {
		fmt.Fprintln(stdout, usage)
		return nil
	}
	configPath := f.config
	if configPath == "" {
		if _, err := os.Stat("config.yaml"); err == nil {
			configPath = "config.yaml"
		}
	}
	cfg, err := loadConfig(configPath)
	if err != nil {
		return err
	}
	if f.httpAddr != "" {
		cfg.HTTP.Addr = f.httpAddr
	}
	if f.metricsAddr != "" {
		cfg.Metrics.Addr = f.metricsAddr
	}
	// The bot logs what it does; a one-shot command logs only trouble, so
	// that its output stays the reply.
	level := slog.LevelWarn
	if name == "serve" || name == "register" {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel(getenv("COVERAGEBOT_LOG"), level)}))
	switch name {
	case "do":
		return cmdDo(ctx, cfg, f.json, rest, stdout, stderr, log)
	case "check":
		return cmdCheck(ctx, cfg, rest, stdout, stderr)
	case "eval":
		return cmdEval(ctx, cfg, rest, stdout, log)
	case "timeline":
		return cmdTimeline(ctx, cfg, rest, stdout, stderr)
	case "feedback":
		return cmdFeedback(ctx, cfg, rest, stdout)
	case "serve":
		if len(rest) > 0 {
			return usageError(fs, "serve takes no arguments, got %q", rest[0])
		}
		return cmdServe(ctx, cfg, getenv, stdout, log)
	default: // register
		if len(rest) > 0 {
			return usageError(fs, "register takes no arguments, got %q", rest[0])
		}
		return cmdRegister(ctx, cfg, f.dryRun, getenv, stdout, log)
	}
}

// ownFlags are the commands that read the config but parse their own flags
// (with a flag.FlagSet of their own, in their files).
var ownFlags = map[string]bool{"eval": true, "timeline": true, "feedback": true}

// parseAnywhere parses fs's flags wherever they are among args, as the
// flag package does up to the first argument, and returns the arguments.
// After "--" everything is an argument.
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var out []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return out, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(out, rest...), nil
		}
		out = append(out, rest[0])
		args = rest[1:]
	}
}

// flagError turns the flag package's error (already printed with the
// usage) into the exit status: 0 for -h, 2 for a bad flag.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return exitError(2)
}

// usageError prints a problem with the arguments and fs's usage, and exits 2.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(fs.Output(), "coveragebot: "+format+"\n", args...)
	fs.Usage()
	return exitError(2)
}

// logLevel reads COVERAGEBOT_LOG (debug, info, warn, error), else def.
func logLevel(s string, def slog.Level) slog.Level {
	var l slog.Level
	if s == "" || l.UnmarshalText([]byte(s)) != nil {
		return def
	}
	return l
}
