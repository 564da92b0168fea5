package feedback

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/internal/golden"
	"github.com/coveragebot/coveragebot/knowledge"
)

// records are three users' votes on two answers and a follow-up.
func records() []Record {
	at := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	sunday := Answer{
		ID: "1001", Question: "What did Putin propose in his Sunday speech?",
		Citations: []knowledge.Ref{{Article: "istanbul-talks", Paragraph: 8}, {Article: "istanbul-talks", Paragraph: 2}},
		Versions:  map[string]string{"istanbul-talks": "3f2a9c01d4e5"}, Coverage: "77aa01bc9e10", At: at,
	}
	next := Answer{
		ID: "1002", Question: "What did Peskov say next?", Typed: "What did he say next?", FollowUpTo: "What did Peskov say about the talks?",
		Citations: []knowledge.Ref{{Article: "istanbul-talks", Paragraph: 10}},
		Versions:  map[string]string{"istanbul-talks": "3f2a9c01d4e5"}, Coverage: "77aa01bc9e10", At: at.Add(time.Minute),
	}
	none := Answer{
		ID: "1003", Question: "Who won the 2024 vote?", Article: "harbour-vote", Abstained: true,
		Citations: []knowledge.Ref{}, Versions: map[string]string{"harbour-vote": "0b1c2d3e4f50"}, Coverage: "77aa01bc9e10", At: at.Add(2 * time.Minute),
	}
	return []Record{
		{Answer: sunday, User: "a1b2c3d4e5f6", Up: true, At: at.Add(10 * time.Minute)},
		{Answer: sunday, User: "0f9e8d7c6b5a", Up: false, Comment: "It quotes the wrong speech,\nnot Sunday's.", At: at.Add(11 * time.Minute)},
		{Answer: next, User: "a1b2c3d4e5f6", Up: false, At: at.Add(12 * time.Minute)},
		{Answer: none, User: "a1b2c3d4e5f6", Up: false, Comment: "¶4 says who won", At: at.Add(13 * time.Minute)},
		{Answer: none, User: "0f9e8d7c6b5a", Up: false, Comment: "¶4 says who won", At: at.Add(14 * time.Minute)},
	}
}

// TestWrite: each format of the same votes, against testdata/*.golden.
// Refresh with go test ./feedback -run TestWrite -update.
func TestWrite(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, format, records(), nil); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "export."+format, b.String())
		})
	}
	if err := Write(&bytes.Buffer{}, "json", nil, nil); err == nil || !strings.Contains(err.Error(), "csv, yaml, cases") {
		t.Errorf("unknown format: %v, want an error naming the formats", err)
	}
}

// TestWriteCasesCheck: a question the command line cannot carry is left
// out of the cases and said so in a comment; with no 👎 at all, the list
// is empty.
func TestWriteCasesCheck(t *testing.T) {
	refuse := func(cmd string) error {
		if strings.Contains(cmd, "Sunday") {
			return errors.New("no")
		}
		return nil
	}
	var b bytes.Buffer
	if err := WriteCases(&b, records(), refuse); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "- command: /ask question:What did Putin") || !strings.Contains(out, "# left out: /ask question:What did Putin propose in his Sunday speech?") {
		t.Errorf("the refused question is not left out in a comment:\n%s", out)
	}
	b.Reset()
	if err := WriteCases(&b, records()[:1], nil); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "\n[]\n") {
		t.Errorf("no 👎: got\n%s\nwant an empty list", b.String())
	}
}
