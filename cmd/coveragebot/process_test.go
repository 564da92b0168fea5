package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runMainEnv makes the test binary run main (see TestMain in
// bench_test.go), so that tests can start real coveragebot processes
// (replicas, restarts), SIGTERM handling included, without building it.
const runMainEnv = "COVERAGEBOT_RUN_MAIN"

// process is a coveragebot serve --http started as a process of its own.
type process struct {
	cmd     *exec.Cmd
	logs    *syncBuffer
	base    string // http://ADDR of the public listener
	metrics string // http://ADDR of the metrics listener
	exited  chan struct{}
}

// startServe starts coveragebot serve --http on fresh loopback ports with
// env (and nothing else of the test's environment but PATH and HOME) and
// waits until it is healthy.
func startServe(t testing.TB, env map[string]string, args ...string) *process {
	t.Helper()
	if !slices.Contains(args, "-config") {
		// Nothing may reach beyond 127.0.0.1: REST calls (the edit of a
		// deferred answer) go to a closed port unless the test says where.
		path := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(path, []byte("discord:\n  api_base: http://127.0.0.1:1/api/v9/\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "-config", path)
	}
	cmd := exec.Command(os.Args[0], append([]string{"serve", "-http", anyPort, "-metrics", anyPort}, args...)...)
	cmd.Env = []string{runMainEnv + "=1", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	p := &process{cmd: cmd, logs: &syncBuffer{}, exited: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(p.exited) }()
	exited := func() bool {
		select {
		case <-p.exited:
			return true
		default:
			return false
		}
	}
	t.Cleanup(func() {
		p.stop(t)
		if t.Failed() {
			t.Logf("log of %s:\n%s", p.base, p.logs)
		}
	})
	p.base = "http://" + listenAddr(t, p.logs, "http listening", exited)
	p.metrics = "http://" + listenAddr(t, p.logs, "metrics listening", exited)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(p.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case <-p.exited:
			t.Fatalf("serve exited before it was healthy:\n%s", p.logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("not healthy after 30s: %v\n%s", err, p.logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stop sends SIGTERM and waits for the process to exit.
func (p *process) stop(t testing.TB) {
	t.Helper()
	select {
	case <-p.exited:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(20 * time.Second):
		_ = p.cmd.Process.Kill()
		t.Errorf("%s did not stop within 20s of SIGTERM", p.base)
	}
}

// post sends body to url signed with key as Discord signs it, and returns
// the status and the body of the answer.
func post(t testing.TB, url string, body []byte, key ed25519.PrivateKey) (int, []byte) {
	t.Helper()
	code, b, err := postErr(url, body, key)
	if err != nil {
		t.Fatal(err)
	}
	return code, b
}

// postErr is post for goroutines other than the test's: it returns the
// error.
func postErr(url string, body []byte, key ed25519.PrivateKey) (int, []byte, error) {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// interaction builds an interaction of type typ by user as Discord sends it
// to an endpoint; message, when not nil, is the message a button is on.
func interaction(id string, typ int, user string, data, message any) []byte {
	m := map[string]any{
		"id": id, "application_id": "100000000000000001", "type": typ, "token": "tok-" + id, "version": 1,
		"guild_id": "900000000000000001", "channel_id": "900000000000000002",
		"member": map[string]any{"user": map[string]any{"id": user, "username": "reader"}, "permissions": "0"},
		"data":   data,
	}
	if message != nil {
		m["message"] = message
	}
	b, _ := json.Marshal(m)
	return b
}

// reply is an interaction response as the endpoint writes it.
type reply struct {
	Type int `json:"type"`
	Data struct {
		Content    string           `json:"content"`
		Embeds     []map[string]any `json:"embeds"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
				Disabled bool   `json:"disabled"`
			} `json:"components"`
		} `json:"components"`
		Flags int `json:"flags"`
	} `json:"data"`
	raw map[string]any
}

func decodeReply(t testing.TB, b []byte) reply {
	t.Helper()
	var r reply
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("not an interaction response: %v\n%s", err, b)
	}
	_ = json.Unmarshal(b, &r.raw)
	return r
}

// button returns the custom_id of the enabled button that turns to page n.
func (r reply) button(t testing.TB, n int) string {
	t.Helper()
	for _, row := range r.Data.Components {
		for _, b := range row.Components {
			if !b.Disabled && strings.HasPrefix(b.CustomID, fmt.Sprintf("pg1.%d.", n)) {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no enabled button to page %d in %+v", n, r.Data.Components)
	return ""
}

// message is the message the reply created, as Discord sends it with a
// press of one of its buttons.
func (r reply) message(id string) map[string]any {
	data, _ := r.raw["data"].(map[string]any)
	return map[string]any{
		"id": id, "channel_id": "900000000000000002", "type": 20, "content": data["content"],
		"embeds": data["embeds"], "components": data["components"], "flags": data["flags"],
		"author": map[string]any{"id": "100000000000000001", "username": "coveragebot", "bot": true},
	}
}

func (r reply) footer() string {
	if len(r.Data.Embeds) == 0 {
		return ""
	}
	f, _ := r.Data.Embeds[0]["footer"].(map[string]any)
	s, _ := f["text"].(string)
	return s
}
