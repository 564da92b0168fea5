package commands

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Discord's limits on a message, from its developer docs.
const (
	LimitContent     = 2000
	LimitTitle       = 256
	LimitDescription = 4096
	LimitFooter      = 2048
	LimitFields      = 25
	LimitEmbedTotal  = 6000
	LimitEmbeds      = 10
)

// pageBudget is how much of an embed's description one page uses: well under
// the limit, so that a page reads at a glance on a phone.
const pageBudget = 1800

// pageItems is the most items one page shows.
const pageItems = 8

// Colours of the reply embeds.
const (
	ColorAnswer = 0x3B82F6
	ColorNone   = 0x9CA3AF
	ColorError  = 0xDC2626
)

// RenderOptions say how citations are written.
type RenderOptions struct {
	// ShowArticle names the article in every citation (more than one loaded).
	ShowArticle bool
	// Labels gives the name a citation calls each article by, by id
	// (knowledge.Article.Label); an article missing from it is cited by id.
	Labels map[string]string
	// Link gives the URL of a paragraph's citation page, or "" for none.
	Link func(knowledge.Ref) string
}

// Message is one Discord message, independent of any Discord library.
type Message struct {
	Content   string
	Embeds    []Embed
	Ephemeral bool
	// Files are uploaded with the message; an embed shows one as its image
	// by the URL attachment://{Name}.
	Files []File `json:",omitempty"`
}

// File is a file attached to a message.
type File struct {
	Name        string
	ContentType string
	Data        []byte `json:"-"`
}

// Embed is a Discord embed.
type Embed struct {
	Title       string
	URL         string
	Description string
	Color       int
	Fields      []Field
	Footer      string
	// Image is the URL of a picture shown under the embed's text.
	Image string `json:",omitempty"`
}

// Field is a name/value pair of an embed.
type Field struct {
	Name   string
	Value  string
	Inline bool
}

// Cite writes a citation as text: ¶8, or "Istanbul talks ¶8" when several
// articles are loaded, so that a reply citing more than one says which
// excerpt is from which.
func (o RenderOptions) Cite(c knowledge.Ref) string {
	if o.ShowArticle {
		return fmt.Sprintf("%s ¶%d", o.label(c.Article), c.Paragraph)
	}
	return fmt.Sprintf("¶%d", c.Paragraph)
}

func (o RenderOptions) label(article string) string {
	if l := o.Labels[article]; l != "" {
		return l
	}
	return article
}

// cites writes an item's citations, naming an article once for a run of
// its paragraphs: "Istanbul talks ¶1, ¶2"; in markdown, each linked to its
// paragraph when there is a link.
func (o RenderOptions) cites(cs []knowledge.Ref, markdown bool) []string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		s := fmt.Sprintf("¶%d", c.Paragraph)
		if o.ShowArticle && (i == 0 || cs[i-1].Article != c.Article) {
			l := o.label(c.Article)
			if markdown {
				l = escapeMarkdown(l)
			}
			s = l + " " + s
		}
		if markdown && o.Link != nil {
			if u := o.Link(c); u != "" {
				s = fmt.Sprintf("[%s](%s)", s, u)
			}
		}
		parts[i] = s
	}
	return parts
}

// RenderDiscord renders r as one or more pages, each a message within
// Discord's limits. A reply that does not fit one page is split between items;
// an item too long for a page is cut at a sentence boundary with "…".
func RenderDiscord(r Response, o RenderOptions) []Message {
	color := ColorAnswer
	if r.Abstained || len(r.Items) == 0 {
		color = ColorNone
	}
	title := Truncate(escapeMarkdown(r.Title), LimitTitle)
	footer := footerText(r)
	head := ""
	if r.Intro != "" {
		head = Truncate(escapeMarkdown(r.Intro), pageBudget/2) + "\n\n"
	}
	if len(r.Suggestions) > 0 {
		head += "Did you mean: " + escapeMarkdown(strings.Join(r.Suggestions, ", ")) + "?\n\n"
	}
	// A page is written in a builder of its size: adding each item to
	// the page so far copied the page again, item after item.
	var pages []string
	var cur strings.Builder
	cur.Grow(pageBudget)
	cur.WriteString(head)
	n := 0
	for _, it := range r.Items {
		line := itemMarkdown(it, o, pageBudget-len(head))
		if n > 0 && (n >= pageItems || cur.Len()+len(line) > pageBudget) {
			pages = append(pages, cur.String())
			cur = strings.Builder{}
			cur.Grow(pageBudget)
			n = 0
		}
		cur.WriteString(line)
		cur.WriteString("\n\n")
		n++
	}
	pages = append(pages, cur.String())
	// A footer longer than the limit loses its end, the page number with
	// it: then every page's is the same, cut once.
	cutFooter := ""
	if len(footer) > LimitFooter {
		cutFooter = Truncate(footer, LimitFooter)
	}
	msgs := make([]Message, len(pages))
	for i, p := range pages {
		f := footer
		if len(pages) > 1 && cutFooter == "" {
			f = strings.TrimPrefix(fmt.Sprintf("%s · page %d/%d", footer, i+1, len(pages)), " · ")
		}
		if cutFooter != "" {
			f = cutFooter
		}
		msgs[i] = Message{
			Ephemeral: r.Ephemeral,
			Embeds: []Embed{{
				Title:       title,
				URL:         r.URL,
				Description: Truncate(strings.TrimSpace(p), LimitDescription),
				Color:       color,
				Footer:      Truncate(f, LimitFooter),
			}},
		}
		attachImage(&msgs[i], r)
	}
	return msgs
}

// RenderError renders a message a user may read about a failed request:
// ephemeral, so that a mistake does not clutter the channel.
func RenderError(msg string) Message {
	return Message{
		Ephemeral: true,
		Embeds: []Embed{{
			Title:       "Can't answer that",
			Description: Truncate(escapeMarkdown(msg), LimitDescription),
			Color:       ColorError,
		}},
	}
}

func itemMarkdown(it Item, o RenderOptions, budget int) string {
	var b strings.Builder
	if it.Label != "" {
		b.WriteString("**" + escapeMarkdown(it.Label) + "** — ")
	}
	cites := ""
	if len(it.Citations) > 0 {
		cites = " · " + strings.Join(o.cites(it.Citations, true), " ")
	}
	room := budget - b.Len() - len(cites) - 4
	text := Truncate(escapeMarkdown(it.Text), max(room, 40))
	if it.Quoted {
		text = "“" + text + "”"
	}
	b.WriteString(text)
	b.WriteString(cites)
	return b.String()
}

func footerText(r Response) string {
	parts := make([]string, 0, len(r.Sources))
	for _, s := range r.Sources {
		p := s.Outlet
		if s.Published != "" {
			p += ", " + s.Published
		}
		if s.Title != "" {
			p += " — " + s.Title
		}
		parts = append(parts, strings.TrimPrefix(p, ", "))
	}
	return strings.Join(parts, " | ")
}

// RenderText renders r for a terminal: the whole reply, no pages, citations
// written out.
func RenderText(r Response, o RenderOptions) string {
	o.Link = nil
	var b strings.Builder
	b.WriteString(r.Title + "\n")
	if r.Intro != "" {
		b.WriteString(r.Intro + "\n")
	}
	if len(r.Suggestions) > 0 {
		b.WriteString("Did you mean: " + strings.Join(r.Suggestions, ", ") + "?\n")
	}
	if len(r.Items) > 0 {
		b.WriteString("\n")
	}
	for _, it := range r.Items {
		b.WriteString("- ")
		if it.Label != "" {
			b.WriteString(it.Label + " — ")
		}
		if it.Quoted {
			b.WriteString("“" + it.Text + "”")
		} else {
			b.WriteString(it.Text)
		}
		if len(it.Citations) > 0 {
			b.WriteString(" (" + strings.Join(o.cites(it.Citations, false), ", ") + ")")
		}
		b.WriteString("\n")
	}
	if f := footerText(r); f != "" {
		b.WriteString("\nSource: " + f + "\n")
	}
	return b.String()
}

// Truncate shortens s to at most limit bytes, cutting at the last sentence
// end that leaves at least half the room, else at a word boundary, and marks
// the cut with "…". It never cuts inside a word or a UTF-8 sequence.
func Truncate(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	const ell = "…"
	room := limit - len(ell)
	if room <= 0 {
		return ""
	}
	cut := s[:room]
	for len(cut) > 0 && !isRuneStart(s, len(cut)) {
		cut = cut[:len(cut)-1]
	}
	if i := lastSentenceEnd(cut); i >= room/2 {
		return strings.TrimRightFunc(cut[:i], unicode.IsSpace) + " " + ell
	}
	if r, _ := utf8.DecodeRuneInString(s[len(cut):]); unicode.IsSpace(r) {
		return strings.TrimRightFunc(cut, unicode.IsSpace) + ell
	}
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
		return strings.TrimRightFunc(cut[:i], unicode.IsSpace) + ell
	}
	return cut + ell
}

func isRuneStart(s string, i int) bool {
	return i >= len(s) || s[i]&0xC0 != 0x80
}

// lastSentenceEnd returns the index just after the last ". ", "! " or "? " in s.
func lastSentenceEnd(s string) int {
	best := -1
	for _, p := range []string{". ", "! ", "? ", ".” ", ".\" ", "\n"} {
		if i := strings.LastIndex(s, p); i >= 0 && i+len(p)-1 > best {
			best = i + len(p) - 1
		}
	}
	return best
}

func escapeMarkdown(s string) string { return EscapeMarkdown(s) }
