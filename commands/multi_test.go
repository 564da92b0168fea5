package commands

import (
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/engine"

	"github.com/coveragebot/coveragebot/knowledge"
)

// A second article with its own fact base loads beside the first with no
// code change, and every citation then names its article by its label.
func TestSecondArticle(t *testing.T) {
	l, err := engine.Load(t.Context(), knowledge.Config{Facts: []string{
		"../data/istanbul-talks.yaml",
		"../knowledge/testdata/harbour/harbour-vote.yaml",
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	r := NewRouter(l, Options{})
	tests := []struct {
		line      string
		wantCite  knowledge.Ref
		wantText  string
		abstained bool
	}{
		{"/who name:Zoe Bronsted", knowledge.Ref{Article: "harbour-vote", Paragraph: 2}, "Kestrelmouth council approves harbour… ¶2", false},
		{"/quote speaker:Ferreira", knowledge.Ref{Article: "harbour-vote", Paragraph: 4}, "We were promised a berth", false},
		{"/ask question:How many berths will the developer keep for fishing boats?", knowledge.Ref{Article: "harbour-vote", Paragraph: 8}, "14 berths", false},
		{"/ask question:What did Peskov do?", knowledge.Ref{Article: "istanbul-talks", Paragraph: 10}, "Istanbul talks ¶10", false},
		{"/paragraph number:6 article:harbour-vote", knowledge.Ref{Article: "harbour-vote", Paragraph: 6}, "What happens next:", false},
		{"/timeline topic:objection", knowledge.Ref{Article: "harbour-vote", Paragraph: 7}, "Kestrelmouth council approves harbour… ¶7", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			req, err := r.Parse(tt.line)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := r.Handle(t.Context(), req)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, c := range resp.Citations {
				found = found || c == tt.wantCite
			}
			if !found {
				t.Errorf("citations %v lack %v", resp.Citations, tt.wantCite)
			}
			if text := r.RenderText(resp); !strings.Contains(text, tt.wantText) {
				t.Errorf("reply lacks %q:\n%s", tt.wantText, text)
			}
		})
	}
	_, err = r.Handle(t.Context(), Request{Command: "paragraph", Options: map[string]string{"number": "2"}})
	if got := UserMessage(err); !strings.Contains(got, "more than one article is loaded") {
		t.Errorf("/paragraph without article = %q, want a request to name one", got)
	}
}
