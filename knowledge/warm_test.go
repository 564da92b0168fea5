package knowledge

import (
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// warmEngine is a fakeEngine that counts its warmings.
type warmEngine struct {
	fakeEngine
	warmed atomic.Int32
}

func (w *warmEngine) Warm() { w.warmed.Add(1) }

// TestSettledWaitsForWarm holds that a library warms an engine that is a
// Warmer once, in the background, and that Settled returns only after it
// is warm: the tables an engine would make on its first question are made
// before a restarted bot's first users ask.
func TestSettledWaitsForWarm(t *testing.T) {
	sources, err := LoadSources(t.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		make func(*warmEngine) *Library
	}{
		{"NewLibrary", func(w *warmEngine) *Library { return NewLibrary(sources, w) }},
		{"NewLibraryWhile", func(w *warmEngine) *Library {
			l, err := NewLibraryWhile(sources, func() (Engine, error) { return w, nil })
			if err != nil {
				t.Fatal(err)
			}
			return l
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := &warmEngine{}
			l := tt.make(w)
			l.Settled()
			if n := w.warmed.Load(); n != 1 {
				t.Errorf("warmed %d times by Settled, want 1", n)
			}
		})
	}
}

// TestNewLibraryWhileWaitsForPrepare holds that a library made by
// NewLibraryWhile (a restart's) neither warms its engine nor makes
// autocomplete's tables until Prepare or their first use, and then once:
// begun at once, they took the cores from the rest of a restart.
func TestNewLibraryWhileWaitsForPrepare(t *testing.T) {
	sources, err := LoadSources(t.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		start func(*Library)
	}{
		{"Prepare", func(l *Library) { l.Prepare(); l.Prepare(); l.Settled() }},
		{"Settled", func(l *Library) { l.Settled() }},
		{"autocomplete", func(l *Library) { l.readyChoices(); l.Settled() }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := &warmEngine{}
			l, err := NewLibraryWhile(sources, func() (Engine, error) { return w, nil })
			if err != nil {
				t.Fatal(err)
			}
			time.Sleep(50 * time.Millisecond)
			select {
			case <-l.choicesReady:
				t.Fatal("autocomplete's tables made before they were asked for")
			default:
			}
			if n := w.warmed.Load(); n != 0 {
				t.Fatalf("warmed %d times before Prepare, want 0", n)
			}
			tt.start(l)
			if n := w.warmed.Load(); n != 1 {
				t.Errorf("warmed %d times, want 1", n)
			}
		})
	}
}

// TestNewLibraryWhileMakesNamesLater holds that a library made by
// NewLibraryWhile (a restart's) has not made its index of names nor its
// order of events when it is returned, and that Prepare or the first
// look-up that reads them makes them: at 100,000 paragraphs they were 0.15
// s of the two cores before a restarted server answered /healthz.
func TestNewLibraryWhileMakesNamesLater(t *testing.T) {
	sources, err := LoadSources(t.Context(), Config{Facts: []string{"../data/istanbul-talks.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	s := sources[0]
	if len(s.Entities) == 0 || len(s.Events) == 0 {
		t.Fatal("the article has no entities or no events")
	}
	en := s.Entities[0]
	for _, tt := range []struct {
		name  string
		start func(*Library)
	}{
		{"Prepare", func(l *Library) { l.Prepare(); l.Settled() }},
		{"FindEntities", func(l *Library) { l.FindEntities(en.Name, 5) }},
		{"Events", func(l *Library) { l.Events(s.Article.ID) }},
		{"Timeline", func(l *Library) { l.Timeline(TimelineQuery{}) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := NewLibraryWhile(sources, func() (Engine, error) { return &warmEngine{}, nil })
			if err != nil {
				t.Fatal(err)
			}
			if l.names != nil || l.events != nil {
				t.Fatal("names or events made before anything asked for them")
			}
			tt.start(l)
			if l.names == nil || l.events == nil {
				t.Fatal("names or events not made by their first use")
			}
			found := l.FindEntities(en.Name, 5)
			if !slices.ContainsFunc(found, func(m EntityMatch) bool { return m.Entity.ID == en.ID }) {
				t.Errorf("FindEntities(%q) = %v, want %s among them", en.Name, found, en.ID)
			}
			if got := l.Events(s.Article.ID); len(got) != len(s.Events) {
				t.Errorf("Events(%s) gave %d, want %d", s.Article.ID, len(got), len(s.Events))
			}
		})
	}
}
