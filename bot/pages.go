package bot

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coveragebot/coveragebot/commands"
)

// pageSet is a multi-page reply kept so that its buttons can turn pages.
type pageSet struct {
	owner   string // only the asker may turn the pages
	pages   []commands.Message
	expires time.Time
}

// pageStore keeps rendered pages in memory, keyed by the interaction that
// asked. Entries expire after a timeout; a restart forgets them all, and
// their buttons then answer as expired.
type pageStore struct {
	now     func() time.Time
	timeout time.Duration

	mu        sync.Mutex
	sets      map[string]pageSet
	nextSweep time.Time
}

func newPageStore(now func() time.Time, timeout time.Duration) *pageStore {
	return &pageStore{now: now, timeout: timeout, sets: map[string]pageSet{}}
}

func (s *pageStore) put(key, owner string, pages []commands.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.sweep(now)
	s.sets[key] = pageSet{owner: owner, pages: pages, expires: now.Add(s.timeout)}
}

// get returns the pages under key, or false if there are none or they have
// expired.
func (s *pageStore) get(key string) (pageSet, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.sweep(now)
	set, ok := s.sets[key]
	if !ok || !now.Before(set.expires) {
		delete(s.sets, key)
		return pageSet{}, false
	}
	return set, true
}

func (s *pageStore) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sets)
}

// sweep evicts expired entries, at most once a tenth of the timeout so that
// a busy bot does not walk the map on every call.
func (s *pageStore) sweep(now time.Time) {
	if now.Before(s.nextSweep) {
		return
	}
	for k, set := range s.sets {
		if !now.Before(set.expires) {
			delete(s.sets, k)
		}
	}
	s.nextSweep = now.Add(s.timeout / 10)
}

// parsePageID reads "pg:<key>:<page>".
func parsePageID(id string) (key string, page int, ok bool) {
	rest, found := strings.CutPrefix(id, pagePrefix)
	if !found {
		return "", 0, false
	}
	i := strings.LastIndexByte(rest, ':')
	if i <= 0 {
		return "", 0, false
	}
	page, err := strconv.Atoi(rest[i+1:])
	if err != nil {
		return "", 0, false
	}
	return rest[:i], page, true
}
