package bot

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// component answers a page button: it checks the button, runs the command
// again and shows the page the button asks for, in place.
func (h *Interactions) component(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	customID := i.MessageComponentData().CustomID
	user := userID(i)
	log = log.With("custom_id", customID, "user_id", user)
	req, refusal := h.pressed(log, i, customID, user)
	label := req.Command
	if label == "" {
		label = "unknown"
	}
	if refusal != "" {
		if err := r.Respond(ctx, i, notice(refusal).response(discordgo.InteractionResponseChannelMessageWithSource)); err != nil {
			log.Error("button answer not delivered", "err", err)
			h.rec.InteractionFailed(label)
		}
		return
	}
	b, _ := parsePageButton(customID)
	results := make(chan result, 1)
	hctx, cancel := context.WithTimeout(ctx, h.cfg.HandlerTimeout)
	defer cancel()
	go h.run(hctx, req, results)

	// Like a command: update at once if quick, else acknowledge the press
	// (the message stays as it is) and edit the page in when it is ready.
	var res result
	deferred := false
	deferTimer := time.NewTimer(h.cfg.DeferAfter)
	defer deferTimer.Stop()
	select {
	case res = <-results:
	case <-deferTimer.C:
		if err := r.Respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
			log.Error("button deferral not delivered", "err", err)
			h.rec.InteractionFailed(label)
			return
		}
		deferred = true
		select {
		case res = <-results:
		case <-time.After(h.cfg.HandlerTimeout + time.Second):
			res = result{err: errors.New("no answer in time")}
		}
	}

	var out outgoing
	update := true
	switch {
	case res.err != nil:
		var ue *commands.Error
		if errors.As(res.err, &ue) {
			// It was answered before: what changed is the coverage.
			log.Info("page no longer computes", "reason", ue.Msg)
			out = notice(msgCoverageChanged)
		} else {
			log.Error("page failed", "err", res.err)
			out = outgoing{msg: commands.RenderError(commands.UserMessage(res.err))}
		}
		update = false
	case digest(res.pages) != b.digest:
		log.Info("page digest differs: the coverage changed")
		out, update = notice(msgCoverageChanged), false
	default:
		n := min(max(b.page, 1), len(res.pages))
		// The answer's own buttons (votes, follow-up) stay under every page.
		out = outgoing{msg: res.pages[n-1], components: append(h.pager.buttons(req, res.pages, n, b.issued), answerRows(i.Message)...)}
	}
	var err error
	switch {
	case !deferred && update:
		err = r.Respond(ctx, i, out.response(discordgo.InteractionResponseUpdateMessage))
	case !deferred:
		err = r.Respond(ctx, i, out.response(discordgo.InteractionResponseChannelMessageWithSource))
	case update:
		err = r.Edit(ctx, i, out.edit())
	default:
		err = r.Followup(ctx, i, out.followup())
	}
	if err != nil {
		log.Error("page not delivered", "err", err, "deferred", deferred)
		h.rec.InteractionFailed(label)
	}
}

// pressed checks a page button and returns the request it carries, or the
// refusal to show the user.
func (h *Interactions) pressed(log *slog.Logger, i *discordgo.Interaction, customID, user string) (commands.Request, string) {
	b, err := parsePageButton(customID)
	if err != nil {
		log.Warn("unknown button", "err", err)
		return commands.Request{}, msgInvalidButton
	}
	if b.user != user {
		log.Info("page button pressed by someone else", "owner", b.user)
		return commands.Request{}, msgNotYourPages
	}
	req, err := decodeRequest(h.pager.specs(), b.request, firstTitle(i.Message))
	switch {
	case errors.Is(err, errNotCarried):
		return commands.Request{}, msgCannotPage
	case err != nil:
		log.Warn("page button request unreadable", "err", err)
		return commands.Request{}, msgInvalidButton
	}
	req.UserID = user
	if !h.pager.verify(b, req) {
		log.Warn("page button signature does not match: another key, or forged")
		return req, msgInvalidButton
	}
	if issued := time.Unix(b.issued, 0); !h.cfg.Now().Before(issued.Add(h.cfg.PageTimeout)) {
		log.Info("expired page button", "issued", issued)
		return req, msgExpired
	}
	return req, ""
}
