package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/commands"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(t.Context(), args, func(string) string { return "" }, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestDo(t *testing.T) {
	out, _, err := runCLI(t, "do", "/who name:Peskov")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Dmitry Peskov", "Kremlin spokesman", "(¶10)", "Associated Press"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDoJSON(t *testing.T) {
	out, _, err := runCLI(t, "do", "--json", "/timeline from:2025-01-01 to:2025-04-30")
	if err != nil {
		t.Fatal(err)
	}
	var resp struct {
		Citations []struct {
			Article   string `json:"article"`
			Paragraph int    `json:"paragraph"`
		} `json:"citations"`
		Abstained bool `json:"abstained"`
		Entries   []struct {
			Date      string `json:"date"`
			Precision string `json:"precision"`
			Summary   string `json:"summary"`
			Citations []struct {
				Paragraph int `json:"paragraph"`
			} `json:"citations"`
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if resp.Abstained || len(resp.Entries) == 0 || len(resp.Citations) == 0 {
		t.Fatalf("empty timeline: %s", out)
	}
	for i, e := range resp.Entries {
		if e.Date == "" || e.Precision == "" || e.Summary == "" || len(e.Citations) == 0 {
			t.Errorf("entry %d incomplete: %+v", i, e)
		}
		if i > 0 && e.Date < resp.Entries[i-1].Date[:min(len(e.Date), len(resp.Entries[i-1].Date))] {
			t.Errorf("entry %d (%s) before entry %d (%s)", i, e.Date, i-1, resp.Entries[i-1].Date)
		}
		if e.Date > "2025-04-30" {
			t.Errorf("entry %s is after the window", e.Date)
		}
	}
	if resp.Citations[0].Article != "istanbul-talks" {
		t.Errorf("citation article = %q", resp.Citations[0].Article)
	}
}

func TestDoAbstainJSON(t *testing.T) {
	out, _, err := runCLI(t, "do", "--json", "/ask question:Who won the 2018 World Cup?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"abstained":true`) || !strings.Contains(out, `"citations":[]`) {
		t.Errorf("want an abstention citing nothing: %s", out)
	}
}

func TestDoBadLines(t *testing.T) {
	tests := []struct{ line, want string }{
		{"/nope", "unknown command /nope"},
		{"/who", "needs the option name"},
		{"/who nam:x", `no option "nam"`},
		{"/timeline from:yesterday", `from: "yesterday" is not a date`},
		{"/paragraph number:99", "there is no ¶99"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			out, errOut, err := runCLI(t, "do", tt.line)
			var ee exitError
			if !errors.As(err, &ee) || ee != 2 {
				t.Errorf("err = %v, want exit status 2", err)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr = %q, want one line containing %q", errOut, tt.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	// No config and no data/ here: the copy built in.
	out, _, err := runCLI(t, "check")
	if err != nil || !strings.Contains(out, "ok — istanbul-talks (Istanbul talks): 29 paragraphs") || !strings.Contains(out, "built into this binary") {
		t.Errorf("check of the shipped article: %v\n%s", err, out)
	}
	_, errOut, err := runCLI(t, "check", "../../knowledge/testdata/invalid/errors-with-warnings.yaml", "../../knowledge/testdata/invalid/bad-kind.yaml")
	var ee exitError
	if !errors.As(err, &ee) || ee != 1 {
		t.Errorf("err = %v, want exit status 1", err)
	}
	for _, want := range []string{
		"errors-with-warnings.yaml:33: quote good-day: speaker \"ana-nunes\" is not the id of an entity in this file; did you mean ana-nunez?",
		"bad-kind.yaml:18: entity springfield: kind",
		"errors-with-warnings.yaml:14: warning: entity ana-nunez: alias \"Ana Núñez\" is its name",
		"2 errors and 1 warning; nothing loaded",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

// Warnings alone are printed with their lines, and check exits 0.
func TestCheckWarnings(t *testing.T) {
	out, errOut, err := runCLI(t, "check", "../../knowledge/testdata/warn/every-kind.yaml")
	if err != nil {
		t.Errorf("err = %v, want exit status 0 for warnings", err)
	}
	for _, want := range []string{
		"every-kind.yaml:17: warning: entity ana-nunez: alias \"Ana Núñez\" is its name",
		"every-kind.yaml:23: warning: entity springfield: also in ¶1 (\"Springfield\")?",
		"8 warnings; loaded all the same",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "every-kind.yaml: ok — mini") || !strings.Contains(out, "8 warnings") {
		t.Errorf("stdout: %s", out)
	}
}

func TestConfig(t *testing.T) {
	out, _, err := runCLI(t, "--config", "../../config.example.yaml", "do", "/paragraph number:5")
	if err != nil || !strings.Contains(out, "Know about possible speeches:") {
		t.Errorf("config.example.yaml: %v\n%s", err, out)
	}
	_, _, err = runCLI(t, "--config", "testdata/typo.yaml", "do", "/paragraph number:5")
	if err == nil || !strings.Contains(err.Error(), `testdata/typo.yaml:1: unknown key "replys"`) {
		t.Errorf("a config typo = %v, want it named", err)
	}
}

// A source's URL in the config makes citations link to the article.
func TestSourceURL(t *testing.T) {
	path := t.TempDir() + "/config.yaml"
	cfg := "sources:\n  - facts: " + mustAbs(t, "../../data/istanbul-talks.yaml") + "\n    url: https://news.example/istanbul\n"
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := loadLibrary(t.Context(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	r := newRouter(c, lib)
	resp, err := r.Handle(t.Context(), commands.Request{Command: "paragraph", Options: map[string]string{"number": "3"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := r.Render(resp)[0].Embeds[0].Description; !strings.Contains(d, "[¶3](https://news.example/istanbul)") {
		t.Errorf("citation does not link to the article: %s", d)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
