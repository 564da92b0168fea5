package timelineimg

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// encodePNG must give back the very pixels it was given: a drawn timeline,
// an image whose bounds do not start at 0,0, and one with transparency
// (handed to image/png).
func TestEncodePNG(t *testing.T) {
	evs, _ := shipped(t)
	fs, err := newFaces()
	if err != nil {
		t.Fatal(err)
	}
	drawn := build(evs, Options{Title: "Timeline"}, fs).draw(fs)
	offset := image.NewRGBA(image.Rect(5, 7, 40, 30))
	clear := image.NewRGBA(image.Rect(0, 0, 20, 10))
	for y := range 30 {
		for x := range 40 {
			offset.Set(x, y, color.RGBA{uint8(x * 6), uint8(y * 8), uint8(x * y), 0xFF})
			clear.Set(x, y, color.RGBA{0, 0, uint8(x * 8), uint8(x * 8)})
		}
	}
	tests := []struct {
		name string
		img  *image.RGBA
	}{{"timeline", drawn}, {"offset bounds", offset}, {"transparent", clear}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := encodePNG(&buf, tt.img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			b := tt.img.Bounds()
			if got.Bounds().Size() != b.Size() {
				t.Fatalf("size %v, want %v", got.Bounds().Size(), b.Size())
			}
			for y := range b.Dy() {
				for x := range b.Dx() {
					want := color.NRGBAModel.Convert(tt.img.At(b.Min.X+x, b.Min.Y+y))
					if g := color.NRGBAModel.Convert(got.At(got.Bounds().Min.X+x, got.Bounds().Min.Y+y)); g != want {
						t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, want)
					}
				}
			}
		})
	}
}
