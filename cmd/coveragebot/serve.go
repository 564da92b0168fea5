package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
)

// cmdServe runs the bot. Wired to the Discord adapter in bot/.
func cmdServe(ctx context.Context, cfg Config, args []string, getenv func(string) string, stdout io.Writer, log *slog.Logger) error {
	return errors.New("serve: not wired yet")
}

func cmdRegister(ctx context.Context, cfg Config, args []string, getenv func(string) string, stdout io.Writer, log *slog.Logger) error {
	return errors.New("register: not wired yet")
}
