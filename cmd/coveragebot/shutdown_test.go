package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestHTTPShutdownFinishesDeferred: SIGTERM (the cancelled context) while a
// deferred answer of the interactions endpoint is still being edited in
// lets it finish within shutdown_timeout, as on the gateway, instead of
// cancelling it.
func TestHTTPShutdownFinishesDeferred(t *testing.T) {
	fake := fakediscord.Start(time.Second)
	defer fake.Close()
	fake.EditDelay = 500 * time.Millisecond // the edit is in flight at SIGTERM
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(t.TempDir(), "config.yaml")
	// Defer at once, so that every answer is an edit.
	cfgText := fmt.Sprintf("discord:\n  api_base: %s\nreplies:\n  defer_after: 1ns\nshutdown_timeout: 5s\nmetrics:\n  addr: \"\"\n", fake.APIBase())
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "-config", cfgPath, "-http", anyPort}, func(k string) string { return env[k] }, &syncBuffer{}, &logs)
	}()
	addr := listenAddr(t, &logs, "http listening", func() bool { return len(done) > 0 })
	waitHealthy(t, "http://"+addr, &logs)

	var deferred fakediscord.Interaction
	for attempt := range 5 {
		i := fake.Command(fmt.Sprint(700+attempt), "who", fakediscord.String("name", "Peskov"))
		fake.RegisterAnswered(i)
		body, _ := json.Marshal(i.Payload)
		code, resp := post(t, "http://"+addr+"/interactions", body, priv)
		if code != 200 {
			t.Fatalf("status %d: %s", code, resp)
		}
		if decodeReply(t, resp).Type == 5 {
			deferred = i
			break
		}
	}
	if deferred.ID == "" {
		t.Fatal("no answer was deferred in 5 tries")
	}
	cancel() // SIGTERM
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	var statuses []int
	for _, r := range fake.For(deferred.ID) {
		if r.Method == "PATCH" {
			statuses = append(statuses, r.Status)
		}
	}
	if len(statuses) != 1 || statuses[0] != 200 {
		t.Errorf("edits of the deferred answer: statuses %v, want one 200\n%s", statuses, logs.String())
	}
	if strings.Contains(logs.String(), "not delivered") {
		t.Errorf("the log says an answer was not delivered:\n%s", logs.String())
	}
}

// TestServerTimeouts: every listener bounds how long a client may take to
// send headers and body and keep an idle connection, so that slow clients
// cannot hold connections (300 trickling connections were all still open
// after 40 s).
func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler(), discardLog())
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 || d > time.Minute {
			t.Errorf("%s = %v", name, d)
		}
	}
}

func waitHealthy(t *testing.T, base string, logs *syncBuffer) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("not healthy: %v\n%s", err, logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func discardLog() *slog.Logger { return slog.New(slog.DiscardHandler) }
