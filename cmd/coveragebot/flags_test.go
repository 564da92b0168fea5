package main

import (
	"errors"
	"strings"
	"testing"
)

// TestFlags: flags parse as in every Go tool (the flag package), one set
// per command, and may come anywhere on the line.
func TestFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantOut string // in stdout
		wantErr string // in the error or stderr
		exit    int    // 0: success
	}{
		{"do -json", []string{"do", "-json", "/timeline from:2025-01-01 to:2025-04-30"}, `"entries":[`, "", 0},
		{"do --json=true", []string{"do", "--json=true", "/timeline from:2025-01-01 to:2025-04-30"}, `"entries":[`, "", 0},
		{"do --json after the line", []string{"do", "/timeline from:2025-01-01 to:2025-04-30", "--json"}, `"entries":[`, "", 0},
		{"--config after the line", []string{"do", "/who name:Peskov", "--config", "testdata/nonexistent.yaml"}, "", "nonexistent.yaml", 1},
		{"--config before the command", []string{"--config", "../../config.example.yaml", "do", "/paragraph number:5"}, "Know about possible speeches", "", 0},
		{"-config=FILE in the command", []string{"do", "-config=../../config.example.yaml", "/paragraph number:5"}, "Know about possible speeches", "", 0},
		{"serve --http without a value", []string{"serve", "--http"}, "", "flag needs an argument: -http", 2},
		{"unknown flag", []string{"do", "--jsno", "/who name:Peskov"}, "", "flag provided but not defined: -jsno", 2},
		{"register -dry-run", []string{"register", "-dry-run"}, "# would PUT these 5 commands", "", 0},
		{"register --dry-run", []string{"register", "--dry-run"}, "# would PUT these 5 commands", "", 0},
		{"words after --", []string{"do", "--", "/ask question:what does -json mean"}, "Q: what does -json mean", "", 0},
		{"help", []string{"-h"}, "", "usage: coveragebot", 0},
		{"do -h", []string{"do", "-h"}, "", "-json", 0},
		{"no command", nil, "", "usage: coveragebot", 2},
		{"unknown command", []string{"nope"}, "", `unknown command "nope"`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runCLI(t, tt.args...)
			var ee exitError
			switch {
			case tt.exit == 0 && err != nil:
				t.Fatalf("err = %v\n%s", err, errOut)
			case tt.exit == 2 && (!errors.As(err, &ee) || ee != 2):
				t.Errorf("err = %v, want exit status 2", err)
			case tt.exit == 1 && (err == nil || errors.As(err, &ee)):
				t.Errorf("err = %v, want an error", err)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out)
			}
			if tt.wantErr != "" && !strings.Contains(errOut, tt.wantErr) && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("neither stderr nor the error says %q:\n%s\n%v", tt.wantErr, errOut, err)
			}
		})
	}
}
