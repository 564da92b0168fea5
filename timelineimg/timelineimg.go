package timelineimg

import (
	"errors"
	"fmt"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Image is a rendered timeline.
type Image struct {
	PNG           []byte
	Width, Height int
}

// Render draws events, in the order given (chronological, as the library
// returns them), as a PNG. It refuses an empty timeline: there is nothing to
// draw.
func Render(events []knowledge.Event, opts Options) (Image, error) {
	if len(events) == 0 {
		return Image{}, errors.New("timeline image: no events")
	}
	g, err := sharedGlyphs()
	if err != nil {
		return Image{}, fmt.Errorf("timeline image: %w", err)
	}
	l := build(events, opts, g)
	c := newCanvas(l.width, l.height)
	defer c.release()
	b, err := c.pngWhile(l.bands(partsFor(c.h)), func(final func(int)) { l.drawOn(c, g, final) })
	if err != nil {
		return Image{}, fmt.Errorf("timeline image: encode png: %w", err)
	}
	return Image{PNG: b, Width: l.width, Height: l.height}, nil
}
