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

// Options tune the endpoint.
type Options struct {
	// MaxBody bounds the request body; Discord's payloads are a few KiB.
	// Default 64 KiB.
	MaxBody int64
	// MaxSkew is how far the signed timestamp may be from now before the
	// request counts as a replay. Default 5 minutes.
	MaxSkew time.Duration
	// FirstResponse bounds the wait for the interaction's first response;
	// Discord drops the interaction after 3 s. Default 2.8 s.
	FirstResponse time.Duration
	// Now is the clock, default time.Now.
	Now func() time.Time
	// Done is called when an interaction's handling ends, after the HTTP
	// reply (tests wait on it). Optional.
	Done func(id string)
}

// Handler is the endpoint. Create it with New.
type Handler struct {
	key   ed25519.PublicKey
	srv   Server
	rest  bot.Responder
	opts  Options
	log   *slog.Logger
	calls context.Context // outlives requests: edits come after the reply
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

// New returns the endpoint. rest sends what follows the first response;
// calls is the context those later calls run in (cancel it at shutdown).
func New(calls context.Context, key ed25519.PublicKey, srv Server, rest bot.Responder, opts Options, log *slog.Logger) *Handler {
	if opts.MaxBody == 0 {
		opts.MaxBody = 64 << 10
	}
	if opts.MaxSkew == 0 {
		opts.MaxSkew = 5 * time.Minute
	}
	if opts.FirstResponse == 0 {
		opts.FirstResponse = 2800 * time.Millisecond
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Handler{key: key, srv: srv, rest: rest, opts: opts, log: log, calls: calls}
}

// ServeHTTP verifies, decodes and answers one interaction.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
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
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "not an interaction", http.StatusBadRequest)
		return
	}
	log := h.log.With("interaction_id", i.ID)
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	resp := &firstResponder{rest: h.rest, first: make(chan *discordgo.InteractionResponse, 1), written: make(chan struct{})}
	defer close(resp.written)
	go func() {
		defer func() {
			if h.opts.Done != nil {
				h.opts.Done(i.ID)
			}
		}()
		h.srv.Serve(h.calls, &i, resp)
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
		log.Error("no first response in time; Discord will show the interaction as failed")
		http.Error(w, "no response in time", http.StatusServiceUnavailable)
	case <-r.Context().Done():
	}
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
}

func (f *firstResponder) Respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	f.mu.Lock()
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
