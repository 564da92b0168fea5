package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// GatewayEvent is a gateway step: what the client sent (IDENTIFY, RESUME),
// what the fake answered (READY, RESUMED, INVALID_SESSION, RECONNECT), or a
// dropped connection (DROPPED).
type GatewayEvent struct {
	Name string
	At   time.Time
}

// ErrNotConnected is returned by Dispatch when no client has a live session.
var ErrNotConnected = errors.New("fakediscord: no gateway session")

// gwConn is one websocket; writes are serialised, as the protocol requires.
type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *gwConn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

type frame struct {
	Op   int    `json:"op"`
	D    any    `json:"d"`
	S    *int64 `json:"s,omitempty"`
	Type string `json:"t,omitempty"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.down {
		s.refused++
		s.notifyLocked()
		s.mu.Unlock()
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	s.mu.Unlock()
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	s.open++
	hb := s.hb
	s.mu.Unlock()
	defer func() {
		ws.Close()
		s.mu.Lock()
		s.open--
		if s.conn == c {
			s.conn = nil
		}
		s.notifyLocked()
		s.mu.Unlock()
	}()
	if err := c.write(frame{Op: 10, D: map[string]any{"heartbeat_interval": hb.Milliseconds()}}); err != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &in) != nil {
			return
		}
		switch in.Op {
		case 1: // heartbeat
			if c.write(frame{Op: 11}) != nil {
				return
			}
		case 2: // identify
			s.event("IDENTIFY")
			if s.ready(c) != nil {
				return
			}
		case 6: // resume
			s.event("RESUME")
			var d struct {
				SessionID string `json:"session_id"`
			}
			json.Unmarshal(in.D, &d)
			if s.resumed(c, d.SessionID) != nil {
				return
			}
		}
	}
}

// ready starts a new session on c.
func (s *Server) ready(c *gwConn) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	s.mu.Lock()
	s.sessions++
	s.sessionID = fmt.Sprintf("session-%d", s.sessions)
	s.seq = 1
	seq := s.seq
	d := map[string]any{
		"v": 10, "session_id": s.sessionID, "resume_gateway_url": s.GatewayURL(),
		"user":             map[string]any{"id": s.BotUserID, "username": "coveragebot", "discriminator": "0", "bot": true},
		"application":      map[string]any{"id": s.AppID, "flags": 0},
		"guilds":           []any{},
		"private_channels": []any{},
	}
	if s.ReadyWithoutApplication {
		delete(d, "application")
	}
	s.mu.Unlock()
	// c is live before READY is written, and c.wmu is held until it is: a
	// client that acts on READY at once can be dispatched to straight away,
	// and no dispatch overtakes READY.
	s.live(c, "READY")
	return c.ws.WriteJSON(frame{Op: 0, Type: "READY", S: &seq, D: d})
}

// resumed resumes the session on c, or invalidates it if the id is not the
// current session's; the client must then identify again.
func (s *Server) resumed(c *gwConn, sessionID string) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	s.mu.Lock()
	if sessionID == "" || sessionID != s.sessionID {
		s.mu.Unlock()
		s.event("INVALID_SESSION")
		return c.ws.WriteJSON(frame{Op: 9, D: false})
	}
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	s.live(c, "RESUMED") // before writing, as in ready
	return c.ws.WriteJSON(frame{Op: 0, Type: "RESUMED", S: &seq, D: map[string]any{}})
}

// live makes c the connection dispatches go to.
func (s *Server) live(c *gwConn, name string) {
	s.mu.Lock()
	s.conn = c
	s.gateway = append(s.gateway, GatewayEvent{Name: name, At: time.Now()})
	s.notifyLocked()
	s.mu.Unlock()
}

func (s *Server) event(name string) {
	s.mu.Lock()
	s.gateway = append(s.gateway, GatewayEvent{Name: name, At: time.Now()})
	s.notifyLocked()
	s.mu.Unlock()
}

// Gateway returns the gateway steps so far.
func (s *Server) Gateway() []GatewayEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]GatewayEvent(nil), s.gateway...)
}

// Connected counts the sessions started or resumed (READY or RESUMED sent).
func (s *Server) Connected() int {
	n := 0
	for _, e := range s.Gateway() {
		if e.Name == "READY" || e.Name == "RESUMED" {
			n++
		}
	}
	return n
}

// Dispatch sends i as an INTERACTION_CREATE with the next sequence number
// and returns when it was written.
func (s *Server) Dispatch(i Interaction) (time.Time, error) {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c == nil {
		return time.Time{}, ErrNotConnected
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.interactions[i.ID] = i.issued()
	s.byToken[i.Token] = i.ID
	s.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if err := c.ws.WriteJSON(frame{Op: 0, Type: "INTERACTION_CREATE", S: &seq, D: i.Payload}); err != nil {
		return time.Time{}, fmt.Errorf("dispatch %s: %w", i.ID, err)
	}
	at := time.Now()
	s.mu.Lock()
	s.interactions[i.ID].dispatchedAt = at
	s.mu.Unlock()
	return at, nil
}

// Reconnect asks the client to reconnect (op 7), as Discord does before it
// moves a session; the client should then resume.
func (s *Server) Reconnect() error {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c == nil {
		return ErrNotConnected
	}
	s.event("RECONNECT")
	return c.write(frame{Op: 7, D: nil})
}

// DropConnection closes the TCP connection under the websocket without a
// close frame, as a network failure would.
func (s *Server) DropConnection() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c == nil {
		return
	}
	s.event("DROPPED")
	c.ws.UnderlyingConn().Close()
}

// ForgetSession makes the fake forget the current session, so that the
// client's next RESUME is refused with INVALID_SESSION (op 9) and it must
// identify again.
func (s *Server) ForgetSession() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessionID = ""
}

// SetHeartbeat sets the heartbeat interval the HELLO of later connections
// asks for.
func (s *Server) SetHeartbeat(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hb = d
}

// SetDown makes the gateway refuse new connections (HTTP 503) while down is
// true, as during an outage; connections already open are not touched.
func (s *Server) SetDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = down
}

// Refused counts the gateway connections refused while down.
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// OpenConnections counts the gateway websockets open now, whether or not
// they carry a session.
func (s *Server) OpenConnections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.open
}
