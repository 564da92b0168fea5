package fakediscord

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestModalsAndThreads: the fake takes a modal and a deferred update where
// Discord does and refuses them where it does not; it starts one thread
// per known, public message, and takes channel messages only with the bot
// token and only in a channel or thread it knows.
func TestModalsAndThreads(t *testing.T) {
	s := Start(time.Second)
	defer s.Close()
	reply := s.MessageFrom(map[string]any{"embeds": []any{map[string]any{"title": "Q: x"}}}, "")
	secret := s.MessageFrom(map[string]any{"content": "only you", "flags": 64.0}, "")
	press := s.PressOn("1", "fu1.x", reply)
	submit := s.Submit("1", "fq1.x", reply, map[string]string{"text": "What next?"})
	for _, i := range []Interaction{press, submit} {
		s.Register(i)
	}
	cb := func(i Interaction) string { return s.APIBase() + "interactions/" + i.ID + "/" + i.Token + "/callback" }
	modal := `{"type":9,"data":{"custom_id":"fq1.x","title":"Ask a follow-up","components":[{"type":1,"components":[{"type":4,"custom_id":"text","label":"Your question","style":1,"max_length":300}]}]}}`
	thread := s.APIBase() + "channels/" + ChannelID + "/messages/" + str(reply, "id") + "/threads"
	posts := s.APIBase() + "channels/" + str(reply, "id") + "/messages"
	bot := "Bot test-token"
	steps := []struct {
		name, method, url, auth, body string
		status                        int
	}{
		{"a modal without a title", "POST", cb(press), "", `{"type":9,"data":{"custom_id":"fq1.x","components":[]}}`, 400},
		{"a modal", "POST", cb(press), "", modal, 204},
		{"a modal answering a modal", "POST", cb(submit), "", modal, 400},
		{"a deferred update of the submit", "POST", cb(submit), "", `{"type":6}`, 204},
		{"a thread without the token", "POST", thread, "", `{"name":"What next?"}`, 401},
		{"a thread on an unknown message", "POST", s.APIBase() + "channels/" + ChannelID + "/messages/42/threads", bot, `{"name":"x"}`, 404},
		{"a thread on an ephemeral message", "POST", s.APIBase() + "channels/" + ChannelID + "/messages/" + str(secret, "id") + "/threads", bot, `{"name":"x"}`, 400},
		{"a message before the thread", "POST", posts, bot, `{"content":"x"}`, 404},
		{"the thread", "POST", thread, bot, `{"name":"What next?","auto_archive_duration":1440}`, 201},
		{"a second thread", "POST", thread, bot, `{"name":"again"}`, 400},
		{"a message in the thread", "POST", posts, bot, `{"embeds":[{"title":"Q: What next?"}],"components":[]}`, 200},
		{"an ephemeral channel message", "POST", posts, bot, `{"content":"x","flags":64}`, 400},
	}
	for _, st := range steps {
		req, _ := http.NewRequest(st.method, st.url, strings.NewReader(st.body))
		if st.auth != "" {
			req.Header.Set("Authorization", st.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != st.status {
			t.Errorf("%s: status %d, want %d", st.name, resp.StatusCode, st.status)
		}
	}
	if got := s.Threads(); len(got) != 1 || got[0] != str(reply, "id") {
		t.Errorf("threads %v, want the reply's id", got)
	}
	if m := s.KnownMessage(str(reply, "id")); m["thread"] == nil {
		t.Error("the reply does not show its thread")
	}
	posted := s.Posted(str(reply, "id"))
	if len(posted) != 1 {
		t.Fatalf("%d messages in the thread, want 1", len(posted))
	}
	in := s.PressOn("2", "fu1.y", posted[0])
	ch, _ := in.Payload["channel"].(map[string]any)
	if in.Payload["channel_id"] != str(reply, "id") || ch["type"] != threadChannelType || ch["parent_id"] != ChannelID {
		t.Errorf("a press in the thread comes from %v %v", in.Payload["channel_id"], ch)
	}
}
