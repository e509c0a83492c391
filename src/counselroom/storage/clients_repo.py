"""Clients."""

from __future__ import annotations

import json
from datetime import date, datetime

from counselroom.domain.clients import Client, ClientDraft, ClientQuery, ClientType, Gender, ReferralSource
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, to_db

_FIELDS = ("name", "gender", "birth_date", "client_type", "grade", "class_name", "student_no",
           "contact", "guardian_name", "guardian_contact", "referral_source", "referral_note", "notes")
_COLUMNS = "id, case_no, active, created_at, created_by, pinyin_keys, " + ", ".join(_FIELDS)
_SORTS = {"case_no": "case_no", "name": "name", "created_at": "created_at", "class": "grade, class_name"}


def _values(draft: ClientDraft) -> list[object]:
    return [draft.name, draft.gender.value,
            draft.birth_date.isoformat() if draft.birth_date else None,
            draft.client_type.value, draft.grade, draft.class_name, draft.student_no, draft.contact,
            draft.guardian_name, draft.guardian_contact, draft.referral_source.value,
            draft.referral_note, draft.notes]


def _client(row: Row) -> Client:
    (cid, case_no, active, created_at, created_by, keys, name, gender, birth, ctype, grade, cls,
     student_no, contact, gname, gcontact, source, source_note, notes) = row
    return Client(id=cid, case_no=case_no, active=bool(active), created_at=from_db(created_at),
                  created_by=created_by, pinyin_keys=keys, name=name, gender=Gender(gender),
                  birth_date=date.fromisoformat(birth) if birth else None,
                  client_type=ClientType(ctype), grade=grade, class_name=cls, student_no=student_no,
                  contact=contact, guardian_name=gname, guardian_contact=gcontact,
                  referral_source=ReferralSource(source), referral_note=source_note, notes=notes)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ClientRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def next_case_no_sequence(self, year: int) -> int:
        # A range on the unique index, not LIKE (which scanned every client): '.' follows '-'.
        highest = self._db.query_value(
            "SELECT max(CAST(substr(case_no, 6) AS INTEGER)) FROM clients WHERE case_no >= ? AND case_no < ?",
            (f"{year:04d}-", f"{year:04d}."))
        return int(highest or 0) + 1

    def add(self, draft: ClientDraft, *, case_no: str, pinyin_keys: str, created_by: int,
            now: datetime) -> int:
        cols = ", ".join(_FIELDS)
        marks = ", ".join("?" for _ in _FIELDS)
        cur = self._db.execute(
            f"INSERT INTO clients (case_no, pinyin_keys, created_by, created_at, updated_at, {cols}) "
            f"VALUES (?, ?, ?, ?, ?, {marks})",
            (case_no, pinyin_keys, created_by, to_db(now), to_db(now), *_values(draft)))
        return int(cur.lastrowid)

    def update(self, client_id: int, draft: ClientDraft, *, pinyin_keys: str, now: datetime) -> None:
        assignments = ", ".join(f"{f} = ?" for f in _FIELDS)
        self._db.execute(
            f"UPDATE clients SET {assignments}, pinyin_keys = ?, updated_at = ? WHERE id = ?",
            (*_values(draft), pinyin_keys, to_db(now), client_id))

    def set_active(self, client_id: int, active: bool, now: datetime) -> None:
        self._db.execute("UPDATE clients SET active = ?, updated_at = ? WHERE id = ?",
                         (int(active), to_db(now), client_id))

    def get(self, client_id: int) -> Client | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM clients WHERE id = ?", (client_id,))
        return None if row is None else _client(row)

    def find_same_person(self, name: str, birth_date: date | None, student_no: str) -> list[Client]:
        """Existing clients that look like the same person (duplicate check)."""
        rows = self._db.query_all(
            f"SELECT {_COLUMNS} FROM clients WHERE (student_no <> '' AND student_no = ?) "
            "OR (name = ? AND (birth_date IS NULL OR ? IS NULL OR birth_date = ?))",
            (student_no, name, birth_date.isoformat() if birth_date else None,
             birth_date.isoformat() if birth_date else None))
        return [_client(r) for r in rows]

    def _few_candidates(self, match: str) -> bool:
        return int(self._db.query_value(
            "SELECT count(*) FROM (SELECT 1 FROM clients_fts WHERE clients_fts MATCH ? LIMIT ?)",
            (match, _MANY_CANDIDATES))) < _MANY_CANDIDATES

    def search(self, query: ClientQuery) -> list[Client]:
        """Clients matching ``query``, in its order, at most ``query.limit``.

        The text matches a substring of the name, case no., grade and class, class, student no.
        or pinyin keys (:func:`_text_test`, what is compared row by row). A client list of a big
        school outgrows the page cache when every row is compared (issue 15), so: 3+ characters
        take their candidates from the trigram index ``clients_fts`` and compare only those; 1-2
        characters (no trigram to look up), and texts with thousands of candidates, walk the
        narrow ``clients_filter`` index, which holds every compared column, in the list's order
        and read the full rows of the page found. Both give exactly the rows and order of
        comparing every row."""
        where: list[str] = []
        params: list[object] = []
        if not query.include_inactive:
            where.append("active = 1")
        if query.client_type is not None:
            where.append("client_type = ?")
            params.append(query.client_type.value)
        if query.ids is not None:
            where.append(f"id IN ({', '.join('?' for _ in query.ids) or 'NULL'})")
            params += list(query.ids)
        text = query.text.strip()
        key = _SORTS.get(query.sort, "case_no")
        direction = " DESC" if query.descending else ""
        # Equal names (or moments) come in one order, whichever way the rows are found.
        order = f"{key}{direction}" + ("" if key == "case_no" else f", id{direction}")
        if text:
            test, test_params = _text_test(text)
            where.append(test)
            params += test_params
        if len(text) >= _TRIGRAM and self._few_candidates(_candidates(text)):
            where.append("id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
            params.append(_candidates(text))
        elif text:
            ids = [r[0] for r in self._db.query_all(
                f"SELECT id FROM clients INDEXED BY clients_filter WHERE {' AND '.join(where)} "
                f"ORDER BY {order} LIMIT ?", (*params, query.limit))]
            where, params = ["id IN (SELECT value FROM json_each(?))"], [json.dumps(ids)]
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows = self._db.query_all(f"SELECT {_COLUMNS} FROM clients {clause} ORDER BY {order} LIMIT ?",
                                  (*params, query.limit))
        return [_client(r) for r in rows]


#: Trigrams: a shorter text contains none to look up.
_TRIGRAM = 3
#: More candidates than this ("202" of every case number) are cheaper found by the walk in the
#: list's order, which stops at the first page, than read one by one and sorted.
_MANY_CANDIDATES = 2000


def _text_test(text: str) -> tuple[str, list[object]]:
    """The filter's text test on one client row: a substring (ASCII letters in any case) of what
    the list shows (a class name is inside grade and class, "初二3班") and of the pinyin keys,
    which are lower case."""
    like = f"%{escape_like(text)}%"
    return ("(name LIKE ? ESCAPE '\\' OR case_no LIKE ? ESCAPE '\\' OR (grade || class_name) LIKE ? ESCAPE '\\' "
            "OR student_no LIKE ? ESCAPE '\\' OR pinyin_keys LIKE ? ESCAPE '\\')",
            [like, like, like, like, f"%{escape_like(text.lower())}%"])


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _candidates(text: str) -> str:
    """An FTS5 query for every row :func:`_text_test` can accept, and a few more it then refuses:
    the index folds case beyond ASCII. (``class_name`` is inside ``class``, grade and class.)"""
    return (f"{{name case_no class student_no}} : {_phrase(text)} OR "
            f"pinyin_keys : {_phrase(text.lower())}")
