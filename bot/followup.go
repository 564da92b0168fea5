package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// FollowUps reads a follow-up question in the light of the /ask answer it
// follows (*commands.Router implements it): first is that answer's
// question, answer its excerpts as shown, article what it was narrowed to.
// With no FollowUps configured, answers show no "Ask a follow-up" button.
type FollowUps interface {
	FollowUpQuestion(first, answer, text, article string) string
}

var _ FollowUps = (*commands.Router)(nil)

// Channels posts where an interaction's own webhook cannot: it starts a
// thread on a message and posts in it. It needs the bot token.
// SessionResponder implements it.
type Channels interface {
	// StartThread starts a public thread on a message and returns its id.
	StartThread(ctx context.Context, channelID, messageID, name string) (string, error)
	// Send posts a message in a channel or thread.
	Send(ctx context.Context, channelID string, msg *discordgo.MessageSend) error
}

var _ Channels = SessionResponder{}

// threadArchive is how long a follow-up thread stays open without a
// message: three days, in minutes (Discord takes 60, 1440, 4320, 10080).
const threadArchive = 4320

// StartThread POSTs /channels/{channel}/messages/{message}/threads.
func (r SessionResponder) StartThread(ctx context.Context, channelID, messageID, name string) (string, error) {
	ch, err := r.Session.MessageThreadStartComplex(channelID, messageID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: threadArchive}, discordgo.WithContext(ctx))
	if err != nil {
		return "", err
	}
	return ch.ID, nil
}

// Send POSTs /channels/{channel}/messages.
func (r SessionResponder) Send(ctx context.Context, channelID string, msg *discordgo.MessageSend) error {
	_, err := r.Session.ChannelMessageSendComplex(channelID, msg, discordgo.WithContext(ctx))
	return err
}

// send is the message as a channel message, posted in a thread.
func (o outgoing) send() *discordgo.MessageSend {
	components := o.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.MessageSend{
		Content:         o.msg.Content,
		Embeds:          o.embeds(),
		Components:      components,
		AllowedMentions: noMentions(),
		Files:           o.files(),
	}
}

// Notices of follow-ups.
const (
	msgFollowUpEmpty  = "Type a question to follow up with."
	msgFollowUpFailed = "The follow-up could not be answered; the problem has been logged."
)

// openFollowUp answers "Ask a follow-up" with the modal that asks for it.
func (h *Interactions) openFollowUp(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	where, article, ok := h.sign.pressedFollowUp(prefixFollowUp, i.MessageComponentData().CustomID)
	resp := notice(msgUnsigned).response(discordgo.InteractionResponseChannelMessageWithSource)
	if ok {
		maxLen := 0
		if o, found := h.specs()["ask"].Option("question"); found {
			maxLen = o.MaxLength
		}
		resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal, Data: &discordgo.InteractionResponseData{
			CustomID: h.sign.followID(prefixFollowModal, where, article),
			Title:    "Ask a follow-up",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{CustomID: inputQuestion, Label: "Your question", Style: discordgo.TextInputShort,
					Placeholder: "e.g. What did he say next?", Required: true, MinLength: 2, MaxLength: maxLen},
			}}},
		}}
	} else {
		log.Warn("follow-up button signature does not match: another key, or forged")
	}
	if err := r.Respond(ctx, i, resp); err != nil {
		log.Error("follow-up modal not delivered", "err", err)
		h.rec.InteractionFailed("ask")
	}
}

// followUp answers a submitted follow-up: it acknowledges the modal at
// once (the message it came from stays as it is), reads the question with
// the first one in mind, and posts the answer in a thread started on the
// answer it follows, or in the thread or private reply it was asked from.
// The first question is read from the message the button was on, so that
// any replica, after any restart, can answer: nothing is kept in memory.
func (h *Interactions) followUp(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	start := time.Now()
	where, article, ok := h.sign.pressedFollowUp(prefixFollowModal, i.ModalSubmitData().CustomID)
	user := userID(i)
	text := strings.Join(strings.Fields(modalValue(i.ModalSubmitData(), inputQuestion)), " ")
	refuse := func(msg string) {
		if err := r.Respond(ctx, i, notice(msg).response(discordgo.InteractionResponseChannelMessageWithSource)); err != nil {
			log.Error("follow-up refusal not delivered", "err", err)
		}
	}
	switch {
	case !ok:
		log.Warn("follow-up modal signature does not match: another key, or forged")
		refuse(msgUnsigned)
		return
	case text == "":
		refuse(msgFollowUpEmpty)
		return
	case h.cfg.FollowUps == nil:
		refuse(msgFollowUpFailed)
		return
	}
	if ok, wait := h.limit.allow(user); !ok {
		h.rec.RateLimited("ask")
		log.Info("rate limited", "retry_in", wait)
		refuse(fmt.Sprintf(msgSlowDown, max(int(math.Ceil(wait.Seconds())), 1)))
		return
	}
	if err := r.Respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
		log.Error("follow-up not acknowledged", "err", err)
		h.rec.InteractionFailed("ask")
		return
	}

	var first, shown string
	ephemeral := false
	if m := i.Message; m != nil {
		ephemeral = m.Flags&discordgo.MessageFlagsEphemeral != 0
		if len(m.Embeds) > 0 && m.Embeds[0] != nil {
			first, _ = commands.QuestionOfTitle(m.Embeds[0].Title)
			shown = m.Embeds[0].Description
		}
	}
	question := h.cfg.FollowUps.FollowUpQuestion(first, shown, text, article)
	req := commands.Request{Command: "ask", Options: map[string]string{"question": question, commands.PrivateOption: strconv.FormatBool(ephemeral)}, UserID: user}
	if article != "" {
		req.Options[commands.ArticleOption] = article
	}
	log = log.With("first", first, "typed", text, "question", question)

	results := make(chan result, 1)
	hctx, cancel := context.WithTimeout(ctx, h.cfg.HandlerTimeout)
	defer cancel()
	go h.run(hctx, req, results)
	var res result
	select {
	case res = <-results:
	case <-time.After(h.cfg.HandlerTimeout + time.Second):
		res = result{err: errors.New("follow-up: no answer in time")}
	}
	outcome := OutcomeOK
	var out outgoing
	var ue *commands.Error
	switch {
	case errors.As(res.err, &ue):
		outcome = OutcomeUserError
		out = outgoing{msg: commands.RenderError(ue.Msg)}
	case res.err != nil || len(res.pages) == 0:
		outcome = OutcomeError
		log.Error("follow-up failed", "err", res.err)
		out = outgoing{msg: commands.RenderError(msgFollowUpFailed)}
	default:
		if res.resp.Abstained {
			outcome = OutcomeAbstained
		}
		out = outgoing{msg: res.pages[0]}
		// Who asked what, for the others in the thread (mentions are off:
		// the name shows, nobody is pinged).
		out.msg.Content = fmt.Sprintf("Follow-up from <@%s>: “%s”", user, text)
		if len(res.pages) > 1 {
			out.components = h.firstPageButtons(res.req, res.pages)
		}
		out.components = append(out.components, h.answerRow(ctx, log, asked{id: i.ID, req: req, resp: res.resp, typed: text, follows: first, inThread: true})...)
	}
	err := h.postFollowUp(ctx, log, i, r, out, where == whereThread || ephemeral || outcome == OutcomeError || outcome == OutcomeUserError, first, text)
	if err != nil {
		log.Error("follow-up not delivered", "err", err)
		outcome = OutcomeError
		h.rec.InteractionFailed("ask")
	}
	took := time.Since(start)
	h.rec.CommandServed("ask", outcome, took)
	log.Info("follow-up answered", "outcome", outcome, "took", took)
}

// postFollowUp delivers a follow-up's answer. In place (a thread, a private
// reply, an error) it is a follow-up message of the interaction, which
// Discord posts where the modal was submitted, privately if the reply it
// follows was private. Otherwise it goes in a thread started on the reply,
// or in the thread already there; when no thread can be started (no bot
// token, no permission) it falls back to a follow-up message in the
// channel, and the log says why.
func (h *Interactions) postFollowUp(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder, out outgoing, inPlace bool, first, text string) error {
	switch {
	case out.msg.Ephemeral || inPlace:
		return r.Followup(ctx, i, out.followup())
	case i.Message == nil || h.cfg.Channels == nil:
		log.Warn("no thread: answering the follow-up in the channel", "reason", "no bot token to start threads with, or no message to start one on")
		return r.Followup(ctx, i, out.followup())
	}
	thread := ""
	if i.Message.Thread != nil {
		thread = i.Message.Thread.ID
	}
	if thread == "" {
		name := first
		if name == "" {
			name = text
		}
		id, err := h.cfg.Channels.StartThread(ctx, i.ChannelID, i.Message.ID, commands.Truncate(name, maxThreadName))
		var re *discordgo.RESTError
		switch {
		case errors.As(err, &re) && re.Message != nil && re.Message.Code == discordgo.ErrCodeThreadAlreadyCreatedForThisMessage:
			// Started by another press meanwhile: a thread has its message's id.
			thread = i.Message.ID
		case err != nil:
			log.Warn("no thread: answering the follow-up in the channel", "err", err)
			return r.Followup(ctx, i, out.followup())
		default:
			thread = id
		}
	}
	if err := h.cfg.Channels.Send(ctx, thread, out.send()); err != nil {
		log.Warn("follow-up not posted in its thread: answering in the channel", "thread", thread, "err", err)
		return r.Followup(ctx, i, out.followup())
	}
	log.Info("follow-up posted in its thread", "thread", thread)
	return nil
}

// maxThreadName is Discord's limit on a thread's name.
const maxThreadName = 100

// firstPageButtons are the page buttons under the first of pages, a reply
// to req (as the handler saw it): they carry req, signed (pages.go).
func (h *Interactions) firstPageButtons(req commands.Request, pages []commands.Message) []discordgo.MessageComponent {
	return h.pager.buttons(req, pages, 1, h.cfg.Now().Unix())
}
