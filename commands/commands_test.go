package commands

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/coveragebot/coveragebot/internal/golden"

	"github.com/coveragebot/coveragebot/knowledge"
)

var (
	libOnce sync.Once
	lib     *knowledge.Library
	libErr  error
)

// testLibrary loads the shipped article once for all tests.
func testLibrary(tb testing.TB) *knowledge.Library {
	tb.Helper()
	libOnce.Do(func() {
		lib, libErr = engine.Load(tb.Context(), knowledge.Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	})
	if libErr != nil {
		tb.Fatal(libErr)
	}
	return lib
}

func testRouter(tb testing.TB) *Router {
	tb.Helper()
	return NewRouter(testLibrary(tb), Options{
		Link: func(r knowledge.Ref) string {
			return "https://coverage.example/articles/" + r.Article + "#p" + itoa(r.Paragraph)
		},
		TimelineLink: func(article string) string { return "https://coverage.example/articles/" + article + "#timeline" },
	})
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Every command's rendered replies, as text and as Discord messages.
func TestCommandsGolden(t *testing.T) {
	r := testRouter(t)
	tests := []struct{ name, line string }{
		{"ask-sunday-speech", "/ask question:What did Putin propose in his Sunday speech?"},
		{"ask-abstain", "/ask question:Who won the 2018 World Cup?"},
		{"ask-query-syntax", "/ask question:+putin -zelenskyy proposal:talks *~"},
		{"ask-pronoun", "/ask question:what did he say about meeting in person"},
		{"who-peskov", "/who name:Peskov"},
		{"who-role", "/who name:Kremlin spokesman"},
		{"who-garbled", "/who name:War Institute of Washington"},
		{"who-misspelt", "/who name:Zelenksy"},
		{"who-unknown", "/who name:Biden"},
		{"who-described", "/who name:the ukrainian president"},
		{"ask-overview", "/ask question:tldr"},
		{"quote-putin-kiev", "/quote speaker:Putin topic:Kiev authorities"},
		{"quote-zelenskyy", "/quote speaker:Volodymyr Zelenskyy"},
		{"quote-unquoted", "/quote speaker:Peskov"},
		{"quote-described", "/quote speaker:the ukrainian president topic:Putin"},
		{"timeline-all", "/timeline"},
		{"timeline-window", "/timeline from:2025-01-01 to:2025-04-30"},
		{"timeline-topic", "/timeline topic:sanctions"},
		{"paragraph-5", "/paragraph number:5"},
		{"paragraph-private", "/paragraph number:23 private:true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := r.Parse(tt.line)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := r.Handle(t.Context(), req)
			if err != nil {
				t.Fatal(err)
			}
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

// checkLimits asserts a message is within Discord's limits.
func checkLimits(t *testing.T, page int, m Message) {
	t.Helper()
	if n := len([]rune(m.Content)); n > LimitContent {
		t.Errorf("page %d: content %d > %d", page, n, LimitContent)
	}
	if len(m.Embeds) > LimitEmbeds {
		t.Errorf("page %d: %d embeds", page, len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if n := len([]rune(e.Title)); n > LimitTitle {
			t.Errorf("page %d: title %d > %d", page, n, LimitTitle)
		}
		if n := len([]rune(e.Description)); n > LimitDescription {
			t.Errorf("page %d: description %d > %d", page, n, LimitDescription)
		}
		if len(e.Fields) > LimitFields {
			t.Errorf("page %d: %d fields", page, len(e.Fields))
		}
		total += len([]rune(e.Title)) + len([]rune(e.Description)) + len([]rune(e.Footer))
		for _, f := range e.Fields {
			total += len([]rune(f.Name)) + len([]rune(f.Value))
		}
	}
	if total > LimitEmbedTotal {
		t.Errorf("page %d: embeds total %d > %d", page, total, LimitEmbedTotal)
	}
}

func TestHandleErrors(t *testing.T) {
	r := testRouter(t)
	tests := []struct {
		req  Request
		want string
	}{
		{Request{Command: "paragraph", Options: map[string]string{"number": "30"}}, "“Istanbul talks” has paragraphs 1 to 29; there is no ¶30"},
		{Request{Command: "paragraph", Options: map[string]string{"number": "3", "article": "nope"}}, `no article "nope" is loaded`},
		{Request{Command: "timeline", Options: map[string]string{"from": "2025-13"}}, `from: "2025-13" is not a date: month 13 is not 1-12`},
		{Request{Command: "timeline", Options: map[string]string{"to": "May 2025"}}, `to: "May 2025" is not a date`},
		{Request{Command: "timeline", Options: map[string]string{"from": "2025-05", "to": "2025-04"}}, "to (2025-04) is before from (2025-05)"},
		{Request{Command: "who", Options: map[string]string{"nom": "x"}}, `/who has no option "nom"`},
		{Request{Command: "ping"}, "unknown command /ping"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := r.Handle(t.Context(), tt.req)
			if err == nil {
				t.Fatal("no error")
			}
			if got := UserMessage(err); got != tt.want && !strings.Contains(got, tt.want) {
				t.Errorf("UserMessage = %q, want %q", got, tt.want)
			}
		})
	}
}

// /quote never returns another speaker's words.
func TestQuoteOnlySpeaker(t *testing.T) {
	r := testRouter(t)
	l := testLibrary(t)
	for _, e := range l.Entities("istanbul-talks") {
		resp, err := r.Handle(t.Context(), Request{Command: "quote", Options: map[string]string{"speaker": e.Name}})
		if err != nil {
			t.Fatalf("%s: %v", e.Name, err)
		}
		for _, it := range resp.Items {
			found := false
			for _, q := range l.QuotesBy(e, "") {
				if q.Text == it.Text {
					found = true
				}
			}
			if !found {
				t.Errorf("/quote speaker:%s shows %q, which is not theirs", e.Name, it.Text)
			}
		}
	}
}

func TestAutocomplete(t *testing.T) {
	r := testRouter(t)
	tests := []struct {
		req       AutocompleteRequest
		wantFirst string
	}{
		{AutocompleteRequest{Command: "who", Option: "name", Partial: "pes"}, "Dmitry Peskov"},
		{AutocompleteRequest{Command: "who", Option: "name", Partial: "kief"}, "Kyiv"},
		{AutocompleteRequest{Command: "who", Option: "name", Partial: "zelenksy"}, "Volodymyr Zelenskyy"},
		{AutocompleteRequest{Command: "quote", Option: "speaker", Partial: "put"}, "Vladimir Putin"},
		{AutocompleteRequest{Command: "timeline", Option: "topic", Partial: "sanc"}, "sanctions"},
	}
	for _, tt := range tests {
		t.Run(tt.req.Partial, func(t *testing.T) {
			got := r.Autocomplete(t.Context(), tt.req)
			if len(got) == 0 || got[0].Value != tt.wantFirst {
				t.Fatalf("first choice = %v, want value %q", got, tt.wantFirst)
			}
		})
	}
	// Some clients send the label a user picked instead of its value.
	for _, c := range append(r.Autocomplete(t.Context(), AutocompleteRequest{Command: "who", Option: "name", Partial: "kief"}),
		r.Autocomplete(t.Context(), AutocompleteRequest{Command: "quote", Option: "speaker", Partial: "putin"})...) {
		for _, sent := range []string{c.Name, c.Value} {
			resp, err := r.Handle(t.Context(), Request{Command: "who", Options: map[string]string{"name": sent}})
			if err != nil || resp.Abstained || resp.Title != c.Value {
				t.Errorf("/who name:%q = %q (abstained %v, %v), want %q", sent, resp.Title, resp.Abstained, err, c.Value)
			}
		}
	}
	all := r.Autocomplete(t.Context(), AutocompleteRequest{Command: "who", Option: "name"})
	if len(all) != MaxChoices {
		t.Errorf("empty partial gave %d choices, want %d", len(all), MaxChoices)
	}
	seen := map[string]bool{}
	for _, c := range all {
		if seen[c.Name] || len(c.Name) == 0 || len([]rune(c.Name)) > 100 {
			t.Errorf("bad or duplicate choice name %q", c.Name)
		}
		seen[c.Name] = true
	}
}
