package knowledge

import "testing"

func TestArticleLabel(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"short title", Article{ID: "x", Title: "Long title: more", ShortTitle: "Talks"}, "Talks"},
		{"before the colon", Article{ID: "istanbul-talks", Title: "Istanbul talks: what to know as Russia and Ukraine weigh direct negotiations"}, "Istanbul talks"},
		{"cut at a word", Article{ID: "harbour-vote", Title: "Kestrelmouth council approves harbour redevelopment despite fishermen's objections"}, "Kestrelmouth council approves harbour…"},
		{"short enough", Article{ID: "mini", Title: "Springfield opens its bridge"}, "Springfield opens its bridge"},
		{"colon first", Article{ID: "q", Title: ": odd"}, ": odd"},
		{"no title", Article{ID: "mini"}, "mini"},
		{"one long word", Article{ID: "w", Title: "Pneumonoultramicroscopicsilicovolcanoconiosis explained"}, "Pneumonoultramicroscopicsilicovolcanoco…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.a.Label()
			if got != tt.want {
				t.Errorf("Label = %q, want %q", got, tt.want)
			}
			if n := len([]rune(got)); n > ShortTitleMax && tt.a.ShortTitle == "" {
				t.Errorf("Label is %d characters, more than %d", n, ShortTitleMax)
			}
		})
	}
}
