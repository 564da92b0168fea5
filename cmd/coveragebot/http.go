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

// httpHandler builds the public HTTP side: citation pages, /healthz and,
// when a public key is configured, Discord's interactions endpoint, which
// it also returns (nil without a key) so that shutdown can wait for it.
// /metrics is not here: it has a listener of its own (serveMetrics).
func httpHandler(cfg Config, bc bot.Config, lv *live, getenv func(string) string, reg *metrics.Registry, log *slog.Logger) (http.Handler, *webhook.Handler, error) {
	opts := web.Options{
		PublicURL: cfg.HTTP.PublicURL,
		Ready:     func() bool { return lv.state() != nil },
	}
	var endpoint *webhook.Handler
	if pk := publicKey(cfg, getenv); pk != "" {
		key, err := webhook.ParsePublicKey(pk)
		if err != nil {
			return nil, nil, fmt.Errorf("discord public_key: %w", err)
		}
		rest, err := bot.NewRESTResponder(bc)
		if err != nil {
			return nil, nil, err
		}
		if ch, ok := rest.(bot.Channels); ok && bc.Token != "" {
			bc.Channels = ch // with the token, follow-ups start threads
		}
		core, err := bot.NewInteractions(bc, lv, reg, log)
		if err != nil {
			return nil, nil, err
		}
		endpoint = webhook.New(key, core, rest, webhook.Options{}, log)
		opts.Interactions = endpoint
	}
	return web.New(lv, opts, log), endpoint, nil
}

func publicKey(cfg Config, getenv func(string) string) string {
	if cfg.Discord.PublicKey != "" {
		return cfg.Discord.PublicKey
	}
	return getenv("DISCORD_PUBLIC_KEY")
}

// Timeouts of the public listener. Discord's requests are small and quick;
// a client that is not must not hold a connection (slowloris).
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 15 * time.Second // the interactions endpoint answers within 3 s
	idleTimeout       = 60 * time.Second
)

// serveHTTP serves h on addr until ctx ends, then shuts down within the
// configured timeout: the server stops taking requests and finishes those
// in flight, and the interactions endpoint (when not nil) lets the deferred
// answers it started finish in what is left of the timeout. listening,
// when not nil, is called once the listener takes connections.
func serveHTTP(ctx context.Context, cfg Config, h http.Handler, endpoint *webhook.Handler, listening func(), log *slog.Logger) error {
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	srv := newServer(h, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("http listening", "addr", ln.Addr().String())
	if listening != nil {
		listening()
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
	defer cancel()
	var errs []error
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		errs = append(errs, err)
	}
	if endpoint != nil {
		if err := endpoint.Shutdown(sctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// newServer is an http.Server for h with the listener timeouts.
func newServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// serveMetrics serves GET /metrics on addr, a listener apart from the
// public one (loopback by default), until ctx ends.
func serveMetrics(ctx context.Context, addr string, reg *metrics.Registry, log *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics: %w (set metrics.addr or serve -metrics to another address, or metrics.addr: \"\" for none)", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", reg)
	srv := newServer(mux, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("metrics listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}
