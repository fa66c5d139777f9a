-- 0001: documents, their entities, full-text terms and ingest runs.

CREATE TABLE runs (
	id         INTEGER PRIMARY KEY,
	args       TEXT    NOT NULL DEFAULT '',
	started    TEXT    NOT NULL,
	finished   TEXT,
	status     TEXT    NOT NULL,
	read       INTEGER NOT NULL DEFAULT 0,
	added      INTEGER NOT NULL DEFAULT 0,
	skipped    INTEGER NOT NULL DEFAULT 0,
	duplicates INTEGER NOT NULL DEFAULT 0,
	errors     INTEGER NOT NULL DEFAULT 0
);

-- id is the row id; doc_id the document's own id. hash is the hex SHA-256
-- of the normalized words (index.Hash).
CREATE TABLE documents (
	id        INTEGER PRIMARY KEY,
	doc_id    TEXT    NOT NULL UNIQUE,
	hash      TEXT    NOT NULL,
	title     TEXT    NOT NULL DEFAULT '',
	published TEXT    NOT NULL DEFAULT '',
	source    TEXT    NOT NULL DEFAULT '',
	url       TEXT    NOT NULL DEFAULT '',
	text      TEXT    NOT NULL,
	origin    TEXT    NOT NULL DEFAULT '',
	run       INTEGER REFERENCES runs (id),
	added     TEXT    NOT NULL
);
CREATE INDEX documents_hash ON documents (hash);

CREATE TABLE entities (
	doc     INTEGER NOT NULL REFERENCES documents (id),
	seq     INTEGER NOT NULL,
	text    TEXT    NOT NULL,
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	kind    TEXT    NOT NULL,
	name    TEXT    NOT NULL DEFAULT '',
	code    TEXT    NOT NULL DEFAULT '',
	country TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

-- The search terms of each document (index.Keys: normalized words with
-- clitics and the article cut off), row id = documents.id. Contentless:
-- the text is in documents.
CREATE VIRTUAL TABLE doc_terms USING fts5 (
	terms,
	content = '',
	contentless_delete = 1,
	tokenize = 'ascii'
);
