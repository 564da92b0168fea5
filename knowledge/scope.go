package knowledge

import (
	"context"
	"fmt"
	"strings"
)

// A look-up narrowed to articles takes their ids; none means every loaded
// article. An id that is not loaded matches nothing: callers resolve what a
// user typed (commands does) before they narrow.

// inArticles reports whether id is one of articles; no articles means all.
func inArticles(articles []string, id string) bool {
	if len(articles) == 0 {
		return true
	}
	for _, a := range articles {
		if a == id {
			return true
		}
	}
	return false
}

// strayShare is how close to the best passage a passage of another article
// must score to stay in an answer that spans articles. The article of the
// best passage answers the question as a whole; a passage elsewhere that
// scores well below it matched some of the words and not the story ("the
// spokeswoman" of a strike story when the question was about the talks).
// Near ties stay: a question the coverage answers in several articles
// (the same spokesman, quoted week after week) cites each.
const strayShare = 0.9

// AskIn finds the passages that answer a question within some articles,
// best first; with no articles, within the whole coverage. When more than
// one article could answer, the one whose best passage scores highest leads
// and passages of the others stay only in a near tie (strayShare).
//
// The engine cannot narrow yet, so AskIn narrows after it: it asks for every
// passage the engine would cite over the whole coverage and keeps those of
// the articles asked for. This misses what the engine never returns: a
// paragraph beyond its candidates (200 index hits) or below its floor
// relative to a better passage in an article that was not asked for; then
// the narrowed answer cites less, or abstains, where the article alone
// would answer. Narrowing in the engine (knowledge.Engine) will end that;
// AskIn's contract stays.
func (l *Library) AskIn(ctx context.Context, question string, limit int, articles ...string) (Answer, error) {
	if len(l.articles) == 1 && inArticles(articles, l.articles[0].ID) {
		return l.engine.Ask(ctx, question, limit)
	}
	ans, err := l.engine.Ask(ctx, question, max(l.paragraphs, limit))
	if err != nil || ans.Abstained {
		return ans, err
	}
	var kept []Passage
	for _, p := range ans.Passages {
		if inArticles(articles, p.Ref.Article) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return Answer{Abstained: true, Reason: l.elsewhere(ans.Passages)}, nil
	}
	kept = preferArticle(kept)
	if len(kept) > limit {
		kept = kept[:limit]
	}
	return Answer{Passages: kept}, nil
}

// preferArticle keeps, of passages best first, those of the best passage's
// article and those of others that score within strayShare of it.
func preferArticle(ps []Passage) []Passage {
	if len(ps) == 0 {
		return ps
	}
	lead, top := ps[0].Ref.Article, ps[0].Score
	out := ps[:0:0]
	for _, p := range ps {
		if p.Ref.Article == lead || p.Score >= strayShare*top {
			out = append(out, p)
		}
	}
	return out
}

// elsewhere names the articles, not asked about, that gave the passages.
func (l *Library) elsewhere(ps []Passage) string {
	var labels []string
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Ref.Article] {
			continue
		}
		seen[p.Ref.Article] = true
		if a := l.article(p.Ref.Article); a != nil {
			labels = append(labels, "“"+a.Label()+"”")
		}
	}
	if len(labels) == 0 {
		return ""
	}
	if len(labels) > 3 {
		labels = append(labels[:3], "others")
	}
	return fmt.Sprintf("%s may answer it: ask without article.", strings.Join(labels, ", "))
}

func (l *Library) article(id string) *Article {
	if s := l.source(id); s != nil {
		return s.Article
	}
	return nil
}

// Newest returns the loaded articles, the most recently published first;
// those of the same day (or with no date) in load order.
func (l *Library) Newest() []*Article {
	return append([]*Article(nil), l.newest...)
}
