package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestWrongTypeValues: a value of a type Discord's option types forbid (an
// object, a list, a number for a string) gets the same "Can't answer that"
// as any bad input, never Go's formatting of it.
func TestWrongTypeValues(t *testing.T) {
	tests := []struct {
		name, command, option string
		value                 any
	}{
		{"object for a string", "ask", "question", map[string]any{"a": 1}},
		{"list for a string", "who", "name", []any{"Peskov", "Putin"}},
		{"number for a string", "who", "name", 42},
		{"string for an integer", "paragraph", "number", "5"},
		{"object for an integer", "paragraph", "number", map[string]any{}},
		{"string for a boolean", "ask", "private", "yes"},
		{"null", "who", "name", nil},
	}
	rep := newReplica(t, realRouter(t), nil)
	for n, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, _ := json.Marshal(map[string]any{
				"id": "1", "application_id": "9", "type": 2, "token": "t", "version": 1,
				"user": map[string]any{"id": "7", "username": "u"},
				"data": map[string]any{"id": "1", "name": tt.command, "type": 1, "options": []any{
					map[string]any{"name": tt.option, "type": 3, "value": tt.value},
				}},
			})
			_ = n
			got := rep.serve(t, raw)
			text := respText(got)
			if got.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(text, "Can't answer that") {
				t.Errorf("answered %q (flags %d), want the ephemeral error reply", text, got.Data.Flags)
			}
			if strings.Contains(text, "map[") || strings.Contains(text, "[Peskov") {
				t.Errorf("the reply shows Go formatting: %q", text)
			}
		})
	}
}

// recordingCommands records what autocomplete was asked.
type recordingCommands struct {
	fakeCommands
	mu   sync.Mutex
	reqs []commands.AutocompleteRequest
}

func (r *recordingCommands) Autocomplete(ctx context.Context, req commands.AutocompleteRequest) []commands.Choice {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	return r.fakeCommands.Autocomplete(ctx, req)
}

// TestAutocompleteInputCapped: what is typed is cut at Discord's 100
// characters before the command layer sees it (60,000 characters took /who
// 2.25 s against a 3 s deadline), the other options too.
func TestAutocompleteInputCapped(t *testing.T) {
	cmds := &recordingCommands{}
	rep := newReplica(t, cmds, nil)
	huge := strings.Repeat("é", 60000)
	raw, _ := json.Marshal(map[string]any{
		"id": "1", "application_id": "9", "type": 4, "token": "t", "version": 1,
		"user": map[string]any{"id": "7", "username": "u"},
		"data": map[string]any{"id": "1", "name": "echo", "type": 1, "options": []any{
			map[string]any{"name": "text", "type": 3, "value": huge, "focused": true},
			map[string]any{"name": "private", "type": 3, "value": huge},
		}},
	})
	rep.serve(t, raw)
	if len(cmds.reqs) != 1 {
		t.Fatalf("%d autocomplete calls", len(cmds.reqs))
	}
	req := cmds.reqs[0]
	if n := runes(req.Partial); n > 100 {
		t.Errorf("the command layer got %d characters of typing", n)
	}
	if n := runes(req.Options["private"]); n > 100 {
		t.Errorf("the command layer got a %d-character option", n)
	}
}

// failingResponder fails every call with err.
type failingResponder struct {
	callRecorder
	err error
}

func (f *failingResponder) Respond(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) error {
	_ = f.callRecorder.Respond(ctx, i, r)
	return f.err
}

// TestUndeliveredIsAnError: a reply Discord did not take (refused, unknown
// interaction, network) is counted and logged as outcome=error, not ok.
func TestUndeliveredIsAnError(t *testing.T) {
	restErr := func(code int) error {
		return &discordgo.RESTError{Response: &http.Response{StatusCode: code, Status: http.StatusText(code)}, ResponseBody: []byte(`{"code":10062,"message":"Unknown interaction"}`)}
	}
	tests := []struct {
		name string
		err  error
	}{
		{"refused", restErr(400)},
		{"unknown interaction", restErr(404)},
		{"forbidden", restErr(403)},
		{"network", errors.New("dial tcp 127.0.0.1:1: connection refused")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &countingRecorder{}
			logs := &logBuffer{}
			core, err := NewInteractions(Config{DeferAfter: 2500 * time.Millisecond}, realRouter(t), rec, jsonLogger(logs))
			if err != nil {
				t.Fatal(err)
			}
			var i discordgo.Interaction
			if err := json.Unmarshal(commandJSON("1", "7", "who", map[string]any{"name": "Peskov"}), &i); err != nil {
				t.Fatal(err)
			}
			core.Serve(context.Background(), &i, &failingResponder{err: tt.err})
			if got := rec.get("who/" + OutcomeError); got != 1 {
				t.Errorf("recorded %v, want one who/error", rec.served)
			}
			for _, l := range logs.Lines() {
				if l["msg"] == "answered" && l["outcome"] != OutcomeError {
					t.Errorf("logged outcome=%v", l["outcome"])
				}
			}
		})
	}
}

// TestErrorsNameTheHostUsed: with api_base pointing elsewhere, errors name
// that host, not discord.com.
func TestErrorsNameTheHostUsed(t *testing.T) {
	const base = "http://127.0.0.1:1/api/v9/"
	r, err := NewRESTResponder(Config{APIBase: base})
	if err != nil {
		t.Fatal(err)
	}
	i := &discordgo.Interaction{ID: "1", AppID: "9", Token: "secret-token"}
	err = r.Edit(context.Background(), i, outgoing{msg: commands.Message{Content: "x"}}.edit())
	if err == nil {
		t.Fatal("no error from a closed port")
	}
	if strings.Contains(err.Error(), "discord.com") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("error %q does not name the host used", err)
	}
	_, err = Register(context.Background(), Config{Token: "t", APIBase: base, AppID: "9"}, commands.Specs(), nil)
	if err == nil || strings.Contains(err.Error(), "discord.com") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("register error %q does not name the host used", err)
	}
}

// TestApplicationID: without discord.application_id the id comes from
// READY, else from GET applications/@me; with neither, Run says which
// setting to add.
func TestApplicationID(t *testing.T) {
	t.Parallel()
	t.Run("from the API when READY has none", func(t *testing.T) {
		t.Parallel()
		fake := fd.Start(time.Second)
		fake.ReadyWithoutApplication = true
		h := startOn(t, fake, &fakeCommands{}, nil)
		if got := final(t, h.answer(t, h.fake.Command("1", "echo", fd.String("text", "hi")))); !strings.Contains(got.text(), "hi") {
			t.Errorf("reply %q", got.text())
		}
	})
	t.Run("nowhere", func(t *testing.T) {
		t.Parallel()
		fake := fd.Start(time.Second)
		defer fake.Close()
		fake.ReadyWithoutApplication, fake.NoApplicationRoute = true, true
		logs := &logBuffer{}
		b, err := New(Config{Token: "t", APIBase: fake.APIBase(), ShutdownTimeout: time.Second}, &fakeCommands{}, nil, jsonLogger(logs))
		if err != nil {
			t.Fatal(err)
		}
		err = b.Run(context.Background())
		if err == nil || !strings.Contains(err.Error(), "discord.application_id") {
			t.Errorf("Run = %v, want it to name discord.application_id", err)
		}
	})
}

// TestStartupLog: the first connection is logged as connected, never as a
// reconnection after shutdown, even when Run stops right after it. (A
// connection discordgo's reconnect loop makes after Close is a real one and
// is logged and closed as such.)
func TestStartupLog(t *testing.T) {
	t.Parallel()
	fake := fd.Start(time.Second)
	defer fake.Close()
	fake.ReadyWithoutApplication, fake.NoApplicationRoute = true, true
	logs := &logBuffer{}
	b, err := New(Config{Token: "t", APIBase: fake.APIBase(), ShutdownTimeout: time.Second}, &fakeCommands{}, nil, jsonLogger(logs))
	if err != nil {
		t.Fatal(err)
	}
	_ = b.Run(context.Background())
	time.Sleep(200 * time.Millisecond) // discordgo calls handlers in goroutines of their own
	out := logs.String()
	connected := strings.Index(out, `"discord gateway connected"`)
	if connected < 0 || connected > strings.Index(out, `"msg":"stopped"`) || strings.Count(out, `"discord gateway connected"`) != 1 {
		t.Errorf("the first connection is not logged once as connected, before stopping:\n%s", out)
	}
	if strings.Contains(out, "after shutdown") && fake.Connected() < 2 {
		t.Errorf("the only connection was logged as one after shutdown:\n%s", out)
	}
}

// TestDeferral: what an HTTP endpoint may send for the bot when its answer
// is late: a command's deferral with the visibility the bot would choose, a
// page button's deferred update, and nothing for what cannot be deferred.
func TestDeferral(t *testing.T) {
	rep := newReplica(t, realRouter(t), nil)
	decode := func(raw []byte) *discordgo.Interaction {
		var i discordgo.Interaction
		if err := json.Unmarshal(raw, &i); err != nil {
			t.Fatal(err)
		}
		return &i
	}
	first := rep.serve(t, commandJSON("1", "500", "timeline", nil))
	tests := []struct {
		name  string
		raw   []byte
		typ   discordgo.InteractionResponseType
		flags discordgo.MessageFlags
	}{
		{"public command", commandJSON("2", "7", "timeline", nil), discordgo.InteractionResponseDeferredChannelMessageWithSource, 0},
		{"private command", commandJSON("3", "7", "who", map[string]any{"name": "Peskov", "private": true}), discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.MessageFlagsEphemeral},
		{"page button", pressJSON(t, "4", "500", "500", buttons(first)[0], first), discordgo.InteractionResponseDeferredMessageUpdate, 0},
		{"another button", pressJSON(t, "5", "500", "500", "fu1.x", first), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := rep.core.Deferral(decode(tt.raw))
			switch {
			case tt.typ == 0 && d != nil:
				t.Errorf("deferral %+v, want none", d)
			case tt.typ != 0 && (d == nil || d.Type != tt.typ):
				t.Errorf("deferral %+v, want type %d", d, tt.typ)
			case d != nil && d.Data != nil && d.Data.Flags != tt.flags:
				t.Errorf("flags %d, want %d", d.Data.Flags, tt.flags)
			}
		})
	}
}
