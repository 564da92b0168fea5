package timelineimg

import (
	"encoding/binary"
	"math"
	"math/bits"
)

// The marks are drawn from their signed distance: a pixel whose centre lies
// d inside an edge is covered ½+d of the way, which anti-aliases as well as
// tracing the outline does at these sizes, for a fraction of the work, and
// lets a bar's long middle be worked out once a row.

// noColour paints nothing: a shape without a fill or without a stroke.
const noColour uint8 = 0xFF

// shape is an outline to fill and stroke: a rounded rectangle, or a circle
// (a square whose radius is half its side).
type shape struct {
	x0, y0, x1, y1 float64
	r              float64 // corner radius
	fill, stroke   uint8   // noColour for none
	lw             float64 // stroke width, centred on the outline
	dashed         bool    // stroke in dashes of dashOn, gaps of dashOff
}

// A dash and the gap after it, along the outline, in pixels; a dash of
// 4 px with the stroke's round ends reads as these.
const (
	dashOn  = 5
	dashOff = 2
)

// dist is how far (px, py) lies outside the outline; negative inside.
func (s shape) dist(px, py float64) float64 {
	cx, cy := (s.x0+s.x1)/2, (s.y0+s.y1)/2
	qx := math.Abs(px-cx) - ((s.x1-s.x0)/2 - s.r)
	qy := math.Abs(py-cy) - ((s.y1-s.y0)/2 - s.r)
	ox, oy := max(qx, 0), max(qy, 0)
	return math.Sqrt(ox*ox+oy*oy) + min(max(qx, qy), 0) - s.r // Hypot guards against overflow, which pixels never reach
}

// far says whether the pixel centred at (px, py) lies so far outside the
// outline, along x or y alone, that neither the fill nor the stroke covers
// it: the distance dist works out is at least the farther of the two, as
// the square root of a sum of squares is, rounding and all, and what lies
// half a pixel past the stroke's edge is not covered. It spares those
// pixels dist's square root.
func (s shape) far(px, py float64) bool {
	cx, cy := (s.x0+s.x1)/2, (s.y0+s.y1)/2
	qx := math.Abs(px-cx) - ((s.x1-s.x0)/2 - s.r)
	qy := math.Abs(py-cy) - ((s.y1-s.y0)/2 - s.r)
	return max(qx, qy)-s.r-s.lw/2 >= 0.5
}

// along is how far round the outline, clockwise from the top left corner's
// end, the point of the outline nearest (px, py) lies.
func (s shape) along(px, py float64) float64 {
	ax, bx := s.x0+s.r, s.x1-s.r // the straight top and bottom
	ay, by := s.y0+s.r, s.y1-s.r // the straight sides
	top, side, arc := bx-ax, by-ay, s.r*math.Pi/2
	qx, qy := min(max(px, ax), bx), min(max(py, ay), by)
	vx, vy := px-qx, py-qy
	switch {
	case vx == 0 && vy <= 0: // the top
		return qx - ax
	case vy == 0 && vx > 0: // the right
		return top + arc + qy - ay
	case vx == 0: // the bottom
		return top + side + 2*arc + (bx - qx)
	case vy == 0: // the left
		return 2*top + side + 3*arc + (by - qy)
	}
	angle := math.Atan2(vy, vx) // 0 rightwards, π/2 down
	switch {
	case vx > 0 && vy < 0: // top right corner
		return top + s.r*(angle+math.Pi/2)
	case vx > 0: // bottom right
		return top + arc + side + s.r*angle
	case vy > 0: // bottom left
		return 2*top + side + 2*arc + s.r*(angle-math.Pi/2)
	}
	return 2*top + 2*side + 3*arc + s.r*(angle+math.Pi) // top left
}

// coverage of a pixel whose centre lies d outside an edge, of 255.
func coverage(d float64) uint8 {
	return uint8(min(max(0.5-d, 0), 1)*255 + 0.5)
}

// draw paints the shape: its fill, then its stroke.
func (s shape) draw(c *canvas) {
	pad := s.lw/2 + 1
	ix0, ix1 := int(math.Floor(s.x0-pad)), int(math.Ceil(s.x1+pad))
	iy0, iy1 := int(math.Floor(s.y0-pad)), int(math.Ceil(s.y1+pad))
	ix0, iy0 = max(ix0, 0), max(iy0, 0)
	ix1, iy1 = min(ix1, c.w), min(iy1, c.h)
	if ix0 >= ix1 {
		return
	}
	// Between these columns the outline is straight above and below, so a
	// row's coverage is the same all along: worked out once, and painted
	// as a run (see paintRun). A bar over a year crosses the whole axis,
	// and painting it pixel by pixel was most of drawing such a picture.
	// Dashes are cut from the stroke pixel by pixel.
	mx0, mx1 := int(math.Ceil(s.x0+s.r)), int(math.Floor(s.x1-s.r))
	mx0, mx1 = min(max(mx0, ix0), ix1), min(max(mx1, ix0), ix1)
	if mx0 >= mx1 {
		mx0, mx1 = ix1, ix1
	}
	// Likewise between these rows the outline is straight left and right,
	// so the corners' columns are covered alike all down: worked out once.
	// Inside, where the edge above or below may be nearer than the side,
	// the fill is whole and the stroke nowhere either way, as long as the
	// corner's radius is more than the stroke's half width by half a pixel.
	sy0, sy1 := max(int(math.Ceil(s.y0+s.r)), iy0), min(int(math.Floor(s.y1-s.r)), iy1)
	nl, nr := mx0-ix0, ix1-mx1
	var bandF, bandS [32]uint8
	band := sy0 < sy1 && s.r >= s.lw/2+0.5 && nl+nr <= len(bandF)
	if band {
		py := float64(sy0) + 0.5
		for k := range nl {
			bandF[k], bandS[k] = s.cover(float64(ix0+k)+0.5, py)
		}
		for k := range nr {
			bandF[nl+k], bandS[nl+k] = s.cover(float64(mx1+k)+0.5, py)
		}
	}
	for y := iy0; y < iy1; y++ {
		py := float64(y) + 0.5
		off := c.at(0, y)
		var lf, ls, rf, rs []uint8
		if band && y >= sy0 && y < sy1 {
			lf, ls, rf, rs = bandF[:nl], bandS[:nl], bandF[nl:nl+nr], bandS[nl:nl+nr]
		}
		s.paintCols(c, off, ix0, mx0, py, lf, ls)
		if mx0 < mx1 {
			f, st := s.cover(float64(mx0)+0.5, py)
			if s.dashed && st != 0 {
				s.paintDashes(c, off, mx0, mx1, py, f, st)
			} else {
				s.paintRun(c, off+mx0, off+mx1, f, st)
			}
		}
		s.paintCols(c, off, mx1, ix1, py, rf, rs)
	}
}

// paintCols paints columns [x0, x1) of the row at py, pixel by pixel; f and
// st, when not nil, are how much the fill and the stroke cover each, else
// that is worked out.
func (s shape) paintCols(c *canvas, off, x0, x1 int, py float64, f, st []uint8) {
	for x := x0; x < x1; x++ {
		px := float64(x) + 0.5
		var fv, sv uint8
		if f != nil {
			fv, sv = f[x-x0], st[x-x0]
		} else if s.far(px, py) {
			continue // nothing to paint: a dot's corners, a bar's beyond its ends
		} else {
			fv, sv = s.cover(px, py)
		}
		if s.dashed && sv != 0 {
			sv = min(sv, s.dash(px, py))
		}
		s.paint(c, off+x, fv, sv)
	}
}

// paint lays the fill over pixel i with coverage f, then the stroke with
// coverage st.
func (s shape) paint(c *canvas, i int, f, st uint8) {
	if s.fill != noColour && f != 0 {
		c.paint(i, s.fill, f)
	}
	if s.stroke != noColour && st != 0 {
		c.paint(i, s.stroke, st)
	}
}

// paintDashes paints columns [x0, x1) of the row at py, in the straight
// middle of a dashed outline, which the fill covers by f and the stroke by
// st before it is cut into dashes. Along a straight edge the dashes repeat
// every dashOn+dashOff pixels, whole pixels as they are, so a column is cut
// as the one a period before it was, and becomes what that one became from
// the same colour.
func (s shape) paintDashes(c *canvas, off, x0, x1 int, py float64, f, st uint8) {
	const period = dashOn + dashOff
	var cut [period]uint8
	var was [period]int
	var is [period]uint8
	for k := range period {
		cut[k] = min(st, s.dash(float64(x0+k)+0.5, py))
		was[k] = -1
	}
	for x, k := x0, 0; x < x1; x, k = x+1, k+1 {
		if k == period {
			k = 0
		}
		i := off + x
		if int(c.pix[i]) == was[k] {
			c.pix[i] = is[k]
			continue
		}
		was[k] = int(c.pix[i])
		s.paint(c, i, f, cut[k])
		is[k] = c.pix[i]
	}
}

// paintRun paints pixels [i0, i1) of a row, all covered alike: a whole
// cover is a fill of bytes, and otherwise what a pixel becomes depends
// only on what it was, which along a run is mostly the same colour (the
// card, a stripe, a gridline), so it is worked out once for each.
func (s shape) paintRun(c *canvas, i0, i1 int, f, st uint8) {
	if s.fill == noColour {
		f = 0
	}
	if s.stroke == noColour {
		st = 0
	}
	lf, ls := levelOf[f], levelOf[st]
	switch {
	case ls == levels-1:
		fill(c.pix[i0:i1], s.stroke)
		return
	case ls == 0 && lf == levels-1:
		fill(c.pix[i0:i1], s.fill)
		return
	case ls == 0 && lf == 0:
		return
	}
	// A run of pixels the colour of the one just painted, a gridline's
	// width of card or stripe, becomes what it became, eight at a time.
	row := c.pix[i0:i1]
	for i := 0; i < len(row); {
		was := row[i]
		s.paint(c, i0+i, f, st)
		n := sameRun(row[i+1:], was)
		setRun(row[i+1:i+1+n], row[i])
		i += 1 + n
	}
}

// sameRun is how many bytes at the start of b are v, read eight at a
// time.
func sameRun(b []byte, v uint8) int {
	all := uint64(v) * 0x0101010101010101
	n := 0
	for ; n+8 <= len(b); n += 8 {
		if x := binary.LittleEndian.Uint64(b[n:n+8]) ^ all; x != 0 {
			return n + bits.TrailingZeros64(x)>>3
		}
	}
	for n < len(b) && b[n] == v {
		n++
	}
	return n
}

// setRun sets every byte of b to v, eight at a time.
func setRun(b []byte, v uint8) {
	all := uint64(v) * 0x0101010101010101
	n := 0
	for ; n+8 <= len(b); n += 8 {
		binary.LittleEndian.PutUint64(b[n:n+8], all)
	}
	for ; n < len(b); n++ {
		b[n] = v
	}
}

// cover is how much the fill and the stroke, undashed, cover the pixel
// centred at (px, py).
func (s shape) cover(px, py float64) (fill, stroke uint8) {
	d := s.dist(px, py)
	fill = coverage(d)
	if s.stroke == noColour {
		return fill, 0
	}
	return fill, coverage(math.Abs(d) - s.lw/2)
}

// dash is how much of the pixel centred at (px, py) the dashes leave of a
// stroke: the ends of a dash are edges as its sides are.
func (s shape) dash(px, py float64) uint8 {
	const period = dashOn + dashOff
	a := s.along(px, py)
	p := a - period*math.Floor(a/period) // math.Mod, a third of a dashed mark's time

	if p < dashOn {
		return coverage(-min(p, dashOn-p))
	}
	return coverage(min(p-dashOn, dashOn+dashOff-p))
}

// strokeLine paints a straight stroke of width lw from (x0, y0) to (x1, y1),
// with round ends.
func strokeLine(c *canvas, x0, y0, x1, y1, lw float64, col uint8) {
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
			// A pixel farther from the line than half a pixel past the
			// stroke's edge, along either axis, is not covered: the
			// distance is at least the larger of the two, and Hypot, a
			// tenth of a picture's drawing where the axis is broken,
			// need not be worked out.
			ex, ey := px-t*dx, py-t*dy
			if max(math.Abs(ex), math.Abs(ey))-lw/2 >= 0.5 {
				continue
			}
			if a := coverage(math.Hypot(ex, ey) - lw/2); a != 0 {
				c.paint(c.at(x, y), col, a)
			}
		}
	}
}
