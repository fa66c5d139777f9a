package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
)

const docColumns = `id, doc_id, hash, title, published, source, url, text, origin, IFNULL(run, 0), IFNULL(story, id), dup, dup_of, similarity`

func scanDoc(sc interface{ Scan(...any) error }, d *marsad.StoredDocument) (int64, error) {
	var id int64
	c := &d.Coded
	err := sc.Scan(&id, &c.Doc.ID, &d.Hash, &c.Doc.Title, &c.Doc.Published, &c.Doc.Source, &c.Doc.URL, &c.Doc.Text,
		&d.Origin, &d.Run, &d.Story, &d.Duplicate, &d.DuplicateOf, &d.Similarity)
	c.Entities, c.Events, c.Quotes, c.Quantities = []marsad.Entity{}, []marsad.Event{}, []marsad.Quote{}, []marsad.Quantity{}
	return id, err
}

// FindDocument returns a stored document with its records.
func (s *Store) FindDocument(ctx context.Context, id string) (*marsad.StoredDocument, error) {
	d := &marsad.StoredDocument{}
	row := s.db.QueryRowContext(ctx, `SELECT `+docColumns+` FROM documents WHERE doc_id = ?`, id)
	rowid, err := scanDoc(row, d)
	if err == sql.ErrNoRows {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no document %q", id)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	byID := map[int64]*marsad.StoredDocument{rowid: d}
	if err := s.loadRecords(ctx, rowid, rowid, byID); err != nil {
		return nil, err
	}
	return d, nil
}

// EachDocument calls fn with every document, in the order stored, reading
// them 500 at a time.
func (s *Store) EachDocument(ctx context.Context, fn func(*marsad.StoredDocument) error) error {
	var last int64
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT `+docColumns+` FROM documents WHERE id > ? ORDER BY id LIMIT 500`, last)
		if err != nil {
			return s.wrap(err)
		}
		var docs []*marsad.StoredDocument
		byID := map[int64]*marsad.StoredDocument{}
		var first int64
		for rows.Next() {
			d := &marsad.StoredDocument{}
			id, err := scanDoc(rows, d)
			if err != nil {
				rows.Close()
				return s.wrap(err)
			}
			if first == 0 {
				first = id
			}
			last = id
			docs = append(docs, d)
			byID[id] = d
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
		if len(docs) == 0 {
			return nil
		}
		if err := s.loadRecords(ctx, first, last, byID); err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
	}
}

// actorCols selects an actor mention: its span on the record's row and
// the actor's fields from actors.
func actorCols(prefix, alias string) string {
	return fmt.Sprintf(`%[1]s_text, %[1]s_start, %[1]s_end, %[2]s.code, %[2]s.country, %[2]s.agent, %[2]s.name`, prefix, alias)
}

type actorScan struct {
	text                       sql.NullString
	start, end                 sql.NullInt64
	code, country, agent, name sql.NullString
}

func (a *actorScan) dest() []any {
	return []any{&a.text, &a.start, &a.end, &a.code, &a.country, &a.agent, &a.name}
}

func (a *actorScan) actor() *marsad.Actor {
	if !a.text.Valid {
		return nil
	}
	return &marsad.Actor{Text: a.text.String, Start: int(a.start.Int64), End: int(a.end.Int64),
		Code: a.code.String, Country: a.country.String, Agent: a.agent.String, Name: a.name.String}
}

const eventColumns = `e.id, e.doc, e.event_id, e.type, e.mode, e.context, e.cameo, e.goldstein, e.quad_class, ` +
	`e.source_text, e.source_start, e.source_end, sa.code, sa.country, sa.agent, sa.name, ` +
	`e.target_text, e.target_start, e.target_end, ta.code, ta.country, ta.agent, ta.name, ` +
	`e.loc_text, e.loc_start, e.loc_end, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, ` +
	`e.date, e.date_text, e.day, e.negated, e.historical, e.modality, e.trigger_text, e.trigger_start, e.trigger_end, ` +
	`e.sent_index, e.sent_start, e.sent_end, e.rule, IFNULL(e.story, e.doc), e.confidence, e.evidence`

const eventFrom = ` FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor `

type eventRow struct {
	id, doc, story int64
	day            string
	ev             marsad.Event
}

// scanEvent scans eventColumns, then the extra destinations.
func scanEvent(rows *sql.Rows, extra ...any) (*eventRow, error) {
	r := &eventRow{}
	ev := &r.ev
	var ctx string
	var src, tgt actorScan
	var lt, ln sql.NullString
	var ls, le sql.NullInt64
	var llat, llon sql.NullFloat64
	var lc, evidence string
	dest := []any{&r.id, &r.doc, &ev.ID, &ev.Type, &ev.Mode, &ctx, &ev.CAMEO, &ev.Goldstein, &ev.QuadClass}
	dest = append(dest, src.dest()...)
	dest = append(dest, tgt.dest()...)
	dest = append(dest, &lt, &ls, &le, &ln, &lc, &llat, &llon,
		&ev.Date, &ev.DateText, &r.day, &ev.Negated, &ev.Historical, &ev.Modality, &ev.Trigger.Text, &ev.Trigger.Start, &ev.Trigger.End,
		&ev.Sentence.Index, &ev.Sentence.Start, &ev.Sentence.End, &ev.Rule, &r.story, &ev.Confidence, &evidence)
	dest = append(dest, extra...)
	if err := rows.Scan(dest...); err != nil {
		return nil, err
	}
	ev.Context = []string{}
	_ = json.Unmarshal([]byte(ctx), &ev.Context)
	if evidence != "" {
		_ = json.Unmarshal([]byte(evidence), &ev.Evidence)
	}
	ev.Source, ev.Target = src.actor(), tgt.actor()
	if lt.Valid {
		ev.Location = &marsad.Location{Text: lt.String, Start: int(ls.Int64), End: int(le.Int64), Name: ln.String,
			Country: lc, Lat: llat.Float64, Lon: llon.Float64}
	}
	return r, nil
}

// loadRecords fills the records of the documents with row ids in
// [lo, hi] that byID holds.
func (s *Store) loadRecords(ctx context.Context, lo, hi int64, byID map[int64]*marsad.StoredDocument) error {
	rows, err := s.db.QueryContext(ctx, `SELECT doc, text, start, "end", kind, name, code, country FROM entities WHERE doc BETWEEN ? AND ? ORDER BY doc, seq`, lo, hi)
	if err != nil {
		return s.wrap(err)
	}
	for rows.Next() {
		var doc int64
		var e marsad.Entity
		if err := rows.Scan(&doc, &e.Text, &e.Start, &e.End, &e.Kind, &e.Name, &e.Code, &e.Country); err != nil {
			rows.Close()
			return s.wrap(err)
		}
		if d := byID[doc]; d != nil {
			d.Coded.Entities = append(d.Coded.Entities, e)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}

	rows, err = s.db.QueryContext(ctx, `SELECT `+eventColumns+eventFrom+`WHERE e.doc BETWEEN ? AND ? ORDER BY e.doc, e.seq`, lo, hi)
	if err != nil {
		return s.wrap(err)
	}
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return s.wrap(err)
		}
		if d := byID[r.doc]; d != nil {
			d.Coded.Events = append(d.Coded.Events, r.ev)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}

	rows, err = s.db.QueryContext(ctx, `SELECT q.doc, `+actorCols("q.speaker", "a")+`, q.text, q.start, q."end", q.verb
		FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor WHERE q.doc BETWEEN ? AND ? ORDER BY q.doc, q.seq`, lo, hi)
	if err != nil {
		return s.wrap(err)
	}
	for rows.Next() {
		var doc int64
		var a actorScan
		var q marsad.Quote
		dest := append([]any{&doc}, a.dest()...)
		dest = append(dest, &q.Text, &q.Start, &q.End, &q.Verb)
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return s.wrap(err)
		}
		q.Speaker = a.actor()
		if d := byID[doc]; d != nil {
			d.Coded.Quotes = append(d.Coded.Quotes, q)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}

	rows, err = s.db.QueryContext(ctx, `SELECT q.doc, q.value, q.unit, q.text, q.start, q."end", `+actorCols("q.about", "a")+`
		FROM quantities q LEFT JOIN actors a ON a.id = q.about_actor WHERE q.doc BETWEEN ? AND ? ORDER BY q.doc, q.seq`, lo, hi)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var a actorScan
		var q marsad.Quantity
		dest := append([]any{&doc, &q.Value, &q.Unit, &q.Text, &q.Start, &q.End}, a.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return s.wrap(err)
		}
		q.About = a.actor()
		if d := byID[doc]; d != nil {
			d.Coded.Quantities = append(d.Coded.Quantities, q)
		}
	}
	return s.wrap(rows.Err())
}

// match returns the FTS5 query for a user query: every term, quoted.
// Returns EINVALID when the query has no word.
func (s *Store) match(query string) (string, []string, error) {
	x, err := s.indexer()
	if err != nil {
		return "", nil, err
	}
	terms := x.QueryTerms(query)
	if len(terms) == 0 {
		return "", nil, marsad.Errorf(marsad.EINVALID, "search %q: no word to search for", query)
	}
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	return strings.Join(q, " "), terms, nil
}

// Search finds documents by a full-text query, best first.
func (s *Store) Search(ctx context.Context, sq marsad.SearchQuery) ([]marsad.SearchHit, error) {
	m, terms, err := s.match(sq.Query)
	if err != nil {
		return nil, err
	}
	limit := sq.Limit
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.doc_id, d.title, d.published, d.source, d.url, IFNULL(d.story, d.id), d.dup, d.text, f.rank
		FROM (SELECT rowid, rank FROM doc_terms WHERE doc_terms MATCH ? ORDER BY rank LIMIT ?) f
		JOIN documents d ON d.id = f.rowid ORDER BY f.rank`, m, limit)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("search: %w", err))
	}
	defer rows.Close()
	x, _ := s.indexer()
	hits := []marsad.SearchHit{}
	for rows.Next() {
		var h marsad.SearchHit
		var text string
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Source, &h.URL, &h.Story, &h.Duplicate, &text, &h.Rank); err != nil {
			return nil, s.wrap(err)
		}
		h.Snippet = x.Snippet(text, terms, 160)
		hits = append(hits, h)
	}
	return hits, s.wrap(rows.Err())
}

// storyGroup is the key that makes event records one story-level event.
const storyGroup = `IFNULL(e.story, e.doc), e.type, e.cameo, e.source_code, e.target_code, e.day, e.negated`

// FindEvents returns story-level events matching f, by day.
func (s *Store) FindEvents(ctx context.Context, f marsad.EventFilter) ([]*marsad.StoryEvent, error) {
	var where []string
	var args []any
	if f.Actor != "" {
		a := strings.ToUpper(f.Actor)
		where = append(where, `(e.source_code LIKE ? || '%' OR e.target_code LIKE ? || '%' OR e.source_actor IN (SELECT id FROM actors WHERE name LIKE '%' || ? || '%') OR e.target_actor IN (SELECT id FROM actors WHERE name LIKE '%' || ? || '%'))`)
		args = append(args, a, a, f.Actor, f.Actor)
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		where = append(where, `(e.source_country = ? OR e.target_country = ? OR e.loc_country = ?)`)
		args = append(args, c, c, c)
	}
	if f.Type != "" {
		if t := strings.ToUpper(f.Type); t[0] >= 'A' && t[0] <= 'Z' {
			where = append(where, `e.type = ?`)
			args = append(args, t)
		} else {
			where = append(where, `e.cameo LIKE ? || '%'`)
			args = append(args, f.Type)
		}
	}
	if f.QuadClass != 0 {
		where = append(where, `e.quad_class = ?`)
		args = append(args, f.QuadClass)
	}
	if f.MinConfidence > 0 {
		where = append(where, `e.confidence >= ?`)
		args = append(args, f.MinConfidence)
	}
	if f.From != "" {
		where = append(where, `e.day >= ?`)
		args = append(args, f.From)
	}
	if f.To != "" {
		// A day "2021-07-23" is ≤ "2021-07-23~"; so are "2021-07" and "2021".
		where = append(where, `e.day <= ? || '~'`)
		args = append(args, f.To)
	}
	if f.Query != "" {
		m, _, err := s.match(f.Query)
		if err != nil {
			return nil, err
		}
		where = append(where, `e.doc IN (SELECT rowid FROM doc_terms WHERE doc_terms MATCH ?)`)
		args = append(args, m)
	}
	q := `SELECT MIN(e.id), COUNT(*), COUNT(DISTINCT e.doc), COUNT(DISTINCT d.source) FROM events e JOIN documents d ON d.id = e.doc`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` GROUP BY ` + storyGroup + ` ORDER BY e.day, MIN(e.id)`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("events: %w", err))
	}
	var out []*marsad.StoryEvent
	byID := map[int64]*marsad.StoryEvent{}
	var ids []int64
	for rows.Next() {
		var id int64
		se := &marsad.StoryEvent{}
		if err := rows.Scan(&id, &se.NumMentions, &se.NumArticles, &se.NumSources); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		out = append(out, se)
		byID[id] = se
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// The first mention of each, 500 at a time.
	for len(ids) > 0 {
		n := min(len(ids), 500)
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+`, d.doc_id, d.url, d.added`+eventFrom+
			`JOIN documents d ON d.id = e.doc WHERE e.id IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, s.wrap(err)
		}
		for rows.Next() {
			var docID, url string
			var added sql.NullString
			r, err := scanEvent(rows, &docID, &url, &added)
			if err != nil {
				rows.Close()
				return nil, s.wrap(err)
			}
			se := byID[r.id]
			se.Event, se.Story, se.Day, se.DocID, se.URL, se.Added = r.ev, r.story, r.day, docID, url, parseTime(added)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.wrap(err)
		}
	}
	return out, nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (*marsad.Stats, error) {
	st := &marsad.Stats{}
	for _, q := range []struct {
		sql string
		dst *int
	}{
		{`SELECT COUNT(*) FROM documents`, &st.Documents},
		{`SELECT COUNT(*) FROM documents WHERE dup = 'exact'`, &st.ExactDuplicates},
		{`SELECT COUNT(*) FROM documents WHERE dup = 'near'`, &st.NearDuplicates},
		{`SELECT COUNT(DISTINCT IFNULL(story, id)) FROM documents`, &st.Stories},
		{`SELECT COUNT(*) FROM events`, &st.Events},
		{`SELECT COUNT(*) FROM (SELECT 1 FROM events e GROUP BY ` + storyGroup + `)`, &st.StoryEvents},
		{`SELECT COUNT(*) FROM quotes`, &st.Quotes},
		{`SELECT COUNT(*) FROM quantities`, &st.Quantities},
		{`SELECT COUNT(*) FROM entities`, &st.Entities},
		{`SELECT COUNT(*) FROM actors`, &st.Actors},
		{`SELECT COUNT(*) FROM runs`, &st.Runs},
	} {
		if err := s.db.QueryRowContext(ctx, q.sql).Scan(q.dst); err != nil {
			return nil, s.wrap(fmt.Errorf("stats: %w", err))
		}
	}
	st.Duplicates = st.ExactDuplicates + st.NearDuplicates
	return st, nil
}

// Runs returns the ingest runs, newest first.
func (s *Store) Runs(ctx context.Context) ([]*marsad.Run, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, args, started, finished, status, read, added, skipped, duplicates, errors FROM runs ORDER BY id DESC`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []*marsad.Run
	for rows.Next() {
		r := &marsad.Run{}
		var started, finished sql.NullString
		if err := rows.Scan(&r.ID, &r.Args, &started, &finished, &r.Status, &r.Read, &r.Added, &r.Skipped, &r.Duplicates, &r.Errors); err != nil {
			return nil, s.wrap(err)
		}
		r.Started, r.Finished = parseTime(started), parseTime(finished)
		out = append(out, r)
	}
	return out, s.wrap(rows.Err())
}
