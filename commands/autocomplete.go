package commands

import (
	"context"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// MaxChoices is Discord's limit on autocomplete choices.
const MaxChoices = 25

// Autocomplete returns at most 25 choices for the focused option, names
// unique (Discord selects the first of equal names) and 1-100 characters.
func (r *Router) Autocomplete(ctx context.Context, req AutocompleteRequest) []Choice {
	var field knowledge.Field
	switch {
	case req.Command == "who" && req.Option == "name":
		field = knowledge.FieldEntity
	case req.Command == "quote" && req.Option == "speaker":
		field = knowledge.FieldSpeaker
	case (req.Command == "timeline" || req.Command == "quote") && req.Option == "topic":
		field = knowledge.FieldTopic
	case req.Command == "paragraph" && req.Option == "article":
		field = knowledge.FieldArticle
	default:
		return []Choice{}
	}
	if ctx.Err() != nil {
		return []Choice{}
	}
	seen := map[string]bool{}
	out := []Choice{}
	for _, c := range r.lib.Complete(field, strings.TrimSpace(req.Partial), MaxChoices) {
		name := Truncate(c.Label, 100)
		value := c.Value
		if len(value) > 100 {
			value = name
		}
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		out = append(out, Choice{Name: name, Value: value})
		if len(out) == MaxChoices {
			break
		}
	}
	return out
}
