// Package data ships the first article and its fact base inside the binary,
// so that coveragebot answers from a fresh clone, or from a binary copied
// anywhere, with no configuration.
package data

import "embed"

// FS holds the shipped articles and fact bases.
//
//go:embed *.txt *.yaml
var FS embed.FS

// DefaultFacts is the shipped fact base, a path within FS.
const DefaultFacts = "istanbul-talks.yaml"
