package timelineimg

import (
	"fmt"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// BenchmarkRender draws the shipped article's 23 events, what every
// /timeline without a filter costs.
func BenchmarkRender(b *testing.B) {
	evs, a := shipped(b)
	opts := Options{Title: "Timeline", Subtitle: a.Title}
	benchRender(b, evs, opts)
}

// benchRender draws evs over and over. Besides ns/op it reports the
// process's CPU time per picture (the machine is shared, so wall time is
// noisy) and the PNG's size, which Discord uploads.
func benchRender(b *testing.B, evs []knowledge.Event, opts Options) {
	b.Helper()
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
	benchRender(b, evs, opts)
}

// BenchmarkRenderWide draws a picture like most of the synthetic 100k
// coverage's /timeline replies: 24 events of several articles (the most a
// reply shows), most dated to a year, so that their bars, pale or dashed,
// cross the whole axis and their labels are drawn over them.
func BenchmarkRenderWide(b *testing.B) {
	evs, labels := wideEvents()
	opts := Options{Title: "Timeline: government (from 2014)", Subtitle: "Regional Post, 3 August 2022 — Norez to give available abstraction death in Ironbridge | Evening Wire, 28 May 2021 — Barberg to reign", Labels: labels, More: 746}
	benchRender(b, evs, opts)
}

// wideEvents are 24 events of 2014 from as many articles: 17 dated to the
// year, every other one loosely, then a month, four days, a span and
// another month; and the labels their citations call the articles by.
func wideEvents() ([]knowledge.Event, map[string]string) {
	var evs []knowledge.Event
	labels := map[string]string{}
	add := func(date string, approx bool, until string) {
		i := len(evs)
		id := fmt.Sprintf("story-%02d", i)
		labels[id] = fmt.Sprintf("Agency %d to give available abstraction", i)
		ev := knowledge.Event{Article: id, ID: "e", Date: loose(date, approx), Summary: fmt.Sprintf("Regional Assembly %d proposed the pending party.", i), Paragraphs: []int{i + 3}}
		if until != "" {
			u := loose(until, false)
			ev.Until = &u
		}
		evs = append(evs, ev)
	}
	for i := range 17 {
		add("2014", i%3 != 2, "")
	}
	add("2014-01", false, "")
	for _, d := range []string{"2014-01-03", "2014-01-14", "2014-01-17", "2014-01-25"} {
		add(d, false, "")
	}
	add("2014-02", false, "2014-03")
	add("2014-02", false, "")
	return evs, labels
}

// picture is a timeline to draw, by name.
type picture struct {
	name   string
	events []knowledge.Event
	opts   Options
}

// pictures are the shipped article's timeline and a wide one.
func pictures(tb testing.TB) []picture {
	evs, a := shipped(tb)
	wide, labels := wideEvents()
	return []picture{
		{"shipped", evs, Options{Title: "Timeline", Subtitle: a.Title}},
		{"wide", wide, Options{Title: "Timeline: government (from 2014)", Labels: labels, More: 746}},
	}
}

// BenchmarkRenderPhases times the parts of a render apart: placing, drawing
// and encoding, for the shipped article's picture and for a wide one (see
// BenchmarkRenderWide).
func BenchmarkRenderPhases(b *testing.B) {
	g, err := sharedGlyphs()
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range pictures(b) {
		l := build(in.events, in.opts, g)
		b.Run(in.name+"/build", func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				build(in.events, in.opts, g)
			}
			reportCPU(b, cpu)
		})
		b.Run(in.name+"/draw", func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				l.draw(g).release()
			}
			reportCPU(b, cpu)
		})
		b.Run(in.name+"/encode", func(b *testing.B) {
			c := l.draw(g)
			defer c.release()
			var png []byte
			var err error
			cpu := cpuTime()
			for b.Loop() {
				if png, err = c.png(partsFor(c.h)); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(len(png)), "png-bytes")
		})
	}
}
