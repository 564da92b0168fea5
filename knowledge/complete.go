package knowledge

import (
	"strings"
	"unsafe"
)

// The separators of a choice's label: "Name — role", "alias → Name".
const (
	roleSep  = " — "
	aliasSep = " → "
)

// CompletionValue turns a choice's label back into its value. Some Discord
// clients send the label a user picked instead of the value; this lets either
// work. Text that is not a label comes back as it is.
func CompletionValue(s string) string {
	if _, after, ok := strings.Cut(s, aliasSep); ok {
		s = after
	}
	if before, _, ok := strings.Cut(s, roleSep); ok {
		s = before
	}
	return strings.TrimSpace(s)
}

// Complete returns autocomplete choices for what a user has typed so far:
// entity names and aliases (speakers only when quoted) and event topics, of
// the given articles or of all, most cited first among equal matches; or
// articles, by id or title, newest first, each shown by its label and date.
// The choices come from the library's choice indexes, so that only those
// that match are scored.
func (l *Library) Complete(field Field, partial string, limit int, articles ...string) []Completion {
	q := wordsOnly(Fold(partial))
	in := l.inScope(articles)
	ch := l.readyChoices()
	switch field {
	case FieldEntity:
		return ch.entities.complete(q, limit, in)
	case FieldSpeaker:
		return ch.speakers.complete(q, limit, in)
	case FieldTopic:
		if in != nil {
			return l.completeTopicsIn(ch, q, limit, in)
		}
		return ch.topics.complete(q, limit, nil)
	case FieldArticle:
		return ch.articles.complete(q, limit, nil)
	}
	return nil
}

// completeTopicsIn completes topics within some articles, which count each
// topic's uses their own way: it scores each of their topics.
func (l *Library) completeTopicsIn(ch *choiceIndexes, q string, limit int, in []bool) []Completion {
	count := map[string]int{}
	for s, ok := range in {
		if ok {
			for _, t := range ch.topicsBySource[s] {
				count[t.topic] += t.n
			}
		}
	}
	x := &choiceIndex{}
	var found []scored
	for _, t := range sortedKeys(count) {
		near := func(w string) bool { return EditDistance(w, q) <= 2 }
		if s := completionScore(q, ch.topicKeys[t], near); s > 0 {
			found = append(found, scored{s, int32(len(x.choices))})
			x.choices = append(x.choices, choice{src: -1, label: t, value: t, rank: int32(count[t])})
		}
	}
	return x.pick(found, limit)
}

// choiceIndexes are the choice indexes of the fields Complete completes.
type choiceIndexes struct {
	entities, speakers, topics, articles *choiceIndex
	// topicsBySource counts each source's uses of each topic, in events and
	// quotes; topicKeys holds every topic folded.
	topicsBySource [][]topicCount
	topicKeys      map[string]string
}

type topicCount struct {
	topic string
	n     int
}

// addTopicsAndArticles makes the indexes of topics and articles.
func (x *choiceIndexes) addTopicsAndArticles(sources []*Source, articles []*Article, fold func(string) string) {
	x.topicKeys = map[string]string{}
	all := map[string]int{}
	// Sized first, as the entities' choices are: built right after a
	// restart, beside its last steps.
	x.topicsBySource = make([][]topicCount, 0, len(sources))
	for _, s := range sources {
		count := map[string]int{}
		var order []string
		use := func(t string) {
			if count[t] == 0 {
				order = append(order, t)
			}
			count[t]++
			all[t]++
		}
		for _, e := range s.Events {
			for _, t := range e.Topics {
				use(t)
			}
		}
		for _, q := range s.Quotes {
			for _, t := range q.Topics {
				use(t)
			}
		}
		ts := make([]topicCount, 0, len(order))
		for _, t := range order {
			ts = append(ts, topicCount{t, count[t]})
		}
		x.topicsBySource = append(x.topicsBySource, ts)
	}
	cs, match := make([]choice, 0, len(all)), make([]string, 0, len(all))
	for _, t := range sortedKeys(all) {
		x.topicKeys[t] = fold(t)
		cs = append(cs, choice{src: -1, label: t, value: t, rank: int32(all[t])})
		match = append(match, x.topicKeys[t])
	}
	x.topics = newChoiceIndex(cs, match, 0)
	cs, match = make([]choice, 0, len(articles)), make([]string, 0, len(articles))
	for _, a := range articles {
		label := a.Label()
		if !a.Published.IsZero() {
			label += roleSep + a.Published.Human()
		}
		// Newest first: the story a newsroom follows today is the one asked
		// about. The rank is the day of publication.
		cs = append(cs, choice{src: -1, label: label, value: a.ID, rank: int32(a.Published.Start().Unix() / 86400)})
		match = append(match, fold(a.ID+" "+a.Title+" "+a.ShortTitle))
	}
	x.articles = newChoiceIndex(cs, match, 0)
}

// newEntityChoices lists every entity's name, and each of its aliases,
// labelled with the role or the name; only those quoted when speakersOnly.
func newEntityChoices(sources []*Source, speakersOnly bool, fold func(string) string) *choiceIndex {
	// The labels and the folded names are written one after another and
	// cut from one string at the end: at 100,000 paragraphs, a string each
	// was 150,000 objects for the garbage collector to mark. They and the
	// choices are sized first: grown by appending, they allocated some 50 MB
	// for 15 MB kept, all of it memory touched for the first time right
	// after a restart (folding keeps a name's length, mostly: match's
	// buffer may still grow).
	// Each source's quotes are counted by speaker once, for both passes.
	n, labelLen, nameLen := 0, 0, 0
	quoted := make([]map[string]int, len(sources))
	for si, s := range sources {
		quoted[si] = quotesBySpeaker(s)
		for _, e := range s.Entities {
			if speakersOnly && quoted[si][e.ID] == 0 {
				continue
			}
			n += 1 + len(e.Aliases)
			labelLen += len(e.Name) + len(roleSep) + len(e.Role)
			nameLen += len(e.Name)
			for _, a := range e.Aliases {
				labelLen += len(a) + len(aliasSep) + len(e.Name)
				nameLen += len(a)
			}
		}
	}
	cs := make([]choice, 0, n)
	labels := joined{buf: make([]byte, 0, labelLen), ends: make([]int, 0, n)}
	match := joined{buf: make([]byte, 0, nameLen), ends: make([]int, 0, n)}
	for si, s := range sources {
		quoted := quoted[si]
		for _, e := range s.Entities {
			if speakersOnly && quoted[e.ID] == 0 {
				continue
			}
			if e.Role != "" {
				labels.add(e.Name, roleSep, e.Role)
			} else {
				labels.add(e.Name)
			}
			rank := int32(len(e.Paragraphs) + quoted[e.ID])
			cs = append(cs, choice{src: int32(si), value: e.Name, rank: rank})
			match.add(fold(e.Name))
			for _, a := range e.Aliases {
				labels.add(a, aliasSep, e.Name)
				cs = append(cs, choice{src: int32(si), value: e.Name, rank: rank, alias: true})
				match.add(fold(a))
			}
		}
	}
	for i, l := range labels.strings() {
		cs[i].label = l
	}
	return newChoiceIndex(cs, match.strings(), len(sources))
}

// quotesBySpeaker counts a source's quotes by speaker: nil for none.
func quotesBySpeaker(s *Source) map[string]int {
	if len(s.Quotes) == 0 {
		return nil
	}
	quoted := make(map[string]int)
	for _, qu := range s.Quotes {
		quoted[qu.Speaker]++
	}
	return quoted
}

// joined gathers strings, each made of parts, one after another in one
// buffer, to be cut from one string.
type joined struct {
	buf  []byte
	ends []int
}

// add appends a string made of the parts.
func (j *joined) add(parts ...string) {
	for _, p := range parts {
		j.buf = append(j.buf, p...)
	}
	j.ends = append(j.ends, len(j.buf))
}

// strings returns the strings added, in order, substrings of one: the
// buffer itself, not a copy of it (nothing may be added after).
func (j *joined) strings() []string {
	all := unsafe.String(unsafe.SliceData(j.buf), len(j.buf))
	j.buf = nil
	out := make([]string, len(j.ends))
	start := 0
	for i, end := range j.ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}
