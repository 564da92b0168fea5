package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Query is one line of the benchmark's query set, typed as in Discord.
type Query struct {
	// Command is ask, who, quote, timeline or autocomplete.
	Command string `json:"command"`
	// Kind says what the query tries: a direct or paraphrased question, a
	// name, an alias, a misspelling, something the coverage does not have…
	Kind string `json:"kind"`
	// Line is the command line: "/who name:Amsel". For autocomplete it is
	// the command being typed, and Focus names the option being completed.
	Line  string `json:"line"`
	Focus string `json:"focus,omitempty"`
}

// QueryCommands are the commands of a query set, in the order Queries
// returns them.
var QueryCommands = []string{"ask", "who", "quote", "timeline", "autocomplete"}

// Queries returns n queries of each command, built from the coverage's own
// names, quotes, topics and dates, mixed as users would send them. The same
// corpus and salt give the same queries; another salt gives others (for a
// warm-up that does not pre-answer what is timed).
func (c *Corpus) Queries(n int, salt uint64) []Query {
	r := rand.New(rand.NewPCG(c.seed, 1<<40+salt))
	q := &querier{r: r, c: c}
	var out []Query
	for _, cmd := range QueryCommands {
		for i := range n {
			out = append(out, q.make(cmd, i))
		}
	}
	return out
}

type querier struct {
	r *rand.Rand
	c *Corpus
}

// outside are words no article uses (they are not in words.txt), for
// questions the coverage cannot answer.
var outside = []string{
	"astronaut", "dinosaur", "penguin", "saxophone", "jellyfish", "robot", "chessboard", "avalanche",
	"origami", "kangaroo", "trombone", "igloo", "cactus", "tambourine", "platypus", "xylophone",
	"flamingo", "snorkel", "trampoline", "skateboard", "unicorn", "starfish", "lollipop", "asteroid",
	"spaceship", "pterodactyl", "octopus", "marshmallow",
}

// unknownNames are surnames no one in the cast has.
var unknownNames = []string{"Featherstone", "Quackenbush", "Oyelowo", "Wrigglesworth", "Thistlewood", "Montgomerie", "Pumphrey", "Scrimshaw"}

func (q *querier) article() *article { return pick(q.r, q.c.articles) }

func (q *querier) make(cmd string, i int) Query {
	switch cmd {
	case "ask":
		return q.ask(i)
	case "who":
		return q.who(i)
	case "quote":
		return q.quote(i)
	case "timeline":
		return q.timeline(i)
	}
	return q.autocomplete(i)
}

// ask: questions the articles answer, in their words or in others, bare
// keywords, and questions about what no article covers.
func (q *querier) ask(i int) Query {
	if i%5 == 4 {
		w := q.outsideWords(3)
		return Query{Command: "ask", Kind: "unanswerable", Line: "/ask question:" + pick(q.r, []string{
			fmt.Sprintf("What did the %s say about the %s?", w[0], w[1]),
			fmt.Sprintf("How many %s were found near the %s?", plural(w[0]), w[1]),
			fmt.Sprintf("Who built the %s %s?", w[0], w[2]),
		})}
	}
	want := []string{"direct", "paraphrase", "direct", "keyword"}[i%5]
	for {
		a := q.article()
		qs := a.questions[q.r.IntN(len(a.questions)):]
		for _, x := range qs {
			if x.kind == want {
				return Query{Command: "ask", Kind: want, Line: "/ask question:" + x.text}
			}
		}
	}
}

// outsideWords returns distinct words of outside, those the lexicon does
// not have.
func (q *querier) outsideWords(n int) []string {
	lx := theLexicon()
	var out []string
	for len(out) < n {
		w := pick(q.r, outside)
		if !contains(out, w) && !contains(lx.nouns, w) && !contains(lx.verbs, w) && !contains(lx.adjs, w) {
			out = append(out, w)
		}
	}
	return out
}

// who: a full name, a surname, a misspelt surname, a role, an
// organisation's acronym, and someone nobody is.
func (q *querier) who(i int) Query {
	a := q.article()
	p := a.ents[q.r.IntN(countKind(a, "person"))]
	line := func(kind, name string) Query { return Query{Command: "who", Kind: kind, Line: "/who name:" + name} }
	switch i % 6 {
	case 0:
		return line("name", p.name)
	case 1:
		return line("alias", p.short)
	case 2:
		return line("misspelt", misspell(q.r, p.short))
	case 3:
		return line("role", p.role)
	case 4:
		for _, e := range a.ents {
			if e.kind == "organisation" && len(e.aliases) > 0 {
				return line("acronym", e.aliases[0])
			}
		}
		return line("organisation", a.ents[len(a.ents)-1].name)
	}
	return line("unknown", pick(q.r, firstNames)+" "+pick(q.r, unknownNames))
}

func countKind(a *article, kind string) int {
	n := 0
	for _, e := range a.ents {
		if e.kind == kind {
			n++
		}
	}
	return n
}

// misspell swaps two letters inside a name, or doubles one: "Amsel" is
// "Asmel", "Falkner" "Falknner".
func misspell(r *rand.Rand, s string) string {
	b := []byte(s)
	if len(b) < 5 {
		return s + string(b[len(b)-1])
	}
	i := 1 + r.IntN(len(b)-3)
	if r.IntN(2) == 0 {
		b[i], b[i+1] = b[i+1], b[i]
		return string(b)
	}
	return string(b[:i+1]) + string(b[i:])
}

// quote: a speaker by full name, by surname with a topic they spoke of,
// with a topic they did not, and someone who said nothing.
func (q *querier) quote(i int) Query {
	for {
		a := q.article()
		if len(a.quotes) == 0 {
			continue
		}
		qu := pick(q.r, a.quotes)
		line := func(kind, s string) Query { return Query{Command: "quote", Kind: kind, Line: "/quote " + s} }
		switch i % 4 {
		case 0:
			return line("speaker", "speaker:"+qu.speakerName)
		case 1:
			return line("speaker-topic", "speaker:"+qu.surname+" topic:"+pick(q.r, qu.topics))
		case 2:
			return line("other-topic", "speaker:"+qu.surname+" topic:"+q.outsideWords(1)[0])
		}
		return line("no-quotes", "speaker:"+a.ents[countKind(a, "person")].name)
	}
}

// timeline: a topic, a window of months, a topic from a year, from a day,
// up to a month.
func (q *querier) timeline(i int) Query {
	for {
		a := q.article()
		if len(a.events) == 0 {
			continue
		}
		ev := pick(q.r, a.events)
		y := a.published.Year()
		line := func(kind, s string) Query { return Query{Command: "timeline", Kind: kind, Line: "/timeline " + s} }
		switch i % 5 {
		case 0:
			return line("topic", "topic:"+pick(q.r, ev.topics))
		case 1:
			from := a.published.AddDate(0, -2, 0)
			return line("window", fmt.Sprintf("from:%s to:%s", from.Format("2006-01"), a.published.Format("2006-01")))
		case 2:
			return line("topic-from", fmt.Sprintf("topic:%s from:%d", pick(q.r, ev.topics), y-1))
		case 3:
			return line("from-day", "from:"+a.published.AddDate(0, 0, -10).Format("2006-01-02"))
		}
		return line("to-month", fmt.Sprintf("to:%d-%02d", y-8, 1+q.r.IntN(12)))
	}
}

// autocomplete: the first letters of a name, a speaker or a topic, a
// misspelt beginning, and an article id.
func (q *querier) autocomplete(i int) Query {
	a := q.article()
	p := a.ents[q.r.IntN(countKind(a, "person"))]
	prefix := func(s string) string { return s[:min(len(s), 2+q.r.IntN(3))] }
	line := func(kind, cmd, opt, partial string) Query {
		focus := opt[strings.LastIndex(opt, " ")+1:]
		return Query{Command: "autocomplete", Kind: kind, Line: "/" + cmd + " " + opt + ":" + partial, Focus: focus}
	}
	switch i % 5 {
	case 0:
		return line("name", "who", "name", prefix(p.short))
	case 1:
		if len(a.quotes) > 0 {
			return line("speaker", "quote", "speaker", prefix(pick(q.r, a.quotes).surname))
		}
		return line("speaker", "quote", "speaker", prefix(p.name))
	case 2:
		if len(a.events) > 0 {
			return line("topic", "timeline", "topic", prefix(pick(q.r, a.events).topics[0]))
		}
		return line("topic", "timeline", "topic", prefix(pick(q.r, a.topicWords())))
	case 3:
		return line("misspelt", "who", "name", strings.ToLower(misspell(q.r, p.short)))
	}
	// /paragraph needs its number before the article can be completed.
	return line("article", "paragraph", "number:1 article", a.id[:len(a.id)-2])
}

// topicWords are the nouns of the article's quotes, or its id when it has
// none.
func (a *article) topicWords() []string {
	var out []string
	for _, qu := range a.quotes {
		out = append(out, qu.topics...)
	}
	if len(out) == 0 {
		out = append(out, a.id)
	}
	return out
}
