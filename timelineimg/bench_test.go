package timelineimg

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
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

// BenchmarkRenderApprox draws 24 events dated loosely, "c. 2003" and
// "about Mar 2014": dashed marks, which are cut pixel by pixel, as a good
// share of the synthetic corpora's are.
func BenchmarkRenderApprox(b *testing.B) {
	var evs []knowledge.Event
	for i := range 24 {
		d := fmt.Sprint(1990 + i)
		if i%2 == 1 {
			d = fmt.Sprintf("%d-%02d", 1990+i, 1+i%12)
		}
		evs = append(evs, knowledge.Event{Article: "a", ID: d, Date: loose(d, true), Summary: "Something happened about then, roughly.", Paragraphs: []int{i + 1}})
	}
	opts := Options{Title: "Timeline", Subtitle: "Loose dates"}
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Render(evs, opts); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
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
