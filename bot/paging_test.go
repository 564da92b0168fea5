package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// replica is one bot process's interaction core, answering into a
// recording responder, as a replica behind a load balancer would.
type replica struct {
	core *Interactions
	rec  *callRecorder
}

func newReplica(t testing.TB, cmds Commands, configure func(*Config)) replica {
	t.Helper()
	cfg := Config{PageKey: []byte("a key shared by every replica, 32+ bytes"), DeferAfter: 2500 * time.Millisecond}
	if configure != nil {
		configure(&cfg)
	}
	core, err := NewInteractions(cfg, cmds, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return replica{core: core, rec: &callRecorder{}}
}

// serve answers raw (an interaction's JSON) and returns the first response.
func (r replica) serve(t *testing.T, raw []byte) *discordgo.InteractionResponse {
	t.Helper()
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	before := len(r.rec.all())
	r.core.Serve(context.Background(), &i, r.rec)
	got := r.rec.all()
	if len(got) == before {
		t.Fatalf("no response to %s", raw)
	}
	return got[before].resp
}

// commandJSON is a slash command by user as Discord sends it.
func commandJSON(id, user, name string, opts map[string]any) []byte {
	var list []map[string]any
	for k, v := range opts {
		typ := 3
		switch v.(type) {
		case int, float64:
			typ = 4
		case bool:
			typ = 5
		}
		list = append(list, map[string]any{"name": k, "type": typ, "value": v})
	}
	b, _ := json.Marshal(map[string]any{
		"id": id, "application_id": "9", "type": 2, "token": "tok-" + id, "version": 1,
		"member": map[string]any{"user": map[string]any{"id": user, "username": "u" + user}, "permissions": "0"},
		"data":   map[string]any{"id": "1", "name": name, "type": 1, "options": list},
	})
	return b
}

// pressJSON is user's press of the button customID on the message the
// response resp created, as Discord sends it: the message comes with it.
func pressJSON(t *testing.T, id, user, asker, customID string, resp *discordgo.InteractionResponse) []byte {
	t.Helper()
	msg := map[string]any{
		"id": "m-" + id, "channel_id": "2", "type": 20, "content": resp.Data.Content,
		"embeds": resp.Data.Embeds, "components": resp.Data.Components, "flags": int(resp.Data.Flags),
		"interaction_metadata": map[string]any{"id": "orig", "type": 2, "user": map[string]any{"id": asker, "username": "u" + asker}},
	}
	b, err := json.Marshal(map[string]any{
		"id": id, "application_id": "9", "type": 3, "token": "tok-" + id, "version": 1,
		"member":  map[string]any{"user": map[string]any{"id": user, "username": "u" + user}, "permissions": "0"},
		"data":    map[string]any{"custom_id": customID, "component_type": 2},
		"message": msg,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// buttons returns the custom_ids of resp's enabled buttons.
func buttons(resp *discordgo.InteractionResponse) []string {
	var ids []string
	for _, c := range resp.Data.Components {
		row, _ := c.(discordgo.ActionsRow)
		for _, b := range row.Components {
			if btn, ok := b.(discordgo.Button); ok && !btn.Disabled {
				ids = append(ids, btn.CustomID)
			}
		}
	}
	return ids
}

func respText(resp *discordgo.InteractionResponse) string {
	var b strings.Builder
	b.WriteString(resp.Data.Content)
	for _, e := range resp.Data.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

// TestPagesTurnOnAnyReplica: the command is answered by one replica and its
// Next button by another (or by the same process after a restart): nothing
// of the pages is kept in memory, the button carries it.
func TestPagesTurnOnAnyReplica(t *testing.T) {
	a, b := newReplica(t, realRouter(t), nil), newReplica(t, realRouter(t), nil)
	first := a.serve(t, commandJSON("1", "500", "timeline", nil))
	ids := buttons(first)
	if len(ids) != 1 || !strings.Contains(respText(first), "page 1/") {
		t.Fatalf("page 1: buttons %v\n%s", ids, respText(first))
	}
	for _, id := range ids {
		if len(id) > 100 {
			t.Errorf("custom_id %q has %d characters, Discord allows 100", id, len(id))
		}
	}
	second := b.serve(t, pressJSON(t, "2", "500", "500", ids[0], first))
	if second.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(respText(second), "page 2/") {
		t.Fatalf("press on the other replica: type %d\n%s", second.Type, respText(second))
	}
	// And back, on the first replica, from page 2's Previous button.
	prev := buttons(second)[0]
	back := a.serve(t, pressJSON(t, "3", "500", "500", prev, second))
	if !strings.Contains(respText(back), "page 1/") || respText(back) != respText(first) {
		t.Errorf("page 1 again:\n%s\nwant\n%s", respText(back), respText(first))
	}
}

// TestPageButtonRefusals: each way a press can fail says so plainly, and
// none of them shows a page.
func TestPageButtonRefusals(t *testing.T) {
	clk := newClock()
	a := newReplica(t, realRouter(t), func(c *Config) { c.Now = clk.Now; c.PageTimeout = 10 * time.Minute })
	first := a.serve(t, commandJSON("1", "500", "timeline", nil))
	next := buttons(first)[0]
	forged := next[:len(next)-1] + map[bool]string{true: "2", false: "3"}[strings.HasSuffix(next, "3")]
	otherKey := newReplica(t, realRouter(t), func(c *Config) { c.PageKey = []byte("another key altogether, 32+ bytes long") })
	changed := newReplica(t, reloaded{realRouter(t)}, func(c *Config) { c.Now = clk.Now })
	tests := []struct {
		name  string
		r     replica
		id    string
		user  string
		after time.Duration
		want  string
	}{
		{"someone else", a, next, "501", 0, msgNotYourPages},
		{"forged", a, forged, "500", 0, msgInvalidButton},
		{"not a page button", a, "other:1", "500", 0, msgInvalidButton},
		{"another key", otherKey, next, "500", 0, msgInvalidButton},
		{"coverage changed", changed, next, "500", 0, msgCoverageChanged},
		{"expired", a, next, "500", 10*time.Minute + time.Second, msgExpired},
	}
	for n, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk.Advance(tt.after)
			got := tt.r.serve(t, pressJSON(t, fmt.Sprint(10+n), tt.user, "500", tt.id, first))
			if got.Type != discordgo.InteractionResponseChannelMessageWithSource || got.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("answered with type %d flags %d, want an ephemeral message", got.Type, got.Data.Flags)
			}
			if !strings.Contains(respText(got), tt.want) {
				t.Errorf("answer %q, want %q", respText(got), tt.want)
			}
		})
	}
}

// TestLongQuestionPages: a question too long for a custom_id is read back
// from the title of the reply, so its pages turn too.
func TestLongQuestionPages(t *testing.T) {
	cmds := &fakeCommands{render: func(r commands.Response) []commands.Message {
		title := commands.EscapeMarkdown("Q: " + r.Intro)
		return []commands.Message{
			{Embeds: []commands.Embed{{Title: title, Description: "one", Footer: "page 1/2"}}},
			{Embeds: []commands.Embed{{Title: title, Description: "two", Footer: "page 2/2"}}},
		}
	}}
	q := "What did *everyone* in the __delegation__ say about the prisoner exchange, the ceasefire and @everyone else?"
	a, b := newReplica(t, cmds, nil), newReplica(t, cmds, nil)
	first := a.serve(t, commandJSON("1", "500", "echo", map[string]any{"text": q}))
	ids := buttons(first)
	if len(ids) != 1 {
		t.Fatalf("buttons %v", ids)
	}
	if !strings.Contains(ids[0], "*") {
		t.Errorf("custom_id %q does not read the question from the title", ids[0])
	}
	second := b.serve(t, pressJSON(t, "2", "500", "500", ids[0], first))
	if !strings.Contains(respText(second), "two") {
		t.Errorf("press: %s", respText(second))
	}

	// Longer than a title holds: the press says the pages cannot turn.
	long := strings.Repeat("And what about the ceasefire? ", 10)
	cut := &fakeCommands{render: func(r commands.Response) []commands.Message {
		title := commands.Truncate("Q: "+r.Intro, 100)
		return []commands.Message{{Embeds: []commands.Embed{{Title: title, Description: "one"}}}, {Embeds: []commands.Embed{{Title: title, Description: "two"}}}}
	}}
	c := newReplica(t, cut, nil)
	first = c.serve(t, commandJSON("3", "500", "echo", map[string]any{"text": long}))
	got := c.serve(t, pressJSON(t, "4", "500", "500", buttons(first)[0], first))
	if !strings.Contains(respText(got), msgCannotPage) {
		t.Errorf("press on a reply whose question is lost: %s", respText(got))
	}
}

// callRecorder is a Responder that records every call.
type callRecorder struct {
	mu    sync.Mutex
	calls []call
}

type call struct {
	method string
	resp   *discordgo.InteractionResponse
	edit   *discordgo.WebhookEdit
	params *discordgo.WebhookParams
}

func (c *callRecorder) add(x call) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls = append(c.calls, x)
	return nil
}

func (c *callRecorder) all() []call {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]call(nil), c.calls...)
}

func (c *callRecorder) Respond(_ context.Context, _ *discordgo.Interaction, r *discordgo.InteractionResponse) error {
	return c.add(call{method: "respond", resp: r})
}
func (c *callRecorder) Edit(_ context.Context, _ *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	return c.add(call{method: "edit", edit: e})
}
func (c *callRecorder) Delete(context.Context, *discordgo.Interaction) error {
	return c.add(call{method: "delete"})
}
func (c *callRecorder) Followup(_ context.Context, _ *discordgo.Interaction, p *discordgo.WebhookParams) error {
	return c.add(call{method: "followup", params: p})
}

// reloaded is the real router after a reload that changed the coverage:
// the same commands, other answers.
type reloaded struct{ Commands }

func (r reloaded) Render(resp commands.Response) []commands.Message {
	pages := r.Commands.Render(resp)
	for k := range pages {
		pages[k].Content = "A fact was corrected."
	}
	return pages
}
