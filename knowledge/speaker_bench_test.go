package knowledge

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/coveragebot/coveragebot/internal/synth"
)

var (
	synthMu     sync.Mutex
	synthCorpus = map[int][]*Source{}
)

// synthSources loads a generated coverage of n paragraphs (internal/synth,
// what the bench command measures), once per size and test binary.
func synthSources(tb testing.TB, n int) []*Source {
	tb.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if s, ok := synthCorpus[n]; ok {
		return s
	}
	c, err := synth.Generate(synth.Options{Paragraphs: n, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	s, err := LoadSources(tb.Context(), Config{Facts: c.Facts(), FS: c.MapFS()})
	if err != nil {
		tb.Fatal(err)
	}
	synthCorpus[n] = s
	return s
}

// speakerQueries are the names /who and /quote are asked for in the bench
// command's query set: full names, surnames, misspelt surnames, roles.
func speakerQueries(sources []*Source, n int) []string {
	var out []string
	for i := 0; len(out) < n; i++ {
		s := sources[(i*7919)%len(sources)]
		if len(s.Entities) == 0 {
			continue
		}
		e := s.Entities[i%len(s.Entities)]
		last := e.Name[strings.LastIndex(e.Name, " ")+1:]
		switch i % 4 {
		case 0:
			out = append(out, e.Name)
		case 1:
			out = append(out, last)
		case 2:
			if len(last) > 4 {
				b := []byte(last)
				b[1], b[2] = b[2], b[1]
				last = string(b)
			}
			out = append(out, last)
		default:
			out = append(out, e.Role)
		}
	}
	return out
}

// noTopic is a topic no text covers: what QuotesOf judges longest (every
// quote, then every quote's paragraph), at no cost of its own, so that a
// benchmark measures the library rather than an engine.
type noTopic struct{}

func (noTopic) Text(string) float64             { return 0 }
func (noTopic) Paragraph(Ref) float64           { return 0 }
func (noTopic) Quote(*Source, int, int) float64 { return 0 }

// Quotes lists none, so that each quote is judged with Quote.
func (noTopic) Quotes(int, func(*Source, int, []QuoteCover)) bool { return false }

func (noTopic) Events(func(*Source, int, []EventCover)) {}

func (noTopic) Paragraphs(int) (map[string][]int, bool) { return nil, true }

// BenchmarkSpeakerLookups measures what /who and /quote ask the library
// for a speaker, over generated coverages: FindEntities, then the chosen
// one's Namesakes and their quotes, with no topic and with one that none
// of them covers.
func BenchmarkSpeakerLookups(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		sources := synthSources(b, n)
		l := NewLibrary(sources, &fakeEngine{topic: func(string) TopicMatch { return noTopic{} }})
		qs := speakerQueries(sources, 400)
		b.Run(fmt.Sprintf("paragraphs=%d/FindEntities", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				l.FindEntities(qs[i%len(qs)], 5)
			}
		})
		b.Run(fmt.Sprintf("paragraphs=%d/Namesakes", n), func(b *testing.B) {
			var es []Entity
			for _, q := range qs {
				if ms := l.FindEntities(q, 1); len(ms) > 0 {
					es = append(es, ms[0].Entity)
				}
			}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				l.Namesakes(es[i%len(es)])
			}
		})
		var speakers [][]Entity
		for _, q := range qs {
			if ms := l.FindEntities(q, 1); len(ms) > 0 {
				var es []Entity
				for _, m := range l.Namesakes(ms[0].Entity) {
					es = append(es, m.Entity)
				}
				speakers = append(speakers, es)
			}
		}
		for _, topic := range []string{"", "dinosaur"} {
			b.Run(fmt.Sprintf("paragraphs=%d/QuotesOf/topic=%q", n, topic), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					l.QuotesOf(speakers[i%len(speakers)], topic)
				}
			})
		}
	}
}
