"""Which backup is still being written: a small lock file its writer holds.

A copy is written under temporary names (``.X.db.partial``, ``.X.keys.partial``)
and renamed when complete. A writer that is killed leaves those behind; the next
backup removes them, but must never remove the files of a copy another process
(or thread) is still writing. So each writer holds an OS lock on ``.X.db.lock``
from before its first temporary file until after its last rename; the operating
system drops the lock when the process dies. The cleaner takes the same lock
without waiting: if it gets it, nobody is writing ``X`` and whatever is left of
it is stale.

Both sides take the lock the same way (open or create, lock, then check that
the file locked is still the one at that name), so a cleaner that removes a lock
file just as a writer opens it cannot fool either of them.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Literal, overload

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


WAIT_SECONDS = 30.0


def lock_name(target: Path) -> Path:
    """The lock file of the backup ``target`` (hidden, like its temporary files)."""
    target = Path(target)
    return target.with_name(f".{target.name}.lock")


def _same_file(path: Path, fd: int) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


class WriterLock:
    """Held while one backup is written (or while the cleaner looks at its leftovers)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @overload
    @classmethod
    def acquire(cls, path: Path, *, wait: Literal[True] = ...) -> "WriterLock": ...
    @overload
    @classmethod
    def acquire(cls, path: Path, *, wait: bool) -> "WriterLock | None": ...
    @classmethod
    def acquire(cls, path: Path, *, wait: bool = True) -> "WriterLock | None":
        """The lock on ``path``; None if ``wait`` is False and another holder has it."""
        path = Path(path)
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
            try:
                locked = _try_lock(fd)
                if locked and _same_file(path, fd):
                    return cls(path, fd)
            except BaseException:
                os.close(fd)
                raise
            if locked:
                _unlock(fd)
            os.close(fd)
            if locked:
                continue  # the file was replaced while we locked it: lock the new one
            if not wait:
                return None
            if time.monotonic() > deadline:
                raise OSError(f"{path} stays locked")
            time.sleep(0.05)

    def release(self) -> None:
        """Remove the lock file and let go of it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name == "nt":  # an open file cannot be removed there
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        with contextlib.suppress(OSError):
            if _same_file(self.path, fd):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> "WriterLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
