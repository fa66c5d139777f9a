-- 0002: events, quotes and quantities, with their actors.

-- Distinct actors; the mention (text and span) stays with each record.
CREATE TABLE actors (
	id      INTEGER PRIMARY KEY,
	code    TEXT NOT NULL,
	country TEXT NOT NULL,
	agent   TEXT NOT NULL,
	name    TEXT NOT NULL,
	UNIQUE (code, country, agent, name)
);

-- One row per event record (a mention). source_code … target_country
-- repeat the actors' fields for the filters. day is the event's date, else
-- the document's publication date (YYYY-MM-DD or shorter).
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL REFERENCES documents (id),
	seq            INTEGER NOT NULL,
	event_id       TEXT    NOT NULL DEFAULT '',
	type           TEXT    NOT NULL DEFAULT '',
	mode           TEXT    NOT NULL DEFAULT '',
	context        TEXT    NOT NULL DEFAULT '[]',
	cameo          TEXT    NOT NULL DEFAULT '',
	goldstein      REAL    NOT NULL DEFAULT 0,
	quad_class     INTEGER NOT NULL DEFAULT 0,
	source_actor   INTEGER REFERENCES actors (id),
	source_text    TEXT,
	source_start   INTEGER,
	source_end     INTEGER,
	source_code    TEXT    NOT NULL DEFAULT '',
	source_country TEXT    NOT NULL DEFAULT '',
	target_actor   INTEGER REFERENCES actors (id),
	target_text    TEXT,
	target_start   INTEGER,
	target_end     INTEGER,
	target_code    TEXT    NOT NULL DEFAULT '',
	target_country TEXT    NOT NULL DEFAULT '',
	loc_text       TEXT,
	loc_start      INTEGER,
	loc_end        INTEGER,
	loc_name       TEXT,
	loc_country    TEXT    NOT NULL DEFAULT '',
	loc_lat        REAL,
	loc_lon        REAL,
	date           TEXT    NOT NULL DEFAULT '',
	date_text      TEXT    NOT NULL DEFAULT '',
	day            TEXT    NOT NULL DEFAULT '',
	negated        INTEGER NOT NULL DEFAULT 0,
	historical     INTEGER NOT NULL DEFAULT 0,
	modality       TEXT    NOT NULL DEFAULT '',
	trigger_text   TEXT    NOT NULL DEFAULT '',
	trigger_start  INTEGER NOT NULL DEFAULT 0,
	trigger_end    INTEGER NOT NULL DEFAULT 0,
	sent_index     INTEGER NOT NULL DEFAULT 0,
	sent_start     INTEGER NOT NULL DEFAULT 0,
	sent_end       INTEGER NOT NULL DEFAULT 0,
	rule           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_doc ON events (doc, seq);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);

CREATE TABLE quotes (
	doc           INTEGER NOT NULL REFERENCES documents (id),
	seq           INTEGER NOT NULL,
	speaker_actor INTEGER REFERENCES actors (id),
	speaker_text  TEXT,
	speaker_start INTEGER,
	speaker_end   INTEGER,
	text          TEXT    NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	verb          TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE quantities (
	doc         INTEGER NOT NULL REFERENCES documents (id),
	seq         INTEGER NOT NULL,
	value       REAL    NOT NULL,
	unit        TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL,
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	about_actor INTEGER REFERENCES actors (id),
	about_text  TEXT,
	about_start INTEGER,
	about_end   INTEGER,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
