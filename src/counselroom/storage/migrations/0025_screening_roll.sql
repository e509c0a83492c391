-- Schema 25: a closed screening campaign keeps its roll (R19, issue 17 §1).
--
-- A campaign's summary and its list of students not yet screened start from who was in scope. Read
-- from the roster as it stands, a student registered after the campaign ended would show in it as not
-- screened, and one who changed class under the new class: a report about a past campaign would
-- change with the roster. So closing a campaign writes down its roll (storage/screening_repo.py
-- set_status): every student in scope at that moment, with their grade and class then, and whether
-- the room excluded them or their parents opted them out. A closed campaign is read from its roll;
-- one in set-up or open from the roster. A campaign leaving 'closed' would lose its roll (the
-- application never reopens one).
CREATE TABLE screening_campaign_roll (
    campaign_id INTEGER NOT NULL REFERENCES screening_campaigns (id) ON DELETE CASCADE,
    client_id   INTEGER NOT NULL REFERENCES clients (id),
    grade       TEXT NOT NULL,
    class_name  TEXT NOT NULL,
    left_out    TEXT NOT NULL DEFAULT '' CHECK (left_out IN ('', 'excluded', 'opted_out')),
    PRIMARY KEY (campaign_id, client_id)
) STRICT;

-- A roll is what the campaign was: written once, never changed.
CREATE TRIGGER screening_campaign_roll_kept BEFORE UPDATE ON screening_campaign_roll
BEGIN
    SELECT RAISE(ABORT, 'a closed campaign''s roll is kept as it closed');
END;

-- Campaigns closed before this schema get a roll now, as well as the records can tell it. A student
-- with a sheet in the campaign was in it: at the grade and class of their first sheet (those the
-- summary counts the sheet under). Every other active student of the campaign's grades and classes
-- registered before it closed, at their grade and class now, left out as the campaign recorded. What
-- cannot be told any more: a student without a sheet who has changed class, left school or moved up
-- out of the campaign's grades since (they show under their class now, or not at all).
INSERT INTO screening_campaign_roll (campaign_id, client_id, grade, class_name)
SELECT s.campaign_id, s.client_id, s.grade, s.class_name
FROM (SELECT campaign_id, client_id, grade, class_name, min(id) FROM screening_sheets GROUP BY campaign_id, client_id) s
JOIN screening_campaigns c ON c.id = s.campaign_id
WHERE c.status = 'closed';

INSERT OR IGNORE INTO screening_campaign_roll (campaign_id, client_id, grade, class_name, left_out)
SELECT DISTINCT c.id, k.id, k.grade, k.class_name, coalesce(l.why, '')
FROM screening_campaigns c
JOIN screening_campaign_scope p ON p.campaign_id = c.id
JOIN clients k ON k.grade = p.grade AND (p.class_name = '' OR k.class_name = p.class_name)
LEFT JOIN screening_campaign_left_out l ON l.campaign_id = c.id AND l.client_id = k.id
WHERE c.status = 'closed' AND k.client_type = 'student' AND k.active = 1
  AND (c.closed_at IS NULL OR k.created_at <= c.closed_at);
