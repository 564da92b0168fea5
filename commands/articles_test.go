package commands

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

var (
	threeOnce sync.Once
	three     *knowledge.Library
	threeErr  error
)

// threeRouter serves three articles of three fields: the shipped talks
// explainer, the harbour vote and the court ruling (loaded in that order;
// newest first they are court, talks, harbour).
func threeRouter(tb testing.TB) *Router {
	tb.Helper()
	threeOnce.Do(func() {
		three, threeErr = engine.Load(tb.Context(), knowledge.Config{Facts: []string{
			"../data/istanbul-talks.yaml",
			"../knowledge/testdata/harbour/harbour-vote.yaml",
			"../knowledge/testdata/court/court-ruling.yaml",
		}}, nil)
	})
	if threeErr != nil {
		tb.Fatal(threeErr)
	}
	return NewRouter(three, Options{Link: func(r knowledge.Ref) string {
		return "https://coverage.example/articles/" + r.Article + "#p" + itoa(r.Paragraph)
	}})
}

func handleLine(t *testing.T, r *Router, line string) Response {
	t.Helper()
	req, err := r.Parse(line)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := r.Handle(t.Context(), req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// Replies with three articles loaded, as text and as Discord messages:
// every citation names its article by label, the footer lists the sources
// in the order first cited.
func TestThreeArticlesGolden(t *testing.T) {
	r := threeRouter(t)
	tests := []struct{ name, line string }{
		{"three-ask-across", "/ask question:Who objected?"},
		{"three-ask-narrowed", "/ask question:Who objected? article:harbour-vote"},
		{"three-ask-elsewhere", "/ask question:How many berths will the developer keep for fishing boats? article:istanbul-talks"},
		{"three-who", "/who name:Irena Valk article:court-ruling"},
		{"three-who-elsewhere", "/who name:Peskov article:harbour-vote"},
		{"three-quote", "/quote speaker:Ferreira article:Kestrelmouth council approves harbour…"},
		{"three-timeline-all", "/timeline from:2025-03-01 to:2025-04-30"},
		{"three-timeline-article", "/timeline article:court-ruling from:2025"},
		{"three-paragraph", "/paragraph number:6 article:Istanbul talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := handleLine(t, r, tt.line)
			pages := r.Render(resp)
			for i, m := range pages {
				checkLimits(t, i, m)
			}
			js, _ := json.MarshalIndent(struct {
				Response Response
				Discord  []Message
			}{resp, pages}, "", "  ")
			golden.Check(t, "golden/"+tt.name, r.RenderText(resp)+"\n=== json ===\n"+string(js)+"\n")
		})
	}
}

// The article option narrows every command to that article: each citation
// is of it, and what only another article holds is not found.
func TestArticleOption(t *testing.T) {
	r := threeRouter(t)
	tests := []struct {
		line, article string
		abstained     bool
	}{
		{"/ask question:What did the prime minister say? article:istanbul-talks", "istanbul-talks", false},
		{"/ask question:What did the minister say? article:court-ruling", "court-ruling", false},
		{"/ask question:What did the mayor say? article:court-ruling", "court-ruling", true},
		{"/who name:prime minister article:istanbul-talks", "istanbul-talks", false},
		{"/who name:Ferreira article:court-ruling", "court-ruling", true},
		{"/quote speaker:Valk article:court-ruling", "court-ruling", false},
		{"/quote speaker:Brønsted article:istanbul-talks", "istanbul-talks", true},
		{"/timeline article:harbour-vote", "harbour-vote", false},
		{"/timeline topic:ceasefire article:harbour-vote", "harbour-vote", true},
		{"/paragraph number:3 article:court-ruling", "court-ruling", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			resp := handleLine(t, r, tt.line)
			if resp.Abstained != tt.abstained {
				t.Errorf("abstained = %v, want %v:\n%s", resp.Abstained, tt.abstained, r.RenderText(resp))
			}
			if !tt.abstained && len(resp.Citations) == 0 {
				t.Errorf("no citation:\n%s", r.RenderText(resp))
			}
			for _, c := range resp.Citations {
				if c.Article != tt.article {
					t.Errorf("cites %v, outside %s", c, tt.article)
				}
			}
		})
	}
	for _, cmd := range []string{"/ask question:Who voted?", "/who name:x", "/quote speaker:x", "/timeline", "/paragraph number:1"} {
		_, err := r.Handle(t.Context(), mustParse(t, r, cmd+" article:nope"))
		if got := UserMessage(err); !strings.Contains(got, `no article "nope" is loaded: try court-ruling, istanbul-talks, harbour-vote`) {
			t.Errorf("%s article:nope = %q, want the newest ids", cmd, got)
		}
	}
}

func mustParse(t *testing.T, r *Router, line string) Request {
	t.Helper()
	req, err := r.Parse(line)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// Asked over the whole coverage, a question about one story cites that
// story only: the article that answers the whole question leads and a
// stray match elsewhere (a word of the question in another story) is left
// out. A question several stories answer as well cites each.
func TestCrossArticleRanking(t *testing.T) {
	r := threeRouter(t)
	tests := []struct {
		question string
		articles []string // the articles cited, in order of first citation
	}{
		{"What did Peskov do?", []string{"istanbul-talks"}},
		{"What sanctions could Russia face?", []string{"istanbul-talks"}},  // not the court's "face-scanning"
		{"What did Zelenskyy say on Tuesday?", []string{"istanbul-talks"}}, // not the police chief's Tuesday
		{"What did the spokeswoman say?", []string{"istanbul-talks"}},      // the Kremlin spokesman, no minister
		{"How many berths will the developer keep for fishing boats?", []string{"harbour-vote"}},
		{"Do police need a warrant for face-scanning cameras?", []string{"court-ruling"}},
		{"Who objected?", []string{"court-ruling", "harbour-vote", "istanbul-talks"}}, // near ties in three stories
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			resp := handleLine(t, r, "/ask question:"+tt.question)
			var got []string
			for _, c := range resp.Citations {
				if len(got) == 0 || !contains(got, c.Article) {
					got = append(got, c.Article)
				}
			}
			if diff := cmp.Diff(tt.articles, got); diff != "" {
				t.Errorf("articles cited: mismatch (-want, +got):\n%s\n%s", diff, r.RenderText(resp))
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// The footer lists the sources in the order the reply first cites them,
// whatever the load order; --json keeps the ids.
func TestSourcesInCitationOrder(t *testing.T) {
	r := threeRouter(t)
	resp := handleLine(t, r, "/ask question:Who objected?")
	var cited, sources []string
	for _, c := range resp.Citations {
		if !contains(cited, c.Article) {
			cited = append(cited, c.Article)
		}
	}
	for _, s := range resp.Sources {
		sources = append(sources, s.Article)
	}
	if len(cited) < 2 {
		t.Fatalf("cites %v: want a reply across articles", cited)
	}
	if diff := cmp.Diff(cited, sources); diff != "" {
		t.Errorf("sources: mismatch (-first cited, +footer):\n%s", diff)
	}
	footer := r.Render(resp)[0].Embeds[0].Footer
	for i := 1; i < len(resp.Sources); i++ {
		if strings.Index(footer, resp.Sources[i-1].Title) > strings.Index(footer, resp.Sources[i].Title) {
			t.Errorf("footer %q does not follow the citations", footer)
		}
	}
}

// Articles autocomplete by title, newest first, everywhere the option is;
// with an article chosen, names complete from that article only.
func TestAutocompleteArticles(t *testing.T) {
	r := threeRouter(t)
	for _, cmd := range []string{"ask", "who", "quote", "timeline", "paragraph"} {
		got := r.Autocomplete(t.Context(), AutocompleteRequest{Command: cmd, Option: ArticleOption})
		var values []string
		for _, c := range got {
			values = append(values, c.Value)
		}
		if diff := cmp.Diff([]string{"court-ruling", "istanbul-talks", "harbour-vote"}, values); diff != "" {
			t.Errorf("/%s article: mismatch (-want, +got):\n%s", cmd, diff)
		}
	}
	got := r.Autocomplete(t.Context(), AutocompleteRequest{Command: "who", Option: ArticleOption, Partial: "kestrel"})
	if len(got) == 0 || got[0] != (Choice{Name: "Kestrelmouth council approves harbour… — 12 March 2025", Value: "harbour-vote"}) {
		t.Errorf("article kestrel = %v", got)
	}
	// Whatever a client sends back, the name shown or the id, finds the article.
	for _, sent := range []string{got[0].Name, got[0].Value} {
		resp := handleLine(t, r, "/timeline article:"+sent)
		if len(resp.Citations) == 0 || resp.Citations[0].Article != "harbour-vote" {
			t.Errorf("/timeline article:%s cites %v", sent, resp.Citations)
		}
	}
	names := r.Autocomplete(t.Context(), AutocompleteRequest{Command: "who", Option: "name", Options: map[string]string{ArticleOption: "harbour-vote"}})
	if len(names) == 0 {
		t.Fatal("no names in harbour-vote")
	}
	for _, c := range names {
		if ms := three.FindEntities(c.Value, 1, "harbour-vote"); len(ms) == 0 {
			t.Errorf("who name with article:harbour-vote offers %q", c.Value)
		}
	}
}

// Help and error texts take their examples from the coverage loaded, not
// from the shipped article.
func TestExamplesFromCoverage(t *testing.T) {
	harbour, err := engine.Load(t.Context(), knowledge.Config{Facts: []string{"../knowledge/testdata/harbour/harbour-vote.yaml"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer harbour.Close()
	tests := []struct {
		r          *Router
		line, want string
	}{
		{NewRouter(harbour, Options{}), "who name:x", "a command starts with /, e.g. /who name:Tomás Ferreira"},
		{NewRouter(harbour, Options{}), "/quote", "/quote needs the option speaker: e.g. /quote speaker:Tomás Ferreira"},
		{NewRouter(harbour, Options{}), "/ask what?", "/ask: write options as name:value, e.g. /ask question:What did Tomás Ferreira say?"},
		{threeRouter(t), "/who", "/who needs the option name: e.g. /who name:Lena Harju"},
		{testRouter(t), "/paragraph", "/paragraph needs the option number: e.g. /paragraph number:1"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			_, err := tt.r.Parse(tt.line)
			if got := UserMessage(err); got != tt.want {
				t.Errorf("Parse(%q) = %q, want %q", tt.line, got, tt.want)
			}
			if strings.Contains(UserMessage(err), "Peskov") && tt.r != testRouter(t) {
				t.Errorf("Parse(%q) = %q names the shipped article", tt.line, UserMessage(err))
			}
		})
	}
}

// TestFindArticle holds the router's table of articles by id, title and
// label to what looking at each article in turn finds, whatever the case
// the reader typed them in, and as an autocomplete choice.
func TestFindArticle(t *testing.T) {
	r := threeRouter(t)
	reference := func(name string) *knowledge.Article {
		for _, s := range []string{strings.TrimSpace(name), knowledge.CompletionValue(name)} {
			for _, a := range r.lib.Articles() {
				if strings.EqualFold(a.ID, s) || strings.EqualFold(a.Title, s) || strings.EqualFold(r.label(a), s) {
					return a
				}
			}
		}
		return nil
	}
	var names []string
	for _, a := range r.lib.Articles() {
		for _, s := range []string{a.ID, a.Title, r.label(a)} {
			names = append(names, s, strings.ToUpper(s), strings.ToLower(s), "  "+s+" ")
		}
	}
	names = append(names, "nope", "", "ISTANBUL-TALKS", "court ruling")
	for _, name := range names {
		got, err := r.findArticle(name)
		want := reference(name)
		if got != want || (err == nil) != (want != nil) {
			t.Errorf("findArticle(%q) = %v, %v; looking at each finds %v", name, got, err, want)
		}
	}
	if a, err := r.findArticle("ISTANBUL-TALKS"); err != nil || a.ID != "istanbul-talks" {
		t.Errorf("findArticle(ISTANBUL-TALKS) = %v, %v", a, err)
	}
}

// TestFoldKey holds that two strings have one key exactly when
// strings.EqualFold holds of them.
func TestFoldKey(t *testing.T) {
	words := []string{"", "a", "A", "k", "K", "\u212a", "ſ", "s", "S", "ß", "ẞ", "Straße", "STRASSE", "Türkiye", "TÜRKIYE", "İstanbul", "istanbul", "ΣΊΣΥΦΟΣ", "σίσυφος", "\xff", "\xfe", "harbour-vote"}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}
