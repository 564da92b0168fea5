package bot

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// Messages for presses and refusals that are not a command's answer.
const (
	msgNotYourPages    = "Only the person who asked can turn these pages."
	msgExpired         = "These buttons have expired; run the command again."
	msgInvalidButton   = "These buttons no longer work (the bot's page key has changed since this reply); run the command again."
	msgCoverageChanged = "The coverage has changed since this reply, so its other pages would not match it; run the command again for the current answer."
	msgCannotPage      = "These pages can't be turned: the request is too long to carry in the buttons. Run it again with a shorter question."
	msgSlowDown        = "Slow down — try again in %ds."
)

// Interactions answers Discord interactions with the commands, whatever the
// transport: the gateway adapter (Bot) and a future HTTP endpoint both call
// Serve. It is safe for concurrent use.
type Interactions struct {
	cfg  Config
	cmds Commands
	rec  Recorder
	log  *slog.Logger
	// specs are the commands' specs by name, made at first use: the
	// commands may fill their examples in from tables the library makes
	// in the background, which a server that has just started need not
	// wait for before it listens.
	specs func() map[string]commands.Spec
	pager *pager
	limit *limiter
	sign  signer // answer buttons (feedback.go)
}

// NewInteractions returns the interaction core. cfg's token is not needed;
// rec and log may be nil.
func NewInteractions(cfg Config, cmds Commands, rec Recorder, log *slog.Logger) (*Interactions, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cmds == nil {
		return nil, errors.New("bot: no commands")
	}
	if rec == nil {
		rec = nopRecorder{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	all := sync.OnceValue(cmds.Specs)
	specs := sync.OnceValue(func() map[string]commands.Spec {
		m := map[string]commands.Spec{}
		for _, s := range all() {
			m[s.Name] = s
		}
		return m
	})
	key := cfg.PageKey
	if len(key) == 0 {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("page key: %w", err)
		}
	}
	return &Interactions{
		sign:  signer{key: key},
		cfg:   cfg,
		cmds:  cmds,
		rec:   rec,
		log:   log,
		specs: specs,
		pager: &pager{key: key, specs: all, now: cfg.Now, timeout: cfg.PageTimeout},
		limit: newLimiter(cfg.RateLimit, cfg.RateWindow, cfg.Now),
	}, nil
}

// Serve answers one interaction through r and returns when the answer has
// been sent or has failed. It never panics: a panicking handler is answered
// with an error reply and logged.
func (h *Interactions) Serve(ctx context.Context, i *discordgo.Interaction, r Responder) {
	log := h.log.With("interaction_id", i.ID)
	r = scrubbing{Responder: r, token: i.Token}
	defer func() {
		if p := recover(); p != nil {
			log.Error("panic serving interaction", "panic", p, "stack", string(debug.Stack()))
		}
	}()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		h.command(ctx, log, i, r)
	case discordgo.InteractionApplicationCommandAutocomplete:
		h.autocomplete(ctx, log, i, r)
	case discordgo.InteractionMessageComponent:
		if !h.answerPress(ctx, log, i, r) {
			h.component(ctx, log, i, r)
		}
	case discordgo.InteractionModalSubmit:
		h.modalSubmit(ctx, log, i, r)
	case discordgo.InteractionPing:
		if err := r.Respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}); err != nil {
			log.Error("pong not delivered", "err", err)
		}
	default:
		log.Warn("interaction type not handled", "type", int(i.Type))
	}
}

// userID is who sent the interaction: Member.User in a guild, User in DMs.
func userID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// optionValue writes an option's value as the command layer reads it:
// strings as they are, integers without a decimal point, booleans as
// "true"/"false". A value of another type than the spec declares (an object,
// a list, a number for a string) is refused with a message for the user:
// Discord's types forbid it, so only a forged or broken request sends one.
func optionValue(command string, spec commands.OptionSpec, known bool, v any) (string, error) {
	if !known {
		// Validate refuses the unknown option; its value is not shown.
		return "", nil
	}
	switch spec.Type {
	case commands.OptionString:
		if s, ok := v.(string); ok {
			return s, nil
		}
		return "", commands.Errorf("/%s %s: the value must be text", command, spec.Name)
	case commands.OptionInteger:
		if f, ok := v.(float64); ok && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return strconv.FormatFloat(f, 'f', -1, 64), nil
		}
		return "", commands.Errorf("/%s %s: the value must be a whole number", command, spec.Name)
	case commands.OptionBoolean:
		if b, ok := v.(bool); ok {
			return strconv.FormatBool(b), nil
		}
		return "", commands.Errorf("/%s %s: the value must be true or false", command, spec.Name)
	}
	return "", commands.Errorf("/%s %s: this option cannot be read", command, spec.Name)
}

// RequestOf converts an application command interaction into the request
// the command layer takes, checking each value's type against specs. The
// error, a *commands.Error, names the first option of the wrong type.
func RequestOf(i *discordgo.Interaction, specs []commands.Spec) (commands.Request, error) {
	data := i.ApplicationCommandData()
	req := commands.Request{Command: data.Name, Options: map[string]string{}, UserID: userID(i)}
	var spec commands.Spec
	for _, s := range specs {
		if s.Name == data.Name {
			spec = s
		}
	}
	for _, o := range data.Options {
		os, known := spec.Option(o.Name)
		v, err := optionValue(data.Name, os, known, o.Value)
		if err != nil {
			return req, err
		}
		req.Options[o.Name] = v
	}
	return req, nil
}

// result is what a command handler produced, rendered.
type result struct {
	req   commands.Request // as the handler saw it, options cleaned
	resp  commands.Response
	pages []commands.Message
	err   error
	stack []byte // set when the handler panicked
}

func (h *Interactions) command(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	start := time.Now()
	req, badValue := RequestOf(i, h.pager.specs())
	log = log.With("command", req.Command, "user_id", req.UserID)

	if ok, wait := h.limit.allow(req.UserID); !ok {
		h.rec.RateLimited(req.Command)
		log.Info("rate limited", "retry_in", wait)
		secs := int(math.Ceil(wait.Seconds()))
		out := notice(fmt.Sprintf(msgSlowDown, max(secs, 1)))
		if err := r.Respond(ctx, i, out.response(discordgo.InteractionResponseChannelMessageWithSource)); err != nil {
			log.Error("rate limit notice not delivered", "err", err)
			h.rec.InteractionFailed(req.Command)
		}
		return
	}

	results := make(chan result, 1)
	hctx, cancel := context.WithTimeout(ctx, h.cfg.HandlerTimeout)
	defer cancel()
	if badValue != nil {
		results <- result{req: req, err: badValue}
	} else {
		go h.run(hctx, req, results)
	}

	// Answer directly if the handler is quick; otherwise defer within
	// Discord's 3 s and edit the reply in when it is ready.
	var res result
	var deferred, deferredEphemeral bool
	giveUp := time.NewTimer(h.cfg.HandlerTimeout + time.Second)
	defer giveUp.Stop()
	deferTimer := time.NewTimer(h.cfg.DeferAfter)
	defer deferTimer.Stop()
	select {
	case res = <-results:
	case <-deferTimer.C:
		deferredEphemeral = h.ephemeralAtDefer(req)
		var flags discordgo.MessageFlags
		if deferredEphemeral {
			flags = discordgo.MessageFlagsEphemeral
		}
		err := r.Respond(ctx, i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
		})
		if err != nil {
			// Without an acknowledged interaction no edit can land.
			log.Error("deferral not delivered", "err", err)
			h.rec.InteractionFailed(req.Command)
			return
		}
		deferred = true
		select {
		case res = <-results:
		case <-giveUp.C:
			res = result{err: fmt.Errorf("/%s: no answer after %v", req.Command, h.cfg.HandlerTimeout)}
		}
	}

	outcome := OutcomeOK
	msgs := res.pages
	var ue *commands.Error
	switch {
	case errors.As(res.err, &ue):
		outcome = OutcomeUserError
		log.Info("request refused", "reason", ue.Msg)
		msgs = []commands.Message{commands.RenderError(ue.Msg)}
	case res.err != nil:
		outcome = OutcomeError
		if res.stack != nil {
			log.Error("command panicked", "err", res.err, "stack", string(res.stack))
		} else {
			log.Error("command failed", "err", res.err)
		}
		msgs = []commands.Message{commands.RenderError(commands.UserMessage(res.err))}
	case len(msgs) == 0:
		outcome = OutcomeError
		log.Error("command rendered no message")
		msgs = []commands.Message{commands.RenderError(commands.UserMessage(errors.New("no message")))}
	case res.resp.Abstained:
		outcome = OutcomeAbstained
	}

	out := outgoing{msg: msgs[0]}
	if len(msgs) > 1 {
		out.components = h.pager.buttons(res.req, msgs, 1, h.cfg.Now().Unix())
	}
	if res.err == nil && len(res.pages) > 0 {
		out.components = append(out.components, h.answerRow(ctx, log, asked{id: i.ID, req: req, resp: res.resp})...)
	}
	if err := h.deliver(ctx, i, r, out, deferred, deferredEphemeral); err != nil {
		log.Error("reply not delivered", "err", err, "deferred", deferred)
		outcome = OutcomeError // the user did not get the answer
		if refused(err) {
			// Discord refused this reply (a limit, a bad field): the
			// interaction is still open, so say so rather than leave the
			// user with "The application did not respond".
			msg := commands.RenderError("The reply could not be displayed; the problem has been logged.")
			if err := h.deliver(ctx, i, r, outgoing{msg: msg}, deferred, deferredEphemeral); err != nil {
				log.Error("error reply not delivered either", "err", err)
			}
		}
		h.rec.InteractionFailed(req.Command)
	}
	took := time.Since(start)
	h.rec.CommandServed(req.Command, outcome, took)
	log.Info("answered", "outcome", outcome, "pages", len(msgs), "deferred", deferred, "took", took)
}

// run calls the handler and renders its response, turning a panic into an
// internal error.
func (h *Interactions) run(ctx context.Context, req commands.Request, results chan<- result) {
	defer func() {
		if p := recover(); p != nil {
			results <- result{err: fmt.Errorf("/%s panicked: %v", req.Command, p), stack: debug.Stack()}
		}
	}()
	req = commands.CleanRequest(req)
	resp, err := h.cmds.Handle(ctx, req)
	if err != nil {
		results <- result{req: req, err: err}
		return
	}
	results <- result{req: req, resp: resp, pages: h.cmds.Render(resp)}
}

// ephemeralAtDefer guesses, before the reply exists, whether it will be
// ephemeral; a deferred reply's visibility cannot change later. The guess
// follows the same rule as the router: the private option, else the
// command's default, else the configured default.
func (h *Interactions) ephemeralAtDefer(req commands.Request) bool {
	if v, ok := req.Options[commands.PrivateOption]; ok {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		return err != nil || b // an unreadable value is refused, ephemerally
	}
	if h.specs()[req.Command].PublicByDefault {
		return false
	}
	return h.cfg.PrivateByDefault
}

// refused reports whether Discord answered 400: the request, not the
// network, was at fault.
func refused(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusBadRequest
}

// deliver sends the reply: directly, as an edit of the deferred response, or,
// when the reply must be ephemeral but the deferral was public (an error
// after a slow start), by deleting the public placeholder and following up
// ephemerally. A public reply in an ephemeral deferral stays ephemeral.
func (h *Interactions) deliver(ctx context.Context, i *discordgo.Interaction, r Responder, out outgoing, deferred, deferredEphemeral bool) error {
	if !deferred {
		return r.Respond(ctx, i, out.response(discordgo.InteractionResponseChannelMessageWithSource))
	}
	if out.msg.Ephemeral && !deferredEphemeral {
		if err := r.Delete(ctx, i); err != nil {
			return fmt.Errorf("delete public placeholder: %w", err)
		}
		return r.Followup(ctx, i, out.followup())
	}
	return r.Edit(ctx, i, out.edit())
}

func (h *Interactions) autocomplete(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	data := i.ApplicationCommandData()
	req := commands.AutocompleteRequest{Command: data.Name, Options: map[string]string{}}
	focusedType := discordgo.ApplicationCommandOptionString
	for _, o := range data.Options {
		// Discord lets nobody type more than 100 characters into an option;
		// a longer value is cut before any work, so that it cannot cost more
		// than the 3 s an autocomplete has.
		v := typed(o.Value)
		if o.Focused {
			req.Option, req.Partial, focusedType = o.Name, v, o.Type
			continue
		}
		req.Options[o.Name] = v
	}
	choices := h.safeAutocomplete(ctx, log, req)
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: discordChoices(choices, focusedType)},
	}
	if err := r.Respond(ctx, i, resp); err != nil {
		log.Warn("autocomplete not delivered", "command", req.Command, "option", req.Option, "err", err)
	}
}

// maxTyped is the most Discord lets a user type into an option.
const maxTyped = 100

// typed is what a user is typing into an option, as text, cleaned and cut
// at maxTyped characters; a value of no text type is empty.
func typed(v any) string {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		s = strconv.FormatBool(v)
	}
	if len(s) > maxTyped*utf8.UTFMax || utf8.RuneCountInString(s) > maxTyped {
		r := []rune(s[:min(len(s), maxTyped*utf8.UTFMax)])
		s = string(r[:min(len(r), maxTyped)])
	}
	return commands.CleanText(s)
}

func (h *Interactions) safeAutocomplete(ctx context.Context, log *slog.Logger, req commands.AutocompleteRequest) (out []commands.Choice) {
	defer func() {
		if p := recover(); p != nil {
			log.Error("autocomplete panicked", "command", req.Command, "option", req.Option, "panic", p, "stack", string(debug.Stack()))
			out = nil
		}
	}()
	return h.cmds.Autocomplete(ctx, req)
}

// discordChoices keeps Discord's rules whatever the command layer returns:
// at most 25 choices, names 1-100 characters and unique (Discord selects the
// first of equal names), values of the option's type.
func discordChoices(cs []commands.Choice, typ discordgo.ApplicationCommandOptionType) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, min(len(cs), commands.MaxChoices))
	seen := map[string]bool{}
	for _, c := range cs {
		name := commands.Truncate(strings.TrimSpace(c.Name), 100)
		if name == "" || seen[strings.ToLower(name)] || len(c.Value) > 100 {
			continue
		}
		var value any = c.Value
		if typ == discordgo.ApplicationCommandOptionInteger {
			n, err := strconv.ParseInt(c.Value, 10, 64)
			if err != nil {
				continue
			}
			value = n
		}
		seen[strings.ToLower(name)] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: value})
		if len(out) == commands.MaxChoices {
			break
		}
	}
	return out
}
