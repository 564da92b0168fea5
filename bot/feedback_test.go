package bot

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/feedback"
	"github.com/coveragebot/coveragebot/feedback/sqlite"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
	"github.com/coveragebot/coveragebot/internal/golden"
)

// testKey signs the buttons of every bot of a test, as COVERAGEBOT_PAGE_KEY
// would on every replica.
var testKey = []byte("0123456789abcdef0123456789abcdef")

// openStore opens a feedback database in path, closed after the test.
func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// withAnswers configures a bot with feedback in store, follow-ups over the
// real router, and the test key.
func withAnswers(t *testing.T, store Feedback) func(*Config) {
	return func(c *Config) {
		c.Feedback = store
		c.FollowUps = realRouter(t)
		c.PageKey = testKey
	}
}

// button returns the custom_id of the button of msg whose id starts with
// prefix.
func button(t *testing.T, msg map[string]any, prefix string) string {
	t.Helper()
	for _, id := range (sent{msg: msg}).customIDs() {
		if strings.HasPrefix(id, prefix) {
			return id
		}
	}
	t.Fatalf("no button %s… on the message; it has %v", prefix, (sent{msg: msg}).customIDs())
	return ""
}

// modal returns the data of the modal the bot answered with.
func modal(t *testing.T, reqs []fd.Request) map[string]any {
	t.Helper()
	for _, r := range reqs {
		if strings.HasSuffix(r.Path, "/callback") && callbackType(r) == 9 {
			return r.Body.(map[string]any)["data"].(map[string]any)
		}
	}
	t.Fatalf("no modal among %s", describe(reqs))
	return nil
}

// reply returns the message the bot's answer to i shows in the channel.
func reply(t *testing.T, h *harness, reqs []fd.Request) map[string]any {
	t.Helper()
	return h.fake.MessageFrom(final(t, reqs).msg, "")
}

func export(t *testing.T, s feedback.Store) []feedback.Record {
	t.Helper()
	rs, err := s.Export(t.Context(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestFeedbackGolden: what Discord receives for an /ask answer with its
// buttons, a 👍, a 👎 (the modal) and the 👎's comment; the votes land in
// the database, one per user, changeable. Refresh with
// go test ./bot -run TestFeedbackGolden -update.
func TestFeedbackGolden(t *testing.T) {
	t.Parallel()
	store := openStore(t, filepath.Join(t.TempDir(), "feedback.db"))
	h := start(t, realRouter(t), withAnswers(t, store))
	asked := h.fake.Command("7", "ask", fd.String("question", "What did Putin propose in his Sunday speech?"))
	reqs := h.answer(t, asked)
	replace := strings.NewReplacer(encodeSnowflake(asked.ID), "{asked}")
	golden.Check(t, "feedback/ask", replace.Replace(normalise(t, h.fake, reqs, asked)))
	msg := reply(t, h, reqs)

	up := h.fake.PressOn("8", button(t, msg, "fb1.u."), msg)
	golden.Check(t, "feedback/up", replace.Replace(normalise(t, h.fake, h.answer(t, up), up)))
	down := h.fake.PressOn("8", button(t, msg, "fb1.d."), msg)
	reqs = h.answer(t, down)
	golden.Check(t, "feedback/down", replace.Replace(normalise(t, h.fake, reqs, down)))
	comment := h.fake.Submit("8", modal(t, reqs)["custom_id"].(string), msg, map[string]string{inputWrong: "It is not the Sunday speech."})
	golden.Check(t, "feedback/comment", replace.Replace(normalise(t, h.fake, h.answer(t, comment), comment)))

	rs := export(t, store)
	if len(rs) != 1 {
		t.Fatalf("%d votes, want the one of user 8: %+v", len(rs), rs)
	}
	r := rs[0]
	if r.Up || r.Comment != "It is not the Sunday speech." || r.Answer.ID != asked.ID || r.Answer.Question != "What did Putin propose in his Sunday speech?" {
		t.Errorf("recorded %+v", r)
	}
	if len(r.Answer.Citations) == 0 || r.Answer.Versions["istanbul-talks"] == "" || r.Answer.Coverage == "" {
		t.Errorf("the answer lacks its citations or versions: %+v", r.Answer)
	}
	if strings.Contains(r.User, "8") && len(r.User) < 3 {
		t.Errorf("user recorded as %q: not hashed", r.User)
	}
}

// TestVotesSurviveRestart: a vote cast on one bot is still there when a
// second bot (a restart, or another replica with the same key) opens the
// same database file, and a press there on the old answer changes it.
func TestVotesSurviveRestart(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "feedback.db")
	first := openStore(t, path)
	h := start(t, realRouter(t), withAnswers(t, first))
	asked := h.fake.Command("7", "ask", fd.String("question", "Who will meet Erdogan in Ankara?"))
	msg := reply(t, h, h.answer(t, asked))
	for _, u := range []string{"8", "9"} {
		final(t, h.answer(t, h.fake.PressOn(u, button(t, msg, "fb1.u."), msg)))
	}
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	second := openStore(t, path)
	h2 := start(t, realRouter(t), withAnswers(t, second))
	press := h2.fake.PressOn("8", button(t, msg, "fb1.d."), msg)
	modal(t, h2.answer(t, press))
	rs := export(t, second)
	votes := map[bool]int{}
	for _, r := range rs {
		votes[r.Up]++
	}
	if len(rs) != 2 || votes[true] != 1 || votes[false] != 1 {
		t.Errorf("after the restart: %+v, want user 9's 👍 and user 8's 👎", rs)
	}
}

// TestForgedButtons: a vote or follow-up button the bot did not sign (or
// signed with another key) records nothing and says so.
func TestForgedButtons(t *testing.T) {
	t.Parallel()
	store := openStore(t, filepath.Join(t.TempDir(), "feedback.db"))
	h := start(t, realRouter(t), withAnswers(t, store))
	other := signer{key: []byte("another key, another deployment!!")}
	for _, id := range []string{other.voteID(true, "123"), "fb1.u.3f.AAAAAAAAAAAA", other.followID(prefixFollowUp, whereChannel, "")} {
		got := final(t, h.answer(t, h.fake.Press("8", id)))
		if got.how != "respond" || !got.ephemeral || !strings.Contains(str(got.msg, "content"), "no longer works") {
			t.Errorf("press of %s: %s %v", id, got.how, got.msg)
		}
	}
	if rs := export(t, store); len(rs) != 0 {
		t.Errorf("forged votes recorded: %+v", rs)
	}
}

// TestNoFeedbackNoButtons: without Feedback and FollowUps an /ask answer
// has no buttons, as before.
func TestNoFeedbackNoButtons(t *testing.T) {
	t.Parallel()
	h := start(t, realRouter(t), nil)
	got := final(t, h.answer(t, h.fake.Command("7", "ask", fd.String("question", "What did Putin propose in his Sunday speech?"))))
	if ids := got.customIDs(); len(ids) != 0 {
		t.Errorf("buttons %v", ids)
	}
}

// TestAnswerIDs: each answer button's custom_id reads back as written,
// within 100 characters, and fails with one character changed; a page
// turn keeps the answer row and drops the page row.
func TestAnswerIDs(t *testing.T) {
	s := signer{key: testKey}
	for _, answer := range []string{"1375000000000000123", "test-1"} {
		for _, up := range []bool{true, false} {
			id := s.voteID(up, answer)
			if a, u, ok := s.pressedVote(id); !ok || a != answer || u != up {
				t.Errorf("vote %s reads %q %v %v", id, a, u, ok)
			}
			if _, _, ok := s.pressedVote(id[:len(id)-1] + "x"); ok {
				t.Errorf("vote %s accepted with its mac changed", id)
			}
		}
		if a, up, ok := s.pressedVote(s.commentID(answer)); !ok || a != answer || up {
			t.Errorf("comment id reads %q %v %v", a, up, ok)
		}
	}
	long := strings.Repeat("a", 120)
	for _, article := range []string{"", "istanbul-talks", "odd.id with spaces", long} {
		id := s.followID(prefixFollowUp, whereThread, article)
		where, got, ok := s.pressedFollowUp(prefixFollowUp, id)
		want := article
		if article == long {
			want = ""
		}
		if len(id) > maxCustomID || !ok || where != whereThread || got != want {
			t.Errorf("follow-up %q reads %q %q %v", id, where, got, ok)
		}
		if _, _, ok := s.pressedFollowUp(prefixFollowModal, id); ok {
			t.Errorf("a button id %s accepted as a modal's", id)
		}
	}
	page := &discordgo.ActionsRow{Components: []discordgo.MessageComponent{&discordgo.Button{CustomID: pageID("1", 2)}}}
	answers := &discordgo.ActionsRow{Components: []discordgo.MessageComponent{&discordgo.Button{CustomID: s.voteID(true, "1")}}}
	kept := answerRows(&discordgo.Message{Components: []discordgo.MessageComponent{page, answers}})
	if len(kept) != 1 || kept[0].(discordgo.ActionsRow).Components[0].(*discordgo.Button).CustomID != s.voteID(true, "1") {
		t.Errorf("a page turn keeps %v", kept)
	}
}
