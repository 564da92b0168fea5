package timelineimg

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/image/math/fixed"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Options say what the picture is titled and how it cites.
type Options struct {
	// Title heads the picture, e.g. "Timeline: sanctions".
	Title string
	// Subtitle is a line under the title, e.g. the source.
	Subtitle string
	// Labels, when set, names each event's article before its ¶ numbers,
	// by article id (knowledge.Article.Label), for a timeline drawn from
	// more than one article; an article missing from it goes by its id.
	Labels map[string]string
	// More is how many events the timeline has besides those given, when
	// they are a part of it; the picture counts them under its rows.
	More int
}

// Picture geometry, in pixels.
const (
	Width     = 800
	margin    = 24
	rowHeight = 30
	dotRadius = 6
	barHalf   = 6  // half a bar's height
	minBar    = 12 // the narrowest bar, so that a week is still a bar
	labelGap  = 10 // between a mark and its label
	// minSummary is the least room for a summary beside a mark; with less
	// on both sides the label goes over the mark.
	minSummary = 120
	// maxArticleLabel is the most room an article's label takes before the
	// ¶ numbers, in pixels; longer ones are cut with "…".
	maxArticleLabel = 150
	// MaxEvents is the most rows one picture draws; the rest are counted
	// in a line under them.
	MaxEvents = 40
)

// style is how a mark is drawn.
type style int

const (
	// styleDay: a solid dot, the event's day.
	styleDay style = iota
	// styleWithin: a pale bar over the week, month or year the event
	// happened in, at a day the text does not give.
	styleWithin
	// styleSpan: a solid bar over a range the event lasted.
	styleSpan
	// styleApprox: dashed and hollow, a date the text gives loosely.
	styleApprox
)

// row is one event as drawn: its mark and its label.
type row struct {
	y      float64 // the row's centre line
	x0, x1 float64 // the mark's extent; a dot has x0 == x1
	dot    bool
	style  style
	// The label's three parts and where each starts; the label is to the
	// right of the mark when right is true.
	date, text, cite    string
	dateX, textX, citeX float64
	labelX0, labelX1    float64
	right               bool
	// over is set when neither side of a long bar has room: the label is
	// then drawn over the bar, on a patch of the card's colour.
	over bool
}

// legendItem explains one style the picture uses.
type legendItem struct {
	style style
	dot   bool
	text  string
	x     float64
	line  int // 0 for the first line of the legend
}

// layout is the whole picture, placed: drawing it needs no more decisions.
type layout struct {
	width, height     int
	title, subtitle   string
	titleY, subtitleY float64
	axisY             float64 // baseline of the tick labels
	rowsTop, rowsBot  float64
	ticks             []tick
	breaks            [][2]float64
	rows              []row
	more              string // "+ 3 more events", under the rows
	moreY             float64
	legend            []legendItem
	legendY           float64
}

// build places every part of the picture.
func build(events []knowledge.Event, opts Options, g *glyphCache) layout {
	l := layout{width: Width}
	shown := events
	if len(shown) > MaxEvents {
		shown = shown[:MaxEvents]
	}
	if more := len(events) - len(shown) + max(opts.More, 0); more > 0 {
		l.more = fmt.Sprintf("+ %s more %s, not drawn", thousands(more), plural(more, "event", "events"))
	}
	left, right := float64(margin), float64(Width-margin)
	y := float64(margin)
	l.title = fit(g, faceTitle, opts.Title, right-left)
	y += sizeTitle
	l.titleY = y
	if opts.Subtitle != "" {
		l.subtitle = fit(g, faceSubtitle, opts.Subtitle, right-left)
		y += 10 + sizeSubtitle
		l.subtitleY = y
	}
	y += 22 + sizeTick
	l.axisY = y
	y += 10
	l.rowsTop = y

	spans := make([]span, len(shown))
	for i, ev := range shown {
		spans[i] = spanOf(ev)
	}
	ax := newAxis(spans, left, right)
	l.ticks = ax.ticks(func(s string) float64 { return g.width(faceTick, s) })
	l.breaks = ax.breaks()
	var used [styleApprox + 1]bool
	approxBar := false
	l.rows = make([]row, 0, len(shown))
	for i, ev := range shown {
		r := row{y: y + rowHeight*float64(i) + rowHeight/2, style: styleOf(ev)}
		sp := spans[i]
		r.x0, r.x1 = ax.x(sp.start), ax.x(sp.end)
		if ev.Until == nil && ev.Date.Precision == knowledge.PrecisionDay {
			r.dot = true
			r.x0 = (r.x0 + r.x1) / 2
			r.x1 = r.x0
		} else if w := r.x1 - r.x0; w < minBar {
			mid := (r.x0 + r.x1) / 2
			r.x0, r.x1 = mid-minBar/2, mid+minBar/2
		}
		used[r.style] = true
		approxBar = approxBar || (r.style == styleApprox && !r.dot)
		placeLabel(&r, ev, opts, g, left, right)
		l.rows = append(l.rows, r)
	}
	y += rowHeight * float64(len(shown))
	l.rowsBot = y
	if l.more != "" {
		y += 8 + sizeLegend
		l.moreY = y
	}
	l.legend = legend(used, approxBar, g, left, right)
	y += 20 + sizeLegend
	l.legendY = y
	if n := len(l.legend); n > 0 {
		y += float64(l.legend[n-1].line) * legendLine
	}
	l.height = int(y + margin - 6)
	return l
}

// spanOf is the days an event covers: its date, or its range, whole.
func spanOf(ev knowledge.Event) span {
	end := ev.Date.End()
	if ev.Until != nil {
		end = ev.Until.End()
	}
	return span{start: dayOf(ev.Date.Start()), end: dayOf(end) + 1}
}

func styleOf(ev knowledge.Event) style {
	switch {
	case ev.Date.Approximate || (ev.Until != nil && ev.Until.Approximate):
		return styleApprox
	case ev.Until != nil:
		return styleSpan
	case ev.Date.Precision == knowledge.PrecisionDay:
		return styleDay
	}
	return styleWithin
}

// placeLabel puts the label beside the mark: on the right when it fits there
// whole, else on the left when it fits there, else on the roomier side with
// the summary shortened at a word. The date and the ¶ numbers are never cut.
func placeLabel(r *row, ev knowledge.Event, opts Options, g *glyphCache, left, right float64) {
	r.date, r.cite = dateLabel(ev), citeLabel(ev, opts.Labels, func(s string) string { return fit(g, faceCite, s, maxArticleLabel) })
	pad := float64(dotRadius)
	if !r.dot {
		pad = 0
	}
	roomRight := right - (r.x1 + pad + labelGap)
	roomLeft := (r.x0 - pad - labelGap) - left
	const sep = 8 // between the parts of a label
	// Each part is measured once: the summary, the longest, was measured
	// four times (whole, again in fit, and what fit left twice).
	dateW, summaryW := g.width(faceDate, r.date), g.width(faceText, ev.Summary)
	fixed := dateW + sep + sep + g.width(faceCite, r.cite)
	full := fixed + summaryW
	switch {
	case full <= roomRight:
		r.right = true
	case full <= roomLeft:
	case max(roomLeft, roomRight) < fixed+minSummary:
		r.over = true
	default:
		r.right = roomRight >= roomLeft
	}
	room := roomLeft
	switch {
	case r.over:
		room = right - max(left, r.x0+labelGap) - labelGap
	case r.right:
		room = roomRight
	}
	var textW float64
	r.text, textW = fitMeasured(g, faceText, ev.Summary, summaryW, room-fixed)
	total := fixed + textW
	switch {
	case r.over:
		r.labelX0 = max(left, r.x0+labelGap) + labelGap/2
	case r.right:
		r.labelX0 = r.x1 + pad + labelGap
	default:
		r.labelX0 = r.x0 - pad - labelGap - total
	}
	r.labelX1 = r.labelX0 + total
	r.dateX = r.labelX0
	r.textX = r.dateX + dateW + sep
	r.citeX = r.textX + textW + sep
}

// fit shortens s at a word boundary, with "…", until it is at most w wide in
// face id. It may return "" when not even a word fits.
func fit(g *glyphCache, id faceID, s string, w float64) string {
	f, _ := fitMeasured(g, id, s, -1, w)
	return f
}

// fitMeasured is fit of s whose width is sw, measured already, or -1; it
// also returns how wide what it returns is.
//
// A cut of n words is s's first n words (as strings.Fields splits them)
// joined by spaces, without the punctuation cutTrim lists at its end, and
// "…". The cuts' widths are measured in one pass over the words (see
// cutWidths), and only the cut chosen is made: making and measuring a cut
// at each step of a search was most of placing a picture, and a subtitle's
// words and cuts a tenth of what a /timeline reply allocated.
func fitMeasured(g *glyphCache, id faceID, s string, sw, w float64) (string, float64) {
	var buf [128]fixed.Int26_6
	var ws []fixed.Int26_6 // ws[n-1] is the width of the cut of n words
	var all bool           // ws has every cut, not only those up to one too wide
	hi := 0                // the cut of hi+1 words does not fit
	if limit := 4*int(max(w, 0)) + 8; len(s) > limit {
		// Far longer than the room (a subtitle naming hundreds of
		// articles, 20 KB): no letter but a zero-width one is less than
		// a pixel wide, nor any more than 4 bytes long, so the words
		// past the first limit bytes cannot fit, and neither the whole
		// string is measured nor all its words looked at.
		p := s[:limit]
		if i := strings.LastIndexAny(p, " \t\n"); i > 0 {
			p = p[:i]
		}
		s = p
		ws, all = g.cutWidths(id, s, w, buf[:0])
		hi = len(ws)
	} else {
		if sw < 0 {
			sw = g.width(id, s)
		}
		if sw <= w {
			return s, sw
		}
		ws, all = g.cutWidths(id, s, w, buf[:0])
		hi = len(ws) - 1
	}
	lo := 0 // the cut of lo words fits (or lo is 0)
	if !all {
		// The cuts' widths grow with every word, and the last one
		// measured is too wide: the longest cut that fits is the one
		// before it, which the halving below would find.
		lo = len(ws) - 1
		hi = lo
	}
	// The longest cut that fits, by halving, as when each cut was made
	// and measured: with kerning the widths need not grow with every
	// word (a word of punctuation alone is cut off again).
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if float64(ws[mid-1])/64 <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return "", 0
	}
	return cutWords(s, lo), float64(ws[lo-1]) / 64
}

// cutTrim is the punctuation a cut leaves off its end before the "…".
const cutTrim = ",;:.–—-"

// cutWords is the cut of s's first n words (see fitMeasured).
func cutWords(s string, n int) string {
	var b strings.Builder
	b.Grow(len(s) + len("…"))
	for word := range strings.FieldsSeq(s) {
		if n == 0 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		n--
	}
	return strings.TrimRight(b.String(), cutTrim) + "…"
}

// legend explains the styles the picture uses, left to right, in as many
// lines as it takes to keep each item whole between left and right: the
// four of them do not fit in one.
func legend(used [styleApprox + 1]bool, approxBar bool, g *glyphCache, left, right float64) []legendItem {
	var items []legendItem
	add := func(s style, dot bool, text string) {
		items = append(items, legendItem{style: s, dot: dot, text: text})
	}
	if used[styleDay] {
		add(styleDay, true, "on that day")
	}
	if used[styleWithin] {
		add(styleWithin, false, "some time in that week, month or year")
	}
	if used[styleSpan] {
		add(styleSpan, false, "throughout that span")
	}
	if used[styleApprox] {
		add(styleApprox, !approxBar, "date approximate")
	}
	x, line := left, 0
	for i := range items {
		w := legendMark + 8 + g.width(faceLegend, items[i].text)
		if x > left && x+w > right {
			x, line = left, line+1
		}
		items[i].x, items[i].line = x, line
		x += w + 28
	}
	return items
}

// legendMark is the width of a legend's sample mark, legendLine the
// height of a line of the legend.
const (
	legendMark = 30
	legendLine = sizeLegend + 10
)

// thousands writes n with commas between groups of three digits: 3,412.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && c != '-' && s[i-1] != '-' && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
