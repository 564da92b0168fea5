package timelineimg

import (
	"bytes"
	"testing"
)

// BenchmarkRender draws the shipped article's 23 events, what every
// /timeline without a filter costs. Besides ns/op it reports the process's
// CPU time per picture (the machine is shared, so wall time is noisy) and
// the PNG's size, which Discord uploads.
func BenchmarkRender(b *testing.B) {
	evs, a := shipped(b)
	opts := Options{Title: "Timeline", Subtitle: a.Title}
	var size int
	cpu := cpuTime()
	for b.Loop() {
		img, err := Render(evs, opts)
		if err != nil {
			b.Fatal(err)
		}
		size = len(img.PNG)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(size), "png-bytes")
}

// BenchmarkRenderPhases times the parts of a render apart: placing, drawing
// and encoding.
func BenchmarkRenderPhases(b *testing.B) {
	evs, a := shipped(b)
	opts := Options{Title: "Timeline", Subtitle: a.Title}
	g, err := sharedGlyphs()
	if err != nil {
		b.Fatal(err)
	}
	l := build(evs, opts, g)
	b.Run("build", func(b *testing.B) {
		cpu := cpuTime()
		for b.Loop() {
			build(evs, opts, g)
		}
		reportCPU(b, cpu)
	})
	b.Run("draw", func(b *testing.B) {
		cpu := cpuTime()
		for b.Loop() {
			l.draw(g).release()
		}
		reportCPU(b, cpu)
	})
	b.Run("encode", func(b *testing.B) {
		c := l.draw(g)
		defer c.release()
		var buf bytes.Buffer
		cpu := cpuTime()
		for b.Loop() {
			buf.Reset()
			if err := c.encode(&buf); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
		b.ReportMetric(float64(buf.Len()), "png-bytes")
	})
}
