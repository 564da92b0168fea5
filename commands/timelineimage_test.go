package commands

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// /timeline attaches its picture to every page and shows it in the page's
// embed; a timeline with no event has none.
func TestTimelineImage(t *testing.T) {
	r := testRouter(t)
	req, err := r.Parse("/timeline")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := r.Handle(t.Context(), req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Image == nil {
		t.Fatal("no image")
	}
	img, err := png.Decode(bytes.NewReader(resp.Image.PNG))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != resp.Image.Width || b.Dy() != resp.Image.Height {
		t.Errorf("PNG is %v, the response says %dx%d", b.Size(), resp.Image.Width, resp.Image.Height)
	}
	pages := r.Render(resp)
	if len(pages) < 2 {
		t.Fatalf("%d pages, want several", len(pages))
	}
	for i, p := range pages {
		if len(p.Files) != 1 || p.Files[0].Name != "timeline.png" || !bytes.Equal(p.Files[0].Data, resp.Image.PNG) {
			t.Errorf("page %d files: %+v", i+1, p.Files)
		}
		if e := p.Embeds[0]; e.Image != "attachment://timeline.png" || e.URL != "https://coverage.example/articles/istanbul-talks#timeline" {
			t.Errorf("page %d embed image %q, url %q", i+1, e.Image, e.URL)
		}
	}

	req, err = r.Parse("/timeline from:1990 to:1991")
	if err != nil {
		t.Fatal(err)
	}
	none, err := r.Handle(t.Context(), req)
	if err != nil {
		t.Fatal(err)
	}
	if none.Image != nil || len(r.Render(none)[0].Files) != 0 {
		t.Error("an empty timeline has a picture")
	}
}

// /timeline lists its sources itself, for its picture's subtitle: they are
// those Handle lists from a reply's citations, for one article and for
// several.
func TestTimelineSources(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    *Router
	}{{"one article", testRouter(t)}, {"three articles", threeRouter(t)}} {
		resp := handleLine(t, tt.r, "/timeline")
		if len(resp.Sources) == 0 {
			t.Fatalf("%s: no sources", tt.name)
		}
		want := resp
		want.Citations = nil
		want.collectCitations()
		if diff := cmp.Diff(tt.r.sources(want.Citations), resp.Sources); diff != "" {
			t.Errorf("%s: sources mismatch (-want, +got):\n%s", tt.name, diff)
		}
	}
}
