package extract

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing/fstest"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Load validates a draft exactly as `coveragebot check` would, with the
// article's text beside it, and returns it as a source.
func Load(d *Draft, text string) (*knowledge.Source, error) {
	c := *d
	c.Article.Text = "article.txt"
	var b bytes.Buffer
	if err := c.Render(&b); err != nil {
		return nil, err
	}
	fsys := fstest.MapFS{"draft.yaml": {Data: b.Bytes()}, "article.txt": {Data: []byte(text)}}
	return knowledge.LoadSourceFS(fsys, "draft.yaml")
}

// Count is one precision/recall pair: of Got drafted items GotRight are
// right; of Want true items WantFound were found.
type Count struct {
	Got, GotRight, Want, WantFound int
}

// Precision is GotRight/Got, 1 when nothing was drafted.
func (c Count) Precision() float64 {
	if c.Got == 0 {
		return 1
	}
	return float64(c.GotRight) / float64(c.Got)
}

// Recall is WantFound/Want, 1 when nothing was wanted.
func (c Count) Recall() float64 {
	if c.Want == 0 {
		return 1
	}
	return float64(c.WantFound) / float64(c.Want)
}

func (c *Count) add(o Count) {
	c.Got += o.Got
	c.GotRight += o.GotRight
	c.Want += o.Want
	c.WantFound += o.WantFound
}

// Scores compare a draft with a hand-made fact base of the same article.
type Scores struct {
	Article string
	// People and Organisations count entities of that kind whose name or
	// alias matches a true one's.
	People, Organisations Count
	// Quotes count attributions: a drafted quote is right when a true quote
	// of the same paragraph has the same words (one contains the other) and
	// the same speaker. Quotes drafted with no speaker are not counted.
	Quotes Count
	// Events count dates: a true event is found when a drafted event cites
	// one of its paragraphs with a date whose ISO form begins with the true
	// one ("2025-04-20" for "2025-04") or that covers the same days.
	Events Count
	// EventsExact is how many true events have a drafted date written
	// exactly as theirs.
	EventsExact int
	// Misses lists what was missed or wrong, for tuning and review.
	Misses []string
}

// Score compares draft with truth.
func Score(draft, truth *knowledge.Source) Scores {
	s := Scores{Article: truth.Article.ID}
	// Entities.
	same := func(a, b knowledge.Entity) bool {
		as := map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			as[knowledge.Fold(n)] = true
		}
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			if as[knowledge.Fold(n)] {
				return true
			}
		}
		return false
	}
	for _, kind := range []knowledge.Kind{knowledge.KindPerson, knowledge.KindOrganisation} {
		c := &s.People
		if kind == knowledge.KindOrganisation {
			c = &s.Organisations
		}
		for _, t := range truth.Entities {
			if t.Kind != kind {
				continue
			}
			c.Want++
			found := false
			for _, d := range draft.Entities {
				if d.Kind == kind && same(d, t) {
					found = true
				}
			}
			if found {
				c.WantFound++
			} else {
				s.miss("%s not found: %s", kind, t.Name)
			}
		}
		for _, d := range draft.Entities {
			if d.Kind != kind {
				continue
			}
			c.Got++
			for _, t := range truth.Entities {
				if t.Kind == kind && same(d, t) {
					c.GotRight++
					break
				}
			}
		}
	}
	// Quotes.
	entity := func(src *knowledge.Source, id string) knowledge.Entity {
		for _, e := range src.Entities {
			if e.ID == id {
				return e
			}
		}
		return knowledge.Entity{}
	}
	words := func(a, b knowledge.Quote) bool {
		x, y := quoteWords(a.Text), quoteWords(b.Text)
		return a.Paragraph == b.Paragraph && x != "" && y != "" && (strings.Contains(x, y) || strings.Contains(y, x))
	}
	right := func(d, t knowledge.Quote) bool {
		return words(d, t) && same(entity(draft, d.Speaker), entity(truth, t.Speaker))
	}
	for _, t := range truth.Quotes {
		s.Quotes.Want++
		found := false
		for _, d := range draft.Quotes {
			found = found || right(d, t)
		}
		if found {
			s.Quotes.WantFound++
		} else {
			s.miss("quote not attributed to %s: ¶%d %q", t.Speaker, t.Paragraph, t.Text)
		}
	}
	for _, d := range draft.Quotes {
		s.Quotes.Got++
		ok := false
		for _, t := range truth.Quotes {
			ok = ok || right(d, t)
		}
		if ok {
			s.Quotes.GotRight++
		} else {
			s.miss("quote wrongly drafted as %s's: ¶%d %q", d.Speaker, d.Paragraph, d.Text)
		}
	}
	// Events.
	for _, t := range truth.Events {
		s.Events.Want++
		found, exact := false, false
		for _, d := range draft.Events {
			if shareParagraph(d.Paragraphs, t.Paragraphs) && dateMatches(d, t) {
				found = true
				exact = exact || d.Date.String() == t.Date.String()
			}
		}
		if found {
			s.Events.WantFound++
		} else {
			s.miss("event not dated: %s %s ¶%v", t.ID, t.Date, t.Paragraphs)
		}
		if exact {
			s.EventsExact++
		}
	}
	for _, d := range draft.Events {
		s.Events.Got++
		for _, t := range truth.Events {
			if shareParagraph(d.Paragraphs, t.Paragraphs) && dateMatches(d, t) {
				s.Events.GotRight++
				break
			}
		}
	}
	return s
}

func (s *Scores) miss(format string, args ...any) {
	s.Misses = append(s.Misses, fmt.Sprintf(format, args...))
}

// quoteWords folds a quote for comparison, without its outer punctuation.
func quoteWords(s string) string {
	return strings.Trim(knowledge.FoldSpace(s), ` "'.,;:!?…`)
}

func shareParagraph(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// dateMatches: the drafted date's ISO form begins with the true one's, or
// both cover the same days (a week drafted as a range, or as a week).
func dateMatches(d, t knowledge.Event) bool {
	if strings.HasPrefix(d.Date.String(), t.Date.String()) {
		return true
	}
	end := func(e knowledge.Event) string {
		if e.Until != nil {
			return e.Until.End().Format("2006-01-02")
		}
		return e.Date.End().Format("2006-01-02")
	}
	return d.Date.Start().Equal(t.Date.Start()) && end(d) == end(t)
}

// Add sums scores, for a total over several articles.
func (s *Scores) Add(o Scores) {
	s.People.add(o.People)
	s.Organisations.add(o.Organisations)
	s.Quotes.add(o.Quotes)
	s.Events.add(o.Events)
	s.EventsExact += o.EventsExact
}

// WriteTable prints scores as a Markdown table, one row per article.
func WriteTable(w io.Writer, rows []Scores) {
	fmt.Fprintln(w, "| article | people P | people R | orgs P | orgs R | quotes P | quotes R | events dated | exact | event P |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for _, s := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %d/%d | %.2f |\n", s.Article,
			frac(s.People.GotRight, s.People.Got), frac(s.People.WantFound, s.People.Want),
			frac(s.Organisations.GotRight, s.Organisations.Got), frac(s.Organisations.WantFound, s.Organisations.Want),
			frac(s.Quotes.GotRight, s.Quotes.Got), frac(s.Quotes.WantFound, s.Quotes.Want),
			frac(s.Events.WantFound, s.Events.Want), s.EventsExact, s.Events.Want, s.Events.Precision())
	}
}

func frac(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f (%d/%d)", float64(a)/float64(b), a, b)
}
