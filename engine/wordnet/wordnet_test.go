package wordnet

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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

// TestSoleKindOf holds which nouns are a kind of another one step up and
// of nothing else.
func TestSoleKindOf(t *testing.T) {
	wn := load(t)
	tests := []struct {
		kind, of string
		want     bool
	}{
		{"mum", "mother", true},
		{"dad", "father", true},
		{"woman", "adult", false}, // a female too
		{"mother", "mum", false},  // the other way round
		{"mum", "parent", false},  // two steps up
		{"unknownword", "mother", false},
	}
	for _, tt := range tests {
		if got := wn.SoleKindOf(tt.kind, tt.of); got != tt.want {
			t.Errorf("SoleKindOf(%s, %s) = %v, want %v", tt.kind, tt.of, got, tt.want)
		}
	}
}

// TestMainKindOf holds that MainKindOf reads both lemmas by their most
// frequent senses alone, where KindOfMain reads the kind by any.
func TestMainKindOf(t *testing.T) {
	wn := load(t)
	tests := []struct {
		kind string
		want bool
	}{
		{"company", true},
		{"union", true},
		{"club", true},
		{"group", false},   // first of all things taken together
		{"law", false},     // first of all a legal document
		{"woman", false},   // a person
		{"airline", false}, // its first sense, never tagged, is a hose
	}
	for _, tt := range tests {
		if got := wn.MainKindOf(tt.kind, "organization", 6); got != tt.want {
			t.Errorf("MainKindOf(%s, organization) = %v, want %v", tt.kind, got, tt.want)
		}
	}
	if !wn.KindOfMain("airline", "organization", 6) || !wn.KindOfMain("law", "organization", 6) {
		t.Error("KindOfMain reads the kind by a sense of it")
	}
}

func TestMemberOf(t *testing.T) {
	wn := load(t)
	tests := []struct {
		member, group string
		depth         int
		want          bool
	}{
		{"policeman", "police", 0, true},
		{"cop", "police", 1, true}, // a cop is a policeman
		{"cop", "police", 0, false},
		{"juror", "jury", 0, true},
		{"police", "policeman", 1, false}, // the group is no member
		{"civilian", "people", 1, false},  // a citizen's citizenry is "people"'s second sense
		{"soldier", "civilian", 2, false},
		{"unknownword", "police", 1, false},
	}
	for _, tt := range tests {
		if got := wn.MemberOf(tt.member, tt.group, tt.depth); got != tt.want {
			t.Errorf("MemberOf(%s, %s, %d) = %v, want %v", tt.member, tt.group, tt.depth, got, tt.want)
		}
	}
}

// TestPertainyms holds what an adjective is "of or relating to": Pertains,
// a noun that is a kind of it (the countryside, a rural area); OfKind, a
// thing that is an instance of a kind (French of France, a country, a
// people's adjective).
func TestPertainyms(t *testing.T) {
	wn := load(t)
	tests := []struct {
		ofKind    bool // OfKind, else Pertains
		adj, noun string
		depth     int
		want      bool
	}{
		{false, "rural", "countryside", 1, true}, // the countryside is a rural area
		{false, "rural", "countryside", 0, false},
		{false, "urban", "city", 1, true},
		{false, "legal", "law", 0, true},
		{false, "rural", "city", 1, false},
		{false, "happy", "law", 1, false}, // pertains to nothing
		{true, "french", "country", 2, true},
		{true, "kenyan", "country", 2, true},
		{true, "french", "country", 0, false},  // France is one, not the word's sense
		{true, "national", "country", 0, true}, // of a nation: the sense itself
		{true, "parisian", "city", 2, true},
		{true, "french", "city", 2, false},
		{true, "happy", "country", 2, false}, // pertains to nothing
	}
	for _, tt := range tests {
		f, name := wn.Pertains, "Pertains"
		if tt.ofKind {
			f, name = wn.OfKind, "OfKind"
		}
		if got := f(tt.adj, tt.noun, tt.depth); got != tt.want {
			t.Errorf("%s(%s, %s, %d) = %v, want %v", name, tt.adj, tt.noun, tt.depth, got, tt.want)
		}
	}
}

// TestWithinAllocates holds that within and Siblings allocate nothing:
// the read stage asks them of every near word of every word of a question.
func TestWithinAllocates(t *testing.T) {
	wn := load(t)
	a, b := wn.lookup("legislation").synsets, wn.lookup("law").synsets
	if !wn.within(a, b, 2) {
		t.Fatal("legislation is not within 2 steps of law")
	}
	if n := testing.AllocsPerRun(100, func() { wn.within(a, b, 4) }); n != 0 {
		t.Errorf("within allocates %v times a call", n)
	}
	wn.Siblings("civilian", "soldier", 2) // the lemmas looked up once
	if n := testing.AllocsPerRun(100, func() { wn.Siblings("civilian", "soldier", 2) }); n != 0 {
		t.Errorf("Siblings allocates %v times a call", n)
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
		// Five steps up: a farmhand is a hired hand, a labourer, a
		// workman, an employee, a worker.
		{"farm", "worker", true, true},
		{"street", "person", true, true},
	}
	for _, tt := range tests {
		if got := wn.Opaque(tt.first, tt.last); got != (tt.known && !tt.kindOf) {
			t.Errorf("Opaque(%s %s) = %v", tt.first, tt.last, got)
		}
		known, kind := wn.Compound(tt.first, tt.last)
		if known != tt.known || kind != tt.kindOf {
			t.Errorf("Compound(%s %s) = %v, %v; want %v, %v", tt.first, tt.last, known, kind, tt.known, tt.kindOf)
		}
	}
	// The generator's opaque list and Compound agree: each looks five
	// steps up.
	for i := range wn.opaque.offs {
		c := wn.opaque.line(i)
		first, last, _ := strings.Cut(c, " ")
		if _, kind := wn.Compound(first, last); kind {
			t.Errorf("%q is opaque, but Compound says it is a kind of %s", c, last)
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
	lemmas := map[string]string{"tanks": "tank", "refugees": "refugee", "ministries": "ministry", "churches": "church", "tank": "tank", "thieves": "thief", "wives": "wife"}
	for in, want := range lemmas {
		if got, ok := wn.NounLemma(in); !ok || got != want {
			t.Errorf("NounLemma(%s) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// The exception lists hold verbs' forms too: "went" is no noun "go".
	if got, ok := wn.NounLemma("went"); ok {
		t.Errorf("NounLemma(went) = %q, want none", got)
	}
}

// TestIrregularPlurals holds that a noun's irregular plural that is no
// word of its own is read as its singular ("children", "feet"), by the
// nouns' own exception list: the irregular forms of verbs are no nouns
// ("went" is no "go", "hid" no "hide").
func TestIrregularPlurals(t *testing.T) {
	wn := load(t)
	for _, tt := range []struct {
		form, want string
		ok         bool
	}{
		{"children", "child", true},
		{"grandchildren", "grandchild", true},
		{"feet", "foot", true},
		{"geese", "goose", true},
		{"mice", "mouse", true},
		{"criteria", "criterion", true},
		{"thieves", "thief", true},
		{"went", "", false},
		{"hid", "", false},
		{"took", "", false},
	} {
		t.Run(tt.form, func(t *testing.T) {
			if got, ok := wn.NounLemma(tt.form); got != tt.want || ok != tt.ok {
				t.Errorf("NounLemma(%s) = %q, %v; want %q, %v", tt.form, got, ok, tt.want, tt.ok)
			}
		})
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

func TestConcrete(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]bool{
		"tank": true, "refugee": true, "hotel": true, "paris": true, "civilian": true, "dementia": true,
		"punishment": false, "reason": false, "counterpart": false, "deadline": false, "unknownword": false,
	} {
		if got := wn.Concrete(w); got != want {
			t.Errorf("Concrete(%s) = %v, want %v", w, got, want)
		}
	}
}

func TestLemmas(t *testing.T) {
	wn := load(t)
	tests := map[string][]string{
		"began":     {"begin"},
		"fought":    {"fight"},
		"mice":      {"mouse"},
		"talks":     {"talks", "talk"}, // "talks" is a noun of its own
		"hoped":     {"hope", "hop"},   // the rules cannot tell; both are verbs
		"better":    {"better", "good", "well"},
		"zelenskyy": nil,
		// Each rule undoes one part of speech's inflection: "-er" makes
		// adjectives, and there is no adjective "strike"; a noun in "ss"
		// is no plural (genus Bos).
		"striker": {"striker"},
		"boss":    {"boss"},
		"larger":  {"larger", "large"},
		"ties":    {"tie"},
		// The first part of speech that reads a word decides its
		// regular forms: "number" is a noun, no comparative of "numb".
		// But a participle is its verb's form too, though a noun or an
		// adjective of its own.
		"number":   {"number"},
		"meeting":  {"meeting", "meet"},
		"heading":  {"heading", "head"},
		"striking": {"striking", "strike"},
		"advanced": {"advanced", "advance"},
		// The exception lists always count ("offer" is one of "off"
		// in adj.exc).
		"saw":   {"saw", "see"},
		"offer": {"offer", "off"},
	}
	for in, want := range tests {
		if diff := cmp.Diff(want, wn.Lemmas(in)); diff != "" {
			t.Errorf("Lemmas(%s) mismatch (-want, +got):\n%s", in, diff)
		}
	}
}

func TestCollocation(t *testing.T) {
	wn := load(t)
	tests := []struct {
		words []string
		pos   uint8
	}{
		{[]string{"gaining", "ground"}, Verb},
		{[]string{"prime", "ministers"}, Noun},
		{[]string{"turned", "down"}, Verb},
		{[]string{"russian", "troops"}, 0},
		// "ranking" is a verb's form, and a noun of two words is
		// inflected on its last word as a noun: no "lower rank".
		{[]string{"lower", "ranking"}, 0},
		{[]string{"power", "plants"}, Noun},
		// A verb of three words is inflected on its first.
		{[]string{"getting", "rid", "of"}, Verb},
		{[]string{"got", "rid", "of"}, Verb},
		{[]string{"did", "away", "with"}, Verb},
		{[]string{"rid", "of", "them"}, 0},
		{[]string{"head", "of", "state"}, Noun},
		// An idiom's possessive is WordNet's "one's".
		{[]string{"make", "up", "her", "mind"}, Verb},
		{[]string{"lost", "his", "temper"}, Verb},
		{[]string{"make", "up", "the", "mind"}, 0},
		{[]string{"pulling", "his", "leg"}, Verb},
		{[]string{"proved", "themselves"}, Verb},
	}
	for _, tt := range tests {
		if got, _ := wn.Collocation(tt.words...); got&tt.pos != tt.pos || (tt.pos == 0 && got != 0) {
			t.Errorf("Collocation(%s) = %b, want %b", strings.Join(tt.words, " "), got, tt.pos)
		}
	}
}

func TestDerived(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]string{"leader": "lead", "protester": "protest", "dissent": "dissenter", "election": "elect"} {
		if got := wn.Derived(w); !slices.Contains(got, want) {
			t.Errorf("Derived(%s) = %v, want it to hold %s", w, got, want)
		}
	}
}

// TestVerbKinds holds that a verb of two words gives the one-word verbs
// its most frequent sense is a kind of (and what those are kinds of, when
// they share a word: kick off, start, begin), light verbs left out ("wind
// up" is to act or move: not those), and the specific acts of few kinds
// its further senses are ("set back" is to cost), and a one-word verb
// with synonyms none.
func TestVerbKinds(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]string{"kick_off": "begin", "kick_in": "begin", "walk_out": "protest", "put_off": "delay", "step_down": "leave", "set_back": "cost"} {
		if got := wn.VerbKinds(w); !slices.Contains(got, want) {
			t.Errorf("VerbKinds(%s) = %v, want it to hold %s", w, got, want)
		}
	}
	if got := wn.VerbKinds("wind_up"); slices.Contains(got, "act") || slices.Contains(got, "move") {
		t.Errorf("VerbKinds(wind_up) = %v, want no light verb", got)
	}
	for _, w := range []string{"start", "go_ahead"} {
		if got := wn.VerbKinds(w); got != nil {
			t.Errorf("VerbKinds(%s) = %v, want none", w, got)
		}
	}
	// What a kind is a kind of counts only when it shares a word with
	// it: "break in" is to trespass, not to violate; "drop anchor" to
	// fix (fasten), not to mend.
	for w, not := range map[string]string{"break_in": "violate", "drop_anchor": "mend", "give_up": "toss"} {
		if got := wn.VerbKinds(w); slices.Contains(got, not) {
			t.Errorf("VerbKinds(%s) = %v, want no %s", w, got, not)
		}
	}
}

// TestCauses holds that a verb gives the verbs that cause what its most
// frequent sense says, and a light verb, or one nothing causes, none.
func TestCauses(t *testing.T) {
	wn := load(t)
	for _, tt := range []struct {
		verb string
		want []string
	}{
		{"die", []string{"kill"}},
		{"see", []string{"show"}},
		{"eat", []string{"feed"}},
		{"go", nil},
		{"resign", nil},
	} {
		if got := wn.Causes(tt.verb); !slices.Equal(got, tt.want) {
			t.Errorf("Causes(%s) = %v, want %v", tt.verb, got, tt.want)
		}
	}
}

// TestAttributes holds that an adjective gives the attribute its most
// frequent sense is a value of, and a noun none.
func TestAttributes(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]string{"hot": "temperature", "cold": "temperature", "deep": "depth", "fast": "speed", "heavy": "weight", "tall": "height", "wide": "width", "table": ""} {
		got := wn.Attributes(w)
		if want == "" && got != nil || want != "" && !slices.Contains(got, want) {
			t.Errorf("Attributes(%s) = %v, want %q", w, got, want)
		}
	}
}

func TestSynonyms(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]string{"disagree": "dissent", "dissent": "disagree", "back": "support", "lawyer": "attorney", "cfo": "chief_financial_officer", "gdp": "gross_domestic_product"} {
		if got := wn.Synonyms(w); !slices.Contains(got, want) {
			t.Errorf("Synonyms(%s) = %v, want it to hold %s", w, got, want)
		}
	}
	// Synonyms of three words and more are an acronym's only.
	if got := wn.Synonyms("officer"); slices.ContainsFunc(got, func(s string) bool { return strings.Count(s, "_") > 1 }) {
		t.Errorf("Synonyms(officer) = %v, with more than two words", got)
	}
}

// TestPhrasalSynonyms holds that a verb of two words of few senses has the
// synonyms of all of them, light verbs left out, and one of many senses
// those of its first alone.
func TestPhrasalSynonyms(t *testing.T) {
	wn := load(t)
	for _, tt := range []struct {
		verb, synonym string
		want          bool
	}{
		{"find_out", "learn", true},
		{"take_over", "adopt", true},
		{"kick_in", "contribute", true},
		{"kick_in", "give", false},
		{"give_up", "abandon", false},
		{"learn", "find_out", false}, // not the other way: learning is seldom finding out
	} {
		if got := slices.Contains(wn.Synonyms(tt.verb), tt.synonym); got != tt.want {
			t.Errorf("Synonyms(%s) holds %s = %v, want %v", tt.verb, tt.synonym, got, tt.want)
		}
	}
}

// TestLemmaCache holds that a remembered lemma is the one the table gives,
// and that words no dictionary knows cannot grow the memory without bound.
func TestLemmaCache(t *testing.T) {
	wn, err := Parse(embedded)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"tank", "talks", "began", "prime_minister", "zelenskyy", ""} {
		first, again := wn.lookup(w), wn.lookup(w)
		if diff := cmp.Diff(wn.find(w), again, cmp.AllowUnexported(lemma{})); diff != "" || !cmp.Equal(first, again, cmp.AllowUnexported(lemma{})) {
			t.Errorf("lookup(%q) mismatch (-find, +remembered):\n%s", w, diff)
		}
	}
	for i := range lemmaCacheMax + 10 {
		wn.lookup(fmt.Sprintf("nonword%d", i))
	}
	if n := len(wn.read.m); n > lemmaCacheMax {
		t.Errorf("the cache holds %d lemmas, more than %d", n, lemmaCacheMax)
	}
}

// appendHyper reads every synset's hypernyms as hyper does.
func TestAppendHyperIsHyper(t *testing.T) {
	wn, err := Parse(embedded)
	if err != nil {
		t.Fatal(err)
	}
	with := 0
	for s := range int32(len(wn.synsets)) {
		got, want := wn.appendHyper(nil, s), wn.hyper(s)
		if !slices.Equal(got, want) {
			t.Fatalf("synset %d: %v, hyper %v", s, got, want)
		}
		if len(want) > 0 {
			with++
		}
	}
	if with == 0 {
		t.Error("no synset has a hypernym")
	}
	for _, f := range []string{"12", "+12", "-1", "007", "99999999999999999999", "1x", ""} {
		n, ok := wn.synsetNumber([]byte(f))
		want := wn.ints(f)
		if ok != (len(want) == 1) || ok && n != want[0] {
			t.Errorf("synsetNumber(%q) = %d, %v; ints reads %v", f, n, ok, want)
		}
	}
}

// TestAdverbs holds that an adverb is an adverb, with the synonyms of its
// own senses: the generator once read "adv" as "a", which made every
// adverb an adjective and gave it the words of the adjective synsets at
// the same offsets in data.adj.
func TestAdverbs(t *testing.T) {
	wn := load(t)
	for w, want := range map[string]string{"quickly": "rapidly", "actually": "really"} {
		if pos := wn.POS(w); pos != Adverb {
			t.Errorf("POS(%s) = %b, want Adverb only", w, pos)
		}
		if got := wn.Synonyms(w); !slices.Contains(got, want) {
			t.Errorf("Synonyms(%s) = %v, want it to hold %s", w, got, want)
		}
	}
	if pos := wn.POS("fast"); pos&Adverb == 0 || pos&Adjective == 0 {
		t.Errorf("POS(fast) = %b, want an adjective and an adverb", pos)
	}
}

// TestSynonymsAs holds that a lemma's synonyms keep the parts of speech of
// the senses they share with it: "face" as a verb is "confront" and "front",
// as a noun "expression" and "typeface".
func TestSynonymsAs(t *testing.T) {
	wn := load(t)
	if got, want := wn.SynonymsAs("face", Verb), []string{"confront", "face_up", "front"}; !slices.Equal(got, want) {
		t.Errorf("SynonymsAs(face, Verb) = %v, want %v", got, want)
	}
	nouns := wn.SynonymsAs("face", Noun)
	for _, w := range []string{"expression", "typeface", "font"} {
		if !slices.Contains(nouns, w) {
			t.Errorf("SynonymsAs(face, Noun) = %v, lacks %s", nouns, w)
		}
	}
	if slices.Contains(nouns, "confront") {
		t.Errorf("SynonymsAs(face, Noun) = %v, has the verb's confront", nouns)
	}
	if all := wn.Synonyms("face"); !slices.Equal(wn.SynonymsAs("face", 0), all) || len(all) != 10 {
		t.Errorf("Synonyms(face) = %v, SynonymsAs(face, 0) = %v; want the same 10", all, wn.SynonymsAs("face", 0))
	}
}

// TestSynonymDerived holds that a synonym's derived words are those of
// the sense it shares with the lemma: "law" is "police" as the force, but
// "lawyer" is of the law that is a profession.
func TestSynonymDerived(t *testing.T) {
	wn := load(t)
	tests := []struct {
		lemma, syn string
		want, not  []string
	}{
		{"police", "law", nil, []string{"lawyer"}},
		{"find", "detect", []string{"detection", "detector"}, nil},
		{"find", "bump", nil, []string{"bumper", "bumpy"}},
		{"raid", "bust", nil, []string{"busty", "buster"}},
		{"disagree", "dissent", []string{"dissension", "dissenter"}, nil},
		{"police", "lawyer", nil, []string{"law"}}, // no synonym
	}
	for _, tt := range tests {
		got := wn.SynonymDerived(tt.lemma, tt.syn)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("SynonymDerived(%s, %s) = %v, lacks %s", tt.lemma, tt.syn, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("SynonymDerived(%s, %s) = %v, has %s", tt.lemma, tt.syn, got, w)
			}
		}
	}
	if !slices.Contains(wn.Derived("law"), "lawyer") {
		t.Errorf("Derived(law) = %v, lacks lawyer: every sense's derived words stay", wn.Derived("law"))
	}
}

func TestAntonyms(t *testing.T) {
	wn := load(t)
	tests := []struct {
		adj  string
		want []string
	}{
		{"closed", []string{"open"}},
		{"shut", []string{"open"}},
		{"safe", []string{"dangerous"}},
		{"young", []string{"old"}},
		{"council", nil}, // no adjective
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, wn.Antonyms(tt.adj)); diff != "" {
			t.Errorf("Antonyms(%q) mismatch (-want, +got):\n%s", tt.adj, diff)
		}
	}
}

// TestHomelands holds that a people's noun or adjective is of the named
// land WordNet makes it a member of or pertain to, and that the land
// names its people back; a common place ("rural": the country, "local":
// a locality) is no land of a people.
func TestHomelands(t *testing.T) {
	wn := load(t)
	tests := []struct {
		peoples bool // Peoples, else Homelands
		word    string
		want    string // among the words returned; "" for none at all
	}{
		{false, "briton", "great_britain"},
		{false, "british", "great_britain"},
		{false, "french", "france"},
		{false, "parisian", "paris"},
		{false, "russian", "russia"},
		{false, "spaniard", "spain"},
		{false, "rural", ""},
		{false, "local", ""},
		{false, "urban", ""},
		{true, "russia", "russian"},
		{true, "great_britain", "briton"},
		{true, "city", ""},
	}
	for _, tt := range tests {
		f, name := wn.Homelands, "Homelands"
		if tt.peoples {
			f, name = wn.Peoples, "Peoples"
		}
		got := f(tt.word)
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%s(%q) = %v, want %q", name, tt.word, got, tt.want)
		}
	}
}

func TestTwoWordKinds(t *testing.T) {
	wn := load(t)
	tests := []struct {
		lemma, kind string
		want        bool
	}{
		{"heatstroke", "heat_exhaustion", true}, // a kind of heatstroke
		{"court", "supreme_court", true},
		{"exhaustion", "heat_exhaustion", false}, // a kind of heatstroke, not of exhaustion
		{"jail", "prison_house", false},          // siblings
	}
	for _, tt := range tests {
		t.Run(tt.lemma+" "+tt.kind, func(t *testing.T) {
			if got := slices.Contains(wn.TwoWordKinds(tt.lemma), tt.kind); got != tt.want {
				t.Errorf("TwoWordKinds(%q) has %q: %v, want %v", tt.lemma, tt.kind, got, tt.want)
			}
		})
	}
}

func TestTagged(t *testing.T) {
	wn := load(t)
	tests := []struct{ common, rare string }{
		{"go_back", "go_back_on"},
		{"go_down", "go_down_on"},
		{"catch_up_with", "catch_up"},
		{"remove", "get_rid_of"},
	}
	for _, tt := range tests {
		if c, r := wn.Tagged(tt.common), wn.Tagged(tt.rare); c <= r {
			t.Errorf("Tagged(%s) = %d, not more than Tagged(%s) = %d", tt.common, c, tt.rare, r)
		}
	}
}

// TestKinds holds that Kinds finds the nouns whose most frequent sense is
// a kind of a sense of the lemma, within the depth, and not those that are
// such a kind only in a rarer sense.
func TestKinds(t *testing.T) {
	wn := load(t)
	tests := []struct {
		lemma, kind string
		depth       int
		want        bool
	}{
		{"investor", "shareholder", 1, true},
		{"scientist", "geologist", 1, true},
		{"scientist", "hydrologist", 1, false}, // two steps down
		{"scientist", "hydrologist", 2, true},
		{"hotel", "motel", 2, true},      // a motor hotel, a kind of hotel
		{"hotel", "court", 2, false},     // a motor court, but first of all a courtyard
		{"scientist", "bacon", 2, false}, // Francis Bacon, but first of all a food
		{"investor", "investor", 2, false},
	}
	for _, tt := range tests {
		if got := slices.Contains(wn.Kinds(tt.lemma, tt.depth), tt.kind); got != tt.want {
			t.Errorf("%q among the kinds of %q within %d: %v, want %v", tt.kind, tt.lemma, tt.depth, got, tt.want)
		}
	}
}

// TestParseHoldsLittle: what a parsed WordNet keeps in the heap, beside
// the embedded text it reads in place, is the offsets of its lines and
// the few maps of numbers, not maps of the word sections' 60,000 lines:
// under 3.5 MB, where those maps held some 7.
func TestParseHoldsLittle(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	wn, err := Parse(embedded)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(wn)
	held := float64(after.HeapAlloc) - float64(before.HeapAlloc)
	t.Logf("Parse holds %.2f MB of heap", held/1e6)
	if held > 3.5e6 {
		t.Errorf("Parse holds %.1f MB of heap, want under 3.5 MB", held/1e6)
	}
}

// TestWordSectionsRead: every line of the word sections gives, by its first
// word, the rest of its words, as a map of the fields gave them; a word of
// no line gives nothing; and OpaqueFirst is true of exactly the first words
// of the opaque nouns.
func TestWordSectionsRead(t *testing.T) {
	wn := load(t)
	text := string(embedded)
	section := func(name string) []string {
		i := strings.Index(text, "\n"+name+" ")
		if i < 0 {
			t.Fatalf("no section %s", name)
		}
		head, rest, _ := strings.Cut(text[i+1:], "\n")
		n, err := strconv.Atoi(strings.TrimPrefix(head, name+" "))
		if err != nil {
			t.Fatal(err)
		}
		return strings.SplitN(rest, "\n", n+1)[:n]
	}
	for _, s := range []struct {
		name string
		get  func(string) []string
	}{
		{"exceptions", wn.Irregular}, {"attributes", wn.Attributes}, {"verbkinds", wn.VerbKinds},
		{"causes", wn.Causes}, {"troponyms", wn.Troponyms}, {"antonyms", wn.Antonyms},
		{"plurals", func(w string) []string { return slices.Collect(fields(wn.plurals.rest(w))) }},
		{"homelands", wn.Homelands},
	} {
		lines := section(s.name)
		if len(lines) < 50 {
			t.Fatalf("%s: %d lines", s.name, len(lines))
		}
		for _, l := range lines {
			f := strings.Fields(l)
			if got := s.get(f[0]); !slices.Equal(got, f[1:]) {
				t.Errorf("%s(%q) = %q, want %q", s.name, f[0], got, f[1:])
			}
			for _, w := range []string{f[0] + "x", f[0][:len(f[0])-1], "a" + f[0]} {
				if !slices.Contains(lines, w) && !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, w+" ") }) && len(s.get(w)) > 0 {
					t.Errorf("%s(%q) = %q, want nothing", s.name, w, s.get(w))
				}
			}
		}
	}
	opaque := section("opaque")
	firsts := map[string]bool{}
	for _, l := range opaque {
		first, last, _ := strings.Cut(l, " ")
		firsts[first] = true
		if !wn.Opaque(first, last) {
			t.Errorf("Opaque(%q, %q) = false", first, last)
		}
		if wn.Opaque(first, last+"s") && !slices.Contains(opaque, first+" "+last+"s") {
			t.Errorf("Opaque(%q, %q) = true", first, last+"s")
		}
	}
	for first := range firsts {
		for _, w := range []string{first, first[:len(first)-1], first + "e"} {
			if got := wn.OpaqueFirst(w); got != firsts[w] {
				t.Errorf("OpaqueFirst(%q) = %v, want %v", w, got, firsts[w])
			}
		}
	}
}

// TestTablesAllocateNothing: a look-up in a word section, found or not,
// allocates nothing, as a map's did: NounLemma and Opaque are asked of
// every word of every question.
func TestTablesAllocateNothing(t *testing.T) {
	wn := load(t)
	wn.NounLemma("children")
	for name, f := range map[string]func(){
		"NounLemma(children)": func() { wn.NounLemma("children") },
		"NounLemma(thieves)":  func() { wn.NounLemma("thieves") },
		"Opaque":              func() { wn.Opaque("think", "tank") },
		"OpaqueFirst":         func() { wn.OpaqueFirst("think") },
		"Irregular(table)":    func() { wn.Irregular("table") },
	} {
		if n := testing.AllocsPerRun(100, f); n > 0 {
			t.Errorf("%s: %.0f allocations", name, n)
		}
	}
}

// A look-up of a lemma not yet read (find) reads its line in place: an
// allocation for its synsets, one for its derived words and one for each
// of the three lists of its synonyms, one for the words of its synonyms
// and one for each synonym's derived words; not a copy of the line, a
// slice of its fields, or a slice grown number by number.
func TestFindAllocates(t *testing.T) {
	wn := load(t)
	for _, w := range []string{"minister", "run", "quickly", "airport", "attorney", "happy"} {
		t.Run(w, func(t *testing.T) {
			l := wn.find(w)
			if l.pos == 0 {
				t.Fatalf("%q: not found", w)
			}
			want := 2.0
			if len(l.synonyms) > 0 {
				want += 4
			}
			for _, d := range l.synDerived {
				if d != nil {
					want++
				}
			}
			if got := testing.AllocsPerRun(20, func() { wn.find(w) }); got > want {
				t.Errorf("find(%q) allocates %v times, want at most %v", w, got, want)
			}
			if again := wn.find(w); !reflect.DeepEqual(again, l) {
				t.Errorf("find(%q) = %+v, then %+v", w, l, again)
			}
		})
	}
}

// collocationEvery is collocation as it was before startsLemma ended it
// early: every key tried.
func (wn *WordNet) collocationEvery(words []string) (uint8, string) {
	ws := make([]string, len(words))
	for i, w := range words {
		ws[i] = strings.ToLower(w)
	}
	first, last := ws[0], ws[len(ws)-1]
	for _, b := range wn.lemmasAs(last, Noun) {
		k := key(append(ws[:len(ws)-1:len(ws)-1], b)...)
		if l := wn.peek(k); l.pos&Noun != 0 {
			return Noun, k
		}
	}
	for _, rest := range idiomForms(ws[1:]) {
		for _, a := range wn.lemmasAs(first, Verb) {
			k := key(append([]string{a}, rest...)...)
			if l := wn.peek(k); l.pos&Verb != 0 {
				return Verb, k
			}
		}
	}
	if l := wn.peek(key(ws...)); l.pos&(Adjective|Adverb) != 0 {
		return l.pos & (Adjective | Adverb), key(ws...)
	}
	return 0, ""
}

// TestCollocationEndsEarly: collocation, ended when no lemma starts with
// the first word (or a verb's base of it) and "_", finds what trying
// every key finds, for every lemma of several words of WordNet, inflected
// as a reader meets it, and for pairs of its words that are none; and a
// pair no lemma starts as leaves nothing in the lemma cache.
func TestCollocationEndsEarly(t *testing.T) {
	wn := load(t)
	var cases [][]string
	for _, off := range wn.lemmas {
		name, _, _ := strings.Cut(string(wn.line(off)), "\t")
		ws := strings.Split(name, "_")
		if len(ws) < 2 {
			continue
		}
		n := len(ws) - 1
		cases = append(cases, ws,
			append(slices.Clone(ws[:n]), ws[n]+"s"),
			append([]string{ws[0] + "ed"}, ws[1:]...),
			append([]string{ws[0] + "ing"}, ws[1:]...),
			append([]string{ws[0] + "s"}, ws[1:]...),
			[]string{ws[n], ws[0]},
			[]string{strings.ToUpper(ws[0]), ws[n]})
	}
	cases = append(cases, []string{"made", "up", "her", "mind"}, []string{"did", "say"}, []string{"say", "about"})
	for _, ws := range cases {
		gp, gk := wn.collocation(ws)
		wp, wk := wn.collocationEvery(ws)
		if gp != wp || gk != wk {
			t.Errorf("collocation(%q) = %b %q, every key %b %q", ws, gp, gk, wp, wk)
		}
	}
	if len(cases) < 50000 {
		t.Errorf("only %d cases", len(cases))
	}
	wn.Forget()
	wn.Collocation("zqx", "say")
	if _, ok := wn.cached("zqx_say"); ok {
		t.Error(`Collocation("zqx", "say") kept the look-up "zqx_say"`)
	}
}
