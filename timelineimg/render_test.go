package timelineimg

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

// shipped returns the shipped article's events, as /timeline lists them.
func shipped(tb testing.TB) ([]knowledge.Event, *knowledge.Article) {
	tb.Helper()
	lib, err := engine.Load(tb.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { lib.Close() })
	a := lib.Articles()[0]
	return lib.Timeline("", nil, nil), a
}

func loose(s string, approximate bool) knowledge.Date {
	d := knowledge.MustDate(s)
	d.Approximate = approximate
	return d
}

// looseEvents have every precision and approximate dates, as in
// commands' timeline test.
func looseEvents() []knowledge.Event {
	until := loose("2021", true)
	return []knowledge.Event{
		{Article: "loose", ID: "c2019", Date: loose("2019", true), Until: &until, Summary: "Something around 2019 to 2021.", Paragraphs: []int{1}},
		{Article: "loose", ID: "feb", Date: loose("2026-02", true), Summary: "Something about February.", Paragraphs: []int{2}},
		{Article: "loose", ID: "last-week", Date: loose("2026-W10", false), Summary: "Something last week.", Paragraphs: []int{3}},
		{Article: "loose", ID: "friday", Date: loose("2026-03-13", true), Summary: "Something on Friday, said on a Thursday.", Paragraphs: []int{4}},
		{Article: "loose", ID: "march", Date: loose("2026-03", false), Summary: "Something in March.", Paragraphs: []int{5}},
	}
}

// TestGoldenImages renders the shipped article's whole timeline and the
// loose-dates one and compares them, pixel by pixel with a tolerance, with
// testdata/*.png. Refresh with go test ./timelineimg -update, then look at
// the pictures.
func TestGoldenImages(t *testing.T) {
	evs, a := shipped(t)
	tests := []struct {
		name   string
		events []knowledge.Event
		opts   Options
	}{
		{"istanbul-talks", evs, Options{Title: "Timeline", Subtitle: "Associated Press, 14 May 2025 — " + a.Title}},
		{"loose", looseEvents(), Options{Title: "Timeline", Subtitle: "Test Gazette, 12 March 2026 — Loose dates: a test"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Render(tt.events, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkImage(t, tt.name, img.PNG)
		})
	}
}

// Render is deterministic: the same events give the same bytes, so that a
// golden test can compare them and a cache could key on the input.
func TestRenderDeterministic(t *testing.T) {
	a, err := Render(looseEvents(), Options{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(looseEvents(), Options{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, b.PNG) {
		t.Error("two renders of the same timeline differ")
	}
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("an empty timeline rendered")
	}
}

// Tolerance of the golden comparison: fonts are rasterised in floating
// point, so another CPU may shade an edge differently; a layout change moves
// whole glyphs and fails.
const (
	channelTolerance = 40    // per colour channel, of 255
	pixelTolerance   = 0.002 // share of pixels that may differ
)

// checkImage compares got with testdata/name.png, or rewrites it with
// -update. On a mismatch it writes what it got and a diff beside the
// temporary directory's other files and names them.
func checkImage(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if golden.Updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantBytes, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it, then look at it)", err)
	}
	want, err := png.Decode(bytes.NewReader(wantBytes))
	if err != nil {
		t.Fatal(err)
	}
	gotImg, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	diff, n, err := compare(want, gotImg)
	if err == nil && float64(n) <= pixelTolerance*float64(want.Bounds().Dx()*want.Bounds().Dy()) {
		return
	}
	dir := t.TempDir()
	if d, derr := os.MkdirTemp("", "timelineimg-"); derr == nil {
		dir = d // kept after the test, for a look
	}
	gotPath, diffPath := filepath.Join(dir, name+".got.png"), filepath.Join(dir, name+".diff.png")
	os.WriteFile(gotPath, got, 0o644)
	if diff != nil {
		var buf bytes.Buffer
		png.Encode(&buf, diff)
		os.WriteFile(diffPath, buf.Bytes(), 0o644)
	}
	if err != nil {
		t.Fatalf("%s: %v; got %s", path, err, gotPath)
	}
	t.Errorf("%s: %d pixels differ (more than %.1f%%); got %s, differences in red in %s", path, n, 100*pixelTolerance, gotPath, diffPath)
}

// compare counts the pixels of got that differ from want by more than
// channelTolerance in a channel, and paints them red on a faded copy.
func compare(want, got image.Image) (*image.RGBA, int, error) {
	wb, gb := want.Bounds(), got.Bounds()
	if wb.Size() != gb.Size() {
		return nil, 0, fmt.Errorf("size %v, want %v", gb.Size(), wb.Size())
	}
	diff := image.NewRGBA(wb)
	n := 0
	for y := wb.Min.Y; y < wb.Max.Y; y++ {
		for x := wb.Min.X; x < wb.Max.X; x++ {
			r1, g1, b1, _ := want.At(x, y).RGBA()
			r2, g2, b2, _ := got.At(x-wb.Min.X+gb.Min.X, y-wb.Min.Y+gb.Min.Y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				n++
				diff.Set(x, y, image.White.C)
				diff.Pix[diff.PixOffset(x, y)+1] = 0
				diff.Pix[diff.PixOffset(x, y)+2] = 0
				continue
			}
			v := uint8(128 + (r1>>8)/2)
			i := diff.PixOffset(x, y)
			diff.Pix[i], diff.Pix[i+1], diff.Pix[i+2], diff.Pix[i+3] = v, v, v, 255
		}
	}
	return diff, n, nil
}

func far(a, b uint32) bool {
	a, b = a>>8, b>>8
	return a > b+channelTolerance || b > a+channelTolerance
}

// BenchmarkRender draws the shipped article's 23 events, what every
// /timeline without a filter costs.
func BenchmarkRender(b *testing.B) {
	evs, a := shipped(b)
	for b.Loop() {
		if _, err := Render(evs, Options{Title: "Timeline", Subtitle: a.Title}); err != nil {
			b.Fatal(err)
		}
	}
}
