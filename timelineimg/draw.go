package timelineimg

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
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

// draw paints a layout.
func (l layout) draw(fs *faces) *image.RGBA {
	dc := gg.NewContext(l.width, l.height)
	dc.SetColor(colCard)
	dc.Clear()
	dc.SetColor(colBorder)
	dc.SetLineWidth(2)
	dc.DrawRectangle(1, 1, float64(l.width-2), float64(l.height-2))
	dc.Stroke()

	// Row stripes, then the axis' breaks and gridlines behind the marks.
	for i, r := range l.rows {
		if i%2 == 1 {
			dc.SetColor(colStripe)
			dc.DrawRectangle(margin/2, r.y-rowHeight/2, float64(l.width-margin), rowHeight)
			dc.Fill()
		}
	}
	for _, b := range l.breaks {
		l.drawBreak(dc, b)
	}
	dc.SetColor(colGrid)
	dc.SetLineWidth(1)
	for _, t := range l.ticks {
		if !math.IsNaN(t.x) {
			x := math.Round(t.x) + 0.5
			dc.DrawLine(x, l.axisY+6, x, l.rowsBot)
			dc.Stroke()
		}
	}
	for _, t := range l.ticks {
		if t.label != "" {
			text(dc, fs.tick, colMuted, t.labelX, l.axisY, t.label)
		}
	}

	for _, r := range l.rows {
		drawMark(dc, r.style, r.dot, r.x0, r.x1, r.y)
		if r.over {
			dc.SetColor(colCard)
			dc.DrawRoundedRectangle(r.labelX0-6, r.y-rowHeight/2+3, r.labelX1-r.labelX0+12, rowHeight-6, 4)
			dc.FillPreserve()
			dc.SetColor(colMark)
			dc.SetLineWidth(1)
			dc.Stroke()
		}
		base := r.y + sizeText*0.35
		text(dc, fs.date, colTitle, r.dateX, base, r.date)
		text(dc, fs.text, colText, r.textX, base, r.text)
		text(dc, fs.cite, colMuted, r.citeX, base, r.cite)
	}

	text(dc, fs.title, colTitle, margin, l.titleY, l.title)
	text(dc, fs.subtitle, colMuted, margin, l.subtitleY, l.subtitle)
	text(dc, fs.legend, colText, margin, l.moreY, l.more)
	for _, it := range l.legend {
		y := l.legendY - sizeLegend*0.35
		if it.dot {
			drawMark(dc, it.style, true, it.x+legendMark/2, it.x+legendMark/2, y)
		} else {
			drawMark(dc, it.style, false, it.x, it.x+legendMark, y)
		}
		text(dc, fs.legend, colMuted, it.x+legendMark+8, l.legendY, it.text)
	}
	return dc.Image().(*image.RGBA)
}

// text draws s with its baseline starting at (x, y), rounded to whole
// pixels so that glyphs stay crisp. It draws straight into the picture, as
// gg's DrawString resamples every glyph for transforms the picture never
// uses.
func text(dc *gg.Context, f font.Face, c color.Color, x, y float64, s string) {
	if s == "" {
		return
	}
	d := font.Drawer{
		Dst:  dc.Image().(*image.RGBA),
		Src:  image.NewUniform(c),
		Face: f,
		Dot:  fixed.P(int(math.Round(x)), int(math.Round(y))),
	}
	d.DrawString(s)
}

// drawBreak shades the left-out stretch of the axis and marks it with two
// slanted strokes, as a broken axis is drawn on paper.
func (l layout) drawBreak(dc *gg.Context, b [2]float64) {
	dc.SetColor(colBreak)
	dc.DrawRectangle(b[0], l.axisY+6, b[1]-b[0], l.rowsBot-l.axisY-6)
	dc.Fill()
	dc.SetColor(colMuted)
	dc.SetLineWidth(2)
	mid, y := (b[0]+b[1])/2, l.axisY-sizeTick*0.35
	for _, dx := range []float64{-4, 4} {
		dc.DrawLine(mid+dx-4, y+8, mid+dx+4, y-8)
		dc.Stroke()
	}
}

// drawMark draws one mark: a dot, or a bar from x0 to x1, centred on y.
func drawMark(dc *gg.Context, s style, dot bool, x0, x1, y float64) {
	if dot {
		dc.DrawCircle(x0, y, dotRadius)
	} else {
		dc.DrawRoundedRectangle(x0, y-barHalf, x1-x0, 2*barHalf, 3)
	}
	switch s {
	case styleDay, styleSpan:
		dc.SetColor(colMark)
		dc.Fill()
	case styleWithin:
		dc.SetColor(colMarkPale)
		dc.FillPreserve()
		dc.SetColor(colMark)
		dc.SetLineWidth(1.5)
		dc.Stroke()
	case styleApprox:
		dc.SetColor(colCard)
		dc.FillPreserve()
		dc.SetColor(colMark)
		dc.SetLineWidth(2)
		dc.SetDash(4, 3)
		dc.Stroke()
		dc.SetDash()
	}
}
