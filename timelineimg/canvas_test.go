package timelineimg

import (
	"fmt"
	"testing"
)

// A letter cut at the canvas' edge is the whole letter, as painted where
// it fits, cropped: at each edge and corner, over a card with a stripe
// across it, so that the letter's edges blend over two colours.
func TestPaintGlyphClipped(t *testing.T) {
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	g.mu.Lock()
	gl := g.glyph(faceTitle, 'W', 0)
	g.mu.Unlock()
	const w, h, m = 30, 24, 40 // the small canvas, and the margin round it on the big one
	background := func(c *canvas, dx, dy int) {
		c.fillRect(float64(dx), float64(dy+8), float64(dx+w), float64(dy+16), iStripe)
	}
	for _, at := range [][2]int{{5, 3}, {-4, 3}, {w - 6, 3}, {5, -5}, {5, h - 6}, {-4, -5}, {w - 6, h - 6}} {
		t.Run(fmt.Sprint(at), func(t *testing.T) {
			small, big := newCanvas(w, h), newCanvas(w+2*m, h+2*m)
			defer small.release()
			defer big.release()
			background(small, 0, 0)
			background(big, m, m)
			small.paintGlyph(at[0], at[1], gl, iTitle)
			big.paintGlyph(m+at[0], m+at[1], gl, iTitle)
			for y := range h {
				for x := range w {
					got := small.pal[small.pix[y*w+x]]
					want := big.pal[big.pix[(m+y)*big.w+m+x]]
					if got != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, got, want)
					}
				}
			}
		})
	}
}
