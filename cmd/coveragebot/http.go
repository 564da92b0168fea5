package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/metrics"
	"github.com/coveragebot/coveragebot/web"
	"github.com/coveragebot/coveragebot/webhook"
)

// httpHandler builds the HTTP side: citation pages, /healthz, /metrics and,
// when a public key is configured, Discord's interactions endpoint. calls is
// the context in which interactions outlive their HTTP request.
func httpHandler(calls context.Context, cfg Config, lv *live, reg *metrics.Registry, getenv func(string) string, log *slog.Logger) (http.Handler, error) {
	opts := web.Options{
		PublicURL: cfg.HTTP.PublicURL,
		Ready:     func() bool { return lv.state() != nil },
		Metrics:   reg,
	}
	if pk := publicKey(cfg, getenv); pk != "" {
		key, err := webhook.ParsePublicKey(pk)
		if err != nil {
			return nil, fmt.Errorf("discord public_key: %w", err)
		}
		bc := botConfig(cfg, getenv)
		rest, err := bot.NewRESTResponder(bc)
		if err != nil {
			return nil, err
		}
		if ch, ok := rest.(bot.Channels); ok && bc.Token != "" {
			bc.Channels = ch // with the token, follow-ups start threads
		}
		core, err := bot.NewInteractions(bc, lv, reg, log)
		if err != nil {
			return nil, err
		}
		opts.Interactions = webhook.New(calls, key, core, rest, webhook.Options{}, log)
	}
	return web.New(lv, opts, log), nil
}

func publicKey(cfg Config, getenv func(string) string) string {
	if cfg.Discord.PublicKey != "" {
		return cfg.Discord.PublicKey
	}
	return getenv("DISCORD_PUBLIC_KEY")
}

// serveHTTP serves h on addr until ctx ends, then shuts down within the
// configured timeout.
func serveHTTP(ctx context.Context, cfg Config, h http.Handler, log *slog.Logger) error {
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("http listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
