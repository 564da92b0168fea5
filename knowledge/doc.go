// Package knowledge holds the coverage a bot answers from: articles split into
// numbered paragraphs, the curated fact base about each (people and
// organisations, dated events, attributed quotes), its validation, and the
// interface of the engine that finds excerpts for a question (engine/ implements it).
//
// It knows nothing of Discord or of commands: callers get plain structs back.
package knowledge
