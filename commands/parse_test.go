package commands

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		line string
		want Request
	}{
		{"/who name:Peskov", Request{Command: "who", Options: map[string]string{"name": "Peskov"}}},
		{"  /who   name:  Dmitry Peskov  ", Request{Command: "who", Options: map[string]string{"name": "Dmitry Peskov"}}},
		{"/quote speaker:Putin topic:Kiev authorities", Request{Command: "quote", Options: map[string]string{"speaker": "Putin", "topic": "Kiev authorities"}}},
		{"/timeline from:2025-05-01", Request{Command: "timeline", Options: map[string]string{"from": "2025-05-01"}}},
		{"/timeline", Request{Command: "timeline", Options: map[string]string{}}},
		{"/TIMELINE to:2025 from:2024", Request{Command: "timeline", Options: map[string]string{"from": "2024", "to": "2025"}}},
		{"/ask question:What happened at 10:30? note: none", Request{Command: "ask", Options: map[string]string{"question": "What happened at 10:30? note: none"}}},
		{"/ask question:+putin -zelensky field:x *~", Request{Command: "ask", Options: map[string]string{"question": "+putin -zelensky field:x *~"}}},
		{"/paragraph number:5 private:true", Request{Command: "paragraph", Options: map[string]string{"number": "5", "private": "true"}}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, err := Parse(Specs(), tt.line)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.line, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want, +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"who name:Peskov", "a command starts with /"},
		{"/whom name:Peskov", "unknown command /whom"},
		{"/who nme:Peskov", `/who has no option "nme"`},
		{"/who Peskov", "write options as name:value"},
		{"/who", "/who needs the option name"},
		{"/who name:", "/who name: the value is empty"},
		{"/timeline topic:war form:2025", `did you mean from?`},
		{"/paragraph number:five", `"five" is not a whole number`},
		{"/paragraph number:0", "0 is below the minimum 1"},
		{"/who name:a name:b", "the option name is given twice"},
		{"/ask question:" + strings.Repeat("why ", 80), "at most 300 characters"},
		{"/ask question:xy private:maybe", `"maybe" is not true or false`},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			_, err := Parse(Specs(), tt.line)
			if err == nil {
				t.Fatalf("Parse(%q) = nil error, want %q", tt.line, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse(%q) = %q, want it to contain %q", tt.line, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}
