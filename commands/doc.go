// Package commands answers the bot's slash commands. A handler is a pure
// function from a Request (command name, options, who asked) to a Response
// model; rendering turns that model into plain text for the terminal or into
// Discord-shaped messages within Discord's limits. Nothing here imports
// discordgo: the bot package adapts these types to Discord.
package commands
