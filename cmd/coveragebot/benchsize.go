package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/internal/synth"
	"github.com/coveragebot/coveragebot/knowledge"
)

// benchResult is what one size measured. Times are in seconds, latencies in
// milliseconds, memory in MB (2^20 bytes); a negative figure was not
// measured.
type benchResult struct {
	Paragraphs int `json:"paragraphs"`
	Articles   int `json:"articles"`
	IndexDocs  int `json:"index_docs"`
	// StartupSeconds is the first load of one article in memory: the
	// process-wide word vectors and WordNet, which a restart pays too.
	StartupSeconds float64 `json:"startup_s"`
	BuildSeconds   float64 `json:"build_s"`
	// BuildCPUSeconds is the CPU time of the build, all threads: on a
	// shared machine, steadier than BuildSeconds.
	BuildCPUSeconds float64 `json:"build_cpu_s"`
	// BuildRate is paragraphs per second of the build.
	BuildRate float64 `json:"build_paragraphs_per_s"`
	// PeakBuildMB is VmHWM after the build: the most the process held so
	// far, start-up included.
	PeakBuildMB float64 `json:"peak_rss_build_mb"`
	IndexMB     float64 `json:"index_disk_mb"`
	// ReopenSeconds is a second Load on the same index directory: until
	// the coverage answers.
	ReopenSeconds float64 `json:"reopen_s"`
	// SettledSeconds is the reopen until the tables made in the background
	// after it (autocomplete's) are made too.
	SettledSeconds float64 `json:"settled_s"`
	// PeakReopenMB is VmHWM over the reopen alone: reset before it, once
	// the first coverage is collected.
	PeakReopenMB float64 `json:"peak_rss_reopen_mb"`
	// ServingMB is VmRSS after the reopen, a GC and returning freed memory
	// to the system.
	ServingMB float64 `json:"serving_rss_mb"`
	// ServingHeapMB and ServingObjects are what the heap holds then: the
	// objects are what each garbage collection marks.
	ServingHeapMB  float64 `json:"serving_heap_mb"`
	ServingObjects uint64  `json:"serving_heap_objects"`
	// PeakServingMB is VmHWM over the timed queries alone (reset before
	// them): what serving holds at its most, the garbage its answers make
	// before a collection included; -1 when not measured.
	PeakServingMB float64 `json:"peak_rss_serving_mb"`
	// PeakServingFileMB is the part of that peak that is files mapped
	// (RssFile after the queries: the binary, the snapshot's texts,
	// vectors and ids, the index's segments), pages the kernel can take
	// back; the rest is anonymous, mostly the heap. -1 when not measured.
	PeakServingFileMB float64 `json:"peak_rss_serving_file_mb"`
	// AddSeconds is adding one article to the loaded coverage
	// (Library.Reload with one fact base more, as on SIGHUP); -1 when not
	// measured.
	AddSeconds float64 `json:"add_article_s"`
	// Latency is per command: ask, who, quote, timeline, autocomplete.
	Latency map[string]latency `json:"latency_ms"`
	// QueryGCs is how many garbage collections ran during the timed
	// queries, in whole or in part (see gcsDuring), and QuerySeconds how
	// long those took in all.
	QueryGCs     int     `json:"query_gcs"`
	QuerySeconds float64 `json:"query_s"`
	// Runs are the runs a result with --runs is the median of, each as
	// its child measured it; empty for a single run.
	Runs []benchResult `json:"runs,omitempty"`
}

// medianResult returns one result from the runs of a size: each figure
// the median of the runs' (the lower of the middle two for an even
// number), the build rate that of the median build time, the counts and
// slowest queries the first run's. One run is returned as it is.
func medianResult(runs []benchResult) benchResult {
	if len(runs) == 1 {
		return runs[0]
	}
	med := func(f func(benchResult) float64) float64 {
		xs := make([]float64, len(runs))
		for i, r := range runs {
			xs[i] = f(r)
		}
		slices.Sort(xs)
		return xs[(len(xs)-1)/2]
	}
	out := runs[0]
	out.StartupSeconds = med(func(r benchResult) float64 { return r.StartupSeconds })
	out.BuildSeconds = med(func(r benchResult) float64 { return r.BuildSeconds })
	out.BuildCPUSeconds = med(func(r benchResult) float64 { return r.BuildCPUSeconds })
	out.BuildRate = float64(out.Paragraphs) / out.BuildSeconds
	out.PeakBuildMB = med(func(r benchResult) float64 { return r.PeakBuildMB })
	out.IndexMB = med(func(r benchResult) float64 { return r.IndexMB })
	out.ReopenSeconds = med(func(r benchResult) float64 { return r.ReopenSeconds })
	out.SettledSeconds = med(func(r benchResult) float64 { return r.SettledSeconds })
	out.PeakReopenMB = med(func(r benchResult) float64 { return r.PeakReopenMB })
	out.ServingMB = med(func(r benchResult) float64 { return r.ServingMB })
	out.PeakServingMB = med(func(r benchResult) float64 { return r.PeakServingMB })
	out.PeakServingFileMB = med(func(r benchResult) float64 { return r.PeakServingFileMB })
	out.ServingHeapMB = med(func(r benchResult) float64 { return r.ServingHeapMB })
	out.ServingObjects = uint64(med(func(r benchResult) float64 { return float64(r.ServingObjects) }))
	out.AddSeconds = med(func(r benchResult) float64 { return r.AddSeconds })
	out.QueryGCs = int(med(func(r benchResult) float64 { return float64(r.QueryGCs) }))
	out.QuerySeconds = med(func(r benchResult) float64 { return r.QuerySeconds })
	out.Latency = map[string]latency{}
	for c, l := range runs[0].Latency {
		at := func(f func(latency) float64) float64 {
			return med(func(r benchResult) float64 { return f(r.Latency[c]) })
		}
		l.P50 = at(func(l latency) float64 { return l.P50 })
		l.P99 = at(func(l latency) float64 { return l.P99 })
		l.Max = at(func(l latency) float64 { return l.Max })
		l.AllocKB = at(func(l latency) float64 { return l.AllocKB })
		l.Allocs = at(func(l latency) float64 { return l.Allocs })
		l.CPUMS = at(func(l latency) float64 { return l.CPUMS })
		l.MinorFaults = at(func(l latency) float64 { return l.MinorFaults })
		l.MajorFaults = at(func(l latency) float64 { return l.MajorFaults })
		out.Latency[c] = l
	}
	out.Runs = runs
	return out
}

type latency struct {
	N         int     `json:"n"`
	P50       float64 `json:"p50"`
	P99       float64 `json:"p99"`
	Max       float64 `json:"max"`
	Abstained int     `json:"abstained"`
	// Errors are replies the router refused with a user-facing error.
	Errors int `json:"errors"`
	// AllocKB is the mean heap allocated by one query, in KB: what drives
	// the collector's work while serving.
	AllocKB float64 `json:"alloc_kb"`
	// Allocs is the mean number of heap allocations of one query: with
	// AllocKB, what the collector has to sweep.
	Allocs float64 `json:"allocs"`
	// CPUMS is the mean CPU time of the process, all threads, over one
	// query, in ms: the work a query costs, the collector's included,
	// steadier than its latency from one run to the next; -1 where it
	// cannot be read.
	CPUMS float64 `json:"cpu_ms"`
	// Slowest are the slowest queries, slowest first (--json only): what
	// to look at when a p99 is high.
	Slowest []slowQuery `json:"slowest,omitempty"`
	// MinorFaults and MajorFaults are the mean page faults of the
	// process over one query: pages of the mapped snapshot or of the
	// embedded WordNet read for the first time, or heap memory touched
	// for the first time; -1 where they cannot be read.
	MinorFaults float64 `json:"minor_faults"`
	MajorFaults float64 `json:"major_faults"`
	// Trace is every timed query in the order run (--trace only).
	Trace []queryTrace `json:"trace,omitempty"`
}

// queryTrace is what one timed query cost: its wall and CPU time, the
// page faults and garbage collections while it ran, what it allocated.
type queryTrace struct {
	Line        string  `json:"line"`
	Kind        string  `json:"kind"`
	MS          float64 `json:"ms"`
	CPUMS       float64 `json:"cpu_ms"`
	MinorFaults int64   `json:"minflt"`
	MajorFaults int64   `json:"majflt"`
	// GCs is how many collections ran in whole or in part during the
	// query (see gcsDuring).
	GCs     int     `json:"gcs"`
	AllocKB float64 `json:"alloc_kb"`
	// AnonKB and FileKB are how much the process's resident memory grew
	// during the query, anonymous (the heap) and of mapped files (the
	// snapshot, the index's segments, the binary with its embedded
	// WordNet): which of them the faults were.
	AnonKB float64 `json:"anon_kb"`
	FileKB float64 `json:"file_kb"`
}

// slowQuery is one timed query and how long it took.
type slowQuery struct {
	Line string  `json:"line"`
	MS   float64 `json:"ms"`
}

// slowestKept is how many of the slowest queries a command's latency keeps.
const slowestKept = 5

// benchChild measures one plan in this process and prints its result as
// JSON: build, on-disk size, reopen, serving memory, queries, then adding
// an article.
func benchChild(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("bench --child needs a plan file")
	}
	raw, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var plan benchPlan
	if err := json.Unmarshal(raw, &plan); err != nil {
		return fmt.Errorf("plan %s: %w", args[0], err)
	}
	res, err := measure(ctx, plan)
	if err != nil {
		return err
	}
	return json.NewEncoder(stdout).Encode(res)
}

func measure(ctx context.Context, plan benchPlan) (benchResult, error) {
	res := benchResult{AddSeconds: -1, PeakReopenMB: -1, PeakServingMB: -1, PeakServingFileMB: -1}
	// Start-up: the lexicon every engine shares, loaded by a first small
	// coverage so that the build measures indexing.
	t := time.Now()
	small, err := engine.Load(ctx, knowledge.Config{Facts: []string{plan.Extra}}, nil)
	if err != nil {
		return res, fmt.Errorf("start-up: %w", err)
	}
	small.Close()
	res.StartupSeconds = time.Since(t).Seconds()

	cfg := knowledge.Config{Facts: plan.Facts, IndexPath: plan.Index, ReopenGCPercent: reopenGCPercent}
	stop := startProfile(plan.Profile, "build")
	t, cpu := time.Now(), cpuTime()
	// As the bot loads at start-up (loadLibrary), with the default
	// index.build_gc_percent.
	load := func() (*knowledge.Library, error) {
		return withGCPercent(defaultBuildGCPercent, func() (*knowledge.Library, error) { return engine.Load(ctx, cfg, nil) })
	}
	lib, err := load()
	if err != nil {
		return res, fmt.Errorf("build: %w", err)
	}
	res.BuildSeconds = time.Since(t).Seconds()
	res.BuildCPUSeconds = -1
	if cpu >= 0 {
		res.BuildCPUSeconds = (cpuTime() - cpu).Seconds()
	}
	stop()
	res.PeakBuildMB = procStatusMB("VmHWM")
	writeHeapProfile(plan.Profile, "build-heap")
	for _, a := range lib.Articles() {
		res.Paragraphs += len(a.Paragraphs)
		res.Articles++
	}
	res.IndexDocs = lib.Docs
	res.BuildRate = float64(res.Paragraphs) / res.BuildSeconds
	if err := lib.Close(); err != nil {
		return res, fmt.Errorf("close: %w", err)
	}
	lib = nil // so that the reopen can collect it
	if res.IndexMB, err = dirMB(plan.Index); err != nil {
		return res, err
	}

	// The reopen's peak is measured from what a restarted process would
	// hold: the lexicon, without the first coverage's garbage.
	runtime.GC()
	debug.FreeOSMemory()
	reset := resetPeak()
	stop = startProfile(plan.Profile, "reopen")
	t = time.Now()
	lib, err = load()
	if err != nil {
		return res, fmt.Errorf("reopen: %w", err)
	}
	// And serves as the bot does, at the default index.serve_gc_percent.
	serveGCPercent(defaultServeGCPercent)
	res.ReopenSeconds = time.Since(t).Seconds()
	// Memory and queries are measured at rest, once the background
	// tables are made.
	lib.Settled()
	res.SettledSeconds = time.Since(t).Seconds()
	stop()
	if reset {
		res.PeakReopenMB = procStatusMB("VmHWM")
	}
	defer lib.Close()
	runtime.GC()
	debug.FreeOSMemory()
	res.ServingMB = procStatusMB("VmRSS")
	res.ServingHeapMB = float64(readMetric(heapBytes)) / (1 << 20)
	res.ServingObjects = readMetric(heapObjects)
	writeHeapProfile(plan.Profile, "serving-heap")

	router := commands.NewRouter(lib, commands.Options{})
	for _, q := range plan.Warmup {
		if _, _, err := runQuery(ctx, router, q); err != nil {
			return res, err
		}
	}
	stop = startProfile(plan.Profile, "queries")
	reset = resetPeak()
	gcs, pauses, t := readMetric(gcCycles), gcPauses(), time.Now()
	res.Latency, err = timeQueries(ctx, router, plan.Timed, plan.Trace)
	res.QuerySeconds = time.Since(t).Seconds()
	if reset {
		res.PeakServingMB = procStatusMB("VmHWM")
		// A mapped file's pages stay until the kernel needs the room, so
		// those read after the queries are those held at their peak.
		res.PeakServingFileMB = procStatusMB("RssFile")
	}
	res.QueryGCs = gcsDuring(readMetric(gcCycles)-gcs, gcPauses()-pauses)
	stop()
	writeHeapProfile(plan.Profile, "queries-heap")
	if err != nil {
		return res, err
	}
	if plan.Replies != "" {
		if err := writeReplies(ctx, lib, router, append(slices.Clip(plan.Warmup), plan.Timed...), plan.Replies); err != nil {
			return res, fmt.Errorf("replies: %w", err)
		}
	}

	// Last, so that the queries ran on the coverage as built.
	stop = startProfile(plan.Profile, "add")
	d, err := addArticle(ctx, lib, cfg, plan.Extra)
	stop()
	if err != nil {
		return res, fmt.Errorf("add an article: %w", err)
	}
	res.AddSeconds = d.Seconds()
	return res, nil
}

// addArticle times adding one article to the loaded coverage as the bot
// does when an editor adds a fact base and sends SIGHUP: Library.Reload
// with the coverage's fact bases and the new one, which reads and checks
// them all and indexes only what changed.
func addArticle(ctx context.Context, lib *knowledge.Library, cfg knowledge.Config, factsPath string) (time.Duration, error) {
	cfg.Facts = append(append([]string(nil), cfg.Facts...), factsPath)
	t := time.Now()
	next, err := lib.Reload(ctx, cfg)
	d := time.Since(t)
	if err != nil {
		return 0, err
	}
	if n := len(next.Articles()); n != len(lib.Articles())+1 {
		next.Close()
		return 0, fmt.Errorf("%d articles after adding one to %d", n, len(lib.Articles()))
	}
	return d, next.Close()
}

// timeQueries runs the timed queries interleaved, one of each command in
// turn as a server sees them, and sums up each command's latencies.
func timeQueries(ctx context.Context, router *commands.Router, qs []synth.Query, trace bool) (map[string]latency, error) {
	byCmd := map[string][]synth.Query{}
	for _, q := range qs {
		byCmd[q.Command] = append(byCmd[q.Command], q)
	}
	times := map[string][]time.Duration{}
	slow := map[string][]slowQuery{}
	allocs, objects := map[string]uint64{}, map[string]uint64{}
	cpus := map[string]time.Duration{}
	minflt, majflt := map[string]int64{}, map[string]int64{}
	traces := map[string][]queryTrace{}
	out := map[string]latency{}
	for i := 0; ; i++ {
		ran := false
		for _, cmd := range synth.QueryCommands {
			if i >= len(byCmd[cmd]) {
				continue
			}
			ran = true
			var gcs, pauses uint64
			var anon, file int64
			if trace {
				gcs, pauses = readMetric(gcCycles), gcPauses()
				anon, file = rssPages()
			}
			mi, ma := pageFaults()
			a, o, cpu, t := readMetric(heapAllocs), readMetric(heapAllocObjects), cpuTime(), time.Now()
			qctx := ctx
			if trace {
				// The query's command, kind and line label the CPU
				// profile's samples (--cpuprofile; pprof -tagfocus
				// kind=direct, or query=...): what one kind of question,
				// or the slowest queries, spent their time on, apart
				// from the others.
				q := byCmd[cmd][i]
				qctx = pprof.WithLabels(ctx, pprof.Labels("command", cmd, "kind", q.Kind, "query", q.Line))
				pprof.SetGoroutineLabels(qctx)
			}
			abstained, userErr, err := runQuery(qctx, router, byCmd[cmd][i])
			d := time.Since(t)
			if trace {
				pprof.SetGoroutineLabels(ctx)
			}
			c := cpuTime()
			mi2, ma2 := pageFaults()
			if trace {
				traces[cmd] = append(traces[cmd], queryTrace{
					Line: byCmd[cmd][i].Line, Kind: byCmd[cmd][i].Kind, MS: float64(d) / float64(time.Millisecond),
					CPUMS: float64(c-cpu) / float64(time.Millisecond), MinorFaults: mi2 - mi, MajorFaults: ma2 - ma,
					GCs:     gcsDuring(readMetric(gcCycles)-gcs, gcPauses()-pauses),
					AllocKB: float64(readMetric(heapAllocs)-a) / 1024,
				})
				anon2, file2 := rssPages()
				tr := &traces[cmd][len(traces[cmd])-1]
				tr.AnonKB, tr.FileKB = float64(anon2-anon)*pageKB, float64(file2-file)*pageKB
			}
			if mi >= 0 && minflt[cmd] >= 0 {
				minflt[cmd] += mi2 - mi
				majflt[cmd] += ma2 - ma
			} else {
				minflt[cmd], majflt[cmd] = -1, -1
			}
			allocs[cmd] += readMetric(heapAllocs) - a
			objects[cmd] += readMetric(heapAllocObjects) - o
			if cpu >= 0 && cpus[cmd] >= 0 {
				cpus[cmd] += c - cpu
			} else {
				cpus[cmd] = -1
			}
			if err != nil {
				return nil, err
			}
			times[cmd] = append(times[cmd], d)
			slow[cmd] = append(slow[cmd], slowQuery{Line: byCmd[cmd][i].Line, MS: float64(d) / float64(time.Millisecond)})
			l := out[cmd]
			if abstained {
				l.Abstained++
			}
			if userErr {
				l.Errors++
			}
			out[cmd] = l
		}
		if !ran {
			break
		}
	}
	for cmd, ds := range times {
		l := out[cmd]
		l.N, l.P50, l.P99, l.Max = len(ds), percentileMS(ds, 50), percentileMS(ds, 99), percentileMS(ds, 100)
		l.AllocKB = float64(allocs[cmd]) / float64(len(ds)) / 1024
		l.Allocs = float64(objects[cmd]) / float64(len(ds))
		l.CPUMS = -1
		if cpus[cmd] >= 0 {
			l.CPUMS = float64(cpus[cmd]) / float64(len(ds)) / float64(time.Millisecond)
		}
		l.MinorFaults, l.MajorFaults = -1, -1
		if minflt[cmd] >= 0 {
			l.MinorFaults = float64(minflt[cmd]) / float64(len(ds))
			l.MajorFaults = float64(majflt[cmd]) / float64(len(ds))
		}
		l.Trace = traces[cmd]
		sq := slow[cmd]
		slices.SortStableFunc(sq, func(a, b slowQuery) int { return cmp.Compare(b.MS, a.MS) })
		l.Slowest = sq[:min(len(sq), slowestKept)]
		out[cmd] = l
	}
	return out, nil
}

// runQuery answers one query as the bot would: parse, handle and render
// (Discord messages), or autocomplete. A user-facing error counts; any
// other error stops the bench.
func runQuery(ctx context.Context, router *commands.Router, q synth.Query) (abstained, userErr bool, err error) {
	req, err := router.Parse(q.Line)
	if err != nil {
		return false, false, fmt.Errorf("query %q does not parse: %w", q.Line, err)
	}
	if q.Command == "autocomplete" {
		cs := router.Autocomplete(ctx, commands.AutocompleteRequest{Command: req.Command, Option: q.Focus, Partial: req.Options[q.Focus], Options: req.Options})
		return len(cs) == 0, false, nil
	}
	resp, err := router.Handle(ctx, req)
	var ue *commands.Error
	switch {
	case errors.As(err, &ue):
		return false, true, nil
	case err != nil:
		return false, false, fmt.Errorf("query %q: %w", q.Line, err)
	}
	_ = router.Render(resp)
	return resp.Abstained, false, nil
}

// The runtime/metrics the queries are measured by: reading one stops
// nothing, unlike runtime.ReadMemStats.
const (
	heapAllocs       = "/gc/heap/allocs:bytes"
	heapAllocObjects = "/gc/heap/allocs:objects"
	gcCycles         = "/gc/cycles/total:gc-cycles"
	gcPauseTimes     = "/sched/pauses/total/gc:seconds"
	heapBytes        = "/memory/classes/heap/objects:bytes"
	heapObjects      = "/gc/heap/objects:objects"
)

// gcsDuring is how many garbage collections ran, in whole or in part,
// while cycles of them ended and they stopped the world pauses times: each
// stops it twice, as it starts and as its marking ends. A cycle that
// starts among the last queries and ends after them ends no cycle there,
// but slows those queries as much: at 100,000 paragraphs the slowest
// /timeline and /ask queries were those, while the count of cycles ended
// said no collection had run. (A cycle under way as the queries start,
// which the forced collection before them makes unlikely, stops the world
// once among them: with another that starts at their end, the two count
// as one.)
func gcsDuring(cycles, pauses uint64) int {
	started := uint64(0)
	if pauses > 2*cycles {
		started = (pauses - 2*cycles + 1) / 2
	}
	return int(cycles + started)
}

// gcPauses is how many times the garbage collector has stopped the world.
func gcPauses() uint64 {
	s := []metrics.Sample{{Name: gcPauseTimes}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64Histogram {
		return 0
	}
	var n uint64
	for _, c := range s[0].Value.Float64Histogram().Counts {
		n += c
	}
	return n
}

// readMetric returns a cumulative uint64 runtime metric.
func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// percentileMS is the nearest-rank percentile p of ds, in milliseconds.
func percentileMS(ds []time.Duration, p int) float64 {
	s := append([]time.Duration(nil), ds...)
	slices.Sort(s)
	i := (p*len(s)+99)/100 - 1
	i = max(0, min(i, len(s)-1))
	return float64(s[i]) / float64(time.Millisecond)
}

// procStatusMB reads a kB figure of /proc/self/status in MB; -1 where
// there is no such file (not Linux).
func procStatusMB(key string) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && k == key {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				return -1
			}
			return kb / 1024
		}
	}
	return -1
}

// pageKB is the size of a page of memory in KB.
var pageKB = float64(os.Getpagesize()) / 1024

// resetPeak resets VmHWM to the current RSS (Linux 4.0 and later), so
// that the next reading is the peak of what follows.
func resetPeak() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// dirMB is the size of the files under dir.
func dirMB(dir string) (float64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	return float64(total) / (1 << 20), err
}

// startProfile writes a CPU profile to prefix-name.pprof until the
// returned function is called; nothing when prefix is empty.
func startProfile(prefix, name string) func() {
	if prefix == "" {
		return func() {}
	}
	f, err := os.Create(prefix + "-" + name + ".pprof")
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: cpu profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "bench: cpu profile:", err)
		f.Close()
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// writeHeapProfile writes what the heap holds now to prefix-name.pprof;
// nothing when prefix is empty.
func writeHeapProfile(prefix, name string) {
	if prefix == "" {
		return
	}
	f, err := os.Create(prefix + "-" + name + ".pprof")
	if err == nil {
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: heap profile:", err)
	}
}
