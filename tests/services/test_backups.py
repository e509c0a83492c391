"""Local backups on a real encrypted installation: make, list, verify, rotate, restore."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.backups import BackupKind, file_name, parse_name, rotation_victims, sidecar_name
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, Gender
from counselroom.domain.errors import CounselRoomError, PermissionDenied, StorageError, ValidationError
from counselroom.services.accounts import AccountService
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.backups import BackupService
from counselroom.services.clients import ClientService
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database


class Clock:
    """A settable clock (UTC)."""

    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now


def noon(day: date) -> datetime:
    # Noon UTC stays on the same calendar day in every zone from UTC-11 to UTC+11.
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=timezone.utc)


def add_client(session, name: str):
    return ClientService(session).register(ClientDraft(
        name=name, gender=Gender.FEMALE, birth_date=date(2010, 3, 1), client_type=ClientType.STUDENT,
        grade="初二", class_name="3班"))


def client_names(session) -> set[str]:
    return {c.name for c in ClientService(session).search(ClientQuery())}


def audit_actions(session) -> list[str]:
    return [e.action for e in AuditService(session).search(AuditFilter(limit=50))]


@pytest.fixture
def boss(staff):
    session = staff.login(SUPERVISOR)
    yield session
    if not session.locked:
        session.logout()


def flip_byte(path, offset_pages: int = 3) -> None:
    data = bytearray(path.read_bytes())
    data[offset_pages * 4096 + 200] ^= 0xFF
    path.write_bytes(bytes(data))


# -- making and opening ----------------------------------------------------------------

def test_backup_opens_and_verifies_with_the_key(boss):
    add_client(boss, "林小雨")
    service = BackupService(boss)
    made = service.make()
    assert made.path.parent == boss.installation.backup_dir
    assert made.kind is BackupKind.MANUAL and made.path.is_file()
    # No temporary file is left (only the backup and its recovery keys), and the bytes are not plaintext.
    assert sorted(p.name for p in made.path.parent.iterdir()) == sorted([made.name, sidecar_name(made.name)])
    raw = made.path.read_bytes()
    assert b"SQLite format 3" not in raw and "林小雨".encode() not in raw
    with pytest.raises(StorageError):
        Database.open_backup(made.path, b"\1" * 32)

    contents = service.describe(made.path)
    assert contents.counts["clients"] == 1
    assert contents.installation_id == boss.keyfile.installation_id
    assert contents.schema_version == boss.db.user_version()
    assert contents.audit_head.seq > 0

    check = service.verify(made.path)
    assert check.ok, check.findings
    [entry] = service.list()
    assert entry.file == made and entry.contents == contents and entry.problem is None and entry.has_keys
    assert audit_actions(boss)[:2] == [Action.BACKUP_VERIFIED.value, Action.BACKUP_MADE.value]


def test_backup_made_while_another_connection_writes_is_consistent(boss):
    key = boss.key
    writer = Database.open_existing(boss.installation.db_path, key)
    writer.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    writer.execute("CREATE TABLE tally (n INTEGER NOT NULL)")
    writer.execute("INSERT INTO tally VALUES (0)")
    with writer.transaction():  # enough pages for the copy to take a while
        for i in range(4000):
            writer.execute("INSERT INTO pairs (payload) VALUES (?)", (f"{i:06d}" * 200,))
        writer.execute("UPDATE tally SET n = 4000")
    stop = threading.Event()
    written = []

    def write():
        n = 4000
        while not stop.is_set():
            with writer.transaction():
                writer.execute("INSERT INTO pairs (payload) VALUES (?)", ("x" * 1200,))
                writer.execute("INSERT INTO pairs (payload) VALUES (?)", ("y" * 1200,))
                n += 2
                writer.execute("UPDATE tally SET n = ?", (n,))
            written.append(n)
            time.sleep(0.002)  # back-to-back, but leaving other writers (the audit rows) a turn

    def check(backup) -> int:
        db = Database.open_backup(backup.path, key)
        try:
            count = db.query_one("SELECT count(*) FROM pairs")[0]
            tally = db.query_one("SELECT n FROM tally")[0]
            assert db.integrity_problems() == []
        finally:
            db.close()
        assert count == tally  # each backup is one moment: never half a transaction
        return tally

    thread = threading.Thread(target=write)
    thread.start()
    tallies = []
    try:
        service = BackupService(boss)
        # Each backup is checked at once: the next one of the same day rotates it away.
        while len(tallies) < 4 or len(written) < 20:
            backup = service.make()
            tallies.append(check(backup))
            if len(tallies) > 40:
                break
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(written) >= 20  # the writer really wrote while backups were made
    assert len(set(tallies)) > 1  # the moments differ: the writes went on meanwhile
    assert BackupService(boss).verify(backup.path).ok


def test_failed_write_leaves_no_file_that_looks_complete(boss, tmp_path, monkeypatch):
    import counselroom.storage.database as database_mod

    def full_disk(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database_mod, "_fsync_file", full_disk)
    with pytest.raises(StorageError) as err:
        BackupService(boss).make()
    assert err.value.code == "storage.backup_failed"
    assert list(boss.installation.backup_dir.iterdir()) == []
    assert audit_actions(boss)[0] == Action.BACKUP_FAILED.value


# -- who may --------------------------------------------------------------------------------

def test_roles(staff, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    li = staff.login("li")
    try:
        service = BackupService(li)
        made = service.make()  # into the data folder: anyone, it protects the records
        assert made.path.parent == li.installation.backup_dir
        assert service.made_today() and service.last_backup() == made
        for call in (lambda: service.make(usb), service.list, lambda: service.verify(made.path),
                     lambda: service.describe(made.path), lambda: service.restore(made.path, "测试"),
                     lambda: service.prepare_restore(made.path)):
            with pytest.raises(PermissionDenied):
                call()
        assert list(usb.iterdir()) == []
    finally:
        li.logout()
    zhao = staff.login("zhao")
    try:
        assert not BackupService(zhao).daily_due()  # li's backup counts for the whole room
    finally:
        zhao.logout()
    boss = staff.login(SUPERVISOR)
    try:
        to_usb = BackupService(boss).make(usb)
        assert to_usb.path.parent == usb
        with pytest.raises(CounselRoomError) as err:
            BackupService(boss).make(tmp_path / "not-plugged-in")
        assert err.value.code == "backup.folder_missing"
    finally:
        boss.logout()


def test_daily_backup_once_a_day_for_any_user(staff):
    clock = Clock(noon(date(2026, 3, 2)))
    session = login(staff.room.inst, "zhao", STAFF_PW, clock=clock)  # the assistant
    try:
        service = BackupService(session)
        assert not service.made_today() and service.daily_due()
        first = service.make_daily_if_due()
        assert first is not None and first.kind is BackupKind.DAILY
        assert service.made_today()
        clock.now += timedelta(hours=3)
        assert service.make_daily_if_due() is None  # already made today
        clock.now += timedelta(days=1)
        assert not service.made_today()
        second = service.make_daily_if_due()
        assert second is not None and second.made_at.date() == date(2026, 3, 3)
        rows = [e for e in AuditRepository(session.db).iter_all() if e.action == Action.BACKUP_MADE.value]
        assert [r.actor for r in rows] == ["zhao", "zhao"]
        assert [r.detail["backup_kind"] for r in rows] == ["daily", "daily"]
    finally:
        session.logout()


def test_made_today_ignores_a_set_aside_database(boss):
    folder = boss.installation.backup_dir
    folder.mkdir()
    (folder / file_name(BackupKind.BEFORE_RESTORE, boss.clock())).write_bytes(b"x" * 10)
    (folder / "counselroom-notes.txt").write_text("not a backup")
    service = BackupService(boss)
    assert not service.made_today() and service.last_backup() is None


# -- rotation ---------------------------------------------------------------------------------

def test_rotation_keeps_7_daily_4_weekly_12_monthly(staff):
    clock = Clock(noon(date(2026, 1, 1)))
    session = login(staff.room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    try:
        service = BackupService(session)
        folder = service.folder
        first = service.make_daily_if_due()
        # Kinds that are never rotated away sit in the same folder from the start.
        for _kind, name in ((BackupKind.PRE_MIGRATION, file_name(BackupKind.PRE_MIGRATION, clock(), from_version=9)),
                           (BackupKind.BEFORE_RESTORE, file_name(BackupKind.BEFORE_RESTORE, clock()))):
            (folder / name).write_bytes(first.path.read_bytes())
        day = date(2026, 1, 1)
        while day < date(2026, 4, 10):
            day += timedelta(days=1)
            clock.now = noon(day)
            service.make_daily_if_due()
        # Two more on the last day, by hand: only the newest of the day stays.
        clock.now = noon(day) + timedelta(hours=2)
        service.make()
        clock.now = noon(day) + timedelta(hours=3)
        last = service.make()
        kept = {(f.kind, f.made_at.date()) for f in service.files()}
        regular = sorted(d for k, d in kept if k.rotated)
        expected = sorted({date(2026, 4, d) for d in range(4, 11)}          # the last 7 days
                          | {date(2026, 3, 29), date(2026, 3, 22)}          # weeks 13 and 12 (14, 15 above)
                          | {date(2026, 3, 31), date(2026, 2, 28), date(2026, 1, 31)})  # months
        assert regular == expected
        assert (BackupKind.PRE_MIGRATION, date(2026, 1, 1)) in kept
        assert (BackupKind.BEFORE_RESTORE, date(2026, 1, 1)) in kept
        assert [f for f in service.files() if f.made_at.date() == date(2026, 4, 10)] == [last]
        removed = [e.detail["removed"] for e in AuditRepository(session.db).iter_all()
                   if e.action == Action.BACKUP_MADE.value]
        assert sum(len(r) for r in removed) == 100 + 2 - len(expected)  # every removal is in the log
    finally:
        session.logout()


def test_rotation_counts_only_days_with_backups():
    # After a summer holiday the last days of term are still the "last 7 days".
    made = [date(2026, 6, d) for d in range(24, 31)] + [date(2026, 9, 1)]
    files = [_file(BackupKind.DAILY, noon(d)) for d in made]
    victims = rotation_victims(files, tz=timezone.utc)
    assert [v.made_at.date() for v in victims] == [date(2026, 6, 24)]
    files.append(_file(BackupKind.DAILY, noon(date(2026, 9, 2))))
    victims = rotation_victims(files, tz=timezone.utc)
    # June 25 (a Thursday) is neither among the 7 newest days, nor the newest of
    # its week (June 28) or month (June 30).
    assert [v.made_at.date() for v in victims] == [date(2026, 6, 24), date(2026, 6, 25)]


def _file(kind, when):
    from pathlib import Path

    from counselroom.domain.backups import BackupFile

    return BackupFile(Path(file_name(kind, when)), kind, when)


def test_names_round_trip():
    when = datetime(2026, 3, 15, 7, 30, tzinfo=timezone.utc)
    for kind in BackupKind:
        name = file_name(kind, when, from_version=4, serial=2)
        assert parse_name(name) == (kind, when)
    assert parse_name("counselroom.db") is None
    assert parse_name(".counselroom-20260315-073000-daily.db.partial") is None


# -- restoring -----------------------------------------------------------------------------

def test_restore_replaces_only_a_verified_backup(boss):
    add_client(boss, "林小雨")
    service = BackupService(boss)
    good = service.make()
    broken = boss.installation.backup_dir / file_name(BackupKind.MANUAL, boss.clock() + timedelta(seconds=5))
    broken.write_bytes(good.path.read_bytes())
    flip_byte(broken)
    add_client(boss, "周子涵")
    inode = boss.installation.db_path.stat().st_ino

    check = service.verify(broken)
    assert not check.ok
    with pytest.raises(CounselRoomError) as err:
        service.restore(broken, "数据库出错，恢复昨天的备份")
    assert err.value.code == "backup.restore_refused"
    # The live records are untouched: same file, both clients, nothing set aside or staged.
    assert boss.installation.db_path.stat().st_ino == inode
    assert client_names(boss) == {"林小雨", "周子涵"}
    assert not any(f.kind is BackupKind.BEFORE_RESTORE for f in service.files())
    assert not boss.installation.db_path.with_name("counselroom.db.restoring").exists()
    assert audit_actions(boss)[0] == Action.BACKUP_RESTORE_REFUSED.value

    with pytest.raises(ValidationError) as err:
        service.restore(good.path, "   ")
    assert err.value.field == "reason"


def test_restore_keeps_the_current_database_aside_and_reopens(staff):
    boss = staff.login(SUPERVISOR)
    add_client(boss, "林小雨")
    service = BackupService(boss)
    good = service.make()
    add_client(boss, "周子涵")
    head_before = AuditRepository(boss.db).head().seq

    result = service.restore(good.path, "误删了记录，恢复上午的备份")
    # The session goes on with the restored records.
    assert client_names(boss) == {"林小雨"}
    assert result.set_aside.parent == boss.installation.backup_dir
    assert result.set_aside.name.startswith("before-restore-")
    assert result.replaced_audit_rows == head_before + 1
    restored_row = AuditService(boss).search(AuditFilter(limit=1))[0]
    assert restored_row.action == Action.BACKUP_RESTORED.value
    assert restored_row.detail["reason"] == "误删了记录，恢复上午的备份"
    assert restored_row.detail["set_aside"] == result.set_aside.name
    assert AuditService(boss).find_problems() == []

    # The replaced database is kept, whole, and says what happened to it.
    aside = Database.open_backup(result.set_aside, boss.key)
    try:
        assert aside.query_one("SELECT count(*) FROM clients")[0] == 2
        head = AuditRepository(aside).head()
        assert head.action == Action.BACKUP_RESTORE_REPLACED.value
        assert head.detail["backup_file"] == good.name
    finally:
        aside.close()
    listed = {e.file.kind for e in service.list()}
    assert BackupKind.BEFORE_RESTORE in listed
    boss.logout()

    # The next login opens the restored file normally, with no rolled-back alarm.
    again = staff.login(SUPERVISOR)
    try:
        assert again.findings == []
        assert client_names(again) == {"林小雨"}
        # And the restore can be undone from the set-aside copy.
        BackupService(again).restore(result.set_aside, "撤销恢复")
        assert client_names(again) == {"林小雨", "周子涵"}
    finally:
        again.logout()


def test_restore_refused_while_another_connection_is_open(boss):
    service = BackupService(boss)
    good = service.make()
    add_client(boss, "林小雨")
    prepared = service.prepare_restore(good.path)
    assert prepared.ready
    other = Database.open_existing(boss.installation.db_path, boss.key)
    try:
        with pytest.raises(CounselRoomError) as err:
            service.finish_restore(prepared, "测试")
        assert err.value.code == "backup.in_use"
    finally:
        other.close()
    assert client_names(boss) == {"林小雨"}  # still the live records, still usable
    actions = audit_actions(boss)
    assert actions[:2] == [Action.BACKUP_RESTORE_FAILED.value, Action.BACKUP_RESTORE_REPLACED.value]
    service.discard_prepared(prepared)
    assert not prepared.staging.exists()


def test_restore_needs_the_supervisor_in_the_backup(staff):
    boss = staff.login(SUPERVISOR)
    good = BackupService(boss).make()
    _, otp = AccountService(boss).create(username="sun", display_name="孙老师", role=Role.SUPERVISOR)
    boss.logout()
    session = login(staff.room.inst, "sun", otp)
    try:
        AccountService(session).change_own_password(otp, STAFF_PW)
        prepared = BackupService(session).prepare_restore(good.path)
        assert not prepared.ready
        assert [f.code for f in prepared.check.findings] == ["backup.no_supervisor"]
    finally:
        session.logout()


def test_backup_of_other_records_is_refused(boss, room):
    other = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        foreign = BackupService(other).make()
    finally:
        other.logout()
    check = BackupService(boss).verify(foreign.path)
    assert [f.code for f in check.findings] == ["backup.unreadable"]


def test_a_restored_file_that_will_not_open_is_swapped_back(boss, monkeypatch):
    import counselroom.services.backups as backups_mod

    add_client(boss, "林小雨")
    service = BackupService(boss)
    good = service.make()
    add_client(boss, "周子涵")

    def refuses(*_args, **_kwargs):
        raise StorageError("storage.damaged")

    monkeypatch.setattr(backups_mod, "open_database", refuses)
    with pytest.raises(StorageError):
        service.restore(good.path, "测试恢复失败")
    # The live database is back in place and the session goes on with it.
    assert client_names(boss) == {"林小雨", "周子涵"}
    assert audit_actions(boss)[:2] == [Action.BACKUP_RESTORE_FAILED.value, Action.BACKUP_RESTORE_REPLACED.value]
    names = [p.name for p in boss.installation.backup_dir.iterdir()]
    assert any(n.startswith("failed-restore-") for n in names)
    assert not any(n.startswith("before-restore-") for n in names)
    assert AuditService(boss).find_problems() == []
