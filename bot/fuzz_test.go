package bot

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// unescapedMention is a mention Discord would render (and, but for
// allowed_mentions, ping): @everyone, @here, <@123>, <@!123>, <@&123>, <#123>.
var unescapedMention = regexp.MustCompile(`@everyone|@here|<@[!&]?\d|<#\d`)

// FuzzCommandLine runs the whole path from a command line to the reply
// Discord receives, over the shipped article: the line is parsed as the CLI
// does and sent as the slash command it names, and also sent whole as an
// /ask question. Every reply is within Discord's limits, valid UTF-8, shows
// no unescaped mention and disables mentions; a Next button turns to page
// 2 (or says plainly why it cannot). Seeds: testdata/fuzz/FuzzCommandLine
// and below.
func FuzzCommandLine(f *testing.F) {
	for _, line := range []string{
		"/who name:Peskov",
		"/timeline",
		"/quote speaker:Putin topic:Kiev authorities",
		"/ask question:What did Putin propose in his Sunday speech?",
		"/ask question:@everyone <@123> *bold* ` \x1b[31m \u202e",
		"/paragraph number:23 private:true",
		"/timeline topic:__x__ from:2025",
		"/who name:" + strings.Repeat("Zelenskyy ", 12),
	} {
		f.Add(line)
	}
	rep := newReplica(f, realRouter(f), nil)
	specs := commands.Specs()
	f.Fuzz(func(t *testing.T, line string) {
		var bodies [][]byte
		if req, err := commands.Parse(specs, line); err == nil {
			bodies = append(bodies, commandJSON("1", "500", req.Command, typedOptions(specs, req)))
		} else {
			checkOutgoing(t, outgoing{msg: commands.RenderError(commands.UserMessage(err))}.response(discordgo.InteractionResponseChannelMessageWithSource))
		}
		q := []rune(strings.TrimPrefix(line, "/"))
		bodies = append(bodies, commandJSON("2", "500", "ask", map[string]any{"question": string(q[:min(len(q), 300)])}))
		for _, b := range bodies {
			resp := rep.serve(t, b)
			checkOutgoing(t, resp)
			if ids := buttons(resp); len(ids) > 0 {
				next := rep.serve(t, pressJSON(t, "3", "500", "500", ids[len(ids)-1], resp))
				checkOutgoing(t, next)
				text := respText(next)
				if next.Type != discordgo.InteractionResponseUpdateMessage && !strings.Contains(text, msgCannotPage) {
					t.Fatalf("Next on the reply to %q: %s", b, text)
				}
			}
		}
	})
}

// typedOptions gives each option of req the JSON type Discord sends for it.
func typedOptions(specs []commands.Spec, req commands.Request) map[string]any {
	out := map[string]any{}
	var spec commands.Spec
	for _, s := range specs {
		if s.Name == req.Command {
			spec = s
		}
	}
	for k, v := range req.Options {
		o, _ := spec.Option(k)
		switch o.Type {
		case commands.OptionInteger:
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			out[k] = n
		case commands.OptionBoolean:
			b, _ := strconv.ParseBool(strings.TrimSpace(v))
			out[k] = b
		default:
			out[k] = v
		}
	}
	return out
}

// checkOutgoing holds a response to what Discord accepts and what the bot
// promises.
func checkOutgoing(t *testing.T, resp *discordgo.InteractionResponse) {
	t.Helper()
	if resp.Data == nil {
		t.Fatalf("response type %d without data", resp.Type)
	}
	d := resp.Data
	texts := []string{d.Content}
	for _, e := range d.Embeds {
		texts = append(texts, e.Title, e.Description)
		if e.Footer != nil {
			texts = append(texts, e.Footer.Text)
		}
		for _, f := range e.Fields {
			texts = append(texts, f.Name, f.Value)
		}
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Fatalf("not valid UTF-8: %q", s)
		}
		if m := unescapedMention.FindString(s); m != "" {
			t.Fatalf("unescaped mention %q in %q", m, s)
		}
	}
	for _, id := range buttonIDs(resp) {
		if len(id) > 100 || !utf8.ValidString(id) {
			t.Fatalf("custom_id %q: %d bytes", id, len(id))
		}
	}
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	checkMessage(t, m)
	if t.Failed() {
		t.FailNow()
	}
}

// buttonIDs lists every button's custom_id, enabled or not.
func buttonIDs(resp *discordgo.InteractionResponse) []string {
	var ids []string
	for _, c := range resp.Data.Components {
		row, _ := c.(discordgo.ActionsRow)
		for _, b := range row.Components {
			if btn, ok := b.(discordgo.Button); ok {
				ids = append(ids, btn.CustomID)
			}
		}
	}
	return ids
}
