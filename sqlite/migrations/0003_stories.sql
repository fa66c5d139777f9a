-- 0003: duplicates and stories. A story is a set of copies of one
-- article; its id is the row id of its first document. Documents stored
-- before this migration each start a story of their own and have no MinHash
-- signature (they are found as exact duplicates only). The banded LSH
-- index over the signatures is kept in memory (see lsh.go), built from
-- minhash and brought up to date at the start of every write transaction.

ALTER TABLE documents ADD COLUMN story INTEGER;
ALTER TABLE documents ADD COLUMN dup TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN dup_of TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN similarity REAL NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN minhash BLOB;
UPDATE documents SET story = id;
CREATE INDEX documents_story ON documents (story);

ALTER TABLE events ADD COLUMN story INTEGER;
UPDATE events SET story = doc;
CREATE INDEX events_story ON events (story);
