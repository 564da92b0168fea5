package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/internal/fakediscord"
)

// sent is the message a user finally saw for an interaction.
type sent struct {
	how       string // "respond", "update", "edit" or "followup"
	deferred  bool
	ephemeral bool
	msg       map[string]any
}

// final reads the reply out of the requests for one interaction.
func final(t testing.TB, reqs []fakediscord.Request) sent {
	t.Helper()
	var s sent
	found := false
	for _, r := range reqs {
		body, _ := r.Body.(map[string]any)
		switch {
		case strings.HasSuffix(r.Path, "/callback"):
			data, _ := body["data"].(map[string]any)
			switch callbackType(r) {
			case 4:
				s.how, s.msg, s.ephemeral, found = "respond", data, flags(data)&64 != 0, true
			case 5:
				s.deferred, s.ephemeral = true, flags(data)&64 != 0
			case 7:
				s.how, s.msg, found = "update", data, true
			}
		case r.Method == "PATCH":
			s.how, s.msg, found = "edit", body, true
		case r.Method == "POST" && strings.Contains(r.Path, "/webhooks/"):
			s.how, s.msg, s.ephemeral, found = "followup", body, flags(body)&64 != 0, true
		}
	}
	if !found {
		t.Fatalf("no reply among %s", describe(reqs))
	}
	return s
}

func flags(m map[string]any) int {
	f, _ := m["flags"].(float64)
	return int(f)
}

// embed returns the first embed's title, description and footer.
func (s sent) embed() (title, description, footer string) {
	embeds, _ := s.msg["embeds"].([]any)
	if len(embeds) == 0 {
		return "", "", ""
	}
	e, _ := embeds[0].(map[string]any)
	f, _ := e["footer"].(map[string]any)
	return str(e, "title"), str(e, "description"), str(f, "text")
}

// text is everything a user reads in the message.
func (s sent) text() string {
	t, d, f := s.embed()
	return strings.Join([]string{str(s.msg, "content"), t, d, f}, "\n")
}

// customIDs lists the message's button ids.
func (s sent) customIDs() []string {
	var ids []string
	rows, _ := s.msg["components"].([]any)
	for _, r := range rows {
		rm, _ := r.(map[string]any)
		buttons, _ := rm["components"].([]any)
		for _, b := range buttons {
			bm, _ := b.(map[string]any)
			if d, _ := bm["disabled"].(bool); !d {
				ids = append(ids, str(bm, "custom_id"))
			}
		}
	}
	return ids
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// checkMessage asserts what every message of the bot must be: within
// Discord's limits and with mentions disabled ("allowed_mentions": {"parse": []}).
func checkMessage(t testing.TB, msg map[string]any) {
	t.Helper()
	am, ok := msg["allowed_mentions"].(map[string]any)
	if !ok {
		t.Errorf("message without allowed_mentions: %v", msg)
	} else if parse, ok := am["parse"].([]any); !ok || len(parse) != 0 {
		t.Errorf("allowed_mentions.parse = %#v, want []", am["parse"])
	}
	if n := runes(str(msg, "content")); n > 2000 {
		t.Errorf("content has %d characters", n)
	}
	embeds, _ := msg["embeds"].([]any)
	if len(embeds) > 10 {
		t.Errorf("%d embeds", len(embeds))
	}
	total := 0
	for _, e := range embeds {
		em, _ := e.(map[string]any)
		title, desc := runes(str(em, "title")), runes(str(em, "description"))
		if title > 256 || desc > 4096 {
			t.Errorf("embed title %d, description %d characters", title, desc)
		}
		fields, _ := em["fields"].([]any)
		if len(fields) > 25 {
			t.Errorf("%d fields", len(fields))
		}
		for _, f := range fields {
			fm, _ := f.(map[string]any)
			total += runes(str(fm, "name")) + runes(str(fm, "value"))
		}
		footer, _ := em["footer"].(map[string]any)
		total += title + desc + runes(str(footer, "text"))
	}
	if total > 6000 {
		t.Errorf("embeds have %d characters in all", total)
	}
}

// checkAll checks every message the bot sent for an interaction.
func checkAll(t testing.TB, reqs []fakediscord.Request) {
	t.Helper()
	for _, r := range reqs {
		body, _ := r.Body.(map[string]any)
		switch {
		case strings.HasSuffix(r.Path, "/callback"):
			if typ := callbackType(r); typ == 4 || typ == 7 {
				data, _ := body["data"].(map[string]any)
				checkMessage(t, data)
			}
		case r.Method == "PATCH" || r.Method == "POST":
			checkMessage(t, body)
		}
	}
}
