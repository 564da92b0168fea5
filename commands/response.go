package commands

import "github.com/coveragebot/coveragebot/knowledge"

// Response is what a command answers, before it is rendered for a terminal or
// for Discord. Its JSON form is the command line's --json output.
type Response struct {
	Command string `json:"command"`
	Title   string `json:"title"`
	// URL is where the reply's title links, if anywhere.
	URL string `json:"url,omitempty"`
	// Intro is a line above the items: a card's facts, or why nothing matched.
	Intro string `json:"intro,omitempty"`
	Items []Item `json:"items,omitempty"`
	// Citations lists every cited paragraph in the order the reply shows them.
	Citations []knowledge.Ref `json:"citations"`
	// Abstained is true when the coverage does not answer the request.
	Abstained bool `json:"abstained"`
	// Entries is the timeline, in order (only /timeline fills it).
	Entries []Entry `json:"entries,omitempty"`
	// Suggestions are names close to one that matched nothing.
	Suggestions []string `json:"suggestions,omitempty"`
	// Sources are the articles the reply cites, for the footer.
	Sources []Source `json:"sources,omitempty"`
	// Ephemeral replies are shown only to the person who asked.
	Ephemeral bool `json:"ephemeral"`
	// Image is a picture sent with the reply (only /timeline draws one).
	Image *Image `json:"image,omitempty"`
	// Versions gives the ArticleVersion of each article /ask cites (or, for
	// an abstention narrowed to one article, of that one), and Coverage the
	// CoverageVersion of all loaded: what feedback keeps with the answer.
	// Not shown, and not in the --json output.
	Versions map[string]string `json:"-"`
	Coverage string            `json:"-"`
}

// Image is a PNG sent with a reply as a file and shown as its embed's image.
type Image struct {
	// Name is the file's name, by which the embed refers to it
	// (attachment://timeline.png).
	Name   string `json:"name"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	PNG    []byte `json:"-"`
}

// Item is one block of a reply: an excerpt, a quote, a timeline entry, a fact.
type Item struct {
	// Label leads the item: a date, a speaker, a field name.
	Label string `json:"label,omitempty"`
	Text  string `json:"text"`
	// Quoted items are the source's exact words.
	Quoted    bool            `json:"quoted,omitempty"`
	Citations []knowledge.Ref `json:"citations,omitempty"`
}

// Entry is one event of a timeline.
type Entry struct {
	Date      string `json:"date"`
	Until     string `json:"until,omitempty"`
	Precision string `json:"precision"`
	// Approximate is true when the text gives the date loosely.
	Approximate bool            `json:"approximate,omitempty"`
	Summary     string          `json:"summary"`
	Topics      []string        `json:"topics,omitempty"`
	Citations   []knowledge.Ref `json:"citations"`
}

// Source names a cited article for the footer.
type Source struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
}

// collectCitations fills r.Citations from the items, in order, without repeats.
func (r *Response) collectCitations() {
	seen := map[knowledge.Ref]bool{}
	r.Citations = []knowledge.Ref{}
	for _, it := range r.Items {
		for _, c := range it.Citations {
			if !seen[c] {
				seen[c] = true
				r.Citations = append(r.Citations, c)
			}
		}
	}
}
