package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// three is the eval config that loads the shipped article, the harbour
// testdata and the court testdata.
const three = "../../internal/eval/testdata/three.config.yaml"

// On the command line a citation shows the article's label; --json keeps
// its id.
func TestDoThreeArticles(t *testing.T) {
	out, _, err := runCLI(t, "--config", three, "do", "/who name:Peskov")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "(Istanbul talks ¶10)") {
		t.Errorf("output lacks the labelled citation:\n%s", out)
	}
	out, _, err = runCLI(t, "--config", three, "do", "--json", "/who name:Peskov")
	if err != nil {
		t.Fatal(err)
	}
	var resp struct {
		Citations []struct {
			Article   string `json:"article"`
			Paragraph int    `json:"paragraph"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(resp.Citations) != 1 || resp.Citations[0].Article != "istanbul-talks" || resp.Citations[0].Paragraph != 10 {
		t.Errorf("citations %+v, want istanbul-talks ¶10", resp.Citations)
	}
}

// eval --article counts citations of other articles; --narrow asks each
// command within the case's article; a case about an article that is not
// loaded is refused.
func TestEvalArticle(t *testing.T) {
	cases := filepath.Join(t.TempDir(), "cases.yaml")
	if err := os.WriteFile(cases, []byte(`
- command: "/who name:Dmitry Peskov"
  expect_all: [10]
- command: "/timeline from:2025-01-01 to:2025-04-30"
  expect_all: [11, 29]
- command: "/paragraph number:5"
  expect_all: [5]
- command: "/who name:Zoë Brønsted"
  article: harbour-vote
  expect_all: [2]
`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, "--config", three, "eval", "--article", "istanbul-talks", cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FAIL /timeline from:2025-01-01 to:2025-04-30 — cited [court-ruling ¶14 11", "errors 1", "(4) ·"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --article: output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runCLI(t, "--config", three, "eval", "--article", "istanbul-talks", "--narrow", cases)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "foreign citations 0 (4)") || !strings.Contains(out, "completeness 1.00 (4)") || !strings.Contains(out, "errors 0") {
		t.Errorf("eval --narrow:\n%s", out)
	}
	_, _, err = runCLI(t, "--config", three, "eval", "--article", "istanbul", cases)
	if err == nil || !strings.Contains(err.Error(), `article "istanbul", which is not loaded`) {
		t.Errorf("eval --article istanbul: %v, want a refusal", err)
	}
}
