-- Schema 18: work reports that leave the room (月度工作报告, 学期工作总结, 学年报告; issue 16 §3).
--
-- One report per period: kind 'month' | 'term' | 'year', period its code ('2026-11', '2026-2027-1',
-- '2026-2027'). The supervisor types the narrative (小结, 存在问题, 计划) while it is a draft; signing
-- freezes it together with the figures as they were that moment (snapshot, JSON) and the suppression
-- k they are published with. A signed report is what went upward: the database itself refuses to
-- change or delete it, as it does for signed visit records.
CREATE TABLE work_reports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('month', 'term', 'year')),
    period        TEXT NOT NULL CHECK (period <> ''),
    summary       TEXT NOT NULL DEFAULT '',
    problems      TEXT NOT NULL DEFAULT '',
    plans         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    created_by    INTEGER NOT NULL REFERENCES users (id),
    created_at    TEXT NOT NULL,
    updated_by    INTEGER NOT NULL REFERENCES users (id),
    updated_at    TEXT NOT NULL,
    signed_by     INTEGER REFERENCES users (id),
    signed_at     TEXT,
    suppression_k INTEGER CHECK (suppression_k IS NULL OR suppression_k >= 3),
    snapshot      TEXT,
    UNIQUE (kind, period),
    CHECK ((status = 'draft' AND signed_at IS NULL AND snapshot IS NULL)
           OR (status = 'signed' AND signed_by IS NOT NULL AND signed_at IS NOT NULL
               AND snapshot IS NOT NULL AND suppression_k IS NOT NULL))
) STRICT;

CREATE TRIGGER work_reports_signed_locked BEFORE UPDATE ON work_reports
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed work reports are kept as signed');
END;

CREATE TRIGGER work_reports_signed_kept BEFORE DELETE ON work_reports
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed work reports are kept as signed');
END;
