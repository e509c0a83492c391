-- Schema 23: screening campaigns (心理普查, R19, issue 17 §1).
--
-- A campaign screens the students of some grades and classes with one or more scales. It names the
-- exact stored scale rows (so the definitions that scored it, by digest, never change under it), who
-- is in scope (whole grades, or single classes), who is left out (excluded by the room, or opted out
-- by their parents under the school's policy: both counted, never screened), the window and the
-- notice the school gave. A screened student needs no case: a sheet belongs to a client (the roster
-- import makes every student one) and the campaign, never to a case.
CREATE TABLE screening_campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    notice      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    created_by  INTEGER NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    opened_at   TEXT,
    closed_at   TEXT,
    CHECK (ends_on >= starts_on)
) STRICT;

-- The scales, in the order the campaign lists them; code and digest are copied so the campaign says
-- which definition it used even to someone reading this table alone.
CREATE TABLE screening_campaign_scales (
    campaign_id INTEGER NOT NULL REFERENCES screening_campaigns (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    scale_id    INTEGER NOT NULL REFERENCES scales (id),
    code        TEXT NOT NULL,
    digest      TEXT NOT NULL,
    PRIMARY KEY (campaign_id, position),
    UNIQUE (campaign_id, code)
) STRICT;

-- Who is in scope: a whole grade (class_name '') or one class of a grade.
CREATE TABLE screening_campaign_scope (
    campaign_id INTEGER NOT NULL REFERENCES screening_campaigns (id) ON DELETE CASCADE,
    grade       TEXT NOT NULL CHECK (grade <> ''),
    class_name  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, grade, class_name)
) STRICT;

-- Students left out of a campaign: 'excluded' by the room (absent, on leave, in care elsewhere) or
-- 'opted_out' by their parents.
CREATE TABLE screening_campaign_left_out (
    campaign_id INTEGER NOT NULL REFERENCES screening_campaigns (id) ON DELETE CASCADE,
    client_id   INTEGER NOT NULL REFERENCES clients (id),
    why         TEXT NOT NULL CHECK (why IN ('excluded', 'opted_out')),
    PRIMARY KEY (campaign_id, client_id)
) STRICT;

-- One sheet per student per scale per campaign: the answers and the result as the campaign's
-- definition scored it. positive_hits / invalid_hits: JSON lists of {rule, value, measure, zh, en};
-- alert: the answers call for crisis intervention (a critical answer such as PHQ-9 item 9, an alert
-- band or rule), listed first among those to interview; critical: JSON list of {item, option, score,
-- zh, en}. grade and class_name: the student's when the sheet was entered, so a campaign's summary
-- stays as it was after the students move up a grade.
CREATE TABLE screening_sheets (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES screening_campaigns (id),
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    scale_id        INTEGER NOT NULL REFERENCES scales (id),
    grade           TEXT NOT NULL,
    class_name      TEXT NOT NULL,
    answers         TEXT NOT NULL,
    total           REAL,
    subscales       TEXT NOT NULL DEFAULT '{}',
    band            TEXT NOT NULL DEFAULT '',
    subscale_bands  TEXT NOT NULL DEFAULT '{}',
    valid           INTEGER NOT NULL CHECK (valid IN (0, 1)),
    invalid_hits    TEXT NOT NULL DEFAULT '[]',
    positive        INTEGER NOT NULL CHECK (positive IN (0, 1)),
    positive_hits   TEXT NOT NULL DEFAULT '[]',
    alert           INTEGER NOT NULL DEFAULT 0 CHECK (alert IN (0, 1)),
    critical        TEXT NOT NULL DEFAULT '[]',
    entered_how     TEXT NOT NULL CHECK (entered_how IN ('import', 'keyboard')),
    source_row      INTEGER,
    entered_by      INTEGER NOT NULL REFERENCES users (id),
    entered_at      TEXT NOT NULL,
    UNIQUE (campaign_id, client_id, scale_id),
    CHECK (valid = 1 OR positive = 0)
) STRICT;

CREATE INDEX screening_sheets_client ON screening_sheets (client_id);
CREATE INDEX screening_sheets_positive ON screening_sheets (campaign_id, client_id) WHERE positive = 1;

-- 约谈: the invitation of a student after a screening, the interview, and what it led to. The
-- outcome 'case' names the case it opened; 'register' the 重点关注 register entry it added.
CREATE TABLE screening_interviews (
    id                 INTEGER PRIMARY KEY,
    campaign_id        INTEGER NOT NULL REFERENCES screening_campaigns (id),
    client_id          INTEGER NOT NULL REFERENCES clients (id),
    invited_on         TEXT NOT NULL,
    invited_by         INTEGER NOT NULL REFERENCES users (id),
    interviewed_on     TEXT,
    interviewed_by     INTEGER REFERENCES users (id),
    note               TEXT NOT NULL DEFAULT '',
    outcome            TEXT CHECK (outcome IS NULL OR outcome IN ('no_concern', 'case', 'register')),
    case_id            INTEGER REFERENCES cases (id),
    register_entry_id  INTEGER REFERENCES register_entries (id),
    outcome_by         INTEGER REFERENCES users (id),
    outcome_at         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (campaign_id, client_id),
    CHECK (outcome IS NULL OR interviewed_on IS NOT NULL),
    CHECK (outcome IS NOT 'case' OR case_id IS NOT NULL)
) STRICT;

CREATE INDEX screening_interviews_client ON screening_interviews (client_id);
