-- Schema 6: referrals (转介) and the full-text index over visit notes.

CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    institution      TEXT NOT NULL,
    contact          TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL,
    referred_on      TEXT NOT NULL,
    guardian_consent INTEGER NOT NULL DEFAULT 0,
    consent_on       TEXT,
    follow_up_on     TEXT,
    status           TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'feedback', 'closed')),
    feedback         TEXT NOT NULL DEFAULT '',
    feedback_on      TEXT,
    created_by       INTEGER NOT NULL REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_open ON referrals (status, follow_up_on);

-- Trigram index: Chinese substrings of 3+ characters; shorter queries scan the table.
CREATE VIRTUAL TABLE visits_fts USING fts5(
    presenting_issue, complaint, process, assessment, plan,
    content = 'visits', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits BEGIN
    INSERT INTO visits_fts (rowid, presenting_issue, complaint, process, assessment, plan)
    VALUES (new.id, new.presenting_issue, new.complaint, new.process, new.assessment, new.plan);
END;

CREATE TRIGGER visits_fts_delete AFTER DELETE ON visits BEGIN
    INSERT INTO visits_fts (visits_fts, rowid, presenting_issue, complaint, process, assessment, plan)
    VALUES ('delete', old.id, old.presenting_issue, old.complaint, old.process, old.assessment, old.plan);
END;

CREATE TRIGGER visits_fts_update AFTER UPDATE ON visits BEGIN
    INSERT INTO visits_fts (visits_fts, rowid, presenting_issue, complaint, process, assessment, plan)
    VALUES ('delete', old.id, old.presenting_issue, old.complaint, old.process, old.assessment, old.plan);
    INSERT INTO visits_fts (rowid, presenting_issue, complaint, process, assessment, plan)
    VALUES (new.id, new.presenting_issue, new.complaint, new.process, new.assessment, new.plan);
END;

INSERT INTO visits_fts (visits_fts) VALUES ('rebuild');
