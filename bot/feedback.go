package bot

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/feedback"
)

// Feedback keeps /ask answers and the votes on them (feedback/sqlite
// implements it). The bot records each answer as it sends it, so that a
// vote says what it was about, and shows 👍 and 👎 under it; a 👎 opens a
// modal asking what was wrong. With no Feedback configured the buttons are
// not shown.
type Feedback interface {
	RecordAnswer(ctx context.Context, a feedback.Answer) error
	Vote(ctx context.Context, v feedback.Vote) error
}

// Notices of the feedback buttons.
const (
	msgThanksUp      = "Thanks — your 👍 is recorded. You can change your vote at any time."
	msgThanksComment = "Thanks — your 👎 and what you wrote are recorded."
	msgVoteOld       = "This answer was sent before feedback was kept, so it can't be voted on. Ask again to vote on the answer."
	msgVoteFailed    = "Your vote could not be recorded; the problem has been logged."
	msgNoFeedback    = "Feedback is not being collected at the moment."
	msgUnsigned      = "This button no longer works (the bot's key has changed since it was sent); run the command again."
)

// Answer buttons are signed like page buttons, with Config.PageKey
// (HMAC-SHA256, 72 bits, base64url), so that any replica with the key
// takes a press on another's answer, after a restart too, and nobody can
// vote on an answer that was never shown by forging one:
//
//	fb1.u.<answer>.<mac>              👍 on the answer
//	fb1.d.<answer>.<mac>              👎 on the answer: opens the modal fc1
//	fc1.<answer>.<mac>                the 👎 modal: what was wrong (input "wrong")
//	fu1.<where>.<mac>.<article>       "Ask a follow-up": opens the modal fq1
//	fq1.<where>.<mac>.<article>       the follow-up modal (input "question")
//
// answer is the id of the interaction that asked (a snowflake in base 36),
// the key under which Feedback recorded the answer. where is "c" for an
// answer in a channel (a follow-up starts a thread on it) or "t" for one
// in a thread (a follow-up answers there). article is the article the
// question was narrowed to, "" for all; it comes last, so that it may hold
// any character. Every id stays within Discord's 100 characters: an
// article id too long to fit leaves the follow-up unnarrowed.
const (
	prefixVote        = "fb1."
	prefixComment     = "fc1."
	prefixFollowUp    = "fu1."
	prefixFollowModal = "fq1."
	inputWrong        = "wrong"
	inputQuestion     = "question"
	whereChannel      = "c"
	whereThread       = "t"
)

// signer signs the answer buttons' custom_ids.
type signer struct{ key []byte }

func (s signer) mac(parts ...string) string {
	m := hmac.New(sha256.New, s.key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:macBytes])
}

// macBytes is how much of the HMAC a custom_id carries: 72 bits.
const macBytes = 9

func (s signer) valid(mac string, parts ...string) bool {
	return hmac.Equal([]byte(mac), []byte(s.mac(parts...)))
}

func (s signer) voteID(up bool, answer string) string {
	dir := "d"
	if up {
		dir = "u"
	}
	a := encodeSnowflake(answer)
	return prefixVote + dir + "." + a + "." + s.mac(prefixVote, dir, a)
}

func (s signer) commentID(answer string) string {
	a := encodeSnowflake(answer)
	return prefixComment + a + "." + s.mac(prefixComment, a)
}

// followID writes the follow-up button's or modal's id (prefix fu1. or
// fq1.).
func (s signer) followID(prefix, where, article string) string {
	id := prefix + where + "." + s.mac(prefix, where, article) + "." + article
	if len(id) > maxCustomID {
		return s.followID(prefix, where, "")
	}
	return id
}

// maxCustomID is Discord's limit on a custom_id.
const maxCustomID = 100

// pressedVote reads a vote's or 👎 modal's id: the answer, whether it is a
// 👍, and whether the id is one the bot signed.
func (s signer) pressedVote(id string) (answer string, up bool, ok bool) {
	if rest, found := strings.CutPrefix(id, prefixVote); found {
		f := strings.Split(rest, ".")
		if len(f) != 3 || (f[0] != "u" && f[0] != "d") || !s.valid(f[2], prefixVote, f[0], f[1]) {
			return "", false, false
		}
		a, err := decodeSnowflake(f[1])
		return a, f[0] == "u", err == nil
	}
	if rest, found := strings.CutPrefix(id, prefixComment); found {
		f := strings.Split(rest, ".")
		if len(f) != 2 || !s.valid(f[1], prefixComment, f[0]) {
			return "", false, false
		}
		a, err := decodeSnowflake(f[0])
		return a, false, err == nil
	}
	return "", false, false
}

// pressedFollowUp reads a follow-up button's or modal's id.
func (s signer) pressedFollowUp(prefix, id string) (where, article string, ok bool) {
	rest, found := strings.CutPrefix(id, prefix)
	if !found {
		return "", "", false
	}
	f := strings.SplitN(rest, ".", 3)
	if len(f) != 3 || (f[0] != whereChannel && f[0] != whereThread) || !s.valid(f[1], prefix, f[0], f[2]) {
		return "", "", false
	}
	return f[0], f[2], true
}

// encodeSnowflake writes a Discord id in base 36, anything else as _raw
// (tests use short ids).
func encodeSnowflake(id string) string {
	if n, err := strconv.ParseUint(id, 10, 64); err == nil && strconv.FormatUint(n, 10) == id {
		return strconv.FormatUint(n, 36)
	}
	return "_" + strings.ReplaceAll(id, ".", "_")
}

func decodeSnowflake(s string) (string, error) {
	if raw, ok := strings.CutPrefix(s, "_"); ok {
		return raw, nil
	}
	n, err := strconv.ParseUint(s, 36, 64)
	if err != nil {
		return "", fmt.Errorf("answer id %q: %w", s, err)
	}
	return strconv.FormatUint(n, 10), nil
}

// asked describes an /ask answer for its buttons and its feedback record.
type asked struct {
	id       string // the interaction that asked
	req      commands.Request
	resp     commands.Response
	typed    string // a follow-up as typed, else ""
	follows  string // the question a follow-up follows, else ""
	inThread bool   // the answer is posted in a thread
}

// answerRow returns the row of buttons under an /ask answer: 👍 and 👎 when
// Feedback is configured and has recorded the answer, "Ask a follow-up"
// when FollowUps is configured; nothing for other commands or an error.
func (h *Interactions) answerRow(ctx context.Context, log *slog.Logger, a asked) []discordgo.MessageComponent {
	if a.req.Command != "ask" {
		return nil
	}
	var buttons []discordgo.MessageComponent
	if h.cfg.Feedback != nil {
		rec := feedback.Answer{
			ID: a.id, Question: a.req.Options["question"], Typed: a.typed, FollowUpTo: a.follows,
			Article: a.req.Options[commands.ArticleOption], Abstained: a.resp.Abstained,
			Citations: a.resp.Citations, Versions: a.resp.Versions, Coverage: a.resp.Coverage, At: h.cfg.Now(),
		}
		if err := h.cfg.Feedback.RecordAnswer(ctx, rec); err != nil {
			log.Error("answer not recorded: sent without vote buttons", "err", err)
		} else {
			buttons = append(buttons,
				discordgo.Button{Label: "Helpful", Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: h.sign.voteID(true, a.id)},
				discordgo.Button{Label: "Not helpful", Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: h.sign.voteID(false, a.id)},
			)
		}
	}
	if h.cfg.FollowUps != nil {
		where := whereChannel
		if a.inThread || a.resp.Ephemeral {
			where = whereThread // an ephemeral reply cannot start a thread
		}
		buttons = append(buttons, discordgo.Button{Label: "Ask a follow-up", Style: discordgo.PrimaryButton,
			CustomID: h.sign.followID(prefixFollowUp, where, a.req.Options[commands.ArticleOption])})
	}
	if len(buttons) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
}

// answerPress answers a press of an answer button and reports whether it
// was one; any other press is left to the page buttons.
func (h *Interactions) answerPress(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) bool {
	id := i.MessageComponentData().CustomID
	switch {
	case strings.HasPrefix(id, prefixVote):
		h.vote(ctx, log.With("custom_id", id), i, r)
	case strings.HasPrefix(id, prefixFollowUp):
		h.openFollowUp(ctx, log.With("custom_id", id), i, r)
	default:
		return false
	}
	return true
}

// vote records a 👍 or 👎; a 👎 then asks what was wrong.
func (h *Interactions) vote(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	answer, up, ok := h.sign.pressedVote(i.MessageComponentData().CustomID)
	var resp *discordgo.InteractionResponse
	switch msg := h.record(ctx, log, answer, up, "", ok, userID(i)); {
	case msg != "":
		resp = notice(msg).response(discordgo.InteractionResponseChannelMessageWithSource)
	case up:
		resp = notice(msgThanksUp).response(discordgo.InteractionResponseChannelMessageWithSource)
	default:
		resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal, Data: &discordgo.InteractionResponseData{
			CustomID: h.sign.commentID(answer),
			Title:    "What was wrong with this answer?",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{CustomID: inputWrong, Label: "What was wrong? (optional)", Style: discordgo.TextInputParagraph,
					Placeholder: "e.g. it cites the wrong speech; the article does say who won", Required: false, MaxLength: maxComment},
			}}},
		}}
	}
	if err := r.Respond(ctx, i, resp); err != nil {
		log.Error("vote answer not delivered", "err", err)
		h.rec.InteractionFailed("feedback")
	}
}

// maxComment bounds what a 👎 may say.
const maxComment = 1000

// comment records what was wrong, from the 👎 modal.
func (h *Interactions) comment(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	data := i.ModalSubmitData()
	answer, _, ok := h.sign.pressedVote(data.CustomID)
	text := strings.TrimSpace(modalValue(data, inputWrong))
	text = string([]rune(text)[:min(len([]rune(text)), maxComment)])
	msg := h.record(ctx, log, answer, false, text, ok, userID(i))
	if msg == "" {
		msg = msgThanksComment
	}
	if err := r.Respond(ctx, i, notice(msg).response(discordgo.InteractionResponseChannelMessageWithSource)); err != nil {
		log.Error("comment answer not delivered", "err", err)
		h.rec.InteractionFailed("feedback")
	}
}

// record stores a vote and returns what to tell the user when it could
// not be, or "".
func (h *Interactions) record(ctx context.Context, log *slog.Logger, answer string, up bool, comment string, signed bool, user string) string {
	switch {
	case !signed:
		log.Warn("feedback button signature does not match: another key, or forged")
		return msgUnsigned
	case h.cfg.Feedback == nil:
		return msgNoFeedback
	}
	err := h.cfg.Feedback.Vote(ctx, feedback.Vote{AnswerID: answer, UserID: user, Up: up, Comment: comment, At: h.cfg.Now()})
	switch {
	case errors.Is(err, feedback.ErrUnknownAnswer):
		log.Info("vote on an answer not recorded", "answer", answer)
		return msgVoteOld
	case err != nil:
		log.Error("vote not recorded", "answer", answer, "err", err)
		return msgVoteFailed
	}
	log.Info("vote recorded", "answer", answer, "up", up, "comment", comment != "")
	return ""
}

// modalValue is the value of the text input id in a submitted modal.
func modalValue(d discordgo.ModalSubmitInteractionData, id string) string {
	for _, c := range d.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, in := range row.Components {
			if ti, ok := in.(*discordgo.TextInput); ok && ti.CustomID == id {
				return ti.Value
			}
		}
	}
	return ""
}

// modalSubmit answers a submitted modal: the 👎 one or the follow-up one.
func (h *Interactions) modalSubmit(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Responder) {
	id := i.ModalSubmitData().CustomID
	log = log.With("custom_id", id, "user_id", userID(i))
	switch {
	case strings.HasPrefix(id, prefixComment):
		h.comment(ctx, log, i, r)
	case strings.HasPrefix(id, prefixFollowModal):
		h.followUp(ctx, log, i, r)
	default:
		log.Warn("unknown modal")
		if err := r.Respond(ctx, i, notice(msgUnsigned).response(discordgo.InteractionResponseChannelMessageWithSource)); err != nil {
			log.Error("modal answer not delivered", "err", err)
		}
	}
}

// answerRows are the rows of answer buttons on m: a page turn keeps them
// under the new page.
func answerRows(m *discordgo.Message) []discordgo.MessageComponent {
	if m == nil {
		return nil
	}
	var out []discordgo.MessageComponent
	for _, c := range m.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok || len(row.Components) == 0 {
			continue
		}
		if b, ok := row.Components[0].(*discordgo.Button); ok && (strings.HasPrefix(b.CustomID, prefixVote) || strings.HasPrefix(b.CustomID, prefixFollowUp)) {
			out = append(out, *row)
		}
	}
	return out
}
