package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/internal/golden"

	"github.com/coveragebot/coveragebot/knowledge"
)

func TestRoutes(t *testing.T) {
	interactions := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, `{"type":1}`) })
	ready := true
	h := New(newFake(), Options{PublicURL: "https://coverage.example.org", Ready: func() bool { return ready }, Interactions: interactions}, nil)
	tests := []struct {
		name     string
		method   string
		path     string
		notReady bool
		code     int
		location string
		contains string
		ctype    string
	}{
		{name: "article list", path: "/", code: 200, contains: `<a href="/articles/talks">Talks &amp; what to know</a>`, ctype: "text/html; charset=utf-8"},
		{name: "article list shows paragraph count", path: "/", code: 200, contains: "4 paragraphs"},
		{name: "article", path: "/articles/talks", code: 200, contains: `<p id="p4"><a class="pn" href="#p4">¶4</a>`},
		{name: "head of article", method: http.MethodHead, path: "/articles/talks", code: 200},
		{name: "unknown article", path: "/articles/nope", code: 404, contains: "Not found"},
		{name: "paragraph redirect", path: "/articles/talks/paragraphs/3", code: 302, location: "/articles/talks#p3"},
		{name: "article links its timeline.json", path: "/articles/talks", code: 200, contains: `<a href="/articles/talks/timeline.json" type="application/json">`},
		{name: "timeline.json", path: "/articles/talks/timeline.json", code: 200, contains: `"unique_id": "speech"`, ctype: "application/json; charset=utf-8"},
		{name: "timeline.json links paragraphs", path: "/articles/talks/timeline.json", code: 200, contains: `<a href=\"https://coverage.example.org/articles/talks#p4\">¶4</a>`},
		{name: "timeline.json of unknown article", path: "/articles/nope/timeline.json", code: 404},
		{name: "last paragraph", path: "/articles/talks/paragraphs/4", code: 302, location: "/articles/talks#p4"},
		{name: "paragraph zero", path: "/articles/talks/paragraphs/0", code: 404},
		{name: "paragraph past the end", path: "/articles/talks/paragraphs/5", code: 404},
		{name: "paragraph not a number", path: "/articles/talks/paragraphs/two", code: 404},
		{name: "paragraph of unknown article", path: "/articles/nope/paragraphs/1", code: 404},
		{name: "healthz ready", path: "/healthz", code: 200, contains: "ok\n"},
		{name: "healthz not ready", path: "/healthz", notReady: true, code: 503, contains: "not ready"},
		{name: "no metrics on the public side", path: "/metrics", code: 404},
		{name: "stylesheet", path: "/static/style.css", code: 200, contains: ":target", ctype: "text/css; charset=utf-8"},
		{name: "unknown static file", path: "/static/nope.js", code: 404},
		{name: "unknown path", path: "/wp-admin", code: 404, contains: "Not found"},
		{name: "post refused", method: http.MethodPost, path: "/articles/talks", code: 405},
		{name: "interactions", method: http.MethodPost, path: "/interactions", code: 200, contains: `{"type":1}`},
		{name: "interactions not a page", path: "/interactions", code: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ready = !tt.notReady
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(method, tt.path, nil))
			if rec.Code != tt.code {
				t.Errorf("status = %d, want %d", rec.Code, tt.code)
			}
			if got := rec.Header().Get("Location"); got != tt.location {
				t.Errorf("Location = %q, want %q", got, tt.location)
			}
			if !strings.Contains(rec.Body.String(), tt.contains) {
				t.Errorf("body lacks %q:\n%s", tt.contains, rec.Body.String())
			}
			if got := rec.Header().Get("Content-Type"); tt.ctype != "" && got != tt.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tt.ctype)
			}
			if got := rec.Header().Get("Content-Security-Policy"); got != contentSecurityPolicy {
				t.Errorf("Content-Security-Policy = %q, want %q", got, contentSecurityPolicy)
			}
			if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
		})
	}
}

// TestWithoutOptions checks the defaults: no Ready means ready, no
// Interactions means no /interactions; /metrics is never here.
func TestWithoutOptions(t *testing.T) {
	h := New(newFake(), Options{}, nil)
	tests := []struct {
		method, path string
		code         int
	}{
		{http.MethodGet, "/healthz", 200},
		{http.MethodGet, "/metrics", 404},
		{http.MethodPost, "/interactions", 405},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.code {
				t.Errorf("%s %s = %d, want %d", tt.method, tt.path, rec.Code, tt.code)
			}
		})
	}
}

// TestGolden renders the pages of the fake library and compares them with
// testdata/*.golden. Refresh with go test ./web -run TestGolden -update.
func TestGolden(t *testing.T) {
	h := New(newFake(), Options{PublicURL: "https://coverage.example.org/"}, nil)
	tests := []struct{ name, path string }{
		{"article", "/articles/talks"},
		{"index", "/"},
		{"notfound", "/articles/nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			golden.Check(t, tt.name+".html", rec.Body.String())
		})
	}
}

// TestEscaping checks that markup in the text and the fact base is shown as
// text, and a javascript: link is neutralised.
func TestEscaping(t *testing.T) {
	h := New(newFake(), Options{}, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/articles/escape", nil))
	body := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d", rec.Code)
	}
	for _, want := range []string{
		`A paragraph with &lt;script&gt;alert(&#34;p1&#34;)&lt;/script&gt; in it &amp; more.`,
		`<h1>&lt;b&gt;Bold&lt;/b&gt; title</h1>`,
		`Outlet &#34;quoted&#34;`,
		`&lt;i&gt;Evil&lt;/i&gt;`,
		`&#34;&gt;&lt;script&gt;alert(&#34;role&#34;)&lt;/script&gt;`,
		`&lt;/blockquote&gt;&lt;script&gt;alert(&#34;q&#34;)&lt;/script&gt;`,
		`href="#ZgotmplZ"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, bad := range []string{"<script", "javascript:", "<b>", "<i>"} {
		if strings.Contains(body, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
}

func TestParagraphURL(t *testing.T) {
	tests := []struct {
		name, public string
		ref          knowledge.Ref
		want         string
	}{
		{"plain", "https://coverage.example.org", knowledge.Ref{Article: "istanbul-talks", Paragraph: 7}, "https://coverage.example.org/articles/istanbul-talks#p7"},
		{"trailing slash", "https://coverage.example.org/", knowledge.Ref{Article: "a", Paragraph: 23}, "https://coverage.example.org/articles/a#p23"},
		{"path prefix", "https://example.org/coverage/", knowledge.Ref{Article: "a", Paragraph: 1}, "https://example.org/coverage/articles/a#p1"},
		{"id escaped", "http://127.0.0.1:8080", knowledge.Ref{Article: "a b/c", Paragraph: 2}, "http://127.0.0.1:8080/articles/a%20b%2Fc#p2"},
		{"relative", "", knowledge.Ref{Article: "a", Paragraph: 3}, "/articles/a#p3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParagraphURL(tt.public, tt.ref); got != tt.want {
				t.Errorf("ParagraphURL(%q, %+v) = %q, want %q", tt.public, tt.ref, got, tt.want)
			}
		})
	}
}
