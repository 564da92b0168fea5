// Package feedback is what readers think of the bot's answers: the /ask
// answers as they were sent (question, cited paragraphs, the versions of
// the articles cited), the 👍 and 👎 votes on them with what was wrong, and
// their export as CSV, YAML or evaluation cases for an editor. It holds the
// types and the export formats; feedback/sqlite keeps them in a database.
package feedback

import (
	"context"
	"errors"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Answer is an /ask answer as it was sent, kept so that a vote says what it
// was about even after the coverage changes.
type Answer struct {
	// ID is the Discord interaction that asked: the /ask command, or the
	// submitted follow-up.
	ID string `yaml:"id"`
	// Question is what the engine was asked: for a follow-up, the text as
	// typed with the first question's names put in (see commands.FollowUp).
	Question string `yaml:"question"`
	// Typed is a follow-up as the user typed it; "" for an /ask.
	Typed string `yaml:"typed,omitempty"`
	// FollowUpTo is the question a follow-up follows; "" for an /ask.
	FollowUpTo string `yaml:"follow_up_to,omitempty"`
	// Article is the article the question was narrowed to, "" for all.
	Article   string `yaml:"article,omitempty"`
	Abstained bool   `yaml:"abstained"`
	// Citations are the cited paragraphs in the order the reply shows them.
	Citations []knowledge.Ref `yaml:"citations"`
	// Versions gives the version (commands.ArticleVersion) of each cited
	// article, or for an abstention narrowed to one article, of that one.
	Versions map[string]string `yaml:"versions"`
	// Coverage is the version of the whole coverage that answered
	// (commands.CoverageVersion): what an abstention was judged against.
	Coverage string    `yaml:"coverage"`
	At       time.Time `yaml:"answered_at"`
}

// Vote is one user's 👍 or 👎 on an answer. A user has one vote per answer;
// a new one replaces it.
type Vote struct {
	AnswerID string
	// UserID is the Discord user id. Stores keep only a salted hash of it.
	UserID string
	Up     bool
	// Comment is what was wrong, for a 👎. An empty comment on a 👎 keeps
	// the one given before; a 👍 clears it.
	Comment string
	At      time.Time
}

// Record is one vote with the answer it is about, as exported.
type Record struct {
	Answer Answer
	// User is the voter's salted hash, never the Discord id.
	User    string
	Up      bool
	Comment string
	At      time.Time
}

// Store keeps answers and votes. feedback/sqlite implements it.
type Store interface {
	// RecordAnswer keeps an answer; recording the same id again changes
	// nothing.
	RecordAnswer(ctx context.Context, a Answer) error
	// Vote records or replaces v.UserID's vote on v.AnswerID. The answer
	// must have been recorded: ErrUnknownAnswer otherwise.
	Vote(ctx context.Context, v Vote) error
	// Export returns every vote cast at or after since (all with the zero
	// time), oldest first, each with its answer.
	Export(ctx context.Context, since time.Time) ([]Record, error)
}

// ErrUnknownAnswer is returned for a vote on an answer the store does not
// hold: one sent before feedback was enabled, or by a replica with another
// database.
var ErrUnknownAnswer = errors.New("feedback: no such answer recorded")
