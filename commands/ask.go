package commands

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/coveragebot/coveragebot/knowledge"
)

// askLimit is how many excerpts /ask shows: enough to cover a question that
// several paragraphs answer, few enough to read in Discord at a glance.
const askLimit = 4

func (r *Router) ask(ctx context.Context, req Request) (Response, error) {
	q := strings.TrimSpace(req.Options["question"])
	arts, err := r.scope(req)
	if err != nil {
		return Response{}, err
	}
	known := func(name string) bool { return len(r.lib.FindEntities(name, 1, arts...)) > 0 }
	ans, err := r.lib.AskIn(ctx, withoutMarkup(q, known), askLimit, arts...)
	if err != nil {
		return Response{}, fmt.Errorf("ask %q: %w", q, err)
	}
	title := Truncate(askTitle+q, LimitTitle)
	if ans.Abstained || len(ans.Passages) == 0 {
		intro := r.scopeName(arts) + " doesn't say."
		if ans.Reason != "" {
			intro += " " + ans.Reason
		}
		if ans.ReadAs != "" {
			intro += " (" + ans.ReadAs + ")"
		}
		resp := Response{Title: title, Intro: intro, Abstained: true, Citations: []knowledge.Ref{}}
		r.stampVersions(&resp, arts)
		return resp, nil
	}
	resp := Response{Title: title, Intro: ans.ReadAs}
	for _, p := range ans.Passages {
		resp.Items = append(resp.Items, Item{Text: p.Text, Citations: []knowledge.Ref{p.Ref}})
	}
	resp.collectCitations()
	r.stampVersions(&resp, nil)
	return resp, nil
}

// askTitle starts the title of an /ask reply, before the question.
const askTitle = "Q: "

// QuestionOfTitle returns the question an /ask reply answers, read from its
// embed's title as sent, and false for the title of any other reply. A
// follow-up to the reply is read with it in mind. A title cut to Discord's
// limit gives the question without the end that was cut; a markdown escape
// (\*) is read as the character it escapes.
func QuestionOfTitle(title string) (string, bool) {
	q, ok := strings.CutPrefix(title, askTitle)
	if !ok {
		return "", false
	}
	q = strings.TrimSpace(strings.TrimSuffix(q, "…"))
	var b strings.Builder
	escaped := false
	for _, r := range q {
		if r == '\\' && !escaped {
			escaped = true
			continue
		}
		escaped = false
		b.WriteRune(r)
	}
	return b.String(), b.Len() > 0
}

// discordMarkup is what Discord puts in a message's text for a mention of a
// user, role or channel, or a custom emoji: "<@123>", "<@&456>", "<#789>",
// "<:thinking:123>".
var discordMarkup = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>`)

// atName is a name typed after "@": "@coveragebot", "@everyone", "@putin".
var atName = regexp.MustCompile(`(^|\s)@([^\s@]+)`)

// withoutMarkup is a question without Discord's markup: a mention or an
// emoji asks nothing of the coverage ("<@123> who is peskov"), though its
// number would read as something it never mentions. A name typed after
// "@" is kept, without the sign, when it names someone the coverage
// knows ("what did @putin propose"), and dropped when it does not (the bot
// addressed: "@coveragebot who is peskov").
func withoutMarkup(q string, known func(name string) bool) string {
	q = discordMarkup.ReplaceAllString(q, " ")
	q = atName.ReplaceAllStringFunc(q, func(m string) string {
		name := strings.TrimLeft(strings.TrimSpace(m), "@")
		if known(name) {
			return " " + name
		}
		return " "
	})
	return strings.TrimSpace(q)
}
