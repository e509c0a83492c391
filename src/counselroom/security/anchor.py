"""Keeping the audit chain's anchor in the OS key store without a key-store round trip per write.

A real key store costs 25-50 ms a write (the Secret Service opens a session with a key
exchange, writes, and the write is read back). Doing that after every audited commit made
signing a visit record 39 times slower than the INSERT it stands for, on the GUI thread.
So the anchor is moved by one writer thread per installation, at most once per
``INTERVAL`` seconds, with the newest head committed by then; sooner when the session
locks or ends; and before this process reads the anchor or exits.

What this costs is written in docs/SECURITY.md ("The audit anchor's window"): rows
committed in the last few seconds before the process is killed are not yet covered by
the anchor, so a copy of the file taken in that moment could later be put back without
the anchor noticing. A stale anchor never raises a false alarm: an anchor older than the
database is what ``compare_anchor`` expects.
"""

from __future__ import annotations

import atexit
import threading
import time
from typing import Any

from counselroom.domain.errors import KeystoreError
from counselroom.security.keystore import AUDIT_ANCHOR, Keystore

# Seconds between two moves of the anchor while rows are being written.
INTERVAL = 3.0
# How long the last move may take when the process ends or the anchor is read.
FLUSH_TIMEOUT = 10.0

Head = tuple[int, str]


class AnchorKeeper:
    """The one writer of one installation's anchor in this process.

    ``move`` is cheap and never touches the key store; a thread of the keeper's own does,
    started when there is something to write and ending when there is nothing left.
    A move to an older head than one already written or waiting is ignored, so rows
    audited through several connections (a worker's own, the window's) can only move the
    anchor forward; ``write_now`` is the one way back (a deliberate restore or recovery).
    """

    _keepers: dict[tuple[int, str], AnchorKeeper] = {}
    _lock = threading.Lock()

    def __init__(self, keystore: Keystore, interval: float = INTERVAL) -> None:
        self._keystore = keystore
        self._interval = interval
        self._cond = threading.Condition()
        self._pending: Head | None = None
        self._written = 0  # the newest seq written or being written
        self._busy = False
        self._urgent = False
        self._last_write = float("-inf")
        self._thread: threading.Thread | None = None

    @classmethod
    def for_store(cls, keystore: Keystore) -> AnchorKeeper:
        """The keeper of ``keystore``'s installation in this process (one writer, so the
        anchor only ever moves forward, whichever connection audited the row)."""
        slot = (id(keystore.backend), keystore.installation_id)
        with cls._lock:
            keeper = cls._keepers.get(slot)
            if keeper is None:
                keeper = cls._keepers[slot] = cls(keystore)
            return keeper

    # -- what the audit log calls ----------------------------------------------------------
    def move(self, seq: int, mac: str) -> None:
        """Ask for the anchor to be moved to (seq, mac) soon; returns at once."""
        with self._cond:
            newest = self._pending[0] if self._pending else self._written
            if seq <= newest:
                return
            self._pending = (seq, mac)
            # No notify: a waiting writer takes the newest head when its interval ends, and
            # waking it on every commit only to wait again cost each signing a context switch.
            self._start()

    def hurry(self) -> None:
        """Move what is waiting now rather than at the end of the interval (lock, logout);
        does not wait for it."""
        with self._cond:
            if self._pending is not None:
                self._urgent = True
                self._start()
                self._cond.notify_all()

    def flush(self, timeout: float = FLUSH_TIMEOUT) -> bool:
        """Move what is waiting now and wait until it is written; False if that took
        longer than ``timeout`` (a key store that does not answer)."""
        with self._cond:
            if self._pending is None and not self._busy:
                return True
            self._urgent = True
            self._start()
            self._cond.notify_all()
            return self._cond.wait_for(lambda: self._pending is None and not self._busy, timeout)

    def write_now(self, seq: int, mac: str) -> None:
        """Write (seq, mac) in the caller's thread, replacing whatever was waiting, even if
        it is older than what was written: the chain was deliberately reset. Raises
        :class:`KeystoreError` when the key store refuses."""
        with self._cond:
            self._cond.wait_for(lambda: not self._busy)
            self._pending = None
            self._urgent = False
            self._busy = True
        try:
            self._put(seq, mac)
        finally:
            with self._cond:
                self._written = seq
                self._busy = False
                self._last_write = time.monotonic()
                self._cond.notify_all()

    # -- the writer thread -----------------------------------------------------------------
    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="audit-anchor", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._pending is None:
                        self._thread = None
                        return
                    wait = self._last_write + self._interval - time.monotonic()
                    if self._urgent or wait <= 0:
                        break
                    self._cond.wait(wait)
                if self._busy:  # a write_now in progress: let it finish first
                    self._cond.wait_for(lambda: not self._busy)
                    continue
                seq, mac = self._pending
                self._pending = None
                self._urgent = False
                self._busy = True
                self._written = max(self._written, seq)
            try:
                self._put(seq, mac)
            except KeystoreError:
                # The row is committed; an anchor left behind shows up at the next check as
                # "database newer than anchor", which raises no alarm.
                pass
            except Exception:  # noqa: BLE001 - a backend's own failure must not end the writer
                pass
            finally:
                with self._cond:
                    self._busy = False
                    self._last_write = time.monotonic()
                    self._cond.notify_all()

    def _put(self, seq: int, mac: str) -> None:
        value: dict[str, Any] = {"seq": seq, "mac": mac}
        self._keystore.put_json(AUDIT_ANCHOR, value)


def flush_all(timeout: float = FLUSH_TIMEOUT) -> bool:
    """Write every anchor still waiting (at exit; before a check reads the key store)."""
    with AnchorKeeper._lock:
        keepers = list(AnchorKeeper._keepers.values())
    return all([keeper.flush(timeout) for keeper in keepers])


# Daemon threads still run while exit handlers do: the last head is written before the
# process ends, however it ends short of being killed.
atexit.register(flush_all)
