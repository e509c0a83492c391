"""``admin export`` killed (SIGKILL) at every stage, in a real child process with a real Secret Service:
afterwards the drive and the live database agree (issue 12, item 6).

The child stops for good at the chosen point (``tests/run_paused_export.py`` wraps the export's
progress report) and is killed there. The next ``admin export`` of the quarter then settles what the
dead one left, before anything else:

- killed before the archive was renamed to its final name (gathering, building, packing, writing the
  temporary file, the temporary file complete): its temporary file is removed, the failure audited
  (``archive.interrupted``), and the new export writes, checks and records the archive;
- killed after the rename (before or after the read-back): the archive on the drive is recognised by
  the SHA-256 and seal noted in the live database before it was written, and recorded; the new export
  returns it (the same passphrase opens it), nothing is written again;
- killed after the rename, and a record of the quarter changed before the next export: the archive no
  longer is the quarter's, so it is set aside (renamed, not deleted) and a new one is written.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pinned_clock
from cli_process import run_cli
from counselroom.archive.passphrase import generate_passphrase
from counselroom.archive.verify import ArchiveStatus, verify_archive
from counselroom.domain.archive import Quarter
from counselroom.domain.audit import Action, AuditFilter

pytestmark = [pytest.mark.secret_service, pytest.mark.timeless]

PW = "春眠不觉晓处处闻啼鸟"
PASSPHRASE = "K7QM-3XRT-9HNY-2SP6-RS2S-DQ2E"
PAUSED = Path(__file__).resolve().parents[1] / "run_paused_export.py"

#: (where the child is killed, whether the archive had its final name by then)
STAGES = [
    ("gather:0", False),
    ("database:0", False),
    ("case_files:0.5", False),
    ("pack:0.6", False),           # packed in memory, not yet checked: nothing noted about it yet
    ("write:0", False),            # the temporary file exists, nothing in it
    ("write:1", False),            # the temporary file complete and synced, not renamed
    ("verify:0", True),            # renamed to its final name, not read back
    ("verify:1", True),            # read back and found right, not yet recorded
]


def cli(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return run_cli(env, "--lang", "en", *args, stdin=stdin)


@pytest.fixture
def room(secret_service_env, tmp_path):
    data = tmp_path / "data"
    env = secret_service_env
    assert cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang", stdin=PW + "\n").returncode == 0
    demo = cli(env, "admin", "demo", "--data-dir", str(data), "--user", "wang", "--clients", "15", "--seed", "5",
               stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    return env, data, usb


def export_args(data: Path, usb: Path, quarter: Quarter) -> tuple[str, ...]:
    return ("admin", "export", "--data-dir", str(data), "--user", "wang", "--quarter", str(quarter),
            "--out", str(usb), "--acknowledge-unsettled")


def killed_at(env, stage: str, args: tuple[str, ...], tmp_path: Path) -> None:
    """Start ``admin export`` and SIGKILL it once it has reached ``stage``."""
    marker = tmp_path / f"paused-{stage.replace(':', '-')}"
    child = subprocess.Popen(
        [sys.executable, str(PAUSED), "--lang", "en", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        env={**env, "QT_QPA_PLATFORM": "offscreen", "COUNSELROOM_TEST_PAUSE_AT": stage,
             "COUNSELROOM_TEST_PAUSE_MARKER": str(marker), **pinned_clock.child_environment()})
    try:
        child.stdin.write(f"{PW}\n{PASSPHRASE}\n")
        child.stdin.close()
        deadline = time.monotonic() + 240
        while not marker.exists():
            if child.poll() is not None:
                pytest.fail(f"the export ended before {stage}: {child.returncode} {child.stderr.read()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the export did not reach {stage}")
            time.sleep(0.05)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def in_process(data: Path):
    """The room, logged in from this process (same Secret Service as the children)."""
    from counselroom.services.auth import login
    from counselroom.services.installation import Installation

    return login(Installation(data), "wang", PW)


def audit(session, action: Action) -> list:
    from counselroom.services.audit_service import AuditService

    return AuditService(session).search(AuditFilter(action=action))


def quarter_state(data: Path, quarter: Quarter) -> tuple[bool, int, list, list]:
    """Whether the quarter is recorded as archived, how many exports there are, the failures and the
    exports audited."""
    from counselroom.storage.quarter_repo import QuarterRepository

    session = in_process(data)
    try:
        repo = QuarterRepository(session.db)
        return (repo.is_archived(quarter), len(repo.exports()), audit(session, Action.ARCHIVE_EXPORT_FAILED),
                audit(session, Action.ARCHIVE_EXPORTED))
    finally:
        session.logout()


@pytest.mark.parametrize("stage,renamed", STAGES, ids=[s for s, _ in STAGES])
def test_a_kill_at_any_stage_is_settled_by_the_next_export(room, tmp_path, secret_service, stage, renamed):
    env, data, usb = room
    quarter = Quarter.last_complete(pinned_clock.today())
    args = export_args(data, usb, quarter)
    final = usb / quarter.file_name

    killed_at(env, stage, args, tmp_path)
    left = sorted(p.name for p in usb.iterdir())
    if renamed:
        assert left == [final.name]
        # the state the issue found: a complete archive, the quarter not recorded as archived
        assert verify_archive(final, PASSPHRASE).status is ArchiveStatus.SOUND
        found_sha = verify_archive(final, PASSPHRASE).sha256
    else:
        assert final.name not in left
        if stage.startswith("write"):
            assert [n for n in left if n.endswith(".part")], left      # the dead export's temporary file
    archived, exports, _, _ = quarter_state(data, quarter)
    assert not archived and exports == 0

    again = cli(env, *args, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert again.returncode == 0, again.stderr
    assert Path(again.stdout.strip()) == final
    assert "Traceback" not in again.stderr
    assert sorted(p.name for p in usb.iterdir()) == [final.name]       # no temporary file, nothing set aside
    archived, exports, failures, exported = quarter_state(data, quarter)
    assert archived and exports == 1 and len(exported) == 1
    if renamed:
        # recognised and recorded, not written again
        assert "interrupted export" in again.stderr
        assert verify_archive(final, PASSPHRASE).sha256 == found_sha
        assert exported[0].detail["recovered"] is True and exported[0].detail["sha256"] == found_sha
        assert not [f for f in failures if f.detail.get("reason") == "archive.interrupted"]
    else:
        assert "interrupted export" not in again.stderr
        assert "recovered" not in exported[0].detail
        [interrupted] = [f for f in failures if f.detail.get("reason") == "archive.interrupted"]
        assert interrupted.detail["found"] == "nothing_written"

    # The archive is the room's, unchanged since the export, and the quarter is read-only from now on.
    checked = cli(env, "admin", "verify-archive", str(final), "--data-dir", str(data), "--user", "wang",
                  stdin=f"{PW}\n{PASSPHRASE}\n")
    assert checked.returncode == 0 and "as this room exported it" in checked.stdout, checked.stderr
    third = cli(env, *args, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert third.returncode == 1 and "already exists" in third.stderr


def test_a_kill_after_the_rename_then_a_changed_record_sets_the_archive_aside(room, tmp_path, secret_service):
    env, data, usb = room
    quarter = Quarter.last_complete(pinned_clock.today())
    args = export_args(data, usb, quarter)
    final = usb / quarter.file_name
    killed_at(env, "verify:1", args, tmp_path)
    stale = final.read_bytes()

    # The quarter stayed editable: a record of it is changed before the next export.
    session = in_process(data)
    try:
        from datetime import date, time as clock_time

        from counselroom.domain.visits import VisitContent
        from counselroom.storage.visits_repo import VisitRepository

        first, last = quarter.first_day.isoformat(), quarter.last_day.isoformat()
        case_id, counsellor_id, day = session.db.query_one(
            "SELECT case_id, counsellor_id, visit_date FROM visits WHERE visit_date BETWEEN ? AND ? ORDER BY id",
            (first, last))
        visits = VisitRepository(session.db)
        with session.db.transaction():       # a draft record of the quarter, written after the crash
            visits.add(case_id, counsellor_id, visits.next_session_no(case_id), VisitContent(
                visit_date=date.fromisoformat(day), start=clock_time(16), end=clock_time(16, 45), complaint="补录"),
                pinned_clock.now())
    finally:
        session.logout()

    again = cli(env, *args, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert again.returncode == 0, again.stderr
    assert "set aside" in again.stderr
    names = sorted(p.name for p in usb.iterdir())
    [aside] = [n for n in names if n != final.name]
    assert aside.startswith(f"CounselRoom-{quarter}.unrecorded-") and aside.endswith(".7z")
    assert (usb / aside).read_bytes() == stale                       # set aside, not deleted
    assert final.read_bytes() != stale                                # a new archive of the quarter as it is now
    archived, exports, failures, exported = quarter_state(data, quarter)
    assert archived and exports == 1 and "recovered" not in exported[0].detail
    [set_aside] = [f for f in failures if f.detail.get("found") == "set_aside"]
    assert set_aside.detail["reason"] == "archive.interrupted" and aside in set_aside.detail["set_aside"]


def test_the_next_export_with_another_passphrase_is_told_that_the_archive_was_recorded(room, tmp_path,
                                                                                       secret_service):
    env, data, usb = room
    quarter = Quarter.last_complete(pinned_clock.today())
    args = export_args(data, usb, quarter)
    killed_at(env, "verify:0", args, tmp_path)
    other = cli(env, *args, stdin=f"{PW}\n{generate_passphrase()}\n")
    assert other.returncode == 1
    lines = [line for line in other.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted" in lines[0] and "passphrase chosen for that export" in lines[0]
    archived, exports, _, _ = quarter_state(data, quarter)
    assert archived and exports == 1
