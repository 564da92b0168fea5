package metrics

import (
	"sync"
	"time"
)

// The outcomes the bot reports for a served command.
const (
	OutcomeOK        = "ok"
	OutcomeUserError = "user_error"
	OutcomeError     = "error"
	OutcomeAbstained = "abstained"
)

// DurationBuckets are the upper bounds, in seconds, of the command duration
// histogram: from 1ms (a cached autocomplete) to 5s (well past Discord's 3s
// deadline for a first reply, which is what must be visible).
var DurationBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

// Registry holds coveragebot's metrics. It satisfies bot.Recorder and is safe
// for concurrent use; the zero value is not usable, call New.
type Registry struct {
	mu          sync.Mutex
	commands    map[commandOutcome]uint64
	durations   map[string]*histogram
	rateLimited map[string]uint64
	failed      map[string]uint64
	indexDocs   int
	indexLoad   time.Duration
}

type commandOutcome struct{ command, outcome string }

// histogram counts observations per bucket; counts[i] is the number of
// observations at most DurationBuckets[i], not cumulative, so that observing
// touches one slot.
type histogram struct {
	counts []uint64
	count  uint64
	sum    float64
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{
		commands:    map[commandOutcome]uint64{},
		durations:   map[string]*histogram{},
		rateLimited: map[string]uint64{},
		failed:      map[string]uint64{},
	}
}

// CommandServed counts one answered command with its outcome and observes how
// long it took.
func (r *Registry) CommandServed(command, outcome string, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.commands[commandOutcome{command, outcome}]++
	h := r.durations[command]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(DurationBuckets))}
		r.durations[command] = h
	}
	s := d.Seconds()
	for i, le := range DurationBuckets {
		if s <= le {
			h.counts[i]++
			break
		}
	}
	h.count++
	h.sum += s
}

// RateLimited counts one command refused by the per-user rate limit.
func (r *Registry) RateLimited(command string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.rateLimited[command]++
}

// InteractionFailed counts one reply that could not be delivered to Discord.
func (r *Registry) InteractionFailed(command string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed[command]++
}

// SetIndex records the size of the loaded index and how long loading took;
// call it after every load or reload.
func (r *Registry) SetIndex(docs int, loadTime time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.indexDocs = docs
	r.indexLoad = loadTime
}
