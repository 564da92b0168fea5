package timelineimg

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
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
	face := func(f *opentype.Font, size float64) font.Face {
		fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("font face of %v px: %w", size, err)
		}
		return fc
	}
	fs := &faces{
		title:    face(fp.bold, sizeTitle),
		subtitle: face(fp.regular, sizeSubtitle),
		tick:     face(fp.bold, sizeTick),
		date:     face(fp.bold, sizeDate),
		text:     face(fp.regular, sizeText),
		cite:     face(fp.regular, sizeCite),
		legend:   face(fp.regular, sizeLegend),
	}
	return fs, firstErr
}
