-- Schema 22: a crisis opened by hand (issue 17 §5). Someone reports a crisis (a 班主任 calls about
-- a student who has never visited); the counsellor opens it directly, with who reported it, how
-- to reach them, what they said and when. Such a crisis still belongs to a case (crises.case_id
-- stays NOT NULL): the service opens one for it, held by the counsellor, unless the counsellor
-- already holds an open case of the client, so every page, the archive and `admin check` that reach
-- a crisis through its case keep working. Crises opened by a visit or test keep source ''.

ALTER TABLE crises ADD COLUMN source TEXT NOT NULL DEFAULT ''
    CHECK (source IN ('', 'head_teacher', 'parent', 'self', 'classmate', 'staff', 'other'));
ALTER TABLE crises ADD COLUMN reporter TEXT NOT NULL DEFAULT '';
ALTER TABLE crises ADD COLUMN reporter_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE crises ADD COLUMN report TEXT NOT NULL DEFAULT '';
-- When it was reported (the room's wall clock, 'YYYY-MM-DDTHH:MM', like a step's done_at).
ALTER TABLE crises ADD COLUMN reported_at TEXT;
