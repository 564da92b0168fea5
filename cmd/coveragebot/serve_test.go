package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/fakediscord"
)

// syncBuffer is a bytes.Buffer safe for the logger and the test at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// coveragebot serve, pointed at a Discord-compatible server by the two URLs
// of the config, registers its commands and answers each command; SIGTERM's
// context cancellation then stops it cleanly. The token never reaches the log.
func TestServeAgainstFakeDiscord(t *testing.T) {
	fake := fakediscord.Start(500 * time.Millisecond)
	defer fake.Close()
	cfgPath := filepath.Join(t.TempDir(), "config.yaml")
	cfgText := fmt.Sprintf("discord:\n  api_base: %s\n  gateway_url: %s\n  guilds: [%q]\nmetrics:\n  addr: 127.0.0.1:0\n", fake.APIBase(), fake.GatewayURL(), fakediscord.GuildID)
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	const token = "secret-token-never-logged"
	env := map[string]string{"DISCORD_TOKEN": token}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--config", cfgPath, "serve"}, func(k string) string { return env[k] }, &out, &logs)
	}()

	err := fake.WaitFor(20*time.Second, "command registration", func() bool {
		for _, r := range fake.Requests() {
			if r.Method == "PUT" && strings.HasSuffix(r.Path, "/guilds/"+fakediscord.GuildID+"/commands") {
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("%v\nlogs:\n%s", err, logs.String())
	}
	tests := []struct {
		name string
		in   fakediscord.Interaction
		want string
	}{
		{"ask", fake.Command("u1", "ask", fakediscord.String("question", "What did Putin propose in his Sunday speech?")), "¶8"},
		{"who", fake.Command("u2", "who", fakediscord.String("name", "Peskov")), "Kremlin spokesman"},
		{"quote", fake.Command("u3", "quote", fakediscord.String("speaker", "Putin"), fakediscord.String("topic", "Kiev authorities")), "threw it all away"},
		{"timeline", fake.Command("u4", "timeline", fakediscord.String("from", "2025-05-01")), "Timeline (from 1 May 2025)"},
		{"paragraph", fake.Command("u5", "paragraph", fakediscord.Int("number", 23)), "1,000 kilometers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := fake.Dispatch(tt.in); err != nil {
				t.Fatal(err)
			}
			if _, err := fake.WaitCallbacks(tt.in.ID, 1, 20*time.Second); err != nil {
				t.Fatal(err)
			}
			// The reply is the callback, or the edit that completes a
			// deferred one.
			err := fake.WaitFor(20*time.Second, "a complete reply", func() bool {
				return strings.Contains(string(allRaw(fake.For(tt.in.ID))), tt.want)
			})
			raw := string(allRaw(fake.For(tt.in.ID)))
			if err != nil {
				t.Fatalf("reply lacks %q: %s", tt.want, raw)
			}
			for _, r := range fake.For(tt.in.ID) {
				var body struct {
					Data struct {
						AllowedMentions *struct {
							Parse []string `json:"parse"`
						} `json:"allowed_mentions"`
					} `json:"data"`
					AllowedMentions *struct {
						Parse []string `json:"parse"`
					} `json:"allowed_mentions"`
				}
				if err := json.Unmarshal(r.JSON, &body); err != nil {
					t.Fatal(err)
				}
				am := body.AllowedMentions
				if am == nil {
					am = body.Data.AllowedMentions
				}
				if am == nil || am.Parse == nil || len(am.Parse) != 0 {
					t.Errorf("%s %s does not disable mentions: %s", r.Method, r.Path, r.JSON)
				}
			}
		})
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop after cancellation")
	}
	if strings.Contains(logs.String(), token) {
		t.Error("the token reached the log")
	}
}

func allRaw(rs []fakediscord.Request) []byte {
	var b []byte
	for _, r := range rs {
		b = append(b, r.JSON...)
	}
	return b
}
