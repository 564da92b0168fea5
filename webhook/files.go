package webhook

import "github.com/bwmarrin/discordgo"

// splitFiles turns a first response that uploads files into a deferral for
// the HTTP reply and an edit that brings the message through REST. Discord's
// HTTP reply to an interaction fails with files of more than about 150 KB
// (discord-api-docs issues 5250 and 5925), while the edit of the original
// response takes them as any message does; /timeline's picture is that
// size. A reply without files is left as it is.
func splitFiles(resp *discordgo.InteractionResponse) (*discordgo.InteractionResponse, *discordgo.WebhookEdit, bool) {
	d := resp.Data
	if d == nil || len(d.Files) == 0 {
		return nil, nil, false
	}
	var deferral *discordgo.InteractionResponse
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource:
		deferral = &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: d.Flags & discordgo.MessageFlagsEphemeral, AllowedMentions: d.AllowedMentions},
		}
	case discordgo.InteractionResponseUpdateMessage:
		deferral = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	default:
		return nil, nil, false
	}
	content, embeds, components := d.Content, d.Embeds, d.Components
	return deferral, &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: d.AllowedMentions,
		Files:           d.Files,
	}, true
}
