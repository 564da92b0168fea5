package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/internal/synth"
)

// benchOptions are the flags of coveragebot bench.
type benchOptions struct {
	sizes      []int
	perArticle int
	queries    int
	commands   map[string]bool
	dir        string
	seed       uint64
	json       bool
	cpuprofile string
	replies    string
	trace      bool
	// runs is how many times each size is measured, each in a child
	// process of its own on a fresh index; the report gives each
	// figure's median.
	runs int
}

// benchPlan is what the parent hands a child: the corpus to load, where to
// index it, and the queries to time. The child reads it from a file, so
// that generating the corpus never counts in the child's memory.
type benchPlan struct {
	Facts   []string      `json:"facts"`
	Extra   string        `json:"extra"`
	Index   string        `json:"index"`
	Warmup  []synth.Query `json:"warmup"`
	Timed   []synth.Query `json:"timed"`
	Profile string        `json:"profile,omitempty"`
	// Replies, when set, is where the child writes every query's reply
	// after the timing (--replies).
	Replies string `json:"replies,omitempty"`
	// Trace, when set, has the child report every timed query (--trace).
	Trace bool `json:"trace,omitempty"`
}

// childEnv marks a process started by bench to measure one size: a test
// binary looks for it (TestMain) to run the child instead of the tests.
const childEnv = "COVERAGEBOT_BENCH_CHILD"

// cmdBench measures the engine on synthetic coverages of each size, each in
// a fresh child process so that its peak memory is its own, and prints a
// table (or --json).
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "--child" {
		return benchChild(ctx, args[1:], stdout)
	}
	o, err := parseBenchFlags(args, stderr)
	if err != nil {
		return err
	}
	root := o.dir
	if root == "" {
		if root, err = os.MkdirTemp("", "coveragebot-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(root)
	}
	// Every corpus first, then the runs: each run measures every size in
	// turn, so that a machine that slows down or speeds up in the
	// meantime moves each size's figures alike, and a ratio of sizes is
	// of figures measured in the same minute.
	plans := make([]string, len(o.sizes))
	for i, n := range o.sizes {
		fmt.Fprintf(stderr, "bench: %d paragraphs: generating\n", n)
		if plans[i], err = writeBenchCorpus(filepath.Join(root, strconv.Itoa(n)), n, o); err != nil {
			return err
		}
	}
	runs := make([][]benchResult, len(o.sizes))
	for r := range o.runs {
		for i, n := range o.sizes {
			fmt.Fprintf(stderr, "bench: %d paragraphs: measuring in a child process (run %d of %d)\n", n, r+1, o.runs)
			p, err := planForRun(plans[i], r)
			if err != nil {
				return err
			}
			res, err := runBenchChild(ctx, p, stderr)
			if err != nil {
				return fmt.Errorf("bench %d paragraphs: %w", n, err)
			}
			fmt.Fprintf(stderr, "bench: %d paragraphs: built in %.1f s (%.0f ¶/s), reopened in %.2f s, /ask p99 %.1f ms\n",
				n, res.BuildSeconds, res.BuildRate, res.ReopenSeconds, res.Latency["ask"].P99)
			runs[i] = append(runs[i], res)
		}
	}
	rows := make([]benchResult, len(o.sizes))
	for i := range o.sizes {
		rows[i] = medianResult(runs[i])
	}
	report := benchReport{Machine: thisMachine(), Seed: o.seed, ArticlesOf: o.perArticle, Queries: o.queries, Sizes: rows}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return report.writeMarkdown(stdout)
}

func parseBenchFlags(args []string, stderr io.Writer) (benchOptions, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("paragraphs", "1000,10000,100000", "coverage sizes to measure, in paragraphs, comma-separated")
	o := benchOptions{}
	fs.IntVar(&o.perArticle, "articles-of", synth.DefaultPerArticle, "paragraphs per article")
	fs.IntVar(&o.queries, "queries", 200, "timed queries per command and size")
	cmds := fs.String("commands", strings.Join(synth.QueryCommands, ","), "commands to time, comma-separated")
	fs.StringVar(&o.dir, "dir", "", "keep corpora and indexes in `DIR` (default: a temporary directory, removed)")
	fs.Uint64Var(&o.seed, "seed", 1, "generator seed")
	fs.BoolVar(&o.json, "json", false, "print JSON instead of a markdown table")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write CPU profiles of each size's build, reopen, queries and added article, and heap profiles after the build, once serving and after the queries (pprof -diff_base the last two for what the queries allocate), into `DIR`")
	fs.IntVar(&o.runs, "runs", 1, "measure each size this many times, each in a child process of its own on a fresh index, and report each figure's median (and every run with --json)")
	fs.StringVar(&o.replies, "replies", "", "after the timing, answer every query again and write each reply as a line of JSON (pictures as their SHA-256) to `DIR`/N-replies.jsonl, to check with cmp that a change left the answers as they were")
	fs.BoolVar(&o.trace, "trace", false, "with --json, give every timed query's wall and CPU time, page faults, collections and allocations, in the order run, and label the CPU profile's samples (--cpuprofile) with each query's command, kind and line (pprof -tagfocus kind=direct)")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return o, exitError(0)
	} else if err != nil {
		return o, exitError(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "bench: unexpected argument %q\n", fs.Arg(0))
		return o, exitError(2)
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(s), "_", ""))
		if err != nil || n < o.perArticle {
			fmt.Fprintf(stderr, "bench: --paragraphs: %q is not a number of paragraphs of at least --articles-of (%d)\n", s, o.perArticle)
			return o, exitError(2)
		}
		o.sizes = append(o.sizes, n)
	}
	o.commands = map[string]bool{}
	for _, c := range strings.Split(*cmds, ",") {
		c = strings.TrimPrefix(strings.TrimSpace(c), "/")
		if !slices.Contains(synth.QueryCommands, c) {
			fmt.Fprintf(stderr, "bench: --commands: %q is none of %s\n", c, strings.Join(synth.QueryCommands, ", "))
			return o, exitError(2)
		}
		o.commands[c] = true
	}
	if o.perArticle < 5 || o.queries < 1 || o.runs < 1 {
		fmt.Fprintln(stderr, "bench: --articles-of must be at least 5, and --queries and --runs at least 1")
		return o, exitError(2)
	}
	return o, nil
}

// writeBenchCorpus generates a coverage of n paragraphs into dir/corpus and
// the plan for its child into dir/plan.json.
func writeBenchCorpus(dir string, n int, o benchOptions) (string, error) {
	c, err := synth.Generate(synth.Options{Paragraphs: n, PerArticle: o.perArticle, Seed: o.seed})
	if err != nil {
		return "", err
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	corpus, err := filepath.Abs(filepath.Join(dir, "corpus"))
	if err != nil {
		return "", err
	}
	if err := c.WriteDir(corpus); err != nil {
		return "", fmt.Errorf("write corpus: %w", err)
	}
	plan := benchPlan{
		Index:  filepath.Join(filepath.Dir(corpus), "index"),
		Extra:  filepath.Join(corpus, filepath.FromSlash(c.ExtraFacts())),
		Warmup: only(c.Queries(max(10, o.queries/10), 1), o.commands),
		Timed:  only(c.Queries(o.queries, 0), o.commands),
		Trace:  o.trace,
	}
	for _, f := range c.Facts() {
		plan.Facts = append(plan.Facts, filepath.Join(corpus, f))
	}
	if o.cpuprofile != "" {
		if err := os.MkdirAll(o.cpuprofile, 0o755); err != nil {
			return "", err
		}
		plan.Profile = filepath.Join(o.cpuprofile, strconv.Itoa(n))
	}
	if o.replies != "" {
		if err := os.MkdirAll(o.replies, 0o755); err != nil {
			return "", err
		}
		if plan.Replies, err = filepath.Abs(filepath.Join(o.replies, strconv.Itoa(n)+"-replies.jsonl")); err != nil {
			return "", err
		}
	}
	raw, err := json.Marshal(plan)
	if err != nil {
		return "", err
	}
	path := filepath.Join(filepath.Dir(corpus), "plan.json")
	return path, os.WriteFile(path, raw, 0o644)
}

// planForRun returns the plan of run r (from 0) of a size: the first is the
// plan as written; each later one indexes into a directory of its own, so
// that it builds rather than reopens, and writes no profiles or replies.
func planForRun(path string, r int) (string, error) {
	if r == 0 {
		return path, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var plan benchPlan
	if err := json.Unmarshal(raw, &plan); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	plan.Index += "-" + strconv.Itoa(r+1)
	plan.Profile, plan.Replies = "", ""
	if raw, err = json.Marshal(plan); err != nil {
		return "", err
	}
	out := strings.TrimSuffix(path, ".json") + "-" + strconv.Itoa(r+1) + ".json"
	return out, os.WriteFile(out, raw, 0o644)
}

// only keeps the queries of the given commands.
func only(qs []synth.Query, commands map[string]bool) []synth.Query {
	var out []synth.Query
	for _, q := range qs {
		if commands[q.Command] {
			out = append(out, q)
		}
	}
	return out
}

// runBenchChild re-runs this binary on one plan and reads its result.
func runBenchChild(ctx context.Context, plan string, stderr io.Writer) (benchResult, error) {
	exe, err := os.Executable()
	if err != nil {
		return benchResult{}, err
	}
	cmd := exec.CommandContext(ctx, exe, "bench", "--child", plan)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, stderr
	if err := cmd.Run(); err != nil {
		return benchResult{}, fmt.Errorf("child: %w", err)
	}
	var res benchResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return benchResult{}, fmt.Errorf("child's result: %w: %q", err, out.String())
	}
	return res, nil
}

// machine says where the figures were measured.
type machine struct {
	OS        string `json:"os"`
	CPUs      int    `json:"cpus"`
	CPU       string `json:"cpu"`
	GoVersion string `json:"go"`
	Date      string `json:"date"`
}

func thisMachine() machine {
	m := machine{OS: runtime.GOOS + "/" + runtime.GOARCH, CPUs: runtime.NumCPU(), GoVersion: runtime.Version(), Date: time.Now().UTC().Format(time.DateOnly)}
	if raw, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}
