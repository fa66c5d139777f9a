-- 0005: drop the indexes of events no query uses, which every stored
-- event paid for (each a B-tree insert; the three cost ingest about a
-- tenth of its store time). The actor filter compares source_code and
-- target_code with LIKE, which SQLite cannot answer from an index of the
-- BINARY collation; stories are grouped by IFNULL(story, doc), which
-- events_story does not index. events_doc (a document's events) and
-- events_day (the date filters) stay.

DROP INDEX IF EXISTS events_source;
DROP INDEX IF EXISTS events_target;
DROP INDEX IF EXISTS events_story;
