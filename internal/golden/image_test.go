package golden

import (
	"image"
	"image/color"
	"testing"
)

// A faint shade passes, a moved shape does not.
func TestCompareImages(t *testing.T) {
	img := func(x0 int, shade uint8) image.Image {
		m := image.NewRGBA(image.Rect(0, 0, 40, 20))
		for y := range 20 {
			for x := range 40 {
				c := color.RGBA{255, 255, 255, 255}
				if x >= x0 && x < x0+10 {
					c = color.RGBA{shade, shade, shade, 255}
				}
				m.Set(x, y, c)
			}
		}
		return m
	}
	if _, n, err := compareImages(img(5, 0), img(5, 30)); err != nil || n != 0 {
		t.Errorf("a shade of 30: %d pixels differ, %v", n, err)
	}
	if _, n, err := compareImages(img(5, 0), img(7, 0)); err != nil || n != 80 {
		t.Errorf("moved 2 px: %d pixels differ, want 80 (%v)", n, err)
	}
	if _, _, err := compareImages(img(5, 0), image.NewRGBA(image.Rect(0, 0, 40, 21))); err == nil {
		t.Error("sizes differ, and no error")
	}
}
