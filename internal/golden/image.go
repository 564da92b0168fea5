package golden

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Tolerance of CheckPNG: fonts and curves are rasterised in floating point,
// so another CPU may shade an edge a little differently; a change of layout
// moves whole shapes and fails.
const (
	channelTolerance = 40    // per colour channel, of 255
	pixelTolerance   = 0.002 // the share of pixels that may differ
)

// CheckPNG compares the PNG got with testdata/name.png pixel by pixel, with
// a tolerance, or rewrites the file with -update (then look at it). On a
// mismatch it keeps what it got and a picture of the differences, in red,
// in a temporary directory, and names them.
func CheckPNG(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", filepath.FromSlash(name)+".png")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	wantBytes, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test with -update to create it, then look at it)", err)
	}
	want, err := png.Decode(bytes.NewReader(wantBytes))
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	gotImg, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		tb.Fatalf("not a PNG: %v", err)
	}
	diff, n, err := compareImages(want, gotImg)
	if err == nil && float64(n) <= pixelTolerance*float64(want.Bounds().Dx()*want.Bounds().Dy()) {
		return
	}
	dir, derr := os.MkdirTemp("", "golden-")
	if derr != nil {
		tb.Fatalf("%s: mismatch, and no directory to keep it: %v", path, derr)
	}
	base := filepath.Join(dir, filepath.Base(path))
	gotPath, diffPath := base+".got.png", base+".diff.png"
	os.WriteFile(gotPath, got, 0o644)
	if err != nil {
		tb.Fatalf("%s: %v; got %s", path, err, gotPath)
	}
	var buf bytes.Buffer
	png.Encode(&buf, diff)
	os.WriteFile(diffPath, buf.Bytes(), 0o644)
	tb.Errorf("%s: %d pixels differ (more than %.1f%%); got %s, differences in red in %s", path, n, 100*pixelTolerance, gotPath, diffPath)
}

// compareImages counts the pixels of got that differ from want by more than
// channelTolerance in a channel, and paints them red on a faded copy of
// want.
func compareImages(want, got image.Image) (*image.RGBA, int, error) {
	wb, gb := want.Bounds(), got.Bounds()
	if wb.Size() != gb.Size() {
		return nil, 0, fmt.Errorf("size %v, want %v", gb.Size(), wb.Size())
	}
	diff := image.NewRGBA(image.Rectangle{Max: wb.Size()})
	n := 0
	for y := 0; y < wb.Dy(); y++ {
		for x := 0; x < wb.Dx(); x++ {
			r1, g1, b1, _ := want.At(wb.Min.X+x, wb.Min.Y+y).RGBA()
			r2, g2, b2, _ := got.At(gb.Min.X+x, gb.Min.Y+y).RGBA()
			i := diff.PixOffset(x, y)
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				n++
				diff.Pix[i], diff.Pix[i+1], diff.Pix[i+2], diff.Pix[i+3] = 255, 0, 0, 255
				continue
			}
			v := uint8(128 + (r1>>8)/2)
			diff.Pix[i], diff.Pix[i+1], diff.Pix[i+2], diff.Pix[i+3] = v, v, v, 255
		}
	}
	return diff, n, nil
}

func far(a, b uint32) bool {
	a, b = a>>8, b>>8
	return a > b+channelTolerance || b > a+channelTolerance
}
