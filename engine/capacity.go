package engine

import "slices"

// roomVerbs are the verbs that say how many a thing has room for: a
// stand "holds", "seats" or "fits" so many, a ferry "carries" them, a
// hall "accommodates" them.
var roomVerbs = []string{"hold", "seat", "fit", "accommodate", "carry"}

// roomWords are the words beside a number that give it as a room: the
// verbs and "capacity" ("a licensed capacity of 640", "a 5,000-seat
// arena").
var roomWords = append([]string{"capacity"}, roomVerbs...)

// capacityHolder returns the concepts (their indexes) of the thing a "how
// many X can Y hold" question asks the room of, Y, read from the words
// between the modal after the counted noun and the verb that ends the
// question; else nil. "How many fans can the east stand fit" asks the
// stand's capacity, which "had a licensed capacity of 640" gives though
// it never says "fans".
func (e *Engine) capacityHolder(ws []word, manyAt int, firstWord []int) []int {
	wn := e.lex.wn
	if wn == nil || manyAt < 0 {
		return nil
	}
	modal := -1
	for j := manyAt + 1; j < len(ws) && j <= manyAt+4; j++ {
		if modals[ws[j].folded] {
			modal = j
			break
		}
	}
	last := len(ws) - 1
	for last > modal && ws[last].term == "" {
		last--
	}
	if modal < 0 || last <= modal+1 || !e.isRoomWord(ws[last].folded, roomVerbs) {
		return nil
	}
	var out []int
	for i, at := range firstWord {
		if at > modal && at < last {
			out = append(out, i)
		}
	}
	return out
}

// isRoomWord reports whether a word is a form of one of the lemmas.
func (e *Engine) isRoomWord(w string, lemmas []string) bool {
	return slices.Contains(lemmas, w) || slices.ContainsFunc(e.lex.wn.Lemmas(w), func(l string) bool { return slices.Contains(lemmas, l) })
}

// givesRoom reports whether a sentence's words give a number as the room
// of something: a number beside "capacity" or a verb of room, within two
// words ("a capacity of 640", "holds up to 640", "a 640-seat stand").
func (e *Engine) givesRoom(ws []word) bool {
	if e.lex.wn == nil {
		return false
	}
	for k, w := range ws {
		if !isNumberWord(w.folded) || isYear(w.folded) {
			continue
		}
		for j := max(0, k-3); j < min(len(ws), k+3); j++ {
			if j != k && ws[j].term != "" && sameClause(ws, min(j, k), max(j, k)) && e.isRoomWord(ws[j].folded, roomWords) {
				return true
			}
		}
	}
	return false
}

// conceptsAt returns a question's concepts at the indexes (its holder's,
// what it counts); nil for none.
func conceptsAt(q question, at []int) []concept {
	if len(at) == 0 {
		return nil
	}
	out := make([]concept, 0, len(at))
	for _, i := range at {
		out = append(out, q.concepts[i])
	}
	return out
}
