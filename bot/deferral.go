package bot

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Deferral is how to acknowledge i before its answer exists, for an HTTP
// endpoint whose first response would otherwise be too late (a starved
// process): a command is deferred as the bot would defer it (ephemeral by
// the same rule), a page button by a deferred update. Anything else (an
// autocomplete, a button that may open a modal, a modal submit) cannot be
// deferred without changing its answer: nil.
func (h *Interactions) Deferral(i *discordgo.Interaction) *discordgo.InteractionResponse {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		req, err := RequestOf(i, h.pager.specs())
		var flags discordgo.MessageFlags
		if err != nil || h.ephemeralAtDefer(req) { // a bad value is refused, ephemerally
			flags = discordgo.MessageFlagsEphemeral
		}
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
		}
	case discordgo.InteractionMessageComponent:
		if strings.HasPrefix(i.MessageComponentData().CustomID, pageIDPrefix) {
			return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
		}
	}
	return nil
}
