package web

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// cdp is a minimal Chrome DevTools Protocol client over Chromium's
// --remote-debugging-pipe: JSON messages ended by a NUL byte, written to the
// browser's fd 3 and read from its fd 4. A pipe needs no port and no
// websocket library, and nothing else on the machine can connect to it.
type cdp struct {
	w      io.Writer
	wmu    sync.Mutex
	mu     sync.Mutex
	nextID int
	wait   map[int]chan cdpMessage
	events chan cdpMessage
	done   chan struct{} // closed when the browser's side of the pipe closes
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// newCDP starts reading replies and events from r.
func newCDP(w io.Writer, r io.Reader) *cdp {
	c := &cdp{w: w, wait: map[int]chan cdpMessage{}, events: make(chan cdpMessage, 4096), done: make(chan struct{})}
	go c.read(bufio.NewReader(r))
	return c
}

func (c *cdp) read(r *bufio.Reader) {
	defer close(c.done)
	for {
		b, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(b[:len(b)-1], &m) != nil {
			continue
		}
		if m.ID == 0 {
			select {
			case c.events <- m:
			default: // nobody waits for that many events; drop rather than stall
			}
			continue
		}
		c.mu.Lock()
		ch := c.wait[m.ID]
		delete(c.wait, m.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

// call sends method with params to the session ("" for the browser) and
// decodes the result into result, if not nil.
func (c *cdp) call(ctx context.Context, session, method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	ch := make(chan cdpMessage, 1)
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.wait[id] = ch
	c.mu.Unlock()
	b, err := json.Marshal(cdpMessage{ID: id, Method: method, Params: p, SessionID: session})
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	c.wmu.Lock()
	_, err = c.w.Write(append(b, 0))
	c.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: write: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("%s: decode result: %w", method, err)
			}
		}
		return nil
	case <-c.done:
		return fmt.Errorf("%s: %w", method, errBrowserGone)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

var errBrowserGone = errors.New("the browser closed the pipe")

// drain forgets the events received so far.
func (c *cdp) drain() {
	for {
		select {
		case <-c.events:
		default:
			return
		}
	}
}

// waitEvent waits for the next event named method in session.
func (c *cdp) waitEvent(ctx context.Context, session, method string) error {
	for {
		select {
		case m := <-c.events:
			if m.Method == method && m.SessionID == session {
				return nil
			}
		case <-c.done:
			return fmt.Errorf("waiting for %s: %w", method, errBrowserGone)
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", method, ctx.Err())
		}
	}
}
