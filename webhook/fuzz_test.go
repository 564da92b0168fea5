package webhook

import (
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// FuzzDecode: the endpoint's interaction decoder never panics, and what it
// accepts is an interaction of a type the bot answers, with an id and a
// token unless it is a PING. Seeds: testdata/fuzz/FuzzDecode and below.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		pingBody,
		`null`,
		`{"type":5}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"who","options":[{"name":"name","type":3,"value":{"a":1}}]}}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"pg1.2.x","component_type":2},"message":{"embeds":[{"title":"Q"}]}}`,
		`{"id":"1","type":4,"token":"t","data":{"name":"who","options":[{"name":"name","type":3,"value":"pe","focused":true}]}}`,
		`{"id":"1","type":2,"token":"t","member":{"permissions":5}}`,
		`[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		i, err := decode(body)
		if err != nil {
			return
		}
		if !handled[i.Type] {
			t.Fatalf("accepted type %d", i.Type)
		}
		if i.Type != discordgo.InteractionPing && (i.ID == "" || i.Token == "") {
			t.Fatalf("accepted an interaction without id or token: %s", body)
		}
	})
}

// FuzzEndpoint sends any body, correctly signed, through the whole
// endpoint: it answers at once with a status, never panics, and a handler
// sees only what decode accepted.
func FuzzEndpoint(f *testing.F) {
	f.Add([]byte(pingBody))
	f.Add([]byte(`{"id":"9","type":2,"token":"t","data":{"name":"who"}}`))
	f.Add([]byte(`{"id":"9","type":99,"token":"t"}`))
	pub, priv, _ := ed25519.GenerateKey(nil)
	f.Fuzz(func(t *testing.T, body []byte) {
		srv := &countingServer{}
		h := New(pub, srv, &restRecorder{}, Options{Now: func() time.Time { return now }, FirstResponse: time.Second}, nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, signed(priv, now, body))
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d for %q", w.Code, body)
		}
		if _, err := decode(body); err != nil && srv.n.Load() != 0 {
			t.Fatalf("a handler saw %q, which decode refuses", body)
		}
	})
}
