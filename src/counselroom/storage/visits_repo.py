"""Visit records, their group participants and addenda."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from counselroom.domain.errors import StorageError
from counselroom.domain.visits import Addendum, RiskLevel, Visit, VisitContent, VisitKind, VisitStatus
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_CONTENT = ("kind, visit_date, start_time, end_time, presenting_issue, complaint, process, assessment, "
            "plan, risk, risk_self_harm, risk_harm_others, risk_harmed_by_others, next_appointment")
_CONTENT_FIELDS = tuple(f.strip() for f in _CONTENT.split(","))
# A record's group participants and whether it has addenda come with its row: one statement
# per record read instead of three (a case's 100 visits, ``admin check`` over every record).
_SELECT = (f"SELECT v.id, v.case_id, c.client_id, v.counsellor_id, v.session_no, v.status, v.created_at, "
           f"v.updated_at, v.signed_at, v.seal, v.appointment_id, {', '.join('v.' + f for f in _CONTENT_FIELDS)}, "
           "(SELECT group_concat(p.client_id) FROM visit_participants p WHERE p.visit_id = v.id), "
           "EXISTS (SELECT 1 FROM visit_addenda a WHERE a.visit_id = v.id) "
           "FROM visits v JOIN cases c ON c.id = v.case_id")


def _content_values(content: VisitContent) -> tuple[object, ...]:
    return (content.kind.value, content.visit_date.isoformat() if content.visit_date else None,
            content.start.strftime("%H:%M") if content.start else None,
            content.end.strftime("%H:%M") if content.end else None,
            content.presenting_issue, content.complaint, content.process, content.assessment, content.plan,
            content.risk.value, int(content.risk_self_harm), int(content.risk_harm_others),
            int(content.risk_harmed_by_others),
            content.next_appointment.strftime("%Y-%m-%dT%H:%M") if content.next_appointment else None)


def _content(values: tuple[Any, ...], participants: tuple[int, ...]) -> VisitContent:
    (kind, vdate, start, end, issue, complaint, process, assessment, plan, risk, self_harm, harm_others, harmed,
     next_appt) = values
    return VisitContent(
        kind=VisitKind(kind), visit_date=date.fromisoformat(vdate) if vdate else None,
        start=time.fromisoformat(start) if start else None, end=time.fromisoformat(end) if end else None,
        presenting_issue=issue, complaint=complaint, process=process, assessment=assessment, plan=plan,
        risk=RiskLevel(risk), risk_self_harm=bool(self_harm), risk_harm_others=bool(harm_others),
        risk_harmed_by_others=bool(harmed),
        next_appointment=datetime.fromisoformat(next_appt) if next_appt else None,
        participants=participants)


def _participant_ids(participants: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sorted(set(participants)))


def as_stored(content: VisitContent) -> VisitContent:
    """``content`` as reading it back gives it (times to the minute, each participant once, in
    order), so a service can return what it wrote without reading the record again."""
    return _content(_content_values(content), _participant_ids(content.participants))


def stored_moment(moment: datetime) -> datetime:
    """A moment as reading it back gives it."""
    return from_db_required(to_db(moment))


class VisitRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _visit(self, row: Row, with_addenda: bool = True) -> Visit:
        (vid, case_id, client_id, counsellor_id, session_no, status, created, updated, signed, seal,
         appointment_id) = row[:11]
        participants, has_addenda = row[-2:]
        content = _content(tuple(row[11:-2]),
                           tuple(sorted(int(p) for p in participants.split(","))) if participants else ())
        return Visit(id=vid, case_id=case_id, client_id=client_id, counsellor_id=counsellor_id,
                     session_no=session_no, content=content, status=VisitStatus(status),
                     created_at=from_db(created), updated_at=from_db(updated), signed_at=from_db(signed),
                     seal=seal, appointment_id=appointment_id,
                     addenda=tuple(self.addenda(vid)) if with_addenda and has_addenda else ())

    def for_appointment(self, appointment_id: int) -> int | None:
        row = self._db.query_one("SELECT id FROM visits WHERE appointment_id = ?", (appointment_id,))
        return None if row is None else row[0]

    def next_session_no(self, case_id: int) -> int:
        return int(self._db.query_value(
            "SELECT coalesce(max(session_no), 0) + 1 FROM visits WHERE case_id = ?", (case_id,)))

    def add(self, case_id: int, counsellor_id: int, session_no: int, content: VisitContent, now: datetime,
            appointment_id: int | None = None) -> int:
        marks = ", ".join("?" for _ in _CONTENT_FIELDS)
        cur = self._db.execute(
            f"INSERT INTO visits (case_id, counsellor_id, appointment_id, session_no, created_at, updated_at, "
            f"{_CONTENT}) VALUES (?, ?, ?, ?, ?, ?, {marks})",
            (case_id, counsellor_id, appointment_id, session_no, to_db(now), to_db(now),
             *_content_values(content)))
        visit_id = int(cur.lastrowid)
        self._add_participants(visit_id, content.participants)
        return visit_id

    def add_next(self, case_id: int, counsellor_id: int, content: VisitContent, now: datetime,
                 appointment_id: int | None = None) -> tuple[int, int]:
        """A new draft as the case's next session, numbered by the insert itself: (id, session number)."""
        marks = ", ".join("?" for _ in _CONTENT_FIELDS)
        row = self._db.query_one(
            f"INSERT INTO visits (case_id, counsellor_id, appointment_id, session_no, created_at, updated_at, "
            f"{_CONTENT}) SELECT ?, ?, ?, coalesce(max(session_no), 0) + 1, ?, ?, {marks} "
            "FROM visits WHERE case_id = ? RETURNING id, session_no",
            (case_id, counsellor_id, appointment_id, to_db(now), to_db(now), *_content_values(content), case_id))
        if row is None:
            raise StorageError()
        visit_id, session_no = int(row[0]), int(row[1])
        self._add_participants(visit_id, content.participants)
        return visit_id, session_no

    def insert_signed(self, visit_id: int, case_id: int, counsellor_id: int, session_no: int,
                      content: VisitContent, signed_at: datetime, seal: str) -> None:
        """Bulk path for generated data: one statement, the row born signed (no participants)."""
        marks = ", ".join("?" for _ in _CONTENT_FIELDS)
        self._db.execute(
            f"INSERT INTO visits (id, case_id, counsellor_id, session_no, status, signed_at, seal, created_at, "
            f"updated_at, {_CONTENT}) VALUES (?, ?, ?, ?, 'signed', ?, ?, ?, ?, {marks})",
            (visit_id, case_id, counsellor_id, session_no, to_db(signed_at), seal, to_db(signed_at),
             to_db(signed_at), *_content_values(content)))

    def insert_generated(self, visit_id: int, case_id: int, counsellor_id: int, session_no: int,
                         content: VisitContent, *, created_at: datetime, signed_at: datetime | None, seal: str,
                         appointment_id: int | None = None) -> None:
        """Bulk path for generated data: a record as use leaves it (started at ``created_at``, signed at
        ``signed_at`` or still a draft), with its appointment and group participants, in one go."""
        marks = ", ".join("?" for _ in _CONTENT_FIELDS)
        self._db.execute(
            f"INSERT INTO visits (id, case_id, counsellor_id, appointment_id, session_no, status, signed_at, seal, "
            f"created_at, updated_at, {_CONTENT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {marks})",
            (visit_id, case_id, counsellor_id, appointment_id, session_no, "draft" if signed_at is None else "signed",
             to_db(signed_at), seal, to_db(created_at), to_db(signed_at or created_at), *_content_values(content)))
        for client_id in sorted(set(content.participants)):
            self._db.execute("INSERT INTO visit_participants (visit_id, client_id) VALUES (?, ?)",
                             (visit_id, client_id))

    def max_id(self) -> int:
        return int(self._db.query_value("SELECT coalesce(max(id), 0) FROM visits"))

    def _add_participants(self, visit_id: int, participants: tuple[int, ...]) -> None:
        for client_id in _participant_ids(participants):
            self._db.execute("INSERT INTO visit_participants (visit_id, client_id) VALUES (?, ?)",
                             (visit_id, client_id))

    def _set_participants(self, visit_id: int, participants: tuple[int, ...],
                          before: tuple[int, ...] | None = None) -> None:
        """``before``: the participants as last read, if known; unchanged ones are left alone."""
        if before is not None and _participant_ids(participants) == _participant_ids(before):
            return
        self._db.execute("DELETE FROM visit_participants WHERE visit_id = ?", (visit_id,))
        self._add_participants(visit_id, participants)

    def save_draft(self, visit_id: int, content: VisitContent, now: datetime, *,
                   participants_before: tuple[int, ...] | None = None) -> None:
        assignments = ", ".join(f"{f} = ?" for f in _CONTENT_FIELDS)
        self._db.execute(f"UPDATE visits SET {assignments}, updated_at = ? WHERE id = ? AND status = 'draft'",
                         (*_content_values(content), to_db(now), visit_id))
        self._set_participants(visit_id, content.participants, participants_before)

    def sign(self, visit_id: int, signed_at: datetime, seal: str) -> None:
        self._db.execute("UPDATE visits SET status = 'signed', signed_at = ?, seal = ?, updated_at = ? "
                         "WHERE id = ? AND status = 'draft'", (to_db(signed_at), seal, to_db(signed_at), visit_id))

    def sign_with(self, visit_id: int, content: VisitContent, signed_at: datetime, seal: str, *,
                  participants_before: tuple[int, ...] | None = None) -> None:
        """Write a draft's final content and seal it in one statement (one pass of the
        full-text trigger instead of two)."""
        self._set_participants(visit_id, content.participants, participants_before)
        assignments = ", ".join(f"{f} = ?" for f in _CONTENT_FIELDS)
        self._db.execute(
            f"UPDATE visits SET {assignments}, status = 'signed', signed_at = ?, seal = ?, updated_at = ? "
            "WHERE id = ? AND status = 'draft'",
            (*_content_values(content), to_db(signed_at), seal, to_db(signed_at), visit_id))

    def delete_draft(self, visit_id: int) -> None:
        self._db.execute("DELETE FROM visit_participants WHERE visit_id = ?", (visit_id,))
        self._db.execute("DELETE FROM visits WHERE id = ? AND status = 'draft'", (visit_id,))

    def get(self, visit_id: int) -> Visit | None:
        row = self._db.query_one(f"{_SELECT} WHERE v.id = ?", (visit_id,))
        return None if row is None else self._visit(row)

    def for_case(self, case_id: int) -> list[Visit]:
        rows = self._db.query_all(f"{_SELECT} WHERE v.case_id = ? ORDER BY v.session_no", (case_id,))
        return [self._visit(r) for r in rows]

    def drafts_of(self, counsellor_id: int | None) -> list[Visit]:
        """Unsigned records (the to-do list); all of them when ``counsellor_id`` is None."""
        clause, params = ("AND v.counsellor_id = ?", (counsellor_id,)) if counsellor_id is not None else ("", ())
        rows = self._db.query_all(f"{_SELECT} WHERE v.status = 'draft' {clause} ORDER BY v.updated_at", params)
        return [self._visit(r, with_addenda=False) for r in rows]

    def addenda(self, visit_id: int) -> list[Addendum]:
        rows = self._db.query_all(
            "SELECT a.id, a.visit_id, a.text, a.author_id, u.display_name, a.signed_at, a.seal "
            "FROM visit_addenda a JOIN users u ON u.id = a.author_id WHERE a.visit_id = ? ORDER BY a.id",
            (visit_id,))
        return [Addendum(r[0], r[1], r[2], r[3], r[4], from_db_required(r[5]), r[6]) for r in rows]

    def add_addendum(self, visit_id: int, text: str, author_id: int, signed_at: datetime, seal: str) -> int:
        cur = self._db.execute(
            "INSERT INTO visit_addenda (visit_id, text, author_id, signed_at, seal) VALUES (?, ?, ?, ?, ?)",
            (visit_id, text, author_id, to_db(signed_at), seal))
        return int(cur.lastrowid)


#: What ``signed_rows`` gives for each record: the columns its seal covers, as stored.
_SEALED_CONTENT = tuple(f.strip() for f in _CONTENT.split(","))
SIGNED_COLUMNS = ("id", "case_id", "session_no", "counsellor_id", "signed_at", "seal", *_SEALED_CONTENT,
                  "participants", "has_addenda")


def signed_rows(db: Database, batch: int = 2000) -> Iterator[list[Row]]:
    """Every signed record's sealed columns (``SIGNED_COLUMNS``; participants as "id,id,…"), in id
    order, a batch at a time, for ``admin check``.

    Walks the primary key ("+v.status" keeps the planner off the status index: through it every
    batch sorted all 455k signed records again, which made the check quadratic)."""
    sql = (f"SELECT v.id, v.case_id, v.session_no, v.counsellor_id, v.signed_at, v.seal, "
           f"{', '.join('v.' + f for f in _SEALED_CONTENT)}, "
           "(SELECT group_concat(p.client_id) FROM visit_participants p WHERE p.visit_id = v.id), "
           "EXISTS (SELECT 1 FROM visit_addenda a WHERE a.visit_id = v.id) "
           "FROM visits v WHERE +v.status = 'signed' AND v.id > ? ORDER BY v.id LIMIT ?")
    rows = db.query_all(sql, (-(2**63), batch))
    while rows:
        yield rows
        rows = db.query_all(sql, (rows[-1][0], batch))
