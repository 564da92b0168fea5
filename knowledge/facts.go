package knowledge

import (
	"gopkg.in/yaml.v3"
)

// The fact base's YAML schema. Every entry remembers the line it was written
// on, so that validation can point at it. data/facts.example.yaml documents
// each field.

type factsFile struct {
	Article  articleYAML   `yaml:"article"`
	Entities []entityYAML  `yaml:"entities"`
	Events   []eventYAML   `yaml:"events"`
	Quotes   []quoteYAML   `yaml:"quotes"`
	Synonyms []synonymYAML `yaml:"synonyms"`
}

type articleYAML struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// ShortTitle is what citations call the article; see Article.Label.
	ShortTitle string `yaml:"short_title"`
	Outlet     string `yaml:"outlet"`
	Published  string `yaml:"published"`
	Language   string `yaml:"language"`
	Text       string `yaml:"text"`
	URL        string `yaml:"url"`
	line       int
	keys       keyLines
}

type entityYAML struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        string   `yaml:"kind"`
	Role        string   `yaml:"role"`
	Affiliation string   `yaml:"affiliation"`
	Aliases     []string `yaml:"aliases"`
	Paragraphs  []int    `yaml:"paragraphs"`
	line        int
	keys        keyLines
	// aliasLines and paraLines hold the line of each alias and paragraph.
	aliasLines []int
	paraLines  []int
}

type eventYAML struct {
	ID    string `yaml:"id"`
	Date  string `yaml:"date"`
	Until string `yaml:"until"`
	// Approximate marks date (and until) as loosely given by the text.
	Approximate bool     `yaml:"approximate"`
	Summary     string   `yaml:"summary"`
	Topics      []string `yaml:"topics"`
	Paragraphs  []int    `yaml:"paragraphs"`
	line        int
	keys        keyLines
	paraLines   []int
}

type quoteYAML struct {
	ID        string `yaml:"id"`
	Speaker   string `yaml:"speaker"`
	Text      string `yaml:"text"`
	Paragraph int    `yaml:"paragraph"`
	Date      string `yaml:"date"`
	// Approximate marks date as loosely given by the text.
	Approximate bool     `yaml:"approximate"`
	Topics      []string `yaml:"topics"`
	line        int
	keys        keyLines
}

type synonymYAML struct {
	Terms []string
	line  int
}

func (a *articleYAML) UnmarshalYAML(n *yaml.Node) error {
	type plain articleYAML
	a.line = n.Line
	a.keys = linesOf(n)
	return n.Decode((*plain)(a))
}

func (e *entityYAML) UnmarshalYAML(n *yaml.Node) error {
	type plain entityYAML
	e.line = n.Line
	e.keys = linesOf(n)
	e.aliasLines = itemLines(n, "aliases")
	e.paraLines = itemLines(n, "paragraphs")
	return n.Decode((*plain)(e))
}

func (e *eventYAML) UnmarshalYAML(n *yaml.Node) error {
	type plain eventYAML
	e.line = n.Line
	e.keys = linesOf(n)
	e.paraLines = itemLines(n, "paragraphs")
	return n.Decode((*plain)(e))
}

func (q *quoteYAML) UnmarshalYAML(n *yaml.Node) error {
	type plain quoteYAML
	q.line = n.Line
	q.keys = linesOf(n)
	return n.Decode((*plain)(q))
}

func (s *synonymYAML) UnmarshalYAML(n *yaml.Node) error {
	s.line = n.Line
	return n.Decode(&s.Terms)
}

// keyLines maps each key of a YAML mapping to the line it is on.
type keyLines map[string]int

func linesOf(n *yaml.Node) keyLines {
	m := keyLines{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		m[n.Content[i].Value] = n.Content[i].Line
	}
	return m
}

// itemLines returns the line of each item of the list under key in the
// mapping n, or nil when there is no such list.
func itemLines(n *yaml.Node, key string) []int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key && n.Content[i+1].Kind == yaml.SequenceNode {
			var out []int
			for _, c := range n.Content[i+1].Content {
				out = append(out, c.Line)
			}
			return out
		}
	}
	return nil
}

// lineOf returns lines[i], or def when there is no such line.
func lineOf(lines []int, i, def int) int {
	if i < len(lines) {
		return lines[i]
	}
	return def
}

// at returns the line of key, or def when the key is absent.
func (k keyLines) at(key string, def int) int {
	if l, ok := k[key]; ok {
		return l
	}
	return def
}
