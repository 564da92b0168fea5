package bot

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
	"github.com/coveragebot/coveragebot/internal/golden"
)

// channelRequests are the requests the bot made to channel routes (threads,
// channel messages) since the n-th request.
func channelRequests(h *harness, n int) []fd.Request {
	var out []fd.Request
	for _, r := range h.fake.Requests()[n:] {
		if strings.HasPrefix(r.Path, "/api/v9/channels/") {
			out = append(out, r)
		}
	}
	return out
}

// TestFollowUpInThread: "Ask a follow-up" under an /ask answer opens a
// modal; the follow-up, "What did he say next?" after a question about
// Peskov, is answered in a thread started on the answer, read as a
// question about Peskov, and cites his paragraph. A follow-up asked in
// the thread, to a bot started afresh (nothing kept in memory), is
// answered in the thread with the same subject. Goldens of what Discord
// receives; refresh with go test ./bot -run TestFollowUpInThread -update.
func TestFollowUpInThread(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "feedback.db")
	h := start(t, realRouter(t), withAnswers(t, openStore(t, path)))
	asked := h.fake.Command("7", "ask", fd.String("question", "What did Peskov say about the talks?"))
	msg := reply(t, h, h.answer(t, asked))

	press := h.fake.PressOn("8", button(t, msg, prefixFollowUp), msg)
	reqs := h.answer(t, press)
	golden.Check(t, "followup/modal", normalise(t, h.fake, reqs, press))

	before := len(h.fake.Requests())
	submit := h.fake.Submit("8", modal(t, reqs)["custom_id"].(string), msg, map[string]string{inputQuestion: "What did he say next?"})
	if _, err := h.fake.Dispatch(submit); err != nil {
		t.Fatal(err)
	}
	thread := msg["id"].(string)
	// The message stands in the thread while its handler runs; the request
	// is logged after: wait for both.
	postedIn := func(r fd.Request) bool { return r.Method == "POST" && r.Path == "/api/v9/channels/"+thread+"/messages" }
	if err := h.fake.WaitFor(wait, "an answer in the thread", func() bool {
		return len(h.fake.Posted(thread)) == 1 && slices.ContainsFunc(channelRequests(h, before), postedIn)
	}); err != nil {
		t.Fatal(err)
	}
	got := normalise(t, h.fake, append(h.fake.For(submit.ID), channelRequests(h, before)...), submit)
	golden.Check(t, "followup/thread", strings.NewReplacer(thread, "{thread}", encodeSnowflake(submit.ID), "{submit}").Replace(got))
	answer := h.fake.Posted(thread)[0]
	embed := answer["embeds"].([]any)[0].(map[string]any)
	if title := embed["title"]; title != "Q: What did Dmitry Peskov say next?" {
		t.Errorf("the follow-up was read as %q", title)
	}
	if d := embed["description"].(string); !strings.Contains(d, "¶10") {
		t.Errorf("the follow-up does not cite Peskov's ¶10:\n%s", d)
	}
	if threads := h.fake.Threads(); len(threads) != 1 || threads[0] != thread {
		t.Errorf("threads %v, want one on the answer %s", threads, thread)
	}
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}

	// A follow-up in the thread, to another bot: it answers there, through
	// the interaction, with Peskov still the subject.
	h2 := start(t, realRouter(t), withAnswers(t, openStore(t, path)))
	h2.fake.MessageFrom(map[string]any{}, "") // keep ids apart from the first fake's
	inThread := h2.fake.PressOn("8", button(t, answer, prefixFollowUp), answer)
	reqs = h2.answer(t, inThread)
	again := h2.fake.Submit("8", modal(t, reqs)["custom_id"].(string), answer, map[string]string{inputQuestion: "Did he speak to reporters?"})
	if _, err := h2.fake.Dispatch(again); err != nil {
		t.Fatal(err)
	}
	reqs, err := h2.fake.WaitRequests(again.ID, 2, wait)
	if err != nil {
		t.Fatal(err)
	}
	if len(channelRequests(h2, 0)) != 0 {
		t.Errorf("a follow-up in a thread started another thread or posted through the channel")
	}
	var body map[string]any
	if err := json.Unmarshal(reqs[1].JSON, &body); err != nil || !strings.Contains(reqs[1].Path, "/webhooks/") {
		t.Fatalf("the answer in the thread: %s %s", reqs[1].Path, reqs[1].JSON)
	}
	if title := body["embeds"].([]any)[0].(map[string]any)["title"]; title != "Q: Did Dmitry Peskov speak to reporters?" {
		t.Errorf("the second follow-up was read as %q", title)
	}
}

// TestFollowUpPrivate: a follow-up to a private answer is answered
// privately, where it was asked, with no thread.
func TestFollowUpPrivate(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), withAnswers(t, openStore(t, filepath.Join(t.TempDir(), "feedback.db"))))
	asked := h.fake.Command("7", "ask", fd.String("question", "What did Peskov say about the talks?"), fd.Bool("private", true))
	msg := reply(t, h, h.answer(t, asked))
	press := h.fake.PressOn("7", button(t, msg, prefixFollowUp), msg)
	submit := h.fake.Submit("7", modal(t, h.answer(t, press))["custom_id"].(string), msg, map[string]string{inputQuestion: "What did he say next?"})
	if _, err := h.fake.Dispatch(submit); err != nil {
		t.Fatal(err)
	}
	reqs, err := h.fake.WaitRequests(submit.ID, 2, wait)
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	json.Unmarshal(reqs[1].JSON, &body)
	if f, _ := body["flags"].(float64); int(f)&64 == 0 || len(h.fake.Threads()) != 0 {
		t.Errorf("a follow-up to a private answer: flags %v, threads %v; want private, none", body["flags"], h.fake.Threads())
	}
}
