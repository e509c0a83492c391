-- Schema 8: psychological tests (测验, R5): the scale library and the test log.

-- A scale's whole definition is kept as its JSON text (resources/scales/*.json
-- format); built-in scales are copied in from the application's resources.
CREATE TABLE scales (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL,            -- e.g. 'phq9'; one row per code and version
    version      TEXT NOT NULL,
    definition   TEXT NOT NULL,            -- the validated JSON definition
    licence_note TEXT NOT NULL DEFAULT '',
    builtin      INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    imported_by  INTEGER REFERENCES users (id),
    imported_at  TEXT NOT NULL,
    UNIQUE (code, version)
) STRICT;

-- Signed tests were scored and sealed with a definition: it never changes afterwards
-- (a new version is a new row).
CREATE TRIGGER scales_definition_fixed BEFORE UPDATE OF code, version, definition, builtin ON scales
BEGIN
    SELECT RAISE(ABORT, 'a scale definition is never changed; import a new version');
END;

CREATE TABLE test_administrations (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients (id),
    case_id           INTEGER NOT NULL REFERENCES cases (id),   -- access follows the case (R16)
    scale_id          INTEGER NOT NULL REFERENCES scales (id),
    administered_on   TEXT NOT NULL,
    administered_by   INTEGER NOT NULL REFERENCES users (id),
    purpose_explained INTEGER NOT NULL DEFAULT 0,   -- R5: purpose and meaning explained to the client
    consent_id        INTEGER REFERENCES consents (id),
    answers           TEXT NOT NULL DEFAULT '{}',   -- item id -> option id
    total             ANY CHECK (total IS NULL OR typeof(total) IN ('integer', 'real')),  -- a sum, or a 2-decimal mean
    subscales         TEXT NOT NULL DEFAULT '{}',   -- subscale id -> score
    band              TEXT NOT NULL DEFAULT '',
    critical          INTEGER NOT NULL DEFAULT 0,   -- a critical item answered above its threshold
    interpretation    TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    signed_at         TEXT,
    seal              TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX tests_client ON test_administrations (client_id, scale_id, administered_on);
CREATE INDEX tests_status ON test_administrations (status, administered_by);
CREATE INDEX tests_case ON test_administrations (case_id, administered_on);
CREATE INDEX tests_flagged ON test_administrations (critical, status, signed_at);

CREATE TRIGGER tests_signed_locked BEFORE UPDATE ON test_administrations
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed test records are locked');
END;

CREATE TRIGGER tests_signed_kept BEFORE DELETE ON test_administrations
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed test records are kept');
END;

-- A crisis can be opened by a test (PHQ-9 item 9) as well as by a visit.
ALTER TABLE crises ADD COLUMN test_id INTEGER REFERENCES test_administrations (id);
