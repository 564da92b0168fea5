package knowledge

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// checkKeys walks a decoded YAML tree beside the Go type it decodes into and
// reports every key the schema does not know, with its line. yaml.v3's
// KnownFields is lost inside custom unmarshalers (which we need for line
// numbers), so the check is done here, once, over the whole file.
func checkKeys(n *yaml.Node, t reflect.Type, path string, ps *problems) {
	if n.Kind == yaml.DocumentNode {
		for _, c := range n.Content {
			checkKeys(c, t, path, ps)
		}
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeOf(synonymYAML{}):
		if n.Kind != yaml.SequenceNode {
			ps.add(n.Line, "%s: a synonym group is a list of words, e.g. [ceasefire, truce]", path)
		}
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); tag != "" && tag != "-" {
				fields[tag] = f.Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				ps.add(k.Line, "%s: unknown key %q (known: %s)", path, k.Value, knownKeys(fields))
				continue
			}
			checkKeys(v, ft, joinPath(path, k.Value), ps)
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		for i, c := range n.Content {
			checkKeys(c, t.Elem(), path+"["+strconv.Itoa(i)+"]", ps)
		}
	}
}

func joinPath(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func knownKeys(fields map[string]reflect.Type) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return strings.Join(keys, ", ")
}

var slug = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// yamlErrLine pulls the line number out of a yaml.v3 error message.
var yamlErrLine = regexp.MustCompile(`line (\d+): `)

func addYAMLError(ps *problems, msg string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := yamlErrLine.FindStringSubmatchIndex(msg); m != nil {
		line, _ := strconv.Atoi(msg[m[2]:m[3]])
		ps.add(line, "%s", strings.TrimSpace(msg[:m[0]]+msg[m[1]:]))
		return
	}
	ps.add(0, "%s", msg)
}
