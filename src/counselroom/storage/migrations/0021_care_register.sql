-- Schema 21: the 重点关注 register (预警名单, R20, issue 17 §3): students who need attention, and every
-- change of their entry (level, review, plan, exit) kept with who, when and why.

CREATE TABLE register_entries (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    level           TEXT NOT NULL CHECK (level IN ('level1', 'level2', 'level3')),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'exited')),
    reason_category TEXT NOT NULL CHECK (reason_category IN
                        ('self_harm', 'mental_illness', 'emotional', 'family', 'relationships', 'study',
                         'behaviour', 'other')),
    concern         TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL CHECK (source IN
                        ('screening', 'teacher', 'parent', 'crisis', 'self', 'counsellor')),
    source_ref      TEXT NOT NULL DEFAULT '',
    responsible_id  INTEGER NOT NULL REFERENCES users (id),
    head_teacher    TEXT NOT NULL DEFAULT '',
    plan            TEXT NOT NULL DEFAULT '',
    next_review     TEXT,
    entered_at      TEXT NOT NULL,
    entered_by      INTEGER NOT NULL REFERENCES users (id),
    exited_at       TEXT,
    exit_reason     TEXT NOT NULL DEFAULT ''
) STRICT;

-- A student is on the register once at a time; after an exit they may be entered again.
CREATE UNIQUE INDEX register_open_client ON register_entries (client_id) WHERE status = 'open';
CREATE INDEX register_review_due ON register_entries (status, next_review);
CREATE INDEX register_responsible ON register_entries (responsible_id, status);
-- The statistics: entries added in a period.
CREATE INDEX register_entered ON register_entries (entered_at);

-- What happened to an entry, in order; ``level`` is the level after the change, so the level of any
-- day is the last change before it.
CREATE TABLE register_changes (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES register_entries (id),
    kind         TEXT NOT NULL CHECK (kind IN ('entered', 'level', 'review', 'details', 'exited')),
    at           TEXT NOT NULL,
    by_id        INTEGER NOT NULL REFERENCES users (id),
    level        TEXT NOT NULL CHECK (level IN ('level1', 'level2', 'level3')),
    level_before TEXT CHECK (level_before IN ('level1', 'level2', 'level3')),
    reviewed_on  TEXT,
    next_review  TEXT,
    note         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX register_changes_entry ON register_changes (entry_id, id);
CREATE INDEX register_changes_at ON register_changes (at);

-- The history is the record: it is added to, never rewritten.
CREATE TRIGGER register_changes_no_update BEFORE UPDATE ON register_changes
BEGIN
    SELECT RAISE(ABORT, 'register changes are append-only');
END;

CREATE TRIGGER register_changes_no_delete BEFORE DELETE ON register_changes
BEGIN
    SELECT RAISE(ABORT, 'register changes are append-only');
END;
