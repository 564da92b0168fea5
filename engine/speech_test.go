package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestSpeaks holds which sentences give a speaker's own words, on the
// shipped article's people.
func TestSpeaks(t *testing.T) {
	e := engineFor(t)
	find := func(name string) knowledge.Entity {
		t.Helper()
		for _, c := range e.read(name).concepts {
			if len(c.entities) > 0 {
				return *c.entities[0]
			}
		}
		t.Fatalf("no entity for %s", name)
		return knowledge.Entity{}
	}
	erdogan, rubio, peskov, zelenskyy := find("Erdogan"), find("Marco Rubio"), find("Peskov"), find("Zelenskyy")
	kremlin := find("Kremlin")
	tests := []struct {
		name     string
		speaker  knowledge.Entity
		sentence string
		want     bool
	}{
		{"named before the verb", peskov, "Kremlin spokesman Dmitry Peskov, who will represent Russia in Istanbul, declined to say.", true},
		{"named after the verb, ending the clause", erdogan, `"We are ready," said Turkish President Recep Tayyip Erdogan.`, true},
		{"named in what another said", erdogan, "Zelenskyy said on Tuesday that he will meet Turkish President Recep Tayyip Erdogan in the capital Ankara.", false},
		{"the subject of reported speech", rubio, "He later said Secretary of State Marco Rubio and others from the United States would go to Turkey.", false},
		{"a capitalised verb is part of a name", rubio, "Secretary of State Marco Rubio met officials of the United States.", false},
		{"named at the clause's end, but far after the verb", zelenskyy, `Trump said in Washington there is "potential" between Putin and Zelensky.`, false},
		// A verb whose subject is a thing before it, or that is yet to be
		// said, gives none of the words of whom the sentence named first;
		// a person's noun still speaks for the body named.
		{"a thing says it", peskov, "Peskov is in Istanbul, his office said.", false},
		{"yet to say it", peskov, "Peskov is due to announce the delegation on Thursday.", false},
		{"will say it", peskov, "Peskov will announce the delegation on Thursday.", false},
		{"a person of theirs says it", kremlin, "The Kremlin has not decided, a spokesman said.", true},
		{"said it before", peskov, "Peskov is in Istanbul, he said.", true},
		{"declined to say", peskov, "Peskov declined to say who would go.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.speaks(tt.speaker, tt.sentence); got != tt.want {
				t.Errorf("speaks(%s, %q) = %v, want %v", tt.speaker.Name, tt.sentence, got, tt.want)
			}
		})
	}
}
