"""Clients."""

from __future__ import annotations

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
        highest = self._db.query_value(
            "SELECT max(CAST(substr(case_no, 6) AS INTEGER)) FROM clients WHERE case_no LIKE ?",
            (f"{year:04d}-%",))
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

    def search(self, query: ClientQuery) -> list[Client]:
        where: list[str] = []
        params: list[object] = []
        if not query.include_inactive:
            where.append("active = 1")
        if query.client_type is not None:
            where.append("client_type = ?")
            params.append(query.client_type.value)
        text = query.text.strip()
        if text:
            like = f"%{escape_like(text)}%"
            where.append("(name LIKE ? ESCAPE '\\' OR case_no LIKE ? ESCAPE '\\' "
                         "OR (grade || class_name) LIKE ? ESCAPE '\\' OR class_name LIKE ? ESCAPE '\\' "
                         "OR student_no LIKE ? ESCAPE '\\' OR pinyin_keys LIKE ? ESCAPE '\\')")
            params += [like, like, like, like, like, f"%{escape_like(text.lower())}%"]
        if query.ids is not None:
            where.append(f"id IN ({', '.join('?' for _ in query.ids) or 'NULL'})")
            params += list(query.ids)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        order = _SORTS.get(query.sort, "case_no") + (" DESC" if query.descending else "")
        rows = self._db.query_all(f"SELECT {_COLUMNS} FROM clients {clause} ORDER BY {order} LIMIT ?",
                                  (*params, query.limit))
        return [_client(r) for r in rows]
