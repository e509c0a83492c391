-- Schema 9: the test-materials register (测验材料, R6): the room's paper forms and kits,
-- and every movement of them. Forms are never lent out or copied; the supervisor
-- alone changes the stock.

-- The recorded counts: ``on_hand`` in the cabinet, ``total`` the room owns (in the
-- cabinet plus what is handed out for a session right now). Every change of them
-- is a row in material_movements, written in the same transaction.
CREATE TABLE materials (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('form', 'kit')),   -- a form is used up when filled in
    scale_code TEXT NOT NULL DEFAULT '',                         -- e.g. 'phq9'; '' for none
    location   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    on_hand    INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    total      INTEGER NOT NULL DEFAULT 0 CHECK (total >= on_hand),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX materials_name ON materials (lower(name));

-- The ledger. ``delta_on_hand`` / ``delta_total`` say what the movement did to the
-- counts, so the sums over a material's rows give what its counts must be.
--   added        supervisor: new copies (count), with a reason
--   written_off  supervisor: damaged or used-up copies out of the cabinet, with a reason
--   corrected    supervisor: the cabinet counted (count = the number counted), with a reason
--   handed_out   to a staff member for a session (staff_id, purpose)
--   returned     back to the cabinet (count) and filled in / used up (used), closing handout_id
--   missing      supervisor: copies of a hand-out that will not come back, with a reason
CREATE TABLE material_movements (
    id            INTEGER PRIMARY KEY,
    material_id   INTEGER NOT NULL REFERENCES materials (id),
    kind          TEXT NOT NULL CHECK (kind IN ('added', 'written_off', 'corrected', 'handed_out',
                                                'returned', 'missing')),
    count         INTEGER NOT NULL CHECK (count >= 0),
    used          INTEGER NOT NULL DEFAULT 0 CHECK (used >= 0),
    delta_on_hand INTEGER NOT NULL,
    delta_total   INTEGER NOT NULL,
    handout_id    INTEGER REFERENCES material_movements (id),
    staff_id      INTEGER REFERENCES users (id),      -- who took them (hand-outs and their returns)
    purpose       TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    recorded_by   INTEGER NOT NULL REFERENCES users (id),
    recorded_at   TEXT NOT NULL,
    CHECK ((kind IN ('returned', 'missing')) = (handout_id IS NOT NULL))
) STRICT;

CREATE INDEX material_movements_material ON material_movements (material_id, id);
CREATE INDEX material_movements_handout ON material_movements (handout_id);

CREATE TRIGGER material_movements_no_update BEFORE UPDATE ON material_movements
BEGIN
    SELECT RAISE(ABORT, 'material movements are append-only');
END;

CREATE TRIGGER material_movements_no_delete BEFORE DELETE ON material_movements
BEGIN
    SELECT RAISE(ABORT, 'material movements are append-only');
END;
