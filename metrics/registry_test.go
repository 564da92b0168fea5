package metrics

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// recorder is the method set of bot.Recorder, repeated here so that metrics
// need not import bot.
type recorder interface {
	CommandServed(command, outcome string, d time.Duration)
	RateLimited(command string)
	InteractionFailed(command string)
}

var (
	_ recorder     = (*Registry)(nil)
	_ http.Handler = (*Registry)(nil)
)

// TestGolden renders a registry with a little of everything and compares it
// with testdata/metrics.golden. Refresh with go test ./metrics -update.
func TestGolden(t *testing.T) {
	r := New("ask", "quote", "timeline", "who")
	r.CommandServed("ask", OutcomeOK, 3*time.Millisecond)
	r.CommandServed("ask", OutcomeOK, 700*time.Millisecond)
	r.CommandServed("ask", OutcomeAbstained, 40*time.Millisecond)
	r.CommandServed("who", OutcomeUserError, 500*time.Microsecond)
	r.CommandServed("timeline", OutcomeError, 7*time.Second)
	r.RateLimited("ask")
	r.RateLimited("ask")
	r.InteractionFailed("quote")
	r.SetIndex(58, 1250*time.Millisecond)
	golden.Check(t, "metrics", scrape(t, r))
}

// TestEmpty checks that a fresh registry declares every family and every
// series of its commands, so that dashboards find the names before the
// first command.
func TestEmpty(t *testing.T) {
	golden.Check(t, "empty", scrape(t, New("ask")))
}

func TestDurationBuckets(t *testing.T) {
	tests := []struct {
		name string
		d    time.Duration
		// first is the smallest le whose cumulative count includes d.
		first string
	}{
		{"below first bucket", 100 * time.Microsecond, "0.001"},
		{"on a bound", time.Millisecond, "0.001"},
		{"just above a bound", 1001 * time.Microsecond, "0.0025"},
		{"middle", 300 * time.Millisecond, "0.5"},
		{"last bound", 5 * time.Second, "5"},
		{"beyond every bound", time.Minute, "+Inf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New("ask")
			r.CommandServed("ask", OutcomeOK, tt.d)
			var first string
			for _, l := range strings.Split(scrape(t, r), "\n") {
				le, ok := strings.CutPrefix(l, `coveragebot_command_duration_seconds_bucket{command="ask",le="`)
				if ok && strings.HasSuffix(le, " 1") && first == "" {
					first, _, _ = strings.Cut(le, `"`)
				}
			}
			if first != tt.first {
				t.Errorf("first bucket holding %v = %q, want %q", tt.d, first, tt.first)
			}
		})
	}
}

// TestHandler: a scrape gets the text format with coveragebot's metrics and
// the Go runtime's and the process's beside them.
func TestHandler(t *testing.T) {
	r := New("ask")
	r.CommandServed("ask", OutcomeOK, time.Millisecond)
	tests := []struct {
		method   string
		code     int
		wantBody []string
	}{
		{http.MethodGet, http.StatusOK, []string{
			`coveragebot_commands_total{command="ask",outcome="ok"} 1`,
			"go_goroutines ", "go_memstats_heap_alloc_bytes ", "process_resident_memory_bytes ",
		}},
		{http.MethodHead, http.StatusOK, nil},
		{http.MethodPost, http.StatusMethodNotAllowed, []string{"method not allowed"}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, httptest.NewRequest(tt.method, "/metrics", nil))
			if rec.Code != tt.code {
				t.Errorf("status = %d, want %d", rec.Code, tt.code)
			}
			if ct := rec.Header().Get("Content-Type"); tt.method == http.MethodGet && !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
				t.Errorf("Content-Type = %q, want the text format", ct)
			}
			for _, want := range tt.wantBody {
				if !strings.Contains(rec.Body.String(), want) {
					t.Errorf("body lacks %q", want)
				}
			}
		})
	}
}

// TestConcurrent records from many goroutines while scraping; run with -race.
func TestConcurrent(t *testing.T) {
	r := New("ask")
	const workers, each = 8, 500
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range each {
				r.CommandServed("ask", OutcomeOK, time.Millisecond)
				r.RateLimited("ask")
				r.InteractionFailed("ask")
				r.SetIndex(1, time.Second)
			}
		})
	}
	wg.Go(func() {
		for range 50 {
			_, _ = r.WriteTo(&strings.Builder{})
		}
	})
	wg.Wait()
	want := float64(workers * each)
	for name, got := range map[string]float64{
		"commands":     testutil.ToFloat64(r.commands.WithLabelValues("ask", OutcomeOK)),
		"rate limited": testutil.ToFloat64(r.rateLimited.WithLabelValues("ask")),
		"failed":       testutil.ToFloat64(r.failed.WithLabelValues("ask")),
	} {
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
}
