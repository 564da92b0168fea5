package web

import (
	"embed"
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Library is what the pages read from the coverage; *knowledge.Library
// satisfies it.
type Library interface {
	// Articles returns the loaded articles in load order.
	Articles() []*knowledge.Article
	// Entities returns an article's people, organisations and places.
	Entities(article string) []knowledge.Entity
	// Events returns an article's dated events in chronological order.
	Events(article string) []knowledge.Event
	// Quotes returns an article's direct quotes in paragraph order.
	Quotes(article string) []knowledge.Quote
}

// Options configures the handler.
type Options struct {
	// PublicURL is where the site is reachable from outside, such as
	// https://coverage.example.org; it is used for canonical links. Empty
	// leaves them out.
	PublicURL string
	// Ready reports whether the coverage is loaded; /healthz answers 503
	// while it is false. Nil means always ready.
	Ready func() bool
	// Interactions, when set, is mounted at POST /interactions: Discord's
	// HTTP interactions endpoint, which verifies its own signatures.
	Interactions http.Handler
}

var _ Library = (*knowledge.Library)(nil)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// New returns the HTTP handler for the citation pages, /healthz, /static/
// and, when given, POST /interactions. It serves no /metrics: that belongs
// on a listener the public cannot reach. Every response carries the security headers.
func New(lib Library, opts Options, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &server{lib: lib, opts: opts, log: log, tmpl: parseTemplates()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.HandleFunc("GET /articles/{id}/paragraphs/{n}", s.paragraph)
	mux.HandleFunc("GET /articles/{id}/timeline.json", s.timelineJSON)
	mux.HandleFunc("GET /healthz", s.healthz)
	if opts.Interactions != nil {
		mux.Handle("POST /interactions", opts.Interactions)
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /", s.notFound)
	return secure(mux)
}

type server struct {
	lib  Library
	opts Options
	log  *slog.Logger
	tmpl *templates
}

// contentSecurityPolicy allows the page nothing but its own stylesheet and
// images: no scripts, frames, forms or inline styles.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// secure sets the headers every response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}
