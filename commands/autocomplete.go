package commands

import (
	"context"
	"slices"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// MaxChoices is Discord's limit on autocomplete choices.
const MaxChoices = 25

// Autocomplete returns at most 25 choices for the focused option, names
// unique (Discord selects the first of equal names) and 1-100 characters.
// Articles are offered newest first, shown by label and date, sent by id;
// names and topics are those of the article already chosen, if any.
func (r *Router) Autocomplete(ctx context.Context, req AutocompleteRequest) []Choice {
	var field knowledge.Field
	switch {
	case req.Command == "who" && req.Option == "name":
		field = knowledge.FieldEntity
	case req.Command == "quote" && req.Option == "speaker":
		field = knowledge.FieldSpeaker
	case (req.Command == "timeline" || req.Command == "quote") && req.Option == "topic":
		field = knowledge.FieldTopic
	case req.Option == ArticleOption:
		field = knowledge.FieldArticle
	default:
		return []Choice{}
	}
	if ctx.Err() != nil {
		return []Choice{}
	}
	var arts []string
	if name := req.Options[ArticleOption]; field != knowledge.FieldArticle && strings.TrimSpace(name) != "" {
		// An article that does not resolve (still being typed) narrows
		// nothing: the choices should not vanish.
		if a, err := r.findArticle(name); err == nil {
			arts = []string{a.ID}
		}
	}
	// The names given so far, lowercase: at most 25, looked through.
	seen := make([]string, 0, MaxChoices)
	out := []Choice{}
	for _, c := range r.lib.Complete(field, strings.TrimSpace(req.Partial), MaxChoices, arts...) {
		name := Truncate(c.Label, 100)
		value := c.Value
		if len(value) > 100 {
			value = name
		}
		lower := strings.ToLower(name)
		if name == "" || slices.Contains(seen, lower) {
			continue
		}
		seen = append(seen, lower)
		out = append(out, Choice{Name: name, Value: value})
		if len(out) == MaxChoices {
			break
		}
	}
	return out
}
