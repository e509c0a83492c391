"""Screening campaigns, their sheets and interviews (schema 23), a closed campaign's roll (schema 25)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from counselroom.domain.scale_definition import LocalText, Number
from counselroom.domain.scale_scoring import CriticalHit, RuleHit
from counselroom.domain.screening import (
    Campaign, CampaignDraft, CampaignScale, CampaignStatus, ClassRef, EntryMethod, FollowUpState, HistoryEntry,
    Interview, InterviewOutcome, LeftOut, Scope, ScoredSheet, Sheet, Student, resolve_scope, rule_hit, scope_of_roll,
)
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_CAMPAIGN = ("SELECT c.id, c.name, c.starts_on, c.ends_on, c.notice, c.status, c.created_by, "
             "coalesce(u.display_name, ''), c.created_at, c.opened_at, c.closed_at "
             "FROM screening_campaigns c LEFT JOIN users u ON u.id = c.created_by")
_SHEET = ("SELECT s.id, s.campaign_id, s.client_id, s.scale_id, k.code, s.answers, s.total, s.subscales, s.band, "
          "s.subscale_bands, s.valid, s.invalid_hits, s.positive, s.positive_hits, s.alert, s.critical, "
          "s.entered_how, s.source_row, s.entered_by, coalesce(u.display_name, ''), s.entered_at "
          "FROM screening_sheets s JOIN scales k ON k.id = s.scale_id LEFT JOIN users u ON u.id = s.entered_by")
_INTERVIEW = ("SELECT id, campaign_id, client_id, invited_on, invited_by, interviewed_on, interviewed_by, note, "
              "outcome, case_id, register_entry_id, outcome_by, outcome_at FROM screening_interviews")
_STUDENT = "SELECT id, name, student_no, grade, class_name FROM clients"


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _number(value: float | None) -> Number | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _hits_json(hits: Iterable[RuleHit]) -> str:
    return json.dumps([{"rule": h.rule_id, "value": h.value, "measure": h.measure, "zh": h.label.zh_CN,
                        "en": h.label.en} for h in hits], ensure_ascii=False)


def _hits(text: str) -> tuple[RuleHit, ...]:
    return tuple(rule_hit(h["rule"], h["value"], h.get("measure", ""), h["zh"], h["en"]) for h in json.loads(text))


def _critical_json(hits: Iterable[CriticalHit]) -> str:
    return json.dumps([{"item": h.item, "option": h.option, "score": h.score, "zh": h.note.zh_CN, "en": h.note.en}
                       for h in hits], ensure_ascii=False)


def _critical(text: str) -> tuple[CriticalHit, ...]:
    return tuple(CriticalHit(h["item"], h["option"], h["score"], LocalText(h["zh"], h["en"]))
                 for h in json.loads(text))


def _sheet(row: Row) -> Sheet:
    return Sheet(id=row[0], campaign_id=row[1], client_id=row[2], scale_id=row[3], scale_code=row[4],
                 answers=json.loads(row[5]), total=_number(row[6]),
                 subscales={k: _number(v) for k, v in json.loads(row[7]).items()}, band=row[8],
                 subscale_bands=json.loads(row[9]), valid=bool(row[10]), invalid_hits=_hits(row[11]),
                 positive=bool(row[12]), positive_hits=_hits(row[13]), alert=bool(row[14]),
                 critical=_critical(row[15]), entered_how=EntryMethod(row[16]), source_row=row[17],
                 entered_by=row[18], entered_by_name=row[19], entered_at=from_db_required(row[20]))


def _interview(row: Row) -> Interview:
    invited_on = _day(row[3])
    assert invited_on is not None   # NOT NULL column
    return Interview(id=row[0], campaign_id=row[1], client_id=row[2], invited_on=invited_on, invited_by=row[4],
                     interviewed_on=_day(row[5]), interviewed_by=row[6], note=row[7],
                     outcome=None if row[8] is None else InterviewOutcome(row[8]), case_id=row[9],
                     register_entry_id=row[10], outcome_by=row[11], outcome_at=from_db(row[12]))


def _student(row: Row) -> Student:
    return Student(row[0], row[1], row[2], row[3], row[4])


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


class ScreeningRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- campaigns ---------------------------------------------------------------------------------------
    def add_campaign(self, draft: CampaignDraft, scales: Sequence[CampaignScale], user_id: int, now: datetime) -> int:
        assert draft.starts_on is not None and draft.ends_on is not None   # validated
        cur = self._db.execute(
            "INSERT INTO screening_campaigns (name, starts_on, ends_on, notice, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (draft.name, draft.starts_on.isoformat(), draft.ends_on.isoformat(), draft.notice, user_id,
             to_db(now), to_db(now)))
        campaign_id = int(cur.lastrowid)
        self._write_parts(campaign_id, draft, scales)
        return campaign_id

    def update_campaign(self, campaign_id: int, draft: CampaignDraft, scales: Sequence[CampaignScale],
                        now: datetime) -> None:
        assert draft.starts_on is not None and draft.ends_on is not None   # validated
        self._db.execute("UPDATE screening_campaigns SET name = ?, starts_on = ?, ends_on = ?, notice = ?, "
                         "updated_at = ? WHERE id = ?",
                         (draft.name, draft.starts_on.isoformat(), draft.ends_on.isoformat(), draft.notice,
                          to_db(now), campaign_id))
        for table in ("screening_campaign_scales", "screening_campaign_scope", "screening_campaign_left_out"):
            self._db.execute(f"DELETE FROM {table} WHERE campaign_id = ?", (campaign_id,))
        self._write_parts(campaign_id, draft, scales)

    def _write_parts(self, campaign_id: int, draft: CampaignDraft, scales: Sequence[CampaignScale]) -> None:
        conn = self._db.conn
        conn.executemany("INSERT INTO screening_campaign_scales (campaign_id, position, scale_id, code, digest) "
                         "VALUES (?, ?, ?, ?, ?)",
                         [(campaign_id, n, s.scale_id, s.code, s.digest) for n, s in enumerate(scales)])
        conn.executemany("INSERT INTO screening_campaign_scope (campaign_id, grade, class_name) VALUES (?, ?, ?)",
                         [(campaign_id, g, "") for g in draft.grades]
                         + [(campaign_id, c.grade, c.class_name) for c in draft.classes])
        conn.executemany("INSERT INTO screening_campaign_left_out (campaign_id, client_id, why) VALUES (?, ?, ?)",
                         [(campaign_id, c, LeftOut.EXCLUDED.value) for c in draft.excluded]
                         + [(campaign_id, c, LeftOut.OPTED_OUT.value) for c in draft.opted_out])

    def set_status(self, campaign_id: int, status: CampaignStatus, now: datetime) -> None:
        """Closing writes down the campaign's roll (:meth:`roll`) from the roster as it stands, in the same
        transaction: every way a campaign closes (the service, the demo) leaves it with one. A closed
        campaign is never opened again (``ScreeningService.open`` takes a campaign being set up)."""
        column = {CampaignStatus.OPEN: "opened_at", CampaignStatus.CLOSED: "closed_at"}[status]
        campaign = self.get_campaign(campaign_id)
        assert campaign is not None, campaign_id
        if status is CampaignStatus.CLOSED and campaign.status is not CampaignStatus.CLOSED:
            self._keep_roll(campaign_id, self.roster_scope(campaign))
        self._db.execute(f"UPDATE screening_campaigns SET status = ?, {column} = ?, updated_at = ? WHERE id = ?",
                         (status.value, to_db(now), to_db(now), campaign_id))

    def _keep_roll(self, campaign_id: int, scope: Scope) -> None:
        self._db.conn.executemany(
            "INSERT INTO screening_campaign_roll (campaign_id, client_id, grade, class_name, left_out) "
            "VALUES (?, ?, ?, ?, ?)",
            [(campaign_id, s.client_id, s.grade, s.class_name, why)
             for students, why in ((scope.students, ""), (scope.excluded, LeftOut.EXCLUDED.value),
                                   (scope.opted_out, LeftOut.OPTED_OUT.value)) for s in students])

    def get_campaign(self, campaign_id: int) -> Campaign | None:
        row = self._db.query_one(f"{_CAMPAIGN} WHERE c.id = ?", (campaign_id,))
        return None if row is None else self._campaign(row)

    def campaigns(self) -> list[Campaign]:
        """Every campaign, the newest window first."""
        return [self._campaign(r) for r in self._db.query_all(f"{_CAMPAIGN} ORDER BY c.starts_on DESC, c.id DESC")]

    def _campaign(self, row: Row) -> Campaign:
        campaign_id = row[0]
        scales = tuple(CampaignScale(r[0], r[1], r[2]) for r in self._db.query_all(
            "SELECT scale_id, code, digest FROM screening_campaign_scales WHERE campaign_id = ? ORDER BY position",
            (campaign_id,)))
        scope = self._db.query_all("SELECT grade, class_name FROM screening_campaign_scope WHERE campaign_id = ? "
                                   "ORDER BY grade, class_name", (campaign_id,))
        left = self._db.query_all("SELECT client_id, why FROM screening_campaign_left_out WHERE campaign_id = ? "
                                  "ORDER BY client_id", (campaign_id,))
        starts_on, ends_on = _day(row[2]), _day(row[3])
        assert starts_on is not None and ends_on is not None   # NOT NULL columns
        return Campaign(
            id=campaign_id, name=row[1], scales=scales,
            grades=tuple(g for g, c in scope if not c), classes=tuple(ClassRef(g, c) for g, c in scope if c),
            starts_on=starts_on, ends_on=ends_on, notice=row[4],
            excluded=tuple(c for c, why in left if why == LeftOut.EXCLUDED.value),
            opted_out=tuple(c for c, why in left if why == LeftOut.OPTED_OUT.value),
            status=CampaignStatus(row[5]), created_by=row[6], created_by_name=row[7],
            created_at=from_db_required(row[8]), opened_at=from_db(row[9]), closed_at=from_db(row[10]))

    # -- students ----------------------------------------------------------------------------------------
    def roster_scope(self, campaign: Campaign) -> Scope:
        """The campaign's students as the roster stands now."""
        return resolve_scope(campaign, self.students_of_grades({*campaign.grades, *(c.grade for c in campaign.classes)}))

    def roll(self, campaign_id: int) -> Scope:
        """The campaign's students as they were when it closed (its roll), by grade, class, student number
        and name then; nobody for a campaign not closed."""
        return scope_of_roll(
            (Student(r[0], r[1], r[2], r[3], r[4]), LeftOut(r[5]) if r[5] else None) for r in self._db.query_all(
                "SELECT k.id, k.name, k.student_no, r.grade, r.class_name, r.left_out FROM screening_campaign_roll r "
                "JOIN clients k ON k.id = r.client_id WHERE r.campaign_id = ? "
                "ORDER BY r.grade, r.class_name, k.student_no, k.name, k.id", (campaign_id,)))

    def students_of_grades(self, grades: Iterable[str]) -> list[Student]:
        """The active students of these grades, by grade, class, student number and name."""
        wanted = sorted(set(grades))
        if not wanted:
            return []
        return [_student(r) for r in self._db.query_all(
            f"{_STUDENT} WHERE client_type = 'student' AND active = 1 AND grade IN ({_marks(wanted)}) "
            "ORDER BY grade, class_name, student_no, name, id", wanted)]

    def students(self, client_ids: Iterable[int]) -> dict[int, Student]:
        wanted = sorted(set(client_ids))
        found: dict[int, Student] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            found.update((r[0], _student(r)) for r in self._db.query_all(
                f"{_STUDENT} WHERE id IN ({_marks(part)})", part))
        return found

    # -- sheets ------------------------------------------------------------------------------------------
    def add_sheets(self, campaign_id: int, sheets: Sequence[ScoredSheet], students: dict[int, Student],
                   user_id: int, now: datetime) -> None:
        """Every sheet in one executemany (the caller holds the transaction)."""
        moment = to_db(now)
        self._db.conn.executemany(
            "INSERT INTO screening_sheets (campaign_id, client_id, scale_id, grade, class_name, answers, total, "
            "subscales, band, subscale_bands, valid, invalid_hits, positive, positive_hits, alert, critical, "
            "entered_how, source_row, entered_by, entered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_sheet_params(campaign_id, s, students[s.draft.client_id], user_id, moment) for s in sheets])

    def delete_sheet(self, sheet_id: int) -> None:
        self._db.execute("DELETE FROM screening_sheets WHERE id = ?", (sheet_id,))

    def sheet_of(self, campaign_id: int, client_id: int, scale_code: str) -> Sheet | None:
        row = self._db.query_one(f"{_SHEET} WHERE s.campaign_id = ? AND s.client_id = ? AND k.code = ?",
                                 (campaign_id, client_id, scale_code))
        return None if row is None else _sheet(row)

    def screened_keys(self, campaign_id: int) -> frozenset[tuple[int, str]]:
        """(client id, scale code) of every sheet of the campaign."""
        return frozenset((r[0], r[1]) for r in self._db.query_all(
            "SELECT s.client_id, k.code FROM screening_sheets s JOIN scales k ON k.id = s.scale_id "
            "WHERE s.campaign_id = ?", (campaign_id,)))

    def sheets(self, campaign_id: int, client_id: int | None = None) -> list[Sheet]:
        if client_id is None:
            rows = self._db.query_all(f"{_SHEET} WHERE s.campaign_id = ? ORDER BY s.id", (campaign_id,))
        else:
            rows = self._db.query_all(f"{_SHEET} WHERE s.campaign_id = ? AND s.client_id = ? ORDER BY s.id",
                                      (campaign_id, client_id))
        return [_sheet(r) for r in rows]

    def sheets_to_interview(self, campaign_id: int) -> list[Sheet]:
        """Positive or alerting sheets, alerting students first, then by grade, class and id."""
        return [_sheet(r) for r in self._db.query_all(
            f"{_SHEET} WHERE s.campaign_id = ? AND (s.positive = 1 OR s.alert = 1) "
            "ORDER BY s.alert DESC, s.grade, s.class_name, s.client_id, s.id", (campaign_id,))]

    def sheet_count(self, campaign_id: int) -> int:
        return int(self._db.query_value("SELECT count(*) FROM screening_sheets WHERE campaign_id = ?",
                                        (campaign_id,)))

    def history(self, client_id: int) -> list[HistoryEntry]:
        """Every sheet of the student, newest campaign first, with the campaign's interview of them."""
        rows = self._db.query_all(
            f"{_SHEET.replace('SELECT ', 'SELECT c.name, c.starts_on, ', 1)} "
            "JOIN screening_campaigns c ON c.id = s.campaign_id "
            "WHERE s.client_id = ? ORDER BY c.starts_on DESC, c.id DESC, s.id", (client_id,))
        interviews = {i.campaign_id: i for i in self.interviews_of_client(client_id)}
        entries = []
        for row in rows:
            sheet = _sheet(row[2:])
            starts_on = _day(row[1])
            assert starts_on is not None
            entries.append(HistoryEntry(sheet.campaign_id, row[0], starts_on, sheet, interviews.get(sheet.campaign_id)))
        return entries

    # -- interviews --------------------------------------------------------------------------------------
    def add_interview(self, campaign_id: int, client_id: int, invited_on: date, user_id: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO screening_interviews (campaign_id, client_id, invited_on, invited_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (campaign_id, client_id, invited_on.isoformat(), user_id, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def save_interview(self, interview: Interview, now: datetime) -> None:
        self._db.execute(
            "UPDATE screening_interviews SET interviewed_on = ?, interviewed_by = ?, note = ?, outcome = ?, "
            "case_id = ?, register_entry_id = ?, outcome_by = ?, outcome_at = ?, updated_at = ? WHERE id = ?",
            (None if interview.interviewed_on is None else interview.interviewed_on.isoformat(),
             interview.interviewed_by, interview.note, None if interview.outcome is None else interview.outcome.value,
             interview.case_id, interview.register_entry_id, interview.outcome_by, to_db(interview.outcome_at),
             to_db(now), interview.id))

    def get_interview(self, interview_id: int) -> Interview | None:
        row = self._db.query_one(f"{_INTERVIEW} WHERE id = ?", (interview_id,))
        return None if row is None else _interview(row)

    def interview_of(self, campaign_id: int, client_id: int) -> Interview | None:
        row = self._db.query_one(f"{_INTERVIEW} WHERE campaign_id = ? AND client_id = ?", (campaign_id, client_id))
        return None if row is None else _interview(row)

    def interviews(self, campaign_id: int) -> dict[int, Interview]:
        """The campaign's interviews by client id."""
        return {r[2]: _interview(r) for r in self._db.query_all(f"{_INTERVIEW} WHERE campaign_id = ?",
                                                               (campaign_id,))}

    def interviews_of_client(self, client_id: int) -> list[Interview]:
        return [_interview(r) for r in self._db.query_all(f"{_INTERVIEW} WHERE client_id = ? ORDER BY id",
                                                          (client_id,))]

    # -- summaries (GROUP BY only) -----------------------------------------------------------------------
    def sheet_counts(self, campaign_id: int) -> list[tuple[str, str, str, str, int]]:
        """(grade, class, scale code, SheetState value, students) of the campaign's sheets, by the grade and
        class each student was in when screened."""
        return [(r[0], r[1], r[2], r[3], int(r[4])) for r in self._db.query_all(
            "SELECT s.grade, s.class_name, k.code, "
            "CASE WHEN s.valid = 0 THEN 'invalid' WHEN s.positive = 1 THEN 'positive' ELSE 'negative' END, "
            "count(*) FROM screening_sheets s JOIN scales k ON k.id = s.scale_id WHERE s.campaign_id = ? "
            "GROUP BY 1, 2, 3, 4", (campaign_id,))]

    def follow_up_counts(self, campaign_id: int) -> list[tuple[str, str, str, int]]:
        """(grade, class, FollowUpState value, students) of the students to interview (a positive or
        alerting sheet on any scale), each once."""
        states = {s: s.value for s in FollowUpState}
        return [(r[0], r[1], r[2], int(r[3])) for r in self._db.query_all(
            "SELECT p.grade, p.class_name, "
            f"CASE WHEN i.id IS NULL THEN '{states[FollowUpState.NOT_INVITED]}' "
            "WHEN i.outcome IS NOT NULL THEN i.outcome "
            f"WHEN i.interviewed_on IS NOT NULL THEN '{states[FollowUpState.INTERVIEWED]}' "
            f"ELSE '{states[FollowUpState.INVITED]}' END, count(*) "
            "FROM (SELECT client_id, min(grade) AS grade, min(class_name) AS class_name FROM screening_sheets "
            "      WHERE campaign_id = ? AND (positive = 1 OR alert = 1) GROUP BY client_id) p "
            "LEFT JOIN screening_interviews i ON i.campaign_id = ? AND i.client_id = p.client_id "
            "GROUP BY 1, 2, 3", (campaign_id, campaign_id))]


def _sheet_params(campaign_id: int, sheet: ScoredSheet, student: Student, user_id: int,
                  moment: str) -> tuple[Any, ...]:
    result = sheet.result
    return (campaign_id, sheet.draft.client_id, sheet.scale.scale_id, student.grade, student.class_name,
            json.dumps(dict(sheet.answers), ensure_ascii=False), result.total,
            json.dumps(dict(result.subscales)), result.band.id if result.band else "",
            json.dumps({k: (b.id if b else "") for k, b in result.subscale_bands.items()}),
            int(result.valid), _hits_json(result.invalid_hits), int(result.positive), _hits_json(result.positive_hits),
            int(result.needs_crisis), _critical_json(result.critical), sheet.draft.entered_how.value,
            sheet.draft.source_row, user_id, moment)
