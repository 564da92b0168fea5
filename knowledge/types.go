package knowledge

import (
	"bufio"
	"crypto/sha256"
	"strings"
	"unicode"
)

// Ref points at one paragraph of one article: the unit every answer cites.
type Ref struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
}

// Article is one loaded article: its metadata from the fact base and its text
// split into paragraphs.
type Article struct {
	ID    string
	Title string
	// ShortTitle is the fact base's short_title, "" when it has none; Label
	// gives the name to cite the article by either way.
	ShortTitle string
	Outlet     string
	Published  Date
	Language   string
	URL        string
	// Paragraphs holds the text of paragraph N at index N-1.
	Paragraphs []string
	// Digest is TextDigest(Paragraphs), taken when the text was read: a
	// reply names the article's version by it without reading the whole
	// text again (a reopened coverage keeps the text on the disk, out of
	// memory, until a paragraph of it is asked for). Zero for an article
	// made otherwise, whose version is taken from its paragraphs; whoever
	// changes the paragraphs takes it again.
	Digest [sha256.Size]byte
	// Path is the text file the article was read from, for messages.
	Path string
}

// TextDigest is SHA-256 over the paragraphs, each followed by a newline:
// what names a text's version. The paragraphs go to the hash through a
// small buffer, not each copied into the heap.
func TextDigest(paragraphs []string) [sha256.Size]byte {
	h := sha256.New()
	w := bufio.NewWriterSize(h, 4096)
	for _, p := range paragraphs {
		w.WriteString(p) // (a hash's Write never fails)
		w.WriteByte('\n')
	}
	w.Flush()
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

// ShortTitleMax is the longest label, in characters, that Label makes from
// a title.
const ShortTitleMax = 40

// Label is the name citations give the article, "Istanbul talks ¶11": its
// short_title when the fact base has one; else its title up to the first
// colon ("Istanbul talks: what to know as ..." gives "Istanbul talks"), cut
// at a word boundary to at most ShortTitleMax characters with "…" when it
// is longer; else, with no title, its id.
func (a *Article) Label() string {
	if s := strings.TrimSpace(a.ShortTitle); s != "" {
		return s
	}
	t := strings.TrimSpace(a.Title)
	if head, _, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(head) != "" {
		t = strings.TrimSpace(head)
	}
	if t == "" {
		return a.ID
	}
	return cutWords(t, ShortTitleMax)
}

// cutWords shortens s to at most max characters, "…" included, at the end
// of a word; a first word longer than that is cut inside.
func cutWords(s string, max int) string {
	rs := []rune(s)
	if len(rs) <= max {
		return s
	}
	cut := max - 1
	for i := cut; i > 0; i-- {
		if unicode.IsSpace(rs[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(rs[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}) + "…"
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
