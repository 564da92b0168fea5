// Package bot is the Discord adapter: it turns discordgo interactions into
// commands.Requests and rendered replies into Discord responses (respond,
// defer then edit, autocomplete, page buttons), registers the slash commands
// from their specs, and owns the gateway session's lifecycle.
//
// The interaction core (Interactions.Serve) does not depend on the gateway:
// it answers through a Responder, so an HTTP interactions endpoint can reuse
// it with a Responder of its own.
package bot
