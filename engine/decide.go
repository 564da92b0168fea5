package engine

import "strings"

// answerThreshold is the share of a question's weight that a paragraph must
// answer for the reply to cite it.
const answerThreshold = 0.4

// relativeFloor drops passages scoring under this share of the best one.
const relativeFloor = 0.6

// decision is what stage 4 decided: the paragraphs to cite, best first, or
// why the coverage cannot answer.
type decision struct {
	cite   []candidate
	reason string // set when nothing is cited
}

// decide is stage 4: answer with the best candidates, or abstain when the
// question asks about something the coverage never mentions, whatever its
// other words match, or when no paragraph answers enough of it.
func decide(q question, cands []candidate, limit int) decision {
	if len(q.concepts) == 0 {
		return decision{reason: "Ask about someone or something the coverage names."}
	}
	if miss := q.missing(); len(miss) > 0 {
		return decision{reason: "It never mentions " + labels(miss) + "."}
	}
	var d decision
	for _, c := range cands {
		if len(d.cite) == limit {
			break
		}
		if c.coverage < answerThreshold {
			continue
		}
		// A passage far below the best is noise beside it.
		if len(d.cite) > 0 && c.score < relativeFloor*d.cite[0].score {
			break
		}
		d.cite = append(d.cite, c)
	}
	return d
}

// labels names concepts in the reader's own words: “drones” or “Paris”.
func labels(cs []concept) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = "“" + c.label + "”"
	}
	return strings.Join(out, " or ")
}
