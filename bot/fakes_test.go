package bot

import (
	"context"
	"errors"
	"time"

	"github.com/coveragebot/coveragebot/commands"
)

// fakeCommands is a hand-written Commands whose behaviour each command name
// picks: see Handle. Its Render does not escape anything, so that a test
// can see what allowed_mentions alone protects against.
type fakeCommands struct {
	// slow is how long the slow commands take.
	slow time.Duration
	// render, when set, replaces the one-page rendering.
	render func(commands.Response) []commands.Message
}

var _ Commands = (*fakeCommands)(nil)

func (f *fakeCommands) Specs() []commands.Spec {
	opts := []commands.OptionSpec{
		{Name: "text", Description: "Text to answer", Type: commands.OptionString},
		{Name: commands.PrivateOption, Description: "Show the reply only to you", Type: commands.OptionBoolean},
	}
	var specs []commands.Spec
	for _, name := range []string{"echo", "boom", "fail", "refuse", "slow", "slowrefuse"} {
		specs = append(specs, commands.Spec{Name: name, Description: "Test command " + name, Options: opts})
	}
	return specs
}

// Handle: echo answers its text; boom panics; fail returns an internal
// error; refuse a user error; slow and slowrefuse do the same as echo and
// refuse after f.slow.
func (f *fakeCommands) Handle(ctx context.Context, req commands.Request) (commands.Response, error) {
	resp := commands.Response{Command: req.Command, Title: "Echo", Intro: req.Options["text"], Ephemeral: req.Options[commands.PrivateOption] == "true"}
	switch req.Command {
	case "boom":
		panic("boom")
	case "fail":
		return commands.Response{}, errors.New("the database is on fire")
	case "refuse":
		return commands.Response{}, commands.Errorf("no such thing as %q", req.Options["text"])
	case "slow", "slowrefuse":
		select {
		case <-time.After(f.slow):
		case <-ctx.Done():
			return commands.Response{}, ctx.Err()
		}
		if req.Command == "slowrefuse" {
			return commands.Response{}, commands.Errorf("no such thing as %q", req.Options["text"])
		}
	}
	return resp, nil
}

func (f *fakeCommands) Autocomplete(_ context.Context, req commands.AutocompleteRequest) []commands.Choice {
	// Too many, with repeats and an empty name: the bot must clean them up.
	out := []commands.Choice{{Name: "", Value: "x"}}
	for i := range 40 {
		out = append(out, commands.Choice{Name: "choice " + string(rune('a'+i%20)), Value: req.Partial})
	}
	return out
}

func (f *fakeCommands) Render(resp commands.Response) []commands.Message {
	if f.render != nil {
		return f.render(resp)
	}
	return []commands.Message{{
		Content:   resp.Intro,
		Ephemeral: resp.Ephemeral,
		Embeds:    []commands.Embed{{Title: resp.Title, Description: resp.Intro}},
	}}
}
