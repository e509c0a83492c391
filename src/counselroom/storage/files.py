"""Writing a file so that a crash, a power cut or a pulled drive never leaves half of it in
place of the whole: on Windows as on Linux and macOS.

The pattern everywhere: write under a temporary name, flush and fsync the file, rename it
over the final name (:func:`replace`), then sync the folder so that the rename itself is on
the disk (:func:`sync_folder`).

Windows differs in three ways, all handled here:

- A file opened with ``os.open`` is in *text* mode unless ``O_BINARY`` is given: every
  ``\\n`` written becomes ``\\r\\n`` (a key file's checksum would then fail). Files are
  always opened binary here.
- A folder cannot be opened to be synced (``os.open`` on a directory raises
  PermissionError). NTFS journals the rename itself, so the folder sync is skipped there.
- A rename fails with PermissionError (a sharing violation, or access denied) while another
  process holds the source or the target open without FILE_SHARE_DELETE: typically an
  antivirus scanner or the search indexer looking at a file that was just written. The
  rename is tried again a few times over about half a second before the error is let
  through to the caller's own handling.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

#: Attempts at a rename that Windows refuses with PermissionError; pauses double in between
#: (0.02 + 0.04 + 0.08 + 0.16 + 0.32 s: about 0.6 s in all before giving up).
REPLACE_ATTEMPTS = 6
REPLACE_FIRST_PAUSE = 0.02

_BINARY = getattr(os, "O_BINARY", 0)   # Windows only; 0 elsewhere
_sleep = time.sleep


def on_windows() -> bool:
    """The one platform check of this module (tests pretend to be Windows through it)."""
    return os.name == "nt"


def sync_folder(*folders: Path, quiet: bool = False) -> None:
    """Make renames and new names in ``folders`` durable (a no-op on Windows).

    ``quiet``: a folder that cannot be synced (some USB file systems) is not an error."""
    if on_windows():
        return
    for folder in dict.fromkeys(Path(f) for f in folders):
        try:
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            if not quiet:
                raise


def sync_file(path: Path) -> None:
    """Flush a file written by someone else (e.g. SQLite) to the disk."""
    with open(path, "rb+") as fh:   # Windows' FlushFileBuffers needs write access
        os.fsync(fh.fileno())


def write_synced(path: Path, data: bytes, *, exclusive: bool = False, private: bool = False) -> None:
    """Write ``data`` to ``path`` (binary, on every platform), flushed and synced.

    ``exclusive``: fail if ``path`` exists. ``private``: readable by this OS user only
    (mode 0600; Windows ignores the mode, the data folder's own permissions apply)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC) | _BINARY
    fd = os.open(path, flags, 0o600 if private else 0o666)
    with open(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def replace(source: Path, target: Path) -> None:
    """``os.replace``, tried again briefly when Windows refuses it with PermissionError
    because another process has one of the files open; the last error is raised."""
    pause = REPLACE_FIRST_PAUSE
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not on_windows() or attempt == REPLACE_ATTEMPTS:
                raise
        _sleep(pause)
        pause *= 2


def write_atomically(path: Path, data: bytes, *, temp: Path | None = None, private: bool = False,
                     quiet_folder: bool = False) -> None:
    """Temporary name (``temp``, default ``<name>.tmp``), sync, rename, sync the folder.

    On failure the temporary file is removed (as far as the drive allows) and ``path`` is
    as it was; the OSError is raised."""
    path = Path(path)
    tmp = Path(temp) if temp is not None else path.with_name(path.name + ".tmp")
    try:
        write_synced(tmp, data, private=private)
        replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    sync_folder(path.parent, quiet=quiet_folder)
