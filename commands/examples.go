package commands

import (
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// fillExamples gives the options of specs example values from the loaded
// coverage, so that help and error texts name what a reader can ask about
// rather than a story that may not be loaded: the most cited quoted person
// and the commonest topic of the newest article, its id and its date.
func fillExamples(specs []Spec, lib Library) {
	arts := lib.Newest()
	if len(arts) == 0 {
		return
	}
	newest := arts[0]
	first := func(f knowledge.Field) string {
		if cs := lib.Complete(f, "", 1, newest.ID); len(cs) > 0 {
			return cs[0].Value
		}
		return ""
	}
	person := first(knowledge.FieldSpeaker)
	if person == "" {
		person = first(knowledge.FieldEntity)
	}
	values := map[string]string{
		"name":        person,
		"speaker":     person,
		"topic":       first(knowledge.FieldTopic),
		"number":      "1",
		PageOption:    "2",
		ArticleOption: newest.ID,
	}
	if person != "" {
		values["question"] = "What did " + person + " say?"
	}
	if !newest.Published.IsZero() {
		values["from"] = newest.Published.String()
		values["to"] = newest.Published.String()
	}
	for i := range specs {
		for j := range specs[i].Options {
			o := &specs[i].Options[j]
			if v := values[o.Name]; v != "" && o.Type != OptionBoolean {
				o.Example = v
			}
		}
	}
}

// example writes an option with its example value, or "…" without one:
// "name:Vladimir Putin".
func example(o OptionSpec) string {
	v := o.Example
	if v == "" {
		v = "…"
	}
	return o.Name + ":" + v
}

// exampleLine is a whole command line to show as an example: /who with its
// example name when the coverage gives one.
func exampleLine(specs []Spec) string {
	pick := Spec{}
	for _, s := range specs {
		if pick.Name == "" || s.Name == "who" {
			pick = s
		}
	}
	if pick.Name == "" {
		return "/ask question:…"
	}
	var parts []string
	for _, o := range pick.Options {
		if o.Required {
			parts = append(parts, example(o))
		}
	}
	return strings.TrimSpace("/" + pick.Name + " " + strings.Join(parts, " "))
}
