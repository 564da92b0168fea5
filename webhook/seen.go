package webhook

import (
	"sync"
	"time"
)

// seen is the set of interaction ids already taken, so that a signed
// request replayed within the timestamp window is answered once. Each id is
// kept until its request's timestamp leaves the window (after which a replay
// is refused as stale anyway) and the set never holds more than max ids: at
// the cap the oldest is forgotten first.
type seen struct {
	max int
	now func() time.Time

	mu    sync.Mutex
	until map[string]time.Time
	order []entry // by arrival, oldest first
}

type entry struct {
	id    string
	until time.Time
}

func newSeen(max int, now func() time.Time) *seen {
	return &seen{max: max, now: now, until: map[string]time.Time{}}
}

// add records id, kept until until, and reports whether it is new.
func (s *seen) add(id string, until time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	if u, ok := s.until[id]; ok && now.Before(u) {
		return false
	}
	for len(s.until) >= s.max && len(s.order) > 0 {
		s.drop()
	}
	s.until[id] = until
	s.order = append(s.order, entry{id, until})
	return true
}

// expire forgets the oldest ids while they are past their time. Ids arrive
// with timestamps close to now, so arrival order is nearly expiry order;
// one that outlives its place is caught by the check in add.
func (s *seen) expire(now time.Time) {
	for len(s.order) > 0 && !now.Before(s.order[0].until) {
		s.drop()
	}
}

func (s *seen) drop() {
	e := s.order[0]
	s.order = s.order[1:]
	if s.until[e.id] == e.until {
		delete(s.until, e.id)
	}
	if len(s.order) == 0 {
		s.order = nil // let the backing array go
	}
}

func (s *seen) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.until)
}
