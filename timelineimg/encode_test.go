package timelineimg

import (
	"bytes"
	"compress/flate"
	"fmt"
	"hash/adler32"
	"image/color"
	"image/png"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// encode must give back the very colours the canvas holds, in however
// many parts its rows are compressed: for a drawn timeline, for a canvas
// of so many blends that its palette fills up and later blends take the
// nearest entry, and for canvases of fewer rows than parts. image/png
// checks the zlib stream's Adler-32 as it reads.
func TestEncode(t *testing.T) {
	evs, _ := shipped(t)
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	drawn := build(evs, Options{Title: "Timeline"}, g).draw(g)
	defer drawn.release()
	full := newCanvas(300, 40)
	defer full.release()
	for y := range 40 {
		for x := range 300 {
			full.paint(full.at(x, y), uint8(x%int(nBase)), uint8(x+y))
			full.paint(full.at(x, y), uint8(y%int(nBase)), uint8(3*x+y))
		}
	}
	if len(full.pal) != 256 {
		t.Fatalf("the full canvas has %d colours, want 256", len(full.pal))
	}
	tiny := func(w, h int) *canvas {
		c := newCanvas(w, h)
		for y := range h {
			for x := range w {
				i := y*w + x
				c.paint(c.at(x, y), uint8(i%int(nBase)), uint8(37*i))
			}
		}
		return c
	}
	tests := []struct {
		name string
		c    *canvas
	}{
		{"timeline", drawn},
		{"full palette", full},
		{"1x1", tiny(1, 1)},
		{"5x2", tiny(5, 2)},
		{"7x3", tiny(7, 3)},
	}
	for _, tt := range tests {
		for parts := 1; parts <= 4; parts++ {
			t.Run(fmt.Sprintf("%s/%d parts", tt.name, parts), func(t *testing.T) {
				var buf bytes.Buffer
				if err := tt.c.encodeParts(&buf, parts); err != nil {
					t.Fatal(err)
				}
				got, err := png.Decode(&buf)
				if err != nil {
					t.Fatal(err)
				}
				if b := got.Bounds(); b.Dx() != tt.c.w || b.Dy() != tt.c.h {
					t.Fatalf("size %v, want %dx%d", b.Size(), tt.c.w, tt.c.h)
				}
				for y := range tt.c.h {
					for x := range tt.c.w {
						want := tt.c.pal[tt.c.pix[tt.c.at(x, y)]]
						if g := color.RGBAModel.Convert(got.At(x, y)); g != want {
							t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, want)
						}
					}
				}
			})
		}
	}
}

// Combining the sums of two pieces gives the sum of the whole, for pieces
// empty, short, and long enough for the sums to wrap round the modulus.
func TestAdler32Combine(t *testing.T) {
	long := bytes.Repeat([]byte{0xFF, 0x00, 0x7F, 0xFE}, 100000)
	tests := []struct {
		name string
		a, b []byte
	}{
		{"both empty", nil, nil},
		{"a empty", nil, []byte("Wikipedia")},
		{"b empty", []byte("Wikipedia"), nil},
		{"short", []byte("Wiki"), []byte("pedia")},
		{"long", long[:123457], long[123457:]},
		{"long, then short", long, []byte{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole := adler32.Checksum(append(append([]byte{}, tt.a...), tt.b...))
			if got := adler32Combine(adler32.Checksum(tt.a), adler32.Checksum(tt.b), len(tt.b)); got != whole {
				t.Errorf("adler32Combine = %#08x, want %#08x", got, whole)
			}
		})
	}
}

// Compressing the rows drawn first while the rest are drawn (Render) gives
// the picture that drawing it whole and then compressing it gives, pixel
// for pixel, in as many parts as there are cores and in other numbers.
func TestRenderWhileDrawing(t *testing.T) {
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range append(pictures(t),
		picture{"loose", looseEvents(), Options{Title: "T"}},
		picture{"one row", looseEvents()[:1], Options{Title: "T"}},
	) {
		l := build(tt.events, tt.opts, g)
		whole := l.draw(g)
		want, err := whole.png(1)
		whole.release()
		if err != nil {
			t.Fatal(err)
		}
		// What drawOn says is final stays as it was then.
		c := newCanvas(l.width, l.height)
		top := l.bands(4).at[1]
		var said []struct {
			y   int
			pix []uint8
		}
		l.drawOn(c, g, func(y int) {
			said = append(said, struct {
				y   int
				pix []uint8
			}{y, bytes.Clone(c.pix[top*c.stride : y*c.stride])})
		})
		if len(said) != len(l.rows) {
			t.Errorf("%s: final called %d times for %d rows", tt.name, len(said), len(l.rows))
		}
		for _, s := range said {
			if !bytes.Equal(s.pix, c.pix[top*c.stride:s.y*c.stride]) {
				t.Errorf("%s: rows %d-%d were drawn on after final(%d)", tt.name, top, s.y, s.y)
			}
		}
		c.release()
		for _, n := range []int{1, 2, 3, 4, 6, partsFor(l.height)} {
			c := newCanvas(l.width, l.height)
			got, err := c.pngWhile(l.bands(n), func(final func(int)) { l.drawOn(c, g, final) })
			c.release()
			if err != nil {
				t.Fatal(err)
			}
			if !samePixels(t, got, want) {
				t.Errorf("%s in %d parts: the pixels differ from drawing whole, then compressing", tt.name, n)
			}
		}
	}
}

func samePixels(t *testing.T, a, b []byte) bool {
	t.Helper()
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if ia.Bounds() != ib.Bounds() {
		return false
	}
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if ia.At(x, y) != ib.At(x, y) {
				return false
			}
		}
	}
	return true
}

// rowDeflate's streams decode, with compress/flate, to what was encoded:
// rows the same as the ones above, in runs whose length leaves a last
// piece under 3 bytes for the splitting to mend; rows too long for the row
// above to be within reach; bytes that hardly repeat, in many blocks;
// inputs too short to look for a match in; and a part that ends with a
// sync flush, followed by another.
func TestRowDeflate(t *testing.T) {
	noise := func(n int) []byte {
		b, x := make([]byte, n), uint32(1)
		for i := range b {
			x = x*1664525 + 1013904223
			b[i] = byte(x >> 24)
		}
		return b
	}
	rows := func(stride, n int, row []byte) []byte {
		var b []byte
		for range n {
			b = append(b, row[:stride]...)
		}
		return append(bytes.Repeat([]byte{9}, stride), b...) // a first row unlike the rest
	}
	tests := []struct {
		name   string
		stride int
		parts  [][]byte
	}{
		{"same rows", 801, [][]byte{rows(801, 40, noise(801))}},
		{"same rows, 258+1 bytes", 259, [][]byte{rows(259, 1, noise(259))}},
		{"same rows, 258+2 bytes", 260, [][]byte{rows(260, 1, noise(260))}},
		{"same rows, 2×258+1 bytes", 517, [][]byte{rows(517, 1, noise(517))}},
		{"rows wider than the window", 40000, [][]byte{rows(40000, 2, bytes.Repeat([]byte("ab"), 20000))}},
		{"noise", 801, [][]byte{noise(80100)}},
		{"one byte", 1, [][]byte{{7}}},
		{"three bytes", 3, [][]byte{{7, 7, 7}}},
		{"two parts", 801, [][]byte{rows(801, 3, noise(801)), rows(801, 5, bytes.Repeat([]byte{3}, 801))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stream, want []byte
			for i, p := range tt.parts {
				var d rowDeflate
				stream = d.encode(stream, p, tt.stride, i == len(tt.parts)-1)
				want = append(want, p...)
			}
			got, err := io.ReadAll(flate.NewReader(bytes.NewReader(stream)))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("decoded %d bytes unlike the %d encoded", len(got), len(want))
			}
		})
	}
}

// adler32Update agrees with hash/adler32 from any sum, for lengths that
// end inside a word and ones long enough for the sums to be reduced
// midway, of bytes all 0xFF, the largest, and of mixed bytes.
func TestAdler32Update(t *testing.T) {
	mixed := make([]byte, 40000)
	for i := range mixed {
		mixed[i] = byte(i*7 + i>>8)
	}
	ff := bytes.Repeat([]byte{0xFF}, 40000)
	for _, data := range [][]byte{mixed, ff} {
		for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 801, 16383, 16384, 16385, 34000} {
			for _, from := range []int{0, 3, 5000} {
				p := data[from : from+n]
				want := adler32.Checksum(data[:from+n])
				if got := adler32Update(adler32.Checksum(data[:from]), p); got != want {
					t.Errorf("%d bytes of %#x... after %d: %#08x, want %#08x", n, data[0], from, got, want)
				}
			}
		}
	}
}

// TestRowDeflateRandom decodes what rowDeflate makes of generated
// pictures: rows of random widths built from runs of one byte, copies of
// the row above with a few bytes changed, repeats of earlier pieces and
// noise, in one part or several. The encoder is ours, so a stream that
// does not decode must show here rather than as a broken picture.
func TestRowDeflateRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for trial := range 600 {
		stride := 1 + r.IntN(1200)
		nrows := 1 + r.IntN(60)
		var data []byte
		row := make([]byte, stride)
		for range nrows {
			switch r.IntN(4) {
			case 0: // the row above, a few bytes changed
				for range r.IntN(4) {
					row[r.IntN(stride)] = byte(r.IntN(8))
				}
			case 1: // runs
				for i := 0; i < stride; {
					n, b := 1+r.IntN(300), byte(r.IntN(6))
					for ; n > 0 && i < stride; n, i = n-1, i+1 {
						row[i] = b
					}
				}
			case 2: // noise
				for i := range row {
					row[i] = byte(r.Uint32())
				}
			case 3: // a piece repeated from earlier in the row
				k := 1 + r.IntN(max(1, stride/3))
				for i := k; i < stride; i++ {
					row[i] = row[i-k]
				}
			}
			data = append(data, row...)
		}
		nparts := 1 + r.IntN(4)
		var stream []byte
		for i := range nparts {
			from, to := i*nrows/nparts*stride, (i+1)*nrows/nparts*stride
			var d rowDeflate
			stream = d.encode(stream, data[from:to], stride, i == nparts-1)
		}
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(stream)))
		if err != nil {
			t.Fatalf("trial %d (stride %d, %d rows, %d parts): %v", trial, stride, nrows, nparts, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("trial %d (stride %d, %d rows, %d parts): decoded %d bytes unlike the %d encoded", trial, stride, nrows, nparts, len(got), len(data))
		}
	}
}

// A picture's bytes are those of drawing it whole, then compressing it in
// the same parts, however many cores work through the parts and whatever
// order they come free in: with one (the drawer alone, after drawing),
// two, and more helpers than parts.
func TestRenderCores(t *testing.T) {
	g, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, in := range pictures(t) {
		l := build(in.events, in.opts, g)
		for _, procs := range []int{1, 2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			whole := l.draw(g)
			want, err := whole.pngWhile(l.bands(partsFor(l.height)), nil)
			whole.release()
			if err != nil {
				t.Fatal(err)
			}
			for range 3 {
				img, err := Render(in.events, in.opts)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(img.PNG, want) {
					t.Errorf("%s on %d cores: the PNG differs from drawing whole, then compressing", in.name, procs)
				}
			}
		}
	}
}

// A render does not wait for a compressing goroutine that has not started
// by the time the drawer has compressed every part itself (its core taken
// by another process or by the collector): the picture is done, with the
// bytes it has when the goroutines help, and a goroutine that starts
// after it finds nothing left to do. Held back until the render returns,
// a goroutine the render waited for would never let it return.
func TestRenderLateWorker(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(2)
	for _, in := range pictures(t) {
		want, err := Render(in.events, in.opts)
		if err != nil {
			t.Fatal(err)
		}
		var held []func()
		startWorker = func(work func()) { held = append(held, work) }
		got := make(chan Image, 1)
		go func() {
			img, err := Render(in.events, in.opts)
			if err != nil {
				t.Error(err)
			}
			got <- img
		}()
		select {
		case img := <-got:
			if !bytes.Equal(img.PNG, want.PNG) {
				t.Errorf("%s: the PNG differs from one rendered with the goroutines' help", in.name)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the render waited for a goroutine that had not started", in.name)
		}
		startWorker = func(work func()) { go work() }
		if len(held) == 0 {
			t.Errorf("%s: no goroutine was started to help", in.name)
		}
		for _, work := range held {
			work() // finds the queue closed and empty
		}
	}
}
