-- Schema 16: the activities log (活动记录, R22): what the room did beyond individual work, for the
-- term and year reports. Lessons (心理健康课), lectures, group guidance, parents' talks and meetings,
-- peer-counsellor and teacher training, campaigns. No client data: nobody attending is named.

-- held_on          the day it took place (wall clock, 'YYYY-MM-DD')
-- audience         who it was for; audience_detail says which ('初二(3)班', '初一年级', '全体班主任')
-- attendance       how many took part; NULL: not counted (a poster campaign)
-- lessons          its length in 课时 (class periods), the unit the rules count in: 心理健康课 every
--                  class every two weeks, teacher training at least 10 课时 a year; at least one for
--                  a lesson or a training, 0 allowed for what has no length in periods (a campaign)
-- outside_presenter  a presenter from outside the room (a doctor, a university lecturer); the room's
--                  own staff who ran it are in activity_presenters
-- Not part of the quarterly archive (R12): see services/activities.py.
CREATE TABLE activities (
    id                INTEGER PRIMARY KEY,
    held_on           TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind              TEXT NOT NULL CHECK (kind IN ('lesson', 'lecture', 'group_guidance', 'parents_talk',
                                                    'peer_training', 'campaign', 'teacher_training',
                                                    'other_activity')),
    title             TEXT NOT NULL CHECK (title <> ''),
    audience          TEXT NOT NULL CHECK (audience IN ('grade', 'class', 'parents', 'teachers', 'whole_school',
                                                        'other_audience')),
    audience_detail   TEXT NOT NULL DEFAULT '',
    attendance        INTEGER CHECK (attendance IS NULL OR attendance >= 0),
    lessons           INTEGER NOT NULL CHECK (lessons >= 0),
    outside_presenter TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    created_by        INTEGER NOT NULL REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES users (id),
    updated_at        TEXT NOT NULL
) STRICT;

-- The log by period (the page, newest first) and the reports' counts by period and kind read only
-- this index.
CREATE INDEX activities_day ON activities (held_on, kind, lessons, attendance);

-- The room's staff who ran an activity (any number; none if only an outside presenter did).
CREATE TABLE activity_presenters (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (activity_id, user_id)
) STRICT, WITHOUT ROWID;

-- A counsellor's own activities (the statistics of one person's work).
CREATE INDEX activity_presenters_user ON activity_presenters (user_id, activity_id);

-- The plan, the sign-in sheet scan…: the bytes stay inside the encrypted file, as consent scans do.
CREATE TABLE activity_attachments (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    name        TEXT NOT NULL,
    mime        TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/png', 'image/jpeg')),
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    data        BLOB NOT NULL,
    added_by    INTEGER NOT NULL REFERENCES users (id),
    added_at    TEXT NOT NULL
) STRICT;

CREATE INDEX activity_attachments_activity ON activity_attachments (activity_id);
