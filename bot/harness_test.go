package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/data"
	"github.com/coveragebot/coveragebot/internal/fakediscord"
	"github.com/coveragebot/coveragebot/knowledge"
)

// wait bounds every wait on the fake: generous, as -race is slow, but a
// hang still fails in seconds rather than at the test binary's timeout.
const wait = 10 * time.Second

var (
	routerOnce sync.Once
	router     *commands.Router
	routerErr  error
)

// realRouter is the real command router over the shipped article.
func realRouter(tb testing.TB) *commands.Router {
	tb.Helper()
	routerOnce.Do(func() {
		var lib *knowledge.Library
		lib, routerErr = engine.Load(context.Background(), knowledge.Config{Facts: []string{data.DefaultFacts}, FS: data.FS}, nil)
		if routerErr == nil {
			router = commands.NewRouter(lib, commands.Options{})
		}
	})
	if routerErr != nil {
		tb.Fatal(routerErr)
	}
	return router
}

// clock is a settable clock for page expiry and rate limits.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2025, 5, 20, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// logBuffer collects the bot's JSON log lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// Lines returns the log lines decoded.
func (b *logBuffer) Lines() []map[string]any {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(b.buf.String()), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// countingRecorder counts what the bot records.
type countingRecorder struct {
	mu       sync.Mutex
	served   map[string]int // command/outcome
	limited  int
	failures int
}

func (r *countingRecorder) CommandServed(command, outcome string, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.served == nil {
		r.served = map[string]int{}
	}
	r.served[command+"/"+outcome]++
}

func (r *countingRecorder) RateLimited(string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.limited++
}

func (r *countingRecorder) InteractionFailed(string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failures++
}

func (r *countingRecorder) get(key string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.served[key]
}

var _ Recorder = (*countingRecorder)(nil)

// harness is a fake Discord with a real Bot connected to it.
type harness struct {
	fake  *fakediscord.Server
	bot   *Bot
	clock *clock
	logs  *logBuffer
	rec   *countingRecorder
	// allowErrors lets a test expect 4xx answers from the fake.
	allowErrors bool

	stopOnce sync.Once
	stopErr  error
	cancel   context.CancelFunc
	done     chan error
}

// stop cancels Run and returns what it returned.
func (h *harness) stop(t testing.TB) error {
	t.Helper()
	h.stopOnce.Do(func() {
		h.cancel()
		select {
		case h.stopErr = <-h.done:
		case <-time.After(wait):
			h.stopErr = fmt.Errorf("Run did not return %v after cancel", wait)
		}
	})
	return h.stopErr
}

// start runs a Bot over cmds against a fresh fake Discord and waits for it
// to be connected and registered. The cleanup stops it and checks that
// Discord refused nothing.
func start(t testing.TB, cmds Commands, configure func(*Config)) *harness {
	t.Helper()
	return startOn(t, fakediscord.Start(time.Second), cmds, configure)
}

// startOn is start on a fake of the test's, which it closes at the end.
func startOn(t testing.TB, fake *fakediscord.Server, cmds Commands, configure func(*Config)) *harness {
	t.Helper()
	h := &harness{fake: fake, clock: newClock(), logs: &logBuffer{}, rec: &countingRecorder{}}
	cfg := Config{
		Token:       "test-token",
		APIBase:     h.fake.APIBase(),
		Guilds:      []string{fakediscord.GuildID},
		PageTimeout: 10 * time.Minute,
		// Fixed, with the fixed clock, so that page buttons are the same at
		// every run (golden files).
		PageKey: []byte("the test harness's page key, 32 bytes or more"),
		// As late as Config allows, so that only tests that set it lower
		// see deferred replies, however loaded the machine.
		DeferAfter:      2500 * time.Millisecond,
		ShutdownTimeout: 5 * time.Second,
		Now:             h.clock.Now,
	}
	if configure != nil {
		configure(&cfg)
	}
	b, err := New(cfg, cmds, h.rec, jsonLogger(h.logs))
	if err != nil {
		t.Fatal(err)
	}
	h.bot = b
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	h.cancel, h.done = cancel, done
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		if err := h.stop(t); err != nil {
			t.Errorf("Run: %v", err)
		}
		h.fake.Close()
		if !h.allowErrors {
			for _, r := range h.fake.Requests() {
				if r.Status >= 400 {
					t.Errorf("Discord refused %s %s: %d %v\n%s", r.Method, r.Path, r.Status, r.Problems, r.Raw)
				}
			}
		}
		if strings.Contains(h.logs.String(), "test-token") {
			t.Error("the token appears in the log")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", h.logs)
		}
	})
	select {
	case <-b.Serving():
	case err := <-done:
		done <- err
		t.Fatalf("Run returned before serving: %v", err)
	case <-time.After(wait):
		t.Fatalf("not serving after %v", wait)
	}
	return h
}

// answer dispatches i and returns every request the bot made for it once the
// answer is complete: a callback that is not a deferral, or a deferral and
// then an edit or follow-up.
func (h *harness) answer(t testing.TB, i fakediscord.Interaction) []fakediscord.Request {
	t.Helper()
	if _, err := h.fake.Dispatch(i); err != nil {
		t.Fatal(err)
	}
	return h.await(t, i.ID)
}

func (h *harness) await(t testing.TB, id string) []fakediscord.Request {
	t.Helper()
	err := h.fake.WaitFor(wait, "complete answer to "+id, func() bool { return complete(h.fake.For(id)) })
	if err != nil {
		t.Fatalf("%v; got %s", err, describe(h.fake.For(id)))
	}
	return h.fake.For(id)
}

func complete(reqs []fakediscord.Request) bool {
	deferred := false
	for _, r := range reqs {
		switch {
		case strings.HasSuffix(r.Path, "/callback"):
			if callbackType(r) != 5 {
				return true
			}
			deferred = true
		case deferred && (r.Method == "PATCH" || r.Method == "POST"):
			return true
		}
	}
	return false
}

func callbackType(r fakediscord.Request) int {
	m, _ := r.Body.(map[string]any)
	t, _ := m["type"].(float64)
	return int(t)
}

func describe(reqs []fakediscord.Request) string {
	var b strings.Builder
	for _, r := range reqs {
		b.WriteString("\n  " + r.Method + " " + r.Path + " " + string(r.Raw))
	}
	return b.String()
}

// eventually polls cond for what is not signalled through the fake (log
// lines, recorder counts) until it holds or wait runs out.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s after %v", what, wait)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// jsonLogger logs everything, as JSON lines, to w.
func jsonLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
