package timelineimg

import (
	"bytes"
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
	c := l.draw(g)
	defer c.release()
	// The picture is written in many small pieces; room for what they
	// usually come to (a PNG is about a byte for every 10 pixels) saves
	// the buffer from doubling its way there.
	var buf bytes.Buffer
	buf.Grow(l.width * l.height / 8)
	if err := c.encode(&buf); err != nil {
		return Image{}, fmt.Errorf("timeline image: encode png: %w", err)
	}
	return Image{PNG: buf.Bytes(), Width: l.width, Height: l.height}, nil
}
