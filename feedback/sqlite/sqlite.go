// Package sqlite keeps feedback (answers and votes) in a SQLite file, with
// modernc.org/sqlite: pure Go, so the bot still builds and tests with
// nothing but the Go toolchain. The schema is migrated when the file is
// opened. Several processes may share one file on one machine (WAL, a busy
// timeout, and writes that take the lock when they begin).
package sqlite

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/coveragebot/coveragebot/feedback"
	"github.com/coveragebot/coveragebot/knowledge"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// Store is a feedback.Store in a SQLite file.
type Store struct {
	db   *sql.DB
	salt []byte
	path string
}

var _ feedback.Store = (*Store)(nil)

// Open opens (creating it if needed) the database at path and migrates its
// schema to the newest version.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("feedback database: no path")
	}
	// busy_timeout first: the others may wait for another process's lock.
	dsn := path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open feedback database %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback database %s: %w", path, err)
	}
	if s.salt, err = s.userSalt(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback database %s: %w", path, err)
	}
	return s, nil
}

// userSalt returns the database's salt for user ids, made (once, whichever
// process gets there first) when the database is new.
func (s *Store) userSalt(ctx context.Context) ([]byte, error) {
	fresh, err := newSalt()
	if err != nil {
		return nil, err
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('user_salt', ?) ON CONFLICT (key) DO NOTHING`, fresh); err != nil {
		return nil, fmt.Errorf("make the salt: %w", err)
	}
	var salt string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'user_salt'`).Scan(&salt); err != nil {
		return nil, fmt.Errorf("read the salt: %w", err)
	}
	return []byte(salt), nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// UserHash is what the store keeps of a Discord user id: HMAC-SHA256 keyed
// with a random salt made when the database was created and kept in it
// (meta.user_salt), in hex. It tells one user's votes apart, for one vote
// per answer, without the id; the salt never leaves the database, so an
// export alone cannot be matched to accounts by hashing known ids.
func (s *Store) UserHash(userID string) string {
	m := hmac.New(sha256.New, s.salt)
	m.Write([]byte(userID))
	return hex.EncodeToString(m.Sum(nil))
}

// RecordAnswer keeps a; an answer already recorded is left as it is.
func (s *Store) RecordAnswer(ctx context.Context, a feedback.Answer) error {
	cites, err := json.Marshal(nonNil(a.Citations))
	if err != nil {
		return err
	}
	vers, err := json.Marshal(a.Versions)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO answers (id, question, typed, follow_up_to, article, abstained, citations, versions, coverage, answered_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		a.ID, a.Question, a.Typed, a.FollowUpTo, a.Article, a.Abstained, string(cites), string(vers), a.Coverage, stamp(a.At))
	if err != nil {
		return fmt.Errorf("record answer %s: %w", a.ID, err)
	}
	return nil
}

// Vote records or replaces a user's vote. A 👍 clears the comment; a 👎
// with no comment keeps the one given before.
func (s *Store) Vote(ctx context.Context, v feedback.Vote) error {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM answers WHERE id = ?`, v.AnswerID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return feedback.ErrUnknownAnswer
	}
	if err != nil {
		return fmt.Errorf("vote on %s: %w", v.AnswerID, err)
	}
	value := -1
	if v.Up {
		value = 1
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO votes (answer_id, user_hash, vote, comment, voted_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (answer_id, user_hash) DO UPDATE SET
			vote = excluded.vote,
			comment = CASE WHEN excluded.vote = 1 THEN '' WHEN excluded.comment = '' THEN votes.comment ELSE excluded.comment END,
			voted_at = excluded.voted_at`,
		v.AnswerID, s.UserHash(v.UserID), value, v.Comment, stamp(v.At))
	if err != nil {
		return fmt.Errorf("vote on %s: %w", v.AnswerID, err)
	}
	return nil
}

// exportUser is how many hex digits of the user hash an export shows:
// enough to tell voters apart, too few to be a key of anything else.
const exportUser = 12

// Export returns the votes cast at or after since, oldest first.
func (s *Store) Export(ctx context.Context, since time.Time) ([]feedback.Record, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT v.user_hash, v.vote, v.comment, v.voted_at,
			a.id, a.question, a.typed, a.follow_up_to, a.article, a.abstained, a.citations, a.versions, a.coverage, a.answered_at
		FROM votes v JOIN answers a ON a.id = v.answer_id
		WHERE v.voted_at >= ? ORDER BY v.voted_at, a.id, v.user_hash`, stamp(since))
	if err != nil {
		return nil, fmt.Errorf("export feedback: %w", err)
	}
	defer rows.Close()
	var out []feedback.Record
	for rows.Next() {
		var r feedback.Record
		var value int
		var votedAt, answeredAt, cites, vers string
		a := &r.Answer
		if err := rows.Scan(&r.User, &value, &r.Comment, &votedAt, &a.ID, &a.Question, &a.Typed, &a.FollowUpTo, &a.Article, &a.Abstained, &cites, &vers, &a.Coverage, &answeredAt); err != nil {
			return nil, fmt.Errorf("export feedback: %w", err)
		}
		r.User = r.User[:min(len(r.User), exportUser)]
		r.Up = value > 0
		var errs []error
		r.At, err = time.Parse(time.RFC3339Nano, votedAt)
		errs = append(errs, err)
		a.At, err = time.Parse(time.RFC3339Nano, answeredAt)
		errs = append(errs, err, json.Unmarshal([]byte(cites), &a.Citations), json.Unmarshal([]byte(vers), &a.Versions))
		if err := errors.Join(errs...); err != nil {
			return nil, fmt.Errorf("export feedback: answer %s: %w", a.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("export feedback: %w", err)
	}
	return out, nil
}

// stamp writes a time as the database keeps it: RFC 3339 in UTC with
// nanoseconds, fixed width so that text order is time order.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000000Z07:00") }

func nonNil(refs []knowledge.Ref) []knowledge.Ref {
	if refs == nil {
		return []knowledge.Ref{}
	}
	return refs
}

// newSalt is the salt of a new database.
func newSalt() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
