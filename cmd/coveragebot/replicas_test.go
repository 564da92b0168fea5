package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"testing"
)

// TestReplicasTurnEachOthersPages starts two serve --http processes with the
// same keys, as two replicas behind a load balancer: the command (/who
// name:Putin, two pages) goes to one and its Next button to the other; then
// the first is restarted and turns back the page the second showed.
func TestReplicasTurnEachOthersPages(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three processes")
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"DISCORD_PUBLIC_KEY":   hex.EncodeToString(pub),
		"COVERAGEBOT_PAGE_KEY": "shared by every replica of this test, 32+ bytes",
	}
	a, b := startServe(t, env), startServe(t, env)

	who := map[string]any{"id": "1", "name": "who", "type": 1, "options": []any{map[string]any{"name": "name", "type": 3, "value": "Putin"}}}
	code, body := post(t, a.base+"/interactions", interaction("1001", 2, "500", who, nil), priv)
	first := decodeReply(t, body)
	if code != 200 || first.Type != 4 || !strings.Contains(first.footer(), "page 1/") {
		t.Fatalf("/who on replica A: %d %s", code, body)
	}

	press := func(p *process, id string, r reply, to int) reply {
		t.Helper()
		data := map[string]any{"custom_id": r.button(t, to), "component_type": 2}
		code, body := post(t, p.base+"/interactions", interaction(id, 3, "500", data, r.message("m"+id)), priv)
		got := decodeReply(t, body)
		if code != 200 || got.Type != 7 {
			t.Fatalf("press on %s: %d %s", p.base, code, body)
		}
		return got
	}
	second := press(b, "1002", first, 2)
	if !strings.Contains(second.footer(), "page 2/") {
		t.Errorf("replica B turned to %q, want page 2", second.footer())
	}

	a.stop(t)
	restarted := startServe(t, env)
	back := press(restarted, "1003", second, 1)
	if !strings.Contains(back.footer(), "page 1/") || back.Data.Embeds[0]["description"] != first.Data.Embeds[0]["description"] {
		t.Errorf("after a restart, page 1 = %q\n%v", back.footer(), back.Data.Embeds[0]["description"])
	}
}
