package webhook

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/commands"
)

// TestUnhandledTypes: an interaction of a type the bot does not handle
// (0, 99, a signed null, one with no type) gets 400 at once instead of
// holding the request until the first-response deadline, and reaches no
// handler. (Modal submits, 5, were refused too until the bot had modals.)
func TestUnhandledTypes(t *testing.T) {
	k := newKeys(t)
	for _, body := range []string{
		`{"id":"1","application_id":"2","type":0,"token":"t","version":1}`,
		`{"id":"3","application_id":"2","type":99,"token":"t","version":1}`,
		`null`,
		`{"id":"4","application_id":"2","token":"t","version":1}`,
	} {
		t.Run(body, func(t *testing.T) {
			srv := &countingServer{}
			h := New(k.pub, srv, &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
			w := httptest.NewRecorder()
			start := time.Now()
			h.ServeHTTP(w, signed(k.priv, now, []byte(body)))
			if took := time.Since(start); w.Code != http.StatusBadRequest || took > 500*time.Millisecond {
				t.Errorf("status %d after %v, want 400 at once", w.Code, took)
			}
			if srv.n.Load() != 0 {
				t.Error("the request reached a handler")
			}
		})
	}
}

// TestModalSubmitHandled: a modal submit (the 👎 comment, a follow-up
// question) reaches the bot.
func TestModalSubmitHandled(t *testing.T) {
	k := newKeys(t)
	srv := &countingServer{}
	h := New(k.pub, srv, &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, []byte(`{"id":"2","application_id":"2","type":5,"token":"t","version":1,"data":{"custom_id":"m","components":[]}}`)))
	if w.Code != http.StatusOK || srv.n.Load() != 1 {
		t.Errorf("modal submit: status %d, %d handled", w.Code, srv.n.Load())
	}
}

// TestReplay: a signed request sent again within the timestamp window is
// answered once; the copy reaches no handler (and spends nobody's rate
// limit). A new interaction with the same body shape but another id is
// answered.
func TestReplay(t *testing.T) {
	k := newKeys(t)
	srv := &countingServer{}
	h := New(k.pub, srv, &restRecorder{}, Options{Now: func() time.Time { return now }}, nil)
	body := command("30", "who", opt("name", 3, "Peskov"))
	for n, want := range []int{http.StatusOK, http.StatusConflict, http.StatusConflict} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, signed(k.priv, now.Add(time.Duration(n)*time.Second), body))
		if w.Code != want {
			t.Errorf("sending %d: status %d, want %d", n+1, w.Code, want)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("31", "who", opt("name", 3, "Peskov"))))
	if w.Code != http.StatusOK {
		t.Errorf("another interaction: status %d", w.Code)
	}
	if got := srv.n.Load(); got != 2 {
		t.Errorf("%d interactions handled, want 2", got)
	}
}

// TestSeenIsBounded: the set of seen ids forgets what is past the window and
// never holds more than its cap.
func TestSeenIsBounded(t *testing.T) {
	clock := now
	s := newSeen(3, func() time.Time { return clock })
	for n := range 5 {
		if !s.add(fmt.Sprint(n), clock.Add(time.Minute)) {
			t.Errorf("id %d seen before", n)
		}
	}
	if s.len() != 3 {
		t.Errorf("holds %d ids, cap 3", s.len())
	}
	if s.add("4", clock.Add(time.Minute)) {
		t.Error("a replay of a kept id was taken")
	}
	clock = clock.Add(2 * time.Minute)
	if !s.add("4", clock.Add(time.Minute)) {
		t.Error("an id past its expiry was still refused")
	}
	if s.len() != 1 {
		t.Errorf("holds %d ids after expiry, want 1", s.len())
	}
}

// TestBodyDeadline: a client that sends the headers and then the body one
// byte at a time is cut off at the body deadline, before any signature
// check.
func TestBodyDeadline(t *testing.T) {
	k := newKeys(t)
	h := New(k.pub, &countingServer{}, &restRecorder{}, Options{Now: func() time.Time { return now }, BodyTimeout: 300 * time.Millisecond}, nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nX-Signature-Ed25519: 00\r\nX-Signature-Timestamp: 1\r\n\r\n")
	closed := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		r := bufio.NewReader(conn)
		for {
			if _, err := r.ReadByte(); err != nil {
				closed <- time.Since(start)
				return
			}
		}
	}()
	for range 40 {
		select {
		case took := <-closed:
			if took > 2*time.Second {
				t.Errorf("connection closed after %v", took)
			}
			return
		case <-time.After(100 * time.Millisecond):
			conn.Write([]byte("x"))
		}
	}
	t.Fatal("the connection is still open after 4 s of one byte every 100 ms")
}

// TestShutdownLetsDeferredFinish: at shutdown the endpoint takes no new
// interaction, and a deferred answer in flight is edited in (within the
// shutdown timeout) rather than cancelled.
func TestShutdownLetsDeferredFinish(t *testing.T) {
	k := newKeys(t)
	rest := &restRecorder{}
	h := New(k.pub, realInteractions(t, slowCommands{commands.NewRouter(nil, commands.Options{})}, 50*time.Millisecond), rest,
		Options{Now: func() time.Time { return now }}, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("40", "paragraph", opt("number", 4, 1))))
	if !strings.Contains(w.Body.String(), `"type":5`) {
		t.Fatalf("first response = %s, want a deferral", w.Body.String())
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if err := h.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	rest.mu.Lock()
	edits := len(rest.edits)
	rest.mu.Unlock()
	if edits != 1 {
		t.Errorf("%d edits after shutdown, want the deferred answer", edits)
	}
	w = httptest.NewRecorder()
	h.ServeHTTP(w, signed(k.priv, now, command("41", "paragraph", opt("number", 4, 1))))
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("after shutdown: status %d, want 503", w.Code)
	}
}

// TestShutdownTimeout: what is still running when the shutdown context
// ends is cancelled, and Shutdown says so.
func TestShutdownTimeout(t *testing.T) {
	k := newKeys(t)
	h := New(k.pub, realInteractions(t, slowCommands{commands.NewRouter(nil, commands.Options{})}, 20*time.Millisecond), &restRecorder{},
		Options{Now: func() time.Time { return now }}, nil)
	h.ServeHTTP(httptest.NewRecorder(), signed(k.priv, now, command("42", "paragraph", opt("number", 4, 1))))
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Millisecond)
	defer cancel()
	if err := h.Shutdown(ctx); err == nil {
		t.Error("Shutdown returned nil with an interaction still running")
	}
}
