package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
	"time"
)

// part is one part of a multipart body to send.
type part struct {
	field, filename string
	data            []byte
}

func multipartRequest(t *testing.T, method, url string, parts ...part) (*http.Response, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		cd := fmt.Sprintf(`form-data; name=%q`, p.field)
		if p.filename != "" {
			cd += fmt.Sprintf(`; filename=%q`, p.filename)
		}
		h.Set("Content-Disposition", cd)
		w, err := mw.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.data)
	}
	mw.Close()
	req, _ := http.NewRequest(method, url, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	b, _ := io.ReadAll(resp.Body)
	json.Unmarshal(b, &body)
	return resp, body
}

// The fake reads multipart/form-data bodies as Discord does: the message
// from payload_json, the files from files[n]; it records both and refuses
// malformed ones.
func TestMultipart(t *testing.T) {
	s := Start(time.Second)
	defer s.Close()
	i := s.Command("1", "timeline")
	s.Register(i)
	callback := s.APIBase() + "interactions/" + i.ID + "/" + i.Token + "/callback"
	original := s.APIBase() + "webhooks/" + s.AppID + "/" + i.Token + "/messages/@original"
	png := []byte("\x89PNG\r\n\x1a\nnot really")
	payload := []byte(`{"type":4,"data":{"embeds":[{"title":"Timeline","image":{"url":"attachment://timeline.png"}}],"attachments":[{"id":"0","filename":"timeline.png"}]}}`)

	if resp, _ := multipartRequest(t, "POST", callback, part{"payload_json", "", payload}, part{"files[0]", "", png}); resp.StatusCode != 400 {
		t.Errorf("a file without a filename: status %d, want 400", resp.StatusCode)
	}
	if resp, _ := multipartRequest(t, "POST", callback, part{"files[0]", "timeline.png", png}); resp.StatusCode != 400 {
		t.Errorf("no payload_json: status %d, want 400", resp.StatusCode)
	}
	if resp, _ := multipartRequest(t, "POST", callback, part{"payload_json", "", payload}, part{"files[0]", "timeline.png", png}); resp.StatusCode != 204 {
		t.Fatalf("the callback: status %d, want 204", resp.StatusCode)
	}
	edit := []byte(`{"embeds":[{"title":"Timeline","image":{"url":"attachment://timeline.png"}}],"attachments":[{"id":"0","filename":"timeline.png"}]}`)
	resp, msg := multipartRequest(t, "PATCH", original, part{"payload_json", "", edit}, part{"files[0]", "timeline.png", png})
	if resp.StatusCode != 200 {
		t.Fatalf("the edit: status %d, want 200", resp.StatusCode)
	}
	if atts, _ := msg["attachments"].([]any); len(atts) != 1 || atts[0].(map[string]any)["filename"] != "timeline.png" {
		t.Errorf("the edited message lists attachments %v", msg["attachments"])
	}
	big := bytes.Repeat([]byte{0}, maxRequestBytes)
	if resp, _ := multipartRequest(t, "PATCH", original, part{"payload_json", "", edit}, part{"files[0]", "big.png", big}); resp.StatusCode != 413 {
		t.Errorf("over 25 MiB: status %d, want 413", resp.StatusCode)
	}

	reqs := s.For(i.ID)
	ok := reqs[2]
	if len(ok.Files) != 1 || ok.Files[0].Field != "files[0]" || ok.Files[0].Name != "timeline.png" || !bytes.Equal(ok.Files[0].Data, png) {
		t.Errorf("recorded files %+v", ok.Files)
	}
	if string(ok.JSON) != string(payload) {
		t.Errorf("recorded JSON %s", ok.JSON)
	}
	if data, _ := ok.Body.(map[string]any)["data"].(map[string]any); data == nil || !strings.Contains(fmt.Sprint(data["embeds"]), "attachment://timeline.png") {
		t.Errorf("recorded body %v", ok.Body)
	}
	for _, r := range reqs[:2] {
		if len(r.Problems) == 0 {
			t.Errorf("refused %s recorded no problem", r.Path)
		}
	}
}
