package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestSoak is the soak test of the HTTP side; it is not run by go test ./...
// or CI. COVERAGEBOT_SOAK=N sends N signed interactions (10000 for the
// figures in the README), over COVERAGEBOT_SOAK_DURATION (default 4m), to
// two serve --http replicas behind a round-robin balancer, with replays,
// button presses (on either replica), autocompletes and deferred answers
// mixed in, and restarts one replica half-way through. It reports lost and
// duplicated answers (both must be 0), the replicas' RSS over time and the
// latency percentiles:
//
//	COVERAGEBOT_SOAK=10000 go test ./cmd/coveragebot -run TestSoak -v -timeout 30m
func TestSoak(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("COVERAGEBOT_SOAK"))
	if n <= 0 {
		t.Skip("set COVERAGEBOT_SOAK=N to send N interactions")
	}
	duration := 4 * time.Minute
	if d, err := time.ParseDuration(os.Getenv("COVERAGEBOT_SOAK_DURATION")); err == nil {
		duration = d
	}
	fake := fakediscord.Start(time.Second)
	defer fake.Close()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	// The first replica (and the one that replaces it) defers every answer
	// and edits it in through the fake Discord; the second answers at once:
	// half the answers are deferred, and pages deferred by one are turned
	// by the other.
	dir := t.TempDir()
	cfgPath, directPath := filepath.Join(dir, "deferring.yaml"), filepath.Join(dir, "direct.yaml")
	for path, deferAfter := range map[string]string{cfgPath: "1ns", directPath: "1500ms"} {
		cfg := fmt.Sprintf("discord:\n  api_base: %s\nreplies:\n  defer_after: %s\nrate_limit:\n  requests: 0\n", fake.APIBase(), deferAfter)
		if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "COVERAGEBOT_PAGE_KEY": "the soak test's page key, 32 bytes or more"}
	s := &soak{t: t, fake: fake, priv: priv, start: time.Now()}
	s.replicas = []*process{startServe(t, env, "-config", cfgPath), startServe(t, env, "-config", directPath)}

	stopRSS := s.sampleRSS(10 * time.Second)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for k := range jobs {
				s.one(k)
			}
		})
	}
	interval := duration / time.Duration(n)
	restarted := false
	for k := range n {
		time.Sleep(time.Until(s.start.Add(time.Duration(k) * interval)))
		if !restarted && k >= n/2 {
			restarted = true
			go func() { jobs <- k }()
			s.restart(t, env, cfgPath)
			continue
		}
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	time.Sleep(3 * time.Second) // the last deferred edits
	stopRSS()
	s.report(t)
}

type soak struct {
	t        *testing.T
	fake     *fakediscord.Server
	priv     ed25519.PrivateKey
	start    time.Time
	mu       sync.Mutex
	replicas []*process
	gen      []int // generation of each replica: bumped by a restart
	rr       atomic.Int64
	sent     []sentRecord
	pages    []pageRecord // replies with a Next button, to press
	replays  []replayRecord
	rss      [][2]any  // time, RSS of each replica in MiB
	rssOf    []float64 // RSS of the replica that runs throughout, MiB
}

type sentRecord struct {
	kind, id string
	at       time.Time // sent
	status   int
	respType int
	latency  time.Duration
	err      error
}

type pageRecord struct {
	user  string
	reply reply
}

type replayRecord struct {
	body    []byte
	backend *process
}

// one sends interaction k of the mix.
func (s *soak) one(k int) {
	id := strconv.Itoa(5_000_000 + k)
	user := strconv.Itoa(600_000 + k%2000)
	switch k % 20 {
	case 0:
		if s.replay(k) {
			return
		}
	case 1, 2, 3:
		if p, ok := s.page(k); ok {
			msg := p.reply.message("m" + id)
			data := map[string]any{"custom_id": p.reply.nextID(), "component_type": 2}
			s.send("press", id, interaction(id, 3, p.user, data, msg), p.user)
			return
		}
	case 4:
		opt := map[string]any{"name": "name", "type": 3, "value": "pe", "focused": true}
		s.send("autocomplete", id, interaction(id, 4, user, map[string]any{"id": "1", "name": "who", "type": 1, "options": []any{opt}}, nil), user)
		return
	}
	lines := []struct {
		name string
		opts []any
	}{
		{"who", []any{map[string]any{"name": "name", "type": 3, "value": "Putin"}}}, // two pages: their buttons get pressed
		{"timeline", nil},
		{"ask", []any{map[string]any{"name": "question", "type": 3, "value": "What did Putin propose in his Sunday speech?"}}},
		{"quote", []any{map[string]any{"name": "speaker", "type": 3, "value": "Putin"}}},
		{"paragraph", []any{map[string]any{"name": "number", "type": 4, "value": 1 + k%29}}},
		{"timeline", []any{map[string]any{"name": "from", "type": 3, "value": "2025-03"}}},
	}
	l := lines[k%len(lines)]
	s.send("command", id, interaction(id, 2, user, map[string]any{"id": "1", "name": l.name, "type": 1, "options": l.opts}, nil), user)
}

// send registers the interaction with the fake Discord (as answered over
// HTTP, so that edits are taken), posts it through the balancer and records
// the answer.
func (s *soak) send(kind, id string, body []byte, user string) {
	var payload map[string]any
	_ = json.Unmarshal(body, &payload)
	s.fake.RegisterAnswered(fakediscord.Interaction{ID: id, Token: "tok-" + id, Payload: payload})
	start := time.Now()
	status, resp, backend, err := s.balance(body)
	rec := sentRecord{kind: kind, id: id, at: start, status: status, latency: time.Since(start), err: err}
	if err == nil && status == 200 {
		r, derr := decode(resp)
		rec.respType = r.Type
		if derr != nil {
			rec.err = derr
		} else if r.Type == 4 && len(r.Data.Components) > 0 && r.hasNext() {
			s.mu.Lock()
			s.pages = append(s.pages, pageRecord{user: user, reply: r})
			s.mu.Unlock()
		} else if r.Type == 7 && r.hasNext() {
			s.mu.Lock()
			s.pages = append(s.pages, pageRecord{user: user, reply: r})
			s.mu.Unlock()
		}
		if kind == "command" {
			s.mu.Lock()
			s.replays = append(s.replays, replayRecord{body: body, backend: backend})
			s.mu.Unlock()
		}
	}
	s.mu.Lock()
	s.sent = append(s.sent, rec)
	s.mu.Unlock()
}

// replay resends, exactly and to the same process, a command answered a
// little earlier: the process must refuse it (409). A process restarted
// since does not know it, so replays go only to live processes; replay
// reports false when there is none to send (a command goes instead).
func (s *soak) replay(k int) bool {
	s.mu.Lock()
	var live []replayRecord
	for _, r := range s.replays[max(0, len(s.replays)-200):] {
		if slices.Contains(s.replicas, r.backend) {
			live = append(live, r)
		}
	}
	s.mu.Unlock()
	if len(live) == 0 {
		return false
	}
	r := live[(k*7919)%len(live)]
	start := time.Now()
	code, _, err := postErr(r.backend.base+"/interactions", r.body, s.priv)
	s.mu.Lock()
	s.sent = append(s.sent, sentRecord{kind: "replay", status: code, latency: time.Since(start), err: err})
	s.mu.Unlock()
	return true
}

func (s *soak) page(k int) (pageRecord, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pages) == 0 {
		return pageRecord{}, false
	}
	i := len(s.pages) - 1 - k%min(len(s.pages), 50)
	p := s.pages[i]
	s.pages = slices.Delete(s.pages, i, i+1) // each Next is pressed once
	return p, true
}

// balance posts body to the next replica, and to the other if the first
// refuses the connection (down or restarting): a round-robin balancer with
// a retry on connect errors only, so that no request is ever sent twice.
func (s *soak) balance(body []byte) (int, []byte, *process, error) {
	s.mu.Lock()
	backends := slices.Clone(s.replicas)
	s.mu.Unlock()
	first := int(s.rr.Add(1))
	var lastErr error
	for try := range 2 * len(backends) {
		b := backends[(first+try)%len(backends)]
		code, resp, err := postErr(b.base+"/interactions", body, s.priv)
		var oe *net.OpError
		if err != nil && errors.As(err, &oe) && oe.Op == "dial" {
			lastErr = err
			time.Sleep(50 * time.Millisecond)
			continue
		}
		return code, resp, b, err
	}
	return 0, nil, nil, lastErr
}

// restart stops replica 0 with SIGTERM (it finishes what it has in flight)
// and starts a new process in its place.
func (s *soak) restart(t *testing.T, env map[string]string, cfgPath string) {
	s.mu.Lock()
	old := s.replicas[0]
	s.mu.Unlock()
	t.Logf("%v: restarting %s", time.Since(s.start).Round(time.Second), old.base)
	old.stop(t)
	s.mu.Lock()
	s.replicas = []*process{s.replicas[1]} // the balancer's health check
	s.mu.Unlock()
	fresh := startServe(t, env, "-config", cfgPath)
	s.mu.Lock()
	s.replicas = []*process{fresh, s.replicas[0]}
	s.mu.Unlock()
	t.Logf("%v: %s serving", time.Since(s.start).Round(time.Second), fresh.base)
}

// sampleRSS records every replica's resident memory every period.
func (s *soak) sampleRSS(period time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			s.mu.Lock()
			row := [2]any{time.Since(s.start).Round(time.Second), ""}
			var parts []string
			for _, p := range s.replicas {
				parts = append(parts, fmt.Sprintf("%s RSS %.1f MiB, Go heap in use %.1f MiB", strings.TrimPrefix(p.base, "http://127.0.0.1"), rssMiB(p.cmd.Process.Pid), heapMiB(p.metrics)))
			}
			row[1] = strings.Join(parts, ", ")
			s.rssOf = append(s.rssOf, rssMiB(s.replicas[len(s.replicas)-1].cmd.Process.Pid))
			s.rss = append(s.rss, row)
			s.mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// heapMiB reads go_memstats_heap_inuse_bytes from a replica's metrics.
func heapMiB(metrics string) float64 {
	resp, err := http.Get(metrics + "/metrics")
	if err != nil {
		return math.NaN()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "go_memstats_heap_inuse_bytes "); ok {
			n, _ := strconv.ParseFloat(v, 64)
			return n / (1 << 20)
		}
	}
	return math.NaN()
}

func rssMiB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return math.NaN()
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return math.NaN()
}

// report checks every answer and logs the figures.
func (s *soak) report(t *testing.T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var lost, dup, deferred, refusedReplays, unansweredReplays int
	kinds := map[string][]time.Duration{}
	var toEdit []time.Duration // deferred: from sending to the edit
	for _, r := range s.sent {
		kinds[r.kind] = append(kinds[r.kind], r.latency)
		if r.kind == "replay" {
			switch {
			case r.err == nil && r.status == 409:
				refusedReplays++
			case r.err == nil && r.status < 300:
				dup++
				t.Errorf("replay answered again: %d", r.status)
			default: // sent to a replica as it shut down: not answered either
				unansweredReplays++
			}
			continue
		}
		if r.err != nil || r.status != 200 {
			lost++
			t.Errorf("%s %s: %d %v", r.kind, r.id, r.status, r.err)
			continue
		}
		edits := 0
		for _, q := range s.fake.For(r.id) {
			if (q.Method == "PATCH" || q.Method == "POST") && q.Status < 300 {
				edits++
				toEdit = append(toEdit, q.At.Sub(r.at))
			}
		}
		switch {
		case (r.respType == 5 || r.respType == 6) && edits == 0:
			lost++
			t.Errorf("%s %s: deferred and never edited", r.kind, r.id)
		case edits > 1 || (r.respType != 5 && r.respType != 6 && edits > 0):
			dup++
			t.Errorf("%s %s: %d edits after a type %d answer", r.kind, r.id, edits, r.respType)
		}
		if r.respType == 5 || r.respType == 6 {
			deferred++
		}
	}
	var all []time.Duration
	for _, l := range kinds {
		all = append(all, l...)
	}
	t.Logf("%d interactions in %v: %d lost, %d duplicated; %d deferred and edited in; replays: %d refused (409), %d cut off by the restart",
		len(s.sent), time.Since(s.start).Round(time.Second), lost, dup, deferred, refusedReplays, unansweredReplays)
	line := func(name string, ls []time.Duration) {
		slices.Sort(ls)
		t.Logf("  %-12s n=%-5d p50 %-8v p90 %-8v p99 %-8v max %v", name, len(ls), pct(ls, .50), pct(ls, .90), pct(ls, .99), ls[len(ls)-1])
	}
	line("all", all)
	for _, k := range []string{"command", "press", "autocomplete", "replay"} {
		if len(kinds[k]) > 0 {
			line(k, kinds[k])
		}
	}
	if len(toEdit) > 0 {
		line("to the edit", toEdit)
	}
	t.Logf("RSS of the replicas (the first is replaced half-way; the second runs throughout):")
	for _, r := range s.rss {
		t.Logf("  %6v  %s", r[0], r[1])
	}
	// Flat: the replica that ran throughout ends within 50% of where it
	// stood after its first minute (the first samples include warm-up).
	if len(s.rssOf) > 7 {
		early, last := s.rssOf[6], s.rssOf[len(s.rssOf)-1]
		if last > early*1.5 {
			t.Errorf("RSS of the long-lived replica grew from %.1f to %.1f MiB", early, last)
		}
	}
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	k := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[min(max(k, 0), len(sorted)-1)].Round(100 * time.Microsecond)
}

// decode reads an answer without failing the test from a worker goroutine.
func decode(b []byte) (reply, error) {
	var r reply
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("not an interaction response: %w: %s", err, b)
	}
	return r, json.Unmarshal(b, &r.raw)
}

func (r reply) hasNext() bool { return r.nextID() != "" }

// nextID is the custom_id of the enabled Next button, or "".
func (r reply) nextID() string {
	for _, row := range r.Data.Components {
		if n := len(row.Components); n == 2 && !row.Components[1].Disabled {
			return row.Components[1].CustomID
		}
	}
	return ""
}
