-- Schema 5: crisis intervention (危机干预) and its required steps.

CREATE TABLE crises (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    visit_id         INTEGER REFERENCES visits (id),
    risk             TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_at        TEXT NOT NULL,
    opened_by        INTEGER NOT NULL REFERENCES users (id),
    closed_at        TEXT,
    closing_note     TEXT NOT NULL DEFAULT '',
    last_reviewed_at TEXT
) STRICT;

CREATE INDEX crises_open ON crises (status, case_id);

CREATE TABLE crisis_steps (
    crisis_id       INTEGER NOT NULL REFERENCES crises (id),
    step            TEXT NOT NULL CHECK (step IN
                        ('guardian_informed', 'leadership_informed', 'referral', 'safety_plan', 'follow_up')),
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'not_applicable')),
    done_at         TEXT,
    done_by         TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    follow_up_dates TEXT NOT NULL DEFAULT '[]',
    recorded_by     INTEGER REFERENCES users (id),
    recorded_at     TEXT,
    PRIMARY KEY (crisis_id, step)
) STRICT;
