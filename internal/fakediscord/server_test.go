package fakediscord

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestRefusals: the fake refuses what Discord refuses, and records it.
func TestRefusals(t *testing.T) {
	s := Start(time.Second)
	defer s.Close()
	i := s.Command("1", "who")
	s.Register(i)
	callback := s.APIBase() + "interactions/" + i.ID + "/" + i.Token + "/callback"
	original := s.APIBase() + "webhooks/" + s.AppID + "/" + i.Token + "/messages/@original"
	long := strings.Repeat("x", 2001)
	steps := []struct {
		name, method, url, body string
		status                  int
	}{
		{"edit before any callback", "PATCH", original, `{"content":"x"}`, 404},
		{"content over 2000", "POST", callback, `{"type":4,"data":{"content":"` + long + `"}}`, 400},
		{"too many choices", "POST", callback, `{"type":8,"data":{"choices":[` + strings.Repeat(`{"name":"a","value":"a"},`, 25) + `{"name":"a","value":"a"}]}}`, 400},
		{"unknown interaction", "POST", s.APIBase() + "interactions/9/nope/callback", `{"type":4,"data":{}}`, 404},
		{"the callback", "POST", callback, `{"type":5,"data":{"flags":64}}`, 204},
		{"a second callback", "POST", callback, `{"type":4,"data":{"content":"x"}}`, 400},
		{"the edit", "PATCH", original, `{"content":"x","embeds":[{"title":"t","description":"d"}]}`, 200},
		{"a follow-up", "POST", s.APIBase() + "webhooks/" + s.AppID + "/" + i.Token + "?wait=true", `{"content":"y","flags":64}`, 200},
		{"delete", "DELETE", original, ``, 204},
		{"edit after delete", "PATCH", original, `{"content":"x"}`, 404},
		{"unknown route", "GET", s.APIBase() + "users/@me", ``, 404},
	}
	for _, st := range steps {
		req, _ := http.NewRequest(st.method, st.url, strings.NewReader(st.body))
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
	reqs := s.Requests()
	if len(reqs) != len(steps) {
		t.Fatalf("%d requests recorded, want %d", len(reqs), len(steps))
	}
	if got := len(s.For(i.ID)); got != len(steps)-2 {
		t.Errorf("%d requests attributed to the interaction, want %d", got, len(steps)-2)
	}
}
