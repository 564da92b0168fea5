package commands

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

var (
	peskov  = knowledge.Entity{ID: "peskov", Name: "Dmitry Peskov", Kind: knowledge.KindPerson}
	putin   = knowledge.Entity{ID: "putin", Name: "Vladimir Putin", Kind: knowledge.KindPerson}
	zelen   = knowledge.Entity{ID: "zelenskyy", Name: "Volodymyr Zelenskyy", Kind: knowledge.KindPerson}
	kremlin = knowledge.Entity{ID: "kremlin", Name: "Kremlin", Kind: knowledge.KindOrganisation}
	ankara  = knowledge.Entity{ID: "ankara", Name: "Ankara", Kind: knowledge.KindPlace}
)

// TestFollowUp: pronouns are filled with the subject of their kind, a
// follow-up that names nothing gets the subject or the topics after it,
// and one that names its own person keeps its he.
func TestFollowUp(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		subject []knowledge.Entity
		topics  []string
		own     []knowledge.Entity
		want    string
	}{
		{"he", "What did he say next?", []knowledge.Entity{peskov}, nil, nil, "What did Dmitry Peskov say next?"},
		{"capital and possessive", "His next statement? And did he repeat it?", []knowledge.Entity{peskov}, nil, nil, "Dmitry Peskov's next statement? And did Dmitry Peskov repeat it?"},
		{"her object", "Who met her?", []knowledge.Entity{peskov}, nil, nil, "Who met Dmitry Peskov?"},
		{"her possessive", "What was her answer?", []knowledge.Entity{peskov}, nil, nil, "What was Dmitry Peskov's answer?"},
		{"it is the organisation", "What did it deny?", []knowledge.Entity{peskov, kremlin}, nil, nil, "What did Kremlin deny?"},
		{"they are the organisation", "What do they want?", []knowledge.Entity{peskov, kremlin}, nil, nil, "What do Kremlin want?"},
		{"they are two people", "Will they meet?", []knowledge.Entity{putin, zelen}, nil, nil, "Will Vladimir Putin and Volodymyr Zelenskyy meet?"},
		{"first person first", "Where will he go?", []knowledge.Entity{zelen, putin, ankara}, nil, nil, "Where will Volodymyr Zelenskyy go?"},
		{"own person keeps he", "What did Zelenskyy say when he arrived?", []knowledge.Entity{peskov}, nil, []knowledge.Entity{zelen}, "What did Zelenskyy say when he arrived?"},
		{"own person, it still filled", "What did Zelenskyy say about it?", []knowledge.Entity{ankara}, nil, []knowledge.Entity{zelen}, "What did Zelenskyy say about Ankara?"},
		{"ellipsis gets the subject", "And before that?", []knowledge.Entity{peskov}, nil, nil, "And before that? (about Dmitry Peskov)"},
		{"ellipsis gets the topics", "How soon?", nil, []string{"sanctions", "russia"}, nil, "How soon? (about sanctions, russia)"},
		{"own name needs nothing", "And Zelenskyy?", []knowledge.Entity{peskov}, nil, []knowledge.Entity{zelen}, "And Zelenskyy?"},
		{"nothing to go on", "Why?", nil, nil, nil, "Why?"},
		{"no pronoun inside words", "Is there a theme in this?", []knowledge.Entity{peskov}, nil, nil, "Is there a theme in this? (about Dmitry Peskov)"},
		{"spaces folded", "  what   did\nhe say ", []knowledge.Entity{peskov}, nil, nil, "what did Dmitry Peskov say"},
		{"cut to a question's length", strings.Repeat("word ", 80) + "he", []knowledge.Entity{peskov}, nil, nil, strings.TrimSpace(strings.Repeat("word ", 60))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FollowUp(tt.text, tt.subject, tt.topics, tt.own); got != tt.want {
				t.Errorf("FollowUp(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFollowUpQuestion: over the shipped article, the names a question
// gives are found and put in the follow-up; a "who" question's subject
// comes from its answer.
func TestFollowUpQuestion(t *testing.T) {
	r := testRouter(t)
	tests := []struct{ first, answer, text, want string }{
		{"What did Peskov say about the talks?", "", "What did he say next?", "What did Dmitry Peskov say next?"},
		{"What did the Kremlin spokesman say?", "", "When did he say it?", "When did Dmitry Peskov say it?"},
		{"Who will meet Erdogan in Ankara?", "", "What did he promise?", "What did Recep Tayyip Erdoğan promise?"},
		{"Who challenged the Kremlin leaders to meet in person?", "", "What did they answer?", "What did Kremlin answer?"},
		{"Who is waiting in Türkiye?", "Zelenskyy said he would wait for Putin in Türkiye. · ¶14", "What did he say?", "What did Volodymyr Zelenskyy say?"},
		{"What sanctions could Russia face?", "", "How soon?", ""},
	}
	for _, tt := range tests {
		got := r.FollowUpQuestion(tt.first, tt.answer, tt.text, "")
		if tt.want != "" && got != tt.want {
			t.Errorf("after %q: %q read as %q, want %q", tt.first, tt.text, got, tt.want)
		}
		if tt.want == "" && !strings.HasPrefix(got, tt.text+" (about ") {
			t.Errorf("after %q: %q read as %q, want it with what the question was about", tt.first, tt.text, got)
		}
	}
}

// TestFollowUpAnswers: the follow-up read with its first question's
// subject cites the subject's paragraph, which the bare follow-up does not.
func TestFollowUpAnswers(t *testing.T) {
	r := testRouter(t)
	peskov, ok := r.lib.Entity("istanbul-talks", "dmitry-peskov")
	if !ok {
		t.Fatal("no dmitry-peskov in the fact base")
	}
	cites := func(q string) []int {
		resp, err := r.Handle(context.Background(), Request{Command: "ask", Options: map[string]string{"question": q}})
		if err != nil {
			t.Fatal(err)
		}
		var ps []int
		for _, c := range resp.Citations {
			ps = append(ps, c.Paragraph)
		}
		return ps
	}
	bare := cites("What did he say next?")
	read := cites(r.FollowUpQuestion("What did Peskov say about the talks?", "", "What did he say next?", ""))
	if len(read) == 0 || !slices.Contains(peskov.Paragraphs, read[0]) {
		t.Errorf("the follow-up read in context cites %v first, want one of Peskov's paragraphs %v", read, peskov.Paragraphs)
	}
	for _, p := range bare {
		if slices.Contains(peskov.Paragraphs, p) {
			t.Errorf("the bare follow-up already cites Peskov's ¶%d: the test shows nothing", p)
		}
	}
}

// TestVersions: the answer carries the version of each article it cites,
// and the coverage's; a changed paragraph changes the version.
func TestVersions(t *testing.T) {
	r := testRouter(t)
	resp, err := r.Handle(context.Background(), Request{Command: "ask", Options: map[string]string{"question": "What did Putin propose in his Sunday speech?"}})
	if err != nil {
		t.Fatal(err)
	}
	a := r.lib.Articles()[0]
	if v := resp.Versions[a.ID]; v != ArticleVersion(a) || len(v) != 12 || len(resp.Versions) != 1 {
		t.Errorf("versions %v, want %s: %s", resp.Versions, a.ID, ArticleVersion(a))
	}
	if resp.Coverage != CoverageVersion(map[string]string{a.ID: ArticleVersion(a)}) {
		t.Errorf("coverage version %q", resp.Coverage)
	}
	changed := *a
	changed.Paragraphs = slices.Clone(a.Paragraphs)
	changed.Paragraphs[3] += " "
	changed.Digest = knowledge.TextDigest(changed.Paragraphs) // as reading the changed file gives
	if ArticleVersion(&changed) == ArticleVersion(a) {
		t.Error("a changed paragraph keeps the version")
	}
	none, err := r.Handle(context.Background(), Request{Command: "ask", Options: map[string]string{"question": "Who won the 2018 World Cup?", "article": a.ID}})
	if err != nil || !none.Abstained || none.Versions[a.ID] == "" {
		t.Errorf("a narrowed abstention: %v, versions %v; want the article's version", err, none.Versions)
	}
}

// TestQuestionOfTitle: the question comes back from an /ask reply's title,
// however it was cut or escaped; other titles give none.
func TestQuestionOfTitle(t *testing.T) {
	long := strings.Repeat("why ", 80) + "?"
	tests := []struct {
		title, want string
		ok          bool
	}{
		{"Q: What did Putin propose?", "What did Putin propose?", true},
		{Truncate("Q: "+long, LimitTitle), strings.TrimSuffix(strings.TrimPrefix(Truncate("Q: "+long, LimitTitle), "Q: "), "…"), true},
		{`Q: What is \*bold\* and \\?`, `What is *bold* and \?`, true},
		{"Dmitry Peskov", "", false},
		{"Q: ", "", false},
	}
	for _, tt := range tests {
		got, ok := QuestionOfTitle(tt.title)
		if got != tt.want || ok != tt.ok {
			t.Errorf("QuestionOfTitle(%q) = %q, %v; want %q, %v", tt.title, got, ok, tt.want, tt.ok)
		}
	}
}
