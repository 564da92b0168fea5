// Package metrics counts what coveragebot serves and exposes the counts to
// Prometheus, with the Go runtime's and the process's own metrics beside
// them. It uses prometheus/client_golang on a registry of its own (never the
// global one), and keeps the command label to the registered command names
// plus "unknown", so that a request cannot add series.
package metrics
