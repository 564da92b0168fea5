package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConfigProblems: every problem of a config file is reported at once,
// each with file and line, in words (not Go's types); a zero defer_after is
// refused rather than silently replaced by the default.
func TestConfigProblems(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	text := `replys:
  private: true
replies:
  defer_after: 0
  page_timeout: soon
rate_limit:
  requests: many
http:
  addr: 127.0.0.1:8080
  adress: x
shutdown_timeout: -1s
`
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := loadConfig(path)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{
		path + `:1: unknown key "replys"`,
		path + ":4: replies.defer_after",
		path + ":5: replies.page_timeout",
		path + ":7: rate_limit.requests",
		path + `:10: unknown key "http.adress"`,
		path + ":11: shutdown_timeout",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "struct {") || strings.Contains(msg, "!!str") {
		t.Errorf("error shows Go or YAML internals:\n%s", msg)
	}
}

func TestConfigDefaults(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte("replies:\n  private: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Replies.Private || c.Replies.DeferAfter != 1500*time.Millisecond || c.ShutdownTimeout != 10*time.Second || c.Metrics.Addr != "127.0.0.1:9464" {
		t.Errorf("config = %+v", c)
	}
}

// TestConfigDeferAfter: defer_after is taken as written; 0s, which the bot
// would have replaced with its 1.5s default, is refused with what to write.
func TestConfigDeferAfter(t *testing.T) {
	tests := []struct {
		value, want string
		d           time.Duration
	}{
		{"1ns", "", time.Nanosecond},
		{"2s", "", 2 * time.Second},
		{"0s", "0 would defer every reply", 0},
		{"3s", "must be more than 0 and at most 2.5s", 0},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(path, []byte("replies:\n  defer_after: "+tt.value+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := loadConfig(path)
			switch {
			case tt.want == "" && err != nil:
				t.Fatal(err)
			case tt.want == "" && c.Replies.DeferAfter != tt.d:
				t.Errorf("defer_after = %v, want %v", c.Replies.DeferAfter, tt.d)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), path+":2: replies.defer_after: ") || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want %q at line 2", err, tt.want)
			}
		})
	}
}
