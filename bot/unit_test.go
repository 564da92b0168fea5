package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/golden"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
	"github.com/google/go-cmp/cmp"
)

// TestCommandsJSON: the dry run prints exactly what registration sends.
func TestCommandsJSON(t *testing.T) {
	got, err := CommandsJSON(commands.Specs())
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "commands-json", string(got)+"\n")
}

func TestNewWithoutToken(t *testing.T) {
	_, err := New(Config{}, &fakeCommands{}, nil, nil)
	if !errors.Is(err, ErrNoToken) {
		t.Fatalf("New without a token: %v, want ErrNoToken", err)
	}
	for _, want := range []string{"DISCORD_TOKEN", "Reset Token", "coveragebot do '/who name:Peskov'"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q", want)
		}
	}
	if _, err := Register(context.Background(), Config{}, commands.Specs(), nil); !errors.Is(err, ErrNoToken) {
		t.Errorf("Register without a token: %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	_, err := New(Config{Token: "t", APIBase: "ftp://x", GatewayURL: "http://x", DeferAfter: 5 * time.Second, RateLimit: -1}, &fakeCommands{}, nil, nil)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"api_base", "gateway_url", "defer_after", "rate_limit"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestRequestOf(t *testing.T) {
	raw := `{"id":"1","type":2,"token":"t","application_id":"9","app_permissions":"8",
		"data":{"id":"5","name":"paragraph","type":1,"options":[
			{"name":"number","type":4,"value":12},{"name":"private","type":5,"value":true},{"name":"article","type":3,"value":"istanbul-talks"}]},
		"user":{"id":"42","username":"dm"}}`
	var i discordgo.Interaction
	if err := json.Unmarshal([]byte(raw), &i); err != nil {
		t.Fatal(err)
	}
	got, err := RequestOf(&i, commands.Specs())
	if err != nil {
		t.Fatal(err)
	}
	want := commands.Request{Command: "paragraph", UserID: "42", Options: map[string]string{"number": "12", "private": "true", "article": "istanbul-talks"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("mismatch (-want, +got):\n%s", d)
	}
}

func TestLimiter(t *testing.T) {
	c := newClock()
	l := newLimiter(2, 10*time.Second, c.Now)
	steps := []struct {
		advance time.Duration
		user    string
		ok      bool
		wait    time.Duration
	}{
		{0, "a", true, 0},
		{time.Second, "a", true, 0},
		{time.Second, "a", false, 8 * time.Second},
		{0, "b", true, 0},
		{8 * time.Second, "a", true, 0},
		{0, "a", false, time.Second},
	}
	for n, s := range steps {
		c.Advance(s.advance)
		ok, wait := l.allow(s.user)
		if ok != s.ok || wait != s.wait {
			t.Errorf("step %d: allow(%s) = %v %v, want %v %v", n, s.user, ok, wait, s.ok, s.wait)
		}
	}
	var off *limiter
	if ok, _ := off.allow("a"); !ok {
		t.Error("a nil limiter refused")
	}
}

func TestDiscordChoices(t *testing.T) {
	cs := []commands.Choice{{Name: "Five", Value: "5"}, {Name: "five", Value: "5"}, {Name: "NaN", Value: "x"}, {Name: strings.Repeat("n", 150), Value: "7"}}
	got := discordChoices(cs, discordgo.ApplicationCommandOptionInteger)
	if len(got) != 2 || got[0].Value != int64(5) || len([]rune(got[1].Name)) > 100 {
		t.Errorf("choices %+v", got)
	}
}

// TestRewriter: requests for discord.com go to the configured base, the
// gateway is answered locally when configured, other hosts are untouched.
func TestRewriter(t *testing.T) {
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.URL.Path+"?"+r.URL.RawQuery)
	}))
	defer srv.Close()
	rw, err := newRewriter(srv.URL+"/prefix/api/v9/", "ws://gw.example/")
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: rw}
	resp, err := client.Post(discordgo.EndpointAPI+"interactions/1/tok/callback?x=1", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if want := "/prefix/api/v9/interactions/1/tok/callback?x=1"; len(paths) != 1 || paths[0] != want {
		t.Errorf("paths %v, want %s", paths, want)
	}
	resp, err = client.Get(discordgo.EndpointGateway)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != `{"url":"ws://gw.example/"}` || len(paths) != 1 {
		t.Errorf("gateway answered %s (paths %v)", body, paths)
	}
}

// TestServeWithAnyResponder: the core needs nothing of the gateway; any
// Responder works (here one that records), as an HTTP endpoint's would.
func TestServeWithAnyResponder(t *testing.T) {
	core, err := NewInteractions(Config{}, &fakeCommands{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var r recordingResponder
	i := &discordgo.Interaction{ID: "1", Type: discordgo.InteractionPing}
	core.Serve(context.Background(), i, &r)
	if len(r.responses) != 1 || r.responses[0].Type != discordgo.InteractionResponsePong {
		t.Errorf("PING answered with %+v", r.responses)
	}
}

type recordingResponder struct {
	responses []*discordgo.InteractionResponse
}

func (r *recordingResponder) Respond(_ context.Context, _ *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	r.responses = append(r.responses, resp)
	return nil
}
func (r *recordingResponder) Edit(context.Context, *discordgo.Interaction, *discordgo.WebhookEdit) error {
	return nil
}
func (r *recordingResponder) Delete(context.Context, *discordgo.Interaction) error { return nil }
func (r *recordingResponder) Followup(context.Context, *discordgo.Interaction, *discordgo.WebhookParams) error {
	return nil
}

func TestScrubbedErrors(t *testing.T) {
	inner := errors.New(`Post "https://discord.com/api/v9/interactions/1/secret-token/callback": EOF`)
	err := scrubbing{token: "secret-token"}.wrap(inner)
	if strings.Contains(err.Error(), "secret-token") || !errors.Is(err, inner) {
		t.Errorf("scrubbed error %q (wraps the original: %v)", err, errors.Is(err, inner))
	}
}

// TestRESTResponder: without a gateway or a token, edits reach the API.
func TestRESTResponder(t *testing.T) {
	fake := fd.Start(time.Second)
	defer fake.Close()
	r, err := NewRESTResponder(Config{APIBase: fake.APIBase()})
	if err != nil {
		t.Fatal(err)
	}
	i := fake.Command("1", "who")
	fake.Register(i)
	var di discordgo.Interaction
	raw, _ := json.Marshal(i.Payload)
	if err := json.Unmarshal(raw, &di); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := r.Respond(ctx, &di, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatal(err)
	}
	if err := r.Edit(ctx, &di, outgoing{msg: commands.Message{Content: "done"}}.edit()); err != nil {
		t.Fatal(err)
	}
	if err := r.Followup(ctx, &di, notice("more").followup()); err != nil {
		t.Fatal(err)
	}
	if err := r.Delete(ctx, &di); err != nil {
		t.Fatal(err)
	}
	if got := len(fake.For(i.ID)); got != 4 {
		t.Errorf("%d requests reached the API, want 4", got)
	}
}
