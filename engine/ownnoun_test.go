package engine

import (
	"strings"
	"testing"
)

// TestOwnNounRoles holds that a noun read as whom the fact base describes
// by it is the one whose role says the noun itself, not a synonym of it:
// "the chairman" is the club's chairman, not the chair of the
// supporters' trust, and "the chair" is the trust's.
func TestOwnNounRoles(t *testing.T) {
	e := testdataEngine(t, "castrel-transfer")
	tests := []struct {
		question, want string // want: whom it is read as, "" for none
	}{
		{"what did the chairman say", "Konrad Ashby"},
		{"why did the chairman agree to let him go", "Konrad Ashby"},
		{"what did the chair say", "Irena Volk"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := e.read(tt.question).readAs
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("read(%q) reads as %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}
