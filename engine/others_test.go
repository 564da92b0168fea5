package engine

import (
	"slices"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestAskedOthers holds that a question asks of others of the noun after
// "other" or "another", a number or a name between them, and not of "the
// other" one the story tells of.
func TestAskedOthers(t *testing.T) {
	e := testdataEngine(t, "kellbrook-carfree")
	tests := []struct {
		name, question string
		want           []string
	}{
		{"any other", "has any other city actualy done this", []string{"city"}},
		{"possessive", "r they checking the company's other ships", []string{"ships"}},
		{"number between", "which other three shops closed", []string{"shops"}},
		{"another", "will another bus route open", []string{"bus route"}},
		{"the other", "what happened to the other doctor", nil},
		{"the other few", "what are the names of the other 4 students", []string{"students"}},
		{"qualified", "have other small towns banned cars", []string{"small towns"}},
		{"verb first", "which other countries saw the fireball", []string{"countries"}},
		{"kind of place", "has any other country tried this", []string{"country"}},
		{"verb, no kind", "did other drivers complain", []string{"drivers"}},
		{"none", "when will the ban start", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := e.read(tt.question)
			var got []string
			for _, k := range q.others {
				got = append(got, k.label)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("read(%q).others = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestTellsOfOthers holds that a paragraph that says "other" of the kind
// a question asks of others of answers it first: "Other cities in the
// region have gone further" (kellbrook ¶29), not the paragraphs of the
// story's own city.
func TestTellsOfOthers(t *testing.T) {
	e := testdataEngine(t, "kellbrook-carfree")
	q := e.read("has any other city actualy done this")
	for _, tt := range []struct {
		ref  int
		want bool
	}{{29, true}, {20, false}, {2, false}} {
		if got := e.tellsOfOthers(q, knowledge.Ref{Article: "kellbrook-carfree", Paragraph: tt.ref}); got != tt.want {
			t.Errorf("tellsOfOthers(¶%d) = %v, want %v", tt.ref, got, tt.want)
		}
	}
	citesFirst(t, e, "has any other city actualy done this", 29)
}

// TestEntityOfKind holds that an entity is of a kind by its role's noun
// or its name's last word, a plural read as its noun: not by a word that
// only qualifies either.
func TestEntityOfKind(t *testing.T) {
	e := engineFor(t)
	tests := []struct {
		name, entity, role, kind string
		want                     bool
	}{
		{"role noun", "Dornau", "City in neighbouring Halsten that closed its centre to all cars", "cities", true},
		{"name's last word", "Crestline Bank", "Rival lender whose app failed on Black Friday", "banks", true},
		{"role's participle", "Tarvik Athletic", "Football club founded in 1894 that is leaving Mallow Lane", "club", true},
		{"role's adverb", "Marentia", "Country abroad where about 600 mostly rural schools have switched to a four-day week", "country", true},
		{"role qualifier", "Kellbrook City Transit", "City transport company that will run three new electric bus routes", "city", false},
		{"name qualifier", "Kellbrook City Transit", "Transport company", "city", false},
		{"wider kind", "Sollen City", "Football club that moved from its city-centre ground", "organisation", false},
		{"qualified", "Dornau", "City in neighbouring Halsten", "other big cities", true},
		{"other kind", "Velmar", "City of similar size", "club", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en := &knowledge.Entity{Name: tt.entity, Role: tt.role}
			if got := e.entityOfKind(en, tt.kind); got != tt.want {
				t.Errorf("entityOfKind(%q, %q) = %v, want %v", tt.entity, tt.kind, got, tt.want)
			}
		})
	}
}

// TestNamesOthersOfKind holds that a paragraph that names one of the kind
// asked of others of, that the story's lead does not name, answers first:
// "have any other banks had the same thing happen" is answered by
// Northgate Building Society's and Crestline Bank's failures (marlow ¶28),
// not by the lead on Marlow's own.
func TestNamesOthersOfKind(t *testing.T) {
	e := testdataEngine(t, "marlow-bank-outage")
	const question = "have any other banks had the same thing happen"
	q := e.read(question)
	for _, tt := range []struct {
		ref  int
		want bool
	}{{28, true}, {2, false}, {16, false}} {
		if got := e.namesOthersOfKind(q, knowledge.Ref{Article: "marlow-bank-outage", Paragraph: tt.ref}); got != tt.want {
			t.Errorf("namesOthersOfKind(¶%d) = %v, want %v", tt.ref, got, tt.want)
		}
	}
	citesFirst(t, e, question, 28)
}

// TestWhichOthers holds that a question that asks which others of a kind
// is answered only by a paragraph that names one that is not the story's
// own: the towns of Tollerby, Greywick, Saltham and Ormsby (linmoor ¶3),
// each as often mentioned as the other; not "Other carriers cancelled or
// diverted the remaining 26" beside Skyrell, the story's own airline,
// which its lead leaves unnamed (arnvale ¶9).
func TestWhichOthers(t *testing.T) {
	for q, want := range map[string]bool{
		"which other airlines cancelled flights": true,
		"what other towns did they test":         true,
		"has any other city done this":           false,
		"which airlines cancelled flights":       false,
	} {
		if got := asksWhichOthers(readWords(q, func(s string) string { return s })); got != want {
			t.Errorf("asksWhichOthers(%q) = %v, want %v", q, got, want)
		}
	}
	linmoor := testdataEngine(t, "linmoor-microplastics")
	citesFirst(t, linmoor, "which other towns did they test", 3)
	arnvale := testdataEngine(t, "arnvale-runway")
	citesFirst(t, arnvale, "which other airlines cancelled flights", 0)
}

// TestNamesOfOthers holds that a question that asks the names of the
// other few of a kind, or who they were, is answered only by a paragraph
// that names one of the kind that is not the story's own: feldmark ¶5
// names the caving party's leader and its apprentice, and of its "four
// students from Kessvar University" none.
func TestNamesOfOthers(t *testing.T) {
	feldmark := testdataEngine(t, "feldmark-cave-rescue")
	citesFirst(t, feldmark, "what are the names of the other 4 students", 0)
	doping := testdataEngine(t, "doping-ban")
	citesFirst(t, doping, "who were the other three estmark athletes banned?", 0)
}

// TestAnotherStudy holds that the word right after "another" is the kind
// asked of, though read as a verb ("doing another study"), and that "a
// second study" speaks of another: linmoor ¶30, "Solberg's team will
// begin a second study in July", answers "is the uni doing another study".
func TestAnotherStudy(t *testing.T) {
	e := testdataEngine(t, "linmoor-microplastics")
	q := e.read("is the uni doing another study")
	if len(q.others) != 1 || q.others[0].label != "study" {
		t.Fatalf("read(%q).others = %+v, want study", "is the uni doing another study", q.others)
	}
	for _, tt := range []struct {
		ref  int
		want bool
	}{{30, true}, {15, false}, {12, false}} {
		if got := e.tellsOfOthers(q, knowledge.Ref{Article: "linmoor-microplastics", Paragraph: tt.ref}); got != tt.want {
			t.Errorf("tellsOfOthers(¶%d) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}
