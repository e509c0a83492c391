-- Schema 24: the statistics of a period count the screening work from indexes (issue 16 §1, issue 17 §1).
--
-- A sheet row carries every answer and the rule hits as JSON, so counting a term's sheets through the
-- table decrypts pages of answers (a grade of 3,000 students a campaign, two scales, a campaign or
-- two a year). The statistics count the sheets entered in a period by who entered them, grade,
-- validity and whether they call for an interview, and each student once: everything they read is
-- in this index, the period's moment first (storage/statistics_repo.py).
CREATE INDEX screening_sheets_statistics
    ON screening_sheets (entered_at, entered_by, client_id, grade, valid, positive, alert);

-- Interviews held in a period, by who held them and what they led to.
CREATE INDEX screening_interviews_statistics ON screening_interviews (interviewed_on, interviewed_by, outcome);
