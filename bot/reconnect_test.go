package bot

import (
	"strings"
	"testing"
	"time"

	fd "github.com/coveragebot/coveragebot/internal/fakediscord"
)

// TestReconnect: whatever ends the gateway connection, the bot connects
// again (RESUME, or IDENTIFY when the session is gone) and goes on
// answering.
func TestReconnect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		cut   func(*fd.Server) error
		steps string // the gateway steps from the cut on
	}{
		{"dropped connection", func(s *fd.Server) error { s.DropConnection(); return nil }, "DROPPED RESUME RESUMED"},
		{"op 7 reconnect", (*fd.Server).Reconnect, "RECONNECT RESUME RESUMED"},
		{"session invalidated", func(s *fd.Server) error { s.ForgetSession(); s.DropConnection(); return nil }, "DROPPED RESUME INVALID_SESSION IDENTIFY READY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, realRouter(t), nil)
			before := final(t, h.answer(t, h.fake.Command("1000", "who", fd.String("name", "Peskov"))))
			if err := tt.cut(h.fake); err != nil {
				t.Fatal(err)
			}
			if err := h.fake.WaitConnected(2, wait); err != nil {
				t.Fatalf("%v; gateway: %v", err, h.fake.Gateway())
			}
			var steps []string
			for _, e := range h.fake.Gateway() {
				steps = append(steps, e.Name)
			}
			if s := strings.Join(steps, " "); s != "IDENTIFY READY "+tt.steps {
				t.Errorf("gateway steps %s, want IDENTIFY READY %s", s, tt.steps)
			}
			after := final(t, h.answer(t, h.fake.Command("1000", "who", fd.String("name", "Peskov"))))
			if after.text() != before.text() {
				t.Errorf("after reconnecting:\n%s\nwant\n%s", after.text(), before.text())
			}
		})
	}
}

// TestNoReconnectAfterShutdown: discordgo's reconnect loop outlives
// Session.Close; a connection it makes after Run has returned is closed at
// once rather than left showing the bot online with nobody answering.
//
// The first connection heartbeats once a minute: a heartbeat of the
// dropped connection failing while the gateway is down starts a second
// reconnect loop beside the reader's, which makes a second late
// connection, and inside discordgo its error log reads the gateway address
// that a refused dial of the other loop clears (a data race the race
// detector reports, not ours to fix). The late connection heartbeats every
// second, as the check below needs.
func TestNoReconnectAfterShutdown(t *testing.T) {
	t.Parallel()
	h := startOn(t, fd.Start(time.Minute), &fakeCommands{}, nil)
	h.fake.SetDown(true)
	h.fake.DropConnection()
	if err := h.fake.WaitFor(wait, "a refused reconnection", func() bool { return h.fake.Refused() > 0 }); err != nil {
		t.Fatal(err)
	}
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	h.fake.SetHeartbeat(time.Second)
	h.fake.SetDown(false)
	if err := h.fake.WaitConnected(2, wait); err != nil {
		t.Fatalf("%v; gateway: %v", err, h.fake.Gateway())
	}
	if err := h.fake.WaitFor(wait, "close of the late connection", func() bool { return h.fake.OpenConnections() == 0 }); err != nil {
		t.Fatal(err)
	}
	// Closing the late connection must not start another: discordgo's
	// heartbeat, finding its socket closed, reconnects unless told not to.
	// Three heartbeats and Close's one-second wait are time enough for one.
	time.Sleep(3 * time.Second)
	if n := h.fake.Connected(); n != 2 {
		t.Errorf("%d sessions after shutdown, want the one late one; gateway: %v", n-1, h.fake.Gateway())
	}
}
