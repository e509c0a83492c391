-- Schema 2: clients (来访者登记) and their cases (个案).

CREATE TABLE clients (
    id               INTEGER PRIMARY KEY,
    case_no          TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    gender           TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other', 'unspecified')),
    birth_date       TEXT,
    client_type      TEXT NOT NULL CHECK (client_type IN ('student', 'parent', 'staff')),
    grade            TEXT NOT NULL DEFAULT '',
    class_name       TEXT NOT NULL DEFAULT '',
    student_no       TEXT NOT NULL DEFAULT '',
    contact          TEXT NOT NULL DEFAULT '',
    guardian_name    TEXT NOT NULL DEFAULT '',
    guardian_contact TEXT NOT NULL DEFAULT '',
    referral_source  TEXT NOT NULL CHECK (referral_source IN ('self', 'head_teacher', 'parent', 'other')),
    referral_note    TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    pinyin_keys      TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES users (id),
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX clients_name ON clients (name);
CREATE INDEX clients_class ON clients (grade, class_name);
CREATE INDEX clients_student_no ON clients (student_no) WHERE student_no <> '';

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    number          INTEGER NOT NULL,
    counsellor_id   INTEGER NOT NULL REFERENCES users (id),
    opened_on       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    category        TEXT NOT NULL CHECK (category IN
                        ('study', 'relationships', 'emotion', 'family', 'romance', 'self', 'career', 'other')),
    plan            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on       TEXT,
    closing_summary TEXT NOT NULL DEFAULT '',
    outcome         TEXT CHECK (outcome IN
                        ('resolved', 'improved', 'somewhat', 'unchanged', 'referred', 'discontinued')),
    satisfaction    INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (client_id, number)
) STRICT;

CREATE INDEX cases_counsellor ON cases (counsellor_id, status);

-- The supervisor may share a case with another counsellor (R16).
CREATE TABLE case_shares (
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    user_id    INTEGER NOT NULL REFERENCES users (id),
    granted_by INTEGER NOT NULL REFERENCES users (id),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (case_id, user_id)
) STRICT;
