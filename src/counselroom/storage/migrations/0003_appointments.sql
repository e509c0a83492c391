-- Schema 3: appointments (预约) for the one room.

CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    case_id       INTEGER REFERENCES cases (id),
    counsellor_id INTEGER NOT NULL REFERENCES users (id),
    starts_at     TEXT NOT NULL,   -- wall-clock 'YYYY-MM-DDTHH:MM', compared as text
    ends_at       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'booked'
                  CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_by    INTEGER NOT NULL REFERENCES users (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;

CREATE INDEX appointments_time ON appointments (starts_at, ends_at);
CREATE INDEX appointments_client ON appointments (client_id, starts_at);
