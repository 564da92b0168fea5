package engine

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"

	"github.com/coveragebot/coveragebot/engine/wordnet"
)

// contractions lists the contractions of English's stop list that people
// type without the apostrophe ("doesnt", "whats", "im"), keyed by that
// spelling, for those whose spelling without it is no word WordNet knows,
// nor an irregular form of one, nor a possessive: "well", "shed", "wont",
// "were" and "its" stay words. Unread, "doesnt" is a word no
// dictionary knows, and so a thing the coverage never mentions. So is a
// stop word typed with a letter left out ("hav"), which it maps too.
func contractions(wn *wordnet.WordNet) map[string]string {
	out := map[string]string{}
	var stops []string
	for _, w := range englishStopList() {
		bare := strings.ReplaceAll(w, "'", "")
		// Not a word itself, nor an irregular form of one; a regular
		// one of a pronoun is no reading ("hes" is not helium's
		// plural).
		// Nor a possessive determiner: "its" of "dragging its feet" is
		// no "it's".
		if bare != w && wn.POS(bare) == 0 && wn.Irregular(bare) == nil && !wordnet.Possessive(bare) {
			out[bare] = w
		}
		if bare == w {
			stops = append(stops, w)
		}
	}
	// A stop word typed with one letter after its first left out ("hav",
	// "shoud", "becaus") is that word, when the spelling is no word
	// itself and no other stop word's spelling of the same kind.
	dropped := map[string]string{}
	for _, w := range stops {
		for i := 1; len(w) >= 4 && i < len(w); i++ {
			bare := w[:i] + w[i+1:]
			if other, ok := dropped[bare]; ok && other != w {
				dropped[bare] = ""
				continue
			}
			dropped[bare] = w
		}
	}
	isStop := make(map[string]bool, len(stops))
	for _, w := range stops {
		isStop[w] = true
	}
	for bare, w := range dropped {
		if _, ok := out[bare]; ok || w == "" || isStop[bare] || chatShort[bare] != "" || wn.POS(bare) != 0 || wn.Irregular(bare) != nil || wordnet.Possessive(bare) {
			continue
		}
		out[bare] = w
	}
	return out
}

// expandContractions gives the words of a question that are contractions
// without their apostrophe the reading of the contraction: "whats" is
// "what", "doesnt" a stop word.
func (e *Engine) expandContractions(ws []word) {
	if e.lex == nil {
		return
	}
	for i, w := range ws {
		c, ok := e.lex.contractions[w.folded]
		if !ok {
			if base, ok := contractedStop(w.folded); ok {
				ws[i].folded, ws[i].term = base, e.termOf(base)
			}
			continue
		}
		// A stop word with a letter left out is read so only where the
		// coverage does not use the spelling itself (a name: "Dow").
		if !strings.ContainsRune(c, '\'') && w.term != "" && e.vocab.dfOf(w.term) > 0 {
			continue
		}
		ws[i].folded = strings.TrimSuffix(c, "'s")
		ws[i].term = e.termOf(c)
	}
}

// stopEndings are the endings English contracts a stop word after a
// word with ("would", "did", "had", "have", "will", "are", "am").
var stopEndings = []string{"'d", "'ve", "'ll", "'re", "'m"}

// contractedStop returns the stop word a contraction of two stop words
// starts, when the stop list does not hold the contraction itself:
// "where'd" is "where" (did), "should've" "should" (have), "how'll" "how"
// (will). Read as typed, each is a word no dictionary knows, and so a
// thing the coverage never mentions ("who was the guest violinist and
// where'd she fly in from"); the stop word alone keeps what it asks.
// (Folded words have plain apostrophes: knowledge.Fold.)
func contractedStop(folded string) (string, bool) {
	if englishStops()[folded] {
		return "", false
	}
	for _, end := range stopEndings {
		if base, ok := strings.CutSuffix(folded, end); ok && englishStops()[base] {
			return base, true
		}
	}
	return "", false
}

// chatShort are the shortenings people type in chat for words a question
// may turn on ("how many ppl", "what did the govt say"): neither WordNet
// nor the word vectors read them as the words they stand for.
var chatShort = map[string]string{
	"ppl": "people", "peeps": "people", "govt": "government", "gov": "government", "govts": "governments",
	"dept": "department", "depts": "departments", "mgmt": "management", "intl": "international",
	"natl": "national", "approx": "approximately", "info": "information", "pct": "percent",
	"yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "min": "minute", "mins": "minutes",
	"wk": "week", "wks": "weeks", "mo": "month", "mos": "months", "tmrw": "tomorrow", "tmr": "tomorrow",
	"yday": "yesterday", "mil": "million", "bn": "billion", "abt": "about", "bc": "because",
	"cuz": "because", "thru": "through", "tho": "though", "pls": "please", "plz": "please",
	"u": "you", "ur": "your", "r": "are", "b4": "before", "w/": "with", "w/o": "without",
	"pres": "president", "reps": "representatives", "rep": "representative",
	// Contractions without their apostrophe that are also rare words
	// ("cant", hypocritical talk; "wont", a habit), which contractions
	// leaves: in a question they are most often "can't" and "won't".
	"cant": "can't", "wont": "won't",
	"uni": "university", "unis": "universities", "vax": "vaccine", "convo": "conversation", "esp": "especially",
	// Business and public life as chat shortens it ("the lottery co",
	// "cancelled ops", "claim the compo"). Not "pm" (a prime minister or
	// an afternoon) nor "cos" (because, or companies).
	"co": "company", "corp": "corporation", "biz": "business", "exec": "executive", "execs": "executives",
	"mgr": "manager", "prez": "president", "op": "operation", "ops": "operations", "compo": "compensation",
	"hosp": "hospital", "avg": "average", "est": "estimated", "stats": "statistics", "rd": "road",
	"pic": "picture", "pics": "pictures", "vid": "video", "vids": "videos", "msg": "message", "bday": "birthday",
	"nite": "night", "tonite": "tonight", "prob": "probably", "probs": "probably", "defo": "definitely", "rly": "really",
	"gonna": "going", "wanna": "want", "gotta": "got", "gimme": "give", "lemme": "let",
	// Wh-words as chat spells them, where fixWhWords cannot tell: "wen"
	// is a word of the dictionary (a cyst), "wats" two letters from
	// "what's".
	"wen": "when", "wats": "what", "wut": "what", "wot": "what",
	// "Till" is "until" in a question ("how long till the judges rule"),
	// not a cash drawer, unless the coverage says "till".
	"till": "until", "til": "until",
	// A number for the syllable it sounds: "every1", "2day".
	"every1": "everyone", "some1": "someone", "any1": "anyone",
	"2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow", "2nite": "tonight",
}

// expandShortenings reads a chat shortening the coverage does not itself
// use as the word it stands for: "ppl" is "people".
func (e *Engine) expandShortenings(ws []word) {
	for i, w := range ws {
		long, ok := chatShort[w.folded]
		if !ok || w.term != "" && e.vocab.dfOf(w.term) > 0 {
			continue
		}
		ws[i].folded, ws[i].term = long, e.termOf(long)
	}
}

// chatFiller are the words of chat around a question that ask nothing of
// the coverage: greetings, thanks, the bot addressed, and the shorthand of
// chat ("yo bot what did peskov say", "who is peskov? thx"). Each is
// phrasing unless the coverage itself uses it (a story about chatbots
// says "bot").
var chatFiller = map[string]bool{
	"hey": true, "heya": true, "hiya": true, "yo": true, "sup": true, "howdy": true,
	"thx": true, "thnx": true, "tnx": true, "ty": true, "tysm": true, "thanks": true, "thank": true, "cheers": true,
	"bot": true, "lol": true, "lmao": true, "btw": true, "fyi": true, "imo": true, "imho": true, "idk": true, "tbh": true,
	"ok": true, "okay": true, "hmm": true, "hm": true, "um": true, "umm": true, "uh": true, "erm": true,
	"wondering": true, "curious": true,
	// A yes or no said in chat ("did the airline say sorry or nah").
	"nah": true, "yeah": true, "yep": true, "nope": true,
	// "Right now", "at the moment": a question asks of the present
	// unless it says otherwise.
	"rn": true, "atm": true,
}

// leadingChat are the words that, first in a question, only join it to what was said
// before ("so who died", "and the operators?", "well, when is it"):
// nothing is asked of them.
var leadingChat = map[string]bool{"so": true, "and": true, "but": true, "well": true, "anyway": true, "also": true}

// chatWord reports whether a word is a word of chat: chatFiller's, or
// "please", a stop word, which the index drops anyway.
func chatWord(folded string) bool { return folded == "please" || chatFiller[folded] }

// dropChatFiller drops the chat around a question: the words of chatFiller,
// "quick question" and "please", at its start or end whatever the coverage
// says ("… thanks!" in a story where someone "thanked" the council), and
// inside it when the coverage never uses them; and the words that only
// join it to what was said before, at its start. What is left is the
// question, whose first word says what it asks ("hey bot, who is in
// charge" asks who leads, as "who is in charge" does).
func (e *Engine) dropChatFiller(ws []word) []word {
	chat := func(i int) int { // how many words of chat start at i, 0 if none
		switch w := ws[i]; {
		case w.folded == "quick" && i+1 < len(ws) && (ws[i+1].folded == "question" || ws[i+1].folded == "q"):
			return 2
		case chatWord(w.folded):
			return 1
		}
		return 0
	}
	lo := 0
	for lo < len(ws) {
		if n := chat(lo); n > 0 {
			lo += n
		} else if leadingChat[ws[lo].folded] {
			lo++
		} else {
			break
		}
	}
	hi := len(ws)
	for hi > lo && chatWord(ws[hi-1].folded) {
		hi--
	}
	out := ws[:0:0]
	for i := lo; i < hi; i++ {
		switch n := chat(i); {
		case n == 2:
			i++
		case n == 1 && (ws[i].folded == "please" || ws[i].term != "" && e.vocab.dfOf(ws[i].term) == 0):
		default:
			out = append(out, ws[i])
		}
	}
	return out
}

// englishStopList is English's stop list as the index's analyzer has it
// ("to", "for", "doesn't"), in its order.
var englishStopList = sync.OnceValue(func() []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(en.EnglishStopWords))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "|")
		out = append(out, strings.Fields(line)...)
	}
	return out
})

// englishStops is English's stop list as a set (see englishStopList).
var englishStops = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range englishStopList() {
		out[w] = true
	}
	return out
})
