package engine

// A yes/no question names a claim ("is it true the commission wants to ban
// them", "did the cops nick anyone") and is answered by the paragraph that
// says it or denies it. The words by which it asks whether the claim holds
// ("is it true that", "right?", "or not") are phrasing, not the claim.

// truthWords are what "is it true (that)" may ask by: "is it true", "is it
// right", "is it the case".
var truthWords = map[string]bool{"true": true, "right": true, "correct": true, "so": true}

// dropTruthAsked drops the words by which a question asks whether a claim
// holds, keeping the claim: "is it true (that)" before it ("is it true
// lorries were already banned" asks of lorries banned, not of truth), "is
// that true", "right" or "or not" after it, each past a break ("they
// closed it, right?"). The "is" is kept: the question still asks whether.
func dropTruthAsked(ws []word) {
	i := 0
	for i < len(ws) && (ws[i].folded == "so" || ws[i].folded == "but" || ws[i].folded == "and") {
		i++
	}
	if i+2 < len(ws) && beForms[ws[i].folded] && ws[i+1].folded == "it" && truthWords[ws[i+2].folded] && ws[i+2].folded != "so" {
		ws[i+1].term, ws[i+2].term = "", ""
		if j := i + 3; j < len(ws) && ws[j].folded == "that" {
			ws[j].term = ""
		}
	}
	n := len(ws)
	switch {
	case n > 2 && ws[n-1].folded == "right" && ws[n-1].brk:
		ws[n-1].term = ""
	case n > 3 && ws[n-2].folded == "or" && (ws[n-1].folded == "not" || ws[n-1].folded == "what"):
		ws[n-2].term, ws[n-1].term = "", ""
	case n > 4 && ws[n-3].brk && beForms[ws[n-3].folded] && (ws[n-2].folded == "that" || ws[n-2].folded == "it" || ws[n-2].folded == "this") && truthWords[ws[n-1].folded]:
		ws[n-3].term, ws[n-2].term, ws[n-1].term = "", "", ""
	}
}

// asksYesNo reports whether a question asks whether a claim holds: it
// starts with an auxiliary, a form of "be" or of "do" ("did the cops nick
// anyone", "is the dam safe", "could they close it"), after "so", "but"
// or "and".
func asksYesNo(ws []word) bool {
	for _, w := range ws {
		if w.folded == "so" || w.folded == "but" || w.folded == "and" {
			continue
		}
		return auxiliaries[w.folded] || doWords[w.folded]
	}
	return false
}

// knowingWords, before a wh-word, make what follows a question asked
// inside the claim ("do the cops know who painted them", "is it known who
// Moscow is sending", "did the judge say who was right").
var knowingWords = map[string]bool{
	"know": true, "knows": true, "known": true, "knew": true, "tell": true, "told": true, "say": true, "said": true,
	"ask": true, "asked": true, "sure": true, "clear": true, "idea": true, "wonder": true, "explain": true,
	"explained": true, "reveal": true, "revealed": true, "confirm": true, "confirmed": true, "decide": true,
	"decided": true, "identify": true, "identified": true, "determine": true, "determined": true,
}

// freeRelative reports whether the wh-word at i of a yes/no question heads
// a phrase that names a thing, not one that asks for it: "are shops
// rationing what people can buy", "did sales beat what wall street
// expected". After a content word that is no word of knowing or saying,
// "what" is the thing rationed, and the question asks no kind of answer.
func freeRelative(ws []word, i int) bool {
	return i > 1 && asksYesNo(ws) && ws[i-1].term != "" && !ws[i].brk && !knowingWords[ws[i-1].folded]
}
