package bot

import (
	"context"
	"time"

	"github.com/coveragebot/coveragebot/commands"
)

// Commands is what the bot needs of the command layer. *commands.Router
// implements it; tests use small fakes.
type Commands interface {
	Specs() []commands.Spec
	Handle(ctx context.Context, req commands.Request) (commands.Response, error)
	Autocomplete(ctx context.Context, req commands.AutocompleteRequest) []commands.Choice
	Render(resp commands.Response) []commands.Message
}

var _ Commands = (*commands.Router)(nil)

// Outcomes of a served command, as passed to Recorder.CommandServed.
const (
	OutcomeOK        = "ok"
	OutcomeUserError = "user_error"
	OutcomeError     = "error"
	OutcomeAbstained = "abstained"
)

// Recorder receives metrics about interactions. Implementations must be safe
// for concurrent use; a nil Recorder passed to New records nothing.
type Recorder interface {
	// CommandServed is called once per answered command with its outcome
	// (OutcomeOK, OutcomeUserError, OutcomeError or OutcomeAbstained) and how
	// long answering took, including the calls to Discord.
	CommandServed(command, outcome string, d time.Duration)
	// RateLimited is called when a user's command is refused for going over
	// the per-user rate limit.
	RateLimited(command string)
	// InteractionFailed is called when a reply could not be delivered to
	// Discord, so the user saw "The application did not respond".
	InteractionFailed(command string)
}

type nopRecorder struct{}

func (nopRecorder) CommandServed(string, string, time.Duration) {}
func (nopRecorder) RateLimited(string)                          {}
func (nopRecorder) InteractionFailed(string)                    {}
