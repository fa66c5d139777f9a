package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/index"
)

// MaxCandidates caps the near-duplicate candidates compared for one
// document (the LSH buckets of boilerplate can grow large).
const MaxCandidates = 200

// BeginRun records the start of a run.
func (s *Store) BeginRun(ctx context.Context, args string) (*marsad.Run, error) {
	r := &marsad.Run{Args: args, Started: s.Now().UTC(), Status: marsad.RunRunning}
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs (args, started, status) VALUES (?, ?, ?)`, r.Args, timeString(r.Started), r.Status)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("begin run: %w", err))
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return nil, s.wrap(err)
	}
	return r, nil
}

// EndRun records the end of a run and its counts.
func (s *Store) EndRun(ctx context.Context, r *marsad.Run) error {
	if r.Finished.IsZero() {
		r.Finished = s.Now().UTC()
	}
	if r.Status == "" || r.Status == marsad.RunRunning {
		r.Status = marsad.RunDone
	}
	_, err := s.db.ExecContext(ctx, `UPDATE runs SET finished = ?, status = ?, read = ?, added = ?, skipped = ?, duplicates = ?, errors = ? WHERE id = ?`,
		timeString(r.Finished), r.Status, r.Read, r.Added, r.Skipped, r.Duplicates, r.Errors, r.ID)
	return s.wrap(err)
}

// Has reports whether the document id is stored with this hash.
//
// A query per document costs more than coding it in part (a reader of a
// WAL database that has changed since its last read rereads its pages),
// so Has first looks in a set of the (id, hash) pairs stored when it was
// first called and added by this Store since: a pair not in it is
// answered "no" without a query. Another process may have stored it since;
// then the caller codes the document again and AddEntries skips it, as it
// skips any document already stored. A pair in the set is confirmed by a
// query (it may have been replaced since).
func (s *Store) Has(ctx context.Context, id, hash string) (bool, error) {
	maybe, err := s.known.has(ctx, s.db, id, hash)
	if err != nil || !maybe {
		return false, s.wrap(err)
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE doc_id = ? AND hash = ?`, id, hash).Scan(&n)
	return n > 0, s.wrap(err)
}

// known is the set of the (doc_id, hash) pairs stored, as 64-bit keys:
// those in the database when it was loaded, and those this Store added
// since.
type known struct {
	once sync.Once
	err  error
	mu   sync.RWMutex
	set  map[uint64]struct{}
}

func knownKey(id, hash string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(hash))
	return h.Sum64()
}

// has reports whether the pair may be stored, loading the set first.
func (k *known) has(ctx context.Context, db *sql.DB, id, hash string) (bool, error) {
	k.once.Do(func() { k.err = k.load(ctx, db) })
	if k.err != nil {
		return false, k.err
	}
	k.mu.RLock()
	_, ok := k.set[knownKey(id, hash)]
	k.mu.RUnlock()
	return ok, nil
}

func (k *known) load(ctx context.Context, db *sql.DB) error {
	set := map[uint64]struct{}{}
	rows, err := db.QueryContext(ctx, `SELECT doc_id, hash FROM documents`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return err
		}
		set[knownKey(id, hash)] = struct{}{}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	k.mu.Lock()
	if k.set == nil {
		k.set = set
	} else {
		for key := range set {
			k.set[key] = struct{}{}
		}
	}
	k.mu.Unlock()
	return nil
}

// add records pairs committed by this Store.
func (k *known) add(keys []uint64) {
	k.mu.Lock()
	if k.set == nil {
		k.set = map[uint64]struct{}{}
	}
	for _, key := range keys {
		k.set[key] = struct{}{}
	}
	k.mu.Unlock()
}

type actorKey struct{ code, country, agent, name string }

// writer stores one batch. It talks to the driver's connection directly, not through database/sql: a batch runs
// some 30,000 statements, and database/sql's locking and conversion of
// each argument cost about a tenth of the time they take.
type writer struct {
	s      *Store
	conn   rawConn
	ctx    context.Context
	stmts  map[string]driver.Stmt // prepared on conn, kept for the next batch
	args   []driver.NamedValue
	dest   [3]driver.Value
	actors map[actorKey]int64 // ids created in this transaction
	bands  map[int64][]int64  // LSH buckets of the rows added in this transaction
	added  []lshAdd
	lastID int64      // row id of the last document added, 0 before the first
	rows   []any      // the values of a multi-row INSERT
	terms  []termsRow // the search terms of the documents added
}

type termsRow struct {
	id    int64
	terms string
}

// rawConn is what the writer needs of a driver connection.
type rawConn interface {
	driver.ConnPrepareContext
	driver.ConnBeginTx
}

type lshAdd struct {
	id    int64
	bands []int64
}

func (w *writer) stmt(query string) (driver.Stmt, error) {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.conn.PrepareContext(w.ctx, query); err != nil {
			return nil, err
		}
		w.stmts[query] = st
	}
	return st, nil
}

// bind sets w.args to args as driver values, as database/sql converts
// them.
func (w *writer) bind(args []any) error {
	w.args = w.args[:0]
	for i, a := range args {
		var v driver.Value
		switch a := a.(type) {
		case nil, int64, float64, bool, string, []byte:
			v = a
		case int:
			v = int64(a)
		default:
			var err error
			if v, err = driver.DefaultParameterConverter.ConvertValue(a); err != nil {
				return fmt.Errorf("argument %d: %w", i+1, err)
			}
		}
		w.args = append(w.args, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return nil
}

func (w *writer) exec(query string, args ...any) (driver.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	if err := w.bind(args); err != nil {
		return nil, err
	}
	return st.(driver.StmtExecContext).ExecContext(w.ctx, w.args)
}

// queryRow runs a query and returns the values of its first row (valid
// until the next call), or sql.ErrNoRows.
func (w *writer) queryRow(query string, args ...any) ([]driver.Value, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	if err := w.bind(args); err != nil {
		return nil, err
	}
	rows, err := st.(driver.StmtQueryContext).QueryContext(w.ctx, w.args)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	dest := w.dest[:len(rows.Columns())]
	if err := rows.Next(dest); err != nil {
		if err == io.EOF {
			return nil, sql.ErrNoRows
		}
		return nil, err
	}
	return dest, nil
}

// Column values as the driver returns them.

func asInt(v driver.Value) int64 {
	switch v := v.(type) {
	case int64:
		return v
	case float64:
		return int64(v)
	}
	return 0
}

func asString(v driver.Value) string {
	switch v := v.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	}
	return ""
}

func asBytes(v driver.Value) []byte {
	switch v := v.(type) {
	case []byte:
		return v
	case string:
		return []byte(v)
	}
	return nil
}

// writeConn is the connection AddEntries writes on, kept from one batch
// to the next with its prepared statements (a batch of multi-row INSERTs
// uses a statement for each number of rows).
type writeConn struct {
	conn  *sql.Conn
	stmts map[string]driver.Stmt
}

// AddEntries stores a batch in one transaction.
func (s *Store) AddEntries(ctx context.Context, run *marsad.Run, batch []*marsad.Entry) (out []marsad.AddResult, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.wc == nil {
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return nil, s.wrap(fmt.Errorf("add: %w", err))
		}
		s.wc = &writeConn{conn: conn, stmts: map[string]driver.Stmt{}}
	}
	err = s.wc.conn.Raw(func(dc any) error {
		c, ok := dc.(rawConn)
		if !ok {
			return fmt.Errorf("add: the driver's connection %T cannot prepare statements", dc)
		}
		out, err = s.addEntries(ctx, c, s.wc.stmts, run, batch)
		return err
	})
	if err != nil {
		// Start again from a new connection: this one may be broken.
		s.closeWriter()
	}
	return out, s.wrap(err)
}

// closeWriter closes the connection AddEntries writes on, if open. The
// caller holds wmu.
func (s *Store) closeWriter() error {
	if s.wc == nil {
		return nil
	}
	wc := s.wc
	s.wc = nil
	wc.conn.Raw(func(any) error {
		for _, st := range wc.stmts {
			st.Close()
		}
		return nil
	})
	return wc.conn.Close()
}

func (s *Store) addEntries(ctx context.Context, c rawConn, stmts map[string]driver.Stmt, run *marsad.Run, batch []*marsad.Entry) ([]marsad.AddResult, error) {
	tx, err := c.BeginTx(ctx, driver.TxOptions{})
	if err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tx.Rollback()
		}
	}()
	w := &writer{s: s, conn: c, ctx: ctx, stmts: stmts, actors: map[actorKey]int64{}, bands: map[int64][]int64{}}
	// This transaction holds the write lock: the index can catch up with
	// what other processes added.
	s.lshMu.Lock()
	defer s.lshMu.Unlock()
	if err := s.lsh.catchUp(w); err != nil {
		return nil, fmt.Errorf("add: %w", err)
	}
	out := make([]marsad.AddResult, 0, len(batch))
	counts := marsad.Run{}
	for _, e := range batch {
		r, err := w.add(run, e)
		if err != nil {
			return nil, fmt.Errorf("add %s: %w", e.Coded.Doc.ID, err)
		}
		counts.Read++
		switch {
		case !r.Stored:
			counts.Skipped++
		case r.Duplicate != "":
			counts.Added++
			counts.Duplicates++
		default:
			counts.Added++
		}
		out = append(out, r)
	}
	// The search terms last: the statements of a transaction that writes
	// an FTS5 table, from its first write on, make FTS5 write out the
	// terms it holds in memory when they open a savepoint (a multi-row
	// INSERT does), into ever smaller segments to merge.
	for _, t := range w.terms {
		if _, err := w.exec(`INSERT INTO doc_terms (rowid, terms) VALUES (?, ?)`, t.id, t.terms); err != nil {
			return nil, fmt.Errorf("add: %w", err)
		}
	}
	if run != nil {
		if _, err := w.exec(`UPDATE runs SET read = read + ?, added = added + ?, skipped = skipped + ?, duplicates = duplicates + ? WHERE id = ?`,
			counts.Read, counts.Added, counts.Skipped, counts.Duplicates, run.ID); err != nil {
			return nil, fmt.Errorf("add: %w", err)
		}
	}
	done = true
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("add: commit: %w", err)
	}
	if run != nil {
		run.Read += counts.Read
		run.Added += counts.Added
		run.Skipped += counts.Skipped
		run.Duplicates += counts.Duplicates
	}
	for _, a := range w.added {
		s.lsh.add(a.id, a.bands)
	}
	keys := make([]uint64, 0, len(batch))
	for i, e := range batch {
		if out[i].Stored {
			keys = append(keys, knownKey(e.Coded.Doc.ID, e.Keys.Hash))
		}
	}
	s.known.add(keys)
	s.mu.Lock()
	if s.actors == nil {
		s.actors = map[actorKey]int64{}
	}
	for k, v := range w.actors {
		s.actors[k] = v
	}
	s.mu.Unlock()
	return out, nil
}

// add stores one entry.
func (w *writer) add(run *marsad.Run, e *marsad.Entry) (marsad.AddResult, error) {
	c := e.Coded
	d := c.Doc
	res := marsad.AddResult{ID: d.ID}
	row, err := w.queryRow(`SELECT id, hash FROM documents WHERE doc_id = ?`, d.ID)
	switch {
	case err == sql.ErrNoRows:
	case err != nil:
		return res, err
	case asString(row[1]) == e.Keys.Hash:
		return res, nil
	default:
		old := asInt(row[0])
		if err := w.delete(old); err != nil {
			return res, err
		}
		res.Replaced = true
	}
	res.Stored = true

	// Exact duplicates, then near ones.
	var story int64
	var dupOf string
	err = sql.ErrNoRows
	if e.Keys.Hash != "" {
		row, err = w.queryRow(`SELECT doc_id, story FROM documents WHERE hash = ? ORDER BY id LIMIT 1`, e.Keys.Hash)
		if err == nil {
			dupOf, story = asString(row[0]), asInt(row[1])
		}
	}
	switch {
	case err == nil:
		res.Duplicate, res.DuplicateOf, res.Similarity = marsad.DupExact, dupOf, 1
	case err != sql.ErrNoRows:
		return res, err
	default:
		if err := w.near(e.Keys, &res, &story); err != nil {
			return res, err
		}
	}

	var runID any
	if run != nil {
		runID = run.ID
	}
	// The row id is chosen here, above every row id in the table (the
	// transaction holds the write lock), so that a document that starts a
	// story is its own story in the same INSERT.
	id, err := w.nextID()
	if err != nil {
		return res, err
	}
	if story == 0 {
		story = id
	}
	if _, err := w.exec(`INSERT INTO documents (id, doc_id, hash, title, published, source, url, text, origin, run, added, story, dup, dup_of, similarity, minhash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, d.ID, e.Keys.Hash, d.Title, d.Published, d.Source, d.URL, d.Text, e.Origin, runID, timeString(w.s.Now()),
		story, res.Duplicate, res.DuplicateOf, res.Similarity, packSig(e.Keys.MinHash)); err != nil {
		return res, err
	}
	res.Story = story
	for _, b := range e.Keys.Bands {
		w.bands[b] = append(w.bands[b], id)
	}
	w.added = append(w.added, lshAdd{id, e.Keys.Bands})
	w.terms = append(w.terms, termsRow{id, e.Keys.Terms})
	return res, w.records(id, story, c)
}

// nextID returns the row id of the next document: one above the highest
// in the table when the transaction began, then one above the last.
func (w *writer) nextID() (int64, error) {
	if w.lastID == 0 {
		row, err := w.queryRow(`SELECT IFNULL(MAX(id), 0) FROM documents`)
		if err != nil {
			return 0, err
		}
		w.lastID = asInt(row[0])
	}
	w.lastID++
	return w.lastID, nil
}

// near looks for a near duplicate of the entry among the documents that
// share an LSH band with it.
func (w *writer) near(k marsad.Keys, res *marsad.AddResult, story *int64) error {
	if len(k.Bands) == 0 {
		return nil
	}
	best := 0.0
	for _, id := range w.s.lsh.candidates(k.Bands, w.bands, MaxCandidates) {
		row, err := w.queryRow(`SELECT doc_id, IFNULL(story, id), minhash FROM documents WHERE id = ?`, id)
		if err == sql.ErrNoRows {
			continue // replaced since it was indexed
		}
		if err != nil {
			return err
		}
		if sim := index.Similarity(k.MinHash, unpackSig(asBytes(row[2]))); sim >= index.NearThreshold && sim > best {
			best = sim
			res.Duplicate, res.DuplicateOf, res.Similarity = marsad.DupNear, asString(row[0]), sim
			*story = asInt(row[1])
		}
	}
	return nil
}

// delete removes a document and its records (before it is replaced).
func (w *writer) delete(id int64) error {
	for _, q := range []string{
		`DELETE FROM entities WHERE doc = ?`,
		`DELETE FROM events WHERE doc = ?`,
		`DELETE FROM quotes WHERE doc = ?`,
		`DELETE FROM quantities WHERE doc = ?`,
		`DELETE FROM doc_terms WHERE rowid = ?`,
		`DELETE FROM documents WHERE id = ?`,
	} {
		if _, err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// actor returns the id of an actor, adding it when new; nil for no actor.
func (w *writer) actor(a *marsad.Actor) (any, error) {
	if a == nil {
		return nil, nil
	}
	k := actorKey{a.Code, a.Country, a.Agent, a.Name}
	if id, ok := w.actors[k]; ok {
		return id, nil
	}
	w.s.mu.Lock()
	id, ok := w.s.actors[k]
	w.s.mu.Unlock()
	if ok {
		return id, nil
	}
	row, err := w.queryRow(`SELECT id FROM actors WHERE code = ? AND country = ? AND agent = ? AND name = ?`, k.code, k.country, k.agent, k.name)
	if err == nil {
		id = asInt(row[0])
	} else if err == sql.ErrNoRows {
		r, err := w.exec(`INSERT INTO actors (code, country, agent, name) VALUES (?, ?, ?, ?)`, k.code, k.country, k.agent, k.name)
		if err != nil {
			return nil, err
		}
		if id, err = r.LastInsertId(); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	w.actors[k] = id
	return id, nil
}

// span returns the text, start and end of an actor mention, NULLs for
// none.
func span(a *marsad.Actor) (any, any, any) {
	if a == nil {
		return nil, nil, nil
	}
	return a.Text, a.Start, a.End
}

func actorCode(a *marsad.Actor) (string, string) {
	if a == nil {
		return "", ""
	}
	return a.Code, a.Country
}

// records stores the entities, events, quotes and quantities of a
// document, each kind in multi-row INSERTs.
func (w *writer) records(id, story int64, c *marsad.Coded) error {
	rows := w.rows[:0]
	for i, e := range c.Entities {
		rows = append(rows, id, i, e.Text, e.Start, e.End, e.Kind, e.Name, e.Code, e.Country)
	}
	if err := w.insert(`INSERT INTO entities (doc, seq, text, start, "end", kind, name, code, country) VALUES `, 9, rows); err != nil {
		return err
	}
	published := c.Doc.Published
	if len(published) > 10 {
		published = published[:10]
	}
	rows = rows[:0]
	for i, ev := range c.Events {
		src, err := w.actor(ev.Source)
		if err != nil {
			return err
		}
		tgt, err := w.actor(ev.Target)
		if err != nil {
			return err
		}
		st, ss, se := span(ev.Source)
		tt, ts, te := span(ev.Target)
		sc, scc := actorCode(ev.Source)
		tc, tcc := actorCode(ev.Target)
		var lt, ls, le, ln, llat, llon any
		var lc string
		if l := ev.Location; l != nil {
			lt, ls, le, ln, lc, llat, llon = l.Text, l.Start, l.End, l.Name, l.Country, l.Lat, l.Lon
		}
		ctx := ev.Context
		if ctx == nil {
			ctx = []string{}
		}
		cj, _ := json.Marshal(ctx)
		day := ev.Date
		if day == "" {
			day = published
		}
		rows = append(rows,
			id, story, i, ev.ID, ev.Type, ev.Mode, string(cj), ev.CAMEO, ev.Goldstein, ev.QuadClass,
			src, st, ss, se, sc, scc,
			tgt, tt, ts, te, tc, tcc,
			lt, ls, le, ln, lc, llat, llon,
			ev.Date, ev.DateText, day, ev.Negated, ev.Historical, ev.Modality, ev.Trigger.Text, ev.Trigger.Start, ev.Trigger.End,
			ev.Sentence.Index, ev.Sentence.Start, ev.Sentence.End, ev.Rule, ev.Confidence, evidenceJSON(ev.Evidence))
	}
	if err := w.insert(`INSERT INTO events (doc, story, seq, event_id, type, mode, context, cameo, goldstein, quad_class,
			source_actor, source_text, source_start, source_end, source_code, source_country,
			target_actor, target_text, target_start, target_end, target_code, target_country,
			loc_text, loc_start, loc_end, loc_name, loc_country, loc_lat, loc_lon,
			date, date_text, day, negated, historical, modality, trigger_text, trigger_start, trigger_end,
			sent_index, sent_start, sent_end, rule, confidence, evidence) VALUES `, 44, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, q := range c.Quotes {
		sp, err := w.actor(q.Speaker)
		if err != nil {
			return err
		}
		t, s, e := span(q.Speaker)
		rows = append(rows, id, i, sp, t, s, e, q.Text, q.Start, q.End, q.Verb)
	}
	if err := w.insert(`INSERT INTO quotes (doc, seq, speaker_actor, speaker_text, speaker_start, speaker_end, text, start, "end", verb) VALUES `, 10, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, q := range c.Quantities {
		ab, err := w.actor(q.About)
		if err != nil {
			return err
		}
		t, s, e := span(q.About)
		rows = append(rows, id, i, q.Value, q.Unit, q.Text, q.Start, q.End, ab, t, s, e)
	}
	if err := w.insert(`INSERT INTO quantities (doc, seq, value, unit, text, start, "end", about_actor, about_text, about_start, about_end) VALUES `, 11, rows); err != nil {
		return err
	}
	clear(rows) // let the values go
	w.rows = rows[:0]
	return nil
}

// maxRows is the most rows one INSERT statement of insert holds.
const maxRows = 32

// insert runs head, an INSERT statement up to VALUES, for the rows in
// args, ncols values a row: maxRows rows a statement (one statement for
// many rows costs much less than a statement for each).
func (w *writer) insert(head string, ncols int, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/ncols, maxRows)
		if _, err := w.exec(w.s.insertSQL(head, ncols, n), args[:n*ncols]...); err != nil {
			return err
		}
		args = args[n*ncols:]
	}
	return nil
}

type insertKey struct {
	head  string
	nrows int
}

// insertSQL returns head followed by nrows rows of ncols parameters.
func (s *Store) insertSQL(head string, ncols, nrows int) string {
	k := insertKey{head, nrows}
	if q, ok := s.inserts[k]; ok {
		return q
	}
	row := "(?" + strings.Repeat(", ?", ncols-1) + ")"
	q := head + row + strings.Repeat(", "+row, nrows-1)
	if s.inserts == nil {
		s.inserts = map[insertKey]string{}
	}
	s.inserts[k] = q
	return q
}

func packSig(sig []uint32) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func unpackSig(b []byte) []uint32 {
	if len(b)%4 != 0 {
		return nil
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// evidenceJSON is the column value of an event's evidence, "" for none.
func evidenceJSON(ts []marsad.Trigger) string {
	if len(ts) == 0 {
		return ""
	}
	b, _ := json.Marshal(ts)
	return string(b)
}
