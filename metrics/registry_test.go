package metrics

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/golden"
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
	r := New()
	r.CommandServed("ask", OutcomeOK, 3*time.Millisecond)
	r.CommandServed("ask", OutcomeOK, 700*time.Millisecond)
	r.CommandServed("ask", OutcomeAbstained, 40*time.Millisecond)
	r.CommandServed("who", OutcomeUserError, 500*time.Microsecond)
	r.CommandServed("timeline", OutcomeError, 7*time.Second)
	r.RateLimited("ask")
	r.RateLimited("ask")
	r.InteractionFailed("quote")
	r.SetIndex(58, 1250*time.Millisecond)
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "metrics", b.String())
}

// TestEmpty checks that a fresh registry still declares every family, so
// that dashboards find the names before the first command.
func TestEmpty(t *testing.T) {
	var b strings.Builder
	if _, err := New().WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "empty", b.String())
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
			r := New()
			r.CommandServed("ask", OutcomeOK, tt.d)
			var first string
			for _, s := range family(t, r, "coveragebot_command_duration_seconds").Samples {
				if s.Name == "coveragebot_command_duration_seconds_bucket" && s.Value == 1 && first == "" {
					first = s.Labels[1].Value
				}
				if s.Name == "coveragebot_command_duration_seconds_sum" && s.Value != tt.d.Seconds() {
					t.Errorf("sum = %v, want %v", s.Value, tt.d.Seconds())
				}
			}
			if first != tt.first {
				t.Errorf("first bucket holding %v = %q, want %q", tt.d, first, tt.first)
			}
		})
	}
}

func TestLabelEscaping(t *testing.T) {
	tests := []struct {
		name, command, want string
	}{
		{"plain", "ask", `coveragebot_rate_limited_total{command="ask"} 1`},
		{"quote", `a"b`, `coveragebot_rate_limited_total{command="a\"b"} 1`},
		{"backslash", `a\b`, `coveragebot_rate_limited_total{command="a\\b"} 1`},
		{"newline", "a\nb", `coveragebot_rate_limited_total{command="a\nb"} 1`},
		{"unicode kept", "ère", `coveragebot_rate_limited_total{command="ère"} 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New()
			r.RateLimited(tt.command)
			var b strings.Builder
			if _, err := r.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tt.want+"\n") {
				t.Errorf("output lacks %s:\n%s", tt.want, b.String())
			}
		})
	}
}

func TestHandler(t *testing.T) {
	r := New()
	r.CommandServed("ask", OutcomeOK, time.Millisecond)
	tests := []struct {
		method   string
		code     int
		wantBody string
	}{
		{http.MethodGet, http.StatusOK, `coveragebot_commands_total{command="ask",outcome="ok"} 1`},
		{http.MethodHead, http.StatusOK, ""},
		{http.MethodPost, http.StatusMethodNotAllowed, "method not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, httptest.NewRequest(tt.method, "/metrics", nil))
			if rec.Code != tt.code {
				t.Errorf("status = %d, want %d", rec.Code, tt.code)
			}
			if tt.code == http.StatusOK && rec.Header().Get("Content-Type") != ContentType {
				t.Errorf("Content-Type = %q, want %q", rec.Header().Get("Content-Type"), ContentType)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body lacks %q:\n%s", tt.wantBody, rec.Body.String())
			}
		})
	}
}

// TestConcurrent records from many goroutines while scraping; run with -race.
func TestConcurrent(t *testing.T) {
	r := New()
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
	for _, name := range []string{"coveragebot_commands_total", "coveragebot_rate_limited_total", "coveragebot_interactions_failed_total"} {
		if got := family(t, r, name).Samples[0].Value; got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
}

func family(t *testing.T, r *Registry, name string) Family {
	t.Helper()
	for _, f := range r.Families() {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("no family %s", name)
	return Family{}
}
