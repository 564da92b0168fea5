package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// scrubbing wraps a Responder so that its errors never show the
// interaction token: net/http puts the URL, token included, in its errors,
// and the token lets anyone edit the reply for 15 minutes.
type scrubbing struct {
	Responder
	token string
}

type scrubbedError struct {
	err   error
	token string
}

func (e scrubbedError) Error() string { return strings.ReplaceAll(e.err.Error(), e.token, "{token}") }
func (e scrubbedError) Unwrap() error { return e.err }

func (s scrubbing) wrap(err error) error {
	if err == nil || s.token == "" {
		return err
	}
	return scrubbedError{err: err, token: s.token}
}

func (s scrubbing) Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return s.wrap(s.Responder.Respond(ctx, i, resp))
}

func (s scrubbing) Edit(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	return s.wrap(s.Responder.Edit(ctx, i, edit))
}

func (s scrubbing) Delete(ctx context.Context, i *discordgo.Interaction) error {
	return s.wrap(s.Responder.Delete(ctx, i))
}

func (s scrubbing) Followup(ctx context.Context, i *discordgo.Interaction, params *discordgo.WebhookParams) error {
	return s.wrap(s.Responder.Followup(ctx, i, params))
}
