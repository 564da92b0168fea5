package commands

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/coveragebot/coveragebot/knowledge"
)

// versionDigits is how many hex digits of SHA-256 name a version: 48 bits,
// plenty to tell an article's edits apart, short enough to read.
const versionDigits = 12

// ArticleVersion names the text of an article as it was when it answered:
// the first 12 hex digits of SHA-256 over its paragraphs, each followed by
// a newline. Any change to a paragraph, or to their number or order (which
// moves every ¶ citation after it), gives another version; a change to the
// fact base alone does not. Feedback keeps it beside each cited paragraph,
// so that a vote still says which text it judged after the article changes.
// The digest is the one the article was read with, when it has one: the
// text is not read again.
func ArticleVersion(a *knowledge.Article) string {
	sum := a.Digest
	if sum == ([sha256.Size]byte{}) {
		sum = knowledge.TextDigest(a.Paragraphs)
	}
	return hex.EncodeToString(sum[:versionDigits/2])
}

// CoverageVersion names all the articles loaded, by their ids and
// versions: what an abstention ("the coverage doesn't say") was judged
// against.
func CoverageVersion(versions map[string]string) string {
	ids := make([]string, 0, len(versions))
	for id := range versions {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	h := sha256.New()
	for _, id := range ids {
		fmt.Fprintf(h, "%s %s\n", id, versions[id])
	}
	return hex.EncodeToString(h.Sum(nil))[:versionDigits]
}

// articleVersions computes the version of every loaded article, once per
// router: hashing a large coverage on every answer would cost more than
// answering.
func articleVersions(lib Library) map[string]string {
	out := map[string]string{}
	if lib == nil {
		return out
	}
	for _, a := range lib.Articles() {
		out[a.ID] = ArticleVersion(a)
	}
	return out
}

// stampVersions gives resp the versions of the articles it cites, plus
// those of arts (an abstention narrowed to an article), and the coverage's.
func (r *Router) stampVersions(resp *Response, arts []string) {
	<-r.versioned
	resp.Versions = map[string]string{}
	for _, c := range resp.Citations {
		resp.Versions[c.Article] = r.versions[c.Article]
	}
	for _, id := range arts {
		resp.Versions[id] = r.versions[id]
	}
	resp.Coverage = r.coverage
}
