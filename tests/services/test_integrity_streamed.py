"""``admin check`` reads the chain and the sealed records as stored, in batches (issue 15): the
fast paths must find exactly what the definitions (``entry_mac``, ``visit_payload``) find."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timezone

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.cli import main
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind, seal, visit_payload
from counselroom.security.keys import record_seal_key
from counselroom.services.audit_service import AuditService, stored_visit_payload
from counselroom.services.auth import check_records, login
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import GENESIS, VisitService
from counselroom.storage.audit_repo import chain_rows
from counselroom.storage.database import Database
from counselroom.storage.visits_repo import VisitRepository, signed_rows

FULL = VisitContent(kind=VisitKind.INDIVIDUAL, visit_date=date(2026, 11, 20), start=time(9, 0), end=time(9, 45),
                    presenting_issue="考试焦虑", complaint="最近总是失眠，担心期末考试", process="倾听，放松训练",
                    assessment="焦虑情绪明显，无自伤想法", plan="下周继续，布置睡眠日记")
# What the service's input rule would clean away, as generated or older data may hold it.
ODD_TEXTS = ('引号"和\\反斜杠', "换行\n制表\t回车\r", "控制\x01字符\x7f", "表情😀与\u2028行分隔", "")


def _key(inst) -> bytes:
    session = login(inst, SUPERVISOR, SUPERVISOR_PW)
    key = session.key
    session.logout()
    return key


def _raw(inst, key, *statements, drop=()):
    db = Database.open_existing(inst.db_path, key)
    for trigger in drop:
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for sql in statements:
        db.execute(sql)
    db.close()


def _codes(inst) -> list[str]:
    session = login(inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        return [f.code for f in AuditService(session).check()]
    finally:
        session.logout()


@pytest.fixture
def records(staff):
    """Signed records of every shape: group, next appointment, risk flags, an addendum, and (written
    as the bulk path writes them) texts the input rule would have cleaned and times left empty."""
    li = staff.login("li")
    clients = ClientService(li)
    client = clients.register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    others = [clients.register(ClientDraft(name=n, grade="初二", class_name="3班")).id for n in ("张三", "李四")]
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    visits = VisitService(li)
    shapes = [FULL,
              VisitContent(**{**FULL.__dict__, "kind": VisitKind.GROUP, "participants": (others[1], others[0])}),
              VisitContent(**{**FULL.__dict__, "risk": RiskLevel.LOW, "risk_harmed_by_others": True,
                              "next_appointment": datetime(2026, 11, 27, 9, 30)})]
    signed = [visits.sign(visits.start(case.id).id, content).id for content in shapes]
    visits.add_addendum(signed[0], "补充：家长来电")
    visits.start(case.id)      # a draft, never read by the check
    repo = VisitRepository(li.db)
    key = record_seal_key(li.key)
    moment = datetime(2026, 11, 21, 8, 0, 0, 123456, tzinfo=timezone.utc)
    with li.db.transaction():
        for n, text in enumerate(ODD_TEXTS):
            visit_id, session_no = repo.max_id() + 1, 10 + n
            content = VisitContent(kind=VisitKind.PHONE, visit_date=date(2026, 11, 21) if n % 2 else None,
                                   start=time(10, 5) if n % 2 else None, end=None, complaint=text, process=text,
                                   assessment="评估", plan=text, risk=RiskLevel.NONE)
            stamp = seal(key, GENESIS, visit_payload(visit_id, case.id, session_no, li.user.id, moment, content))
            repo.insert_signed(visit_id, case.id, li.user.id, session_no, content, moment, stamp)
            signed.append(visit_id)
    li.logout()
    return signed


def test_the_payload_built_from_stored_text_is_the_definitions(staff, records):
    li = staff.login("li")
    repo = VisitRepository(li.db)
    rows = [row for batch in signed_rows(li.db, batch=2) for row in batch]
    assert [row[0] for row in rows] == records      # every signed record once, in id order, no draft
    for row in rows:
        visit = repo.get(row[0])
        assert stored_visit_payload(row) == visit_payload(visit.id, visit.case_id, visit.session_no,
                                                          visit.counsellor_id, visit.signed_at, visit.content)
    assert AuditService(li).check() == []
    li.logout()


@pytest.mark.parametrize("sql, code", [
    ("UPDATE visits SET complaint = complaint || '。' WHERE id = {last}", "record.visit_altered"),
    ("UPDATE visits SET start_time = '10:06' WHERE id = {last}", "record.visit_altered"),
    ("DELETE FROM visit_participants WHERE visit_id = {group} AND client_id = "
     "(SELECT max(client_id) FROM visit_participants WHERE visit_id = {group})", "record.visit_altered"),
    ("UPDATE visits SET kind = 'online' WHERE id = {first}", "record.visit_altered"),
    ("UPDATE visits SET visit_date = 'someday' WHERE id = {group}", "record.visit_altered"),    # reads no more
    ("UPDATE visits SET signed_at = '2026-11-21T08:00:00.123457+00:00' WHERE id = {last}", "record.visit_altered"),
    ("UPDATE visit_addenda SET text = '改过的补充'", "record.addendum_altered"),
])
def test_an_edited_record_of_any_shape_is_found(staff, records, sql, code):
    key = _key(staff.room.inst)
    _raw(staff.room.inst, key, sql.format(first=records[0], group=records[1], last=records[-1]),
         drop=("visits_signed_locked", "visit_addenda_no_update", "visit_participants_signed_locked"))
    assert code in _codes(staff.room.inst)


def test_a_value_stored_in_another_but_equal_form_is_no_finding(staff, records):
    """The definition reads "10:05:00" as the 10:05 it sealed; so does the check."""
    key = _key(staff.room.inst)
    _raw(staff.room.inst, key, f"UPDATE visits SET start_time = '10:05:00' WHERE id = {records[-2]}",
         drop=("visits_signed_locked",))
    assert _codes(staff.room.inst) == []


# -- the chain ------------------------------------------------------------------------------

def test_chain_rows_gives_every_row_once_in_order_even_one_moved_below_one(room):
    key = _key(room.inst)
    _raw(room.inst, key, "UPDATE audit SET seq = -7 WHERE seq = 2", drop=("audit_no_update",))
    db = Database.open_existing(room.inst.db_path, key)
    seqs = [row[0] for batch in chain_rows(db, batch=2) for row in batch]
    whole = [row[0] for row in db.query_all("SELECT seq FROM audit ORDER BY seq")]
    db.close()
    assert seqs == whole and seqs[0] == -7
    assert "audit.gap" in _codes(room.inst)


@pytest.mark.parametrize("sql", [
    # The MAC covers the parsed detail and moment, so an equal form is sound, as it always was.
    "UPDATE audit SET detail = replace(detail, ':', ': ') WHERE seq = 1",
    "UPDATE audit SET ts = replace(ts, '+00:00', 'Z') WHERE seq = 2",
])
def test_a_row_stored_in_an_equal_form_stays_sound(room, sql):
    _raw(room.inst, _key(room.inst), sql, drop=("audit_no_update",))
    assert _codes(room.inst) == []


@pytest.mark.parametrize("sql", [
    "UPDATE audit SET detail = 'not json' WHERE seq = 2",
    "UPDATE audit SET ts = 'yesterday' WHERE seq = 2",
    "UPDATE audit SET mac = '维' || substr(mac, 2) WHERE seq = 2",
])
def test_a_row_that_no_longer_reads_is_a_bad_mac_not_a_crash(room, sql):
    _raw(room.inst, _key(room.inst), sql, drop=("audit_no_update",))
    assert "audit.bad_mac" in _codes(room.inst)


# -- pages once, progress --------------------------------------------------------------------

def test_admin_check_reads_pages_and_structure_once_and_says_how_far_it_is(room, monkeypatch):
    calls: list[str] = []
    original = Database.integrity_problems
    monkeypatch.setattr(Database, "integrity_problems", lambda db: calls.append("pages") or original(db))
    seen: list[str] = []
    assert check_records(room.inst, SUPERVISOR, SUPERVISOR_PW,
                         progress=lambda stage, done, total: seen.append(stage)) == []
    assert calls == ["pages"]
    assert list(dict.fromkeys(seen)) == ["pages", "chain", "records", "tests"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [False, True])
def test_the_progress_line_is_drawn_on_a_terminal_only_and_wiped(room, monkeypatch, capsys, terminal):
    monkeypatch.setattr("sys.stdin", io.StringIO(SUPERVISOR_PW + "\n"))
    err = _Terminal() if terminal else None
    if err is not None:
        monkeypatch.setattr("sys.stderr", err)
    assert main(["--lang", "en", "admin", "check", "--data-dir", str(room.inst.data_dir),
                 "--user", SUPERVISOR]) == 0
    out = capsys.readouterr()
    assert out.out.strip().splitlines() == ["All checks passed: database pages, structure and audit chain are sound."]
    if err is None:
        assert out.err == ""
    else:
        drawn = err.getvalue()
        assert "Checking the audit log" in drawn
        assert drawn.endswith("\r") and drawn.rsplit("\r", 2)[-2].strip() == ""   # wiped at the end


def test_sound_records_pass_on_the_fast_path_alone(staff, records, monkeypatch):
    """Only the record with an addendum needs the definition: the fast path is what runs."""
    from counselroom.services import audit_service

    decided: list[int] = []
    original = audit_service._visit_findings
    monkeypatch.setattr(audit_service, "_visit_findings",
                        lambda repo, key, visit_id: decided.append(visit_id) or original(repo, key, visit_id))
    li = staff.login("li")
    assert audit_service.visit_seal_findings(li.db, li.key) == []
    li.logout()
    assert decided == [records[0]]


def test_sound_audit_rows_pass_on_the_fast_path_alone(staff, records, monkeypatch):
    from counselroom.security import audit

    parsed: list[object] = []
    monkeypatch.setattr(audit, "_sound_as_parsed", lambda key, row: parsed.append(row[0]) or False)
    assert _codes(staff.room.inst) == []
    assert parsed == []
