package extract

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Render writes the draft as a fact base in the project's schema. Every
// drafted item has a "# draft:" comment with its evidence; the header says
// what was assumed and how to review. coveragebot check accepts it as it
// stands.
func (d *Draft) Render(w io.Writer) error {
	var b strings.Builder
	a := d.Article
	fmt.Fprintf(&b, "# DRAFT fact base, written by `coveragebot extract` from %s.\n", a.Text)
	fmt.Fprintf(&b, "# Publication date: %s, %s.\n", a.Published, d.Assumed)
	b.WriteString("# Relative dates below (\"on Tuesday\", \"last month\") are resolved against it.\n")
	b.WriteString(`#
# Nothing here has been read by a person yet. Each item has a "# draft:"
# comment with the words it was drafted from. To review:
#   - people and organisations: fix names, roles and affiliations; add the
#     paragraphs that mention someone only as "he" or by title; delete places
#     and names you do not need;
#   - quotes: check every speaker against the paragraph; attribute the
#     quotes listed as unattributed at the end of the section, or leave them;
#   - events: check each date and its precision, merge events that are the
#     same, rewrite the summary as one plain line, add topics;
#   - then delete the "# draft" comments and run: coveragebot check FILE
`)
	b.WriteString("\narticle:\n")
	fmt.Fprintf(&b, "  id: %s\n", q(a.ID))
	fmt.Fprintf(&b, "  title: %s\n", q(a.Title))
	if a.Outlet != "" {
		fmt.Fprintf(&b, "  outlet: %s\n", q(a.Outlet))
	}
	fmt.Fprintf(&b, "  published: %s\n", q(a.Published))
	fmt.Fprintf(&b, "  language: %s\n", a.Language)
	fmt.Fprintf(&b, "  text: %s\n", q(a.Text))

	b.WriteString("\nentities:")
	if len(d.Entities) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "  # draft: %s", e.Kind)
		if e.Evidence != "" {
			fmt.Fprintf(&b, ", first named in: %s", comment(shorten(e.Evidence, 160)))
		}
		b.WriteString("\n")
		fmt.Fprintf(&b, "  - id: %s\n    name: %s\n    kind: %s\n", e.ID, q(e.Name), e.Kind)
		if e.Role != "" {
			fmt.Fprintf(&b, "    role: %s\n", q(e.Role))
		}
		if e.Affiliation != "" {
			fmt.Fprintf(&b, "    affiliation: %s\n", e.Affiliation)
		}
		if len(e.Aliases) > 0 {
			as := make([]string, len(e.Aliases))
			for i, x := range e.Aliases {
				as[i] = q(x)
			}
			fmt.Fprintf(&b, "    aliases: [%s]\n", strings.Join(as, ", "))
		}
		fmt.Fprintf(&b, "    paragraphs: %s\n\n", ints(e.Paragraphs))
	}

	b.WriteString("events:")
	if len(d.Events) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, e := range d.Events {
		fmt.Fprintf(&b, "  # draft: %s from %s (¶%d)\n", q(e.Expression), e.Rule, e.Paragraphs[0])
		fmt.Fprintf(&b, "  - id: %s\n    date: %s\n", e.ID, q(e.Date))
		if e.Until != "" {
			fmt.Fprintf(&b, "    until: %s\n", q(e.Until))
		}
		if e.Approximate {
			b.WriteString("    approximate: true # no tense says whether before or after publication: the past day was taken\n")
		}
		fmt.Fprintf(&b, "    summary: %s\n    paragraphs: %s\n\n", q(e.Summary), ints(e.Paragraphs))
	}

	b.WriteString("quotes:")
	if len(d.Quotes) == 0 {
		b.WriteString(" []")
	}
	b.WriteString("\n")
	for _, x := range d.Quotes {
		fmt.Fprintf(&b, "  # draft: %s (¶%d): %s\n", x.Sieve, x.Paragraph, comment(x.Evidence))
		fmt.Fprintf(&b, "  - id: %s\n    speaker: %s\n    text: %s\n    paragraph: %d\n", x.ID, x.Speaker, q(x.Text), x.Paragraph)
		if x.Date != "" {
			fmt.Fprintf(&b, "    date: %s\n", q(x.Date))
		}
		b.WriteString("\n")
	}
	if len(d.Unassigned) > 0 {
		b.WriteString("  # Unattributed: no sieve was sure who said these. Add them above with\n  # their speaker, or leave them out.\n")
		for _, x := range d.Unassigned {
			fmt.Fprintf(&b, "  #   ¶%d %s (%s): %s\n", x.Paragraph, comment(q(x.Text)), x.Sieve, comment(x.Evidence))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// q quotes a string for YAML: Go's escapes are YAML's.
func q(s string) string { return strconv.Quote(s) }

func comment(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func ints(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(s, ", ") + "]"
}
