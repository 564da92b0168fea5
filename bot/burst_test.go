package bot

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestBurst dispatches 200 interactions at once over the real router: every
// one is answered exactly once. It logs the latency from INTERACTION_CREATE
// written to callback received (p50, p99); timings are not asserted.
func TestBurst(t *testing.T) {
	const n = 200
	h := start(t, realRouter(t), nil)
	lines := []struct {
		command string
		opts    []fd.Option
	}{
		{"who", []fd.Option{fd.String("name", "Peskov")}},
		{"paragraph", []fd.Option{fd.Int("number", 5)}},
		{"quote", []fd.Option{fd.String("speaker", "Putin")}},
		{"timeline", nil},
		{"ask", []fd.Option{fd.String("question", "What did Putin propose in his Sunday speech?")}},
		{"paragraph", []fd.Option{fd.Int("number", 999)}},
	}
	ids := make([]string, n)
	for k := range n {
		l := lines[k%len(lines)]
		i := h.fake.Command(fmt.Sprint(2000+k), l.command, l.opts...)
		ids[k] = i.ID
		if _, err := h.fake.Dispatch(i); err != nil {
			t.Fatal(err)
		}
	}
	// Timings are not asserted: on a loaded machine 200 answers at once
	// may take longer than one answer's wait, so the burst gets three.
	err := h.fake.WaitFor(3*wait, fmt.Sprintf("callbacks for all %d interactions", n), func() bool {
		seen := map[string]bool{}
		for _, r := range h.fake.Requests() {
			if strings.HasSuffix(r.Path, "/callback") {
				seen[r.Interaction] = true
			}
		}
		return len(seen) == n
	})
	if err != nil {
		t.Fatal(err)
	}
	// Deferred answers (a /timeline picture takes a while under -race) are
	// edited in after their callback: wait for every answer to be complete,
	// so that the bot is not stopped with edits in flight.
	err = h.fake.WaitFor(3*wait, fmt.Sprintf("complete answers to all %d interactions", n), func() bool {
		for _, id := range ids {
			if !complete(h.fake.For(id)) {
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	callbacks := map[string][]fd.Request{}
	for _, r := range h.fake.Requests() {
		if strings.HasSuffix(r.Path, "/callback") {
			callbacks[r.Interaction] = append(callbacks[r.Interaction], r)
		}
	}
	latencies := make([]time.Duration, 0, n)
	for _, id := range ids {
		cbs := callbacks[id]
		if len(cbs) != 1 {
			t.Errorf("interaction %s: %d callbacks, want 1", id, len(cbs))
			continue
		}
		if typ := callbackType(cbs[0]); typ != 4 && typ != 5 {
			t.Errorf("interaction %s: callback type %d", id, typ)
		}
		latencies = append(latencies, cbs[0].At.Sub(h.fake.DispatchedAt(id)))
	}
	first, last := h.fake.DispatchedAt(ids[0]), h.fake.DispatchedAt(ids[n-1])
	t.Logf("dispatching took %v", last.Sub(first))
	// Answering keeps nothing per interaction in discordgo's rate limiter
	// (see SessionResponder): only the few REST routes of start-up.
	rl := h.bot.sess.Ratelimiter
	rl.Lock()
	buckets := reflect.ValueOf(rl).Elem().FieldByName("buckets").Len()
	rl.Unlock()
	if buckets > 5 {
		t.Errorf("discordgo keeps %d rate-limit buckets after %d interactions", buckets, n)
	}
	slices.Sort(latencies)
	if len(latencies) > 0 {
		t.Logf("%d interactions: dispatch→callback p50 %v, p99 %v, max %v",
			len(latencies), percentile(latencies, 0.50), percentile(latencies, 0.99), latencies[len(latencies)-1])
	}
}

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p float64) time.Duration {
	k := int(p*float64(len(sorted))+0.5) - 1
	return sorted[min(max(k, 0), len(sorted)-1)]
}

// BenchmarkInteraction is one /who through the bot and the fake Discord:
// gateway dispatch, router, render, callback.
func BenchmarkInteraction(b *testing.B) {
	h := start(b, realRouter(b), nil)
	b.ResetTimer()
	for k := 0; b.Loop(); k++ {
		h.answer(b, h.fake.Command(fmt.Sprint(k), "who", fd.String("name", "Peskov")))
	}
}
