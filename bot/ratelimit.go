package bot

import (
	"sync"
	"time"
)

// limiter allows each user at most n commands in any window (a sliding
// log: exact, and small because n is small).
type limiter struct {
	n      int
	window time.Duration
	now    func() time.Time

	mu        sync.Mutex
	seen      map[string][]time.Time
	nextSweep time.Time
}

func newLimiter(n int, window time.Duration, now func() time.Time) *limiter {
	return &limiter{n: n, window: window, now: now, seen: map[string][]time.Time{}}
}

// allow records a command by user and reports whether it is within the
// limit; if not, it says how long until the user may try again.
func (l *limiter) allow(user string) (bool, time.Duration) {
	if l == nil || l.n <= 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	recent := keepSince(l.seen[user], now.Add(-l.window))
	if len(recent) >= l.n {
		l.seen[user] = recent
		return false, recent[0].Add(l.window).Sub(now)
	}
	l.seen[user] = append(recent, now)
	return true, 0
}

func keepSince(ts []time.Time, since time.Time) []time.Time {
	i := 0
	for i < len(ts) && !ts[i].After(since) {
		i++
	}
	return ts[i:]
}

// sweep forgets users with nothing in the window, once a window.
func (l *limiter) sweep(now time.Time) {
	if now.Before(l.nextSweep) {
		return
	}
	for u, ts := range l.seen {
		if len(keepSince(ts, now.Add(-l.window))) == 0 {
			delete(l.seen, u)
		}
	}
	l.nextSweep = now.Add(l.window)
}
