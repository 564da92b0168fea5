package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// Responder sends the bot's answers to one interaction. The gateway sends
// everything through the REST API; an HTTP interactions endpoint would
// answer the first Respond in its HTTP response and the rest through REST.
type Responder interface {
	// Respond sends the interaction's one initial response (callback).
	Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error
	// Edit replaces the original response, typically a deferred one.
	Edit(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error
	// Delete removes the original response.
	Delete(ctx context.Context, i *discordgo.Interaction) error
	// Followup sends another message after the initial response.
	Followup(ctx context.Context, i *discordgo.Interaction, params *discordgo.WebhookParams) error
}

// SessionResponder answers through a discordgo session's REST client.
type SessionResponder struct {
	Session *discordgo.Session
}

var _ Responder = SessionResponder{}

// Respond POSTs /interactions/{id}/{token}/callback.
func (r SessionResponder) Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return r.Session.InteractionRespond(i, resp, discordgo.WithContext(ctx))
}

// Edit PATCHes /webhooks/{app}/{token}/messages/@original.
func (r SessionResponder) Edit(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	_, err := r.Session.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx))
	return err
}

// Delete DELETEs /webhooks/{app}/{token}/messages/@original.
func (r SessionResponder) Delete(ctx context.Context, i *discordgo.Interaction) error {
	return r.Session.InteractionResponseDelete(i, discordgo.WithContext(ctx))
}

// Followup POSTs /webhooks/{app}/{token}?wait=true.
func (r SessionResponder) Followup(ctx context.Context, i *discordgo.Interaction, params *discordgo.WebhookParams) error {
	_, err := r.Session.FollowupMessageCreate(i, true, params, discordgo.WithContext(ctx))
	return err
}
