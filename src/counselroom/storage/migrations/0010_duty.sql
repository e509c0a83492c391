-- Schema 10: the duty log (值班记录, R11): who was on duty in the room, from when to when,
-- how many visitors came and what happened. The room must be open to students at least
-- 10 hours a week (the supervisor's setting); the week's hours are the union of these shifts.

-- A shift is always an account's: only the room's own staff may be in the room alone,
-- and each of them has an account (a teacher who only takes duty gets an assistant one).
-- Times are the room's wall clock, 'YYYY-MM-DDTHH:MM:SS', compared as text; a shift
-- ends on the day it started.
--   entry        'live': started and ended with the button; 'afterwards': entered later
--   finished_at  the moment (UTC) its end was recorded; a finished shift may be corrected
--                by its author until that day is over, afterwards by the supervisor with a
--                reason (every correction is in the audit log, ``corrections`` counts them)
--   withdrawn_*  a shift recorded by mistake is withdrawn with a reason, never deleted
CREATE TABLE duty_shifts (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    started_at      TEXT NOT NULL,
    ended_at        TEXT,                                   -- NULL while on duty
    visitors        INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
    notes           TEXT NOT NULL DEFAULT '',
    entry           TEXT NOT NULL CHECK (entry IN ('live', 'afterwards')),
    finished_at     TEXT,
    corrections     INTEGER NOT NULL DEFAULT 0 CHECK (corrections >= 0),
    withdrawn_at    TEXT,
    withdrawn_by    INTEGER REFERENCES users (id),
    withdraw_reason TEXT NOT NULL DEFAULT '',
    created_by      INTEGER NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_by      INTEGER NOT NULL REFERENCES users (id),
    updated_at      TEXT NOT NULL,
    CHECK (ended_at IS NULL OR ended_at > started_at),
    CHECK (ended_at IS NULL OR substr(ended_at, 1, 10) = substr(started_at, 1, 10)),
    CHECK ((ended_at IS NULL) = (finished_at IS NULL)),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
) STRICT;

CREATE INDEX duty_shifts_time ON duty_shifts (started_at);
CREATE INDEX duty_shifts_person ON duty_shifts (user_id, started_at);

-- One open shift per person.
CREATE UNIQUE INDEX duty_shifts_one_open ON duty_shifts (user_id)
    WHERE ended_at IS NULL AND withdrawn_at IS NULL;
