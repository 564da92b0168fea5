package webhook

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// /timeline's reply uploads a picture, which Discord's HTTP reply does not
// reliably take: the HTTP reply defers, publicly, and the message with its
// file follows as an edit through REST.
func TestTimelineFiles(t *testing.T) {
	k := newKeys(t)
	rest := &restRecorder{}
	done := make(chan string, 1)
	h := New(k.pub, realInteractions(t, nil, 0), rest,
		Options{Now: func() time.Time { return now }, Done: func(id string) { done <- id }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("13", "timeline", opt("from", 3, "2025-01-01"), opt("to", 3, "2025-04-30"))))
	if body := w.Body.String(); w.Code != 200 || !strings.Contains(body, `"type":5`) || strings.Contains(body, `"flags"`) {
		t.Fatalf("first response = %d %s, want a public deferral (type 5)", w.Code, body)
	}
	awaitDone(t, done)
	rest.mu.Lock()
	defer rest.mu.Unlock()
	if len(rest.edits) != 1 {
		t.Fatalf("%d edits, want 1", len(rest.edits))
	}
	e := rest.edits[0]
	if len(e.Files) != 1 || e.Files[0].Name != "timeline.png" || e.Files[0].ContentType != "image/png" {
		t.Errorf("edit files = %+v, want timeline.png", e.Files)
	}
	if e.Embeds == nil || len(*e.Embeds) != 1 || (*e.Embeds)[0].Image == nil || (*e.Embeds)[0].Image.URL != "attachment://timeline.png" {
		t.Errorf("edit embeds = %+v, want one showing attachment://timeline.png", e.Embeds)
	}
	if e.Embeds != nil && !strings.Contains((*e.Embeds)[0].Description, "March 2025") {
		t.Errorf("edit lacks the timeline's text: %+v", (*e.Embeds)[0])
	}
	if e.AllowedMentions == nil || e.AllowedMentions.Parse == nil || len(e.AllowedMentions.Parse) != 0 {
		t.Errorf("mentions not disabled: %+v", e.AllowedMentions)
	}
}
