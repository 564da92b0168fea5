package main

import (
	"fmt"
	"net"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// configProblems collects what is wrong with a config file, each at its
// line, so that all of it is reported at once, as check does for fact
// bases.
type configProblems struct {
	file  string
	list  []configProblem
	lines map[string]int // line of each key path set in the file
}

type configProblem struct {
	line int
	msg  string
}

func (ps *configProblems) add(line int, format string, args ...any) {
	ps.list = append(ps.list, configProblem{line, fmt.Sprintf(format, args...)})
}

// at adds a problem at the line of path (0 when the file does not set it).
func (ps *configProblems) at(path, format string, args ...any) {
	ps.add(ps.lines[path], "%s: "+format, append([]any{path}, args...)...)
}

// err is nil without problems, else one error listing them all in line
// order, one a line, as FILE:LINE: what is wrong.
func (ps *configProblems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	slices.SortStableFunc(ps.list, func(a, b configProblem) int { return a.line - b.line })
	lines := make([]string, len(ps.list))
	for i, p := range ps.list {
		if p.line > 0 {
			lines[i] = fmt.Sprintf("%s:%d: %s", ps.file, p.line, p.msg)
		} else {
			lines[i] = fmt.Sprintf("%s: %s", ps.file, p.msg)
		}
	}
	return fmt.Errorf("config %s: %d problem(s):\n%s", ps.file, len(lines), strings.Join(lines, "\n"))
}

// decodeConfig decodes raw over c, walking the YAML beside Config's fields
// so that each unknown key and each value of the wrong type is reported with
// its line and in words, and a bad value does not hide the others.
func decodeConfig(file string, raw []byte, c *Config) *configProblems {
	ps := &configProblems{file: file, lines: map[string]int{}}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		ps.add(yamlLine(err), "%s", strings.TrimPrefix(yamlMessage(err), "yaml: "))
		return ps
	}
	if len(root.Content) == 0 {
		return ps // empty file: the defaults
	}
	decodeInto(root.Content[0], reflect.ValueOf(c).Elem(), "", ps)
	return ps
}

var durationType = reflect.TypeOf(time.Duration(0))

func decodeInto(n *yaml.Node, v reflect.Value, path string, ps *configProblems) {
	if path != "" {
		ps.lines[path] = n.Line
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Tag == "!!null" {
		return // key: with no value keeps the default
	}
	switch {
	case v.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			ps.add(n.Line, "%s: want a mapping of keys, got %s", orTop(path), describe(n))
			return
		}
		fields := map[string]reflect.Value{}
		var known []string
		for i := range v.NumField() {
			tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
			if tag != "" && tag != "-" {
				fields[tag] = v.Field(i)
				known = append(known, tag)
			}
		}
		slices.Sort(known)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			f, ok := fields[k.Value]
			if !ok {
				ps.add(k.Line, "unknown key %q (known here: %s)", join(path, k.Value), strings.Join(known, ", "))
				continue
			}
			decodeInto(val, f, join(path, k.Value), ps)
		}
	case v.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			ps.add(n.Line, "%s: want a list, got %s", path, describe(n))
			return
		}
		out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			decodeInto(c, out.Index(i), path+"["+strconv.Itoa(i)+"]", ps)
		}
		v.Set(out)
	default:
		decodeScalar(n, v, path, ps)
	}
}

func decodeScalar(n *yaml.Node, v reflect.Value, path string, ps *configProblems) {
	want := map[reflect.Kind]string{reflect.String: "text", reflect.Bool: "true or false", reflect.Int: "a whole number"}[v.Kind()]
	if v.Type() == durationType {
		want = "a duration with its unit, such as 10s or 1500ms"
	}
	if n.Kind != yaml.ScalarNode {
		ps.add(n.Line, "%s: want %s, got %s", path, want, describe(n))
		return
	}
	if v.Kind() == reflect.Int && v.Type() != durationType && n.Tag != "!!int" {
		ps.add(n.Line, "%s: %q is not %s", path, n.Value, want)
		return
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		ps.add(n.Line, "%s: %q is not %s", path, n.Value, want)
	}
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(n.Value)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orTop(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}

// yamlLine and yamlMessage read a yaml.v3 syntax error ("yaml: line 3: ...").
func yamlLine(err error) int {
	_, rest, ok := strings.Cut(err.Error(), "line ")
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(strings.SplitN(rest, ":", 2)[0])
	return n
}

func yamlMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		if j := strings.Index(msg[i:], ": "); j >= 0 {
			return msg[:i] + msg[i+j+2:]
		}
	}
	return msg
}

// checkConfig reports the values that decode but make no sense, at their
// lines.
func checkConfig(c Config, ps *configProblems) {
	for i, s := range c.Sources {
		if s.Facts == "" {
			ps.add(ps.lines[fmt.Sprintf("sources[%d]", i)], "sources[%d]: facts is missing", i)
		}
	}
	if c.Index.BuildGCPercent < 0 {
		ps.at("index.build_gc_percent", "%d: must be 0 (the Go runtime's own setting) or more", c.Index.BuildGCPercent)
	}
	if c.Index.ServeGCPercent < 0 {
		ps.at("index.serve_gc_percent", "%d: must be 0 (the Go runtime's own setting) or more", c.Index.ServeGCPercent)
	}
	if c.RateLimit.Requests < 0 {
		ps.at("rate_limit.requests", "%d: must be 0 (no limit) or more", c.RateLimit.Requests)
	}
	if c.RateLimit.Requests > 0 && c.RateLimit.Window <= 0 {
		ps.at("rate_limit.window", "%v: must be more than 0 when requests is set", c.RateLimit.Window)
	}
	switch d := c.Replies.DeferAfter; {
	case d == 0:
		ps.at("replies.defer_after", "0 would defer every reply before trying to answer it; give how long to wait first, at most 2.5s (default 1.5s)")
	case d < 0 || d > 2500*time.Millisecond:
		ps.at("replies.defer_after", "%v: must be more than 0 and at most 2.5s, as Discord waits only 3s", d)
	}
	for _, d := range []struct {
		path string
		v    time.Duration
	}{{"replies.page_timeout", c.Replies.PageTimeout}, {"shutdown_timeout", c.ShutdownTimeout}} {
		if d.v <= 0 {
			ps.at(d.path, "%v: must be more than 0", d.v)
		}
	}
	for path, addr := range map[string]string{"http.addr": c.HTTP.Addr, "metrics.addr": c.Metrics.Addr} {
		if addr == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(addr); err != nil {
			ps.at(path, "%q is not host:port (e.g. 127.0.0.1:8080)", addr)
		}
	}
}
