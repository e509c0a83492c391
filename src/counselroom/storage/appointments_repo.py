"""Appointments."""

from __future__ import annotations

from datetime import datetime

from counselroom.domain.appointments import Appointment, AppointmentDraft, AppointmentStatus
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import to_db

_SELECT = ("SELECT a.id, a.client_id, a.counsellor_id, a.starts_at, a.ends_at, a.status, a.case_id, "
           "a.note, a.cancel_reason, c.name, c.case_no, u.display_name FROM appointments a "
           "JOIN clients c ON c.id = a.client_id JOIN users u ON u.id = a.counsellor_id")


def wall(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _appointment(row: Row) -> Appointment:
    return Appointment(id=row[0], client_id=row[1], counsellor_id=row[2],
                       starts_at=datetime.fromisoformat(row[3]), ends_at=datetime.fromisoformat(row[4]),
                       status=AppointmentStatus(row[5]), case_id=row[6], note=row[7],
                       cancel_reason=row[8], client_name=row[9], client_case_no=row[10],
                       counsellor_name=row[11])


class AppointmentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, draft: AppointmentDraft, created_by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO appointments (client_id, case_id, counsellor_id, starts_at, ends_at, note, "
            "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (draft.client_id, draft.case_id, draft.counsellor_id, wall(draft.starts_at),
             wall(draft.ends_at), draft.note.strip(), created_by, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def move(self, appointment_id: int, draft: AppointmentDraft, now: datetime) -> None:
        self._db.execute(
            "UPDATE appointments SET client_id = ?, case_id = ?, counsellor_id = ?, starts_at = ?, "
            "ends_at = ?, note = ?, updated_at = ? WHERE id = ?",
            (draft.client_id, draft.case_id, draft.counsellor_id, wall(draft.starts_at),
             wall(draft.ends_at), draft.note.strip(), to_db(now), appointment_id))

    def set_case(self, appointment_id: int, case_id: int, now: datetime) -> None:
        self._db.execute("UPDATE appointments SET case_id = ?, updated_at = ? WHERE id = ?",
                         (case_id, to_db(now), appointment_id))

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str, now: datetime) -> None:
        self._db.execute("UPDATE appointments SET status = ?, cancel_reason = ?, updated_at = ? WHERE id = ?",
                         (status.value, reason, to_db(now), appointment_id))

    def get(self, appointment_id: int) -> Appointment | None:
        row = self._db.query_one(f"{_SELECT} WHERE a.id = ?", (appointment_id,))
        return None if row is None else _appointment(row)

    def overlapping(self, start: datetime, end: datetime, exclude_id: int | None = None) -> list[Appointment]:
        rows = self._db.query_all(
            f"{_SELECT} WHERE a.status <> 'cancelled' AND a.starts_at < ? AND a.ends_at > ? "
            "AND a.id IS NOT ? ORDER BY a.starts_at", (wall(end), wall(start), exclude_id))
        return [_appointment(r) for r in rows]

    def between(self, start: datetime, end: datetime) -> list[Appointment]:
        rows = self._db.query_all(f"{_SELECT} WHERE a.starts_at < ? AND a.ends_at > ? ORDER BY a.starts_at",
                                  (wall(end), wall(start)))
        return [_appointment(r) for r in rows]

    def for_client(self, client_id: int) -> list[Appointment]:
        rows = self._db.query_all(f"{_SELECT} WHERE a.client_id = ? ORDER BY a.starts_at DESC", (client_id,))
        return [_appointment(r) for r in rows]
