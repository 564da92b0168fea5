package webhook

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/commands"
)

// lateServer answers after a pause longer than the endpoint waits for a
// first response, as a starved process would, and acknowledges the way
// the bot does (Deferral).
type lateServer struct {
	pause  time.Duration
	answer *discordgo.InteractionResponse
	then   func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) // after answering
	errc   chan error
}

func (s *lateServer) Serve(ctx context.Context, i *discordgo.Interaction, r bot.Responder) {
	time.Sleep(s.pause)
	err := r.Respond(ctx, i, s.answer)
	if err == nil && s.then != nil {
		s.then(ctx, i, r)
	}
	s.errc <- err
}

func (s *lateServer) Deferral(i *discordgo.Interaction) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}}
}

// restLog records every REST call in order.
type restLog struct {
	restRecorder
	calls []string
}

func (r *restLog) Edit(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	r.mu.Lock()
	r.calls = append(r.calls, "edit:"+*e.Content)
	r.mu.Unlock()
	return nil
}
func (r *restLog) Delete(context.Context, *discordgo.Interaction) error {
	r.mu.Lock()
	r.calls = append(r.calls, "delete")
	r.mu.Unlock()
	return nil
}
func (r *restLog) Followup(_ context.Context, _ *discordgo.Interaction, p *discordgo.WebhookParams) error {
	r.mu.Lock()
	r.calls = append(r.calls, "followup:"+p.Content)
	r.mu.Unlock()
	return nil
}
func (r *restLog) Respond(context.Context, *discordgo.Interaction, *discordgo.InteractionResponse) error {
	r.mu.Lock()
	r.calls = append(r.calls, "callback")
	r.mu.Unlock()
	return nil
}

// TestLateFirstResponse: when the answer is not ready by FirstResponse,
// the endpoint acknowledges the interaction itself (a deferral, in time for
// Discord's 3 s) instead of answering 503, and the answer, when it comes,
// is delivered as the edit of that deferral (or, ephemeral after a public
// deferral, as an ephemeral follow-up in its place).
func TestLateFirstResponse(t *testing.T) {
	msg := func(content string, flags discordgo.MessageFlags) *discordgo.InteractionResponse {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Content: content, Flags: flags}}
	}
	tests := []struct {
		name   string
		answer *discordgo.InteractionResponse
		then   func(ctx context.Context, i *discordgo.Interaction, r bot.Responder)
		calls  string
	}{
		{"reply", msg("the answer", 0), nil, "edit:the answer"},
		{"ephemeral reply", msg("only you", discordgo.MessageFlagsEphemeral), nil, "delete followup:only you"},
		{"the bot's own deferral, then its edit", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}},
			func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) {
				content := "edited in"
				_ = r.Edit(ctx, i, &discordgo.WebhookEdit{Content: &content})
			}, "edit:edited in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := newKeys(t)
			rest := &restLog{}
			srv := &lateServer{pause: 200 * time.Millisecond, answer: tt.answer, then: tt.then, errc: make(chan error, 1)}
			h := New(k.pub, srv, rest, Options{Now: func() time.Time { return now }, FirstResponse: 50 * time.Millisecond}, nil)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, signed(k.priv, now, command("50", "who", opt("name", 3, "Peskov"))))
			if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"type":5`) {
				t.Fatalf("late answer: HTTP %d %s, want the endpoint's deferral", w.Code, w.Body.String())
			}
			if err := <-srv.errc; err != nil {
				t.Fatalf("the late Respond failed: %v", err)
			}
			rest.mu.Lock()
			defer rest.mu.Unlock()
			if got := strings.Join(rest.calls, " "); got != tt.calls {
				t.Errorf("REST calls %q, want %q", got, tt.calls)
			}
		})
	}
}

// TestLateWithoutDeferral: a server that cannot say how to defer (or an
// interaction that cannot be deferred, such as an autocomplete) still gets
// 503 when it is late.
func TestLateWithoutDeferral(t *testing.T) {
	k := newKeys(t)
	srv := &countingServer{}
	slow := serverFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) {
		time.Sleep(200 * time.Millisecond)
		srv.Serve(ctx, i, r)
	})
	h := New(k.pub, slow, &restRecorder{}, Options{Now: func() time.Time { return now }, FirstResponse: 50 * time.Millisecond}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("51", "who", opt("name", 3, "Peskov"))))
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", w.Code)
	}
}

type serverFunc func(ctx context.Context, i *discordgo.Interaction, r bot.Responder)

func (f serverFunc) Serve(ctx context.Context, i *discordgo.Interaction, r bot.Responder) {
	f(ctx, i, r)
}

var _ Deferrer = (*bot.Interactions)(nil)

// TestLateWithTheBot: the real interaction core, slower than the endpoint's
// first-response deadline and slower than it would defer itself: the
// endpoint defers, and the answer arrives as the edit.
func TestLateWithTheBot(t *testing.T) {
	k := newKeys(t)
	rest := &restRecorder{}
	done := make(chan string, 1)
	core := realInteractions(t, slowCommands{commands.NewRouter(nil, commands.Options{})}, 2500*time.Millisecond)
	h := New(k.pub, core, rest, Options{Now: func() time.Time { return now }, FirstResponse: 50 * time.Millisecond, Done: func(id string) { done <- id }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("52", "paragraph", opt("number", 4, 1))))
	if !strings.Contains(w.Body.String(), `"type":5`) {
		t.Fatalf("first response = %s, want the endpoint's deferral", w.Body.String())
	}
	awaitDone(t, done)
	rest.mu.Lock()
	defer rest.mu.Unlock()
	if len(rest.edits) != 1 || rest.edits[0].Embeds == nil || (*rest.edits[0].Embeds)[0].Title != "slow answer" {
		t.Fatalf("edits = %+v, want the answer", rest.edits)
	}
}
