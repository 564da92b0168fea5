package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/feedback"
	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/google/go-cmp/cmp"
)

var t0 = time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func answer(id, q string) feedback.Answer {
	return feedback.Answer{
		ID: id, Question: q,
		Citations: []knowledge.Ref{{Article: "istanbul-talks", Paragraph: 8}, {Article: "istanbul-talks", Paragraph: 2}},
		Versions:  map[string]string{"istanbul-talks": "3f2a9c01d4e5"}, Coverage: "77aa01bc9e10", At: t0,
	}
}

func vote(t *testing.T, s *Store, v feedback.Vote) {
	t.Helper()
	if err := s.Vote(t.Context(), v); err != nil {
		t.Fatal(err)
	}
}

// TestVotesSurviveRestart: votes written by one Store are read by the next
// one over the same file; one vote per user and answer, changeable; a 👎
// without a comment keeps the earlier one, a 👍 clears it; user ids are
// kept only hashed, the same way after the restart.
func TestVotesSurviveRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.db")
	s := open(t, path)
	a := answer("1001", "What did Putin propose in his Sunday speech?")
	if err := s.RecordAnswer(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(t.Context(), answer("1001", "recorded twice")); err != nil {
		t.Fatalf("recording an answer again: %v", err)
	}
	vote(t, s, feedback.Vote{AnswerID: "1001", UserID: "111", Up: true, At: t0.Add(time.Minute)})
	vote(t, s, feedback.Vote{AnswerID: "1001", UserID: "222", Up: false, Comment: "wrong speech", At: t0.Add(2 * time.Minute)})
	hash111 := s.UserHash("111")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path)
	defer s.Close()
	if got := s.UserHash("111"); got != hash111 {
		t.Errorf("user hash after restart %s, want %s (the salt is the database's)", got, hash111)
	}
	vote(t, s, feedback.Vote{AnswerID: "1001", UserID: "111", Up: false, At: t0.Add(3 * time.Minute)})
	vote(t, s, feedback.Vote{AnswerID: "1001", UserID: "222", Up: false, At: t0.Add(4 * time.Minute)})
	rs, err := s.Export(t.Context(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := []feedback.Record{
		{Answer: a, User: hash111[:exportUser], Up: false, At: t0.Add(3 * time.Minute)},
		{Answer: a, User: s.UserHash("222")[:exportUser], Up: false, Comment: "wrong speech", At: t0.Add(4 * time.Minute)},
	}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("export mismatch (-want, +got):\n%s", diff)
	}

	vote(t, s, feedback.Vote{AnswerID: "1001", UserID: "222", Up: true, At: t0.Add(5 * time.Minute)})
	rs, err = s.Export(t.Context(), t0.Add(5*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || !rs[0].Up || rs[0].Comment != "" {
		t.Errorf("after 👍 since 9:05: %+v, want one 👍 with no comment", rs)
	}

	var raw int
	if err := s.db.QueryRow(`SELECT count(*) FROM votes WHERE user_hash IN ('111', '222')`).Scan(&raw); err != nil || raw != 0 {
		t.Errorf("raw user ids in the votes table: %d (%v)", raw, err)
	}
}

// TestVoteUnknownAnswer: a vote on an answer never recorded is refused
// with feedback.ErrUnknownAnswer.
func TestVoteUnknownAnswer(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "feedback.db"))
	defer s.Close()
	err := s.Vote(t.Context(), feedback.Vote{AnswerID: "404", UserID: "111", Up: true, At: t0})
	if !errors.Is(err, feedback.ErrUnknownAnswer) {
		t.Errorf("vote on an unknown answer: %v, want ErrUnknownAnswer", err)
	}
}

// TestMigrate: a new database is at the newest schema version; opening it
// again changes nothing; one from a newer program is refused.
func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.db")
	open(t, path).Close()
	s := open(t, path)
	var v int
	if err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version %d (%v), want %d", v, err, len(migrations))
	}
	if _, err := s.db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(t.Context(), path); err == nil || !strings.Contains(err.Error(), "newer than this program's") {
		t.Errorf("opening a newer schema: %v", err)
	}
}

// TestSharedFile: two stores (two replicas on one machine) over one file,
// created at once and voting at once, lose nothing.
func TestSharedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.db")
	stores := make([]*Store, 2)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(context.Background(), path) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	defer stores[0].Close()
	defer stores[1].Close()
	if stores[0].UserHash("1") != stores[1].UserHash("1") {
		t.Fatal("two stores over one file hash users differently")
	}
	if err := stores[0].RecordAnswer(t.Context(), answer("1", "q")); err != nil {
		t.Fatal(err)
	}
	for n := range 40 {
		wg.Go(func() {
			err := stores[n%2].Vote(context.Background(), feedback.Vote{AnswerID: "1", UserID: fmt.Sprint(n), Up: n%3 == 0, At: t0})
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	rs, err := stores[1].Export(t.Context(), time.Time{})
	if err != nil || len(rs) != 40 {
		t.Errorf("%d votes exported (%v), want 40", len(rs), err)
	}
}
