package sqlite

import (
	"database/sql/driver"
	"io"

	"github.com/marsad-project/marsad/index"
)

// lsh is the banded LSH index of the stored MinHash signatures: for each
// band key, the row ids of the documents that have it. A lookup reads
// NumBands buckets, whatever the number of documents.
//
// It lives in memory, beside the database: built from documents.minhash
// the first time a transaction needs it and brought up to date at the
// start of every write transaction (which holds the write lock, so rows
// other processes added are seen). Rows added by a transaction join the
// index only when it commits. A replaced document's row id stays in its
// buckets until the next start of the process; candidates are checked
// against the documents table, so a stale id is only a wasted lookup.
type lsh struct {
	maxID   int64             // highest row id indexed
	buckets map[int64][]int64 // band key -> row ids
}

// catchUp adds the documents with row ids above maxID, read in the
// writer's transaction.
func (l *lsh) catchUp(w *writer) error {
	if l.buckets == nil {
		l.buckets = map[int64][]int64{}
	}
	st, err := w.stmt(`SELECT id, minhash FROM documents WHERE id > ? ORDER BY id`)
	if err != nil {
		return err
	}
	if err := w.bind([]any{l.maxID}); err != nil {
		return err
	}
	rows, err := st.(driver.StmtQueryContext).QueryContext(w.ctx, w.args)
	if err != nil {
		return err
	}
	defer rows.Close()
	dest := make([]driver.Value, 2)
	for {
		if err := rows.Next(dest); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		l.add(asInt(dest[0]), index.Bands(unpackSig(asBytes(dest[1]))))
	}
}

func (l *lsh) add(id int64, bands []int64) {
	for _, b := range bands {
		l.buckets[b] = append(l.buckets[b], id)
	}
	if id > l.maxID {
		l.maxID = id
	}
}

// candidates returns the row ids that share a band with bands, in the
// index and among the rows pending in this transaction, at most max.
func (l *lsh) candidates(bands []int64, pending map[int64][]int64, max int) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, src := range []map[int64][]int64{l.buckets, pending} {
		for _, b := range bands {
			for _, id := range src[b] {
				if !seen[id] && len(out) < max {
					seen[id] = true
					out = append(out, id)
				}
			}
		}
	}
	return out
}
