package bot

import (
	"context"
	"fmt"
	"strings"

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
//
// It does not use discordgo's interaction helpers: in v0.29.0 they file each
// call under a rate-limit bucket named by its URL, token included, in a map
// that is never pruned (about 1 KB kept per interaction, for ever), and every
// edit of an original response under one bucket shared by all interactions,
// which serialises them. Each call here gets a bucket of its own instead;
// Discord does not count interaction responses against the global limit.
type SessionResponder struct {
	Session *discordgo.Session
	// APIBase is the API root the session's transport sends to, named in
	// errors instead of discord.com; empty names discord.com.
	APIBase string
}

var _ Responder = SessionResponder{}

// Respond POSTs /interactions/{id}/{token}/callback.
func (r SessionResponder) Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return r.do(ctx, "POST", discordgo.EndpointInteractionResponse(i.ID, i.Token), resp)
}

// Edit PATCHes /webhooks/{app}/{token}/messages/@original.
func (r SessionResponder) Edit(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	return r.do(ctx, "PATCH", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), edit)
}

// Delete DELETEs /webhooks/{app}/{token}/messages/@original.
func (r SessionResponder) Delete(ctx context.Context, i *discordgo.Interaction) error {
	return r.do(ctx, "DELETE", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), nil)
}

// Followup POSTs /webhooks/{app}/{token}?wait=true.
func (r SessionResponder) Followup(ctx context.Context, i *discordgo.Interaction, params *discordgo.WebhookParams) error {
	return r.do(ctx, "POST", discordgo.EndpointWebhookToken(i.AppID, i.Token)+"?wait=true", params)
}

func (r SessionResponder) do(ctx context.Context, method, url string, body any) error {
	var b []byte
	contentType := "application/json"
	if body != nil {
		var err error
		if contentType, b, err = requestBody(body); err != nil {
			return fmt.Errorf("%s %s: %w", method, strings.SplitN(url, "?", 2)[0], err)
		}
	}
	bucket := discordgo.NewRatelimiter().LockBucket(strings.SplitN(url, "?", 2)[0])
	_, err := r.Session.RequestWithLockedBucket(method, url, contentType, b, bucket, 0, discordgo.WithContext(ctx))
	return atHost(err, r.APIBase)
}

// NewRESTResponder returns a Responder that talks to Discord's REST API
// (cfg.APIBase) with no gateway connection, for an HTTP interactions
// endpoint's edits and follow-ups. The token is optional: interaction
// webhooks are authorised by the interaction token in their URL.
func NewRESTResponder(cfg Config) (Responder, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s, err := newSession(cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		s.Token = "" // else discordgo sends "Authorization: Bot "
	}
	return SessionResponder{Session: s, APIBase: cfg.APIBase}, nil
}
