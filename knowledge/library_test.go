package knowledge

import (
	"context"
	"sync"
	"testing"
)

// fakeEngine stands in for the answer engine in tests of the domain.
type fakeEngine struct {
	ask   func(ctx context.Context, q string, limit int) (Answer, error)
	topic func(s string) TopicMatch
}

var _ Engine = (*fakeEngine)(nil)

func (f *fakeEngine) Ask(ctx context.Context, q string, limit int) (Answer, error) {
	return f.ask(ctx, q, limit)
}
func (f *fakeEngine) Topic(s string) TopicMatch { return f.topic(s) }
func (f *fakeEngine) Update(context.Context, []*Source) (Engine, error) {
	return f, nil
}
func (f *fakeEngine) Close() error { return nil }

var (
	shippedOnce sync.Once
	shipped     *Library
	shippedErr  error
)

// shippedLibrary loads the shipped article with an engine that answers
// nothing: the domain's own look-ups need none.
func shippedLibrary(tb testing.TB) *Library {
	tb.Helper()
	shippedOnce.Do(func() {
		var sources []*Source
		sources, shippedErr = LoadSources(tb.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}})
		shipped = NewLibrary(sources, &fakeEngine{})
	})
	if shippedErr != nil {
		tb.Fatal(shippedErr)
	}
	return shipped
}

func TestFindEntities(t *testing.T) {
	l := shippedLibrary(t)
	tests := []struct{ query, want string }{
		{"Peskov", "Dmitry Peskov"},
		{"kremlin SPOKESMAN", "Dmitry Peskov"},
		{"the Kremlin spokesman", "Dmitry Peskov"}, // an article before a role
		{"a Kremlin spokesman", "Dmitry Peskov"},
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
	evs := l.Timeline(TimelineQuery{From: &from, To: &to}).Events
	if len(evs) == 0 {
		t.Fatal("no events in March 2025")
	}
	for i, e := range evs {
		end := e.Date.End()
		if e.Until != nil {
			end = e.Until.End()
		}
		if e.Date.Start().Before(from.Start()) || end.After(to.End()) {
			t.Errorf("%s (%s) is not wholly inside March 2025", e.ID, e.When())
		}
		if i > 0 && e.Date.Start().Before(evs[i-1].Date.Start()) {
			t.Errorf("%s is out of order", e.ID)
		}
	}
}

// describingEngine is an engine that reads one description as one entity.
type describingEngine struct {
	fakeEngine
	text string
	as   Entity
}

func (d *describingEngine) Describe(text string) []Entity {
	if text == d.text {
		return []Entity{d.as}
	}
	return nil
}

// TestFindDescribed holds that a description no name, alias or role
// matches as written is read by the engine, when it can, as the entities
// it describes, in the articles asked about only; FindEntities does not
// ask the engine.
func TestFindDescribed(t *testing.T) {
	sources, err := LoadSources(t.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	var zelenskyy Entity
	for _, en := range sources[0].Entities {
		if en.ID == "volodymyr-zelenskyy" {
			zelenskyy = en
		}
	}
	l := NewLibrary(sources, &describingEngine{text: "the ukrainian president", as: zelenskyy})
	ms := l.FindDescribed("the ukrainian president", 5)
	if len(ms) != 1 || ms[0].Entity.ID != "volodymyr-zelenskyy" || ms[0].QuoteCount == 0 {
		t.Fatalf("FindDescribed(the ukrainian president) = %+v, want Zelenskyy with his quotes", ms)
	}
	if ms := l.FindEntities("the ukrainian president", 5); len(ms) != 0 {
		t.Errorf("FindEntities reads descriptions: %+v", ms)
	}
	if ms := l.FindDescribed("the ukrainian president", 5, "another-article"); len(ms) != 0 {
		t.Errorf("in another article: %+v, want none", ms)
	}
	if ms := l.FindDescribed("the belarusian president", 5); len(ms) != 0 {
		t.Errorf("a description the engine reads as no one: %+v", ms)
	}
	// An engine that cannot describe: nothing, as before.
	if ms := shippedLibrary(t).FindDescribed("the ukrainian president", 5); len(ms) != 0 {
		t.Errorf("without a Describer: %+v", ms)
	}
}
