package sqlite

import (
	"context"
	"errors"
	"fmt"
	"time"

	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// migrations bring the schema from version i to i+1 (PRAGMA user_version).
// Append, never edit: a database already migrated past a step never runs
// it again.
var migrations = []string{
	// 1: answers, votes (one per user and answer), and the user salt.
	`CREATE TABLE meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE answers (
		id           TEXT PRIMARY KEY,  -- the Discord interaction that asked
		question     TEXT NOT NULL,     -- as the engine was asked
		typed        TEXT NOT NULL,     -- a follow-up as typed, else ''
		follow_up_to TEXT NOT NULL,     -- the question a follow-up follows, else ''
		article      TEXT NOT NULL,     -- the article it was narrowed to, else ''
		abstained    INTEGER NOT NULL,
		citations    TEXT NOT NULL,     -- JSON [{"article","paragraph"}], in reply order
		versions     TEXT NOT NULL,     -- JSON {article: version} of the cited articles
		coverage     TEXT NOT NULL,     -- version of the whole coverage
		answered_at  TEXT NOT NULL      -- RFC 3339, UTC
	);
	CREATE TABLE votes (
		answer_id TEXT NOT NULL REFERENCES answers (id),
		user_hash TEXT NOT NULL,        -- HMAC-SHA256(meta.user_salt, Discord user id)
		vote      INTEGER NOT NULL CHECK (vote IN (-1, 1)),
		comment   TEXT NOT NULL,
		voted_at  TEXT NOT NULL,        -- RFC 3339, UTC
		PRIMARY KEY (answer_id, user_hash)
	);
	CREATE INDEX votes_voted_at ON votes (voted_at);`,
}

// migrate applies the migrations the database has not had, each in a
// transaction that takes the write lock first, so that two processes
// starting at once migrate it once.
func (s *Store) migrate(ctx context.Context) error {
	deadline := time.Now().Add(busyWait)
	for {
		done, err := s.step(ctx)
		// Two processes opening a new file at once: while one makes it a
		// WAL database, the other's first statement is refused at once,
		// without the busy timeout's wait. Try again a little later.
		if isBusy(err) && time.Now().Before(deadline) {
			select {
			case <-ctx.Done():
				return fmt.Errorf("migrate: %w", ctx.Err())
			case <-time.After(busyRetry):
			}
			continue
		}
		if err != nil || done {
			return err
		}
	}
}

// busyWait is how long opening waits for another process's hold on a new
// database, trying again every busyRetry (the busy timeout's length).
const (
	busyWait  = 10 * time.Second
	busyRetry = 20 * time.Millisecond
)

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se *msqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// step applies the next migration, or reports that there is none.
func (s *Store) step(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE (_txlock)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return false, fmt.Errorf("migrate: read the schema version: %w", err)
	}
	switch {
	case version == len(migrations):
		return true, nil
	case version > len(migrations):
		return false, fmt.Errorf("schema version %d is newer than this program's (%d): use a newer coveragebot", version, len(migrations))
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: %w", version+1, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, version+1)); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: %w", version+1, err)
	}
	return false, nil
}
