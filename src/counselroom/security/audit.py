"""The keyed audit chain.

Each row's MAC covers its fields and the previous row's MAC, keyed with a key
derived from the database key (so never stored in the file). Editing, deleting,
swapping or truncating rows breaks the chain. Rolling the whole file back to an
older copy does not, so the newest (seq, MAC) is also kept in the OS key store
as an anchor and compared at every login and by ``admin check``; the anchor is
moved by :mod:`counselroom.security.anchor`, at most every few seconds.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import datetime
from typing import Any

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action, AuditEntry
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.integrity import Finding
from counselroom.security.anchor import AnchorKeeper
from counselroom.security.keystore import AUDIT_ANCHOR, Keystore
from counselroom.storage.audit_repo import AuditRepository, chain_rows, detail_json, entry_of, head_seq
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import to_db

GENESIS = "0" * 64
SYSTEM_ACTOR = "system"


def entry_mac(key: bytes, entry: AuditEntry) -> str:
    fields = [str(entry.seq), to_db(entry.ts) or "", "" if entry.actor_id is None else str(entry.actor_id),
              entry.actor, entry.action, entry.target, detail_json(entry.detail), entry.prev_mac]
    message = "\x1f".join(fields).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class AuditLog:
    """Appends chained rows inside the caller's transaction.

    The anchor in the key store is moved only after the transaction commits,
    so a rolled-back transaction never makes the database look truncated; the
    move itself happens on the keeper's thread, never in the caller's.
    While an integrity alert stands, the anchor is frozen at what it was, so
    the evidence survives until a supervisor acknowledges it.
    """

    def __init__(self, db: Database, key: bytes, keystore: Keystore | None,
                 *, anchor_frozen: bool = False, clock: Clock = utc_now) -> None:
        self._db = db
        self._repo = AuditRepository(db)
        self._key = key
        self._keystore = keystore
        self.anchor_frozen = anchor_frozen
        self._clock = clock
        self._newest: AuditEntry | None = None

    def pseudonym(self, text: str) -> str:
        """A short keyed tag for a text that must not be written in the clear (a user name that is
        no account may be a password typed into the wrong field): the same text gives the same
        tag, so repeated guesses still group together."""
        return hmac.new(self._key, b"unknown-name\x1f" + text.encode("utf-8"), hashlib.sha256).hexdigest()[:10]

    def append(self, actor: User | None, action: Action | str, *, target: str = "",
               detail: dict[str, Any] | None = None, ts: datetime | None = None) -> AuditEntry:
        if not self._db.in_transaction:
            raise RuntimeError("audit rows are written inside the transaction they describe")
        head = self._repo.head()
        action_value = action.value if isinstance(action, Action) else action
        draft = AuditEntry(
            seq=(head.seq + 1) if head else 1,
            ts=ts or self._clock(),
            actor_id=actor.id if actor else None,
            actor=actor.username if actor else SYSTEM_ACTOR,
            action=action_value, target=target, detail=dict(detail or {}),
            prev_mac=head.mac if head else GENESIS,
        )
        entry = AuditEntry(**{**draft.__dict__, "mac": entry_mac(self._key, draft)})
        self._repo.append(entry)
        # The transaction's last row is the one the anchor moves to.
        self._newest = entry
        self._db.after_commit(lambda: self._move_anchor(entry) if entry is self._newest else None)
        return entry

    def _move_anchor(self, entry: AuditEntry) -> None:
        if self._keystore is None or self.anchor_frozen:
            return
        AnchorKeeper.for_store(self._keystore).move(entry.seq, entry.mac)

    def hurry_anchor(self) -> None:
        """The session is locking or ending: move the anchor now, without waiting for it."""
        if self._keystore is not None:
            AnchorKeeper.for_store(self._keystore).hurry()

    def reset_anchor(self) -> None:
        """Point the anchor at the chain as it is now (a deliberate restore, recovery or an
        acknowledged alert), written before this returns."""
        head = self._repo.head()
        if self._keystore is not None and head is not None:
            AnchorKeeper.for_store(self._keystore).write_now(head.seq, head.mac)
        self.anchor_frozen = False


#: Called after each batch of a long check with (seq reached, newest seq when it began).
ChainProgress = Callable[[int, int], None]


def verify_chain(db: Database, key: bytes, progress: ChainProgress | None = None) -> list[Finding]:
    """Recompute every row's MAC and link, streamed in batches (1.5 M rows on a big room's log).

    A row's MAC was computed over its fields as they are stored, so the fast path MACs the stored
    text itself (no ``AuditEntry``, no JSON parsed and written again per row); only a row that
    fails it is decided by ``entry_mac`` over the parsed entry, the definition. The findings are
    the same as computing ``entry_mac`` for every row; a row too damaged to parse is a bad MAC.
    """
    findings: list[Finding] = []
    keyed = hmac.new(key, digestmod=hashlib.sha256)     # the key's pads once, copied per row
    expected_seq, prev_mac = 1, GENESIS
    total = head_seq(db) if progress else 0
    for rows in chain_rows(db):
        for row in rows:
            seq, ts, actor_id, actor, action, target, detail, stored_prev, mac = row
            if seq != expected_seq:
                findings.append(Finding("audit.gap", {"expected": expected_seq, "found": seq}))
            if stored_prev != prev_mac:
                findings.append(Finding("audit.broken_link", {"seq": seq}))
            try:
                mac_of = keyed.copy()
                mac_of.update("\x1f".join((str(seq), ts, "" if actor_id is None else str(actor_id), actor, action,
                                           target, detail, stored_prev)).encode("utf-8"))
                sound = hmac.compare_digest(mac_of.hexdigest(), mac)
            except (TypeError, UnicodeError):       # a NULL or an odd value where text belongs
                sound = False
            if not sound and not _sound_as_parsed(key, row):
                findings.append(Finding("audit.bad_mac", {"seq": seq}))
            expected_seq, prev_mac = seq + 1, mac
            if len(findings) > 50:
                findings.append(Finding("audit.too_many_problems"))
                return findings
        if progress:
            progress(rows[-1][0], total)
    if expected_seq == 1:
        findings.append(Finding("audit.empty"))
    return findings


def _sound_as_parsed(key: bytes, row: Row) -> bool:
    """The row's MAC over its parsed fields (a detail or time stored in another but equal form)."""
    try:
        entry = entry_of(row)
        return isinstance(entry.mac, str) and hmac.compare_digest(entry.mac, entry_mac(key, entry))
    except (TypeError, ValueError):                 # detail that is no JSON, a time that is none
        return False


def compare_anchor(repo: AuditRepository, keystore: Keystore) -> list[Finding]:
    """Compare the database's chain with the head remembered in the key store."""
    # A head this process has yet to write is part of what the key store remembers.
    AnchorKeeper.for_store(keystore).flush()
    anchor = keystore.get_json(AUDIT_ANCHOR)
    if not anchor or "seq" not in anchor or "mac" not in anchor:
        return [Finding("audit.anchor_missing")]
    head = repo.head()
    seq = int(anchor["seq"])
    if head is None or head.seq < seq:
        return [Finding("audit.rolled_back", {"expected": seq, "found": head.seq if head else 0})]
    at_anchor = repo.get(seq)
    if at_anchor is None or not hmac.compare_digest(at_anchor.mac, str(anchor["mac"])):
        return [Finding("audit.diverged", {"seq": seq})]
    return []
