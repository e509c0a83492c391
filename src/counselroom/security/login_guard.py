"""Slowing down and locking out password guessing before the records open.

A wrong password cannot be written into the encrypted database (it cannot be
opened without the right one), so the failed attempts are kept outside it until
the next successful login copies them into the audit log. They are kept twice,
and each copy is sealed (AES-256-GCM) under a key derived from the device secret:

- in the OS key store (``login-guard``), next to the device secret;
- in ``counselroom.guard`` beside the key file.

Both copies are written on every change; on reading, the larger of the two wins
(per name the higher count, a lock in either holds, attempts in either are kept).
Deleting or damaging one copy therefore unlocks nobody and loses no attempt, and
the next write notes which copy was missing so the next login reports it. Every
state carries an id and a generation that only grows; the database remembers what
the last login saw (``services/auth.py``), so a guard that vanished, was replaced
or went back to an older copy is reported at the next login as an integrity finding.

What is kept is bounded: at most ``MAX_NAMES`` user names one by one (accounts
with a key slot are never dropped; the least recently tried other name makes
room and its attempts are counted in one aggregate), at most ``MAX_EVENTS``
attempts with their time, the rest counted. So the next login writes a bounded
number of audit rows, whatever was tried. The sealed copy must also fit one
Windows Credential Manager entry (2560 bytes, ``keystore.fits``): when long or
many guessed names would not, the times of single attempts give way to counts
first, then names without an account go into the aggregate (:meth:`GuardState.shrink`);
every attempt stays counted.

What this cannot do: whoever owns the OS session can read the device secret, so
they can copy both sealed copies away and put them back later (undetectable
without a trusted counter), or try passwords offline against the key file without
this code. The Argon2id cost of every slot is the barrier there; this guard is the
record and the brake for guessing through the application.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from counselroom.domain.accounts import (
    LOCK_AFTER, installation_delay_seconds, is_locked_out, login_delay_seconds,
)
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import AuthenticationError, RecoveryNeeded
from counselroom.domain.installation import RecoveryReason
from counselroom.security.keys import NONCE_BYTES, WrongSecret, hkdf, seal, unseal
from counselroom.security.keystore import LOGIN_GUARD, Keystore, fits
from counselroom.storage import files

GUARD_FILE_NAME = "counselroom.guard"
FORMAT = "counselroom-login-guard"
VERSION = 1

MAX_NAMES = 24          # user names followed one by one
MAX_EVENTS = 100        # failed attempts kept with their time (all names together)
MAX_EVENTS_PER_NAME = LOCK_AFTER
MAX_NOTES = 8
NAME_CHARS = 64         # longer "user names" are cut (none is a real one: 32 at most)

# Integrity finding codes (shown by ui/messages.py, audited by services/auth.py).
FINDING_PREFIX = "login_guard."
LOST = "login_guard.lost"
KEYSTORE_COPY_LOST = "login_guard.keystore_copy_lost"
FILE_COPY_LOST = "login_guard.file_copy_lost"


def guard_path(data_dir: Path) -> Path:
    return Path(data_dir) / GUARD_FILE_NAME


def name_key(username: str) -> str:
    return unicodedata.normalize("NFC", username.strip()).casefold()[:NAME_CHARS]


def _seconds(moment: datetime) -> int:
    return int(moment.timestamp())


def moment(seconds: int) -> datetime:
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)


@dataclass
class NameRecord:
    """One user name's wrong passwords since its last successful login."""
    name: str
    known: bool = False          # a key slot exists for it (never dropped to make room)
    failures: int = 0            # counts toward the delay and the lock
    last: int | None = None      # time of the last failure (seconds)
    locked: bool = False
    events: list[tuple[int, int]] = field(default_factory=list)   # (generation, time) not yet audited
    more: int = 0                # attempts not yet audited beyond ``events``: counted only
    more_first: int | None = None
    more_last: int | None = None
    more_gen: int = 0

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def pending(self) -> int:
        return len(self.events) + self.more

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"u": self.name, "f": self.failures}
        if self.known:
            data["k"] = 1
        if self.last is not None:
            data["t"] = self.last
        if self.locked:
            data["l"] = 1
        if self.events:
            data["e"] = [list(e) for e in self.events]
        if self.more:
            data["m"] = [self.more, self.more_first, self.more_last, self.more_gen]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "NameRecord":
        more = data.get("m") or [0, None, None, 0]
        return cls(name=str(data["u"])[:NAME_CHARS], known=bool(data.get("k")), failures=int(data.get("f", 0)),
                   last=data.get("t"), locked=bool(data.get("l")),
                   events=[(int(n), int(t)) for n, t in data.get("e", [])],
                   more=int(more[0]), more_first=more[1], more_last=more[2], more_gen=int(more[3]))


@dataclass
class Others:
    """Attempts under names no longer followed one by one (made room for others)."""
    attempts: int = 0
    names: int = 0
    first: int | None = None
    last: int | None = None
    gen: int = 0

    def add(self, count: int, first: int | None, last: int | None, gen: int, names: int = 1) -> None:
        if count <= 0:
            return
        self.attempts += count
        self.names += names
        self.first = first if self.first is None or (first is not None and first < self.first) else self.first
        self.last = last if self.last is None or (last is not None and last > self.last) else self.last
        self.gen = max(self.gen, gen)

    def to_json(self) -> list[int | None]:
        return [self.attempts, self.names, self.first, self.last, self.gen]

    @classmethod
    def from_json(cls, data: list[Any] | None) -> "Others":
        return cls(*data) if data else cls()


@dataclass
class GuardState:
    id: str
    gen: int = 0
    names: dict[str, NameRecord] = field(default_factory=dict)
    all_failures: int = 0            # under all names together, since the last successful login
    all_last: int | None = None
    others: Others = field(default_factory=Others)
    notes: list[tuple[str, int, int]] = field(default_factory=list)   # (finding code, generation, time)
    # Not stored: what reading found.
    present: bool = False            # at least one copy could be read
    problems: list[str] = field(default_factory=list)   # a copy missing or damaged while the other was sound

    def record(self, username: str) -> NameRecord | None:
        return self.names.get(name_key(username))

    def pending_events(self) -> int:
        return sum(len(r.events) for r in self.names.values())

    def payload(self) -> dict[str, Any]:
        return {"id": self.id, "gen": self.gen, "names": [r.to_json() for r in self.names.values()],
                "all": [self.all_failures, self.all_last], "others": self.others.to_json(),
                "notes": [list(n) for n in self.notes]}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> "GuardState":
        names = {}
        for raw in data.get("names", []):
            rec = NameRecord.from_json(raw)
            names[rec.key] = rec
        all_failures, all_last = data.get("all") or [0, None]
        return cls(id=str(data["id"]), gen=int(data["gen"]), names=names, all_failures=int(all_failures),
                   all_last=all_last, others=Others.from_json(data.get("others")),
                   notes=[(str(c), int(n), int(t)) for c, n, t in data.get("notes", [])], present=True)

    # -- changing ----------------------------------------------------------------
    def add_failure(self, username: str, when: int, gen: int, *, known: bool) -> int:
        """Count one wrong password for ``username``; returns its count of failures."""
        self.all_failures += 1
        self.all_last = when
        key = name_key(username)
        rec = self.names.get(key)
        if rec is None:
            if not self._make_room(gen, keep=known):
                # Only known accounts fill every place (not a real room): count it in the aggregate.
                self.others.add(1, when, when, gen)
                return 1
            rec = self.names[key] = NameRecord(name=unicodedata.normalize("NFC", username.strip())[:NAME_CHARS])
        rec.known = rec.known or known
        rec.failures += 1
        rec.last = when
        if is_locked_out(rec.failures):
            rec.locked = True
        if len(rec.events) < MAX_EVENTS_PER_NAME and self.pending_events() < MAX_EVENTS:
            rec.events.append((gen, when))
        else:
            rec.more += 1
            rec.more_first = when if rec.more_first is None else rec.more_first
            rec.more_last = when
            rec.more_gen = gen
        return rec.failures

    def _make_room(self, gen: int, *, keep: bool = False) -> bool:
        """A place for one more name: the least recently tried name without an account
        gives up its place (its attempts go to the aggregate). A name with an account
        (``keep``) always gets one: a room has few accounts."""
        if len(self.names) < MAX_NAMES:
            return True
        droppable = [r for r in self.names.values() if not r.known]
        if not droppable:
            return keep
        oldest = min(droppable, key=lambda r: (r.locked, r.last or 0))
        self._fold_into_others(oldest, gen)
        return True

    def _fold_into_others(self, rec: NameRecord, gen: int) -> None:
        times = [t for _, t in rec.events] + [t for t in (rec.more_first, rec.more_last) if t is not None]
        gens = [n for n, _ in rec.events] + [rec.more_gen]
        self.others.add(rec.pending, min(times, default=rec.last), max(times, default=rec.last), max(gens + [gen]))
        del self.names[rec.key]

    def bound(self) -> None:
        """Keep the limits after merging two copies."""
        while len(self.names) > MAX_NAMES and any(not r.known for r in self.names.values()):
            self._fold_into_others(min((r for r in self.names.values() if not r.known),
                                       key=lambda r: (r.locked, r.last or 0)), self.gen)
        while self.pending_events() > MAX_EVENTS:
            rec = max(self.names.values(), key=lambda r: len(r.events))
            n, t = rec.events.pop()
            rec.more += 1
            rec.more_first = t if rec.more_first is None else min(rec.more_first, t)
            rec.more_last = t if rec.more_last is None else max(rec.more_last, t)
            rec.more_gen = max(rec.more_gen, n)
        del self.notes[:-MAX_NOTES]

    def shrink(self) -> bool:
        """One step toward a smaller sealed copy (the key store's size limit): first the
        times of single attempts give way to counts (the oldest half of the name with the
        most), then names without an account go into the aggregate, unlocked and least
        recently tried first. Every attempt stays counted; accounts keep their place, count
        and lock. False when nothing is left to give."""
        if self.pending_events():
            rec = max(self.names.values(), key=lambda r: len(r.events))
            for _ in range(max(1, len(rec.events) // 2)):
                n, t = rec.events.pop(0)
                rec.more += 1
                rec.more_first = t if rec.more_first is None else min(rec.more_first, t)
                rec.more_last = t if rec.more_last is None else max(rec.more_last, t)
                rec.more_gen = max(rec.more_gen, n)
            return True
        droppable = [r for r in self.names.values() if not r.known]
        if not droppable:
            return False
        self._fold_into_others(min(droppable, key=lambda r: (r.locked, r.last or 0)), self.gen)
        return True

    def forget_failures(self, username: str) -> None:
        """A successful log-in or a supervisor's unlock: the name starts again from nothing,
        and so does the count under all names. Attempts not yet audited stay until the
        next login writes them to the audit log."""
        self.all_failures = 0
        rec = self.names.get(name_key(username))
        if rec is not None:
            rec.failures, rec.locked, rec.last = 0, False, None
            if not rec.pending:
                del self.names[rec.key]

    def forget_audited(self, through: int) -> None:
        """Drop what the audit log now holds (everything up to generation ``through``)."""
        for rec in list(self.names.values()):
            rec.events = [e for e in rec.events if e[0] > through]
            if rec.more and rec.more_gen <= through:
                rec.more, rec.more_first, rec.more_last, rec.more_gen = 0, None, None, 0
            if not rec.pending and not rec.failures and not rec.locked:
                del self.names[rec.key]
        if self.others.gen <= through:
            self.others = Others()
        self.notes = [n for n in self.notes if n[1] > through]


def merge(a: GuardState, b: GuardState) -> GuardState:
    """The larger of two copies: higher counts, either lock, every attempt in either."""
    base, other = (a, b) if a.gen >= b.gen else (b, a)
    merged = GuardState.from_payload(base.payload())
    for key, rec in other.names.items():
        mine = merged.names.get(key)
        if mine is None:
            merged.names[key] = NameRecord.from_json(rec.to_json())
            continue
        mine.known = mine.known or rec.known
        mine.failures = max(mine.failures, rec.failures)
        mine.last = max(t for t in (mine.last, rec.last, 0) if t is not None) or None
        mine.locked = mine.locked or rec.locked
        if rec.more > mine.more:
            mine.more, mine.more_first, mine.more_last, mine.more_gen = (
                rec.more, rec.more_first, rec.more_last, rec.more_gen)
        events = sorted(set(mine.events) | set(rec.events), key=lambda e: (e[1], e[0]))
        mine.events = events[-MAX_EVENTS_PER_NAME:]
        for gen, when in events[:-MAX_EVENTS_PER_NAME]:   # the oldest beyond the limit: counted
            mine.more += 1
            mine.more_first = when if mine.more_first is None else min(mine.more_first, when)
            mine.more_last = when if mine.more_last is None else max(mine.more_last, when)
            mine.more_gen = max(mine.more_gen, gen)
    merged.all_failures = max(a.all_failures, b.all_failures)
    merged.all_last = max((t for t in (a.all_last, b.all_last) if t is not None), default=None)
    if other.others.attempts > merged.others.attempts:
        merged.others = Others.from_json(other.others.to_json())
    merged.notes = sorted(set(merged.notes) | set(other.notes), key=lambda n: n[1])
    merged.bound()
    return merged


class LoginGuard:
    """The failed-login record of one installation (both copies)."""

    def __init__(self, keystore: Keystore, path: Path, device_secret: bytes | None = None, *,
                 clock: Clock = utc_now) -> None:
        self._keystore = keystore
        self._path = Path(path)
        self._device_secret = device_secret   # read from the key store when first needed
        self._clock = clock

    @property
    def path(self) -> Path:
        return self._path

    # -- sealing -------------------------------------------------------------------
    def _key(self) -> bytes:
        if self._device_secret is None:
            self._device_secret = self._keystore.device_secret()
            if self._device_secret is None:
                raise RecoveryNeeded(RecoveryReason.DEVICE_SECRET_MISSING.value)
        return hkdf(self._device_secret, b"counselroom login guard v1")

    def _aad(self) -> bytes:
        return f"{FORMAT}|{self._keystore.installation_id}".encode("utf-8")

    def _seal(self, state: GuardState) -> str:
        plain = zlib.compress(json.dumps(state.payload(), ensure_ascii=False, separators=(",", ":"))
                              .encode("utf-8"), 9)
        nonce, ct = seal(self._key(), plain, self._aad())
        return json.dumps({"format": FORMAT, "version": VERSION, "nonce": base64.b64encode(nonce).decode("ascii"),
                           "ct": base64.b64encode(ct).decode("ascii")}, separators=(",", ":"))

    def _open(self, text: str, *, legacy_allowed: bool) -> GuardState | None:
        """The state in one copy, or None if it is damaged or not ours."""
        try:
            envelope = json.loads(text)
            if not isinstance(envelope, dict):
                return None
            if "format" not in envelope and legacy_allowed:
                return self._from_legacy(envelope)
            if envelope.get("format") != FORMAT or envelope.get("version") != VERSION:
                return None
            nonce = base64.b64decode(envelope["nonce"], validate=True)
            ct = base64.b64decode(envelope["ct"], validate=True)
            if len(nonce) != NONCE_BYTES:
                return None
            plain = unseal(self._key(), nonce, ct, self._aad())
            return GuardState.from_payload(json.loads(zlib.decompress(plain).decode("utf-8")))
        except (WrongSecret, ValueError, KeyError, TypeError, IndexError, zlib.error):
            return None

    def _from_legacy(self, old: dict[str, Any]) -> GuardState:
        """The plain JSON this entry held before (name -> failures, pending, locked, last)."""
        state = GuardState(id=uuid.uuid4().hex, present=True)
        gen = 1
        # Locked and most tried names last, so that making room drops them last.
        records = sorted(((str(n), r) for n, r in old.items() if isinstance(r, dict)),
                         key=lambda item: (bool(item[1].get("locked")), int(item[1].get("failures", 0))))
        for name, rec in records:
            times = [_seconds(datetime.fromisoformat(t)) for t in rec.get("pending", []) if isinstance(t, str)]
            for when in times:
                state.add_failure(name, when, gen, known=False)
            if state.record(name) is None and (rec.get("locked") or rec.get("failures")):
                state.names[name_key(name)] = NameRecord(name=name[:NAME_CHARS])
            target = state.record(name)
            if target is not None:
                target.failures = max(target.failures, int(rec.get("failures", 0)))
                target.locked = target.locked or bool(rec.get("locked")) or is_locked_out(target.failures)
                # Whether a locked name has an account is not known here: keep it.
                target.known = target.known or target.locked
                if rec.get("last"):
                    target.last = _seconds(datetime.fromisoformat(rec["last"]))
        state.gen = gen
        state.all_failures = 0
        state.bound()
        return state

    # -- reading and writing ---------------------------------------------------------
    def load(self) -> GuardState:
        """Both copies, merged. Only reads."""
        kept = self._keystore.get(LOGIN_GUARD)
        try:
            on_disk = self._path.read_text(encoding="utf-8") if self._path.exists() else None
        except (OSError, UnicodeDecodeError):
            on_disk = ""   # there, but unreadable: damaged
        from_store = self._open(kept, legacy_allowed=True) if kept else None
        from_file = self._open(on_disk, legacy_allowed=False) if on_disk is not None else None
        legacy = kept is not None and from_store is not None and "format" not in kept
        if from_store is not None and from_file is not None:
            return merge(from_store, from_file)
        if from_store is not None:
            if not legacy:   # a legacy entry had no file beside it
                from_store.problems.append(FILE_COPY_LOST)
            return from_store
        if from_file is not None:
            from_file.problems.append(KEYSTORE_COPY_LOST)
            return from_file
        # Neither copy: a new installation, or both were removed (the database notices that).
        return GuardState(id=uuid.uuid4().hex)

    def _save(self, state: GuardState) -> None:
        text = self._seal(state)
        while not fits(text) and state.shrink():
            text = self._seal(state)   # if it still does not fit, the key store says so clearly
        # The file first: if the key store then fails, one sound copy has the attempt.
        files.write_atomically(self._path, text.encode("utf-8"), private=True)
        self._keystore.put(LOGIN_GUARD, text)

    def _update(self, change: Callable[[GuardState, int], object], now: datetime, *, note_problems: bool = True,
                create: bool = False, keep_id: str | None = None) -> GuardState:
        state = self.load()
        if not state.present and keep_id:
            state.id = keep_id
        before = state.payload()
        gen = state.gen + 1
        change(state, gen)
        if state.payload() == before and not state.problems and (state.present or not create):
            return state
        state.gen = gen
        if note_problems:
            state.notes.extend((code, gen, _seconds(now)) for code in state.problems)
        state.bound()
        self._save(state)
        state.present = True
        return state

    # -- the rules -------------------------------------------------------------------
    def check(self, username: str, now: datetime) -> GuardState:
        """Raise if no password may be tried now under ``username``. Returns what was read."""
        state = self.load()
        rec = state.record(username)
        if rec is not None and (rec.locked or is_locked_out(rec.failures)):
            raise AuthenticationError("auth.locked")
        waits = []
        if rec is not None and rec.last is not None and login_delay_seconds(rec.failures):
            waits.append(("auth.wait", moment(rec.last) + timedelta(seconds=login_delay_seconds(rec.failures))))
        if state.all_last is not None and installation_delay_seconds(state.all_failures):
            waits.append(("auth.wait_all", moment(state.all_last)
                          + timedelta(seconds=installation_delay_seconds(state.all_failures))))
        code, ready = max(waits, key=lambda w: w[1], default=(None, now))
        if now < ready:
            # Counted from whole seconds: a wait never ends a moment before it said.
            raise AuthenticationError(code, seconds=int((ready - now).total_seconds()) + 1)
        return state

    def record_failure(self, username: str, now: datetime, *, known: bool) -> int:
        """One wrong password (or unknown name): counted in both copies. Returns the name's count."""
        counted: list[int] = []
        self._update(lambda state, gen: counted.append(
            state.add_failure(username, _seconds(now), gen, known=known)), now, create=True)
        return counted[0]

    def reset(self, username: str) -> None:
        """The name may try again (successful unlock, a supervisor's unlock or new password)."""
        self._update(lambda state, gen: state.forget_failures(username), self._clock())

    def after_login(self, loaded: GuardState, now: datetime, *, username: str | None) -> GuardState:
        """The login has written everything up to ``loaded.gen`` to the audit log and
        remembered ``loaded.id``: forget that, and ``username``'s failures (None if the
        login was refused). Writes both copies, so a missing one is back."""
        def change(state: GuardState, gen: int) -> None:
            if state.id == loaded.id:
                state.forget_audited(loaded.gen)
            if username is not None:
                state.forget_failures(username)

        # A copy found missing is written again (``problems`` make ``_update`` write).
        return self._update(change, now, note_problems=False, create=True, keep_id=loaded.id)
