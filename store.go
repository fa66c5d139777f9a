package marsad

import (
	"context"
	"time"
)

// Store keeps coded documents so that they can be queried, searched and
// exported. The SQLite implementation lives in package sqlite; a
// PostgreSQL one can follow behind the same interface. A Store is safe for
// concurrent use, but AddEntries calls are meant to come from one writer.
//
// Documents are keyed by ID and content hash: adding a document whose ID
// is stored with the same hash adds nothing, so re-reading an input, or
// resuming an interrupted run, stores every document once. A document whose
// normalized text equals a stored one (an exact duplicate) or is close to
// it (a near duplicate, found by MinHash over word shingles) is stored as a
// copy of the same story; events are counted per story (StoryEvent).
type Store interface {
	// BeginRun records the start of an ingest run and returns it.
	BeginRun(ctx context.Context, args string) (*Run, error)
	// EndRun records the counts and the end of a run.
	EndRun(ctx context.Context, run *Run) error

	// Has reports whether a document with this id and content hash is
	// stored, so that a caller can skip coding it again.
	Has(ctx context.Context, id, hash string) (bool, error)
	// AddEntries stores a batch of documents with their records in one
	// transaction, in order, and returns what became of each. Either the
	// whole batch is stored or, with an error, none of it. The run's counts
	// are updated in the same transaction.
	AddEntries(ctx context.Context, run *Run, batch []*Entry) ([]AddResult, error)

	// FindDocument returns a stored document with all its records.
	// Returns ENOTFOUND if no document has the id.
	FindDocument(ctx context.Context, id string) (*StoredDocument, error)
	// Search finds documents by an Arabic full-text query: every word of
	// the query must occur, compared by marsad's normalization with clitics
	// and the article stripped. Returns EINVALID for a query with no word.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// FindEvents returns story-level events that match f, each with the
	// number of its mentions, articles and sources.
	FindEvents(ctx context.Context, f EventFilter) ([]*StoryEvent, error)
	// EachDocument calls fn with every stored document, in the order they
	// were stored, until fn returns an error.
	EachDocument(ctx context.Context, fn func(*StoredDocument) error) error
	// Stats counts what is stored.
	Stats(ctx context.Context) (*Stats, error)
	// Close closes the store.
	Close() error
}

// Keys are what a store files a document under, computed from its text
// by package index (on any number of goroutines, before the single
// writer stores them).
type Keys struct {
	// Hash is the hex SHA-256 of the normalized text: exact duplicates
	// share it. It is empty for a text without words, which is never a
	// duplicate.
	Hash string
	// MinHash is the document's MinHash signature over word shingles of
	// its normalized text; Bands are the LSH band keys computed from it.
	MinHash []uint32
	Bands   []int64
	// Terms is the document's search terms (title and text), separated by
	// spaces: normalized words with clitics and the article stripped.
	Terms string
}

// Entry is one document to store: its records and its keys.
type Entry struct {
	Coded  *Coded
	Keys   Keys
	Origin string // where the document was read from: "file:line" …
}

// Duplicate kinds.
const (
	DupNone  = ""
	DupExact = "exact" // same normalized text
	DupNear  = "near"  // estimated Jaccard similarity of shingles ≥ the threshold
)

// AddResult says what became of one entry of AddEntries.
type AddResult struct {
	ID string
	// Stored is false when the document was already stored with the same
	// content (nothing was added).
	Stored bool
	// Replaced is true when a document of the same id but other content
	// was replaced.
	Replaced bool
	// Duplicate is DupExact or DupNear when the document is a copy of the
	// stored document DuplicateOf, with this estimated Similarity.
	Duplicate   string
	DuplicateOf string
	Similarity  float64
	Story       int64
}

// StoredDocument is a document as stored: its records and where it sits
// among the copies of its story.
type StoredDocument struct {
	Coded       Coded
	Hash        string
	Origin      string
	Story       int64
	Duplicate   string // DupNone, DupExact or DupNear
	DuplicateOf string // the id of the document it copies
	Similarity  float64
	Run         int64
}

// Run is one ingest run. A run killed before its end keeps its last
// committed counts and a zero Finished.
type Run struct {
	ID       int64     `json:"id"`
	Args     string    `json:"args"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Status   string    `json:"status"` // running, done, failed
	// Counts, updated with each committed batch.
	Read       int `json:"read"`       // documents read
	Added      int `json:"added"`      // documents stored
	Skipped    int `json:"skipped"`    // already stored with the same content
	Duplicates int `json:"duplicates"` // stored as exact or near copies
	Errors     int `json:"errors"`     // bad records skipped
}

// Run statuses.
const (
	RunRunning = "running"
	RunDone    = "done"
	RunFailed  = "failed"
)

// SearchQuery is a full-text query.
type SearchQuery struct {
	Query string
	Limit int // 0: 20
}

// SearchHit is one document found by Search, best first.
type SearchHit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title,omitempty"`
	Published string  `json:"published,omitempty"`
	Source    string  `json:"source,omitempty"`
	URL       string  `json:"url,omitempty"`
	Story     int64   `json:"story"`
	Duplicate string  `json:"duplicate,omitempty"`
	Snippet   string  `json:"snippet"`
	Rank      float64 `json:"rank"` // bm25: lower is better
}

// EventFilter selects story-level events. Zero fields match everything.
type EventFilter struct {
	Actor     string // actor code (or its prefix: "IRQ") or part of its English name, as source or target
	Country   string // ISO 3166 alpha-3 of the source, the target or the location
	Type      string // PLOVER type (CONSULT) or CAMEO code prefix (04, 046)
	QuadClass int    // 1..4
	// MinConfidence keeps the events whose confidence is at least this
	// (Event.Confidence, 0-1); 0 keeps all.
	MinConfidence float64
	From, To      string // YYYY-MM-DD, inclusive; the event's date, else its document's
	Query         string // full-text query the reporting documents must match
	Limit         int    // 0: no limit
}

// StoryEvent is one event of a story: the same coded event (type, CAMEO
// code, source, target, date) in one or more copies of a story, counted
// as GDELT counts an event's reports.
type StoryEvent struct {
	Event
	Story int64  `json:"story"`
	Day   string `json:"day"` // the event's date, else its first document's publication date
	// DocID, URL and Added are those of the first document that reported it.
	DocID       string    `json:"doc_id"`
	URL         string    `json:"url,omitempty"`
	Added       time.Time `json:"added"`
	NumMentions int       `json:"num_mentions"` // event records
	NumArticles int       `json:"num_articles"` // distinct documents
	NumSources  int       `json:"num_sources"`  // distinct sources of those documents
}

// Stats counts a store's contents.
type Stats struct {
	Documents       int `json:"documents"`
	Duplicates      int `json:"duplicates"` // exact + near
	ExactDuplicates int `json:"exact_duplicates"`
	NearDuplicates  int `json:"near_duplicates"`
	Stories         int `json:"stories"`
	Events          int `json:"events"`       // event records, one per mention
	StoryEvents     int `json:"story_events"` // events counted once per story
	Quotes          int `json:"quotes"`
	Quantities      int `json:"quantities"`
	Entities        int `json:"entities"`
	Actors          int `json:"actors"` // distinct actors
	Runs            int `json:"runs"`
}

// UnresolvedName is a name the coder found in stored documents but the
// lexicon does not know: an entity (PER, ORG or LOC) whose name is its
// Arabic text, where the lexicon's names are English. An analyst adds the
// frequent ones to a lexicon file.
type UnresolvedName struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Code and Country are what a role word next to the name gave it
	// ("وزير الخارجية الليبي <name>": LBYGOV, LBY), the most frequent
	// where several did; "" when none did.
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
	// Mentions counts the entities; Stories the stories they occur in
	// (copies of one article count once).
	Mentions int `json:"mentions"`
	Stories  int `json:"stories"`
	// Examples are sentences of the name from different stories.
	Examples []NameExample `json:"examples"`
}

// UnresolvedFilter selects unresolved names.
type UnresolvedFilter struct {
	Kind     string // PER, ORG or LOC; "" for all three
	Limit    int    // at most this many names; 0: 20
	Examples int    // example sentences per name, from different stories
	// Known, when set, leaves out the names it reports known: those a
	// lexicon has learnt since they were stored.
	Known func(name, kind string) bool
}

// NameExample is a sentence that holds an unresolved name.
type NameExample struct {
	DocID    string `json:"doc_id"`
	Sentence string `json:"sentence"`
}
