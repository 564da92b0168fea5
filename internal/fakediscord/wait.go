package fakediscord

import (
	"fmt"
	"time"
)

// WaitFor returns nil once cond holds, or an error after timeout. cond is
// checked at every request and gateway step; it may call the Server's
// accessors.
func (s *Server) WaitFor(timeout time.Duration, what string, cond func() bool) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-deadline.C:
			return fmt.Errorf("fakediscord: no %s after %v", what, timeout)
		}
	}
}

// WaitCallbacks waits until interaction id has n callbacks and returns
// every request made for it.
func (s *Server) WaitCallbacks(id string, n int, timeout time.Duration) ([]Request, error) {
	err := s.WaitFor(timeout, fmt.Sprintf("%d callback(s) for interaction %s", n, id), func() bool {
		return len(s.Callbacks(id)) >= n
	})
	return s.For(id), err
}

// WaitRequests waits until interaction id has at least n requests (callback,
// edits, deletes, follow-ups) and returns them.
func (s *Server) WaitRequests(id string, n int, timeout time.Duration) ([]Request, error) {
	err := s.WaitFor(timeout, fmt.Sprintf("%d request(s) for interaction %s", n, id), func() bool {
		return len(s.For(id)) >= n
	})
	return s.For(id), err
}

// WaitConnected waits until n sessions have been started or resumed.
func (s *Server) WaitConnected(n int, timeout time.Duration) error {
	return s.WaitFor(timeout, fmt.Sprintf("%d gateway session(s)", n), func() bool { return s.Connected() >= n })
}
