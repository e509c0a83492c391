"""Contacts with parents and teachers (家校沟通记录)."""

from __future__ import annotations

from datetime import datetime

from counselroom.domain.contacts import Contact, ContactDraft, ContactLink, ContactMethod, ContactRelation
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db_required, to_db

WALL_FORMAT = "%Y-%m-%dT%H:%M"
_COLUMNS = ("c.id, c.client_id, c.case_id, c.crisis_id, c.register_entry_id, c.contact_name, c.relation, "
            "c.method, c.contacted_at, c.said, c.agreed, c.staff_id, u.display_name, c.recorded_by, "
            "c.recorded_at, c.updated_at")
_FROM = "FROM contacts c JOIN users u ON u.id = c.staff_id"
_NEWEST_FIRST = "ORDER BY c.contacted_at DESC, c.id DESC"


def _contact(r: Row) -> Contact:
    return Contact(
        id=r[0], client_id=r[1], link=ContactLink(case_id=r[2], crisis_id=r[3], register_entry_id=r[4]),
        contact_name=r[5], relation=ContactRelation(r[6]), method=ContactMethod(r[7]),
        contacted_at=datetime.strptime(r[8], WALL_FORMAT), said=r[9], agreed=r[10], staff_id=r[11],
        staff_name=r[12], recorded_by=r[13], recorded_at=from_db_required(r[14]),
        updated_at=from_db_required(r[15]))


def _wall(draft: ContactDraft) -> str:
    assert draft.contacted_at is not None   # validate_contact() requires it
    return draft.contacted_at.strftime(WALL_FORMAT)


class ContactRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, client_id: int, link: ContactLink, draft: ContactDraft, staff_id: int, recorded_by: int,
            now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO contacts (client_id, case_id, crisis_id, register_entry_id, contact_name, relation, "
            "method, contacted_at, said, agreed, staff_id, recorded_by, recorded_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, link.case_id, link.crisis_id, link.register_entry_id, draft.contact_name,
             draft.relation.value, draft.method.value, _wall(draft), draft.said, draft.agreed, staff_id,
             recorded_by, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def update(self, contact_id: int, draft: ContactDraft, staff_id: int, now: datetime) -> None:
        self._db.execute(
            "UPDATE contacts SET contact_name = ?, relation = ?, method = ?, contacted_at = ?, said = ?, "
            "agreed = ?, staff_id = ?, updated_at = ? WHERE id = ?",
            (draft.contact_name, draft.relation.value, draft.method.value, _wall(draft), draft.said,
             draft.agreed, staff_id, to_db(now), contact_id))

    def get(self, contact_id: int) -> Contact | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} {_FROM} WHERE c.id = ?", (contact_id,))
        return None if row is None else _contact(row)

    def for_case(self, case_id: int) -> list[Contact]:
        """The case's contacts and those of its crises, newest first."""
        rows = self._db.query_all(
            f"SELECT {_COLUMNS} {_FROM} WHERE c.case_id = ? "
            f"UNION ALL SELECT {_COLUMNS} {_FROM} WHERE c.crisis_id IN (SELECT id FROM crises WHERE case_id = ?) "
            "ORDER BY 9 DESC, 1 DESC", (case_id, case_id))
        return [_contact(r) for r in rows]

    def for_crisis(self, crisis_id: int) -> list[Contact]:
        rows = self._db.query_all(f"SELECT {_COLUMNS} {_FROM} WHERE c.crisis_id = ? {_NEWEST_FIRST}", (crisis_id,))
        return [_contact(r) for r in rows]

    def for_register_entry(self, entry_id: int) -> list[Contact]:
        rows = self._db.query_all(f"SELECT {_COLUMNS} {_FROM} WHERE c.register_entry_id = ? {_NEWEST_FIRST}",
                                  (entry_id,))
        return [_contact(r) for r in rows]
