-- Schema 11: the end-of-day closing checklist (闭室检查, R10).

-- The physical items the person closing the room ticks; the supervisor edits the
-- list. ``code`` names one of the default items (NULL for items added later); an
-- item taken off the list keeps its row (``active`` 0).
CREATE TABLE closing_items (
    id         INTEGER PRIMARY KEY,
    code       TEXT UNIQUE,
    label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    position   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- The defaults, in the words of the room's rules (咨询室管理制度 / 使用规则).
-- ``:now`` and ``:today`` are bound by the migration runner from the application's clock.
INSERT INTO closing_items (code, label, position, created_at, updated_at) VALUES
    ('windows', '各室窗户已关好', 1, :now, :now),
    ('doors', '各室门已关好并上锁', 2, :now, :now),
    ('power', '电器设备电源已切断', 3, :now, :now),
    ('wiring', '无私接电源、私拉电线', 4, :now, :now),
    ('cabinet', '档案和测验材料已锁入柜中', 5, :now, :now),
    ('tidy', '室内整洁，物品已放回原位', 6, :now, :now),
    ('visitors', '室内无来访者或其他人员滞留', 7, :now, :now);

-- Missed closings are counted from the day the checklist came into use.
INSERT INTO meta (key, value) VALUES ('closings_since', :today)
    ON CONFLICT (key) DO NOTHING;

-- One signed closing per day (the room's wall-clock date), append-only. ``items``
-- and ``checks`` are JSON snapshots taken when it was signed:
--   items  [{"id", "code", "label", "checked"}, ...]  the words then, not the list now
--   checks [{"id", "passed", "counts", "names"}, ...] what the records said then
-- ``reason`` says why it was signed although a data check failed.
CREATE TABLE closings (
    id        INTEGER PRIMARY KEY,
    day       TEXT NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signed_by INTEGER NOT NULL REFERENCES users (id),
    signed_at TEXT NOT NULL,
    items     TEXT NOT NULL CHECK (json_valid(items) AND json_type(items) = 'array'),
    checks    TEXT NOT NULL CHECK (json_valid(checks) AND json_type(checks) = 'array'),
    reason    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER closings_no_update BEFORE UPDATE ON closings
BEGIN
    SELECT RAISE(ABORT, 'signed closings are append-only');
END;

CREATE TRIGGER closings_no_delete BEFORE DELETE ON closings
BEGIN
    SELECT RAISE(ABORT, 'signed closings are append-only');
END;
