-- Schema 12: the quarterly archive (归档, R12).

-- One row per verified export. A quarter with a row here is archived: its visit
-- records and tests are read-only in this database from then on. A quarter may be
-- exported again (a second drive); every export keeps its own row.
--   counts     JSON object: table name -> number of rows in the archive
--   audit_seq, audit_mac   the audit chain head the archive records
CREATE TABLE archived_quarters (
    id          INTEGER PRIMARY KEY,
    quarter     TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    exported_by INTEGER NOT NULL REFERENCES users (id),
    file_name   TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    counts      TEXT NOT NULL CHECK (json_valid(counts) AND json_type(counts) = 'object'),
    audit_seq   INTEGER NOT NULL,
    audit_mac   TEXT NOT NULL
) STRICT;

CREATE INDEX archived_quarters_quarter ON archived_quarters (quarter);

CREATE TRIGGER archived_quarters_no_update BEFORE UPDATE ON archived_quarters
BEGIN
    SELECT RAISE(ABORT, 'archive exports are append-only');
END;

CREATE TRIGGER archived_quarters_no_delete BEFORE DELETE ON archived_quarters
BEGIN
    SELECT RAISE(ABORT, 'archive exports are append-only');
END;

-- An addendum signed after its visit's quarter was archived (补记, late): it goes into
-- the archive of the quarter in which it was signed. ``visit_quarter`` names the
-- archive that holds the visit itself.
CREATE TABLE late_addenda (
    addendum_id   INTEGER PRIMARY KEY REFERENCES visit_addenda (id),
    visit_quarter TEXT NOT NULL CHECK (visit_quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]')
) STRICT;

CREATE TRIGGER late_addenda_no_update BEFORE UPDATE ON late_addenda
BEGIN
    SELECT RAISE(ABORT, 'late addenda are append-only');
END;

CREATE TRIGGER late_addenda_no_delete BEFORE DELETE ON late_addenda
BEGIN
    SELECT RAISE(ABORT, 'late addenda are append-only');
END;
