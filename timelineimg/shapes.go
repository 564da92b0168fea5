package timelineimg

import "math"

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
	return math.Hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - s.r
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
	// Between these columns the outline is straight above and below, so a
	// row's coverage is the same all along: worked out once.
	// Dashes are cut from the stroke pixel by pixel.
	mx0, mx1 := int(math.Ceil(s.x0+s.r)), int(math.Floor(s.x1-s.r))
	for y := iy0; y < iy1; y++ {
		py := float64(y) + 0.5
		var midF, midS uint8
		if mx0 < mx1 {
			midF, midS = s.cover(float64(mx0)+0.5, py)
		}
		off := y * c.w
		for x := ix0; x < ix1; x++ {
			f, st := midF, midS
			if x < mx0 || x >= mx1 {
				f, st = s.cover(float64(x)+0.5, py)
			}
			if s.dashed && st != 0 {
				st = min(st, s.dash(float64(x)+0.5, py))
			}
			if s.fill != noColour && f != 0 {
				c.paint(off+x, s.fill, f)
			}
			if s.stroke != noColour && st != 0 {
				c.paint(off+x, s.stroke, st)
			}
		}
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
	p := math.Mod(s.along(px, py), dashOn+dashOff)
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
			if a := coverage(math.Hypot(px-t*dx, py-t*dy) - lw/2); a != 0 {
				c.paint(y*c.w+x, col, a)
			}
		}
	}
}
