// Package extract drafts a fact base from a news article's plain text: the
// people and organisations it names (with roles, aliases and paragraphs),
// its direct quotes attributed to their speakers by deterministic sieves,
// and its temporal expressions resolved against the publication date.
//
// It is pure functions over text: no network, no model. The rules (speech
// verbs, titles, organisation patterns, places, tense markers) are data in
// rules.go and places.txt. A draft is for an editor to review; every item
// carries the evidence it was drafted from, and a quote with no reliable
// speaker is left unattributed rather than guessed. Score compares a draft
// with a hand-made fact base.
package extract
