-- Schema 17: the statistics of a term read indexes, not record rows (issue 16 §1).
--
-- A term of a big school's room is ~75,000 signed visits. Their rows carry the notes, so counting
-- them through the table decrypts most of its pages (1.4 s on the 50,000-client benchmark database,
-- which the planner reached through visits_status: every signed visit of every year). Each index
-- below holds the period's column first, then what the statistics group and filter by, so every
-- count is one range scan of an index (storage/statistics_repo.py says which query reads which).

-- Signed visits by day: kind, whose, the case (and its first session) without the row.
CREATE INDEX visits_statistics ON visits (visit_date, status, counsellor_id, kind, case_id, session_no);

-- Tests by day: the rows hold every answer; the counts need the scale and the band.
CREATE INDEX tests_statistics ON test_administrations (administered_on, status, administered_by, scale_id, band);

-- Cases opened and closed in a period (no index had either day).
CREATE INDEX cases_opened ON cases (opened_on, counsellor_id, category, number);
CREATE INDEX cases_closed ON cases (closed_on, counsellor_id, outcome, satisfaction) WHERE closed_on IS NOT NULL;

-- A case's category and counsellor, and a client's type, grade and sex, looked up by id from these
-- narrow copies rather than from the rows with their texts (the ~12,000 cases seen in a term).
CREATE INDEX cases_by_id ON cases (id, client_id, category, counsellor_id);
CREATE INDEX clients_by_id ON clients (id, client_type, grade, gender);
