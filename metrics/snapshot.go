package metrics

import (
	"cmp"
	"slices"
	"strconv"
)

// Family is one metric with its help text, type and samples, as exposed.
type Family struct {
	Name    string
	Help    string
	Type    string // counter, gauge or histogram
	Samples []Sample
}

// Sample is one exposed line: a name (the family's, or with _bucket, _sum or
// _count for a histogram), labels and a value.
type Sample struct {
	Name   string
	Labels []Label
	Value  float64
}

// Label is one name="value" pair of a sample.
type Label struct{ Name, Value string }

// Families returns a consistent snapshot of every metric, families sorted by
// name and samples by labels, so that the exposition is deterministic.
func (r *Registry) Families() []Family {
	r.mu.Lock()
	defer r.mu.Unlock()
	fams := []Family{
		r.commandsFamily(),
		r.durationFamily(),
		{Name: "coveragebot_index_documents", Help: "Documents in the loaded search index.", Type: "gauge",
			Samples: []Sample{{Name: "coveragebot_index_documents", Value: float64(r.indexDocs)}}},
		{Name: "coveragebot_index_load_seconds", Help: "How long the last load of the articles and index took.", Type: "gauge",
			Samples: []Sample{{Name: "coveragebot_index_load_seconds", Value: r.indexLoad.Seconds()}}},
		perCommand("coveragebot_interactions_failed_total", "Replies that could not be delivered to Discord, by command.", r.failed),
		perCommand("coveragebot_rate_limited_total", "Commands refused by the per-user rate limit, by command.", r.rateLimited),
	}
	slices.SortFunc(fams, func(a, b Family) int { return cmp.Compare(a.Name, b.Name) })
	return fams
}

func (r *Registry) commandsFamily() Family {
	const name = "coveragebot_commands_total"
	keys := make([]commandOutcome, 0, len(r.commands))
	for k := range r.commands {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b commandOutcome) int {
		return cmp.Or(cmp.Compare(a.command, b.command), cmp.Compare(a.outcome, b.outcome))
	})
	f := Family{Name: name, Help: "Commands answered, by command and outcome.", Type: "counter"}
	for _, k := range keys {
		f.Samples = append(f.Samples, Sample{Name: name,
			Labels: []Label{{"command", k.command}, {"outcome", k.outcome}}, Value: float64(r.commands[k])})
	}
	return f
}

func (r *Registry) durationFamily() Family {
	const name = "coveragebot_command_duration_seconds"
	f := Family{Name: name, Help: "Time to answer a command, including the calls to Discord.", Type: "histogram"}
	for _, command := range sortedKeys(r.durations) {
		h := r.durations[command]
		var cum uint64
		for i, le := range DurationBuckets {
			cum += h.counts[i]
			f.Samples = append(f.Samples, Sample{Name: name + "_bucket",
				Labels: []Label{{"command", command}, {"le", formatFloat(le)}}, Value: float64(cum)})
		}
		f.Samples = append(f.Samples,
			Sample{Name: name + "_bucket", Labels: []Label{{"command", command}, {"le", "+Inf"}}, Value: float64(h.count)},
			Sample{Name: name + "_sum", Labels: []Label{{"command", command}}, Value: h.sum},
			Sample{Name: name + "_count", Labels: []Label{{"command", command}}, Value: float64(h.count)},
		)
	}
	return f
}

func perCommand(name, help string, m map[string]uint64) Family {
	f := Family{Name: name, Help: help, Type: "counter"}
	for _, command := range sortedKeys(m) {
		f.Samples = append(f.Samples, Sample{Name: name, Labels: []Label{{"command", command}}, Value: float64(m[command])})
	}
	return f
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// formatFloat writes a value as Prometheus does: shortest form, +Inf, -Inf, NaN.
func formatFloat(v float64) string {
	return strconv.FormatFloat(v, 'g', -1, 64)
}
