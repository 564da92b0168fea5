package wordnet

import "testing"

func load(tb testing.TB) *WordNet {
	tb.Helper()
	wn, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return wn
}

func TestRelated(t *testing.T) {
	wn := load(t)
	tests := []struct {
		a, b string
		want bool
	}{
		{"attorney", "lawyer", true},    // one synset
		{"punishment", "penalty", true}, // one is a kind of the other
		{"capital", "paris", true},      // Paris is a capital (instance)
		{"civilian", "soldier", false},  // siblings
		{"paris", "moscow", false},      // two capitals
		{"drone", "missile", false},
		{"tank", "think_tank", false},
		{"unknownword", "lawyer", false},
	}
	for _, tt := range tests {
		if got := wn.Related(tt.a, tt.b, 2); got != tt.want {
			t.Errorf("Related(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSiblings(t *testing.T) {
	wn := load(t)
	tests := []struct {
		a, b string
		want bool
	}{
		{"paris", "moscow", true},
		{"china", "russia", true},
		{"pope", "president", true},
		{"attorney", "lawyer", false}, // the same, not siblings
		{"drone", "missile", false},   // too far apart to call siblings
	}
	for _, tt := range tests {
		if got := wn.Siblings(tt.a, tt.b, 2); got != tt.want {
			t.Errorf("Siblings(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCompound(t *testing.T) {
	wn := load(t)
	tests := []struct {
		first, last   string
		known, kindOf bool
	}{
		{"think", "tank", true, false},
		{"front", "line", true, true},
		{"warm", "weather", false, false},
	}
	for _, tt := range tests {
		known, kind := wn.Compound(tt.first, tt.last)
		if known != tt.known || kind != tt.kindOf {
			t.Errorf("Compound(%s %s) = %v, %v; want %v, %v", tt.first, tt.last, known, kind, tt.known, tt.kindOf)
		}
	}
}

func TestNouns(t *testing.T) {
	wn := load(t)
	for _, w := range []string{"tank", "refugee", "civilian", "drone", "weather"} {
		if !wn.MostlyNoun(w) {
			t.Errorf("MostlyNoun(%s) = false", w)
		}
	}
	for _, w := range []string{"quickly", "accept", "unanimous"} {
		if wn.MostlyNoun(w) {
			t.Errorf("MostlyNoun(%s) = true", w)
		}
	}
	lemmas := map[string]string{"tanks": "tank", "refugees": "refugee", "ministries": "ministry", "churches": "church", "tank": "tank"}
	for in, want := range lemmas {
		if got, ok := wn.NounLemma(in); !ok || got != want {
			t.Errorf("NounLemma(%s) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
