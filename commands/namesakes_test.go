package commands

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/engine"
	"github.com/coveragebot/coveragebot/knowledge"
)

// A person who recurs across articles (each fact base has its own entity
// for them) is quoted from all of them, and /who says where else they
// appear.
func TestRecurringPerson(t *testing.T) {
	// The same story again as a later article of its own.
	later := shippedCopies(t, func(facts string) string {
		c := strings.Replace(facts, "id: istanbul-talks\n", "id: talks-follow-up\n", 1)
		c = strings.Replace(c, `title: "Istanbul talks:`, `title: "Follow-up:`, 1)
		return strings.Replace(c, `published: "2025-05-14"`, `published: "2025-05-20"`, 1)
	})
	l, err := engine.Load(t.Context(), knowledge.Config{Facts: append([]string{"../data/istanbul-talks.yaml"}, later...)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	r := NewRouter(l, Options{})

	articlesCited := func(resp Response) map[string]int {
		out := map[string]int{}
		for _, c := range resp.Citations {
			out[c.Article]++
		}
		return out
	}
	resp := handleLine(t, r, "/quote speaker:Vladimir Putin")
	if got := articlesCited(resp); got["istanbul-talks"] == 0 || got["talks-follow-up"] == 0 || got["istanbul-talks"] != got["talks-follow-up"] {
		t.Errorf("/quote cites %v, want Putin's quotes from both articles alike", got)
	}
	resp = handleLine(t, r, "/quote speaker:Vladimir Putin article:istanbul-talks")
	if got := articlesCited(resp); got["talks-follow-up"] != 0 {
		t.Errorf("/quote narrowed to istanbul-talks cites %v", got)
	}
	resp = handleLine(t, r, "/who name:Peskov")
	if !strings.Contains(resp.Intro, "Also in “Istanbul talks") && !strings.Contains(resp.Intro, "Also in “Follow-up") {
		t.Errorf("/who intro does not say where else Peskov appears:\n%s", resp.Intro)
	}
	if strings.Contains(resp.Intro, "Also matches") {
		t.Errorf("/who offers Peskov's namesake as somebody else:\n%s", resp.Intro)
	}
	resp = handleLine(t, r, "/who name:Peskov article:talks-follow-up")
	if strings.Contains(resp.Intro, "Also in") {
		t.Errorf("/who narrowed to one article names others:\n%s", resp.Intro)
	}
}

// A person quoted more often than a reply lists shows the first ones and
// says how many there are and how to narrow them.
func TestManyQuotes(t *testing.T) {
	// Seven copies of the story, four quotes of Putin's in each.
	var edits []func(string) string
	for i := range 7 {
		edits = append(edits, func(facts string) string {
			return strings.Replace(facts, "id: istanbul-talks\n", fmt.Sprintf("id: talks-%d\n", i), 1)
		})
	}
	paths := shippedCopies(t, edits...)
	l, err := engine.Load(t.Context(), knowledge.Config{Facts: paths}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	r := NewRouter(l, Options{})
	resp := handleLine(t, r, "/quote speaker:Vladimir Putin")
	if len(resp.Items) != QuotesShown {
		t.Errorf("/quote lists %d quotes, want %d", len(resp.Items), QuotesShown)
	}
	if want := "The first 24 of 28 quotes"; !strings.Contains(resp.Intro, want) || !strings.Contains(resp.Intro, "add a topic or an article") {
		t.Errorf("intro %q lacks %q and how to narrow", resp.Intro, want)
	}
	resp = handleLine(t, r, "/quote speaker:Vladimir Putin article:talks-3")
	if len(resp.Items) != 4 || resp.Intro != "" {
		t.Errorf("/quote in one article lists %d quotes with intro %q, want 4 and none", len(resp.Items), resp.Intro)
	}
}

// shippedCopies writes the shipped article's text and, for each edit, its
// fact base so edited (another id, title or date) into a temporary
// directory, and returns the fact bases' paths.
func shippedCopies(t *testing.T, edits ...func(facts string) string) []string {
	t.Helper()
	dir := t.TempDir()
	facts, err := os.ReadFile("../data/istanbul-talks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../data/istanbul-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "istanbul-talks.txt"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i, edit := range edits {
		c := edit(string(facts))
		if c == string(facts) {
			t.Fatalf("copy %d is the shipped fact base unchanged", i)
		}
		path := filepath.Join(dir, fmt.Sprintf("copy-%d.yaml", i))
		if err := os.WriteFile(path, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}
