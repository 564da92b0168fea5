package timelineimg

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The Go fonts ship as Go data, so the renderer needs no font files. They
// cover the Latin, Greek and Cyrillic letters of WGL4 and the ¶, – and …
// the labels use.
var parsedFonts = sync.OnceValues(func() (fontPair, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return fontPair{}, fmt.Errorf("parse Go Regular: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return fontPair{}, fmt.Errorf("parse Go Bold: %w", err)
	}
	return fontPair{regular: regular, bold: bold}, nil
})

type fontPair struct{ regular, bold *opentype.Font }

// faces are the sizes the picture uses. A font.Face is not safe for
// concurrent use, so the one set there is belongs to the glyph cache,
// which uses it under its lock.
type faces struct {
	title, subtitle, tick, date, text, cite, legend font.Face
	// kerning says, by face, whether its font kerns any pair of glyphs;
	// the Go fonts kern none.
	kerning [nFaces]bool
}

// Font sizes in pixels; the picture is drawn at 800 px wide, which Discord
// shows at well under half that in the channel (see README).
const (
	sizeTitle    = 26
	sizeSubtitle = 15
	sizeTick     = 15
	sizeDate     = 17
	sizeText     = 17
	sizeCite     = 13
	sizeLegend   = 14
)

func newFaces() (*faces, error) {
	fp, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	var firstErr error
	fs := &faces{}
	kerns := map[*opentype.Font]bool{}
	face := func(id faceID, f *opentype.Font, size float64) font.Face {
		fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: hinting})
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("font face of %v px: %w", size, err)
		}
		if _, ok := kerns[f]; !ok {
			kerns[f] = fontKerns(f)
		}
		fs.kerning[id] = kerns[f]
		return fc
	}
	fs.title = face(faceTitle, fp.bold, sizeTitle)
	fs.subtitle = face(faceSubtitle, fp.regular, sizeSubtitle)
	fs.tick = face(faceTick, fp.bold, sizeTick)
	fs.date = face(faceDate, fp.bold, sizeDate)
	fs.text = face(faceText, fp.regular, sizeText)
	fs.cite = face(faceCite, fp.regular, sizeCite)
	fs.legend = face(faceLegend, fp.regular, sizeLegend)
	return fs, firstErr
}

// hinting is how the faces fit outlines to pixels: wholly, so that
// advances are whole pixels and letters crisp.
const hinting = font.HintingFull

// fontKerns says whether f kerns any pair of its glyphs as opentype's
// Face.Kern asks it to (in the font's units, with the faces' hinting; a
// rune the font lacks is its glyph 0, so every pair of runes is one of
// these). Without kerning a string's width is its letters' advances added
// up, which never shrinks as letters are added: an advance is a font's
// unsigned width, scaled and rounded (sfnt's Font.GlyphAdvance). Asking
// every pair of the Go fonts' 712 glyphs takes a few milliseconds, once.
func fontKerns(f *opentype.Font) bool {
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(f.UnitsPerEm())
	n := f.NumGlyphs()
	for x0 := range n {
		for x1 := range n {
			if k, err := f.Kern(&buf, sfnt.GlyphIndex(x0), sfnt.GlyphIndex(x1), ppem, hinting); err == nil && k != 0 {
				return true
			}
		}
	}
	return false
}
