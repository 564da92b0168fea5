package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractCheckAndAnswer: a draft written by extract passes check as it
// stands, and a config that loads it answers /who, /quote and /timeline.
func TestExtractCheckAndAnswer(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile("../../extract/testdata/transfer.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(dir, "articles", "transfer.txt")
	if err := os.MkdirAll(filepath.Dir(article), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(article, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	facts := filepath.Join(dir, "facts", "transfer.yaml")
	if err := os.MkdirAll(filepath.Dir(facts), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := runCLI(t, "extract", article, "--published", "2026-03-05", "-o", facts); err != nil {
		t.Fatalf("extract: %v\n%s", err, errOut)
	}
	out, errOut, err := runCLI(t, "check", facts)
	if err != nil || !strings.Contains(out, ": ok — transfer") || !strings.Contains(out, "22 paragraphs") || strings.Contains(out+errOut, "warning") {
		t.Fatalf("check: %v\n%s%s", err, out, errOut)
	}
	config := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(config, []byte("sources:\n  - facts: facts/transfer.yaml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for cmd, want := range map[string]string{
		"/who name:Varga":                  "Ashford manager",
		"/quote speaker:Carvalhal":         "We did not want to sell",
		"/timeline from:2026-03-01":        "2026",
		"/who name:Thiago Moreira":         "Brazilian striker",
		"/quote speaker:Margaret Oyelaran": "priced out of our own ground",
	} {
		out, errOut, err := runCLI(t, "--config", config, "do", cmd)
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("%s: %v, want %q in:\n%s%s", cmd, err, want, out, errOut)
		}
	}
}

func TestExtractStdoutAndErrors(t *testing.T) {
	out, errOut, err := runCLI(t, "extract", "../../extract/testdata/walking-study.txt")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	if !strings.Contains(out, `text: "walking-study.txt"`) || !strings.Contains(errOut, "no --published") || !strings.Contains(errOut, "dateline") {
		t.Errorf("stdout draft or stderr note missing:\n%s\n%s", out[:min(len(out), 600)], errOut)
	}
	if _, _, err := runCLI(t, "extract", "../../extract/testdata/transfer.txt", "--published", "5 March"); err == nil {
		t.Error("a bad --published was accepted")
	}
	if _, _, err := runCLI(t, "extract", "../../extract/testdata/transfer.txt"); err == nil || !strings.Contains(err.Error(), "--published") {
		t.Errorf("no dateline date and no --published: err %v", err)
	}
	out, _, err = runCLI(t, "extract", "--score", "../../extract/testdata/transfer.yaml")
	if err != nil || !strings.Contains(out, "| transfer |") {
		t.Errorf("--score: %v\n%s", err, out)
	}
}
