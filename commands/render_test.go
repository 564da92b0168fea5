package commands

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/knowledge"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"Short.", 10, "Short."},
		{"First sentence here. Second sentence is longer than the room.", 40, "First sentence here. …"},
		{"one two three four five six", 16, "one two three…"},
		{"Türkiye Türkiye Türkiye", 12, "Türkiye…"},
	}
	for _, tt := range tests {
		got := Truncate(tt.in, tt.limit)
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
		if len(got) > tt.limit || !utf8.ValidString(got) {
			t.Errorf("Truncate(%q, %d) = %q: over the limit or broken UTF-8", tt.in, tt.limit, got)
		}
	}
}

// A reply far over Discord's limits is paged, every page within them, and
// no text is cut mid-word.
func TestRenderDiscordPages(t *testing.T) {
	long := strings.Repeat("The talks went on. ", 400)
	r := Response{Title: strings.Repeat("T", 300), Intro: "intro"}
	for i := 1; i <= 30; i++ {
		r.Items = append(r.Items, Item{Label: "May 2025", Text: long, Citations: []knowledge.Ref{{Article: "a", Paragraph: i}}})
	}
	pages := RenderDiscord(r, RenderOptions{})
	if len(pages) < 4 {
		t.Fatalf("%d pages, want the 30 items paged", len(pages))
	}
	for i, p := range pages {
		checkLimits(t, i, p)
		d := p.Embeds[0].Description
		if !strings.Contains(p.Embeds[0].Footer, "page ") {
			t.Errorf("page %d footer %q lacks the page number", i, p.Embeds[0].Footer)
		}
		if strings.Contains(d, "talk…") || strings.Contains(d, "tal…") {
			t.Errorf("page %d cut mid-word", i)
		}
	}
	if !strings.Contains(pages[len(pages)-1].Embeds[0].Description, "¶30") {
		t.Error("the last item is missing")
	}
}

// Article text can never ping or format: mentions are broken and markdown
// is escaped.
func TestRenderEscapes(t *testing.T) {
	r := Response{Title: "x", Items: []Item{{Text: "@everyone look at *this* <@123> and @here"}}}
	d := RenderDiscord(r, RenderOptions{})[0].Embeds[0].Description
	for _, bad := range []string{"@everyone", "@here", "<@123>", "*this*"} {
		if strings.Contains(d, bad) {
			t.Errorf("description %q contains %q", d, bad)
		}
	}
}

// With several articles loaded a citation names its article by label, once
// for a run of its paragraphs; in Discord the label is escaped markdown.
func TestRenderLabels(t *testing.T) {
	o := RenderOptions{ShowArticle: true, Labels: map[string]string{"a": "Port *strike*", "b": "Talks"}}
	r := Response{Title: "x", Items: []Item{{Text: "t", Citations: []knowledge.Ref{{Article: "a", Paragraph: 1}, {Article: "a", Paragraph: 2}, {Article: "b", Paragraph: 3}, {Article: "c", Paragraph: 4}}}}}
	if got, want := RenderText(r, o), "(Port *strike* ¶1, ¶2, Talks ¶3, c ¶4)"; !strings.Contains(got, want) {
		t.Errorf("text %q lacks %q", got, want)
	}
	if got, want := RenderDiscord(r, o)[0].Embeds[0].Description, `Port \*strike\* ¶1 ¶2 Talks ¶3 c ¶4`; !strings.Contains(got, want) {
		t.Errorf("description %q lacks %q", got, want)
	}
	if got := RenderText(r, RenderOptions{Labels: o.Labels}); !strings.Contains(got, "(¶1, ¶2, ¶3, ¶4)") {
		t.Errorf("one article loaded: %q, want ¶ alone", got)
	}
}

// Every page's footer is its sources and page number, cut to Discord's
// limit, for footers just under, at and over the limit, cut in a sentence,
// at a space or inside a letter of two bytes: a footer over the limit,
// whose page number is cut off, is cut once for all pages.
func TestRenderFooterPages(t *testing.T) {
	var items []Item
	for i := 1; i <= 20; i++ {
		items = append(items, Item{Label: "May 2025", Text: "The talks went on.", Citations: []knowledge.Ref{{Article: "a", Paragraph: i}}})
	}
	for _, title := range []string{"Talks in Türkiye end", "Talks end. Again and again", "Talks end"} {
		for pad := LimitFooter - 40; pad <= LimitFooter+40; pad++ {
			outlet := strings.Repeat("x", pad-len(", 1 May 2025 — ")-len(title))
			r := Response{Title: "Timeline", Items: items, Sources: []Source{{Article: "a", Outlet: outlet, Published: "1 May 2025", Title: title}}}
			footer := footerText(r)
			pages := RenderDiscord(r, RenderOptions{})
			if len(pages) < 2 {
				t.Fatalf("%d pages, want several", len(pages))
			}
			for i, p := range pages {
				want := Truncate(strings.TrimPrefix(fmt.Sprintf("%s · page %d/%d", footer, i+1, len(pages)), " · "), LimitFooter)
				if got := p.Embeds[0].Footer; got != want {
					t.Fatalf("footer of %d bytes, page %d: %q, want %q", len(footer), i+1, got, want)
				}
			}
		}
	}
}
