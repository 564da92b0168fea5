package timelineimg

import (
	"bytes"
	"image/color"
	"image/png"
	"testing"
)

// encode must give back the very colours the canvas holds: for a drawn
// timeline, and for a canvas of so many blends that its palette fills up
// and later blends take the nearest entry.
func TestEncode(t *testing.T) {
	evs, _ := shipped(t)
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	drawn := build(evs, Options{Title: "Timeline"}, g).draw(g)
	defer drawn.release()
	full := newCanvas(300, 40)
	defer full.release()
	for y := range 40 {
		for x := range 300 {
			full.paint(y*300+x, uint8(x%int(nBase)), uint8(x+y))
			full.paint(y*300+x, uint8(y%int(nBase)), uint8(3*x+y))
		}
	}
	if len(full.pal) != 256 {
		t.Fatalf("the full canvas has %d colours, want 256", len(full.pal))
	}
	tests := []struct {
		name string
		c    *canvas
	}{{"timeline", drawn}, {"full palette", full}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.c.encode(&buf); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if b := got.Bounds(); b.Dx() != tt.c.w || b.Dy() != tt.c.h {
				t.Fatalf("size %v, want %dx%d", b.Size(), tt.c.w, tt.c.h)
			}
			for y := range tt.c.h {
				for x := range tt.c.w {
					want := tt.c.pal[tt.c.pix[y*tt.c.w+x]]
					if g := color.RGBAModel.Convert(got.At(x, y)); g != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, want)
					}
				}
			}
		})
	}
}
