package timelineimg

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

func testFaces(t *testing.T) *glyphCache {
	t.Helper()
	fs, err := sharedGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// Every label stays on the card, beside its own mark and clear of it, on its
// own row; tick labels do not overlap one another.
func TestLayoutLabels(t *testing.T) {
	fs := testFaces(t)
	evs, _ := shipped(t)
	evs3, labels := three(t)
	for name, events := range map[string][]knowledge.Event{"istanbul-talks": evs, "loose": looseEvents(), "three-articles": evs3} {
		t.Run(name, func(t *testing.T) {
			opts := Options{Title: "Timeline"}
			if name == "three-articles" {
				opts.Labels = labels
			}
			l := build(events, opts, fs)
			if len(l.rows) != len(events) {
				t.Fatalf("%d rows for %d events", len(l.rows), len(events))
			}
			for i, r := range l.rows {
				if r.labelX0 < margin || r.labelX1 > Width-margin {
					t.Errorf("row %d (%s): label from %.0f to %.0f leaves the card", i, r.date, r.labelX0, r.labelX1)
				}
				pad := 0.0
				if r.dot {
					pad = dotRadius
				}
				if !r.over && r.labelX0 < r.x1+pad && r.labelX1 > r.x0-pad {
					t.Errorf("row %d (%s): label [%.0f, %.0f] covers its mark [%.0f, %.0f]", i, r.date, r.labelX0, r.labelX1, r.x0, r.x1)
				}
				if i > 0 && r.y-l.rows[i-1].y < rowHeight {
					t.Errorf("row %d is %.0f px below the one before", i, r.y-l.rows[i-1].y)
				}
				if r.date == "" || r.cite == "" || r.text == "" {
					t.Errorf("row %d lost part of its label: %q %q %q", i, r.date, r.text, r.cite)
				}
			}
			last := math.Inf(-1)
			for _, tk := range l.ticks {
				if tk.label == "" {
					continue
				}
				if tk.labelX < last {
					t.Errorf("tick label %q at %.0f overlaps the one before (ends %.0f)", tk.label, tk.labelX, last)
				}
				last = tk.labelX + fs.width(faceTick, tk.label)
			}
		})
	}
}

// A day is a dot, a week, month or year a pale bar over the whole of it, a
// range a solid bar, and an approximate date dashed; later dates lie further
// right.
func TestLayoutMarks(t *testing.T) {
	fs := testFaces(t)
	evs := looseEvents()
	l := build(evs, Options{}, fs)
	want := []struct {
		dot   bool
		style style
	}{
		{false, styleApprox}, // c. 2019–2021
		{false, styleApprox}, // about Feb 2026
		{false, styleWithin}, // week of 2 March 2026
		{true, styleApprox},  // about 13 March 2026
		{false, styleWithin}, // March 2026
	}
	for i, w := range want {
		r := l.rows[i]
		if r.dot != w.dot || r.style != w.style {
			t.Errorf("%s: dot %v style %d, want dot %v style %d", r.date, r.dot, r.style, w.dot, w.style)
		}
	}
	week, friday, march := l.rows[2], l.rows[3], l.rows[4]
	if !(march.x0 <= week.x0 && week.x1 < friday.x0 && friday.x0 < march.x1) {
		t.Errorf("March [%.0f, %.0f] should hold the week of 2 March [%.0f, %.0f], then the 13th at %.0f", march.x0, march.x1, week.x0, week.x1, friday.x0)
	}
	if w := week.x1 - week.x0; w >= (march.x1-march.x0)/3 {
		t.Errorf("a week is %.0f px wide against March's %.0f", w, march.x1-march.x0)
	}
	if got := len(l.breaks); got != 1 {
		t.Errorf("%d axis breaks, want 1 (between 2021 and 2026)", got)
	}
	var legend []string
	for _, it := range l.legend {
		legend = append(legend, it.text)
	}
	if got := strings.Join(legend, " | "); got != "some time in that week, month or year | date approximate" {
		t.Errorf("legend %q", got)
	}
}

func TestDateLabel(t *testing.T) {
	d := knowledge.MustDate
	may, w11, y21 := d("2025-05"), d("2026-W11"), loose("2021", true)
	tests := []struct {
		ev   knowledge.Event
		want string
	}{
		{knowledge.Event{Date: d("2025-02-28")}, "28 Feb 2025"},
		{knowledge.Event{Date: d("2025-03")}, "Mar 2025"},
		{knowledge.Event{Date: d("2025-03"), Until: &may}, "Mar–May 2025"},
		{knowledge.Event{Date: d("2026-W10")}, "wk of 2 Mar 2026"},
		{knowledge.Event{Date: d("2026-W10"), Until: &w11}, "wk of 2 Mar–wk of 9 Mar 2026"},
		{knowledge.Event{Date: loose("2019", true), Until: &y21}, "c. 2019–2021"},
		{knowledge.Event{Date: loose("2026-02", true)}, "about Feb 2026"},
		{knowledge.Event{Date: d("2024-12"), Until: &may}, "Dec 2024–May 2025"},
	}
	for _, tt := range tests {
		if got := dateLabel(tt.ev); got != tt.want {
			t.Errorf("dateLabel(%s) = %q, want %q", tt.ev.When(), got, tt.want)
		}
	}
}

// fit cuts at a word and never returns more than the room.
func TestFit(t *testing.T) {
	fs := testFaces(t)
	s := "Russia and Ukraine hold peace talks in Istanbul early in the war."
	for _, w := range []float64{1000, 300, 120, 10} {
		got := fit(fs, faceText, s, w)
		if fs.width(faceText, got) > w {
			t.Errorf("fit(%v) = %q, %.0f px wide", w, got, fs.width(faceText, got))
		}
		if got != s && got != "" && !strings.HasSuffix(got, "…") {
			t.Errorf("fit(%v) = %q: a cut without …", w, got)
		}
	}
}

// The axis leaves out long empty stretches, keeps short ones to scale, and
// gives the busiest segment the most room.
func TestAxis(t *testing.T) {
	day := func(s string) day { return dayOf(knowledge.MustDate(s).Start()) }
	spans := []span{
		{day("2014-01-01"), day("2015-01-01")},
		{day("2025-03-01"), day("2025-04-01")},
		{day("2025-04-20"), day("2025-04-21")},
		{day("2025-05-10"), day("2025-05-11")},
		{day("2025-05-12"), day("2025-05-13")},
	}
	ax := newAxis(spans, 0, 800)
	if len(ax.segs) != 2 {
		t.Fatalf("%d segments, want 2: %+v", len(ax.segs), ax.segs)
	}
	if a, b := ax.segs[0].x1-ax.segs[0].x0, ax.segs[1].x1-ax.segs[1].x0; a >= b {
		t.Errorf("one event gets %.0f px, four get %.0f", a, b)
	}
	prev := math.Inf(-1)
	for _, s := range spans {
		if x := ax.x(s.start); x <= prev {
			t.Errorf("x(%v) = %.0f, not right of %.0f", s.start.time(), x, prev)
		} else {
			prev = x
		}
	}
	if x0, x1 := ax.x(day("2014-01-01")), ax.x(day("2015-01-01")); x1 > ax.segs[0].x1 || x0 < ax.segs[0].x0 {
		t.Errorf("2014 drawn from %.0f to %.0f, outside its segment", x0, x1)
	}
}

// Events spread over many years, each far from the next, would make more
// segments than the width holds at their least: the nearest are joined
// (their gap drawn to scale) until the rest fit, and every event is drawn
// inside the axis, in date order.
func TestAxisManyGaps(t *testing.T) {
	day := func(s string) day { return dayOf(knowledge.MustDate(s).Start()) }
	var spans []span
	for _, d := range []string{"2001-01-01", "2005-01-01", "2006-01-01", "2011-01-01", "2012-01-01", "2012-06-05",
		"2012-08-21", "2013-03-01", "2013-09-30", "2014-01-11", "2014-07-01", "2015-01-08", "2015-06-01",
		"2016-06-23", "2017-12-01", "2018-03-01", "2018-05-07", "2018-09-25"} {
		spans = append(spans, span{day(d), day(d) + 1})
	}
	const left, right = 40, 760
	ax := newAxis(spans, left, right)
	if n := len(ax.segs); float64(n)*minSegment+float64(n-1)*breakWidth > right-left {
		t.Errorf("%d segments do not fit in %d px", n, right-left)
	}
	prev := math.Inf(-1)
	for _, s := range spans {
		x := ax.x(s.start)
		if x < left || x > right {
			t.Errorf("x(%v) = %.0f, outside [%d, %d]", s.start.time(), x, left, right)
		}
		if x < prev {
			t.Errorf("x(%v) = %.0f, left of the event before (%.0f)", s.start.time(), x, prev)
		}
		prev = x
	}
}

// With every kind of mark, the legend's four items do not fit in one line:
// each stays whole on the card, on as many lines as it takes, and the card
// grows to hold them.
func TestLegendWraps(t *testing.T) {
	fs := testFaces(t)
	until := knowledge.MustDate("2026-03-20")
	evs := append(looseEvents(),
		knowledge.Event{Article: "loose", ID: "day", Date: knowledge.MustDate("2026-03-02"), Summary: "Something on a day.", Paragraphs: []int{6}},
		knowledge.Event{Article: "loose", ID: "span", Date: knowledge.MustDate("2026-03-16"), Until: &until, Summary: "Something for days.", Paragraphs: []int{7}})
	l := build(evs, Options{}, fs)
	if len(l.legend) != 4 {
		t.Fatalf("%d legend items, want all 4 kinds of mark", len(l.legend))
	}
	last := l.legend[len(l.legend)-1].line
	if last == 0 {
		t.Errorf("the four items on one line")
	}
	for _, it := range l.legend {
		if right := it.x + legendMark + 8 + fs.width(faceLegend, it.text); it.x < margin || right > Width-margin {
			t.Errorf("%q from %.0f to %.0f leaves the card", it.text, it.x, right)
		}
	}
	if bottom := l.legendY + float64(last)*legendLine; bottom > float64(l.height) {
		t.Errorf("the legend's last line at %.0f is below the card's %d px", bottom, l.height)
	}
}

// fit cuts a string far longer than the room (a subtitle naming hundreds
// of articles) from its first words alone, as it cut it from all of them.
func TestFitLong(t *testing.T) {
	fs := testFaces(t)
	// fitAll is fit measuring the whole string and splitting all its
	// words, as it did.
	fitAll := func(s string, w float64) string {
		if fs.width(faceSubtitle, s) <= w {
			return s
		}
		words := strings.Fields(s)
		return longestCut(words, len(words)-1, func(c string) bool { return fs.width(faceSubtitle, c) <= w })
	}
	var sources []string
	for i := range 300 {
		sources = append(sources, fmt.Sprintf("Regional Post, %d August 2022 — Norez to give available abstraction death in Ironbridge %d", 1+i%28, i))
	}
	long := strings.Join(sources, " | ")
	for _, s := range []string{long, strings.Repeat("x", 5000), strings.Repeat("wide ", 2000), "Ωμέγα " + long, "Putin proposes direct talks"} {
		for _, w := range []float64{760, 300, 40, 2, 0, -5} { // a label's room may be none
			if got, want := fit(fs, faceSubtitle, s, w), fitAll(s, w); got != want {
				t.Errorf("fit(%.20q…, %v) = %q, want %q", s, w, got, want)
			}
		}
	}
}

// fitMeasured, which measures every cut in one pass, cuts as making and
// measuring each cut it tries did, and says how wide its cut is: for
// words ending in the punctuation a cut leaves off, words of punctuation
// alone, runs of spaces, tabs and no-break spaces, letters outside ASCII,
// bytes that are not UTF-8, and strings longer than the room by far.
func TestFitIsCutMeasured(t *testing.T) {
	// The Go fonts kern nothing, and a cut is measured until one is too
	// wide; a cache whose faces are taken to kern measures every cut,
	// adding kerns, and searches them by halving.
	kerning, err := newGlyphCache()
	if err != nil {
		t.Fatal(err)
	}
	for id := range kerning.faces.kerning {
		kerning.faces.kerning[id] = true
	}
	for _, fs := range []*glyphCache{testFaces(t), kerning} {
		fitIsCutMeasured(t, fs)
	}
}

// longestCut is the longest cut of words, of at most hi of them, that
// fits, found by halving as fit once did: the words joined, the
// punctuation a cut leaves off trimmed, and "…" after them; "" if none.
func longestCut(words []string, hi int, fits func(string) bool) string {
	cut := func(n int) string { return strings.TrimRight(strings.Join(words[:n], " "), ",;:.–—-") + "…" }
	lo := 0
	for lo < hi {
		if mid := (lo + hi + 1) / 2; fits(cut(mid)) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return cut(lo)
}

func fitIsCutMeasured(t *testing.T, fs *glyphCache) {
	// byCuts is fit as it was: each cut made and measured.
	byCuts := func(id faceID, s string, w float64) string {
		var words []string
		hi := 0
		if limit := 4*int(max(w, 0)) + 8; len(s) > limit {
			p := s[:limit]
			if i := strings.LastIndexAny(p, " \t\n"); i > 0 {
				p = p[:i]
			}
			words = strings.Fields(p)
			hi = len(words)
		} else {
			if fs.width(id, s) <= w {
				return s
			}
			words = strings.Fields(s)
			hi = len(words) - 1
		}
		return longestCut(words, hi, func(c string) bool { return fs.width(id, c) <= w })
	}
	var sources []string
	for i := range 60 {
		sources = append(sources, fmt.Sprintf("Evening Wire, %d May 2021 — Barberg to reign, %d…", 1+i%28, i))
	}
	for _, s := range []string{
		"Russia and Ukraine hold peace talks in Istanbul, early in the war.",
		"One, two; three: four. five – six — seven - eight",
		"a — b -- c ... d,,, e – – f",
		"  leading  and   double\tspaces\nand\u00a0no-break\u2003em  ",
		"Ωμέγα Привет Ünïcödé ¶12 ¶13 — «quoted» ‘words’",
		"bad \xff\xfe bytes \xe2\x80 cut",
		"—",
		"word",
		"",
		strings.Join(sources, " | "),
		strings.Repeat("wide, ", 900),
	} {
		for _, id := range []faceID{faceText, faceSubtitle, faceCite, faceTitle} {
			for _, w := range []float64{1000, 760, 300, 150, 120, 60, 25, 10, 2, 0, -5} {
				got, gotW := fitMeasured(fs, id, s, -1, w)
				if want := byCuts(id, s, w); got != want {
					t.Errorf("fit(%d, %.30q, %v) = %q, want %q", id, s, w, got, want)
				}
				if want := fs.width(id, got); gotW != want {
					t.Errorf("fit(%d, %.30q, %v) = %q, said %v px wide, measured %v", id, s, w, got, gotW, want)
				}
			}
		}
	}
}

// citeLabel lists the ¶ numbers, after the article's label when there
// are labels, its id when the label is missing, and nothing before them
// when the label is cut to nothing.
func TestCiteLabel(t *testing.T) {
	ev := knowledge.Event{Article: "talks", Paragraphs: []int{2, 8, 120}}
	keep := func(s string) string { return s }
	tests := []struct {
		name   string
		ev     knowledge.Event
		labels map[string]string
		short  func(string) string
		want   string
	}{
		{"one article", ev, nil, keep, "¶2 ¶8 ¶120"},
		{"labelled", ev, map[string]string{"talks": "Istanbul talks"}, keep, "Istanbul talks ¶2 ¶8 ¶120"},
		{"no label", ev, map[string]string{}, keep, "talks ¶2 ¶8 ¶120"},
		{"cut to nothing", ev, map[string]string{"talks": "Istanbul talks"}, func(string) string { return "" }, "¶2 ¶8 ¶120"},
		{"no paragraphs", knowledge.Event{Article: "talks"}, map[string]string{"talks": "Istanbul talks"}, keep, "Istanbul talks"},
	}
	for _, tt := range tests {
		if got := citeLabel(tt.ev, tt.labels, tt.short); got != tt.want {
			t.Errorf("%s: citeLabel = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The Go fonts kern no pair of glyphs, so that measuring skips kerning and
// a string's cuts grow with every word (see fontKerns); their letters'
// advances are never negative.
func TestGoFontsDoNotKern(t *testing.T) {
	fs := testFaces(t)
	for id := range nFaces {
		if fs.faces.kerning[id] {
			t.Errorf("face %d kerns", id)
		}
		for r := rune(0); r < 0x500; r++ {
			if a, _ := fs.faces.get(id).GlyphAdvance(r); a < 0 {
				t.Errorf("face %d advances %q by %v", id, r, a)
			}
		}
	}
}
