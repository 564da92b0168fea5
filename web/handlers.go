package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"github.com/coveragebot/coveragebot/knowledge"
)

// templates holds one parsed set per page, each with the shared layout.
type templates struct {
	index, article, notFound *template.Template
}

func parseTemplates() *templates {
	parse := func(name string) *template.Template {
		return template.Must(template.ParseFS(templateFS, "templates/layout.html", "templates/"+name))
	}
	return &templates{
		index:    parse("index.html"),
		article:  parse("article.html"),
		notFound: parse("notfound.html"),
	}
}

// layout is what every page's frame needs around its content.
type layout struct {
	Title     string
	Lang      string
	Canonical string
	Body      any
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, s.tmpl.index, layout{Title: "Articles", Lang: "en", Body: buildIndex(s.lib.Articles())})
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	a := s.find(r.PathValue("id"))
	if a == nil {
		s.notFound(w, r)
		return
	}
	p := buildArticle(a, s.lib.Entities(a.ID), s.lib.Events(a.ID), s.lib.Quotes(a.ID), s.opts.PublicURL)
	lang := p.Language
	if lang == "" {
		lang = "en"
	}
	s.render(w, r, http.StatusOK, s.tmpl.article, layout{Title: p.Title, Lang: lang, Canonical: p.Canonical, Body: p})
}

// paragraph redirects the stable link shape /articles/{id}/paragraphs/{n}
// to the article page scrolled to and highlighting ¶n.
func (s *server) paragraph(w http.ResponseWriter, r *http.Request) {
	a := s.find(r.PathValue("id"))
	n, err := strconv.Atoi(r.PathValue("n"))
	if a == nil || err != nil {
		s.notFound(w, r)
		return
	}
	if _, ok := a.Paragraph(n); !ok {
		s.notFound(w, r)
		return
	}
	http.Redirect(w, r, articlePath(a.ID)+anchor(n), http.StatusFound)
}

func (s *server) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if s.opts.Ready != nil && !s.opts.Ready() {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "not ready")
		return
	}
	fmt.Fprintln(w, "ok")
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, s.tmpl.notFound, layout{Title: "Not found", Lang: "en", Body: r.URL.Path})
}

func (s *server) find(id string) *knowledge.Article {
	for _, a := range s.lib.Articles() {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 instead of half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, code int, t *template.Template, l layout) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", l); err != nil {
		s.log.Error("render page", "path", r.URL.Path, "err", fmt.Errorf("execute template %s: %w", t.Name(), err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}
