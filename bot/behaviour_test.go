package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/commands"
	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

func startFake(t *testing.T, configure func(*Config)) *harness {
	t.Helper()
	return start(t, &fakeCommands{slow: 300 * time.Millisecond}, func(c *Config) {
		c.DeferAfter = 50 * time.Millisecond
		if configure != nil {
			configure(c)
		}
	})
}

// TestNoMentions: a reply quoting "@everyone" and a user mention goes out
// with allowed_mentions.parse == [], so nobody is pinged.
func TestNoMentions(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	text := "He said @everyone should hear it, and <@123456789012345678> too"
	for _, cmd := range []string{"echo", "slow", "refuse", "slowrefuse"} {
		t.Run(cmd, func(t *testing.T) {
			reqs := h.answer(t, h.fake.Command("700", cmd, fd.String("text", text)))
			checkAll(t, reqs)
			got := final(t, reqs)
			if !strings.Contains(cmd, "refuse") && !strings.Contains(got.text(), "@everyone") {
				t.Errorf("reply lost the text: %s", got.text())
			}
		})
	}
}

// TestHandlerPanics: a panic becomes an ephemeral error reply and an error
// log line with the interaction id, and the bot answers the next command.
func TestHandlerPanics(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	i := h.fake.Command("701", "boom")
	got := final(t, h.answer(t, i))
	title, desc, _ := got.embed()
	if !got.ephemeral || title != "Can't answer that" || !strings.Contains(desc, "Something went wrong") {
		t.Errorf("panic answered with ephemeral %v %q %q", got.ephemeral, title, desc)
	}
	eventually(t, "panic log line", func() bool {
		for _, l := range h.logs.Lines() {
			if l["level"] == "ERROR" && l["interaction_id"] == i.ID && strings.Contains(l["err"].(string), "panicked") {
				return true
			}
		}
		return false
	})
	next := final(t, h.answer(t, h.fake.Command("701", "echo", fd.String("text", "still here"))))
	if !strings.Contains(next.text(), "still here") {
		t.Errorf("after the panic: %s", next.text())
	}
	eventually(t, "the boom error recorded", func() bool { return h.rec.get("boom/"+OutcomeError) == 1 })
}

// TestInternalError: the user sees the generic line, the log the cause.
func TestInternalError(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	i := h.fake.Command("702", "fail")
	got := final(t, h.answer(t, i))
	if !got.ephemeral || strings.Contains(got.text(), "fire") || !strings.Contains(got.text(), "Something went wrong") {
		t.Errorf("internal error shown as %q (ephemeral %v)", got.text(), got.ephemeral)
	}
	eventually(t, "error log line", func() bool { return strings.Contains(h.logs.String(), "the database is on fire") })
}

// TestSlowReplies: past DeferAfter the bot defers (type 5) and edits the
// reply in; the deferral's visibility is decided when deferring, and an
// error after a public deferral replaces it with an ephemeral follow-up.
func TestSlowReplies(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	tests := []struct {
		name, command string
		private       bool
		how           string // how the reply arrives
		ephemeral     bool
		methods       string
	}{
		{"public", "slow", false, "edit", false, "POST PATCH"},
		{"private", "slow", true, "edit", true, "POST PATCH"},
		{"refused", "slowrefuse", false, "followup", true, "POST DELETE POST"},
		{"refused privately", "slowrefuse", true, "edit", true, "POST PATCH"},
	}
	for n, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reqs := h.answer(t, h.fake.Command(string(rune('a'+n)), tt.command, fd.String("text", "late"), fd.Bool("private", tt.private)))
			checkAll(t, reqs)
			if callbackType(reqs[0]) != 5 {
				t.Fatalf("first callback type %d, want 5 (deferred)", callbackType(reqs[0]))
			}
			var methods []string
			for _, r := range reqs {
				methods = append(methods, r.Method)
			}
			if got := strings.Join(methods, " "); got != tt.methods {
				t.Errorf("requests %s, want %s", got, tt.methods)
			}
			got := final(t, reqs)
			if got.how != tt.how || got.ephemeral != tt.ephemeral {
				t.Errorf("reply by %s, ephemeral %v; want %s, %v", got.how, got.ephemeral, tt.how, tt.ephemeral)
			}
		})
	}
}

// TestRateLimit: the N+1th command of a user within the window is refused
// ephemerally; other users are not affected; the window slides.
func TestRateLimit(t *testing.T) {
	t.Parallel()
	h := startFake(t, func(c *Config) { c.RateLimit, c.RateWindow = 3, 10*time.Second })
	for n := range 3 {
		got := final(t, h.answer(t, h.fake.Command("800", "echo", fd.String("text", "hi"))))
		if got.ephemeral {
			t.Fatalf("command %d refused: %s", n+1, got.text())
		}
		h.clock.Advance(time.Second)
	}
	got := final(t, h.answer(t, h.fake.Command("800", "echo", fd.String("text", "hi"))))
	if !got.ephemeral || !strings.Contains(got.text(), "Slow down — try again in 7s") {
		t.Errorf("4th command in the window: ephemeral %v %q", got.ephemeral, got.text())
	}
	if got := final(t, h.answer(t, h.fake.Command("801", "echo", fd.String("text", "hi")))); got.ephemeral {
		t.Errorf("another user refused: %s", got.text())
	}
	h.clock.Advance(7 * time.Second)
	if got := final(t, h.answer(t, h.fake.Command("800", "echo", fd.String("text", "hi")))); got.ephemeral {
		t.Errorf("refused after the window: %s", got.text())
	}
	h.rec.mu.Lock()
	defer h.rec.mu.Unlock()
	if h.rec.limited != 1 {
		t.Errorf("recorded %d rate-limited, want 1", h.rec.limited)
	}
}

// TestAutocompleteCleansChoices: whatever the commands return, Discord gets
// at most 25 choices with unique, non-empty names.
func TestAutocompleteCleansChoices(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	reqs := h.answer(t, h.fake.Autocomplete("900", "echo", fd.Focused("text", "ab")))
	choices, _ := reqs[0].Body.(map[string]any)["data"].(map[string]any)["choices"].([]any)
	if len(choices) != 20 {
		t.Errorf("%d choices, want the 20 unique ones", len(choices))
	}
}

// TestShutdownWaits: cancelling Run lets an interaction in flight finish.
func TestShutdownWaits(t *testing.T) {
	t.Parallel()
	h := startFake(t, nil)
	i := h.fake.Command("901", "slow", fd.String("text", "finish me"))
	if _, err := h.fake.Dispatch(i); err != nil {
		t.Fatal(err)
	}
	if _, err := h.fake.WaitCallbacks(i.ID, 1, wait); err != nil {
		t.Fatal(err)
	}
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if got := final(t, h.fake.For(i.ID)); got.how != "edit" {
		t.Errorf("in-flight interaction answered by %q", got.how)
	}
}

// TestMultiPageFake: pages from any Commands get buttons whose ids fit.
func TestMultiPageFake(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeCommands{render: func(r commands.Response) []commands.Message {
		return []commands.Message{{Content: "one"}, {Content: "two"}}
	}}, nil)
	got := final(t, h.answer(t, h.fake.Command("902", "echo")))
	for _, id := range got.customIDs() {
		if len(id) > 100 {
			t.Errorf("custom_id %q longer than 100", id)
		}
	}
}

// TestRefusedReply: when Discord refuses a reply (here, over the content
// limit), the user gets an ephemeral error instead of "The application did
// not respond", and the failure is recorded.
func TestRefusedReply(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeCommands{render: func(r commands.Response) []commands.Message {
		return []commands.Message{{Content: strings.Repeat("x", 2001)}}
	}}, nil)
	h.allowErrors = true
	i := h.fake.Command("903", "echo")
	if _, err := h.fake.Dispatch(i); err != nil {
		t.Fatal(err)
	}
	reqs, err := h.fake.WaitRequests(i.ID, 2, wait)
	if err != nil {
		t.Fatal(err)
	}
	if reqs[0].Status != 400 || reqs[1].Status != 204 {
		t.Errorf("statuses %d then %d, want 400 then 204", reqs[0].Status, reqs[1].Status)
	}
	got := final(t, reqs[1:])
	if !got.ephemeral || !strings.Contains(got.text(), "could not be displayed") {
		t.Errorf("fallback: ephemeral %v %q", got.ephemeral, got.text())
	}
	eventually(t, "recorded failure", func() bool {
		h.rec.mu.Lock()
		defer h.rec.mu.Unlock()
		return h.rec.failures == 1
	})
}

// TestConfiguredGateway: with GatewayURL set, the bot dials it without
// asking GET gateway.
func TestConfiguredGateway(t *testing.T) {
	t.Parallel()
	fake := fd.Start(time.Second)
	t.Cleanup(fake.Close) // after the bot has stopped: cleanups run last first
	h := start(t, &fakeCommands{}, func(c *Config) { c.GatewayURL = fake.GatewayURL() })
	if fake.Connected() != 1 {
		t.Errorf("the configured gateway has %d sessions, want 1", fake.Connected())
	}
	if h.fake.Connected() != 0 {
		t.Errorf("the API's own gateway has %d sessions, want 0", h.fake.Connected())
	}
	for _, r := range h.fake.Requests() {
		if strings.Contains(r.Path, "gateway") {
			t.Errorf("asked %s %s", r.Method, r.Path)
		}
	}
}

// TestSlowPageTurn: a press whose page takes longer than DeferAfter to
// compute is acknowledged at once (type 6) and the page edited in.
func TestSlowPageTurn(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeCommands{slow: 300 * time.Millisecond, render: func(r commands.Response) []commands.Message {
		return []commands.Message{{Content: "one " + r.Intro}, {Content: "two " + r.Intro}}
	}}, func(c *Config) { c.DeferAfter = 50 * time.Millisecond })
	first := final(t, h.answer(t, h.fake.Command("904", "slow", fd.String("text", "late"))))
	ids := first.customIDs()
	if len(ids) != 1 {
		t.Fatalf("buttons %v", ids)
	}
	press := h.fake.Press("904", ids[0])
	if _, err := h.fake.Dispatch(press); err != nil {
		t.Fatal(err)
	}
	reqs, err := h.fake.WaitRequests(press.ID, 2, wait)
	if err != nil {
		t.Fatal(err)
	}
	if callbackType(reqs[0]) != 6 || reqs[1].Method != "PATCH" {
		t.Fatalf("press answered by %s, want a type 6 callback then an edit", describe(reqs))
	}
	if got := final(t, reqs); !strings.Contains(str(got.msg, "content"), "two late") {
		t.Errorf("edited page: %v", got.msg)
	}
	msg, _ := h.fake.Message(ids[0])
	if msg != nil {
		t.Errorf("the message still has the page 1 button after the edit")
	}
}
