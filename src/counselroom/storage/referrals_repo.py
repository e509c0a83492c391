"""Referrals."""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.referrals import DestinationKind, Referral, ReferralDraft, ReferralStatus
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import to_db

_COLUMNS = ("id, case_id, institution, contact, reason, referred_on, guardian_consent, consent_on, "
            "follow_up_on, status, feedback, feedback_on")
#: Schema 19 added the destination's kind. An archive exported before it (read with these
#: repositories, ``archive/verify.py``) has no such column: its referrals read as 'other'.
KIND_SCHEMA = 19


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _referral(r: Row) -> Referral:
    return Referral(id=r[0], case_id=r[1], institution=r[2], contact=r[3], reason=r[4],
                    referred_on=date.fromisoformat(r[5]), guardian_consent=bool(r[6]), consent_on=_d(r[7]),
                    follow_up_on=_d(r[8]), status=ReferralStatus(r[9]), feedback=r[10], feedback_on=_d(r[11]),
                    destination_kind=DestinationKind(r[12]))


class ReferralRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._columns_sql: str | None = None

    @property
    def _columns(self) -> str:
        if self._columns_sql is None:
            kind = "destination_kind" if self._db.user_version() >= KIND_SCHEMA else "'other'"
            self._columns_sql = f"{_COLUMNS}, {kind}"
        return self._columns_sql

    def add(self, case_id: int, draft: ReferralDraft, created_by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO referrals (case_id, institution, contact, reason, referred_on, guardian_consent, "
            "consent_on, follow_up_on, destination_kind, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, draft.institution, draft.contact, draft.reason, _iso(draft.referred_on),
             int(draft.guardian_consent), _iso(draft.consent_on), _iso(draft.follow_up_on),
             draft.destination_kind.value, created_by, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def get(self, referral_id: int) -> Referral | None:
        row = self._db.query_one(f"SELECT {self._columns} FROM referrals WHERE id = ?", (referral_id,))
        return None if row is None else _referral(row)

    def for_case(self, case_id: int) -> list[Referral]:
        rows = self._db.query_all(f"SELECT {self._columns} FROM referrals WHERE case_id = ? ORDER BY referred_on",
                                  (case_id,))
        return [_referral(r) for r in rows]

    def awaiting_feedback(self) -> list[Referral]:
        rows = self._db.query_all(f"SELECT {self._columns} FROM referrals WHERE status = 'sent' ORDER BY follow_up_on")
        return [_referral(r) for r in rows]

    def record_feedback(self, referral_id: int, text: str, on: date, now: datetime) -> None:
        self._db.execute("UPDATE referrals SET status = 'feedback', feedback = ?, feedback_on = ?, updated_at = ? "
                         "WHERE id = ?", (text, on.isoformat(), to_db(now), referral_id))

    def close(self, referral_id: int, now: datetime) -> None:
        self._db.execute("UPDATE referrals SET status = 'closed', updated_at = ? WHERE id = ?",
                         (to_db(now), referral_id))
