// Package webhook is Discord's outgoing-webhook mode: Discord POSTs each
// interaction to an HTTPS endpoint instead of sending it over the gateway,
// which lets the bot run as stateless replicas behind a load balancer. The
// handler verifies the request's Ed25519 signature before it reads anything
// else, answers the first response in the HTTP reply, and sends what comes
// after (the edit of a deferred reply, follow-ups) through the REST API.
package webhook

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/bot"
)

// Server answers one interaction through a responder; *bot.Interactions is
// the real one.
type Server interface {
	Serve(ctx context.Context, i *discordgo.Interaction, r bot.Responder)
}

// Deferrer is a Server that can say how to acknowledge an interaction before
// its answer exists (*bot.Interactions can): a deferral, or nil when the
// interaction cannot be deferred. The endpoint sends it itself when the
// first response is late, so that a starved process still acknowledges in
// Discord's 3 s, and delivers the answer as an edit when it comes.
type Deferrer interface {
	Deferral(i *discordgo.Interaction) *discordgo.InteractionResponse
}

// Options tune the endpoint.
type Options struct {
	// MaxBody bounds the request body; Discord's payloads are a few KiB.
	// Default 64 KiB.
	MaxBody int64
	// MaxSkew is how far the signed timestamp may be from now before the
	// request counts as a replay. Default 5 minutes.
	MaxSkew time.Duration
	// FirstResponse bounds the wait for the interaction's first response;
	// Discord drops the interaction after 3 s. Past it, the endpoint defers
	// the interaction itself when the Server is a Deferrer, else answers
	// 503. Default 2.5 s.
	FirstResponse time.Duration
	// BodyTimeout bounds the reading of the body, which comes before any
	// signature check: a client trickling it is cut off. Default 5 s.
	BodyTimeout time.Duration
	// MaxSeen caps the interaction ids remembered to refuse replays.
	// Default 100,000 (a few MB; Discord's busiest bots see far fewer
	// interactions per replica in the 5-minute window).
	MaxSeen int
	// Now is the clock, default time.Now.
	Now func() time.Time
	// Done is called when an interaction's handling ends, after the HTTP
	// reply (tests wait on it). Optional.
	Done func(id string)
}

// Handler is the endpoint. Create it with New; stop it with Shutdown.
type Handler struct {
	key  ed25519.PublicKey
	srv  Server
	rest bot.Responder
	opts Options
	log  *slog.Logger
	seen *seen

	// calls is the context interactions run in: it outlives their request
	// (edits come after the reply) and is cancelled only when Shutdown's
	// wait runs out.
	calls       context.Context
	cancelCalls context.CancelFunc
	mu          sync.Mutex
	closing     bool
	inflight    sync.WaitGroup
}

// ParsePublicKey reads the application's public key as the developer portal
// shows it (hex).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key: want %d bytes of hex, as the developer portal shows it", ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// New returns the endpoint. rest sends what follows the first response.
func New(key ed25519.PublicKey, srv Server, rest bot.Responder, opts Options, log *slog.Logger) *Handler {
	if opts.MaxBody == 0 {
		opts.MaxBody = 64 << 10
	}
	if opts.MaxSkew == 0 {
		opts.MaxSkew = 5 * time.Minute
	}
	if opts.FirstResponse == 0 {
		opts.FirstResponse = 2500 * time.Millisecond
	}
	if opts.BodyTimeout == 0 {
		opts.BodyTimeout = 5 * time.Second
	}
	if opts.MaxSeen == 0 {
		opts.MaxSeen = 100_000
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	calls, cancel := context.WithCancel(context.Background())
	return &Handler{key: key, srv: srv, rest: rest, opts: opts, log: log, seen: newSeen(opts.MaxSeen, opts.Now), calls: calls, cancelCalls: cancel}
}

// Shutdown stops taking interactions (new ones get 503) and waits for those
// in flight, deferred answers included, until ctx ends; then it cancels
// what is left and says so. Call it after the HTTP server's Shutdown, which
// waits for the first responses.
func (h *Handler) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing = true
	h.mu.Unlock()
	done := make(chan struct{})
	go func() { h.inflight.Wait(); close(done) }()
	select {
	case <-done:
		h.cancelCalls()
		return nil
	case <-ctx.Done():
		h.cancelCalls()
		return fmt.Errorf("interactions endpoint: answers still running at shutdown, cancelled: %w", ctx.Err())
	}
}

// take registers an interaction in flight, unless shutting down.
func (h *Handler) take() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	h.inflight.Add(1)
	return true
}

// handled are the interaction types the bot answers (modal submits: the 👎
// comment and the follow-up question); any other gets 400 at once rather
// than waiting for a first response that never comes.
var handled = map[discordgo.InteractionType]bool{
	discordgo.InteractionPing:                           true,
	discordgo.InteractionApplicationCommand:             true,
	discordgo.InteractionMessageComponent:               true,
	discordgo.InteractionApplicationCommandAutocomplete: true,
	discordgo.InteractionModalSubmit:                    true,
}

// ServeHTTP verifies, decodes and answers one interaction.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// The body is read before its signature can be checked: bound the time
	// it may take, whoever sends it.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(h.opts.BodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	if reason := h.verify(r.Header, body); reason != "" {
		h.log.Warn("interaction refused", "reason", reason, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	i, err := decode(body)
	if err != nil {
		h.log.Warn("interaction refused", "reason", err, "remote", r.RemoteAddr)
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	log := h.log.With("interaction_id", i.ID)
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	ts, _ := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if !h.seen.add(i.ID, time.Unix(ts, 0).Add(h.opts.MaxSkew)) {
		log.Warn("replayed interaction refused", "remote", r.RemoteAddr)
		http.Error(w, "interaction already received", http.StatusConflict)
		return
	}
	if !h.take() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	resp := &firstResponder{rest: h.rest, first: make(chan *discordgo.InteractionResponse, 1), written: make(chan struct{})}
	defer close(resp.written)
	go func() {
		defer h.inflight.Done()
		defer func() {
			if h.opts.Done != nil {
				h.opts.Done(i.ID)
			}
		}()
		h.srv.Serve(h.calls, i, resp)
	}()
	timer := time.NewTimer(h.opts.FirstResponse)
	defer timer.Stop()
	select {
	case first := <-resp.first:
		writeJSON(w, first)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	case <-timer.C:
		var d *discordgo.InteractionResponse
		if df, ok := h.srv.(Deferrer); ok {
			d = df.Deferral(i)
		}
		switch {
		case d != nil && resp.acknowledge(d):
			log.Warn("first response late: the endpoint deferred the interaction", "after", h.opts.FirstResponse)
			writeJSON(w, d)
		case resp.taken():
			// The answer came just as time ran out: it is on its way.
			select {
			case first := <-resp.first:
				writeJSON(w, first)
			case <-r.Context().Done():
			}
		default:
			log.Error("no first response in time; Discord will show the interaction as failed")
			http.Error(w, "no response in time", http.StatusServiceUnavailable)
		}
	case <-r.Context().Done():
	}
}

// decode reads an interaction and refuses what the bot does not answer: a
// type it does not handle (0, unknown types, a JSON null) or one without an
// id or token.
func decode(body []byte) (*discordgo.Interaction, error) {
	var i *discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		return nil, errors.New("not an interaction")
	}
	if i == nil {
		return nil, errors.New("not an interaction: null")
	}
	if !handled[i.Type] {
		return nil, fmt.Errorf("interaction type %d is not handled", int(i.Type))
	}
	if i.Type != discordgo.InteractionPing && (i.ID == "" || i.Token == "") {
		return nil, errors.New("interaction without an id or token")
	}
	return i, nil
}

// verify returns why a request is refused, or "" when its signature is good
// and its timestamp fresh.
func (h *Handler) verify(hd http.Header, body []byte) string {
	sigHex, ts := hd.Get("X-Signature-Ed25519"), hd.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return "missing signature headers"
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "malformed signature"
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "malformed timestamp"
	}
	if skew := h.opts.Now().Sub(time.Unix(secs, 0)); skew > h.opts.MaxSkew || skew < -h.opts.MaxSkew {
		return "stale timestamp"
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(h.key, msg, sig) {
		return "bad signature"
	}
	return ""
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// firstResponder hands the first response to the HTTP reply and sends the
// rest through REST. Respond returns only once the HTTP reply is written, so
// that an edit of a deferred reply never reaches Discord before the reply
// it edits.
type firstResponder struct {
	rest    bot.Responder
	first   chan *discordgo.InteractionResponse
	written chan struct{}
	mu      sync.Mutex
	sent    bool
	// late is the deferral the endpoint sent when the first response was
	// late; the first Respond after it is delivered as an edit (lateAnswer).
	late      *discordgo.InteractionResponse
	converted bool
}

// acknowledge takes the HTTP reply for the endpoint's deferral d, unless the
// first response has been handed over already.
func (f *firstResponder) acknowledge(d *discordgo.InteractionResponse) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.sent {
		return false
	}
	f.sent, f.late = true, d
	return true
}

// taken reports whether the HTTP reply has been claimed.
func (f *firstResponder) taken() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sent
}

func (f *firstResponder) Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	f.mu.Lock()
	if f.late != nil && !f.converted {
		f.converted = true
		late := f.late
		f.mu.Unlock()
		return f.lateAnswer(ctx, i, late, resp)
	}
	first := !f.sent
	f.sent = true
	f.mu.Unlock()
	if !first {
		return f.rest.Respond(ctx, i, resp)
	}
	if deferral, edit, ok := splitFiles(resp); ok {
		if err := f.reply(ctx, deferral); err != nil {
			return err
		}
		return f.rest.Edit(ctx, i, edit)
	}
	return f.reply(ctx, resp)
}

// lateAnswer delivers the first response resp after the endpoint answered
// the HTTP request with its own deferral late: a deferral of the bot's is
// already done, a message becomes the edit of the deferred reply (or, if it
// is ephemeral and the deferral was public, or the deferral was of a
// component's message, an ephemeral follow-up), an update the edit of the
// message.
func (f *firstResponder) lateAnswer(ctx context.Context, i *discordgo.Interaction, late, resp *discordgo.InteractionResponse) error {
	d := resp.Data
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	lateEphemeral := late.Data != nil && late.Data.Flags&discordgo.MessageFlagsEphemeral != 0
	switch resp.Type {
	case discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.InteractionResponseDeferredMessageUpdate:
		return nil
	case discordgo.InteractionResponseUpdateMessage:
		return f.rest.Edit(ctx, i, editOf(d))
	case discordgo.InteractionResponseChannelMessageWithSource:
		switch {
		case late.Type == discordgo.InteractionResponseDeferredMessageUpdate:
			return f.rest.Followup(ctx, i, followupOf(d))
		case d.Flags&discordgo.MessageFlagsEphemeral != 0 && !lateEphemeral:
			if err := f.rest.Delete(ctx, i); err != nil {
				return fmt.Errorf("delete the endpoint's public deferral: %w", err)
			}
			return f.rest.Followup(ctx, i, followupOf(d))
		}
		return f.rest.Edit(ctx, i, editOf(d))
	}
	return fmt.Errorf("a first response of type %d came after the endpoint had to defer", resp.Type)
}

func editOf(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content, embeds, components := d.Content, d.Embeds, d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: d.AllowedMentions, Files: d.Files}
}

func followupOf(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	return &discordgo.WebhookParams{Content: d.Content, Embeds: d.Embeds, Components: d.Components, AllowedMentions: d.AllowedMentions, Flags: d.Flags, Files: d.Files}
}

// reply hands resp to the HTTP reply and waits until it is written.
func (f *firstResponder) reply(ctx context.Context, resp *discordgo.InteractionResponse) error {
	f.first <- resp
	select {
	case <-f.written:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *firstResponder) Edit(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	return f.rest.Edit(ctx, i, e)
}

func (f *firstResponder) Delete(ctx context.Context, i *discordgo.Interaction) error {
	return f.rest.Delete(ctx, i)
}

func (f *firstResponder) Followup(ctx context.Context, i *discordgo.Interaction, p *discordgo.WebhookParams) error {
	return f.rest.Followup(ctx, i, p)
}
