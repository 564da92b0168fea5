package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// anyPort is the address the tests' servers listen on: a port the kernel
// picks as it binds, which listenAddr then reads from the log. A port picked
// beforehand (listen, close, pass its number) could be taken in between by
// another package's test running at the same time, whose server would then
// answer this test's requests.
const anyPort = "127.0.0.1:0"

// listenAddr waits until the log has the line msg ("http listening",
// "metrics listening") and returns the address it gives, or fails the test
// when stopped reports that the server has stopped, or after 30 s.
func listenAddr(t testing.TB, logs *syncBuffer, msg string, stopped func() bool) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		for line := range strings.Lines(logs.String()) {
			// A line of slog's text handler: msg="http listening" addr=127.0.0.1:38405
			if !strings.Contains(line, " msg="+strconv.Quote(msg)+" ") {
				continue
			}
			if _, after, ok := strings.Cut(line, " addr="); ok {
				if addr, _, _ := strings.Cut(strings.TrimSpace(after), " "); addr != "" {
					return addr
				}
			}
		}
		if stopped() || time.Now().After(deadline) {
			t.Fatalf("the log never said %q:\n%s", msg, logs)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// serve --http with only a public key (no token): the citation pages, the
// interactions endpoint with real Ed25519 signatures, and /metrics counting
// the commands it answered.
func TestServeHTTP(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--http", anyPort, "--metrics", anyPort}, func(k string) string { return env[k] }, &out, &logs)
	}()
	stopped := func() bool { return len(done) > 0 }
	addr, maddr := listenAddr(t, &logs, "http listening", stopped), listenAddr(t, &logs, "metrics listening", stopped)
	base := "http://" + addr
	get := func(path string) (int, string) {
		t.Helper()
		url := base + path
		if strings.HasPrefix(path, "http") {
			url = path
		}
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitHealthy(t, base, &logs)
	if code, body := get("/articles/istanbul-talks"); code != 200 || !strings.Contains(body, `id="p23"`) {
		t.Errorf("article page: %d", code)
	}
	post := func(body string, sign ed25519.PrivateKey) (int, string) {
		t.Helper()
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, base+"/interactions", strings.NewReader(body))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(sign, append([]byte(ts), body...))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	if code, body := post(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`, priv); code != 200 || strings.TrimSpace(body) != `{"type":1}` {
		t.Errorf("PING = %d %s", code, body)
	}
	_, wrong, _ := ed25519.GenerateKey(rand.Reader)
	if code, _ := post(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`, wrong); code != 401 {
		t.Errorf("wrongly signed PING = %d, want 401", code)
	}
	for i, c := range []struct{ name, opts, want string }{
		{"who", `[{"name":"name","type":3,"value":"Peskov"}]`, "Kremlin spokesman"},
		{"who", `[{"name":"name","type":3,"value":"Hosen"}]`, "Kherson"},
		{"paragraph", `[{"name":"number","type":4,"value":5}]`, "Know about possible speeches"},
	} {
		id := strconv.Itoa(100 + i)
		body := `{"id":"` + id + `","application_id":"2","type":2,"token":"tok` + id + `","version":1,` +
			`"member":{"user":{"id":"42","username":"reader"},"permissions":"0"},` +
			`"data":{"id":"9","name":"` + c.name + `","type":1,"options":` + c.opts + `}}`
		code, resp := post(body, priv)
		if code != 200 || !strings.Contains(resp, c.want) {
			t.Errorf("/%s = %d %s", c.name, code, resp)
		}
		var r struct {
			Data struct {
				AllowedMentions struct {
					Parse []string `json:"parse"`
				} `json:"allowed_mentions"`
			} `json:"data"`
		}
		if json.Unmarshal([]byte(resp), &r) != nil || r.Data.AllowedMentions.Parse == nil {
			t.Errorf("/%s does not disable mentions: %s", c.name, resp)
		}
	}
	// /metrics is not on the public listener but on a listener of its own.
	if code, _ := get("/metrics"); code != http.StatusNotFound {
		t.Errorf("public /metrics = %d, want 404", code)
	}
	wants := []string{
		`coveragebot_commands_total{command="who",outcome="ok"} 2`,
		`coveragebot_commands_total{command="paragraph",outcome="ok"} 1`,
		`coveragebot_index_documents `,
		`go_goroutines `,
		`process_resident_memory_bytes `,
	}
	// A command is counted once its reply is delivered, which is after
	// the client has read it: the last one may be counted a moment after
	// its POST returned.
	code, metrics := get("http://" + maddr + "/metrics")
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		if code == 200 && !slices.ContainsFunc(wants, func(w string) bool { return !strings.Contains(metrics, w) }) {
			break
		}
		time.Sleep(10 * time.Millisecond)
		code, metrics = get("http://" + maddr + "/metrics")
	}
	for _, want := range wants {
		if code != 200 || !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q:\n%s", want, metrics)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}
