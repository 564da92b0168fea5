package commands

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// Request is a command as a user sent it: the name, the options as text, and
// who asked. The same type comes from the command line and from Discord.
type Request struct {
	Command string            `json:"command"`
	Options map[string]string `json:"options,omitempty"`
	UserID  string            `json:"user_id,omitempty"`
}

// AutocompleteRequest asks for choices while a user types an option.
type AutocompleteRequest struct {
	Command string
	Option  string // the focused option
	Partial string // what the user has typed so far
	Options map[string]string
}

// Choice is one autocomplete suggestion; Name is shown, Value is sent.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Error is a problem a user may read: bad input, an unknown name, a number out
// of range. Any other error is internal and only reaches the log.
type Error struct {
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// Errorf builds a user-facing Error.
func Errorf(format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...)}
}

// UserMessage returns what a user may be shown for err: the message of a
// user-facing Error, or a generic line for anything internal.
func UserMessage(err error) string {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Msg
	}
	return "Something went wrong while answering; it has been logged. Please try again."
}

// Validate checks a request against the specs: a known command, known
// options, required ones present, values of the right type and within bounds.
// It returns the command's spec.
func Validate(specs []Spec, req Request) (Spec, error) {
	var spec Spec
	found := false
	for _, s := range specs {
		if s.Name == req.Command {
			spec, found = s, true
			break
		}
	}
	if !found {
		names := make([]string, len(specs))
		for i, s := range specs {
			names[i] = "/" + s.Name
		}
		return Spec{}, Errorf("unknown command /%s: try %s", req.Command, strings.Join(names, ", "))
	}
	names := make([]string, 0, len(req.Options))
	for name := range req.Options {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, ok := spec.Option(name); !ok {
			return spec, Errorf("/%s has no option %q: its options are %s", spec.Name, name, optionNames(spec))
		}
	}
	for _, o := range spec.Options {
		if v, ok := req.Options[o.Name]; ok {
			if err := checkValue(spec, o, v); err != nil {
				return spec, err
			}
		}
	}
	for _, o := range spec.Options {
		if _, ok := req.Options[o.Name]; o.Required && !ok {
			return spec, Errorf("/%s needs the option %s: e.g. /%s %s", spec.Name, o.Name, spec.Name, example(o))
		}
	}
	return spec, nil
}

func optionNames(s Spec) string {
	names := make([]string, len(s.Options))
	for i, o := range s.Options {
		names[i] = o.Name
	}
	return strings.Join(names, ", ")
}

func checkValue(spec Spec, o OptionSpec, v string) error {
	switch o.Type {
	case OptionInteger:
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return Errorf("/%s %s: %q is not a whole number", spec.Name, o.Name, v)
		}
		if o.MinValue != nil && float64(n) < *o.MinValue {
			return Errorf("/%s %s: %d is below the minimum %g", spec.Name, o.Name, n, *o.MinValue)
		}
		if o.MaxValue != nil && float64(n) > *o.MaxValue {
			return Errorf("/%s %s: %d is above the maximum %g", spec.Name, o.Name, n, *o.MaxValue)
		}
	case OptionBoolean:
		if _, err := strconv.ParseBool(strings.TrimSpace(v)); err != nil {
			return Errorf("/%s %s: %q is not true or false", spec.Name, o.Name, v)
		}
	case OptionString:
		n := len([]rune(strings.TrimSpace(v)))
		if o.Required && n == 0 {
			return Errorf("/%s %s: the value is empty", spec.Name, o.Name)
		}
		if o.MinLength > 0 && n < o.MinLength {
			return Errorf("/%s %s: at least %d characters, please", spec.Name, o.Name, o.MinLength)
		}
		if o.MaxLength > 0 && n > o.MaxLength {
			return Errorf("/%s %s: at most %d characters, please (got %d)", spec.Name, o.Name, o.MaxLength, n)
		}
	}
	return nil
}

// parseDateOption reads a from/to option, naming the option on failure.
func parseDateOption(name, v string) (*knowledge.Date, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	d, err := knowledge.ParseDate(v)
	if err != nil {
		return nil, Errorf("%s: %v", name, err)
	}
	return &d, nil
}
