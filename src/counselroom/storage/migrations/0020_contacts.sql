-- Schema 20: contacts with parents and teachers (家校沟通记录, issue 17 §4): who was contacted about a
-- student, by whom, how, when, what was said within the limits of confidentiality and what was agreed.

-- client_id         the student the contact was about (the case's, the crisis's or the register entry's
--                   client, kept here so a client's contacts are one index away)
-- case_id, crisis_id, register_entry_id
--                   what the contact belongs to: exactly one of them
-- register_entry_id has no REFERENCES clause: register_entries is created by schema 21, which runs after
--                   this one; services/contacts.py checks the entry exists before it is written
-- contact_name      the person contacted, as typed ('王女士', '李老师')
-- staff_id          the room's clinician who made the contact (recorded_by: who typed it in)
-- contacted_at      when, on the room's wall clock ('YYYY-MM-DDTHH:MM')
CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients (id),
    case_id           INTEGER REFERENCES cases (id),
    crisis_id         INTEGER REFERENCES crises (id),
    register_entry_id INTEGER,
    contact_name      TEXT NOT NULL CHECK (contact_name <> ''),
    relation          TEXT NOT NULL CHECK (relation IN ('father', 'mother', 'guardian', 'head_teacher',
                                                        'teacher', 'leadership', 'other')),
    method            TEXT NOT NULL CHECK (method IN ('phone', 'meeting', 'home_visit', 'online', 'other')),
    contacted_at      TEXT NOT NULL CHECK (contacted_at GLOB
                          '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    said              TEXT NOT NULL CHECK (said <> ''),
    agreed            TEXT NOT NULL DEFAULT '',
    staff_id          INTEGER NOT NULL REFERENCES users (id),
    recorded_by       INTEGER NOT NULL REFERENCES users (id),
    recorded_at       TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((case_id IS NOT NULL) + (crisis_id IS NOT NULL) + (register_entry_id IS NOT NULL) = 1)
) STRICT;

-- A case's contacts (its own and its crises'), a register entry's, a client's: each newest first.
CREATE INDEX contacts_case ON contacts (case_id, contacted_at) WHERE case_id IS NOT NULL;
CREATE INDEX contacts_crisis ON contacts (crisis_id, contacted_at) WHERE crisis_id IS NOT NULL;
CREATE INDEX contacts_register ON contacts (register_entry_id, contacted_at) WHERE register_entry_id IS NOT NULL;
CREATE INDEX contacts_client ON contacts (client_id, contacted_at);
