package timelineimg

import (
	"image/color"
	"math"
)

// canvas is a picture of palette indices. The card has a handful of flat
// colours and anti-aliased edges between them, so one byte a pixel holds
// it: a third of RGB's bytes to compress, which is most of a render's time.
//
// Every paint is a base colour laid over what is there with a coverage,
// kept to 16 levels; the blend of a base colour over a palette entry at a
// level is looked up once and remembered (see entry). 16 levels are finer
// than an eye tells apart on an edge, and few enough that a picture's
// blends fit in 256 colours.
//
// The rows are laid out as PNG compresses them, each after its filter
// byte: the compressor reads the pixels where they are drawn, where it
// had copied every row (three quarters of a megabyte a picture) to put
// the filter byte before it.
type canvas struct {
	w, h   int
	stride int     // w+1: a row's filter byte, then its pixels
	pix    []uint8 // rows of stride bytes, pixel (x, y) at at(x, y)
	pal    []color.RGBA
	blend  []uint16 // blend[(fg*256+bg)*levels+level]: its entry plus 1, or 0 for not worked out yet
}

// The base colours, in palette order; see the palette's comment in draw.go.
const (
	iCard uint8 = iota
	iBorder
	iStripe
	iGrid
	iBreak
	iTitle
	iText
	iMuted
	iMark
	iMarkPale
	nBase
)

var baseColours = [nBase]color.RGBA{colCard, colBorder, colStripe, colGrid, colBreak, colTitle, colText, colMuted, colMark, colMarkPale}

// levels is how many steps of coverage a paint has, from none to whole.
const levels = 16

// levelOf is the level of a coverage of 255.
var levelOf = func() (t [256]uint8) {
	for a := range t {
		t[a] = uint8((a*(levels-1) + 127) / 255)
	}
	return t
}()

// freeCanvases keeps canvases between renders: a picture's pixels are
// more than half a megabyte, which would otherwise be garbage after every
// reply (see freeList).
var freeCanvases = newFreeList[*canvas](rendersAtOnce)

// newCanvas is a w×h canvas filled with the card's colour.
func newCanvas(w, h int) *canvas {
	c := freeCanvases.get()
	if c == nil {
		c = &canvas{blend: make([]uint16, int(nBase)*256*levels)}
	}
	c.w, c.h, c.stride = w, h, w+1
	c.pix = grow(c.pix, h*c.stride)
	fill(c.pix, iCard)
	if iCard != filterNone { // else the fill set the filter bytes too
		for y := range h {
			c.pix[y*c.stride] = filterNone
		}
	}
	c.pal = append(c.pal[:0], baseColours[:]...)
	clear(c.blend)
	return c
}

// filterNone is PNG's filter byte for a row as it is, which every row is
// compressed with (see encode).
const filterNone = 0

// at is the index in pix of pixel (x, y).
func (c *canvas) at(x, y int) int { return y*c.stride + 1 + x }

func grow(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	return b[:n]
}

// release gives the canvas back for another render; it must not be used
// after.
func (c *canvas) release() { freeCanvases.put(c) }

// paint lays colour fg over the pixel at pix[i] with coverage a, of 255.
func (c *canvas) paint(i int, fg uint8, a uint8) {
	l := int(levelOf[a])
	switch l {
	case 0:
		return
	case levels - 1:
		c.pix[i] = fg
		return
	}
	c.paintLevel(i, fg, l)
}

// paintLevel lays colour fg over pixel i at level l, neither none nor
// whole.
func (c *canvas) paintLevel(i int, fg uint8, l int) {
	k := (int(fg)*256+int(c.pix[i]))*levels + l
	if e := c.blend[k]; e != 0 {
		c.pix[i] = uint8(e - 1)
		return
	}
	c.pix[i] = c.newBlend(k)
}

// newBlend works out the entry of blend[k] and keeps it: the pixel as it
// was at level 0, fg at the whole level or over itself, else the blend of
// the two, which may take a new palette entry (see entry).
func (c *canvas) newBlend(k int) uint8 {
	fg, bg, l := uint8(k/(256*levels)), uint8(k/levels%256), k%levels
	e := fg
	switch {
	case l == 0:
		e = bg
	case l < levels-1 && bg != fg:
		e = c.entry(mix(c.pal[fg], c.pal[bg], l))
	}
	c.blend[k] = uint16(e) + 1
	return e
}

// mix is fg over bg at level l of levels-1.
func mix(fg, bg color.RGBA, l int) color.RGBA {
	m := func(f, b uint8) uint8 {
		return uint8((int(f)*l + int(b)*(levels-1-l) + (levels-1)/2) / (levels - 1))
	}
	return color.RGBA{m(fg.R, bg.R), m(fg.G, bg.G), m(fg.B, bg.B), 0xFF}
}

// entry is the palette entry of col: one there is that differs by no more
// than a unit a channel, else a new one while there is room, else the
// nearest there is. Blends over blends are many, and without the first
// rule the shipped article's picture ran out of room for 96 of them.
//
// Differing by no more than a unit a channel is a squared distance of 3 at
// most, and a channel 2 or more apart is 4 at least: the entries are
// compared a channel at a time, and red alone turns most of them away.
// (Looking through the palette was a tenth of drawing a picture.)
func (c *canvas) entry(col color.RGBA) uint8 {
	for i, p := range c.pal {
		if near(p.R, col.R) && near(p.G, col.G) && near(p.B, col.B) {
			return uint8(i)
		}
	}
	if len(c.pal) < 256 {
		c.pal = append(c.pal, col)
		return uint8(len(c.pal) - 1)
	}
	best, bestD := 0, math.MaxInt
	for i, p := range c.pal {
		dr, dg, db := int(p.R)-int(col.R), int(p.G)-int(col.G), int(p.B)-int(col.B)
		if d := dr*dr + dg*dg + db*db; d < bestD {
			best, bestD = i, d
		}
	}
	return uint8(best)
}

// near says whether a and b differ by a unit at most.
func near(a, b uint8) bool { return uint(int(a)-int(b)+1) <= 2 }

// fillRect paints [x0, x1) × [y0, y1) in fg, with the pixels it covers in
// part painted in part.
func (c *canvas) fillRect(x0, y0, x1, y1 float64, fg uint8) {
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, float64(c.w)), min(y1, float64(c.h))
	if x0 >= x1 || y0 >= y1 {
		return
	}
	ix0, ix1 := int(math.Floor(x0)), int(math.Ceil(x1))
	in0, in1 := int(math.Ceil(x0)), int(math.Floor(x1))   // the columns wholly inside
	iny0, iny1 := int(math.Ceil(y0)), int(math.Floor(y1)) // the rows wholly inside
	for y := int(math.Floor(y0)); y < int(math.Ceil(y1)); y++ {
		off := c.at(0, y)
		if y < iny0 || y >= iny1 || in0 >= in1 {
			cy := overlap(y, y0, y1)
			for x := ix0; x < ix1; x++ {
				if cy >= 1 && x == in0 && in0 < in1 {
					fill(c.pix[off+in0:off+in1], fg)
					x = in1 - 1
					continue
				}
				c.paint(off+x, fg, uint8(cy*overlap(x, x0, x1)*255+0.5))
			}
			continue
		}
		// A row wholly inside, as most of a gridline's are: its columns
		// wholly inside are set, and the one or two in part each side
		// painted, without working out the row's coverage again.
		for x := ix0; x < in0; x++ {
			c.paint(off+x, fg, uint8(overlap(x, x0, x1)*255+0.5))
		}
		if in1-in0 == 1 {
			c.pix[off+in0] = fg
		} else {
			fill(c.pix[off+in0:off+in1], fg)
		}
		for x := in1; x < ix1; x++ {
			c.paint(off+x, fg, uint8(overlap(x, x0, x1)*255+0.5))
		}
	}
}

// fill sets every byte of b to v, doubling what it has set with copy, which
// moves many bytes at a time.
func fill(b []uint8, v uint8) {
	if len(b) == 0 {
		return
	}
	b[0] = v
	for n := 1; n < len(b); n *= 2 {
		copy(b[n:], b[:n])
	}
}

// overlap is how much of pixel [p, p+1) lies in [lo, hi).
func overlap(p int, lo, hi float64) float64 {
	return max(0, min(float64(p+1), hi)-max(float64(p), lo))
}

// paintGlyph lays fg over the canvas through a glyph's mask, whose top left
// is at (x, y); what falls outside the canvas is left out.
//
// Every pixel of a span goes through the blend table, its level 0 and
// whole level included (they are the pixel and fg): choosing among the
// three for each pixel was a branch the processor could not foresee, and
// the most of a letter's time.
func (c *canvas) paintGlyph(x, y int, gl *glyph, fg uint8) {
	if gl.w == 0 {
		return
	}
	base := int(fg) * 256 * levels
	blend := c.blend[base : base+256*levels]
	if x >= 0 && y >= 0 && x+gl.w <= c.w && y+len(gl.rows) <= c.h {
		// Wholly on the canvas, as letters are but for a label cut at
		// its edge: each row's span as it was kept, without clipping it,
		// and paintSpan's loop written out, as the compiler would not
		// inline it (a tenth more instructions a picture).
		off := c.at(x, y)
		for my, src := range gl.rows {
			dst := c.pix[off+int(gl.spans[my][0]):]
			dst = dst[:len(src)]
			for i, l := range src {
				k := int(dst[i])*levels + int(l&(levels-1))
				e := blend[k]
				if e == 0 {
					e = uint16(c.newBlend(base+k)) + 1
				}
				dst[i] = uint8(e - 1)
			}
			off += c.stride
		}
		return
	}
	mx0, mx1 := max(0, -x), min(gl.w, c.w-x)
	for my := max(0, -y); my < len(gl.spans) && y+my < c.h; my++ {
		lo, hi := max(int(gl.spans[my][0]), mx0), min(int(gl.spans[my][1]), mx1)
		if lo >= hi {
			continue
		}
		src := gl.mask[my*gl.w+lo : my*gl.w+hi]
		off := c.at(x+lo, y+my)
		c.paintSpan(c.pix[off:off+len(src)], src, blend, base)
	}
}

// paintSpan lays a colour over dst through the levels in src, of the
// same length, by the colour's part of the blend table, which starts at
// base.
func (c *canvas) paintSpan(dst, src []uint8, blend []uint16, base int) {
	for i, l := range src {
		k := int(dst[i])*levels + int(l&(levels-1))
		e := blend[k]
		if e == 0 {
			e = uint16(c.newBlend(base+k)) + 1
		}
		dst[i] = uint8(e - 1)
	}
}
