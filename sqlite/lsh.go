package sqlite

import (
	"context"
	"database/sql"

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

// catchUp adds the documents with row ids above maxID, read through tx.
func (l *lsh) catchUp(ctx context.Context, tx *sql.Tx) error {
	if l.buckets == nil {
		l.buckets = map[int64][]int64{}
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, minhash FROM documents WHERE id > ? ORDER BY id`, l.maxID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return err
		}
		l.add(id, index.Bands(unpackSig(blob)))
	}
	return rows.Err()
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
