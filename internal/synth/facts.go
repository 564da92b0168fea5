package synth

import (
	"bytes"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"
)

// The fact base as YAML: the schema of data/facts.example.yaml, in its
// order, with only the keys that have something to say.

type factsDoc struct {
	Article  articleDoc  `yaml:"article"`
	Entities []entityDoc `yaml:"entities"`
	Events   []eventDoc  `yaml:"events,omitempty"`
	Quotes   []quoteDoc  `yaml:"quotes,omitempty"`
}

type articleDoc struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	Published string `yaml:"published"`
	Language  string `yaml:"language"`
	Text      string `yaml:"text"`
}

type entityDoc struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        string   `yaml:"kind"`
	Role        string   `yaml:"role,omitempty"`
	Affiliation string   `yaml:"affiliation,omitempty"`
	Aliases     []string `yaml:"aliases,omitempty,flow"`
	Paragraphs  []int    `yaml:"paragraphs,flow"`
}

type eventDoc struct {
	ID          string   `yaml:"id"`
	Date        string   `yaml:"date"`
	Until       string   `yaml:"until,omitempty"`
	Approximate bool     `yaml:"approximate,omitempty"`
	Summary     string   `yaml:"summary"`
	Topics      []string `yaml:"topics,omitempty,flow"`
	Paragraphs  []int    `yaml:"paragraphs,flow"`
}

type quoteDoc struct {
	ID        string   `yaml:"id"`
	Speaker   string   `yaml:"speaker"`
	Text      string   `yaml:"text"`
	Paragraph int      `yaml:"paragraph"`
	Date      string   `yaml:"date,omitempty"`
	Topics    []string `yaml:"topics,omitempty,flow"`
}

var outlets = []string{"Coastal Courier", "Morning Ledger", "Regional Post", "Evening Wire", "Valley Herald"}

// text is the article's text file: one paragraph a line, a blank line
// between.
func (a *article) text() []byte {
	return []byte(strings.Join(a.paras, "\n\n") + "\n")
}

// facts is the article's fact base.
func (a *article) facts() []byte {
	d := factsDoc{Article: articleDoc{
		ID: a.id, Title: a.title, Outlet: outlets[int(a.published.Unix()/86400)%len(outlets)],
		Published: a.published.Format(time.DateOnly), Language: "en", Text: a.id + ".txt",
	}}
	for _, e := range a.ents {
		d.Entities = append(d.Entities, entityDoc{ID: e.id, Name: e.name, Kind: e.kind, Role: e.role, Affiliation: e.affiliation, Aliases: e.aliases, Paragraphs: e.paras})
	}
	for _, e := range a.events {
		d.Events = append(d.Events, eventDoc{ID: e.id, Date: e.date, Until: e.until, Approximate: e.approximate, Summary: e.summary, Topics: e.topics, Paragraphs: []int{e.para}})
	}
	for _, q := range a.quotes {
		d.Quotes = append(d.Quotes, quoteDoc{ID: q.id, Speaker: q.speaker, Text: q.text, Paragraph: q.para, Date: q.date, Topics: q.topics})
	}
	var b bytes.Buffer
	b.WriteString("# Synthetic fact base written by internal/synth for the benchmark.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(d); err != nil {
		panic("synth: encode fact base: " + err.Error()) // plain data: cannot fail
	}
	enc.Close()
	return b.Bytes()
}

// scan lists, for every entity, the paragraphs where its name or an alias
// stands as whole words: what the loader checks a fact base against.
func (a *article) scan() {
	words := make([][]string, len(a.paras))
	for i, p := range a.paras {
		words[i] = splitWords(p)
	}
	for _, e := range a.ents {
		e.paras = nil
		for i, ws := range words {
			for _, n := range append([]string{e.name}, e.aliases...) {
				if hasRun(ws, splitWords(n)) {
					e.paras = append(e.paras, i+1)
					break
				}
			}
		}
	}
}

func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func hasRun(text, name []string) bool {
	for i := 0; i+len(name) <= len(text); i++ {
		ok := true
		for j, w := range name {
			if !strings.EqualFold(text[i+j], w) {
				ok = false
				break
			}
		}
		if ok && len(name) > 0 {
			return true
		}
	}
	return false
}
