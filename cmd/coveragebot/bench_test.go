package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/internal/synth"
)

// TestMain lets the test binary stand in for coveragebot when bench
// re-executes itself to measure a size in a fresh process, and, with
// runMainEnv set, as the whole program (signals included) for the tests
// that start serve as a process of its own (process_test.go).
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	if os.Getenv(childEnv) == "1" {
		err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
		var ee exitError
		switch {
		case errors.As(err, &ee):
			os.Exit(int(ee))
		case err != nil:
			fmt.Fprintln(os.Stderr, "coveragebot:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// The bench runs end to end at a tiny size, in a child process, and reports
// every figure. Nothing here is timed: the figures only have to be there.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two indexes in a child process")
	}
	replies := t.TempDir()
	out, errOut, err := runCLI(t, "bench", "--paragraphs", "200", "--articles-of", "20", "--queries", "5", "--json", "--trace", "--dir", t.TempDir(), "--replies", replies)
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, errOut)
	}
	var r benchReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(r.Sizes) != 1 {
		t.Fatalf("%d sizes, want 1:\n%s", len(r.Sizes), out)
	}
	s := r.Sizes[0]
	if s.Paragraphs != 200 || s.Articles != 10 || s.IndexDocs < s.Paragraphs {
		t.Errorf("%d paragraphs in %d articles, %d index documents; want 200 in 10, each indexed", s.Paragraphs, s.Articles, s.IndexDocs)
	}
	figures := map[string]float64{
		"start-up": s.StartupSeconds, "build": s.BuildSeconds, "build rate": s.BuildRate,
		"index size": s.IndexMB, "reopen": s.ReopenSeconds, "add article": s.AddSeconds,
	}
	if runtime.GOOS == "linux" {
		figures["peak RSS build"] = s.PeakBuildMB
		figures["peak RSS reopen"] = s.PeakReopenMB
		figures["serving RSS"] = s.ServingMB
		figures["peak RSS serving"] = s.PeakServingMB
		figures["build CPU"] = s.BuildCPUSeconds
	}
	for _, c := range synth.QueryCommands {
		l := s.Latency[c]
		if l.N != 5 || l.Errors != 0 {
			t.Errorf("%s: %d queries, %d refused; want 5 and none", c, l.N, l.Errors)
		}
		figures[c+" p50"], figures[c+" p99"], figures[c+" max"] = l.P50, l.P99, l.Max
		// --trace: each timed query, in the order run, its cost read.
		if len(l.Trace) != 5 {
			t.Errorf("%s: %d queries traced, want 5", c, len(l.Trace))
		}
		for _, q := range l.Trace {
			if q.Line == "" || !(q.MS > 0) || (runtime.GOOS == "linux" && (q.CPUMS < 0 || q.MinorFaults < 0)) {
				t.Errorf("%s: trace %+v: no query, time, CPU or faults", c, q)
			}
		}
		if runtime.GOOS == "linux" && l.MinorFaults < 0 {
			t.Errorf("%s: faults not read", c)
		}
	}
	for name, f := range figures {
		if !(f > 0) {
			t.Errorf("%s is %v, want a positive figure", name, f)
		}
	}
	// --replies: a line for each warm-up and timed query, each answered.
	raw, err := os.ReadFile(filepath.Join(replies, "200-replies.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if want := 2 * 5 * len(synth.QueryCommands); len(lines) < want {
		t.Errorf("%d replies, want at least %d (warm-up and timed)", len(lines), want)
	}
	for _, l := range lines {
		var r benchReply
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Line == "" {
			t.Errorf("reply %q: %v, or no query", l, err)
		}
	}
}

// The markdown report has a header, a row per size and says n/a for what
// was not measured.
func TestBenchMarkdown(t *testing.T) {
	r := benchReport{Machine: machine{OS: "linux/amd64", CPUs: 2, CPU: "Test CPU", GoVersion: "go1.26"}, Seed: 1, ArticlesOf: 29, Queries: 10,
		Sizes: []benchResult{{Paragraphs: 1000, Articles: 35, AddSeconds: -1, Latency: map[string]latency{"ask": {N: 10, P50: 1.5, P99: 12.25, Max: 150}}}}}
	var b strings.Builder
	if err := r.writeMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{"2 CPUs (Test CPU)", "| paragraphs | articles |", "| 1000 | 35 |", "| n/a |", "1.50 / 12.2 / 150", "| not timed |", "/ask 0/10 abstained."} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "\n| ") != 3 {
		t.Errorf("want a header, a separator and one row:\n%s", got)
	}
}

func TestBenchFlags(t *testing.T) {
	for _, args := range [][]string{{"--paragraphs", "10"}, {"--paragraphs", "1000,x"}, {"--queries", "0"}, {"--runs", "0"}, {"--commands", "ask,paragraph"}, {"extra"}} {
		if _, _, err := runCLI(t, append([]string{"bench"}, args...)...); err == nil {
			t.Errorf("bench %v: no error", args)
		}
	}
	o, err := parseBenchFlags([]string{"--paragraphs", "1_000,10000", "--articles-of", "20", "--commands", "/ask,who"}, new(strings.Builder))
	if err != nil || len(o.sizes) != 2 || o.sizes[0] != 1000 || o.perArticle != 20 || len(o.commands) != 2 || !o.commands["ask"] {
		t.Errorf("parseBenchFlags: %+v, %v", o, err)
	}
}

// With --runs, each figure is the median of the runs', and a build that
// one run's machine slowed does not make the size's figure.
func TestMedianResult(t *testing.T) {
	run := func(build, cpu, p50 float64) benchResult {
		return benchResult{Paragraphs: 1000, BuildSeconds: build, BuildCPUSeconds: cpu, BuildRate: 1000 / build, AddSeconds: -1,
			Latency: map[string]latency{"ask": {N: 10, P50: p50, P99: 2 * p50, CPUMS: -1}}}
	}
	tests := []struct {
		name            string
		runs            []benchResult
		build, cpu, p50 float64
	}{
		{"one run, as it is", []benchResult{run(2, 3, 1)}, 2, 3, 1},
		{"three, the middle one", []benchResult{run(2, 3, 1), run(9, 9, 5), run(1, 2, 2)}, 2, 3, 2},
		{"two, the lower", []benchResult{run(2, 3, 1), run(4, 5, 3)}, 2, 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := medianResult(tt.runs)
			if got.BuildSeconds != tt.build || got.BuildCPUSeconds != tt.cpu || got.Latency["ask"].P50 != tt.p50 || got.Latency["ask"].P99 != 2*tt.p50 {
				t.Errorf("build %v, CPU %v, /ask p50 %v p99 %v; want %v, %v, %v, %v", got.BuildSeconds, got.BuildCPUSeconds, got.Latency["ask"].P50, got.Latency["ask"].P99, tt.build, tt.cpu, tt.p50, 2*tt.p50)
			}
			if got.BuildRate != 1000/tt.build || got.AddSeconds != -1 || got.Latency["ask"].CPUMS != -1 || got.Latency["ask"].N != 10 {
				t.Errorf("rate %v, add %v, CPU %v, n %d", got.BuildRate, got.AddSeconds, got.Latency["ask"].CPUMS, got.Latency["ask"].N)
			}
			if len(tt.runs) > 1 && len(got.Runs) != len(tt.runs) {
				t.Errorf("%d runs kept, want %d", len(got.Runs), len(tt.runs))
			}
		})
	}
}

func TestGCsDuring(t *testing.T) {
	for _, tc := range []struct {
		name           string
		cycles, pauses uint64
		want           int
	}{
		{"none", 0, 0, 0},
		{"one, whole", 1, 2, 1},
		{"one started, not ended", 0, 1, 1},
		{"one ended, started before", 1, 1, 1},
		{"two whole, a third started", 2, 5, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := gcsDuring(tc.cycles, tc.pauses); got != tc.want {
				t.Errorf("gcsDuring(%d, %d) = %d, want %d", tc.cycles, tc.pauses, got, tc.want)
			}
		})
	}
}

// rssPages sees the anonymous memory a process touches grow.
func TestRSSPages(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/statm")
	}
	anon, file := rssPages()
	if anon <= 0 || file <= 0 {
		t.Fatalf("rssPages() = %d, %d; want both positive", anon, file)
	}
	b := make([]byte, 16<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	after, _ := rssPages()
	if grew := float64(after-anon) * pageKB; grew < 8<<10 {
		t.Errorf("anonymous RSS grew %.0f KB after touching 16 MB, want at least 8 MB", grew)
	}
	runtime.KeepAlive(b)
}
