package synth

import (
	"fmt"
	"strings"
	"time"
)

// paragraph writes paragraph w.para of an article of total paragraphs: a
// headline, a lede, then a news story's mix of statements, quotes, dated
// events, figures and background, each of two or three sentences.
func (w *writer) paragraph(total int) string {
	switch w.para {
	case 1:
		return w.headline()
	case 2:
		return w.lede()
	}
	var s []string
	switch k := w.r.IntN(100); {
	case k < 25:
		s = append(s, w.quoteSentence())
	case k < 45:
		s = append(s, w.eventSentence())
	case k < 60:
		s = append(s, w.saidSentence())
	case k < 72:
		s = append(s, w.numberSentence())
	case k < 80:
		s = append(s, w.background())
	default:
		s = append(s, w.factSentence())
	}
	for n := w.r.IntN(3); n > 0; n-- {
		if w.r.IntN(3) == 0 {
			s = append(s, w.numberSentence())
		} else {
			s = append(s, w.factSentence())
		}
	}
	return strings.Join(s, " ")
}

// headline: "Lopez to review new ferry budget in Harbourton", sentence case
// and no colon, so that it makes the article's label.
func (w *writer) headline() string {
	who := w.people[0].short
	if w.r.IntN(2) == 0 {
		who = w.orgs[0].short
	}
	return fmt.Sprintf("%s to %s %s %s %s in %s", who, w.verb.next(), w.adj.next(), w.topics[0], w.topics[1], w.plcs[0].name)
}

// lede: "Harbourton, 14 May 2025 — Maria Lopez, the director of ..., said
// on Tuesday that ...".
func (w *writer) lede() string {
	p := w.people[0]
	pl := w.plcs[0]
	pl.mentioned = true
	obj := w.topics[0]
	s := fmt.Sprintf("%s, %s — %s said on %s that the %s %s %s the %s %s %s.", pl.name, dayMonthYear(w.a.published), w.person(p),
		w.a.published.AddDate(0, 0, -1).Weekday(), w.nounT(), pick(w.r, modals), w.verb.next(), w.adj.next(), obj, w.tail())
	w.ask("direct", fmt.Sprintf("What did %s say about the %s?", p.short, obj))
	return strings.Replace(s, " .", ".", 1)
}

// tail ends a statement: a place, a time, a reason, or nothing.
func (w *writer) tail() string {
	switch w.r.IntN(7) {
	case 0:
		return "in " + w.place()
	case 1:
		return "after the " + w.nounT() + " " + w.noun.next()
	case 2:
		return "before the end of " + pick(w.r, months)
	case 3:
		return "as part of " + indefinite(w.adj.next()) + " " + w.nounT() + " " + w.noun.next()
	case 4:
		return "despite " + w.noun.next() + " from residents of " + w.place()
	case 5:
		return "across " + w.place()
	}
	return ""
}

// subject is who does something: an organisation, a person, officials.
func (w *writer) subject() string {
	switch w.r.IntN(4) {
	case 0:
		return w.orgName(w.unmentioned(w.orgs))
	case 1:
		return w.person(w.unmentioned(w.people))
	case 2:
		return "officials in " + w.place()
	}
	return "the " + w.adj.next() + " " + w.nounT()
}

// factSentence: "The council is expected to review the ferry budget in
// Harbourton."
func (w *writer) factSentence() string {
	subj, modal, verb, obj := w.subject(), pick(w.r, modals), w.verb.next(), w.nounT()
	s := sentence(subj, modal, verb, "the", w.adj.next(), obj, w.tail())
	w.ask("direct", fmt.Sprintf("Who %s %s the %s?", modal, verb, obj))
	w.ask("paraphrase", fmt.Sprintf("Who %s %s the %s?", modal, w.synonym(verb), plural(w.synonym(obj))))
	return s
}

// saidSentence: "Lopez said that the budget would ...".
func (w *writer) saidSentence() string {
	p := w.unmentioned(w.people)
	obj := w.nounT()
	s := sentence(w.person(p), pick(w.r, sayVerbs), "that the", w.noun.next(), pick(w.r, modals), w.verb.next(), "the", obj, w.tail())
	w.ask("keyword", p.short+" "+obj)
	return s
}

// numberSentence: "About 1,200 households in Harbourton were affected by
// the closure, according to the Water Board."
func (w *writer) numberSentence() string {
	what, by := w.noun.next(), w.nounT()
	rel := pick(w.r, []string{"affected by", "waiting for", "linked to", "at risk from", "covered by"})
	s := sentence("about", w.number(), plural(what), "in", w.place(), pick(w.r, []string{"were", "are", "have been"}), rel, "the", by+",", "according to", w.orgName(w.unmentioned(w.orgs)))
	w.ask("direct", fmt.Sprintf("How many %s were %s the %s?", plural(what), rel, by))
	w.ask("paraphrase", fmt.Sprintf("What number of %s is %s the %s?", plural(w.synonym(what)), rel, w.synonym(by)))
	return s
}

func (w *writer) number() string {
	switch w.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d", 2+w.r.IntN(98))
	case 1:
		return fmt.Sprintf("%d,%03d", 1+w.r.IntN(99), w.r.IntN(1000))
	case 2:
		return fmt.Sprintf("%d.%d million", 1+w.r.IntN(9), w.r.IntN(10))
	}
	return fmt.Sprintf("%d percent of the", 5+w.r.IntN(90))
}

// background: "Lopez has been the director of ... since 2016."
func (w *writer) background() string {
	p := w.unmentioned(w.people)
	since := w.a.published.Year() - 1 - w.r.IntN(12)
	if !p.mentioned {
		p.mentioned = true
		return sentence(p.name, "has been", withArticle(p.role), "since", fmt.Sprint(since), "and has long argued for", indefinite(w.adj.next()), w.nounT())
	}
	return sentence(p.short, "has been", withArticle(p.role), "since", fmt.Sprint(since))
}

// quoteSentence: “We will review the budget. Nobody wants to close the
// harbour,” Lopez said. Its words go into the fact base verbatim.
func (w *writer) quoteSentence() string {
	p := w.unmentioned(w.people)
	c1, t1 := w.clause()
	c2, t2 := w.clause()
	words := capitalise(c1) + ". " + capitalise(c2)
	verb := pick(w.r, []string{"said", "added", "warned", "argued", "insisted"})
	q := quote{speaker: p.id, text: words, para: w.para, topics: dedupe(t1, t2), speakerName: p.name, surname: p.short}
	var when string
	if w.r.IntN(3) == 0 {
		d := w.a.published.AddDate(0, 0, -w.r.IntN(7))
		q.date = d.Format(time.DateOnly)
		when = " on " + dayMonth(d)
	}
	var s string
	if p.mentioned {
		s = fmt.Sprintf("“%s,” %s %s%s.", words, p.short, verb, when)
	} else {
		p.mentioned = true
		s = fmt.Sprintf("“%s,” %s %s%s, %s.", words, verb, p.name, when, withArticle(p.role))
	}
	q.id = fmt.Sprintf("q%d-%s", len(w.a.quotes)+1, slug(p.short))
	w.a.quotes = append(w.a.quotes, q)
	w.ask("direct", fmt.Sprintf("What did %s say about the %s?", p.short, t1[0]))
	w.ask("paraphrase", fmt.Sprintf("How does %s feel about %s?", p.name, plural(w.synonym(t1[0]))))
	return s
}

// clause is a sentence of a quote and the nouns it is about.
func (w *writer) clause() (string, []string) {
	n1, n2 := w.nounT(), w.noun.next()
	switch w.r.IntN(6) {
	case 0:
		return sentenceLower("we", pick(w.r, []string{"will", "cannot", "have to", "need to", "are ready to", "will not"}), w.verb.next(), "the", n1, "before the", n2), []string{n1, n2}
	case 1:
		return sentenceLower("this is", indefinite(w.adj.next()), n1, "for", w.place()), []string{n1}
	case 2:
		return sentenceLower("nobody wants to", w.verb.next(), "the", n1), []string{n1}
	case 3:
		return sentenceLower("the", n1, pick(w.r, []string{"will", "must", "cannot", "should"}), w.verb.next(), "the", plural(n2), "of", w.place()), []string{n1, n2}
	case 4:
		return sentenceLower("I think the", n1, pick(w.r, []string{"will", "can", "must"}), w.verb.next(), "the", n2), []string{n1, n2}
	}
	return sentenceLower("people in", w.place(), "deserve", indefinite(w.adj.next()), n1), []string{n1}
}

// eventSentence dates something an organisation or a person did, at the
// precision the text gives: a day, a month, a year, a range of months, or
// "around" a year.
func (w *writer) eventSentence() string {
	pub := w.a.published
	vb := pick(w.r, eventVerbs)
	obj, adj := w.nounT(), w.adj.next()
	var who, whoName string
	if w.r.IntN(2) == 0 {
		o := w.unmentioned(w.orgs)
		whoName, who = o.name, w.orgName(o)
	} else {
		p := w.unmentioned(w.people)
		whoName, who = p.name, w.person(p)
	}
	ev := event{para: w.para, topics: dedupe([]string{obj}, []string{w.noun.next()})}
	var when string
	switch k := w.r.IntN(10); {
	case k < 5:
		d := pub.AddDate(0, 0, -1-w.r.IntN(90))
		ev.date, when = d.Format(time.DateOnly), "On "+dayMonthYear(d)
	case k < 7:
		d := pub.AddDate(0, -w.r.IntN(18), 0)
		ev.date, when = d.Format("2006-01"), "In "+monthYear(d)
	case k < 8:
		y := pub.Year() - 1 - w.r.IntN(10)
		ev.date, when = fmt.Sprint(y), fmt.Sprintf("In %d", y)
	case k < 9:
		end := pub.AddDate(0, -1-w.r.IntN(6), 0)
		start := end.AddDate(0, -1-w.r.IntN(4), 0)
		ev.date, ev.until = start.Format("2006-01"), end.Format("2006-01")
		when = fmt.Sprintf("Between %s and %s", monthYear(start), monthYear(end))
	default:
		y := pub.Year() - 2 - w.r.IntN(15)
		ev.date, ev.approximate, when = fmt.Sprint(y), true, fmt.Sprintf("Around %d", y)
	}
	ev.summary = fmt.Sprintf("%s %s the %s %s.", whoName, vb[1], adj, obj)
	ev.id = fmt.Sprintf("e%d-%s-%s", len(w.a.events)+1, vb[0], slug(obj))
	w.a.events = append(w.a.events, ev)
	w.ask("direct", fmt.Sprintf("When was the %s %s %s?", adj, obj, vb[1]))
	w.ask("paraphrase", fmt.Sprintf("When did they %s the %s?", vb[0], plural(w.synonym(obj))))
	return strings.TrimSuffix(when+", "+sentenceLower(who, vb[1], "the", adj, obj, w.tail()), " ") + "."
}

// ask records a question the current paragraph answers.
func (w *writer) ask(kind, q string) {
	w.a.questions = append(w.a.questions, question{kind: kind, text: q, para: w.para})
}

// synonym is a word's synonym half the time it has one.
func (w *writer) synonym(word string) string {
	if s, ok := w.lx.synonym[word]; ok && w.r.IntN(2) == 0 {
		return s
	}
	return word
}

// sentence joins words into a capitalised sentence with a full stop.
func sentence(parts ...string) string { return capitalise(sentenceLower(parts...)) + "." }

// sentenceLower joins words with single spaces, skipping empty ones.
func sentenceLower(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	s := strings.Join(out, " ")
	return strings.ReplaceAll(s, ", ,", ",")
}

func dedupe(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, s := range l {
			if !contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}
