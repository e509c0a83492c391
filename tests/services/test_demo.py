import hashlib
import io
import json
import shutil
import sys
from datetime import date, datetime, timedelta

import pytest

from rooms import ROOM, SUPERVISOR, SUPERVISOR_PW
from counselroom.cli import main
from counselroom.domain.activities import ActivityKind
from counselroom.domain.clients import ClientQuery
from counselroom.domain.closing import CheckId
from counselroom.domain.errors import PermissionDenied
from counselroom.domain.periods import term_period, year_period
from counselroom.domain.visits import RiskLevel
from counselroom.services.activities import ActivityService
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.clients import ClientService
from counselroom.services.closing import ClosingService
from counselroom.services.crisis import CrisisService
from counselroom.services.demo import generate
from counselroom.services.duty import DutyService
from counselroom.services.follow_ups import FollowUpService
from counselroom.services.installation import Installation
from counselroom.services.materials import MaterialService
from counselroom.services.setup import initialize

# A Wednesday afternoon: the room's "today" is under way (a duty shift not over yet, bookings to come).
NOW = datetime(2026, 11, 18, 15, 30).astimezone()
TABLES = ("clients", "cases", "visits", "visit_participants", "appointments", "crises", "crisis_steps", "referrals",
          "consents", "test_administrations", "materials", "material_movements", "duty_shifts", "closings", "activities", "activity_presenters",
          "activity_attachments", "screening_campaigns", "screening_sheets", "screening_interviews", "register_entries",
          "register_changes", "contacts", "audit")


def names(session):
    return [c.name for c in ClientService(session).search(ClientQuery(limit=10_000, sort="case_no"))]


def fingerprint(session) -> dict[str, str]:
    """Every generated row, table by table (ids, dates, texts, seals and the audit chain's MACs)."""
    found = {}
    for table in TABLES:
        order = "activity_id, user_id" if table == "activity_presenters" else "rowid"     # WITHOUT ROWID
        rows = session.db.query_all(f"SELECT * FROM {table} ORDER BY {order}")
        found[table] = hashlib.sha256(json.dumps(rows, ensure_ascii=False, default=str).encode()).hexdigest()
    return found


def rows(session, sql, *params):
    return session.db.query_all(sql, params)


def one(session, sql, *params):
    return session.db.query_one(sql, params)[0]


def test_a_room_after_two_years_of_use(staff, _staff_template, memory_keyring, tmp_path):
    sup = login(staff.room.inst, SUPERVISOR, SUPERVISOR_PW, clock=lambda: NOW)
    before = one(sup, "SELECT max(seq) FROM audit")
    result = generate(sup, clients=60, seed=7, years=2)
    today, first = NOW.date(), NOW.date() - timedelta(days=730)
    assert result.clients == 60 and result.cases >= 60 and result.visits > 300
    assert AuditService(sup).find_problems() == []      # pages, chain, anchor, every seal, key slots

    # Cases: most closed with what closing records, the open ones recent.
    closed = rows(sup, "SELECT opened_on, closed_on, closing_summary, outcome FROM cases WHERE status = 'closed'")
    still_open = rows(sup, "SELECT c.id, max(c.opened_on, coalesce(max(v.visit_date), '')) FROM cases c "
                           "LEFT JOIN visits v ON v.case_id = c.id WHERE c.status = 'open' GROUP BY c.id")
    assert len(closed) > 0.8 * result.cases and still_open
    assert all(summary and outcome and first.isoformat() <= opened <= closed_on < today.isoformat()
               for opened, closed_on, summary, outcome in closed)
    assert all(last >= (today - timedelta(days=60)).isoformat() for _, last in still_open)
    assert one(sup, "SELECT count(*) FROM cases c JOIN crises k ON k.case_id = c.id "
                    "WHERE c.status = 'closed' AND k.status = 'open'") == 0

    # Crises: opened by a medium or high risk (a signed visit or a test, or a 班主任's call), closed ones with
    # every step done.
    crises = rows(sup, "SELECT k.id, k.status, k.opened_at, k.closed_at, v.risk, t.band, t.critical, k.source "
                       "FROM crises k LEFT JOIN visits v ON v.id = k.visit_id "
                       "LEFT JOIN test_administrations t ON t.id = k.test_id")
    assert {status for _, status, *_ in crises} == {"open", "closed"}
    for _, status, opened_at, closed_at, risk, band, critical, source in crises:
        assert risk in (RiskLevel.MEDIUM.value, RiskLevel.HIGH.value) or critical or band in ("severe",) or source
        if status == "closed":
            assert closed_at > opened_at
        else:
            assert opened_at >= (NOW - timedelta(days=60)).isoformat()
    assert one(sup, "SELECT count(*) FROM crisis_steps s JOIN crises k ON k.id = s.crisis_id "
                    "WHERE k.status = 'closed' AND s.state = 'pending'") == 0
    assert CrisisService(sup).open_crises()

    # Appointments: attended (with their visit), missed, cancelled, and some still to come.
    statuses = dict(rows(sup, "SELECT status, count(*) FROM appointments GROUP BY status"))
    assert set(statuses) == {"attended", "no_show", "cancelled", "booked"}
    wall = NOW.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M")
    assert one(sup, "SELECT count(*) FROM appointments WHERE status = 'booked' AND starts_at < ?", wall) == 0
    assert one(sup, "SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id "
                    "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                    "WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'") == 0
    assert one(sup, "SELECT count(*) FROM visits v JOIN appointments a ON a.id = v.appointment_id "
                    "WHERE a.status <> 'attended'") == 0
    assert one(sup, "SELECT count(*) FROM visits WHERE appointment_id IS NOT NULL") > 0

    # Tests: answered, scored into bands, signed.
    bands = dict(rows(sup, "SELECT band, count(*) FROM test_administrations WHERE status = 'signed' GROUP BY band"))
    assert len(bands) >= 3 and "" not in bands
    assert one(sup, "SELECT count(*) FROM test_administrations WHERE status = 'draft'") == 0

    # Duty on opening days (afternoons; none left running), a closing for nearly every one of them.
    shifts = rows(sup, "SELECT started_at, ended_at FROM duty_shifts")
    assert shifts and all(end is not None for _, end in shifts)
    assert all(date.fromisoformat(start[:10]).weekday() < 5 for start, _ in shifts)
    weekdays = sum((first + timedelta(days=n)).weekday() < 5 for n in range((today - first).days))
    closings = rows(sup, "SELECT day, checks FROM closings")
    assert 0.95 * weekdays <= len(closings) < weekdays
    assert all(date.fromisoformat(day).weekday() < 5 and day < today.isoformat() for day, _ in closings)
    assert all({c["id"] for c in json.loads(checks)} == {c.value for c in CheckId} for _, checks in closings)
    yesterday = ClosingService(sup).last_status()
    assert yesterday is not None and yesterday.open_day
    minutes, minimum = DutyService(sup).week_hours(today - timedelta(days=7))
    assert minutes >= minimum

    # Materials handed out for sessions and all back; referrals and consents.
    assert one(sup, "SELECT count(*) FROM material_movements WHERE kind = 'handed_out'") > 0
    assert MaterialService(sup).outstanding() == [] and MaterialService(sup).discrepancies() == []
    assert one(sup, "SELECT count(*) FROM referrals") > 0
    assert one(sup, "SELECT count(*) FROM consents") > result.cases
    FollowUpService(sup).due()

    # Activities: in term time only; each class a lesson about every two weeks, a few talks and groups a
    # term, the 心理委员 training, a school year's teacher training and parents' talks, the 5·25 campaign.
    held = rows(sup, "SELECT held_on, kind, attendance FROM activities")
    assert held and all(date.fromisoformat(d).weekday() < 5 for d, *_ in held)
    assert not any(d[5:7] == "08" or "01-16" <= d[5:] <= "02-15" or "07-09" <= d[5:] <= "07-31" or "10-01" <= d[5:] <= "10-07"
                   for d, *_ in held)
    assert all(36 <= n <= 50 for _, kind, n in held if kind == ActivityKind.LESSON.value)
    activities = ActivityService(sup)
    for term in (term_period(2024, 2), term_period(2025, 1), term_period(2025, 2)):
        kinds = {t.kind: t for t in activities.totals_by_kind(term.first, term.last)}
        classes = activities.class_lessons(term.first, term.last)
        assert len(classes) >= 48 and all(5 <= c.lessons <= 10 for c in classes), term.code
        assert 2 <= kinds[ActivityKind.LECTURE].activities <= 4 and 3 <= kinds[ActivityKind.GROUP].activities <= 5
        assert 1 <= kinds[ActivityKind.PEER_TRAINING].activities <= 2 and ActivityKind.CAMPAIGN in kinds
    year = year_period(2025)
    school_year = {t.kind: t for t in activities.totals_by_kind(year.first, year.last)}
    assert school_year[ActivityKind.TEACHER_TRAINING].lessons >= 10
    assert 1 <= school_year[ActivityKind.PARENTS].activities <= 2
    for year in (2025, 2026):
        assert one(sup, "SELECT count(*) FROM activities WHERE kind = 'campaign' AND held_on BETWEEN ? AND ?",
                   f"{year}-05-18", f"{year}-06-01") == 1
    clinicians = {r[0] for r in rows(sup, "SELECT id FROM users WHERE role <> 'assistant'")}
    assert {r[0] for r in rows(sup, "SELECT DISTINCT user_id FROM activity_presenters")} <= clinicians
    assert one(sup, "SELECT count(*) FROM activities WHERE outside_presenter <> ''") > 0
    files = rows(sup, "SELECT mime, size FROM activity_attachments")
    assert files and all(mime == "image/png" and size < 500 for mime, size in files)

    care_work_is_consistent(sup, today)

    # Audit rows as the services write them, in the order things happened.
    actions = dict(rows(sup, "SELECT action, count(*) FROM audit GROUP BY action"))
    assert actions["visit.signed"] == result.visits and actions["case.closed"] == len(closed)
    assert actions["activity.recorded"] == len(held) == result.activities
    assert actions["activity.file_added"] == len(files)
    for action in ("client.created", "case.opened", "visit.created", "appointment.booked", "appointment.status",
                   "crisis.opened", "crisis.step", "crisis.closed", "test.signed", "duty.started", "duty.ended",
                   "closing.signed", "material.handed_out", "material.returned", "referral.created", "login", "logout"):
        assert actions.get(action), action
    made_ts = [r[0] for r in rows(sup, "SELECT ts FROM audit WHERE seq > ? AND action NOT IN ('scale.installed', "
                                       "'demo.data') ORDER BY seq", before)]
    assert len(made_ts) == result.audit - 1 and made_ts == sorted(made_ts)
    made = fingerprint(sup)
    sup.logout()

    # The same seed in the same room on the same day: the same data, row for row.
    template, _ = _staff_template
    again = Installation(tmp_path / "again")
    shutil.copytree(template.inst.data_dir, again.data_dir)
    memory_keyring.entries.clear()
    memory_keyring.entries.update(template.backend.entries)
    other = login(again, SUPERVISOR, SUPERVISOR_PW, clock=lambda: NOW)
    generate(other, clients=60, seed=7, years=2)
    assert fingerprint(other) == made
    other.logout()


def care_work_is_consistent(sup, today: date) -> None:
    """Screening campaigns, the register, contacts and crises opened by hand, each as its service leaves it."""
    # A campaign each October for 初一 and 高一 with the room's screening versions of PHQ-9 and GAD-7; every
    # campaign's sheets imported in one go on a day of its window.
    campaigns = rows(sup, "SELECT id, starts_on, ends_on, status FROM screening_campaigns ORDER BY id")
    assert [c[1] for c in campaigns] == ["2025-10-09", "2026-10-09"]
    assert all(status == "closed" and ends < today.isoformat() for _, _, ends, status in campaigns)
    assert {r for r, in rows(sup, "SELECT DISTINCT code FROM screening_campaign_scales")} == {"phq9_screen", "gad7_screen"}
    assert {r for r, in rows(sup, "SELECT DISTINCT grade FROM screening_sheets")} <= {"初一", "高一"}
    for campaign_id, starts, ends, _ in campaigns:
        days = rows(sup, "SELECT DISTINCT substr(entered_at, 1, 10), entered_how FROM screening_sheets "
                         "WHERE campaign_id = ?", campaign_id)
        assert len(days) == 1 and starts <= days[0][0] <= ends and days[0][1] == "import"
    left_out = rows(sup, "SELECT l.why FROM screening_campaign_left_out l JOIN screening_sheets s "
                         "ON s.campaign_id = l.campaign_id AND s.client_id = l.client_id")
    assert left_out == []
    # Every student to interview invited within a week, and every interview has its outcome: a case of the
    # student, or their register entry from this interview.
    to_interview = {tuple(r) for r in rows(sup, "SELECT DISTINCT campaign_id, client_id FROM screening_sheets "
                                               "WHERE positive = 1 OR alert = 1")}
    interviews = rows(sup, "SELECT i.id, i.campaign_id, i.client_id, i.invited_on, i.interviewed_on, i.outcome, "
                           "i.case_id, i.register_entry_id, min(s.entered_at) FROM screening_interviews i "
                           "JOIN screening_sheets s ON s.campaign_id = i.campaign_id GROUP BY i.id")
    assert to_interview and {(c, k) for _, c, k, *_ in interviews} == to_interview
    for id_, _, client, invited, held, outcome, case, entry, imported in interviews:
        assert (date.fromisoformat(invited) - date.fromisoformat(imported[:10])).days <= 7 and invited <= held
        assert outcome in ("no_concern", "case", "register")
        assert (case is not None) == (outcome == "case") and (entry is not None) == (outcome == "register")
        if case is not None:
            assert one(sup, "SELECT client_id FROM cases WHERE id = ?", case) == client
        if entry is not None:
            assert rows(sup, "SELECT client_id, source, source_ref FROM register_entries WHERE id = ?", entry) == [
                (client, "screening", f"screening_interview:{id_}")]

    # The register: every entry's history chained (each level change from the level before it), reviewed every
    # two to four weeks, the exited ones with their reason; crises and head teachers bring students too.
    entries = rows(sup, "SELECT id, level, status, exit_reason, next_review, source FROM register_entries")
    assert {"crisis", "teacher"} <= {source for *_, source in entries} and "open" in {e[2] for e in entries}
    for entry_id, level, status, exit_reason, next_review, _ in entries:
        changes = rows(sup, "SELECT kind, level, level_before, at, reviewed_on FROM register_changes "
                            "WHERE entry_id = ? ORDER BY id", entry_id)
        assert changes[0][0] == "entered"
        now = changes[0][1]
        for kind, after, before, *_ in changes[1:]:
            assert before == now if kind == "level" else (before is None and after == now)
            now = after
        assert now == level
        reviewed = [date.fromisoformat(r) for *_, r in changes if r]
        assert all(7 <= (b - a).days <= 31 for a, b in zip(reviewed, reviewed[1:]))
        assert (status == "exited") == (changes[-1][0] == "exited") == bool(exit_reason) == (next_review is None)

    # Contacts: each linked to one case, crisis or entry of its own student; the guardian told of a crisis.
    contacts = rows(sup, "SELECT c.client_id, coalesce(k.client_id, kc.client_id, e.client_id), c.method, c.relation, "
                         "c.crisis_id FROM contacts c LEFT JOIN cases k ON k.id = c.case_id "
                         "LEFT JOIN crises r ON r.id = c.crisis_id LEFT JOIN cases kc ON kc.id = r.case_id "
                         "LEFT JOIN register_entries e ON e.id = c.register_entry_id")
    assert contacts and all(client == linked for client, linked, *_ in contacts)
    assert {m for _, _, m, *_ in contacts} >= {"phone", "meeting"}
    assert one(sup, "SELECT count(*) FROM contacts WHERE crisis_id IS NOT NULL AND relation IN ('mother', 'father', "
                    "'guardian')") == one(sup, "SELECT count(*) FROM crisis_steps s JOIN crises k ON k.id = s.crisis_id "
                                               "JOIN cases c ON c.id = k.case_id JOIN clients l ON l.id = c.client_id "
                                               "WHERE s.step = 'guardian_informed' AND s.state = 'done'")
    # Crises a 班主任 reported by phone: a case opened for them, the report kept.
    by_hand = rows(sup, "SELECT k.reporter, k.report, k.visit_id, k.test_id FROM crises k WHERE k.source <> ''")
    assert by_hand and all(reporter and report and visit is None and test is None
                           for reporter, report, visit, test in by_hand)

    actions = dict(rows(sup, "SELECT action, count(*) FROM audit WHERE action LIKE 'screening.%' OR action LIKE "
                             "'register.%' OR action LIKE 'contact.%' GROUP BY action"))
    assert actions["screening.sheets_recorded"] == len(campaigns)
    assert actions["screening.outcome"] == len(interviews) == actions["screening.interviewed"]
    assert actions["register.entered"] == len(entries) and actions["contact.recorded"] == len(contacts)


def test_the_same_people_come_whoever_works_in_the_room(staff, tmp_path):
    sup = staff.login(SUPERVISOR)
    generate(sup, clients=30, seed=7, years=1)
    first = names(sup)
    assert any("䶮" in n or "堃" in n or "喆" in n for n in first) or len(set(first)) > 10
    sup.logout()
    alone = initialize(Installation(tmp_path / "other"), room_name=ROOM, username="a1", display_name="a",
                       password=SUPERVISOR_PW).session
    generate(alone, clients=30, seed=7, years=1)
    assert names(alone) == first
    assert AuditService(alone).find_problems() == []


def test_only_the_supervisor_adds_demo_data(staff):
    with pytest.raises(PermissionDenied):
        generate(staff.login("li"), clients=5)


def test_command_line(staff, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(SUPERVISOR_PW + "\n"))
    code = main(["--lang", "en", "admin", "demo", "--data-dir", str(staff.room.inst.data_dir), "--user", SUPERVISOR,
                 "--clients", "12", "--seed", "2", "--years", "1"])
    assert code == 0 and "Added 12 clients" in capsys.readouterr().out
