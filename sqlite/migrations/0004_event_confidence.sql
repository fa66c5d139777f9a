-- 0004: an event's confidence (how surely its sentence tells it as news,
-- 0-1) and its evidence (every trigger that coded it, as a JSON array of
-- {"text","start","end"}; '' for none). Events stored before carry
-- confidence 1 and no evidence.

ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
