"""Crash notes: what an unexpected error leaves behind for the school's IT teacher.

One note per unexpected error, a small text file in the data folder's ``logs/``
(``crash-YYYYMMDD-HHMMSS.txt``, by the application's clock), holding what a
developer needs and nothing about any person:

- when (the room's wall clock, and UTC), the versions of CounselRoom, Python, Qt
  and the operating system, the thread;
- the exception's type (qualified name), and for each frame of its stack the
  file, line, function and that line of source code (code, not data); the same
  for every chained cause or context;
- never the exception's message, its arguments or notes, the values of variables
  (locals) or anything else computed at run time: those can carry record text
  (``ValueError(f"... {name}")``). For an ``OSError`` only the symbolic errno
  (``ENOSPC``) is kept, for a CounselRoomError only its code (``storage.failed``).

The folder is owner-only (0o700) and every note is created owner-only (0o600) by
``os.open`` (never loosened and then tightened). Only the newest ``KEEP_NOTES``
notes are kept, each at most ``MAX_NOTE_BYTES``, and one run writes at most
``MAX_NOTES_PER_RUN`` of them, so a flood of errors cannot fill the disk or push
out the note of the first error (the one that matters).

Before the data folder is known (or while it does not exist yet, or cannot be
written) notes go to the per-user log folder (``platformdirs.user_log_path``:
``%LOCALAPPDATA%\\CounselRoom\\Logs`` on Windows, ``~/.local/state/CounselRoom/log``
on Linux): private to the person logged in to the computer, not roamed, and
creating it can never be mistaken for a data folder (set-up and recovery look
for records, not logs).

No Qt here (the layers contract): the window side, the hooks and the message box,
is ``counselroom.ui.crash_handler``. Nothing in this module raises: a note that
cannot be written is reported as ``None``.
"""

from __future__ import annotations

import errno as errno_mod
import faulthandler
import linecache
import os
import platform
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import TextIO

import platformdirs

from counselroom import APP_NAME, __version__
from counselroom.domain import clock
from counselroom.domain.errors import CounselRoomError

LOGS_FOLDER = "logs"
KEEP_NOTES = 20
MAX_NOTE_BYTES = 64 * 1024
MAX_NOTES_PER_RUN = 10
MAX_EXCEPTIONS = 8            # the error and its chained causes / contexts / group members
FRAMES_HEAD, FRAMES_TAIL = 10, 40   # a deep stack (RecursionError) keeps its two ends
SOURCE_LINE_MAX = 160

NOTE_NAME = re.compile(r"^crash-\d{8}-\d{6}(?:-\d+)?\.txt$")
_CODE = re.compile(r"^[a-z_]+(?:\.[a-z_]+)+$")
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]   # the folder holding ``counselroom/``

LEFT_OUT = ("Left out on purpose: the error's message and arguments and the values of variables; "
            "they can hold client records.")


def logs_dir(data_dir: Path) -> Path:
    """Where the crash notes of the records in ``data_dir`` go."""
    return Path(data_dir) / LOGS_FOLDER


def fallback_logs_dir() -> Path:
    """The per-user log folder: for faults before the data folder is known (see the module text)."""
    try:
        return platformdirs.user_log_path(APP_NAME, appauthor=False)
    except Exception:  # noqa: BLE001 - no home folder at all
        return Path.home() / f".{APP_NAME.lower()}-logs"


def base_environment() -> dict[str, str]:
    """Versions that do not change while the application runs (Qt's are added by the window side)."""
    env = {APP_NAME: __version__,
           "Python": f"{platform.python_version()} ({platform.python_implementation()}, "
                     f"{'64' if sys.maxsize > 2 ** 32 else '32'}-bit)"}
    try:
        env["Platform"] = platform.platform()
    except Exception:  # noqa: BLE001 - best effort
        env["Platform"] = sys.platform
    env["Build"] = "frozen" if getattr(sys, "frozen", False) else "source"
    return env


# -- composing ----------------------------------------------------------------------------

def type_name(kind: type) -> str:
    """``ValueError``, ``sqlcipher3.dbapi2.OperationalError``: the qualified name of an exception type."""
    qualname = str(getattr(kind, "__qualname__", None) or getattr(kind, "__name__", "?"))
    module = getattr(kind, "__module__", None)
    return qualname if module in (None, "builtins", "__main__") else f"{module}.{qualname}"


def _shown_path(filename: str) -> str:
    """A frame's file: relative to the package for CounselRoom's own code, else as Python names it."""
    try:
        path = Path(filename)
        if path.is_absolute():
            resolved = path.resolve()
            if resolved.is_relative_to(_PACKAGE_ROOT):
                return resolved.relative_to(_PACKAGE_ROOT).as_posix()
    except (OSError, ValueError):
        pass
    return filename


def _frames(tb: TracebackType | None) -> list[str]:
    """File, line, function and source line of every frame; no locals, nothing computed at run time."""
    rows = []
    while tb is not None:
        code = tb.tb_frame.f_code
        lineno = tb.tb_lineno or 0
        name = getattr(code, "co_qualname", code.co_name)
        row = f'  File "{_shown_path(code.co_filename)}", line {lineno}, in {name}'
        try:
            # The file's own text (what linecache reads from disk or the module's loader), not the frame.
            source = linecache.getline(code.co_filename, lineno).strip()
        except Exception:  # noqa: BLE001 - no source (a frozen build): the location is enough
            source = ""
        if source:
            if len(source) > SOURCE_LINE_MAX:
                source = source[:SOURCE_LINE_MAX] + " …"
            row += "\n      " + source
        rows.append(row)
        tb = tb.tb_next
    if len(rows) > FRAMES_HEAD + FRAMES_TAIL:
        left_out = len(rows) - FRAMES_HEAD - FRAMES_TAIL
        rows = [*rows[:FRAMES_HEAD], f"  … {left_out} frames left out …", *rows[-FRAMES_TAIL:]]
    return rows


def _details(exc: BaseException | None) -> str:
    """What may be said about one exception besides its type: codes, never text."""
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        return f" [errno {errno_mod.errorcode.get(exc.errno, exc.errno)}]"
    if isinstance(exc, CounselRoomError) and isinstance(exc.code, str) and _CODE.match(exc.code):
        return f" [code {exc.code}]"
    return ""


#: One exception of a chain: its label, type, the exception and its traceback.
_Link = tuple[str, type | None, BaseException | None, TracebackType | None]


def _exceptions(kind: type, exc: BaseException | None, tb: TracebackType | None) -> Iterator[_Link]:
    """The error, then what caused it (``raise … from``), what it interrupted, or what a group held."""
    yield "", kind, exc, tb
    if exc is None:
        return
    seen = {id(exc)}
    queue: list[tuple[str, BaseException]] = []

    def follow(current: BaseException) -> None:
        if current.__cause__ is not None:
            queue.append(("Caused by (raise … from)", current.__cause__))
        elif current.__context__ is not None and not current.__suppress_context__:
            queue.append(("Raised while handling", current.__context__))
        if isinstance(current, BaseExceptionGroup):
            queue.extend(("Inside the group", inner) for inner in current.exceptions)

    follow(exc)
    count = 1
    while queue:
        label, current = queue.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if count >= MAX_EXCEPTIONS:
            yield "More chained exceptions left out", None, None, None
            return
        count += 1
        yield label, type(current), current, current.__traceback__
        follow(current)


def compose_note(kind: type, exc: BaseException | None, tb: TracebackType | None, *, moment: datetime,
                 environment: Mapping[str, str], thread: str = "", earlier: int = 0) -> str:
    """The note's text. Reads the exception's type, chain and frames; never its message or locals."""
    wall = clock.wall_time(moment)
    utc = moment.astimezone(timezone.utc) if moment.tzinfo else moment
    lines = [f"{APP_NAME} crash note", "",
             f"Time: {wall:%Y-%m-%d %H:%M:%S} (this computer's clock; {utc:%Y-%m-%d %H:%M:%S} UTC)"]
    lines += [f"{key}: {value}" for key, value in environment.items()]
    if thread:
        lines.append(f"Thread: {thread}")
    lines.append(f"Unexpected errors earlier in this run: {earlier}")
    for label, current_kind, current, current_tb in _exceptions(kind, exc, tb):
        lines.append("")
        if current_kind is None:
            lines.append(label + ".")
            break
        heading = f"{label}: " if label else "Error: "
        lines.append(heading + type_name(current_kind) + _details(current))
        frames = _frames(current_tb)
        lines += ["Stack (most recent call last):", *frames] if frames else ["Stack: none recorded"]
    lines += ["", LEFT_OUT, ""]
    return "\n".join(lines)


# -- writing ------------------------------------------------------------------------------

def _owner_only_folder(folder: Path) -> None:
    """``folder`` exists and only its owner may enter it (0o700 where the system has modes)."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        if os.name != "nt" and folder.is_dir() and not folder.is_symlink():
            info = folder.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(folder, 0o700)   # a folder someone made wider than ours: ours again
        return
    # Created by the mode given to mkdir (the umask can only take bits away).


def _write_new(folder: Path, stem: str, data: bytes) -> Path:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(1, 100):
        path = folder / (f"{stem}.txt" if attempt == 1 else f"{stem}-{attempt}.txt")
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        try:
            os.write(fd, data)
            try:
                os.fsync(fd)   # the process may be about to die: the note should outlive it
            except OSError:
                pass
        finally:
            os.close(fd)
        return path
    raise FileExistsError(folder / stem)


def prune(folder: Path, keep: int = KEEP_NOTES, *, spare: Path | None = None) -> None:
    """Keep only the ``keep`` newest notes in ``folder`` (by modification time); other files are not touched."""
    notes = []
    for entry in os.scandir(folder):
        if NOTE_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                notes.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
            except OSError:
                continue
    notes.sort(reverse=True)
    spare_name = spare.name if spare is not None else None
    kept = 1 if spare_name in {name for _, name in notes} else 0
    for _, name in notes:
        if name == spare_name:
            continue
        if kept < keep:
            kept += 1
            continue
        try:
            os.unlink(folder / name)
        except OSError:
            pass


def write_note(folder: Path, text: str, moment: datetime, *, keep: int = KEEP_NOTES) -> Path:
    """Write ``text`` as a new owner-only note in ``folder`` (made owner-only if missing), then rotate.

    Raises OSError if the note cannot be written."""
    folder = Path(folder)
    _owner_only_folder(folder)
    data = text.encode("utf-8", "replace")
    if len(data) > MAX_NOTE_BYTES:
        tail = f"\n… note cut at {MAX_NOTE_BYTES // 1024} KiB …\n{LEFT_OUT}\n".encode()
        data = data[:MAX_NOTE_BYTES - len(tail)].decode("utf-8", "ignore").encode("utf-8") + tail
    path = _write_new(folder, f"crash-{clock.wall_time(moment):%Y%m%d-%H%M%S}", data)
    try:
        prune(folder, keep, spare=path)
    except OSError:
        pass
    return path


# -- hard crashes ---------------------------------------------------------------------------

FAULT_LOG = "faults.txt"
MAX_FAULT_LOG_BYTES = 256 * 1024

_fault_file: TextIO | None = None   # kept open for the whole run: faulthandler writes into it while the process dies
_was_enabled = False  # faulthandler was on before (on stderr, e.g. under pytest): put back by disable


def enable_fault_log(folder: Path) -> Path | None:
    """Where the stacks go if the process dies of a fatal signal (a crash inside Qt or SQLCipher
    that no excepthook sees): Python's faulthandler, all threads, into ``folder/faults.txt``
    (owner-only, appended, the previous one kept as ``faults.1.txt`` past 256 KiB). Like a crash
    note it holds files, lines and functions only: faulthandler cannot write values.
    Each run adds one line with its time and version, so a stack can be dated. Never raises."""
    global _fault_file, _was_enabled
    try:
        folder = Path(folder)
        if not folder.parent.is_dir():
            return None
        _owner_only_folder(folder)
        path = folder / FAULT_LOG
        try:
            if path.stat().st_size > MAX_FAULT_LOG_BYTES:
                os.replace(path, folder / "faults.1.txt")
        except FileNotFoundError:
            pass
        flags = (os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_NOFOLLOW", 0))
        stream = open(os.open(path, flags, 0o600), "a", encoding="utf-8", buffering=1)
        stream.write(f"--- started {clock.wall_time(clock.utc_now()):%Y-%m-%d %H:%M:%S}, "
                     f"{APP_NAME} {__version__} (a fatal error's stack follows only if one happened)\n")
        if _fault_file is None:
            _was_enabled = faulthandler.is_enabled()
        faulthandler.enable(file=stream, all_threads=True)
        previous, _fault_file = _fault_file, stream
        if previous is not None:
            previous.close()
        return path
    except Exception:  # noqa: BLE001 - the log of hard crashes must not cause one
        return None


def disable_fault_log() -> None:
    """Stop writing into the fault log (tests; the application keeps it to the end)."""
    global _fault_file
    if _fault_file is None:
        return
    faulthandler.disable()
    _fault_file.close()
    _fault_file = None
    stderr = sys.__stderr__
    if _was_enabled and stderr is not None:
        faulthandler.enable(file=stderr, all_threads=True)


def _absolute(folder: Path | None) -> Path | None:
    """The folder as an absolute path (a note's path is shown to people and must say where it is)."""
    if folder is None:
        return None
    try:
        return Path(folder).absolute()
    except OSError:   # the working folder is gone
        return Path(folder)


class CrashNotes:
    """The crash notes of one run: where they go, how many were written. Thread-safe; never raises."""

    def __init__(self, data_dir: Path | None = None, *, fallback: Path | None = None,
                 environment: Mapping[str, str] | None = None, keep: int = KEEP_NOTES,
                 per_run: int = MAX_NOTES_PER_RUN) -> None:
        self._lock = threading.RLock()
        self.data_dir = _absolute(data_dir)
        self.fallback = fallback
        self.environment = dict(environment) if environment is not None else base_environment()
        self.keep = keep
        self.per_run = per_run
        self.errors = 0          # unexpected errors seen in this run
        self.written = 0         # notes written in this run
        self.last_note: Path | None = None

    def set_data_dir(self, data_dir: Path | None) -> None:
        with self._lock:
            self.data_dir = _absolute(data_dir)

    def folders(self) -> list[Path]:
        """Where a note goes: the data folder's ``logs/`` if the data folder exists, else the per-user one."""
        found = []
        if self.data_dir is not None and self.data_dir.is_dir():
            found.append(logs_dir(self.data_dir))
        found.append(self.fallback if self.fallback is not None else fallback_logs_dir())
        return found

    def enable_fault_log(self) -> Path | None:
        """The hard-crash log in the first folder a note would go to (see :func:`enable_fault_log`)."""
        for folder in self.folders():
            found = enable_fault_log(folder)
            if found is not None:
                return found
        return None

    def record(self, kind: type, exc: BaseException | None, tb: TracebackType | None,
               *, thread: str = "") -> Path | None:
        """Write a note of this error; its path, the last note's once the run's quota is spent, or None."""
        try:
            with self._lock:
                earlier = self.errors
                self.errors += 1
                if self.written >= self.per_run:
                    return self.last_note
                moment = clock.utc_now()
                text = compose_note(kind, exc, tb, moment=moment, environment=self.environment,
                                    thread=thread, earlier=earlier)
                for folder in self.folders():
                    try:
                        if not folder.parent.is_dir():   # the per-user folder on a first run
                            folder.parent.mkdir(parents=True, exist_ok=True)
                        path = write_note(folder, text, moment, keep=self.keep)
                    except OSError:
                        continue
                    self.written += 1
                    self.last_note = path
                    return path
                return None
        except Exception:  # noqa: BLE001 - a crash note must never become a second crash
            return None
