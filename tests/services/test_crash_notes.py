"""Crash notes without client data (issue 13, item 7): what a note holds and leaves out, where it
goes, who may read it, and how many are kept."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime, timezone

import pytest

import counselroom
from counselroom.domain import clock
from counselroom.domain.errors import StorageError
from counselroom.services import crash_notes
from counselroom.services.crash_notes import CrashNotes, compose_note, prune, write_note

MARKER = "标记-7f3a"
MOMENT = datetime(2028, 2, 29, 15, 59, 58, tzinfo=timezone.utc)
POSIX = pytest.mark.skipif(os.name == "nt", reason="file modes")


def _load_record(name: str) -> None:
    record_text = f"会谈记录：{name} 说……"   # a local that holds the record's text
    raise ValueError(f"cannot save {record_text}")


def _save(name: str) -> None:
    client_name = name   # noqa: F841 - a local holding the marker, in another frame
    try:
        _load_record(name)
    except ValueError as exc:
        raise RuntimeError(f"saving {name} failed") from exc


def _caught(fn, *args) -> BaseException:
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001
        return exc
    raise AssertionError("did not raise")


def _note(exc: BaseException, **kwargs) -> str:
    return compose_note(type(exc), exc, exc.__traceback__, moment=MOMENT,
                        environment={"CounselRoom": counselroom.__version__, "Qt": "6.x"}, **kwargs)


def test_a_note_has_the_type_the_chain_and_the_stack_but_no_message_and_no_locals():
    exc = _caught(_save, MARKER)
    text = _note(exc, thread="MainThread")
    assert MARKER not in text and "标记" not in text and "会谈" not in text
    assert "Error: RuntimeError" in text
    assert "Caused by (raise … from): ValueError" in text
    assert 'File "counselroom' not in text    # these frames are the test's, shown as Python names them
    assert f'File "{__file__}", line' in text
    assert "in _load_record" in text and "in _save" in text
    assert "raise ValueError(f\"cannot save {record_text}\")" in text   # the code line, not its value
    assert "CounselRoom: " + counselroom.__version__ in text
    assert "Thread: MainThread" in text
    assert "Left out on purpose" in text


def test_the_context_of_an_error_raised_while_handling_another_is_named():
    def handler():
        try:
            {}[MARKER]
        except KeyError:
            raise TypeError(MARKER)  # noqa: B904 - the implicit context is what is tested

    text = _note(_caught(handler))
    assert "Error: TypeError" in text and "Raised while handling: KeyError" in text
    assert MARKER not in text


def test_codes_are_kept_text_is_not():
    disk = OSError(errno.ENOSPC, f"No space for {MARKER}", f"/media/{MARKER}.pdf")
    assert "OSError [errno ENOSPC]" in _note(disk) and MARKER not in _note(disk)
    assert "StorageError [code storage.failed]" in _note(StorageError("storage.failed", path=MARKER))
    assert "[code" not in _note(StorageError(f"odd {MARKER}"))   # not a code: left out


def test_own_frames_are_shown_inside_the_package():
    exc = _caught(crash_notes.write_note, 42, "text", MOMENT)
    text = _note(exc)
    assert 'File "counselroom/services/crash_notes.py", line' in text


def test_a_deep_stack_keeps_both_ends_and_the_note_stays_small(tmp_path):
    def down(n):
        return down(n + 1)

    exc = _caught(down, 0)
    assert isinstance(exc, RecursionError)
    text = _note(exc)
    assert "frames left out" in text
    path = write_note(tmp_path / "logs", text * 40, MOMENT)
    assert path.stat().st_size <= crash_notes.MAX_NOTE_BYTES
    assert path.read_text(encoding="utf-8").rstrip().endswith(crash_notes.LEFT_OUT)


@POSIX
def test_owner_only_folder_and_file_named_by_the_application_clock(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "_source", lambda: MOMENT)
    old = os.umask(0)   # nothing left to the umask: the modes are the ones asked for at creation
    try:
        notes = CrashNotes(tmp_path / "data", fallback=tmp_path / "user-logs")
        (tmp_path / "data").mkdir()
        path = notes.record(ValueError, ValueError(MARKER), None)
    finally:
        os.umask(old)
    assert path.parent == tmp_path / "data" / "logs"
    assert path.name == f"crash-{clock.wall_time(MOMENT):%Y%m%d-%H%M%S}.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert f"Time: {clock.wall_time(MOMENT):%Y-%m-%d %H:%M:%S}" in path.read_text(encoding="utf-8")
    # The same second again: a second note beside it, the first one untouched.
    again = notes.record(ValueError, ValueError(MARKER), None)
    assert again.name == path.name.replace(".txt", "-2.txt") and path.exists()


@POSIX
def test_a_logs_folder_left_open_is_closed_again(tmp_path):
    (tmp_path / "logs").mkdir(mode=0o755)
    os.chmod(tmp_path / "logs", 0o755)
    write_note(tmp_path / "logs", "x", MOMENT)
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700


def test_rotation_keeps_the_newest_notes_and_nothing_else_is_touched(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "README.txt").write_text("not a note", encoding="utf-8")
    written = []
    for n in range(25):
        path = write_note(folder, f"note {n}", MOMENT, keep=20)
        os.utime(path, ns=(n * 10**9, n * 10**9))   # oldest first, whatever the file system's clock says
        written.append(path)
    prune(folder, 20)
    left = sorted(p for p in folder.iterdir() if p.name.startswith("crash-"))
    assert len(left) == 20
    assert set(left) == set(written[5:])
    assert (folder / "README.txt").exists()


def test_the_note_just_written_is_never_the_one_removed(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    for _ in range(3):
        write_note(folder, "old", MOMENT, keep=3)
    for path in folder.iterdir():   # the old notes seem newer than anything (a clock set wrong)
        os.utime(path, ns=(4 * 10**18, 4 * 10**18))
    newest = write_note(folder, "new", MOMENT, keep=3)
    assert newest.exists() and len(list(folder.iterdir())) == 3


def test_one_run_writes_a_bounded_number_of_notes(tmp_path):
    notes = CrashNotes(tmp_path, fallback=tmp_path / "user-logs", per_run=3)
    paths = [notes.record(ValueError, ValueError("x"), None) for _ in range(7)]
    assert len(set(paths)) == 3 and paths[3:] == [paths[2]] * 4
    assert notes.errors == 7 and len(list((tmp_path / "logs").iterdir())) == 3


def test_before_the_data_folder_exists_notes_go_to_the_per_user_folder(tmp_path):
    notes = CrashNotes(tmp_path / "not-yet", fallback=tmp_path / "state" / "CounselRoom" / "log")
    path = notes.record(ValueError, ValueError("x"), None)
    assert path.parent == tmp_path / "state" / "CounselRoom" / "log"
    assert not (tmp_path / "not-yet").exists()       # no data folder is made for a note
    (tmp_path / "not-yet").mkdir()
    assert notes.record(ValueError, ValueError("x"), None).parent == tmp_path / "not-yet" / "logs"


def test_a_note_that_cannot_be_written_raises_nothing(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "logs").write_text("a file where the folder should be", encoding="utf-8")
    (tmp_path / "blocked").write_text("a file", encoding="utf-8")
    notes = CrashNotes(tmp_path / "data", fallback=tmp_path / "blocked" / "log")
    assert notes.record(ValueError, ValueError("x"), None) is None
    assert notes.errors == 1


def test_the_default_fallback_is_the_per_user_log_folder():
    import platformdirs

    assert crash_notes.fallback_logs_dir() == platformdirs.user_log_path("CounselRoom", appauthor=False)


# -- hard crashes: faulthandler into logs/ -----------------------------------------------------

def test_a_hard_crash_leaves_its_stacks_in_the_owner_only_fault_log(tmp_path):
    """A fatal signal (as a crash inside Qt or SQLCipher would raise) in a real child process."""
    import subprocess
    import sys
    import textwrap

    logs = tmp_path / "data" / "logs"
    logs.parent.mkdir()
    script = textwrap.dedent(f"""
        import faulthandler
        from pathlib import Path
        from counselroom.services.crash_notes import enable_fault_log

        def open_the_record_of(name):
            secret = name * 3          # a value: the log must not hold it
            faulthandler._sigsegv()

        assert enable_fault_log(Path({str(logs)!r})) is not None
        open_the_record_of("标记-7f3a")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    log = logs / "faults.txt"
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "open_the_record_of" in text
    assert "标记-7f3a" not in text
    assert text.startswith("--- started ")
    if os.name != "nt":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600 and stat.S_IMODE(logs.stat().st_mode) == 0o700


def test_the_fault_log_is_kept_small_and_put_back_for_the_next_run(tmp_path):
    import faulthandler

    logs = tmp_path / "logs"
    (tmp_path / "logs").mkdir(mode=0o700)
    (logs / "faults.txt").write_bytes(b"x" * (crash_notes.MAX_FAULT_LOG_BYTES + 1))
    was_on = faulthandler.is_enabled()
    try:
        assert crash_notes.enable_fault_log(logs) == logs / "faults.txt"
        assert (logs / "faults.1.txt").stat().st_size == crash_notes.MAX_FAULT_LOG_BYTES + 1
        assert (logs / "faults.txt").read_text(encoding="utf-8").startswith("--- started ")
    finally:
        crash_notes.disable_fault_log()
    assert faulthandler.is_enabled() == was_on     # pytest's own faulthandler is back
