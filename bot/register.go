package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// ApplicationCommands converts command specs into the slash commands sent
// to Discord, in the specs' order.
func ApplicationCommands(specs []commands.Spec) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(specs))
	for _, s := range specs {
		cmd := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        s.Name,
			Description: s.Description,
			Options:     make([]*discordgo.ApplicationCommandOption, 0, len(s.Options)),
		}
		for _, o := range s.Options {
			opt := &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionType(o.Type),
				Name:         o.Name,
				Description:  o.Description,
				Required:     o.Required,
				Autocomplete: o.Autocomplete,
				MinValue:     o.MinValue,
				MaxLength:    o.MaxLength,
			}
			if o.MaxValue != nil {
				opt.MaxValue = *o.MaxValue
			}
			if o.MinLength > 0 {
				n := o.MinLength
				opt.MinLength = &n
			}
			cmd.Options = append(cmd.Options, opt)
		}
		out = append(out, cmd)
	}
	return out
}

// CommandsJSON is exactly the body that registration PUTs, indented, for
// "register --dry-run".
func CommandsJSON(specs []commands.Spec) ([]byte, error) {
	return json.MarshalIndent(ApplicationCommands(specs), "", "  ")
}

// Register replaces the application's commands with specs, in one bulk
// overwrite per guild in cfg.Guilds, or one global overwrite when there are
// none. It uses the REST API only, so it works while another process serves
// the gateway. When cfg.AppID is empty it asks the API for the application.
func Register(ctx context.Context, cfg Config, specs []commands.Spec, log *slog.Logger) ([]*discordgo.ApplicationCommand, error) {
	if cfg.Token == "" {
		return nil, ErrNoToken
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := newSession(cfg)
	if err != nil {
		return nil, err
	}
	appID := cfg.AppID
	if appID == "" {
		if appID, err = applicationID(s, cfg.APIBase); err != nil {
			return nil, err
		}
	}
	all, err := register(ctx, s, appID, cfg.Guilds, specs, log)
	return all, atHost(err, cfg.APIBase)
}

// applicationID asks the API for the application's id, or says which
// setting to add.
func applicationID(s *discordgo.Session, apiBase string) (string, error) {
	app, err := s.Application("@me")
	if err == nil && app.ID != "" {
		return app.ID, nil
	}
	if err == nil {
		err = errors.New("no id in the answer")
	}
	return "", fmt.Errorf("no application id: GET applications/@me failed (%w); set discord.application_id in the config (Discord developer portal → your application → General Information → Application ID)", atHost(err, apiBase))
}

func register(ctx context.Context, s *discordgo.Session, appID string, guilds []string, specs []commands.Spec, log *slog.Logger) ([]*discordgo.ApplicationCommand, error) {
	if appID == "" {
		return nil, errors.New("register commands: no application id: set discord.application_id in the config")
	}
	cmds := ApplicationCommands(specs)
	targets := guilds
	if len(targets) == 0 {
		targets = []string{""} // global
	}
	var all []*discordgo.ApplicationCommand
	for _, g := range targets {
		got, err := s.ApplicationCommandBulkOverwrite(appID, g, cmds, discordgo.WithContext(ctx))
		where := "globally"
		if g != "" {
			where = "in guild " + g
		}
		if err != nil {
			return all, fmt.Errorf("register commands %s: %w", where, err)
		}
		log.Info("commands registered", "where", where, "commands", len(got))
		all = append(all, got...)
	}
	return all, nil
}
