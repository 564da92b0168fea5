package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/commands"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestRegister: one bulk overwrite per start, in the configured guild, with
// all the commands and their options as the specs say.
func TestRegister(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	var puts []fd.Request
	for _, r := range h.fake.Requests() {
		if r.Method == "PUT" {
			puts = append(puts, r)
		}
	}
	if len(puts) != 1 {
		t.Fatalf("%d bulk overwrites, want 1", len(puts))
	}
	want := "/api/v9/applications/" + h.fake.AppID + "/guilds/" + fd.GuildID + "/commands"
	if puts[0].Path != want {
		t.Errorf("PUT %s, want %s", puts[0].Path, want)
	}
	cmds, _ := puts[0].Body.([]any)
	specs := commands.Specs()
	if len(cmds) != len(specs) || len(specs) != 5 {
		t.Fatalf("%d commands registered, %d specs, want 5", len(cmds), len(specs))
	}
	for i, s := range specs {
		c := cmds[i].(map[string]any)
		if c["name"] != s.Name || c["description"] != s.Description {
			t.Errorf("command %d = %v %v, want %s", i, c["name"], c["description"], s.Name)
		}
		opts, _ := c["options"].([]any)
		if len(opts) != len(s.Options) {
			t.Fatalf("/%s: %d options, want %d", s.Name, len(opts), len(s.Options))
		}
		for j, o := range s.Options {
			got := opts[j].(map[string]any)
			if got["name"] != o.Name || got["type"] != float64(o.Type) || got["required"] != o.Required || got["autocomplete"] != o.Autocomplete {
				t.Errorf("/%s option %d = %v, want %+v", s.Name, j, got, o)
			}
			if o.MaxLength > 0 && got["max_length"] != float64(o.MaxLength) {
				t.Errorf("/%s %s max_length = %v, want %d", s.Name, o.Name, got["max_length"], o.MaxLength)
			}
			if o.MinValue != nil && got["min_value"] != *o.MinValue {
				t.Errorf("/%s %s min_value = %v, want %v", s.Name, o.Name, got["min_value"], *o.MinValue)
			}
		}
	}
}

// TestRegisterGlobal: with no guilds configured, one global overwrite.
func TestRegisterGlobal(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), func(c *Config) { c.Guilds = nil })
	n := 0
	for _, r := range h.fake.Requests() {
		if r.Method == "PUT" {
			n++
			if r.Path != "/api/v9/applications/"+h.fake.AppID+"/commands" {
				t.Errorf("PUT %s, want the global commands", r.Path)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d bulk overwrites, want 1", n)
	}
}

// gated delays every command until Discord has received the interaction's
// deferral, so that the deferred path is taken every time, not by timing.
type gated struct {
	Commands
	fake *fd.Server
	ids  sync.Map // user id → interaction id
}

func (g *gated) Handle(ctx context.Context, req commands.Request) (commands.Response, error) {
	if id, ok := g.ids.Load(req.UserID); ok {
		g.fake.WaitCallbacks(id.(string), 1, wait)
	}
	return g.Commands.Handle(ctx, req)
}

// TestCommands answers every command, good and bad, over the real router:
// directly (type 4), and deferred (type 5, then an edit, or for an error a
// delete and an ephemeral follow-up).
func TestCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		command   string
		opts      []fd.Option
		ephemeral bool
		contains  string
	}{
		{"ask", "ask", []fd.Option{fd.String("question", "What did Putin propose in his Sunday speech?")}, false, "¶"},
		{"ask private", "ask", []fd.Option{fd.String("question", "What did Putin propose in his Sunday speech?"), fd.Bool("private", true)}, true, "¶"},
		{"ask too short", "ask", []fd.Option{fd.String("question", "x")}, true, "at least 2 characters"},
		{"who", "who", []fd.Option{fd.String("name", "Peskov")}, false, "Peskov"},
		{"who by displayed name", "who", []fd.Option{fd.String("name", "Dmitry Peskov — Kremlin spokesman")}, false, "Peskov"},
		{"who unknown", "who", []fd.Option{fd.String("name", "Biden")}, false, "Nobody by that name"},
		{"quote", "quote", []fd.Option{fd.String("speaker", "Volodymyr Zelenskyy")}, false, "¶"},
		{"quote topic", "quote", []fd.Option{fd.String("speaker", "Putin"), fd.String("topic", "Kiev authorities")}, false, "¶"},
		{"timeline window", "timeline", []fd.Option{fd.String("from", "2025-01-01"), fd.String("to", "2025-04-30")}, false, "¶"},
		{"timeline malformed date", "timeline", []fd.Option{fd.String("from", "2025-13")}, true, "month 13 is not 1-12"},
		{"paragraph", "paragraph", []fd.Option{fd.Int("number", 5)}, false, "¶5"},
		{"paragraph private", "paragraph", []fd.Option{fd.Int("number", 23), fd.Bool("private", true)}, true, "¶23"},
		{"paragraph out of range", "paragraph", []fd.Option{fd.Int("number", 999)}, true, "no ¶999"},
	}
	for _, deferred := range []bool{false, true} {
		t.Run(map[bool]string{false: "direct", true: "deferred"}[deferred], func(t *testing.T) {
			t.Parallel()
			g := &gated{Commands: realRouter(t)}
			var cmds Commands = realRouter(t)
			if deferred {
				cmds = g
			}
			h := start(t, cmds, func(c *Config) {
				if deferred {
					c.DeferAfter = 20 * time.Millisecond // gated: always past it
				}
			})
			g.fake = h.fake
			for n, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					user := fmt.Sprint(300 + n)
					i := h.fake.Command(user, tt.command, tt.opts...)
					g.ids.Store(user, i.ID)
					reqs := h.answer(t, i)
					checkAll(t, reqs)
					got := final(t, reqs)
					isError := tt.ephemeral && !strings.Contains(tt.name, "private")
					want := "respond"
					switch {
					case deferred && isError:
						want = "followup" // the deferral was public
					case deferred:
						want = "edit"
					}
					if got.how != want || got.deferred != deferred {
						t.Errorf("answered by %s (deferred %v), want %s", got.how, got.deferred, want)
					}
					if got.ephemeral != tt.ephemeral {
						t.Errorf("ephemeral = %v, want %v", got.ephemeral, tt.ephemeral)
					}
					if !strings.Contains(got.text(), tt.contains) {
						t.Errorf("reply does not contain %q:\n%s", tt.contains, got.text())
					}
					if title, _, _ := got.embed(); isError && title != "Can't answer that" {
						t.Errorf("error reply titled %q", title)
					}
				})
			}
			// A DM interaction carries "user", not "member".
			t.Run("in a DM", func(t *testing.T) {
				i := h.fake.Command("399", "who", fd.String("name", "Peskov")).InDM()
				g.ids.Store("399", i.ID)
				got := final(t, h.answer(t, i))
				if !strings.Contains(got.text(), "Peskov") {
					t.Errorf("reply: %s", got.text())
				}
			})
		})
	}
}

// TestAutocomplete answers type 8 with at most 25 choices, names unique.
func TestAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	tests := []struct {
		command, option, partial, want string
	}{
		{"who", "name", "", ""},
		{"who", "name", "pes", "Dmitry Peskov"},
		{"quote", "speaker", "put", "Vladimir Putin"},
		{"timeline", "topic", "sanc", "sanctions"},
		{"paragraph", "article", "", "istanbul-talks"},
	}
	for _, tt := range tests {
		t.Run(tt.command+"/"+tt.partial, func(t *testing.T) {
			i := h.fake.Autocomplete("400", tt.command, fd.Focused(tt.option, tt.partial))
			reqs := h.answer(t, i)
			if len(reqs) != 1 || callbackType(reqs[0]) != 8 {
				t.Fatalf("want one type 8 callback, got %s", describe(reqs))
			}
			data := reqs[0].Body.(map[string]any)["data"].(map[string]any)
			choices, _ := data["choices"].([]any)
			if len(choices) == 0 || len(choices) > 25 {
				t.Fatalf("%d choices", len(choices))
			}
			seen := map[string]bool{}
			found := tt.want == ""
			for _, c := range choices {
				cm := c.(map[string]any)
				name := str(cm, "name")
				if seen[name] || runes(name) < 1 || runes(name) > 100 || runes(str(cm, "value")) > 100 {
					t.Errorf("bad or repeated choice %v", cm)
				}
				seen[name] = true
				found = found || str(cm, "value") == tt.want
			}
			if !found {
				t.Errorf("no choice with value %q in %v", tt.want, choices)
			}
		})
	}
}

// TestPaging turns the pages of a long timeline: the asker can, someone else
// cannot, and after the timeout nobody can.
func TestPaging(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	asker, other := "500", "501"
	first := final(t, h.answer(t, h.fake.Command(asker, "timeline")))
	checkMessage(t, first.msg)
	ids := first.customIDs()
	if len(ids) != 1 || !strings.HasPrefix(ids[0], "pg1.2.") {
		t.Fatalf("page 1 buttons %v, want one enabled button to page 2", ids)
	}
	if !strings.Contains(first.text(), "page 1/") {
		t.Errorf("page 1 does not say so:\n%s", first.text())
	}

	reqs := h.answer(t, h.fake.Press(asker, ids[0]))
	page2 := final(t, reqs)
	checkAll(t, reqs)
	if page2.how != "update" || !strings.Contains(page2.text(), "page 2/") {
		t.Errorf("press by the asker: %s\n%s", page2.how, page2.text())
	}
	if len(page2.customIDs()) != 2 {
		t.Errorf("page 2 buttons %v, want Previous and Next", page2.customIDs())
	}

	refused := final(t, h.answer(t, h.fake.Press(other, ids[0])))
	if refused.how != "respond" || !refused.ephemeral || !strings.Contains(refused.text(), msgNotYourPages) {
		t.Errorf("press by someone else: %s ephemeral %v %q", refused.how, refused.ephemeral, refused.text())
	}

	h.clock.Advance(10*time.Minute + time.Second)
	expired := final(t, h.answer(t, h.fake.Press(asker, ids[0])))
	if expired.how != "respond" || !expired.ephemeral || !strings.Contains(expired.text(), msgExpired) {
		t.Errorf("press after the timeout: %s ephemeral %v %q", expired.how, expired.ephemeral, expired.text())
	}
}

// TestLogsCarryInteractionID: every log line about an interaction names it.
func TestLogsCarryInteractionID(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	i := h.fake.Command("600", "paragraph", fd.Int("number", 999))
	h.answer(t, i)
	eventually(t, "the answered log line", func() bool {
		for _, l := range h.logs.Lines() {
			if l["msg"] == "answered" && l["interaction_id"] == i.ID {
				return true
			}
		}
		return false
	})
	for _, l := range h.logs.Lines() {
		if _, ok := l["command"]; ok && l["interaction_id"] == nil {
			t.Errorf("log line about a command without interaction_id: %v", l)
		}
	}
	if got := h.rec.get("paragraph/" + OutcomeUserError); got != 1 {
		t.Errorf("recorded %d paragraph user errors, want 1", got)
	}
}
