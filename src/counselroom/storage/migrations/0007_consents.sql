-- Schema 7: informed consent (知情同意) with the scanned signed form kept inside the encrypted file.

CREATE TABLE consents (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    case_id          INTEGER REFERENCES cases (id),
    kind             TEXT NOT NULL CHECK (kind IN ('counselling', 'testing', 'referral', 'recording')),
    given_by         TEXT NOT NULL CHECK (given_by IN ('client', 'guardian')),
    given_on         TEXT NOT NULL,
    scope            TEXT NOT NULL DEFAULT '',
    limits_explained INTEGER NOT NULL CHECK (limits_explained IN (0, 1)),
    withdrawn_on     TEXT,
    withdrawal_note  TEXT NOT NULL DEFAULT '',
    created_by       INTEGER NOT NULL REFERENCES users (id),
    created_at       TEXT NOT NULL
) STRICT;

CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE consent_attachments (
    consent_id INTEGER PRIMARY KEY REFERENCES consents (id),
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;
