package knowledge

import "testing"

func TestClosestPassage(t *testing.T) {
	para := `Trump said in Washington there is "potential" between the two sides, and that he was considering flights to Istanbul.`
	tests := []struct{ quote, want string }{
		{"considering flight to Istanbul", "considering flights to Istanbul."},
		{"potencial", "potential"},
		{"there is potential between the sides", `there is "potential" between the two`},
		{"said in Washington that there is potential", `said in Washington there is "potential"`},
	}
	for _, tt := range tests {
		if got := closestPassage(para, tt.quote); got != tt.want {
			t.Errorf("closestPassage(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
}

func TestNearestIDs(t *testing.T) {
	ids := map[string]int{"vladimir-putin": 1, "volodymyr-zelenskyy": 2, "kyiv": 3, "kremlin": 4, "russia": 5, "donald-trump": 6, "donald-tusk": 7, "ana-nunez": 8, "ana-nunes": 9}
	tests := []struct {
		id   string
		want string
	}{
		{"vladimir-putn", "; did you mean vladimir-putin?"},
		{"putin", "; did you mean vladimir-putin?"},
		{"zelenskyy", "; did you mean volodymyr-zelenskyy?"},
		{"kiev", "; did you mean kyiv?"},
		{"donald-trmp", "; did you mean donald-trump?"},
		{"ana-nune", "; did you mean ana-nunes or ana-nunez?"},
		{"ukraine", ""},
		{"russian", "; did you mean russia?"},
		{"kremlim", "; did you mean kremlin?"},
	}
	for _, tt := range tests {
		if got := didYouMean(nearestIDs(tt.id, ids)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.id, got, tt.want)
		}
	}
}

// The words the mention check compares are runs of letters and digits,
// folded, appended after what the buffer already holds.
func TestAppendWords(t *testing.T) {
	tests := []struct {
		in   string
		want []word
	}{
		{"", nil},
		{"Zelenskyy’s team", []word{{"Zelenskyy", "zelenskyy", true}, {"s", "s", false}, {"team", "team", false}}},
		{"U.S.", []word{{"U", "u", true}, {"S", "s", true}}},
		{"  told us--twice ", []word{{"told", "told", false}, {"us", "us", false}, {"twice", "twice", false}}},
		{"Cafe\u0301 Öz 2025", []word{{"Café", "cafe", true}, {"Öz", "oz", true}, {"2025", "2025", false}}},
	}
	for _, tt := range tests {
		before := []word{{"x", "x", false}}
		got := appendWords(before, tt.in)
		if len(got) != 1+len(tt.want) || got[0] != before[0] {
			t.Errorf("appendWords(%q) = %v, want %v after %v", tt.in, got, tt.want, before)
			continue
		}
		for i, w := range tt.want {
			if got[1+i] != w {
				t.Errorf("appendWords(%q)[%d] = %+v, want %+v", tt.in, i, got[1+i], w)
			}
		}
	}
}
