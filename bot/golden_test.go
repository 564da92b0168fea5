package bot

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/internal/golden"

	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestGolden compares what Discord receives for one reply per command, and
// for an error, an autocomplete and a page turn, with testdata/*.golden.
// Ids and tokens are replaced by placeholders. Refresh with
// go test ./bot -run TestGolden -update.
func TestGolden(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	tests := []struct {
		name string
		i    fd.Interaction
	}{
		{"ask", h.fake.Command("1", "ask", fd.String("question", "What did Putin propose in his Sunday speech?"))},
		{"who", h.fake.Command("1", "who", fd.String("name", "Peskov"))},
		{"quote", h.fake.Command("1", "quote", fd.String("speaker", "Putin"), fd.String("topic", "Kiev authorities"))},
		{"timeline", h.fake.Command("1", "timeline", fd.String("from", "2025-01-01"), fd.String("to", "2025-04-30"))},
		{"paragraph", h.fake.Command("1", "paragraph", fd.Int("number", 5), fd.Bool("private", true))},
		{"error", h.fake.Command("1", "paragraph", fd.Int("number", 999))},
		{"autocomplete", h.fake.Autocomplete("1", "who", fd.Focused("name", "pes"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reqs := h.answer(t, tt.i)
			golden.Check(t, tt.name, normalise(t, h.fake, reqs, tt.i))
			for _, r := range reqs {
				for _, f := range r.Files {
					golden.CheckPNG(t, tt.name, f.Data)
				}
			}
		})
	}
	t.Run("page", func(t *testing.T) {
		asked := h.fake.Command("1", "timeline")
		// The button carries the request, not the interaction that asked.
		ids := final(t, h.answer(t, asked)).customIDs()
		if len(ids) == 0 {
			t.Fatal("no page buttons")
		}
		press := h.fake.Press("1", ids[0])
		got := normalise(t, h.fake, h.answer(t, press), press)
		golden.Check(t, "page", got)
	})
}

// normalise writes the requests as method, path and indented JSON, then
// each uploaded file as what it is (describeFile), with the interaction's
// id, token and the application id replaced by placeholders.
func normalise(t *testing.T, fake *fd.Server, reqs []fd.Request, i fd.Interaction) string {
	t.Helper()
	var b strings.Builder
	for _, r := range reqs {
		var body bytes.Buffer
		if len(r.JSON) > 0 {
			if err := json.Indent(&body, r.JSON, "", "  "); err != nil {
				t.Fatal(err)
			}
		}
		b.WriteString(r.Method + " " + r.Path + "\n" + body.String() + "\n")
		for _, f := range r.Files {
			b.WriteString(describeFile(t, f) + "\n")
		}
	}
	return strings.NewReplacer(i.Token, "{token}", i.ID, "{id}", fake.AppID, "{app}").Replace(b.String())
}
