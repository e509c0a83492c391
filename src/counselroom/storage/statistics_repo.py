"""The statistics' counts (issue 16 §1): aggregate queries only, each over one period.

Every method takes the period's first and last day (wall-clock dates, both included) and whose work
is counted: ``counsellor_id`` None for the whole room. Nothing here reads a record into Python one
by one: each query groups in SQL and returns a handful of rows, so a term of a big school's room
(~75,000 signed visits) is read in a few index range scans.

**Reading only the indexes.** A visit, test or case row carries its texts (notes, answers, plans),
so reading the rows themselves of a term costs hundreds of milliseconds of decrypting pages. The
indexes of migration 17 hold what the counts group by, in the order the period selects by
(``visits_statistics``, ``tests_statistics``, ``cases_opened``, ``cases_closed``), and the two
keyed by ``id`` (``cases_by_id``, ``clients_by_id``) give a case's category and its client's type,
grade and sex without the row: SQLite looks a rowid up in the table itself unless told otherwise,
hence their ``INDEXED BY``. Migration 24 does the same for the screening sheets (whose rows hold
every answer) and interviews. The databases carry no ``ANALYZE`` statistics, so with an equality on
``status`` the planner prefers the two-column ``visits_status`` / ``tests_status`` index (every
signed record of every year, each row read) over the date range; ``+status`` keeps it to the range.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from counselroom.storage.database import Database
from counselroom.storage.duty_repo import wall_text
from counselroom.storage.timestamps import to_db

Row = tuple[Any, ...]


def _day(value: date) -> str:
    return value.isoformat()


def _who(column: str, counsellor_id: int | None) -> tuple[str, tuple[int, ...]]:
    """The clause (and its parameter) that keeps one person's work, or nothing for the whole room."""
    if counsellor_id is None:
        return "", ()
    return f" AND {column} = ?", (counsellor_id,)


# The period's signed visits, read from the covering index alone.
_SIGNED_VISITS = ("FROM visits v INDEXED BY visits_statistics "
                  "WHERE v.visit_date BETWEEN ? AND ? AND +v.status = 'signed'")


class StatisticsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- visits --------------------------------------------------------------------------------------
    def visits_by_kind_and_month(self, first: date, last: date, counsellor_id: int | None) -> list[tuple[str, str, int]]:
        """(kind, "YYYY-MM", signed visits) for each kind and month with any."""
        who, args = _who("v.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            f"SELECT v.kind, substr(v.visit_date, 1, 7), count(*) {_SIGNED_VISITS}{who} GROUP BY 1, 2",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def visit_profile(self, first: date, last: date,
                      counsellor_id: int | None) -> list[tuple[str, str, str, str, int, int]]:
        """(client type, grade, sex, case category, signed visits, first visits) for each combination
        with any: who the records are about. The visits are grouped by case first, so each case's
        category and client are looked up once, not once per visit.

        A first visit is the signed visit with the lowest session number of its case, if no record of
        the case (even a draft still unsigned) has a lower one: the case's first session."""
        who, args = _who("v.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            "WITH per_case AS MATERIALIZED ("
            f"  SELECT v.case_id, count(*) AS visits, min(v.session_no) AS lowest {_SIGNED_VISITS}{who}"
            "   GROUP BY v.case_id) "
            "SELECT cl.client_type, cl.grade, cl.gender, cs.category, sum(p.visits), "
            "       sum(p.lowest = (SELECT min(e.session_no) FROM visits e INDEXED BY visits_case "
            "                       WHERE e.case_id = p.case_id)) "
            "FROM per_case p "
            "JOIN cases cs INDEXED BY cases_by_id ON cs.id = p.case_id "
            "JOIN clients cl INDEXED BY clients_by_id ON cl.id = cs.client_id "
            "GROUP BY 1, 2, 3, 4",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def clients_seen(self, first: date, last: date, counsellor_id: int | None) -> int:
        """Different clients at a signed visit: each case's client, and everyone at a group session."""
        who, args = _who("v.counsellor_id", counsellor_id)
        return int(self._db.query_value(
            "WITH seen AS MATERIALIZED ("
            f"  SELECT v.id, v.case_id, v.kind {_SIGNED_VISITS}{who}) "
            "SELECT count(*) FROM ("
            "  SELECT cs.client_id FROM (SELECT DISTINCT case_id FROM seen) s "
            "  JOIN cases cs INDEXED BY cases_by_id ON cs.id = s.case_id "
            "  UNION "
            "  SELECT p.client_id FROM seen s JOIN visit_participants p ON p.visit_id = s.id "
            "  WHERE s.kind = 'group')",
            (_day(first), _day(last), *args)))

    def group_attendance(self, first: date, last: date, counsellor_id: int | None) -> int:
        """People at the signed group sessions: each session's client and its other participants."""
        who, args = _who("v.counsellor_id", counsellor_id)
        return int(self._db.query_value(
            "SELECT coalesce(sum(1 + (SELECT count(*) FROM visit_participants p WHERE p.visit_id = v.id)), 0) "
            f"{_SIGNED_VISITS} AND v.kind = 'group'{who}",
            (_day(first), _day(last), *args)))

    def unsigned_drafts(self, first: date, last: date, counsellor_id: int | None) -> int:
        """Visit drafts dated in the period (a draft without a date yet is not in any period)."""
        who, args = _who("v.counsellor_id", counsellor_id)
        return int(self._db.query_value(
            "SELECT count(*) FROM visits v INDEXED BY visits_statistics "
            f"WHERE v.visit_date BETWEEN ? AND ? AND v.status = 'draft'{who}",
            (_day(first), _day(last), *args)))

    def appointments_by_status(self, first: date, last: date, counsellor_id: int | None) -> list[tuple[str, int]]:
        """(status, appointments) of the appointments that start in the period."""
        who, args = _who("a.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            f"SELECT a.status, count(*) FROM appointments a WHERE a.starts_at >= ? AND a.starts_at < ?{who} "
            "GROUP BY 1", (_day(first), _day(last + timedelta(days=1)), *args))
        return [(r[0], r[1]) for r in rows]

    # -- cases -----------------------------------------------------------------------------------------
    def cases_opened(self, first: date, last: date, counsellor_id: int | None) -> list[tuple[str, int, int]]:
        """(category, cases opened, of them clients' first cases) by category."""
        who, args = _who("c.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            "SELECT c.category, count(*), sum(c.number = 1) FROM cases c INDEXED BY cases_opened "
            f"WHERE c.opened_on BETWEEN ? AND ?{who} GROUP BY 1",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def cases_closed(self, first: date, last: date,
                     counsellor_id: int | None) -> list[tuple[str | None, int | None, int]]:
        """(outcome, satisfaction 1–5 or None, cases) of the cases closed in the period."""
        who, args = _who("c.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            "SELECT c.outcome, c.satisfaction, count(*) FROM cases c INDEXED BY cases_closed "
            f"WHERE c.closed_on BETWEEN ? AND ?{who} GROUP BY 1, 2",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    # -- crises (opened and closed at moments, UTC) -----------------------------------------------------
    def crises_by_level(self, since: datetime, before: datetime,
                        counsellor_id: int | None) -> list[tuple[str, int, int]]:
        """(risk, opened from ``since`` until ``before``, closed then) by risk level; a crisis's
        counsellor is its case's."""
        who, args = _who("cs.counsellor_id", counsellor_id)
        low, high = to_db(since), to_db(before)
        rows = self._db.query_all(
            "SELECT k.risk, sum(k.opened_at >= ? AND k.opened_at < ?), "
            "       sum(k.closed_at IS NOT NULL AND k.closed_at >= ? AND k.closed_at < ?) "
            "FROM crises k JOIN cases cs INDEXED BY cases_by_id ON cs.id = k.case_id "
            f"WHERE ((k.opened_at >= ? AND k.opened_at < ?) OR (k.closed_at >= ? AND k.closed_at < ?)){who} "
            "GROUP BY 1", (low, high, low, high, low, high, low, high, *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def median_days_to_close(self, since: datetime, before: datetime, counsellor_id: int | None) -> float | None:
        """The median of (closed − opened) in days over the crises closed from ``since`` until
        ``before``; None if none was."""
        who, args = _who("cs.counsellor_id", counsellor_id)
        value = self._db.query_value(
            "WITH spans AS MATERIALIZED ("
            "  SELECT julianday(k.closed_at) - julianday(k.opened_at) AS days "
            "  FROM crises k JOIN cases cs INDEXED BY cases_by_id ON cs.id = k.case_id "
            f"  WHERE k.closed_at >= ? AND k.closed_at < ?{who}) "
            "SELECT avg(days) FROM (SELECT days FROM spans ORDER BY days "
            "  LIMIT 2 - (SELECT count(*) FROM spans) % 2 OFFSET (SELECT (count(*) - 1) / 2 FROM spans))",
            (to_db(since), to_db(before), *args))
        return None if value is None else float(value)

    def overdue_steps(self, since: datetime, before: datetime, due_before: datetime,
                      counsellor_id: int | None) -> list[tuple[str, int]]:
        """(step, crises) of the required steps still pending in the open crises opened from ``since``
        until ``before``: a step is due the day its crisis opens (the follow-ups list's rule), so one
        still pending of a crisis opened before ``due_before`` (the start of today) is overdue."""
        who, args = _who("cs.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            "SELECT s.step, count(*) FROM crises k "
            "JOIN crisis_steps s ON s.crisis_id = k.id "
            "JOIN cases cs INDEXED BY cases_by_id ON cs.id = k.case_id "
            "WHERE k.status = 'open' AND k.opened_at >= ? AND k.opened_at < ? AND k.opened_at < ? "
            f"AND s.state = 'pending'{who} GROUP BY 1",
            (to_db(since), to_db(before), to_db(due_before), *args))
        return [(r[0], r[1]) for r in rows]

    # -- referrals -------------------------------------------------------------------------------------
    def referrals_by_destination(self, first: date, last: date,
                                 counsellor_id: int | None) -> list[tuple[str, str, int]]:
        """(destination kind, status, referrals made in the period); a referral's counsellor is its case's."""
        who, args = _who("cs.counsellor_id", counsellor_id)
        rows = self._db.query_all(
            # +r.case_id: the period's referrals first, each one's case by its id (not every case
            # searched for its referrals).
            "SELECT r.destination_kind, r.status, count(*) FROM referrals r "
            "JOIN cases cs INDEXED BY cases_by_id ON cs.id = +r.case_id "
            f"WHERE r.referred_on BETWEEN ? AND ?{who} GROUP BY 1, 2",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    # -- the attention register ---------------------------------------------------------------------------
    def register_open(self, before: datetime, counsellor_id: int | None) -> list[tuple[str, str, int]]:
        """(level then, source, students) on the register just before ``before``: entered earlier and
        not yet taken off, each at the level of its last change before then; a student's counsellor is
        the one responsible."""
        who, args = _who("e.responsible_id", counsellor_id)
        moment = to_db(before)
        rows = self._db.query_all(
            "SELECT (SELECT g.level FROM register_changes g WHERE g.entry_id = e.id AND g.at < ? "
            "        ORDER BY g.id DESC LIMIT 1), e.source, count(*) FROM register_entries e "
            f"WHERE e.entered_at < ? AND (e.exited_at IS NULL OR e.exited_at >= ?){who} GROUP BY 1, 2",
            (moment, moment, moment, *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def register_added(self, since: datetime, before: datetime,
                       counsellor_id: int | None) -> list[tuple[str, str, int]]:
        """(level when entered, source, entries) entered in [since, before)."""
        who, args = _who("e.responsible_id", counsellor_id)
        rows = self._db.query_all(
            "SELECT g.level, e.source, count(*) FROM register_entries e "
            "JOIN register_changes g ON g.entry_id = e.id AND g.kind = 'entered' "
            f"WHERE e.entered_at >= ? AND e.entered_at < ?{who} GROUP BY 1, 2",
            (to_db(since), to_db(before), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def feedback_overdue(self, first: date, last: date, today: date, counsellor_id: int | None) -> int:
        """Referrals made in the period still awaiting feedback after their follow-up day."""
        who, args = _who("cs.counsellor_id", counsellor_id)
        return int(self._db.query_value(
            "SELECT count(*) FROM referrals r JOIN cases cs INDEXED BY cases_by_id ON cs.id = r.case_id "
            f"WHERE r.referred_on BETWEEN ? AND ? AND r.status = 'sent' AND r.follow_up_on < ?{who}",
            (_day(first), _day(last), _day(today), *args)))

    # -- screening (sheets entered at moments, UTC; interviews held on days) -----------------------------
    def screened_students(self, since: datetime, before: datetime,
                          counsellor_id: int | None) -> list[tuple[str, int, int]]:
        """(grade, students, of them to interview) of the students with a sheet entered from ``since``
        until ``before`` (by ``counsellor_id``): each student once, however many scales and campaigns,
        to interview if any of those sheets is positive or alerts. A student screened in two grades
        in the period (moved up between two campaigns) counts in the first grade by its text, as
        the campaign summary's follow-up counts do (``screening_repo.follow_up_counts``)."""
        who, args = _who("s.entered_by", counsellor_id)
        rows = self._db.query_all(
            "SELECT grade, count(*), sum(flagged) FROM ("
            "  SELECT s.client_id, min(s.grade) AS grade, max(s.positive OR s.alert) AS flagged "
            "  FROM screening_sheets s INDEXED BY screening_sheets_statistics "
            f"  WHERE s.entered_at >= ? AND s.entered_at < ?{who} GROUP BY s.client_id) "
            "GROUP BY 1", (to_db(since), to_db(before), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    def screening_sheets(self, since: datetime, before: datetime,
                         counsellor_id: int | None) -> list[tuple[str, bool, int]]:
        """(grade, valid, sheets) of the sheets entered from ``since`` until ``before``, by the grade
        the student was in when screened."""
        who, args = _who("s.entered_by", counsellor_id)
        rows = self._db.query_all(
            "SELECT s.grade, s.valid, count(*) FROM screening_sheets s INDEXED BY screening_sheets_statistics "
            f"WHERE s.entered_at >= ? AND s.entered_at < ?{who} GROUP BY 1, 2",
            (to_db(since), to_db(before), *args))
        return [(r[0], bool(r[1]), r[2]) for r in rows]

    def screening_interviews(self, first: date, last: date,
                             counsellor_id: int | None) -> list[tuple[str | None, int]]:
        """(outcome or None while there is none, interviews) of the interviews held in the period, by
        whoever held them."""
        who, args = _who("i.interviewed_by", counsellor_id)
        rows = self._db.query_all(
            "SELECT i.outcome, count(*) FROM screening_interviews i INDEXED BY screening_interviews_statistics "
            f"WHERE i.interviewed_on BETWEEN ? AND ?{who} GROUP BY 1",
            (_day(first), _day(last), *args))
        return [(r[0], r[1]) for r in rows]

    # -- tests -----------------------------------------------------------------------------------------
    def tests_by_scale_and_band(self, first: date, last: date,
                                counsellor_id: int | None) -> list[tuple[int, str, int]]:
        """(scale id, band id, signed tests) of the tests given in the period, by whoever gave them."""
        who, args = _who("t.administered_by", counsellor_id)
        rows = self._db.query_all(
            "SELECT t.scale_id, t.band, count(*) FROM test_administrations t INDEXED BY tests_statistics "
            f"WHERE t.administered_on BETWEEN ? AND ? AND +t.status = 'signed'{who} GROUP BY 1, 2",
            (_day(first), _day(last), *args))
        return [(r[0], r[1], r[2]) for r in rows]

    # -- duty ------------------------------------------------------------------------------------------
    def duty_days(self, first: date, last: date, user_id: int | None, now: datetime) -> list[tuple[date, int]]:
        """(day, minutes open) for each day from ``first`` to ``last`` with a duty shift (withdrawn ones
        left out): the union of that day's shifts (two people at once count once) or, with
        ``user_id``, of that person's. A finished shift counts whole; today's open shift up to ``now``
        (the room's wall clock); one left open on an earlier day counts nothing until it is ended, but
        its day still has a shift. The same rule as ``domain.duty.week_of``, in SQL: shifts sorted by
        start within each day, a shift starting after everything before it has ended opens a new
        stretch, and each stretch lasts from its first start to its last end."""
        who, args = _who("d.user_id", user_id)
        today, moment = now.date().isoformat(), wall_text(now)
        rows = self._db.query_all(
            "WITH shifts AS ("
            "  SELECT substr(d.started_at, 1, 10) AS day, d.started_at AS a, "
            "         coalesce(d.ended_at, CASE WHEN substr(d.started_at, 1, 10) = ? AND d.started_at < ? "
            "                                   THEN ? END) AS b "
            "  FROM duty_shifts d "
            f"  WHERE d.started_at >= ? AND d.started_at < ? AND d.withdrawn_at IS NULL{who}), "
            "counted AS ("
            "  SELECT day, a, b, max(b) OVER (PARTITION BY day ORDER BY a, b "
            "                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach "
            "  FROM shifts WHERE b IS NOT NULL AND b > a), "
            "stretches AS ("
            "  SELECT day, a, b, sum(reach IS NULL OR a > reach) OVER (PARTITION BY day ORDER BY a, b "
            "                                                          ROWS UNBOUNDED PRECEDING) AS stretch "
            "  FROM counted), "
            "seconds AS ("
            "  SELECT day, sum(span) AS total FROM ("
            "    SELECT day, unixepoch(max(b)) - unixepoch(min(a)) AS span FROM stretches GROUP BY day, stretch) "
            "  GROUP BY day) "
            "SELECT s.day, coalesce(max(x.total), 0) / 60 FROM shifts s LEFT JOIN seconds x ON x.day = s.day "
            "GROUP BY s.day ORDER BY s.day",
            (today, moment, moment, wall_text(datetime.combine(first, time())),
             wall_text(datetime.combine(last + timedelta(days=1), time())), *args))
        return [(date.fromisoformat(r[0]), int(r[1])) for r in rows]
