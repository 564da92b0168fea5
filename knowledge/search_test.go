package knowledge

import (
	"sync"
	"testing"
)

var (
	shippedOnce sync.Once
	shipped     *Library
	shippedErr  error
)

func shippedLibrary(tb testing.TB) *Library {
	tb.Helper()
	shippedOnce.Do(func() {
		shipped, shippedErr = Load(tb.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}}, nil)
	})
	if shippedErr != nil {
		tb.Fatal(shippedErr)
	}
	return shipped
}

func TestAsk(t *testing.T) {
	l := shippedLibrary(t)
	tests := []struct {
		name     string
		question string
		want     int // a paragraph among the first three, 0 for an abstention
	}{
		{"accent folded", "talks in turkiye", 2},
		{"accent added", "Who is Erdoğan meeting?", 14},
		{"real name finds garbled text", "What did the Institute for the Study of War say?", 24},
		{"garbled name finds real text", "What did the War Institute of Washington say about troops?", 24},
		{"Kyiv finds Kief", "What does Kyiv deny?", 27},
		{"misspelt name", "What did Zelenksy say on Tuesday?", 4},
		{"query syntax is text", "+Peskov -Putin field:text Peskov*", 10},
		{"regexp syntax is text", "/.*/ Kremlin spokesman", 10},
		{"quantity question", "How long is the front line?", 23},
		{"unknown name abstains", "What did Angela Merkel say?", 0},
		{"off-topic abstains", "What is the weather in Paris?", 0},
		{"only stop words abstains", "what is it?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := l.Ask(t.Context(), tt.question, 4)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == 0 {
				if !ans.Abstained || len(ans.Passages) != 0 {
					t.Errorf("Ask(%q) = %+v, want an abstention", tt.question, ans.Passages)
				}
				return
			}
			for i, p := range ans.Passages {
				if i < 3 && p.Ref.Paragraph == tt.want {
					return
				}
			}
			t.Errorf("Ask(%q) cites %v, want ¶%d in the first three", tt.question, refs(ans.Passages), tt.want)
		})
	}
}

func refs(ps []Passage) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p.Ref.Paragraph
	}
	return out
}

func TestFindEntities(t *testing.T) {
	l := shippedLibrary(t)
	tests := []struct{ query, want string }{
		{"Peskov", "Dmitry Peskov"},
		{"kremlin SPOKESMAN", "Dmitry Peskov"},
		{"erdogan", "Recep Tayyip Erdoğan"},
		{"Kief", "Kyiv"},
		{"Hosen", "Kherson region"},
		{"Riya", "Riyadh"},
		{"War Institute of Washington", "Institute for the Study of War"},
		{"Zelenksy", "Volodymyr Zelenskyy"},
		{"zelensky", "Volodymyr Zelenskyy"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := l.FindEntities(tt.query, 3)
			if len(got) == 0 || got[0].Entity.Name != tt.want {
				t.Errorf("FindEntities(%q) = %v, want %s first", tt.query, names(got), tt.want)
			}
		})
	}
	if got := l.FindEntities("Biden", 3); len(got) != 0 {
		t.Errorf("FindEntities(Biden) = %v, want nothing", names(got))
	}
}

func names(ms []EntityMatch) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Entity.Name
	}
	return out
}

func TestTimelineWindow(t *testing.T) {
	l := shippedLibrary(t)
	from, to := MustDate("2025-03"), MustDate("2025-03")
	evs := l.Timeline("", &from, &to)
	if len(evs) == 0 {
		t.Fatal("no events in March 2025")
	}
	for i, e := range evs {
		end := e.Date.End()
		if e.Until != nil {
			end = e.Until.End()
		}
		if end.Before(from.Start()) || e.Date.Start().After(to.End()) {
			t.Errorf("%s (%s) is outside March 2025", e.ID, e.Date)
		}
		if i > 0 && e.Date.Start().Before(evs[i-1].Date.Start()) {
			t.Errorf("%s is out of order", e.ID)
		}
	}
}
