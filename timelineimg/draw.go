package timelineimg

import (
	"image/color"
	"math"
)

// The palette: an opaque light card, which reads the same on Discord's dark
// and light themes, with one blue for the marks. Text is near-black on the
// card (contrast above 12:1); the grey of ticks and ¶ numbers above 5:1.
var (
	colCard     = color.RGBA{0xFB, 0xFA, 0xF7, 0xFF}
	colBorder   = color.RGBA{0xC8, 0xCD, 0xD5, 0xFF}
	colStripe   = color.RGBA{0xF1, 0xF0, 0xEA, 0xFF}
	colGrid     = color.RGBA{0xDD, 0xDD, 0xD8, 0xFF}
	colBreak    = color.RGBA{0xE6, 0xE4, 0xDC, 0xFF}
	colTitle    = color.RGBA{0x11, 0x18, 0x27, 0xFF}
	colText     = color.RGBA{0x2B, 0x32, 0x3F, 0xFF}
	colMuted    = color.RGBA{0x5B, 0x63, 0x70, 0xFF}
	colMark     = color.RGBA{0x1D, 0x4E, 0xD8, 0xFF}
	colMarkPale = color.RGBA{0xBF, 0xD4, 0xFB, 0xFF}
)

// draw paints a layout, with letters from g, on a canvas from the pool.
func (l layout) draw(g *glyphCache) *canvas {
	c := newCanvas(l.width, l.height)
	l.drawOn(c, g, nil)
	return c
}

// drawOn paints a layout on c, a canvas of its size as newCanvas made it.
// The rows are drawn top to bottom, each within its band of rowHeight,
// after everything drawn behind them and before what is drawn above and
// below them: after each, when final is not nil, it is called with the
// first pixel row that is not final yet, whose rows above, from the
// layout's first band (see finalRows), are drawn for good. (The title,
// above the rows, is drawn after them.)
func (l layout) drawOn(c *canvas, g *glyphCache, final func(y int)) {
	w, h := float64(l.width), float64(l.height)
	c.fillRect(0, 0, w, 2, iBorder)
	c.fillRect(0, h-2, w, h, iBorder)
	c.fillRect(0, 2, 2, h-2, iBorder)
	c.fillRect(w-2, 2, w, h-2, iBorder)
	// Row stripes, then the axis' breaks and gridlines behind the marks.
	for i, r := range l.rows {
		if i%2 == 1 {
			c.fillRect(margin/2, r.y-rowHeight/2, w-margin/2, r.y+rowHeight/2, iStripe)
		}
	}
	for _, b := range l.breaks {
		l.drawBreak(c, b)
	}
	for _, t := range l.ticks {
		if !math.IsNaN(t.x) {
			x := math.Round(t.x)
			c.fillRect(x, l.axisY+6, x+1, l.rowsBot, iGrid)
		}
	}
	for _, t := range l.ticks {
		if t.label != "" {
			g.text(c, faceTick, iMuted, t.labelX, l.axisY, t.label)
		}
	}
	for _, r := range l.rows {
		drawMark(c, r.style, r.dot, r.x0, r.x1, r.y)
		if r.over {
			x0, y0 := r.labelX0-6, r.y-rowHeight/2+3
			shape{x0: x0, y0: y0, x1: r.labelX1 + 6, y1: y0 + rowHeight - 6, r: 4, fill: iCard, stroke: iMark, lw: 1}.draw(c)
		}
		base := r.y + sizeText*0.35
		g.text(c, faceDate, iTitle, r.dateX, base, r.date)
		g.text(c, faceText, iText, r.textX, base, r.text)
		g.text(c, faceCite, iMuted, r.citeX, base, r.cite)
		if final != nil {
			final(l.rowEnd(r))
		}
	}
	g.text(c, faceTitle, iTitle, margin, l.titleY, l.title)
	g.text(c, faceSubtitle, iMuted, margin, l.subtitleY, l.subtitle)
	g.text(c, faceLegend, iText, margin, l.moreY, l.more)
	for _, it := range l.legend {
		base := l.legendY + float64(it.line)*legendLine
		y := base - sizeLegend*0.35
		if it.dot {
			drawMark(c, it.style, true, it.x+legendMark/2, it.x+legendMark/2, y)
		} else {
			drawMark(c, it.style, false, it.x, it.x+legendMark, y)
		}
		g.text(c, faceLegend, iMuted, it.x+legendMark+8, base, it.text)
	}
}

// rowEnd is the first pixel row below a row's band: what a row draws
// (its mark, a patch under its label, its label's letters) stays within
// rowHeight/2 of its centre line, and a pixel row a band reaches into in
// part is the next band's.
func (l layout) rowEnd(r row) int { return int(math.Floor(r.y + rowHeight/2)) }

// bands cuts the picture's pixel rows into n parts to compress (see
// partsFor): the rows' bands in n-2 parts of whole rows, each compressed as
// soon as its rows are drawn, then what is above and below them, which is
// drawn last. With fewer than 3 parts, or no row, the parts are of about
// as many pixel rows, compressed once the picture is drawn.
func (l layout) bands(n int) bands {
	if n < 3 || len(l.rows) == 0 {
		return evenBands(l.height, n)
	}
	m := min(n-2, len(l.rows))
	b := bands{at: []int{0, int(math.Floor(l.rows[0].y - rowHeight/2))}, ready: []int{0}}
	for j := 1; j <= m; j++ {
		end := l.rowEnd(l.rows[len(l.rows)*j/m-1])
		b.at = append(b.at, end)
		b.ready = append(b.ready, end)
	}
	b.at = append(b.at, l.height)
	b.ready = append(b.ready, 0)
	return b
}

// drawBreak shades the left-out stretch of the axis and marks it with two
// slanted strokes, as a broken axis is drawn on paper.
func (l layout) drawBreak(c *canvas, b [2]float64) {
	c.fillRect(b[0], l.axisY+6, b[1], l.rowsBot, iBreak)
	mid, y := (b[0]+b[1])/2, l.axisY-sizeTick*0.35
	for _, dx := range []float64{-4, 4} {
		strokeLine(c, mid+dx-4, y+8, mid+dx+4, y-8, 2, iMuted)
	}
}

// drawMark draws one mark: a dot, or a bar from x0 to x1, centred on y.
func drawMark(c *canvas, st style, dot bool, x0, x1, y float64) {
	s := shape{x0: x0, y0: y - barHalf, x1: x1, y1: y + barHalf, r: 3, stroke: noColour}
	if dot {
		s = shape{x0: x0 - dotRadius, y0: y - dotRadius, x1: x0 + dotRadius, y1: y + dotRadius, r: dotRadius, stroke: noColour}
	}
	switch st {
	case styleDay, styleSpan:
		s.fill = iMark
	case styleWithin:
		s.fill, s.stroke, s.lw = iMarkPale, iMark, 1.5
	case styleApprox:
		s.fill, s.stroke, s.lw, s.dashed = iCard, iMark, 2, true
	}
	s.draw(c)
}
