package feedback

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// casesHeader opens WriteCases's output.
const casesHeader = `# Questions readers voted 👎, as evaluation cases in the format of
# shared/eval/dev.yaml (coveragebot feedback --format cases).
# Each is a draft: the answer was judged wrong, so before adding a case to a
# set, say what a right answer cites (expect_any, expect_all) or that the
# coverage cannot answer (abstain: true). The comments say what the bot
# answered and what readers wrote.
`

// question is the set of votes on one question, asked the same way.
type question struct {
	command, article string
	up, down         int
	last             Record   // the newest 👎, whose answer the comments describe
	comments         []string // what was wrong, newest last, without repeats
}

// WriteCases writes each question voted 👎 at least once as one case:
// its command line as a user would type it (with article: when the
// question was narrowed), the case's article, and comments with the votes,
// what the bot cited and what readers wrote. check, when not nil, is given
// each command line; one it refuses (a question holding a word the command
// line would read as an option, say) is written as a comment only, so that
// every case written is one coveragebot eval accepts.
func WriteCases(w io.Writer, rs []Record, check func(command string) error) error {
	var order []*question
	byKey := map[string]*question{}
	for _, r := range rs {
		cmd := "/ask question:" + oneLine(r.Answer.Question)
		if r.Answer.Article != "" {
			cmd += " article:" + r.Answer.Article
		}
		q := byKey[cmd]
		if q == nil {
			q = &question{command: cmd, article: r.Answer.Article}
			byKey[cmd] = q
			order = append(order, q)
		}
		if r.Up {
			q.up++
			continue
		}
		q.down++
		if q.last.At.IsZero() || !r.At.Before(q.last.At) {
			q.last = r
		}
		if c := oneLine(r.Comment); c != "" && !slices.Contains(q.comments, c) {
			q.comments = append(q.comments, c)
		}
	}
	if _, err := io.WriteString(w, casesHeader); err != nil {
		return err
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	var refused []string
	for _, q := range order {
		if q.down == 0 {
			continue
		}
		if check != nil {
			if err := check(q.command); err != nil {
				refused = append(refused, fmt.Sprintf("%s\n  (not a command line eval can read: %v)", q.command, err))
				continue
			}
		}
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: q.comment()}
		m.Content = append(m.Content, scalar("command"), scalar(q.command))
		if q.article != "" {
			m.Content = append(m.Content, scalar("article"), scalar(q.article))
		}
		seq.Content = append(seq.Content, m)
	}
	if len(seq.Content) == 0 {
		// An empty list, which eval reads as no cases.
		if _, err := io.WriteString(w, "[]\n"); err != nil {
			return err
		}
	} else {
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(seq); err != nil {
			return err
		}
		if err := enc.Close(); err != nil {
			return err
		}
	}
	for _, r := range refused {
		if _, err := io.WriteString(w, "# left out: "+strings.ReplaceAll(r, "\n", "\n# ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// comment describes the votes on q and the answer they judged.
func (q *question) comment() string {
	a := q.last.Answer
	lines := []string{fmt.Sprintf("👎 %d, 👍 %d; last answered %s", q.down, q.up, a.At.UTC().Format(time.DateOnly))}
	switch {
	case a.Abstained:
		lines = append(lines, "the bot said the coverage doesn't say")
	case len(a.Citations) > 0:
		lines = append(lines, "the bot cited "+citations(a.Citations))
	}
	if len(a.Versions) > 0 {
		lines = append(lines, "article versions "+versions(a.Versions))
	}
	if a.Typed != "" {
		lines = append(lines, fmt.Sprintf("a follow-up, typed %q after %q", oneLine(a.Typed), oneLine(a.FollowUpTo)))
	}
	for _, c := range q.comments {
		lines = append(lines, fmt.Sprintf("wrong: %q", c))
	}
	return strings.Join(lines, "\n")
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

// oneLine joins a text's lines: a command line and a comment are one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
