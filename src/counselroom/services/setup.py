"""First run: create the records, the supervisor and the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

import contextlib
import os
from dataclasses import dataclass


from counselroom import __version__
from counselroom.domain.accounts import Role, validate_display_name, validate_password, validate_username
from counselroom.domain.audit import Action
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.settings import validate_room_name
from counselroom.security import keyfile as keyfile_mod
from counselroom.security import recovery_code
from counselroom.security.audit import AuditLog
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import audit_key, random_key
from counselroom.security.keystore import AUDIT_ANCHOR, DEVICE_SECRET, LOGIN_GUARD, Keystore
from counselroom.services.auth import INSTALLATION_ID
from counselroom.services.installation import Installation
from counselroom.services.session import Session
from counselroom.services.settings_service import ROOM_NAME
from counselroom.storage.database import Database, read_salt
from counselroom.storage.meta_repo import MetaRepository
from counselroom.storage.migrations_runner import migrate
from counselroom.storage.settings_repo import SettingsRepository
from counselroom.storage.users_repo import UserRepository

if TYPE_CHECKING:  # keyring is imported by the key store when it is first used
    from keyring.backend import KeyringBackend


@dataclass
class SetupResult:
    session: Session
    recovery_groups: list[str]


def initialize(inst: Installation, *, room_name: str, username: str, display_name: str,
               password: str, backend: KeyringBackend | None = None, clock: Clock = utc_now) -> SetupResult:
    """Create a new installation in an empty folder. Refuses if anything is there."""
    room_name = validate_room_name(room_name)
    username = validate_username(username)
    display_name = validate_display_name(display_name)
    password = validate_password(password, username=username)
    if inst.has_anything():
        raise CounselRoomError("setup.not_empty", path=str(inst.data_dir))

    installation_id = keyfile_mod.new_installation_id()
    # The key store is checked before anything is created: an unsafe backend
    # must leave no half-made installation behind.
    keystore = Keystore(installation_id, backend)
    inst.data_dir.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(inst.data_dir, 0o700)

    key = random_key()
    device_secret = random_key()
    groups = recovery_code.generate()
    code_secret = recovery_code.parse(recovery_code.format_code(groups))
    db: Database | None = None
    try:
        keystore.store_device_secret(device_secret)
        db = Database.create_new(inst.db_path, key)
        migrate(db, key=key, backup_dir=inst.backup_dir, now=clock())
        kf = KeyFile(installation_id=installation_id, db_salt=read_salt(inst.db_path) or b"")
        kf = kf.with_user_slot(username, password, device_secret, key)
        kf = kf.with_recovery_slot(code_secret, key)
        audit = AuditLog(db, audit_key(key), keystore, clock=clock)
        with db.transaction():
            MetaRepository(db).set(INSTALLATION_ID, installation_id)
            MetaRepository(db).set("created_at", clock().isoformat())
            MetaRepository(db).set("created_by_version", __version__)
            SettingsRepository(db).set(ROOM_NAME, room_name)
            user = UserRepository(db).add(username=username, display_name=display_name,
                                          role=Role.SUPERVISOR, created_at=clock(),
                                          must_change_password=False)
            UserRepository(db).record_login(user.id, clock())   # set-up opens the first session
            audit.append(user, Action.SETUP, detail={"version": __version__})
            audit.append(user, Action.ACCOUNT_CREATED, target=f"user:{user.id}",
                         detail={"username": username, "role": Role.SUPERVISOR.value})
            keyfile_mod.save(inst.keyfile_path, kf)
    except BaseException:
        if db is not None:
            db.close()
        _undo(inst, keystore)
        raise
    session = Session(installation=inst, keyfile=kf, keystore=keystore, db=db, key=key,
                      user=user, findings=[], clock=clock)
    return SetupResult(session, groups)


def _undo(inst: Installation, keystore: Keystore) -> None:
    """Remove what this set-up created; nothing else was there before it."""
    for path in (inst.db_path, inst.db_path.with_name(inst.db_path.name + "-wal"),
                 inst.db_path.with_name(inst.db_path.name + "-shm"), inst.keyfile_path,
                 inst.keyfile_path.with_name(keyfile_mod.PREVIOUS_NAME)):
        with contextlib.suppress(OSError):
            path.unlink()
    for entry in (DEVICE_SECRET, AUDIT_ANCHOR, LOGIN_GUARD):
        with contextlib.suppress(CounselRoomError):
            keystore.delete(entry)
