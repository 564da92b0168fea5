package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/metrics"
)

// botConfig maps the YAML config and the environment onto the bot's config.
// The token comes from the environment only.
func botConfig(cfg Config, getenv func(string) string) bot.Config {
	return bot.Config{
		Token:            getenv("DISCORD_TOKEN"),
		AppID:            cfg.Discord.ApplicationID,
		Guilds:           cfg.Discord.Guilds,
		APIBase:          cfg.Discord.APIBase,
		GatewayURL:       cfg.Discord.GatewayURL,
		RateLimit:        cfg.RateLimit.Requests,
		RateWindow:       cfg.RateLimit.Window,
		PageTimeout:      cfg.Replies.PageTimeout,
		DeferAfter:       cfg.Replies.DeferAfter,
		ShutdownTimeout:  cfg.ShutdownTimeout,
		PrivateByDefault: cfg.Replies.Private,
		PageKey:          []byte(getenv(pageKeyEnv)),
		Feedback:         cfg.answers.feedback(),
		FollowUps:        cfg.answers.followUps,
	}
}

// minPageKey is the shortest page key taken: 32 bytes, such as the output
// of openssl rand -hex 16.
const minPageKey = 32

// pageKey checks the configured page key, or makes a random one for this
// process and says what that costs.
func pageKey(bc *bot.Config, log *slog.Logger) error {
	if n := len(bc.PageKey); n > 0 && n < minPageKey {
		return fmt.Errorf("%s has %d characters: use at least %d, e.g. the output of openssl rand -hex 32", pageKeyEnv, n, minPageKey)
	}
	if len(bc.PageKey) == 0 {
		bc.PageKey = make([]byte, 32)
		if _, err := rand.Read(bc.PageKey); err != nil {
			return fmt.Errorf("page key: %w", err)
		}
		log.Warn(pageKeyEnv + " is not set: the bot's buttons (pages, votes, follow-ups) are signed with a random key, so they work only on this process and stop working after a restart; set it (the same on every replica) to keep them working")
	}
	return nil
}

// startProfileEnv names a file to write a CPU profile of serve's start to,
// until the coverage is in service: what a restart spends before it answers.
const startProfileEnv = "COVERAGEBOT_START_PROFILE"

// profileStart profiles the CPU into path until the returned function is
// called; with no path it does nothing.
func profileStart(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", startProfileEnv, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", startProfileEnv, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		runtime.GC()
		if h, err := os.Create(path + ".heap"); err == nil {
			pprof.Lookup("allocs").WriteTo(h, 0)
			h.Close()
		}
	}, nil
}

// cmdServe runs the bot on Discord's gateway until SIGINT or SIGTERM, and
// reloads the fact bases on SIGHUP (keeping the old ones if the new are
// broken).
func cmdServe(ctx context.Context, cfg Config, getenv func(string) string, stdout io.Writer, log *slog.Logger) error {
	bc := botConfig(cfg, getenv)
	if bc.Token == "" && cfg.HTTP.Addr == "" {
		return bot.ErrNoToken
	}
	if err := pageKey(&bc, log); err != nil {
		return err
	}
	if bc.Token == "" && publicKey(cfg, getenv) == "" {
		log.Warn("no DISCORD_TOKEN and no public key: serving the citation pages only")
	}
	reg := metrics.New(commandNames(commands.Specs())...)
	stopProfile, err := profileStart(getenv(startProfileEnv))
	if err != nil {
		return err
	}
	lv, err := newLive(ctx, cfg, log, func(docs int, took time.Duration) { reg.SetIndex(docs, took) })
	stopProfile()
	if err != nil {
		return err
	}
	defer lv.Close()
	go reloadOnHangup(ctx, lv, log)
	if cfg.Watch {
		watchSources(ctx, lv, cfg.WatchInterval, log)
	}
	if cfg.answers, err = openAnswers(ctx, cfg, lv, log); err != nil {
		return err
	}
	defer cfg.answers.Close()
	key := bc.PageKey // checked, or made for this process, above
	bc = botConfig(cfg, getenv)
	bc.PageKey = key

	errc := make(chan error, 3)
	running := 0
	if cfg.Metrics.Addr != "" {
		running++
		go func() { errc <- serveMetrics(ctx, cfg.Metrics.Addr, reg, log) }()
	}
	if bc.Token != "" {
		b, err := bot.New(bc, lv, reg, log)
		if err != nil {
			return err
		}
		running++
		go func() { errc <- b.Run(ctx) }()
	}
	if cfg.HTTP.Addr != "" {
		h, endpoint, err := httpHandler(cfg, bc, lv, getenv, reg, log)
		if err != nil {
			return err
		}
		running++
		// The library's background tables begin once /healthz can
		// answer, not beside what is left of the start.
		go func() { errc <- serveHTTP(ctx, cfg, h, endpoint, lv.prepare, log) }()
	} else {
		lv.prepare()
	}
	var errs []error
	for range running {
		if err := <-errc; err != nil && !errors.Is(err, context.Canceled) {
			errs = append(errs, err)
			if ctx.Err() == nil {
				return errors.Join(errs...)
			}
		}
	}
	log.Info("stopped")
	return errors.Join(errs...)
}

func reloadOnHangup(ctx context.Context, lv *live, log *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			log.Info("SIGHUP: reloading the fact bases")
			_ = lv.reload(ctx) // a failure is logged and changes nothing
		}
	}
}

// cmdRegister registers the slash commands alone; with dryRun it prints
// what it would send.
func cmdRegister(ctx context.Context, cfg Config, dryRun bool, getenv func(string) string, stdout io.Writer, log *slog.Logger) error {
	specs := commands.Specs()
	if dryRun {
		js, err := bot.CommandsJSON(specs)
		if err != nil {
			return err
		}
		where := "globally"
		if len(cfg.Discord.Guilds) > 0 {
			where = fmt.Sprintf("in guilds %v", cfg.Discord.Guilds)
		}
		fmt.Fprintf(stdout, "# would PUT these %d commands %s (one bulk overwrite each)\n%s\n", len(specs), where, js)
		return nil
	}
	cmds, err := bot.Register(ctx, botConfig(cfg, getenv), specs, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "registered %d commands\n", len(cmds))
	return nil
}

// commandNames are the registered commands, the only command labels the
// metrics take.
func commandNames(specs []commands.Spec) []string {
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.Name
	}
	return names
}
