package webhook

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/bot"
	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/data"
	"github.com/coveragebot/coveragebot/knowledge"
)

var now = time.Date(2025, 5, 20, 12, 0, 0, 0, time.UTC)

type keys struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newKeys(t *testing.T) keys {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return keys{pub, priv}
}

// signed builds a request signed as Discord signs it.
func signed(k ed25519.PrivateKey, at time.Time, body []byte) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	sig := ed25519.Sign(k, append([]byte(ts), body...))
	r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("Content-Type", "application/json")
	return r
}

// countingServer records whether any interaction reached it.
type countingServer struct{ n atomic.Int32 }

func (c *countingServer) Serve(ctx context.Context, i *discordgo.Interaction, r bot.Responder) {
	c.n.Add(1)
	_ = r.Respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource})
}

// restRecorder is the REST side: it records edits and follow-ups.
type restRecorder struct {
	mu    sync.Mutex
	edits []*discordgo.WebhookEdit
	done  chan struct{}
}

func (r *restRecorder) Respond(context.Context, *discordgo.Interaction, *discordgo.InteractionResponse) error {
	return nil
}

func (r *restRecorder) Edit(_ context.Context, _ *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.edits = append(r.edits, e)
	return nil
}

func (r *restRecorder) Delete(context.Context, *discordgo.Interaction) error { return nil }

func (r *restRecorder) Followup(context.Context, *discordgo.Interaction, *discordgo.WebhookParams) error {
	return nil
}

const pingBody = `{"id":"1","application_id":"2","type":1,"token":"t","version":1}`

func TestPing(t *testing.T) {
	k := newKeys(t)
	h := New(k.pub, &countingServer{}, &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, []byte(pingBody)))
	if w.Code != http.StatusOK || strings.TrimSpace(w.Body.String()) != `{"type":1}` {
		t.Errorf("PING = %d %q, want 200 {\"type\":1}", w.Code, w.Body.String())
	}
}

// Discord sends bad signatures on purpose and drops endpoints that accept
// them: each of these gets 401 and reaches no handler.
func TestRefused(t *testing.T) {
	k, other := newKeys(t), newKeys(t)
	cmd := []byte(`{"id":"5","application_id":"2","type":2,"token":"t","version":1,"data":{"name":"who","options":[{"name":"name","type":3,"value":"Peskov"}]}}`)
	tests := []struct {
		name string
		req  func() *http.Request
		code int
	}{
		{"tampered body", func() *http.Request {
			r := signed(k.priv, now, cmd)
			r.Body = ioNop(bytes.Replace(cmd, []byte("Peskov"), []byte("Putin!"), 1))
			return r
		}, 401},
		{"wrong key", func() *http.Request { return signed(other.priv, now, cmd) }, 401},
		{"missing signature", func() *http.Request {
			r := signed(k.priv, now, cmd)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401},
		{"missing timestamp", func() *http.Request {
			r := signed(k.priv, now, cmd)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401},
		{"malformed signature", func() *http.Request {
			r := signed(k.priv, now, cmd)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401},
		{"stale timestamp", func() *http.Request { return signed(k.priv, now.Add(-10*time.Minute), cmd) }, 401},
		{"future timestamp", func() *http.Request { return signed(k.priv, now.Add(10*time.Minute), cmd) }, 401},
		{"oversized body", func() *http.Request {
			big := append([]byte(`{"id":"5","type":2,"pad":"`), bytes.Repeat([]byte("x"), 70<<10)...)
			return signed(k.priv, now, append(big, `"}`...))
		}, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := &countingServer{}
			h := New(k.pub, srv, &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, tt.req())
			if w.Code != tt.code {
				t.Errorf("status = %d, want %d", w.Code, tt.code)
			}
			if srv.n.Load() != 0 {
				t.Error("the request reached a handler")
			}
		})
	}
}

func ioNop(b []byte) *readCloser { return &readCloser{bytes.NewReader(b)} }

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

func realInteractions(t *testing.T, cmds bot.Commands, deferAfter time.Duration) *bot.Interactions {
	t.Helper()
	if cmds == nil {
		lib, err := engine.Load(t.Context(), knowledge.Config{Facts: []string{data.DefaultFacts}, FS: data.FS}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { lib.Close() })
		cmds = commands.NewRouter(lib, commands.Options{})
	}
	in, err := bot.NewInteractions(bot.Config{DeferAfter: deferAfter}, cmds, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func command(id, name string, opts ...map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{
		"id": id, "application_id": "2", "type": 2, "token": "tok" + id, "version": 1,
		"member": map[string]any{"user": map[string]any{"id": "42", "username": "reader"}, "permissions": "0"},
		"data":   map[string]any{"id": "9", "name": name, "type": 1, "options": opts},
	})
	return b
}

func opt(name string, typ int, v any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": v}
}

// Each command goes through the same command code as the gateway and is
// answered in the HTTP reply, mentions disabled.
func TestCommands(t *testing.T) {
	k := newKeys(t)
	h := New(k.pub, realInteractions(t, nil, 0), &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
	tests := []struct {
		body      []byte
		want      string
		ephemeral bool
	}{
		{command("10", "ask", opt("question", 3, "What did Putin propose in his Sunday speech?")), "¶8", false},
		{command("11", "who", opt("name", 3, "Kief")), "Kyiv", false},
		{command("12", "quote", opt("speaker", 3, "Putin"), opt("topic", 3, "Kiev authorities")), "threw it all away", false},
		{command("14", "paragraph", opt("number", 4, 23)), "1,000 kilometers", false},
		{command("15", "paragraph", opt("number", 4, 99)), "there is no ¶99", true},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, signed(k.priv, now, tt.body))
		var resp struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data *struct {
				Embeds          []discordgo.MessageEmbed          `json:"embeds"`
				AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
				Flags           discordgo.MessageFlags            `json:"flags"`
			} `json:"data"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
			t.Fatalf("%d %s: %v", w.Code, w.Body.String(), err)
		}
		if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || len(resp.Data.Embeds) == 0 {
			t.Fatalf("response = %s", w.Body.String())
		}
		if !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("response lacks %q: %s", tt.want, w.Body.String())
		}
		if got := resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0; got != tt.ephemeral {
			t.Errorf("ephemeral = %v, want %v: %s", got, tt.ephemeral, w.Body.String())
		}
		if am := resp.Data.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 {
			t.Errorf("mentions not disabled: %s", w.Body.String())
		}
	}
}

// slowCommands answers after a pause, to force a deferred reply.
type slowCommands struct{ bot.Commands }

func (s slowCommands) Handle(ctx context.Context, req commands.Request) (commands.Response, error) {
	time.Sleep(300 * time.Millisecond)
	return commands.Response{Title: "slow answer", Items: []commands.Item{{Text: "done"}}}, nil
}

func (s slowCommands) Render(r commands.Response) []commands.Message {
	return commands.RenderDiscord(r, commands.RenderOptions{})
}

// A slow answer is deferred in the HTTP reply and completed by an edit
// through REST once the reply is out.
func TestDeferred(t *testing.T) {
	k := newKeys(t)
	router := commands.NewRouter(nil, commands.Options{})
	rest := &restRecorder{}
	done := make(chan string, 1)
	h := New(k.pub, realInteractions(t, slowCommands{router}, 50*time.Millisecond), rest,
		Options{Now: func() time.Time { return now }, Done: func(id string) { done <- id }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("20", "paragraph", opt("number", 4, 1))))
	if !strings.Contains(w.Body.String(), `"type":5`) {
		t.Fatalf("first response = %s, want a deferred one (type 5)", w.Body.String())
	}
	awaitDone(t, done)
	rest.mu.Lock()
	defer rest.mu.Unlock()
	if len(rest.edits) != 1 || rest.edits[0].Embeds == nil || (*rest.edits[0].Embeds)[0].Title != "slow answer" {
		t.Fatalf("edits = %+v, want the answer", rest.edits)
	}
}

// awaitDone waits for the endpoint to say an interaction is finished.
func awaitDone(t *testing.T, done <-chan string) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the interaction never finished")
	}
}
