package metrics

import (
	"io"
	"net/http"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/prometheus/common/expfmt"
)

// The outcomes the bot reports for a served command.
const (
	OutcomeOK        = "ok"
	OutcomeUserError = "user_error"
	OutcomeError     = "error"
	OutcomeAbstained = "abstained"
)

// Unknown is the command label of every name that was not registered with
// New: names come from requests, and each distinct label is a new series.
const Unknown = "unknown"

var outcomes = []string{OutcomeOK, OutcomeUserError, OutcomeError, OutcomeAbstained}

// DurationBuckets are the upper bounds, in seconds, of the command duration
// histogram: from 1ms (a cached autocomplete) to 5s (well past Discord's 3s
// deadline for a first reply, which is what must be visible).
var DurationBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

// Registry holds coveragebot's metrics. It satisfies bot.Recorder and
// http.Handler and is safe for concurrent use; create it with New.
type Registry struct {
	reg         *prometheus.Registry
	known       map[string]bool
	commands    *prometheus.CounterVec
	durations   *prometheus.HistogramVec
	rateLimited *prometheus.CounterVec
	failed      *prometheus.CounterVec
	indexDocs   prometheus.Gauge
	indexLoad   prometheus.Gauge
	handler     http.Handler
}

// New returns a registry whose command label takes the given names (the
// registered commands) and Unknown. Every series of those names starts at
// zero, so that dashboards find them before the first command.
func New(commands ...string) *Registry {
	r := &Registry{
		reg:   prometheus.NewRegistry(),
		known: map[string]bool{},
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coveragebot_commands_total", Help: "Commands answered, by command and outcome.",
		}, []string{"command", "outcome"}),
		durations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "coveragebot_command_duration_seconds", Help: "Time to answer a command, including the calls to Discord.",
			Buckets: DurationBuckets,
		}, []string{"command"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coveragebot_rate_limited_total", Help: "Commands refused by the per-user rate limit, by command.",
		}, []string{"command"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coveragebot_interactions_failed_total", Help: "Replies that could not be delivered to Discord, by command.",
		}, []string{"command"}),
		indexDocs: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "coveragebot_index_documents", Help: "Documents in the loaded search index.",
		}),
		indexLoad: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "coveragebot_index_load_seconds", Help: "How long the last load of the articles and index took.",
		}),
	}
	r.reg.MustRegister(r.commands, r.durations, r.rateLimited, r.failed, r.indexDocs, r.indexLoad,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, c := range append(slices.Clone(commands), Unknown) {
		r.known[c] = true
		for _, o := range outcomes {
			r.commands.WithLabelValues(c, o)
		}
		r.durations.WithLabelValues(c)
		r.rateLimited.WithLabelValues(c)
		r.failed.WithLabelValues(c)
	}
	r.handler = promhttp.HandlerFor(r.reg, promhttp.HandlerOpts{})
	return r
}

// label is the command label for name: itself if registered, else Unknown.
func (r *Registry) label(name string) string {
	if r.known[name] {
		return name
	}
	return Unknown
}

// CommandServed counts one answered command with its outcome and observes how
// long it took.
func (r *Registry) CommandServed(command, outcome string, d time.Duration) {
	if !slices.Contains(outcomes, outcome) {
		outcome = OutcomeError // a caller's bug must not add series either
	}
	c := r.label(command)
	r.commands.WithLabelValues(c, outcome).Inc()
	r.durations.WithLabelValues(c).Observe(d.Seconds())
}

// RateLimited counts one command refused by the per-user rate limit.
func (r *Registry) RateLimited(command string) { r.rateLimited.WithLabelValues(r.label(command)).Inc() }

// InteractionFailed counts one reply that could not be delivered to Discord.
func (r *Registry) InteractionFailed(command string) {
	r.failed.WithLabelValues(r.label(command)).Inc()
}

// SetIndex records the size of the loaded index and how long loading took;
// call it after every load or reload.
func (r *Registry) SetIndex(docs int, loadTime time.Duration) {
	r.indexDocs.Set(float64(docs))
	r.indexLoad.Set(loadTime.Seconds())
}

// ServeHTTP serves every metric for a Prometheus scrape, in the format the
// scraper asks for (text by default).
func (r *Registry) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	r.handler.ServeHTTP(w, req)
}

// WriteTo writes coveragebot's own metrics (not the runtime's, which change
// from one call to the next) in the text exposition format, sorted, so that
// tests can compare them.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	fams, err := r.reg.Gather()
	if err != nil {
		return 0, err
	}
	var n int64
	for _, f := range fams {
		if !ours(f.GetName()) {
			continue
		}
		k, err := expfmt.MetricFamilyToText(w, f)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func ours(name string) bool {
	return len(name) > len("coveragebot_") && name[:len("coveragebot_")] == "coveragebot_"
}
