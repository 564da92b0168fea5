package web

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// ParagraphURL returns the link that opens ref's article with its paragraph
// highlighted: {publicURL}/articles/{id}#p{n}. The bot puts it behind its ¶N
// citations.
func ParagraphURL(publicURL string, ref knowledge.Ref) string {
	return articleURL(publicURL, ref.Article) + anchor(ref.Paragraph)
}

// articleURL is the absolute address of an article's page.
func articleURL(publicURL, id string) string {
	return strings.TrimRight(publicURL, "/") + articlePath(id)
}

// articlePath is the path of an article's page, its id escaped.
func articlePath(id string) string { return "/articles/" + url.PathEscape(id) }

// anchor is the fragment that targets paragraph n.
func anchor(n int) string { return fmt.Sprintf("#p%d", n) }
