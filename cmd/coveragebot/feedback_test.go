package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/feedback"
	"github.com/coveragebot/coveragebot/feedback/sqlite"
	"github.com/coveragebot/coveragebot/internal/fakediscord"
	"github.com/coveragebot/coveragebot/knowledge"
)

// feedbackConfig writes a config whose feedback.path is a database (beside
// it, by a relative path) holding votes on three answers, and returns the
// config's path.
func feedbackConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("feedback:\n  path: votes.db\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(context.Background(), filepath.Join(dir, "votes.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	at := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	answers := []feedback.Answer{
		{ID: "1", Question: "What did Putin propose in his Sunday speech?", Citations: []knowledge.Ref{{Article: "istanbul-talks", Paragraph: 2}}, Versions: map[string]string{"istanbul-talks": "3f2a9c01d4e5"}, At: at},
		{ID: "2", Question: "Who won the 2018 World Cup?", Article: "istanbul-talks", Abstained: true, At: at},
		{ID: "3", Question: "What did the artcle: say?", At: at},
	}
	votes := []feedback.Vote{
		{AnswerID: "1", UserID: "7", Up: false, Comment: "not the Sunday speech", At: at.Add(time.Hour)},
		{AnswerID: "1", UserID: "8", Up: true, At: at.Add(2 * time.Hour)},
		{AnswerID: "2", UserID: "7", Up: false, At: at.Add(48 * time.Hour)},
		{AnswerID: "3", UserID: "7", Up: false, At: at.Add(49 * time.Hour)},
	}
	for _, a := range answers {
		if err := store.RecordAnswer(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range votes {
		if err := store.Vote(t.Context(), v); err != nil {
			t.Fatal(err)
		}
	}
	return cfg
}

// TestFeedbackCases: coveragebot feedback --format cases prints the 👎
// questions as cases that coveragebot eval reads and runs; a question the
// command line cannot carry is left out, with a comment.
func TestFeedbackCases(t *testing.T) {
	cfg := feedbackConfig(t)
	out, _, err := runCLI(t, "--config", cfg, "feedback", "--format", "cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- command: /ask question:What did Putin propose in his Sunday speech?",
		"- command: /ask question:Who won the 2018 World Cup? article:istanbul-talks\n  article: istanbul-talks",
		`# wrong: "not the Sunday speech"`,
		"# left out: /ask question:What did the artcle: say?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("cases lack %q:\n%s", want, out)
		}
	}
	cases := filepath.Join(t.TempDir(), "cases.yaml")
	if err := os.WriteFile(cases, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _, err := runCLI(t, "eval", cases)
	if err != nil {
		t.Fatalf("eval refused the cases: %v\n%s", err, out)
	}
	if n := strings.Count(got, "/ask question:"); n != 2 || strings.Contains(got, "error:") {
		t.Errorf("eval ran %d cases, want 2, without errors:\n%s", n, got)
	}
}

// TestFeedbackExport: csv by default, yaml, --since, and the refusals.
func TestFeedbackExport(t *testing.T) {
	cfg := feedbackConfig(t)
	out, _, err := runCLI(t, "--config", cfg, "feedback")
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 5 || !strings.HasPrefix(lines[0], "voted_at,vote,user,comment,question") {
		t.Errorf("csv: %d lines, want a header and 4 votes:\n%s", len(lines), out)
	}
	if strings.Contains(out, ",7,") || strings.Contains(out, ",8,") {
		t.Errorf("a raw user id in the export:\n%s", out)
	}
	out, _, err = runCLI(t, "--config", cfg, "feedback", "--since", "2026-06-02", "--format", "yaml")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "- voted_at:"); n != 2 || !strings.Contains(out, "question: Who won the 2018 World Cup?") {
		t.Errorf("yaml since 2 June: %d votes, want 2:\n%s", n, out)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"feedback", "--format", "json"}, "want one of csv, yaml, cases"},
		{[]string{"feedback", "--since", "June"}, "--since"},
		{[]string{"feedback"}, "no database: set feedback.path"},
		{[]string{"feedback", "--db", filepath.Join(t.TempDir(), "none.db")}, "no database at"},
	} {
		if _, _, err := runCLI(t, tt.args...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: %v, want an error with %q", tt.args, err, tt.want)
		}
	}
}

// TestServeFeedback: serve with feedback.path creates the database, shows
// the vote and follow-up buttons under /ask, records a 👍 there, and the
// feedback command exports it after serve has stopped.
func TestServeFeedback(t *testing.T) {
	fake := fakediscord.Start(500 * time.Millisecond)
	defer fake.Close()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.yaml")
	cfgText := fmt.Sprintf("discord:\n  api_base: %s\n  gateway_url: %s\n  guilds: [%q]\nfeedback:\n  path: votes.db\n", fake.APIBase(), fake.GatewayURL(), fakediscord.GuildID)
	if err := os.WriteFile(cfgPath, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DISCORD_TOKEN": "token", pageKeyEnv: "0123456789abcdef0123456789abcdef"}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--config", cfgPath, "serve"}, func(k string) string { return env[k] }, &out, &logs)
	}()
	registered := func() bool {
		for _, r := range fake.Requests() {
			if r.Method == "PUT" {
				return true
			}
		}
		return false
	}
	if err := fake.WaitFor(20*time.Second, "command registration", registered); err != nil {
		t.Fatalf("%v\nlogs:\n%s", err, logs.String())
	}
	asked := fake.Command("7", "ask", fakediscord.String("question", "What did Putin propose in his Sunday speech?"))
	if _, err := fake.Dispatch(asked); err != nil {
		t.Fatal(err)
	}
	reqs, err := fake.WaitCallbacks(asked.ID, 1, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	data := reqs[0].Body.(map[string]any)["data"].(map[string]any)
	msg := fake.MessageFrom(data, "")
	var up string
	for _, row := range data["components"].([]any) {
		for _, b := range row.(map[string]any)["components"].([]any) {
			if id := b.(map[string]any)["custom_id"].(string); strings.HasPrefix(id, "fb1.u.") {
				up = id
			}
		}
	}
	if up == "" || !strings.Contains(string(reqs[0].JSON), "Ask a follow-up") {
		t.Fatalf("no 👍 or follow-up button under the answer: %s", reqs[0].JSON)
	}
	press := fake.PressOn("8", up, msg)
	if _, err := fake.Dispatch(press); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitCallbacks(press.ID, 1, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v\n%s", err, logs.String())
	}
	csv, _, err := runCLI(t, "--config", cfgPath, "feedback")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv, ",up,") || !strings.Contains(csv, "What did Putin propose in his Sunday speech?") {
		t.Errorf("export after serve:\n%s", csv)
	}
}
