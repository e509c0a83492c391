-- Schema 14: the client list's filter-as-you-type without reading every client (issue 15).

-- Trigram index over what the filter compares: a query of 3+ characters finds its candidates
-- here and only they are compared. The class column is grade and class as the list shows them
-- ("初二3班"). It keeps its own copy of these short fields, so it is kept in sync by triggers.
CREATE VIRTUAL TABLE clients_fts USING fts5(
    name, case_no, class, student_no, pinyin_keys, tokenize = 'trigram'
);

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts (rowid, name, case_no, class, student_no, pinyin_keys)
    VALUES (new.id, new.name, new.case_no, new.grade || new.class_name, new.student_no, new.pinyin_keys);
END;

CREATE TRIGGER clients_fts_update AFTER UPDATE OF id, name, case_no, grade, class_name, student_no, pinyin_keys
ON clients BEGIN
    DELETE FROM clients_fts WHERE rowid = old.id;
    INSERT INTO clients_fts (rowid, name, case_no, class, student_no, pinyin_keys)
    VALUES (new.id, new.name, new.case_no, new.grade || new.class_name, new.student_no, new.pinyin_keys);
END;

CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    DELETE FROM clients_fts WHERE rowid = old.id;
END;

INSERT INTO clients_fts (rowid, name, case_no, class, student_no, pinyin_keys)
SELECT id, name, case_no, grade || class_name, student_no, pinyin_keys FROM clients;

-- One or two characters (a surname, "子涵") give a trigram index nothing to look up: those walk
-- this narrow index in the list's order instead of the client rows (with their notes and
-- contacts), so the first page of matches is found without reading the table.
CREATE INDEX clients_filter ON clients (case_no, name, grade, class_name, student_no, pinyin_keys, active,
                                        client_type, created_at);
