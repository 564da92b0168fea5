package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// noMentions is set on every message the bot sends: article text may quote
// "@everyone" or a user mention, and a citation bot must never ping. Parse is
// an empty, non-nil slice so that the JSON says "parse": [].
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// outgoing is one rendered message with its components, convertible to each
// of the shapes Discord takes it in.
type outgoing struct {
	msg        commands.Message
	components []discordgo.MessageComponent
}

func (o outgoing) embeds() []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, 0, len(o.msg.Embeds))
	for _, e := range o.msg.Embeds {
		me := &discordgo.MessageEmbed{
			Title:       e.Title,
			URL:         e.URL,
			Description: e.Description,
			Color:       e.Color,
		}
		if e.Footer != "" {
			me.Footer = &discordgo.MessageEmbedFooter{Text: e.Footer}
		}
		if e.Image != "" {
			me.Image = &discordgo.MessageEmbedImage{URL: e.Image}
		}
		for _, f := range e.Fields {
			me.Fields = append(me.Fields, &discordgo.MessageEmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
		}
		out = append(out, me)
	}
	return out
}

func (o outgoing) flags() discordgo.MessageFlags {
	if o.msg.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// response is the message as an interaction callback of type typ (4 or 7).
func (o outgoing) response(typ discordgo.InteractionResponseType) *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{
		Content:         o.msg.Content,
		Embeds:          o.embeds(),
		Components:      o.components,
		AllowedMentions: noMentions(),
		Files:           o.files(),
	}
	if typ == discordgo.InteractionResponseChannelMessageWithSource {
		// An update cannot change the flags of the message it updates.
		d.Flags = o.flags()
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	return &discordgo.InteractionResponse{Type: typ, Data: d}
}

// edit is the message as an edit of a deferred reply. A deferred reply's
// visibility was fixed when it was deferred, so flags are not sent.
func (o outgoing) edit() *discordgo.WebhookEdit {
	content := o.msg.Content
	embeds := o.embeds()
	components := o.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
		Files:           o.files(),
	}
}

// followup is the message as a follow-up, used when a deferred reply has the
// wrong visibility for what it turned out to be.
func (o outgoing) followup() *discordgo.WebhookParams {
	components := o.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookParams{
		Content:         o.msg.Content,
		Embeds:          o.embeds(),
		Components:      components,
		AllowedMentions: noMentions(),
		Flags:           o.flags(),
		Files:           o.files(),
	}
}

// notice is a short ephemeral reply that is not a command's answer: rate
// limits, expired buttons, someone else's pages.
func notice(text string) outgoing {
	return outgoing{msg: commands.Message{Content: text, Ephemeral: true}}
}

// pageButtons are the Previous/Next buttons under page n (1-based) of total.
// Each button's custom_id names the page it turns to, so a press needs no
// state beyond the stored pages.
func pageButtons(key string, n, total int) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: pageID(key, n-1), Disabled: n <= 1},
		discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: pageID(key, n+1), Disabled: n >= total},
	}}}
}

// pagePrefix starts the custom_id of page buttons: "pg:<key>:<page>".
const pagePrefix = "pg:"

func pageID(key string, page int) string { return fmt.Sprintf("%s%s:%d", pagePrefix, key, page) }
