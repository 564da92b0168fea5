package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/timelinejs"
)

// shippedArticle is the id of the article the repository ships in data/.
const shippedArticle = "istanbul-talks"

// loadShipped loads the shipped article and its fact base with the real
// loader, so that the pages are tested against what the bot will serve.
func loadShipped(tb testing.TB) *knowledge.Library {
	tb.Helper()
	lib, err := engine.Load(tb.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	if err != nil {
		tb.Fatalf("load shipped article: %v", err)
	}
	tb.Cleanup(func() { lib.Close() })
	return lib
}

// TestShippedArticle serves the real article through the real library and
// checks what a reader following a citation relies on.
func TestShippedArticle(t *testing.T) {
	lib := loadShipped(t)
	articles := lib.Articles()
	if len(articles) != 1 || articles[0].ID != shippedArticle {
		t.Fatalf("shipped articles = %v, want just %s", articles, shippedArticle)
	}
	a := articles[0]
	n := len(a.Paragraphs)
	h := New(lib, Options{}, nil)

	get := func(t *testing.T, path string) *httptest.ResponseRecorder {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}

	t.Run("page", func(t *testing.T) {
		rec := get(t, "/articles/"+shippedArticle)
		if rec.Code != http.StatusOK {
			t.Fatalf("status = %d, want 200", rec.Code)
		}
		body := rec.Body.String()
		wants := []string{
			"<h1>Istanbul talks: what to know as Russia and Ukraine weigh direct negotiations</h1>",
			`Associated Press · <time datetime="2025-05-14">14 May 2025</time>`,
			"<h2>People</h2>", "<h2>Organisations</h2>", "<h2>Timeline</h2>", "<h2>Quotes</h2>",
			"Vladimir Putin", "Volodymyr Zelenskyy",
		}
		for i := 1; i <= n; i++ {
			wants = append(wants, fmt.Sprintf(`<p id="p%d"><a class="pn" href="#p%d">¶%d</a> `, i, i, i))
		}
		for _, want := range wants {
			if !strings.Contains(body, want) {
				t.Errorf("page lacks %s", want)
			}
		}
		if strings.Contains(body, fmt.Sprintf(`id="p%d"`, n+1)) {
			t.Errorf("page has a paragraph past ¶%d", n)
		}
	})

	t.Run("every fact links into the text", func(t *testing.T) {
		p := buildArticle(a, lib.Entities(a.ID), lib.Events(a.ID), lib.Quotes(a.ID), "")
		if len(p.People) == 0 || len(p.Orgs) == 0 || len(p.Timeline) == 0 || len(p.Quotes) == 0 {
			t.Fatalf("sidebar has %d people, %d organisations, %d events, %d quotes; want some of each",
				len(p.People), len(p.Orgs), len(p.Timeline), len(p.Quotes))
		}
		for _, q := range p.Quotes {
			if q.Paragraph == 0 || q.Speaker == "" {
				t.Errorf("quote %q has speaker %q, paragraph %d", q.Text, q.Speaker, q.Paragraph)
			}
		}
		for _, e := range p.Timeline {
			if len(e.Paragraphs) == 0 {
				t.Errorf("event %q (%s) links no paragraph", e.Summary, e.When)
			}
		}
	})

	t.Run("paragraph links", func(t *testing.T) {
		tests := []struct {
			path, location string
			code           int
		}{
			{"/articles/istanbul-talks/paragraphs/1", "/articles/istanbul-talks#p1", http.StatusFound},
			{"/articles/istanbul-talks/paragraphs/23", "/articles/istanbul-talks#p23", http.StatusFound},
			{fmt.Sprintf("/articles/istanbul-talks/paragraphs/%d", n), fmt.Sprintf("/articles/istanbul-talks#p%d", n), http.StatusFound},
			{fmt.Sprintf("/articles/istanbul-talks/paragraphs/%d", n+1), "", http.StatusNotFound},
		}
		for _, tt := range tests {
			rec := get(t, tt.path)
			if rec.Code != tt.code || rec.Header().Get("Location") != tt.location {
				t.Errorf("GET %s = %d %q, want %d %q", tt.path, rec.Code, rec.Header().Get("Location"), tt.code, tt.location)
			}
		}
	})

	t.Run("timeline.json", func(t *testing.T) {
		rec := get(t, "/articles/istanbul-talks/timeline.json")
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Fatalf("status %d, Access-Control-Allow-Origin %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
		for _, p := range timelinejs.Validate(rec.Body.Bytes()) {
			t.Error(p)
		}
		var doc struct {
			Events []struct {
				UniqueID string                `json:"unique_id"`
				Text     struct{ Text string } `json:"text"`
			} `json:"events"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		evs := lib.Events(a.ID)
		if len(doc.Events) != len(evs) {
			t.Fatalf("%d events in timeline.json, %d in the fact base", len(doc.Events), len(evs))
		}
		for i, ev := range evs {
			for _, p := range ev.Paragraphs {
				want := fmt.Sprintf(`<a href="/articles/istanbul-talks#p%d">¶%d</a>`, p, p)
				if doc.Events[i].UniqueID != ev.ID || !strings.Contains(doc.Events[i].Text.Text, want) {
					t.Errorf("event %d is %q, want %q with %s", i, doc.Events[i].UniqueID, ev.ID, want)
				}
			}
		}
	})

	t.Run("list", func(t *testing.T) {
		want := `<a href="/articles/istanbul-talks">Istanbul talks`
		body := get(t, "/").Body.String()
		if !strings.Contains(body, want) || !strings.Contains(body, fmt.Sprintf("%d paragraphs", n)) {
			t.Errorf("list lacks the article or its %d paragraphs:\n%s", n, body)
		}
	})
}
