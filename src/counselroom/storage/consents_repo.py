"""Consents and their scanned forms (the bytes stay inside the encrypted database)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from counselroom.domain.consent import Consent, ConsentDraft, ConsentGiver, ConsentKind
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import to_db

_SELECT = ("SELECT c.id, c.client_id, c.case_id, c.kind, c.given_by, c.given_on, c.scope, c.limits_explained, "
           "c.withdrawn_on, c.withdrawal_note, coalesce(a.name, ''), coalesce(a.mime, ''), coalesce(a.size, 0) "
           "FROM consents c LEFT JOIN consent_attachments a ON a.consent_id = c.id")


def _consent(r: Row) -> Consent:
    return Consent(id=r[0], client_id=r[1], case_id=r[2], kind=ConsentKind(r[3]), given_by=ConsentGiver(r[4]),
                   given_on=date.fromisoformat(r[5]), scope=r[6], limits_explained=bool(r[7]),
                   withdrawn_on=date.fromisoformat(r[8]) if r[8] else None, withdrawal_note=r[9],
                   attachment_name=r[10], attachment_type=r[11], attachment_size=r[12])


class ConsentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, client_id: int, draft: ConsentDraft, created_by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO consents (client_id, case_id, kind, given_by, given_on, scope, limits_explained, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, draft.case_id, draft.kind.value, draft.given_by.value, draft.given_on.isoformat(),
             draft.scope, int(draft.limits_explained), created_by, to_db(now)))
        return int(cur.lastrowid)

    def attach(self, consent_id: int, name: str, mime: str, data: bytes) -> None:
        self._db.execute(
            "INSERT INTO consent_attachments (consent_id, name, mime, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (consent_id) DO UPDATE SET name = excluded.name, mime = excluded.mime, "
            "size = excluded.size, sha256 = excluded.sha256, data = excluded.data",
            (consent_id, name, mime, len(data), hashlib.sha256(data).hexdigest(), data))

    def attachment(self, consent_id: int) -> tuple[str, str, bytes] | None:
        row = self._db.query_one("SELECT name, mime, data FROM consent_attachments WHERE consent_id = ?",
                                 (consent_id,))
        return None if row is None else (row[0], row[1], bytes(row[2]))

    def get(self, consent_id: int) -> Consent | None:
        row = self._db.query_one(f"{_SELECT} WHERE c.id = ?", (consent_id,))
        return None if row is None else _consent(row)

    def for_client(self, client_id: int) -> list[Consent]:
        return [_consent(r) for r in self._db.query_all(f"{_SELECT} WHERE c.client_id = ? ORDER BY c.given_on",
                                                        (client_id,))]

    def withdraw(self, consent_id: int, on: date, note: str) -> None:
        self._db.execute("UPDATE consents SET withdrawn_on = ?, withdrawal_note = ? WHERE id = ?",
                         (on.isoformat(), note, consent_id))
