"""The key file seen with K: bringing it up to date, and checking every slot it holds.

``admin check`` (and the supervisor's integrity check, Settings → Recovery code and
Today) verify each slot's MAC under a key derived from K, so a damaged or missing
recovery slot is found the day it happens, not the day the recovery sheet is needed.
"""

from __future__ import annotations

import contextlib

from counselroom.archive import backups as backup_files
from counselroom.domain.errors import KeystoreError, RecoveryNeeded
from counselroom.domain.installation import RecoveryReason
from counselroom.domain.integrity import Finding
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.keyfile import KeyFile
from counselroom.services.session import Session
from counselroom.storage.database import Database
from counselroom.storage.users_repo import UserRepository

# Finding codes (worded in ui/messages.py). The recovery ones are "fix now": print a new sheet.
KEY_FILE_MISSING = "keys.file_missing"
KEY_FILE_DAMAGED = "keys.file_damaged"
KEY_FILE_FOREIGN = "keys.file_foreign"
RECOVERY_MISSING = "keys.recovery_missing"
RECOVERY_DAMAGED = "keys.recovery_damaged"
USER_SLOT_DAMAGED = "keys.user_slot_damaged"
USER_SLOT_MISSING = "keys.user_slot_missing"
NOT_SEALED = "keys.not_sealed"
RECOVERY_CODES = (KEY_FILE_MISSING, KEY_FILE_DAMAGED, KEY_FILE_FOREIGN, RECOVERY_MISSING, RECOVERY_DAMAGED)


def migration_sidecar(kf: KeyFile, key: bytes) -> backup_files.Sidecar:
    """The recovery keys for a pre-migration backup (``migrate(..., sidecar=…)``)."""
    return backup_files.keys_for(kf, key)


def seal_keyfile(session: Session) -> bool:
    """At login: a version 1 key file becomes version 2 (owner tags keyed with the device
    secret, a MAC on every slot). Returns whether the file was rewritten. Needs K, so it
    runs only once someone has logged in; failing to write leaves the old file in use."""
    kf = session.keyfile
    if not kf.needs_upgrade:
        return False
    try:
        device_secret = session.keystore.device_secret()
    except KeystoreError:
        return False
    if device_secret is None:
        return False
    usernames = [u.username for u in UserRepository(session.db).all()]
    new = kf.upgraded(session.key, device_secret, usernames)
    try:
        session.save_keyfile(new)
    except OSError:
        return False
    return True


def _on_disk(session: Session) -> KeyFile | Finding:
    """The key file on disk, or what is wrong with it."""
    try:
        kf = keyfile_mod.load(session.installation.keyfile_path)
    except RecoveryNeeded as exc:
        missing = exc.reason == RecoveryReason.KEY_FILE_MISSING.value
        return Finding(KEY_FILE_MISSING if missing else KEY_FILE_DAMAGED)
    if kf.installation_id != session.keyfile.installation_id:
        return Finding(KEY_FILE_FOREIGN)
    return kf


def recovery_slot_finding(session: Session) -> Finding | None:
    """Whether the printed recovery code can still open the records: None if the key
    file on disk holds a recovery slot whose MAC matches. Quick (no Argon2id, no query)."""
    kf = _on_disk(session)
    if isinstance(kf, Finding):
        return kf
    slot = kf.recovery_slot()
    if slot is None:
        return Finding(RECOVERY_MISSING)
    if any(p.slot.id == slot.id and p.problem == "altered" for p in kf.slot_problems(session.key)):
        return Finding(RECOVERY_DAMAGED)
    return None


def keyslot_findings(session: Session, db: Database | None = None) -> list[Finding]:
    """Every slot of the key file on disk that can be checked: its MAC under K, the
    recovery slot there, and a slot for every active account that should have one.
    ``db``: a connection of the caller's own (for a worker thread); default the session's."""
    kf = _on_disk(session)
    if isinstance(kf, Finding):
        return [kf]
    key = session.key
    findings: list[Finding] = []
    problems = {p.slot.id: p.problem for p in kf.slot_problems(key)}
    recovery = kf.recovery_slot()
    if recovery is None:
        findings.append(Finding(RECOVERY_MISSING))
    elif problems.get(recovery.id) == "altered":
        findings.append(Finding(RECOVERY_DAMAGED))
    if any(p == "unsealed" for p in problems.values()):
        findings.append(Finding(NOT_SEALED))
    device_secret = None
    with contextlib.suppress(KeystoreError):
        device_secret = session.keystore.device_secret()
    users = UserRepository(db or session.db).all()
    by_owner = {kf.owner_for(u.username, device_secret): u for u in users} if device_secret else {}
    for slot in kf.slots:
        if slot.kind == "user" and problems.get(slot.id) == "altered":
            user = by_owner.get(slot.owner or "")
            findings.append(Finding(USER_SLOT_DAMAGED, {"username": user.username if user else "?"}))
    if device_secret is not None:
        for user in users:
            # An account waiting for a new password from the supervisor has no slot on purpose.
            if user.active and not user.needs_password_reset and kf.user_slot(user.username, device_secret) is None:
                findings.append(Finding(USER_SLOT_MISSING, {"username": user.username}))
    return findings
