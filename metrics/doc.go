// Package metrics counts what coveragebot serves and exposes the counts in the
// Prometheus text exposition format (version 0.0.4), without the Prometheus
// client library: the bot needs a handful of counters, one histogram and two
// gauges, which do not justify a dependency.
package metrics
