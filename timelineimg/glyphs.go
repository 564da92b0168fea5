package timelineimg

import (
	"image"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// faceID names one of the sizes the picture writes in.
type faceID int

const (
	faceTitle faceID = iota
	faceSubtitle
	faceTick
	faceDate
	faceText
	faceCite
	faceLegend
	nFaces
)

// glyph is one rasterised letter of one face, at a dot whose x is frac/64
// past a whole pixel: its coverage mask and where the mask's top left lies
// from the dot.
//
// The mask is kept as the canvas' levels of coverage, not as alpha, and
// with each row's span from its first covered pixel to past its last: a
// picture paints a few thousand letters, and looking up each pixel's
// level and walking the empty corners of its box was most of the time
// its text took.
type glyph struct {
	mask    []uint8    // levels, 0 to levels-1, row by row
	spans   [][2]int32 // by row: the columns from the first covered to past the last
	rows    [][]uint8  // by row: the mask's levels over its span, for painting
	w       int
	off     image.Point
	advance fixed.Int26_6
}

// newGlyphMask keeps an alpha mask of w columns as levels, with its spans.
func newGlyphMask(alpha []uint8, w int) (mask []uint8, spans [][2]int32) {
	mask = make([]uint8, len(alpha))
	spans = make([][2]int32, len(alpha)/w)
	for y := range spans {
		lo, hi := w, 0
		for x, a := range alpha[y*w : (y+1)*w] {
			if l := levelOf[a]; l != 0 {
				mask[y*w+x] = l
				lo, hi = min(lo, x), x+1
			}
		}
		if lo < hi {
			spans[y] = [2]int32{int32(lo), int32(hi)}
		}
	}
	return mask, spans
}

type glyphKey struct {
	face faceID
	r    rune
	frac fixed.Int26_6
}

type kernKey struct {
	face   faceID
	r0, r1 rune
}

// maxGlyphs bounds the glyph cache; summaries are free text, and a letter
// past the bound is rasterised each time it is drawn instead.
const maxGlyphs = 8192

// glyphCache keeps letters as they were rasterised, for every render:
// rasterising outlines was a third of drawing a picture, and a picture
// writes the same few dozen letters hundreds of times. Its faces are its
// own, used under its lock, as a font.Face is not safe for concurrent use.
type glyphCache struct {
	mu       sync.Mutex
	faces    *faces
	glyphs   map[glyphKey]*glyph
	advances map[glyphKey]fixed.Int26_6 // by face and rune, frac 0
	kerns    map[kernKey]fixed.Int26_6
	// The same for ASCII, in arrays: a map look-up, a few dozen ns a
	// letter, was most of placing a picture's labels. A kern not yet asked
	// for is unknown; advanced says which advances are known.
	asciiKern  [nFaces][128][128]int16
	asciiAdv   [nFaces][128]fixed.Int26_6
	advanced   [nFaces][128]bool
	asciiGlyph [nFaces][128]*glyph // at a whole pixel, which they all are
}

// unknown is a kern not yet asked for, in asciiKern; no font kerns so far.
const unknown = math.MinInt16

// sharedGlyphs is the glyph cache every render uses.
var sharedGlyphs = sync.OnceValues(newGlyphCache)

// newGlyphCache is a glyph cache with faces of its own: a test may change
// what it says of them without touching the shared one.
func newGlyphCache() (*glyphCache, error) {
	fs, err := newFaces()
	if err != nil {
		return nil, err
	}
	g := &glyphCache{faces: fs, glyphs: map[glyphKey]*glyph{}, advances: map[glyphKey]fixed.Int26_6{}, kerns: map[kernKey]fixed.Int26_6{}}
	for id := range g.asciiKern {
		for r0 := range g.asciiKern[id] {
			for r1 := range g.asciiKern[id][r0] {
				g.asciiKern[id][r0][r1] = unknown
			}
		}
	}
	return g, nil
}

// text paints s in colour fg with its baseline starting at (x, y), rounded
// to whole pixels so that glyphs stay crisp, kerned and advanced as
// font.Drawer does. The letters are looked up under the lock and painted
// after it, so that renders running at once do not wait on each other's
// painting; a glyph's mask is never written once made.
func (g *glyphCache) text(c *canvas, id faceID, fg uint8, x, y float64, s string) {
	if s == "" {
		return
	}
	type placed struct {
		x, y int
		gl   *glyph
	}
	var buf [96]placed
	ps := buf[:0]
	dot := fixed.P(int(math.Round(x)), int(math.Round(y)))
	prev := rune(-1)
	kerning := g.faces.kerning[id]
	g.mu.Lock()
	for _, r := range s {
		if prev >= 0 && kerning {
			dot.X += g.kern(id, prev, r)
		}
		gl := g.glyph(id, r, dot.X&63)
		ps = append(ps, placed{dot.X.Floor() + gl.off.X, dot.Y.Floor() + gl.off.Y, gl})
		dot.X += gl.advance
		prev = r
	}
	g.mu.Unlock()
	for _, p := range ps {
		c.paintGlyph(p.x, p.y, p.gl, fg)
	}
}

func (g *glyphCache) kern(id faceID, r0, r1 rune) fixed.Int26_6 {
	if r0 < 128 && r1 < 128 && r0 >= 0 && r1 >= 0 {
		k := &g.asciiKern[id][r0][r1]
		if *k == unknown {
			*k = int16(g.faces.get(id).Kern(r0, r1))
		}
		return fixed.Int26_6(*k)
	}
	k := kernKey{id, r0, r1}
	if v, ok := g.kerns[k]; ok {
		return v
	}
	v := g.faces.get(id).Kern(r0, r1)
	if len(g.kerns) < maxGlyphs {
		g.kerns[k] = v
	}
	return v
}

// glyph is the letter r of face id at frac/64 past a whole pixel, kept
// once made (up to maxGlyphs). It is shared: its mask is never written.
func (g *glyphCache) glyph(id faceID, r rune, frac fixed.Int26_6) *glyph {
	ascii := frac == 0 && r >= 0 && r < 128
	if ascii && g.asciiGlyph[id][r] != nil {
		return g.asciiGlyph[id][r]
	}
	k := glyphKey{id, r, frac}
	if gl, ok := g.glyphs[k]; ok {
		return gl
	}
	dr, mask, maskp, advance, ok := g.faces.get(id).Glyph(fixed.Point26_6{X: frac}, r)
	gl := &glyph{advance: advance, off: dr.Min}
	if ok && !dr.Empty() {
		// The face reuses its mask's pixels; keep a copy, as coverage.
		a := image.NewAlpha(image.Rectangle{Max: dr.Size()})
		draw.Draw(a, a.Rect, mask, maskp, draw.Src)
		gl.w = dr.Dx()
		gl.mask, gl.spans = newGlyphMask(a.Pix, gl.w)
		gl.rows = make([][]uint8, len(gl.spans))
		for y, sp := range gl.spans {
			gl.rows[y] = gl.mask[y*gl.w+int(sp[0]) : y*gl.w+int(sp[1])]
		}
	}
	switch {
	case ascii:
		g.asciiGlyph[id][r] = gl
	case len(g.glyphs) < maxGlyphs:
		g.glyphs[k] = gl
	}
	return gl
}

// get is the face of id.
func (fs *faces) get(id faceID) font.Face {
	return [nFaces]font.Face{fs.title, fs.subtitle, fs.tick, fs.date, fs.text, fs.cite, fs.legend}[id]
}

// width is how wide s is written in face id, in pixels: its letters'
// advances and kerning, as font.MeasureString adds them up. Measuring went
// through the font's tables for every letter, and fitting a label measures
// it a dozen times.
func (g *glyphCache) width(id faceID, s string) float64 {
	kerning := g.faces.kerning[id]
	g.mu.Lock()
	defer g.mu.Unlock()
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 && kerning {
			w += g.kern(id, prev, r)
		}
		w += g.advance(id, r)
		prev = r
	}
	return float64(w) / 64
}

// cutWidths appends to ws, for each n from 1 to the number of s's words,
// the width of the cut of n words in face id (see fitMeasured), as width
// would measure the cut made: its runes' advances and the kerns between
// them, added up in the same order. Each cut but the "…" is a prefix of
// the next, so one pass over the words measures them all.
//
// When the face does not kern, a cut is no narrower than the one before
// (see fontKerns), and the pass stops at the first cut wider than stop:
// all says whether it went through every word.
func (g *glyphCache) cutWidths(id faceID, s string, stop float64, ws []fixed.Int26_6) (_ []fixed.Int26_6, all bool) {
	kerning := g.faces.kerning[id]
	g.mu.Lock()
	defer g.mu.Unlock()
	ellipsis := g.advance(id, '…')
	var w fixed.Int26_6 // of the words so far, joined by spaces
	prev := rune(-1)
	// The width up to the last rune a cut keeps, and that rune: the space
	// before a word, or a letter of it not in cutTrim.
	keptW, kept := fixed.Int26_6(0), rune(-1)
	add := func(r rune) {
		if prev >= 0 && kerning {
			w += g.kern(id, prev, r)
		}
		w += g.advance(id, r)
		prev = r
		if !strings.ContainsRune(cutTrim, r) {
			keptW, kept = w, r
		}
	}
	for word := range strings.FieldsSeq(s) {
		if prev >= 0 {
			add(' ')
		}
		for _, r := range word {
			add(r)
		}
		cw := keptW + ellipsis
		if kept >= 0 && kerning {
			cw += g.kern(id, kept, '…')
		}
		ws = append(ws, cw)
		if !kerning && float64(cw)/64 > stop {
			return ws, false
		}
	}
	return ws, true
}

func (g *glyphCache) advance(id faceID, r rune) fixed.Int26_6 {
	if r < 128 && r >= 0 {
		if !g.advanced[id][r] {
			g.asciiAdv[id][r], _ = g.faces.get(id).GlyphAdvance(r)
			g.advanced[id][r] = true
		}
		return g.asciiAdv[id][r]
	}
	k := glyphKey{face: id, r: r}
	if v, ok := g.advances[k]; ok {
		return v
	}
	v, _ := g.faces.get(id).GlyphAdvance(r)
	if len(g.advances) < maxGlyphs {
		g.advances[k] = v
	}
	return v
}
