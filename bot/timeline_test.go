package bot

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/commands"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// describeFile says what an uploaded file is, for a golden: its part,
// name, type, and for a PNG its size in pixels and the power of two of
// KiB it fits in, so that a small change of the picture keeps the line.
func describeFile(t testing.TB, f fd.File) string {
	t.Helper()
	s := fmt.Sprintf("%s: %s (%s)", f.Field, f.Name, f.ContentType)
	if f.ContentType == "image/png" {
		img, err := png.Decode(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("%s is not a PNG: %v", f.Name, err)
		}
		kib := 1
		for kib*1024 < len(f.Data) {
			kib *= 2
		}
		s += fmt.Sprintf(", PNG %d×%d, at most %d KiB", img.Bounds().Dx(), img.Bounds().Dy(), kib)
	}
	return s
}

// slowCommands answers like the real router, after a delay: past DeferAfter,
// so that the reply is an edit of a deferral.
type slowCommands struct {
	Commands
	delay time.Duration
}

func (s slowCommands) Handle(ctx context.Context, req commands.Request) (commands.Response, error) {
	time.Sleep(s.delay)
	return s.Commands.Handle(ctx, req)
}

// /timeline's picture reaches Discord however the reply goes: in the
// callback, in the edit of a deferral, and again with every page turned.
// Each time the body is multipart, the PNG decodes, the embed shows it by
// attachment://timeline.png and the message lists it in attachments.
func TestTimelineAttachment(t *testing.T) {
	t.Parallel()
	check := func(t *testing.T, s sent, reqs []fd.Request, how string) {
		t.Helper()
		if s.how != how {
			t.Fatalf("reply sent as %s, want %s", s.how, how)
		}
		last := reqs[len(reqs)-1]
		if len(last.Files) != 1 {
			t.Fatalf("%d files uploaded with the %s, want 1", len(last.Files), how)
		}
		f := last.Files[0]
		img, err := png.Decode(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if f.Field != "files[0]" || f.Name != "timeline.png" || f.ContentType != "image/png" || img.Bounds().Dx() != 800 {
			t.Errorf("uploaded %s %s %s, %v", f.Field, f.Name, f.ContentType, img.Bounds())
		}
		embeds, _ := s.msg["embeds"].([]any)
		e, _ := embeds[0].(map[string]any)
		image, _ := e["image"].(map[string]any)
		if url := str(image, "url"); url != "attachment://timeline.png" {
			t.Errorf("embed image %q", url)
		}
		atts, _ := s.msg["attachments"].([]any)
		if len(atts) != 1 || fmt.Sprint(atts[0]) != "map[filename:timeline.png id:0]" {
			t.Errorf("attachments %v", s.msg["attachments"])
		}
		checkMessage(t, s.msg)
	}
	t.Run("callback and page turns", func(t *testing.T) {
		t.Parallel()
		h := start(t, realRouter(t), nil)
		asked := h.fake.Command("1", "timeline")
		reqs := h.answer(t, asked)
		first := final(t, reqs)
		check(t, first, reqs, "respond")
		ids := first.customIDs()
		if len(ids) == 0 {
			t.Fatal("no page buttons")
		}
		press := h.fake.Press("1", ids[0])
		reqs = h.answer(t, press)
		check(t, final(t, reqs), reqs, "update")
	})
	t.Run("deferred", func(t *testing.T) {
		t.Parallel()
		h := start(t, slowCommands{realRouter(t), 100 * time.Millisecond}, func(c *Config) { c.DeferAfter = 20 * time.Millisecond })
		reqs := h.answer(t, h.fake.Command("1", "timeline", fd.String("topic", "ceasefire")))
		s := final(t, reqs)
		if !s.deferred {
			t.Fatal("not deferred")
		}
		check(t, s, reqs, "edit")
		if cb := reqs[0]; len(cb.Files) != 0 || !strings.Contains(string(cb.JSON), `"type":5`) {
			t.Errorf("the deferral carried %d files: %s", len(cb.Files), cb.JSON)
		}
	})
}
