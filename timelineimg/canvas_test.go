package timelineimg

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"math/rand/v2"
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
					got := small.pal[small.pix[small.at(x, y)]]
					want := big.pal[big.pix[big.at(m+x, m+y)]]
					if got != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, got, want)
					}
				}
			}
		})
	}
}

// sameRun counts the leading bytes equal to v, and setRun sets them, for
// runs shorter than a word, of a word and across words, ending at the end
// of the slice or before another byte.
func TestSameRunSetRun(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 16, 23} {
		for _, tail := range []int{0, 1, 9} {
			b := make([]byte, n+tail)
			for i := range b {
				b[i] = 5
				if i >= n {
					b[i] = 6
				}
			}
			if got := sameRun(b, 5); got != n {
				t.Errorf("sameRun of %d 5s then %d 6s = %d", n, tail, got)
			}
			setRun(b[:n], 7)
			for i, v := range b {
				if want := map[bool]byte{true: 7, false: 6}[i < n]; v != want {
					t.Fatalf("setRun of %d then %d left: byte %d = %d, want %d", n, tail, i, v, want)
				}
			}
		}
	}
}

// The canvas keeps each row after PNG's filter byte, which the compressor
// reads as it is: no drawing may reach it, nor a canvas reused from the
// pool at another size leave anything else there.
func TestFilterBytes(t *testing.T) {
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range append(pictures(t), picture{"loose", looseEvents(), Options{Title: "T"}}) {
		c := build(in.events, in.opts, g).draw(g)
		for y := range c.h {
			if b := c.pix[y*c.stride]; b != filterNone {
				t.Errorf("%s: row %d's filter byte is %d", in.name, y, b)
			}
		}
		c.release()
	}
}

// entry finds the first palette entry within a unit a channel of a colour,
// as the squared distance of 3 at most it was written as, for colours
// near and far from a palette's.
func TestEntryNear(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for range 2000 {
		c := &canvas{}
		for range 1 + r.IntN(255) {
			c.pal = append(c.pal, color.RGBA{uint8(r.IntN(8)), uint8(r.IntN(8)), uint8(r.IntN(8)), 0xFF})
		}
		col := color.RGBA{uint8(r.IntN(10)), uint8(r.IntN(10)), uint8(r.IntN(10)), 0xFF}
		want := -1
		for i, p := range c.pal {
			dr, dg, db := int(p.R)-int(col.R), int(p.G)-int(col.G), int(p.B)-int(col.B)
			if dr*dr+dg*dg+db*db <= 3 {
				want = i
				break
			}
		}
		n := len(c.pal)
		got := int(c.entry(col))
		switch {
		case want >= 0 && got != want:
			t.Fatalf("entry(%v) = %d, want %d", col, got, want)
		case want < 0 && n < 256 && (got != n || c.pal[n] != col):
			t.Fatalf("entry(%v) = %d, want a new entry %d", col, got, n)
		}
	}
}

// strokeLine paints what it painted when it worked out every pixel's
// distance from the line, for lines of every slope, width and place
// within a pixel.
func TestStrokeLineFar(t *testing.T) {
	// byHypot is strokeLine as it was.
	byHypot := func(c *canvas, x0, y0, x1, y1, lw float64, col uint8) {
		pad := lw/2 + 1
		dx, dy := x1-x0, y1-y0
		ll := dx*dx + dy*dy
		for y := max(int(math.Floor(min(y0, y1)-pad)), 0); y < min(int(math.Ceil(max(y0, y1)+pad)), c.h); y++ {
			for x := max(int(math.Floor(min(x0, x1)-pad)), 0); x < min(int(math.Ceil(max(x0, x1)+pad)), c.w); x++ {
				px, py := float64(x)+0.5-x0, float64(y)+0.5-y0
				t := 0.0
				if ll > 0 {
					t = min(max((px*dx+py*dy)/ll, 0), 1)
				}
				if a := coverage(math.Hypot(px-t*dx, py-t*dy) - lw/2); a != 0 {
					c.paint(c.at(x, y), col, a)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 8))
	for range 500 {
		x0, y0 := 2+r.Float64()*30, 2+r.Float64()*30
		x1, y1 := 2+r.Float64()*30, 2+r.Float64()*30
		if r.IntN(8) == 0 {
			x1, y1 = x0, y0 // a dot
		}
		lw := []float64{1, 1.5, 2, 3.7}[r.IntN(4)]
		got, want := newCanvas(36, 36), newCanvas(36, 36)
		strokeLine(got, x0, y0, x1, y1, lw, iMuted)
		byHypot(want, x0, y0, x1, y1, lw, iMuted)
		if !bytes.Equal(got.pix, want.pix) || len(got.pal) != len(want.pal) {
			t.Fatalf("line (%v,%v)-(%v,%v) of %v px painted otherwise", x0, y0, x1, y1, lw)
		}
		got.release()
		want.release()
	}
}

// A pixel a shape finds far from its outline is covered neither by its
// fill nor by its stroke, for shapes of every size, corner, stroke and
// place within a pixel, and pixels all round them.
func TestShapeFar(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 2))
	far := 0
	for range 3000 {
		x0, y0 := r.Float64()*20, r.Float64()*20
		w, h := r.Float64()*30, r.Float64()*14
		rad := min(w, h) / 2 * r.Float64()
		s := shape{x0: x0, y0: y0, x1: x0 + w, y1: y0 + h, r: rad, fill: iMark, stroke: iMark, lw: []float64{0, 1, 1.5, 2}[r.IntN(4)]}
		for y := range 40 {
			for x := range 60 {
				px, py := float64(x)+0.5, float64(y)+0.5
				if !s.far(px, py) {
					continue
				}
				far++
				if f, st := s.cover(px, py); f != 0 || st != 0 {
					t.Fatalf("%+v: pixel %d,%d is far, but covered %d, %d", s, x, y, f, st)
				}
			}
		}
	}
	if far == 0 {
		t.Error("no pixel was far")
	}
}
