package timelineimg

import "testing"

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
