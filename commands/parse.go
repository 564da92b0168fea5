package commands

import (
	"regexp"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// optionKey matches a word that may start an option: name followed by a colon,
// at the start of the text or after white space.
var optionKey = regexp.MustCompile(`(?:^|\s)([A-Za-z_][A-Za-z0-9_-]*):`)

// Parse reads a command line exactly as a user types it in Discord:
//
//	/quote speaker:Putin topic:Kiev authorities
//
// Option values run to the next option of the command, so they may contain
// spaces and colons ("question:What happened at 10:30?"). A word that looks
// like a misspelt option ("form:" for "from:") is refused rather than swallowed
// into the previous value. The request is validated against the specs.
func Parse(specs []Spec, line string) (Request, error) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "/") {
		return Request{}, Errorf("a command starts with /, e.g. %s", exampleLine(specs))
	}
	line = line[1:]
	name, rest, _ := strings.Cut(line, " ")
	if i := strings.IndexAny(name, "\t\n"); i >= 0 {
		name, rest = name[:i], name[i:]+" "+rest
	}
	req := Request{Command: strings.ToLower(name), Options: map[string]string{}}
	spec, err := Validate(specs, Request{Command: req.Command})
	if err != nil && spec.Name == "" {
		return Request{}, err
	}
	rest = strings.TrimSpace(rest)
	type key struct {
		name       string
		start, end int
	}
	var keys []key
	for _, m := range optionKey.FindAllStringSubmatchIndex(rest, -1) {
		word := rest[m[2]:m[3]]
		if _, ok := spec.Option(strings.ToLower(word)); ok {
			keys = append(keys, key{strings.ToLower(word), m[2], m[1]})
			continue
		}
		if m[2] == 0 {
			return Request{}, Errorf("/%s has no option %q: its options are %s", spec.Name, word, optionNames(spec))
		}
		if near := nearOption(spec, word); near != "" {
			return Request{}, Errorf("/%s has no option %q: did you mean %s?", spec.Name, word, near)
		}
	}
	if rest != "" && (len(keys) == 0 || keys[0].start != 0) {
		return Request{}, Errorf("/%s: write options as name:value, e.g. /%s %s", spec.Name, spec.Name, firstOption(spec))
	}
	for i, k := range keys {
		end := len(rest)
		if i+1 < len(keys) {
			end = keys[i+1].start
		}
		if _, dup := req.Options[k.name]; dup {
			return Request{}, Errorf("/%s: the option %s is given twice", spec.Name, k.name)
		}
		req.Options[k.name] = strings.TrimSpace(rest[k.end:end])
	}
	if _, err := Validate(specs, req); err != nil {
		return Request{}, err
	}
	return req, nil
}

// firstOption is the command's first option with its example value.
func firstOption(s Spec) string {
	if len(s.Options) == 0 {
		return "option:…"
	}
	return example(s.Options[0])
}

// nearOption returns the option of s within two edits of word, if any.
func nearOption(s Spec, word string) string {
	word = strings.ToLower(word)
	for _, o := range s.Options {
		if knowledge.EditDistance(word, o.Name) <= 2 && len(word) >= 3 {
			return o.Name
		}
	}
	return ""
}
