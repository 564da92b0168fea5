package extract

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Options are what the caller knows of the article beyond its text.
type Options struct {
	// Published is the publication date; when zero, the dateline's date is
	// used, with the year of Now.
	Published time.Time
	// ID, Title and Outlet fill the article section; each has a default
	// drawn from the text (the headline, the agency in the dateline).
	ID, Title, Outlet string
	// TextPath is written as article.text, relative to where the fact base
	// will be saved.
	TextPath string
	// Now is today, for a dateline that gives no year.
	Now time.Time
}

// Draft is a drafted fact base with the evidence for each item.
type Draft struct {
	Article    Article
	Entities   []Entity
	Events     []Event
	Quotes     []Quote
	Unassigned []Quote // quotes with no reliable speaker
	// Assumed says where the publication date came from.
	Assumed string
}

// Article is the article section of a draft.
type Article struct {
	ID, Title, Outlet, Published, Language, Text string
}

// Entity is a drafted person, organisation or place.
type Entity struct {
	ID, Name    string
	Kind        knowledge.Kind
	Role        string
	Affiliation string
	Aliases     []string
	Paragraphs  []int
	Evidence    string
}

// Event is a drafted dated event.
type Event struct {
	ID, Date, Until, Summary string
	Paragraphs               []int
	// Approximate is set when the text does not say which side of the
	// publication date a weekday is on; the past one is drafted.
	Approximate bool
	// Expression is the temporal expression as written; Rule says how it
	// was resolved.
	Expression, Rule string
}

// Quote is a drafted quote; Speaker is empty when no sieve was sure.
type Quote struct {
	ID, Speaker, Text string
	Paragraph         int
	Date              string
	// Sieve names the rule that attributed it, or why none did.
	Sieve, Evidence string
}

// ErrNoDate is returned when neither the options nor a dateline give the
// publication date.
var ErrNoDate = errors.New("no publication date: the text has no dated dateline; pass --published YYYY-MM-DD")

// Extract drafts a fact base from an article's text.
func Extract(text string, opt Options) (*Draft, error) {
	ps := readParagraphs(text)
	if len(ps) == 0 {
		return nil, errors.New("the text has no paragraphs")
	}
	dl := findDateline(ps)
	d := &Draft{}
	pub := opt.Published
	switch {
	case !pub.IsZero():
		d.Assumed = "from --published"
	case dl.hasDate:
		now := opt.Now
		if now.IsZero() {
			now = time.Now()
		}
		pub = time.Date(now.Year(), dl.month, dl.day, 0, 0, 0, 0, time.UTC)
		if dl.year != 0 {
			pub = time.Date(dl.year, dl.month, dl.day, 0, 0, 0, 0, time.UTC)
			d.Assumed = fmt.Sprintf("from the dateline %q", dl.text)
		} else {
			if pub.After(now) {
				pub = pub.AddDate(-1, 0, 0)
			}
			d.Assumed = fmt.Sprintf("from the dateline %q, in the year %d (the dateline gives none)", dl.text, pub.Year())
		}
	default:
		return nil, ErrNoDate
	}
	ns := findEntities(ps)
	ns.resolve()
	qs, _ := attribute(ps, ns)
	evs, txs := findEvents(ps, pub)
	d.Article = Article{
		ID:        opt.ID,
		Title:     opt.Title,
		Outlet:    opt.Outlet,
		Published: pub.Format("2006-01-02"),
		Language:  "en",
		Text:      opt.TextPath,
	}
	if d.Article.Title == "" {
		d.Article.Title = headline(ps)
	}
	if d.Article.Outlet == "" {
		d.Article.Outlet = agencies[dl.agency]
	}
	d.assemble(ps, ns, qs, evs, txs)
	return d, nil
}

func readParagraphs(text string) []*para {
	var ps []*para
	for i, t := range knowledge.SplitParagraphs(text) {
		p := &para{n: i + 1, text: t, toks: tokenize(t)}
		p.quotes = findQuotes(t)
		p.sents = sentences(t, p.quotes)
		ps = append(ps, p)
	}
	if len(ps) > 1 && isHeadline(ps[0].text) {
		ps[0].headline = true
	}
	return ps
}

// isHeadline tells a headline from a first paragraph: short, no full stop.
func isHeadline(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) <= 20 && !strings.HasSuffix(s, ".") && datelineRE.FindString(s) == ""
}

func headline(ps []*para) string {
	if ps[0].headline {
		return ps[0].text
	}
	s := ps[0].text[ps[0].skip.end:]
	if len(ps[0].sents) > 0 {
		s = ps[0].text[max(ps[0].sents[0].start, ps[0].skip.end):ps[0].sents[0].end]
	}
	return shorten(strings.TrimSpace(s), 120)
}

// agencies names the outlet a dateline credits.
var agencies = map[string]string{"AP": "Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse", "dpa": "dpa", "PA": "PA Media", "UPI": "United Press International"}

type dateline struct {
	text      string
	agency    string
	hasDate   bool
	year, day int
	month     time.Month
}

// datelineRE reads "LONDON (AP) —", "EDINBURGH, Scotland, Oct. 14 (AP) —",
// "Tallinn, Estonia -" at the start of a paragraph.
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ -]{1,40}?(?:, [\p{L}0-9.' ]{2,30}){0,3}?)\s*(?:\((\w+)\))?\s+(?:—|–|--|-)\s+`)

var datelineDateRE = regexp.MustCompile(`(` + monthRE + `)\s+(\d{1,2})(?:,\s+(\d{4}))?`)

func findDateline(ps []*para) dateline {
	for _, p := range ps[:min(2, len(ps))] {
		m := datelineRE.FindStringSubmatchIndex(p.text)
		if m == nil {
			continue
		}
		p.skip = span{0, m[1]}
		dl := dateline{text: strings.TrimSpace(p.text[m[2]:m[3]])}
		if m[4] >= 0 {
			dl.agency = p.text[m[4]:m[5]]
		}
		if dm := datelineDateRE.FindStringSubmatch(dl.text); dm != nil {
			dl.month = monthOf(dm[1])
			fmt.Sscan(dm[2], &dl.day)
			if dm[3] != "" {
				fmt.Sscan(dm[3], &dl.year)
			}
			dl.hasDate = dl.month != 0
		}
		return dl
	}
	return dateline{}
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndex(string(r), " "); i > n/2 {
		return string(r[:i]) + "…"
	}
	return string(r) + "…"
}
