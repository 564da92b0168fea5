package engine

// orElse are the words that, after "or" at the end of a question, only
// leave the other answer open: "did the airline say sorry or nah", "was
// the skipper drunk or something", "is he going or not". They name
// nothing the coverage must mention.
var orElse = map[string]bool{
	"not": true, "no": true, "nah": true, "naw": true, "nope": true, "nay": true,
	"what": true, "something": true, "anything": true, "whatever": true, "sth": true, "smth": true,
}

// dropOrElse drops "or" and an orElse word that end a question.
func dropOrElse(ws []word) []word {
	n := len(ws)
	if n > 3 && ws[n-2].folded == "or" && orElse[ws[n-1].folded] {
		return ws[:n-2]
	}
	return ws
}
