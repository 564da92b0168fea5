package knowledge

// Ref points at one paragraph of one article: the unit every answer cites.
type Ref struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
}

// Article is one loaded article: its metadata from the fact base and its text
// split into paragraphs.
type Article struct {
	ID        string
	Title     string
	Outlet    string
	Published Date
	Language  string
	URL       string
	// Paragraphs holds the text of paragraph N at index N-1.
	Paragraphs []string
	// Path is the text file the article was read from, for messages.
	Path string
}

// Paragraph returns the text of paragraph n (counted from 1) and whether it exists.
func (a *Article) Paragraph(n int) (string, bool) {
	if n < 1 || n > len(a.Paragraphs) {
		return "", false
	}
	return a.Paragraphs[n-1], true
}

// Kind says what an entity is.
type Kind string

// The kinds of entity a fact base may hold.
const (
	KindPerson       Kind = "person"
	KindOrganisation Kind = "organisation"
	KindPlace        Kind = "place"
)

// Entity is a person, organisation or place that an article names.
type Entity struct {
	Article     string
	ID          string
	Name        string
	Kind        Kind
	Role        string
	Affiliation string // id of another entity of the same article, or ""
	Aliases     []string
	Paragraphs  []int
}

// Event is something the article dates.
type Event struct {
	Article    string
	ID         string
	Date       Date
	Until      *Date // end of a range, or nil
	Summary    string
	Topics     []string
	Paragraphs []int
}

// Quote is a direct quote with its real speaker.
type Quote struct {
	Article   string
	ID        string
	Speaker   string // entity id
	Text      string
	Paragraph int
	Date      *Date // when it was said, if the text says
	Topics    []string
}
