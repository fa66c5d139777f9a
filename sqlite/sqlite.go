// Package sqlite stores marsad's documents and records in an SQLite file
// (marsad.Store), through the pure-Go driver modernc.org/sqlite: no cgo.
//
// The database runs in WAL mode with synchronous=NORMAL: a committed
// transaction survives the process being killed at any moment (not
// necessarily a power cut). Writers take the lock when a transaction
// begins (BEGIN IMMEDIATE), so two ingest processes on one file take
// turns instead of failing half way.
//
// The schema is versioned: the migrations under migrations/ are embedded
// and applied in order, one transaction each, recorded in schema_version.
// Full-text search uses an FTS5 table over each document's search terms,
// computed by package index with marsad's own normalization and clitic
// handling, so that FTS5's ascii tokenizer only has to split on spaces.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/index"
	sqlite3 "modernc.org/sqlite"
	sqlite3lib "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DefaultDSN is the database used when none is named.
const DefaultDSN = "marsad.db"

// Store is the SQLite marsad.Store.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool

	// Now returns the current time; tests replace it.
	Now func() time.Time

	idxOnce sync.Once
	idx     *index.Indexer
	idxErr  error

	lshMu sync.Mutex // guards lsh
	lsh   lsh

	mu     sync.Mutex         // guards actors
	actors map[actorKey]int64 // committed actor ids

	known known // what Has can answer without a query

	wmu sync.Mutex // guards wc; held through AddEntries
	wc  *writeConn // the connection AddEntries writes on, nil before the first
	// inserts are the multi-row INSERT statements built, guarded by wmu.
	inserts map[insertKey]string
}

var _ marsad.Store = (*Store)(nil)

// Open opens (creating it if needed) the database named by dsn, a file
// path or an SQLite "file:" URI, and brings its schema up to date. An
// existing file without write permission is opened read only: queries
// work, writes fail with a clear error.
func Open(dsn string) (*Store, error) {
	if dsn == "" {
		dsn = DefaultDSN
	}
	path, params := dsn, ""
	if i := strings.IndexByte(dsn, '?'); i >= 0 {
		path, params = dsn[:i], dsn[i+1:]
	}
	file := strings.TrimPrefix(path, "file:")
	s := &Store{path: file, Now: time.Now}
	if st, err := os.Stat(file); err == nil {
		if st.IsDir() {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: is a directory, not a database", file)
		}
		s.readOnly = st.Mode().Perm()&0o222 == 0
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	q := []string{"_pragma=busy_timeout(10000)"}
	if s.readOnly {
		q = append(q, "mode=ro", "_pragma=query_only(1)")
	} else {
		q = append(q, "_pragma=journal_mode(WAL)", "_pragma=synchronous(NORMAL)", "_pragma=cache_size(-65536)", "_txlock=immediate")
	}
	if params != "" {
		q = append(q, params)
	}
	db, err := sql.Open("sqlite", "file:"+file+"?"+strings.Join(q, "&"))
	if err != nil {
		return nil, s.wrap(err)
	}
	db.SetMaxOpenConns(runtime.NumCPU() + 4)
	db.SetMaxIdleConns(runtime.NumCPU() + 4)
	s.db = db
	if err := s.migrate(context.Background(), 0); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if s.db == nil {
		return nil
	}
	s.wmu.Lock()
	err := s.closeWriter()
	s.wmu.Unlock()
	if e := s.db.Close(); err == nil {
		err = e
	}
	return s.wrap(err)
}

// DB returns the underlying database, for tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// IntegrityCheck runs SQLite's integrity check and returns its verdict:
// "ok" for a sound file.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return "", s.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", s.wrap(err)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), s.wrap(rows.Err())
}

// wrap turns driver errors the user can act on into clear messages naming
// the file: a read-only database, a full disk, a file that is no database.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var e *sqlite3.Error
	if errors.As(err, &e) {
		switch e.Code() & 0xff {
		case sqlite3lib.SQLITE_READONLY:
			return marsad.Errorf(marsad.EINTERNAL, "%s: the database is read-only (%v)", s.path, err)
		case sqlite3lib.SQLITE_FULL:
			return marsad.Errorf(marsad.EINTERNAL, "%s: the disk or the database is full; nothing of the failed batch was written (%v)", s.path, err)
		case sqlite3lib.SQLITE_NOTADB, sqlite3lib.SQLITE_CORRUPT:
			return marsad.Errorf(marsad.EINVALID, "%s: not a marsad database, or a damaged one (%v)", s.path, err)
		case sqlite3lib.SQLITE_CANTOPEN:
			return marsad.Errorf(marsad.EINVALID, "%s: cannot open the database (%v)", s.path, err)
		case sqlite3lib.SQLITE_BUSY:
			return marsad.Errorf(marsad.EINTERNAL, "%s: the database is locked by another process (%v)", s.path, err)
		}
	}
	return err
}

// A migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: no version number", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	return out, nil
}

// SchemaVersion is the version of the newest migration.
func SchemaVersion() int {
	ms, _ := migrations()
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the migrations the database lacks, up to version to (0:
// all), each in its own transaction.
func (s *Store) migrate(ctx context.Context, to int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	cur, err := s.version(ctx)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if m.version <= cur || (to > 0 && m.version > to) {
			continue
		}
		if s.readOnly {
			return marsad.Errorf(marsad.EINTERNAL, "%s: the database is read-only and its schema (version %d) needs migration %s", s.path, cur, m.name)
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v)
	if err != nil && strings.Contains(err.Error(), "no such table") && !s.readOnly {
		if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
			return 0, s.wrap(fmt.Errorf("migrate: %w", err))
		}
		return 0, nil
	}
	if err != nil {
		return 0, s.wrap(fmt.Errorf("migrate: %w", err))
	}
	return int(v.Int64), nil
}

// apply applies one migration unless another process did it first (the
// version is read again under the write lock).
func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap(fmt.Errorf("migrate %s: %w", m.name, err))
	}
	defer tx.Rollback()
	var cur sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&cur); err != nil {
		return s.wrap(fmt.Errorf("migrate %s: %w", m.name, err))
	}
	if int(cur.Int64) >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return s.wrap(fmt.Errorf("migrate %s: %w", m.name, err))
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied) VALUES (?, ?)`, m.version, s.Now().UTC().Format(time.RFC3339)); err != nil {
		return s.wrap(fmt.Errorf("migrate %s: %w", m.name, err))
	}
	return s.wrap(tx.Commit())
}

// indexer returns the indexer that turns queries into search terms.
func (s *Store) indexer() (*index.Indexer, error) {
	s.idxOnce.Do(func() {
		seg, err := arabic.NewSegmenter()
		if err != nil {
			s.idxErr = err
			return
		}
		s.idx = index.New(seg)
	})
	return s.idx, s.idxErr
}

// SetIndexer sets the indexer used for queries and snippets (by default
// one over the embedded segmenter lexicon).
func (s *Store) SetIndexer(x *index.Indexer) {
	s.idxOnce.Do(func() {})
	s.idx = x
}

func timeString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339Nano, s.String)
	return t
}
