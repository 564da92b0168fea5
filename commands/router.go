package commands

import (
	"context"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Library is what the commands need of the loaded coverage. A look-up that
// takes articles is narrowed to those ids; none means the whole coverage.
type Library interface {
	// Articles returns the loaded articles in load order.
	Articles() []*knowledge.Article
	// Newest returns them most recently published first.
	Newest() []*knowledge.Article
	AskIn(ctx context.Context, question string, limit int, articles ...string) (knowledge.Answer, error)
	FindEntities(name string, limit int, articles ...string) []knowledge.EntityMatch
	// FindDescribed is FindEntities, or when none matches, the entities
	// the engine reads the name as describing ("the ukrainian president").
	FindDescribed(name string, limit int, articles ...string) []knowledge.EntityMatch
	Suggest(name string, limit int, articles ...string) []string
	Entity(article, id string) (knowledge.Entity, bool)
	// NamesakeRefs are the same person, organisation or place in the other
	// articles' fact bases; NamesakeQuotes the first of the quotes of an
	// entity and its namesakes, and how many there are.
	NamesakeRefs(e knowledge.Entity, articles ...string) iter.Seq[knowledge.NamesakeRef]
	NamesakeQuotes(e knowledge.Entity, topic string, max int, articles ...string) knowledge.NamesakeQuotes
	// Timeline returns a run of a timeline's events and the size of the
	// whole (knowledge.Library.Timeline).
	Timeline(q knowledge.TimelineQuery) knowledge.TimelinePage
	Complete(field knowledge.Field, partial string, limit int, articles ...string) []knowledge.Completion
}

var _ Library = (*knowledge.Library)(nil)

// Options tune the router for a deployment.
type Options struct {
	// PrivateByDefault makes replies ephemeral unless the user says otherwise;
	// commands marked PublicByDefault (timeline) ignore it.
	PrivateByDefault bool
	// Link gives the URL of a paragraph's citation page, or "" for none.
	Link func(knowledge.Ref) string
	// TimelineLink gives the URL of an article's timeline on its citation
	// page, or "" for none; a /timeline reply's title links to it.
	TimelineLink func(article string) string
}

// Router validates requests and dispatches them to the command handlers.
type Router struct {
	lib  Library
	opts Options
	// parse are the specs requests are parsed and checked by; specs are
	// the same with examples, made on first use (see Specs).
	parse        []Spec
	examplesOnce sync.Once
	specs        []Spec
	// versions gives each loaded article's ArticleVersion, coverage the
	// CoverageVersion of them all, once versioned is closed.
	versioned chan struct{}
	versions  map[string]string
	coverage  string
	// byID and labels are the loaded articles by id (the first of an id)
	// and their labels, and render how replies cite them: made once, as
	// a library does not change under its router and a coverage may hold
	// thousands of articles, too many to label again for every reply.
	byID   map[string]*knowledge.Article
	labels map[string]string
	// named finds an article by its id, title or label, any of them
	// folded (foldKey): the first article, in the library's order, that
	// has it. A narrowed command or its autocomplete looked at each
	// article's three in turn, thousands in a large coverage.
	named  map[string]*knowledge.Article
	render RenderOptions
}

// NewRouter returns a router over lib. Its specs' examples come from lib.
func NewRouter(lib Library, opts Options) *Router {
	r := &Router{lib: lib, opts: opts, parse: Specs(), versioned: make(chan struct{})}
	// Hashing every article's text takes a large coverage tens of
	// milliseconds, which a restart need not wait for: only a reply
	// stamped with the versions does.
	go func() {
		r.versions = articleVersions(lib)
		r.coverage = CoverageVersion(r.versions)
		close(r.versioned)
	}()
	r.byID, r.labels = map[string]*knowledge.Article{}, map[string]string{}
	r.render = RenderOptions{Link: opts.Link}
	if lib != nil {
		arts := lib.Articles()
		for _, a := range arts {
			if _, dup := r.byID[a.ID]; !dup {
				r.byID[a.ID], r.labels[a.ID] = a, a.Label()
			}
		}
		r.named = make(map[string]*knowledge.Article, 3*len(arts))
		for _, a := range arts {
			for _, k := range []string{a.ID, a.Title, r.label(a)} {
				if k = foldKey(k); r.named[k] == nil {
					r.named[k] = a
				}
			}
		}
		r.render.ShowArticle = len(arts) > 1
		if r.render.ShowArticle {
			r.render.Labels = r.labels
		}
	}
	return r
}

// Specs returns the command specs, for registration and help, with
// examples from the library. The examples come from autocomplete's
// tables, which a library makes in the background once it answers, so
// they are filled in at the first call, which may wait for them; parsing
// and answering never do (a restarted server answers /healthz at once).
func (r *Router) Specs() []Spec {
	r.examplesOnce.Do(func() {
		r.specs = Specs()
		if r.lib != nil {
			fillExamples(r.specs, r.lib)
		}
	})
	return r.specs
}

// Parse reads a command line as typed in Discord.
func (r *Router) Parse(line string) (Request, error) {
	req, err := Parse(r.parse, line)
	if err != nil {
		if _, shown := Parse(r.Specs(), line); shown != nil {
			err = shown // the same problem, its message with the examples
		}
		return Request{}, err
	}
	return req, nil
}

// Handle answers a request. A returned error is either an *Error, whose
// message the user may read, or an internal error for the log.
func (r *Router) Handle(ctx context.Context, req Request) (Response, error) {
	req = CleanRequest(req)
	spec, err := Validate(r.parse, req)
	if err != nil {
		if _, shown := Validate(r.Specs(), req); shown != nil {
			err = shown // the same problem, its message with the examples
		}
		return Response{}, err
	}
	if err := ctx.Err(); err != nil {
		return Response{}, fmt.Errorf("/%s: %w", req.Command, err)
	}
	var resp Response
	switch spec.Name {
	case "ask":
		resp, err = r.ask(ctx, req)
	case "who":
		resp, err = r.who(req)
	case "quote":
		resp, err = r.quote(req)
	case "timeline":
		resp, err = r.timeline(req)
	case "paragraph":
		resp, err = r.paragraph(req)
	default:
		return Response{}, fmt.Errorf("no handler for /%s", spec.Name)
	}
	if err != nil {
		return Response{}, err
	}
	resp.Command = spec.Name
	resp.Ephemeral = r.opts.PrivateByDefault && !spec.PublicByDefault
	if v, ok := req.Options[PrivateOption]; ok {
		resp.Ephemeral, _ = strconv.ParseBool(strings.TrimSpace(v))
	}
	if resp.Citations == nil {
		resp.collectCitations()
	}
	if resp.Sources == nil { // else listed by the handler: /timeline's picture names them
		resp.Sources = r.sources(resp.Citations)
	}
	return resp, nil
}

// RenderOptions returns how this router's replies cite paragraphs: by ¶
// alone with one article loaded, else each with its article's label. The
// labels are the router's own: read them, do not change them.
func (r *Router) RenderOptions() RenderOptions { return r.render }

// Render renders a response as Discord pages.
func (r *Router) Render(resp Response) []Message { return RenderDiscord(resp, r.RenderOptions()) }

// RenderText renders a response for a terminal.
func (r *Router) RenderText(resp Response) string { return RenderText(resp, r.RenderOptions()) }

// sources lists the cited articles in the order the reply first cites them.
func (r *Router) sources(cites []knowledge.Ref) []Source {
	var out []Source
	listed := map[string]bool{}
	for _, c := range cites {
		a := r.byID[c.Article]
		if a == nil || listed[c.Article] {
			continue
		}
		listed[c.Article] = true
		s := Source{Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL}
		if !a.Published.IsZero() {
			s.Published = a.Published.Human()
		}
		out = append(out, s)
	}
	return out
}

// article resolves the article option of /paragraph, which needs one article:
// the only one loaded, else the one named.
func (r *Router) article(name string) (*knowledge.Article, error) {
	if strings.TrimSpace(name) == "" {
		if arts := r.lib.Articles(); len(arts) == 1 {
			return arts[0], nil
		}
		return nil, Errorf("more than one article is loaded: name one with article: (%s)", r.articleHint())
	}
	return r.findArticle(name)
}

// scope resolves the article option of the commands that default to the
// whole coverage: the ids to narrow to, none for all.
func (r *Router) scope(req Request) ([]string, error) {
	name, ok := req.Options[ArticleOption]
	if !ok || strings.TrimSpace(name) == "" {
		return nil, nil
	}
	a, err := r.findArticle(name)
	if err != nil {
		return nil, err
	}
	return []string{a.ID}, nil
}

// findArticle finds a loaded article by id, title or label, whichever the
// user sent: autocomplete sends the id, some clients the label shown.
func (r *Router) findArticle(name string) (*knowledge.Article, error) {
	for _, s := range []string{strings.TrimSpace(name), knowledge.CompletionValue(name)} {
		if a := r.named[foldKey(s)]; a != nil {
			return a, nil
		}
	}
	return nil, Errorf("no article %q is loaded: try %s", strings.TrimSpace(name), r.articleHint())
}

// foldKey is s with each rune made the least of those it equals under
// Unicode's simple case folding: two strings have one key exactly when
// strings.EqualFold holds of them.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

// hintArticles is how many article ids an error lists: a coverage may hold
// hundreds, and autocomplete finds the rest.
const hintArticles = 5

// articleHint lists the ids of the newest articles, the ones most likely meant.
func (r *Router) articleHint() string {
	arts := r.lib.Newest()
	var ids []string
	for i, a := range arts {
		if i == hintArticles {
			ids = append(ids, fmt.Sprintf("and %d more", len(arts)-i))
			break
		}
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, ", ")
}

// scopeName names what a reply was narrowed to, to start a sentence: "The
// coverage", or the article's label in quotes.
func (r *Router) scopeName(arts []string) string {
	if s := r.scopeIn(arts); s != "the coverage" {
		return s
	}
	return "The coverage"
}

// scopeIn names what a reply was narrowed to, inside a sentence.
func (r *Router) scopeIn(arts []string) string {
	if len(arts) != 1 {
		return "the coverage"
	}
	if a := r.byID[arts[0]]; a != nil {
		return "“" + r.label(a) + "”"
	}
	return "the coverage"
}

// label is an article's label, made once for a loaded one.
func (r *Router) label(a *knowledge.Article) string {
	if r.byID[a.ID] == a {
		return r.labels[a.ID]
	}
	return a.Label()
}

// CleanRequest returns req with every option value passed through
// CleanText, in a map of its own (the caller's is not changed).
func CleanRequest(req Request) Request {
	opts := make(map[string]string, len(req.Options))
	for k, v := range req.Options {
		opts[k] = CleanText(v)
	}
	req.Options = opts
	return req
}
