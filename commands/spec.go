package commands

import "fmt"

// OptionType is the type of a command option, as Discord knows it.
type OptionType int

// The option types the commands use; values match Discord's option types.
const (
	OptionString  OptionType = 3
	OptionInteger OptionType = 4
	OptionBoolean OptionType = 5
)

// OptionSpec describes one option of a command.
type OptionSpec struct {
	Name         string
	Description  string
	Type         OptionType
	Required     bool
	Autocomplete bool
	// MinValue and MaxValue bound integer options when non-nil.
	MinValue, MaxValue *float64
	// MinLength and MaxLength bound string options when non-zero.
	MinLength, MaxLength int
	// Example is a value to show in help and error texts, "" for none. It
	// is not sent to Discord: the router fills it from the loaded coverage,
	// so that the examples name what a reader can find there.
	Example string
}

// Spec describes a command: the same spec drives the command-line parser,
// validation of every request, and registration with Discord.
type Spec struct {
	Name        string
	Description string
	Options     []OptionSpec
	// PublicByDefault marks commands whose replies are meant for the channel
	// (a timeline is posted to share it); others follow the configured default.
	PublicByDefault bool
}

// Option returns the spec of the named option.
func (s Spec) Option(name string) (OptionSpec, bool) {
	for _, o := range s.Options {
		if o.Name == name {
			return o, true
		}
	}
	return OptionSpec{}, false
}

// PrivateOption is the option every command takes to make its reply visible
// only to the person who asked.
const PrivateOption = "private"

// ArticleOption is the option that narrows a command to one article.
const ArticleOption = "article"

// PageOption is the option that asks /timeline for a later run of its
// events, TimelineShown at a time.
const PageOption = "page"

func ptr(f float64) *float64 { return &f }

// maxQuestion bounds free-text options: long enough for any real question,
// short enough that a pasted essay is refused before it reaches the index.
const maxQuestion = 300

// Specs returns the commands in the order they are listed to users. The
// maximum paragraph number is not fixed (it depends on the articles loaded),
// so it is checked by the handler, not the spec.
func Specs() []Spec {
	private := OptionSpec{Name: PrivateOption, Description: "Show the reply only to you", Type: OptionBoolean}
	// Every command can be narrowed to one article; /paragraph needs one
	// when several are loaded, the others default to all of them.
	article := OptionSpec{Name: ArticleOption, Description: "Only this article (default: all)", Type: OptionString, Autocomplete: true, MaxLength: 100}
	return []Spec{
		{
			Name:        "ask",
			Description: "Ask a question about the coverage; get cited excerpts",
			Options: []OptionSpec{
				{Name: "question", Description: "Your question, in plain words", Type: OptionString, Required: true, MinLength: 2, MaxLength: maxQuestion},
				article,
				private,
			},
		},
		{
			Name:        "who",
			Description: "Who is a person or organisation in the coverage",
			Options: []OptionSpec{
				{Name: "name", Description: "A name, a spelling variant or a role", Type: OptionString, Required: true, Autocomplete: true, MinLength: 1, MaxLength: 100},
				article,
				private,
			},
		},
		{
			Name:        "quote",
			Description: "What someone said, quoted word for word with its paragraph",
			Options: []OptionSpec{
				{Name: "speaker", Description: "Who said it", Type: OptionString, Required: true, Autocomplete: true, MinLength: 1, MaxLength: 100},
				{Name: "topic", Description: "Only quotes about this", Type: OptionString, MaxLength: 100},
				article,
				private,
			},
		},
		{
			Name:            "timeline",
			Description:     "Dated events in order, with their paragraphs",
			PublicByDefault: true,
			Options: []OptionSpec{
				{Name: "topic", Description: "Only events about this", Type: OptionString, Autocomplete: true, MaxLength: 100},
				{Name: "from", Description: "From this date: YYYY, YYYY-MM or YYYY-MM-DD", Type: OptionString, MaxLength: 10},
				{Name: "to", Description: "Up to this date: YYYY, YYYY-MM or YYYY-MM-DD", Type: OptionString, MaxLength: 10},
				article,
				private,
				// Last, so that page buttons sent before it existed, which
				// carry options by their index, still read the same.
				{Name: PageOption, Description: fmt.Sprintf("Which events: 1 for the first %d, 2 for the next %d, and so on", TimelineShown, TimelineShown), Type: OptionInteger, MinValue: ptr(1), MaxValue: ptr(maxTimelinePage)},
			},
		},
		{
			Name:        "paragraph",
			Description: "Show one paragraph of an article",
			Options: []OptionSpec{
				{Name: "number", Description: "Paragraph number, from 1", Type: OptionInteger, Required: true, MinValue: ptr(1), MaxValue: ptr(9999)},
				{Name: ArticleOption, Description: "Which article (needed when more than one is loaded)", Type: OptionString, Autocomplete: true, MaxLength: 100},
				private,
			},
		},
	}
}
