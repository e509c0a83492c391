-- Schema 4: visit records (心理咨询记录), group participants and signed addenda.

CREATE TABLE visits (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES cases (id),
    counsellor_id         INTEGER NOT NULL REFERENCES users (id),
    appointment_id        INTEGER REFERENCES appointments (id),
    session_no            INTEGER NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'phone', 'online')),
    visit_date            TEXT,
    start_time            TEXT,
    end_time              TEXT,
    presenting_issue      TEXT NOT NULL DEFAULT '',
    complaint             TEXT NOT NULL DEFAULT '',
    process               TEXT NOT NULL DEFAULT '',
    assessment            TEXT NOT NULL DEFAULT '',
    plan                  TEXT NOT NULL DEFAULT '',
    risk                  TEXT NOT NULL DEFAULT 'none' CHECK (risk IN ('none', 'low', 'medium', 'high')),
    risk_self_harm        INTEGER NOT NULL DEFAULT 0,
    risk_harm_others      INTEGER NOT NULL DEFAULT 0,
    risk_harmed_by_others INTEGER NOT NULL DEFAULT 0,
    next_appointment      TEXT,
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    signed_at             TEXT,
    seal                  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX visits_case ON visits (case_id, session_no);
CREATE INDEX visits_status ON visits (status, counsellor_id);
CREATE INDEX visits_date ON visits (visit_date);

-- A signed record is sealed: the database itself refuses to change its content.
CREATE TRIGGER visits_signed_locked BEFORE UPDATE ON visits
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed visit records are locked; add an addendum');
END;

CREATE TRIGGER visits_signed_kept BEFORE DELETE ON visits
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed visit records are kept');
END;

CREATE TABLE visit_participants (
    visit_id  INTEGER NOT NULL REFERENCES visits (id),
    client_id INTEGER NOT NULL REFERENCES clients (id),
    PRIMARY KEY (visit_id, client_id)
) STRICT;

CREATE TABLE visit_addenda (
    id        INTEGER PRIMARY KEY,
    visit_id  INTEGER NOT NULL REFERENCES visits (id),
    text      TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users (id),
    signed_at TEXT NOT NULL,
    seal      TEXT NOT NULL
) STRICT;

CREATE INDEX visit_addenda_visit ON visit_addenda (visit_id, id);

CREATE TRIGGER visit_addenda_no_update BEFORE UPDATE ON visit_addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda are append-only');
END;

CREATE TRIGGER visit_addenda_no_delete BEFORE DELETE ON visit_addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda are append-only');
END;
