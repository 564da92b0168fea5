package fakediscord

import (
	"fmt"
	"regexp"
	"unicode/utf8"
)

// Discord's limits, as its developer docs give them.
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxCustomID    = 100
	maxChoices     = 25
	maxCommands    = 100
	maxOptions     = 25
)

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func chars(s string) int { return utf8.RuneCountInString(s) }

// messageProblems checks a message body against Discord's limits; Discord
// answers 400 to any of them and the user sees "The application did not
// respond".
func messageProblems(m map[string]any) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if n := chars(str(m, "content")); n > maxContent {
		bad("content: %d characters, at most %d", n, maxContent)
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) > maxEmbeds {
		bad("embeds: %d, at most %d", len(embeds), maxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		em, _ := e.(map[string]any)
		title, desc := chars(str(em, "title")), chars(str(em, "description"))
		total += title + desc
		if title > maxTitle {
			bad("embeds[%d].title: %d characters, at most %d", i, title, maxTitle)
		}
		if desc > maxDescription {
			bad("embeds[%d].description: %d characters, at most %d", i, desc, maxDescription)
		}
		if f, ok := em["footer"].(map[string]any); ok {
			n := chars(str(f, "text"))
			total += n
			if n > maxFooter {
				bad("embeds[%d].footer.text: %d characters, at most %d", i, n, maxFooter)
			}
		}
		fields, _ := em["fields"].([]any)
		if len(fields) > maxFields {
			bad("embeds[%d].fields: %d, at most %d", i, len(fields), maxFields)
		}
		for j, f := range fields {
			fm, _ := f.(map[string]any)
			name, value := chars(str(fm, "name")), chars(str(fm, "value"))
			total += name + value
			if name == 0 || name > maxFieldName || value == 0 || value > maxFieldValue {
				bad("embeds[%d].fields[%d]: name %d and value %d characters", i, j, name, value)
			}
		}
	}
	if total > maxEmbedTotal {
		bad("embeds: %d characters in all, at most %d", total, maxEmbedTotal)
	}
	rows, _ := m["components"].([]any)
	if len(rows) > 5 {
		bad("components: %d rows, at most 5", len(rows))
	}
	ids := map[string]bool{}
	for i, r := range rows {
		rm, _ := r.(map[string]any)
		buttons, _ := rm["components"].([]any)
		if len(buttons) > 5 {
			bad("components[%d]: %d buttons, at most 5", i, len(buttons))
		}
		for _, b := range buttons {
			id := str(b.(map[string]any), "custom_id")
			if id == "" || chars(id) > maxCustomID || ids[id] {
				bad("components[%d]: custom_id %q is empty, too long or repeated", i, id)
			}
			ids[id] = true
		}
	}
	return out
}

// choiceProblems checks an autocomplete result.
func choiceProblems(data map[string]any) []string {
	var out []string
	choices, _ := data["choices"].([]any)
	if len(choices) > maxChoices {
		out = append(out, fmt.Sprintf("choices: %d, at most %d", len(choices), maxChoices))
	}
	for i, c := range choices {
		cm, _ := c.(map[string]any)
		if n := chars(str(cm, "name")); n < 1 || n > 100 {
			out = append(out, fmt.Sprintf("choices[%d].name: %d characters, want 1-100", i, n))
		}
		if _, ok := cm["value"]; !ok {
			out = append(out, fmt.Sprintf("choices[%d].value: missing", i))
		}
	}
	return out
}

var commandName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// commandProblems checks a bulk overwrite.
func commandProblems(cmds []map[string]any) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if len(cmds) > maxCommands {
		bad("%d commands, at most %d", len(cmds), maxCommands)
	}
	names := map[string]bool{}
	for i, c := range cmds {
		name := str(c, "name")
		if !commandName.MatchString(name) || names[name] {
			bad("[%d].name: %q is not a valid, unique command name", i, name)
		}
		names[name] = true
		if n := chars(str(c, "description")); n < 1 || n > 100 {
			bad("[%d].description: %d characters, want 1-100", i, n)
		}
		opts, _ := c["options"].([]any)
		if len(opts) > maxOptions {
			bad("[%d].options: %d, at most %d", i, len(opts), maxOptions)
		}
		required := true
		for j, o := range opts {
			om, _ := o.(map[string]any)
			if !commandName.MatchString(str(om, "name")) {
				bad("[%d].options[%d].name: %q", i, j, str(om, "name"))
			}
			if n := chars(str(om, "description")); n < 1 || n > 100 {
				bad("[%d].options[%d].description: %d characters, want 1-100", i, j, n)
			}
			req, _ := om["required"].(bool)
			if req && !required {
				bad("[%d].options[%d]: required options must come before optional ones", i, j)
			}
			required = req
		}
	}
	return out
}
