"""Where the records live and what state that folder is in.

Deciding the state only reads: a folder that needs recovery is left exactly
as it was found, byte for byte.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from counselroom import APP_NAME
from counselroom.domain.errors import RecoveryNeeded
from counselroom.domain.installation import InstallState, RecoveryReason
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.keyfile import KEYFILE_NAME, KeyFile
from counselroom.security.keystore import Keystore
from counselroom.storage.database import DB_FILENAME, read_salt

if TYPE_CHECKING:  # keyring is imported by the key store when it is first used
    from keyring.backend import KeyringBackend


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


@dataclass(frozen=True)
class Installation:
    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def keyfile_path(self) -> Path:
        return self.data_dir / KEYFILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def prefs_path(self) -> Path:
        # Language and window layout only: nothing about any person.
        return self.data_dir / "preferences.json"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "counselroom.instance-lock"

    def has_anything(self) -> bool:
        previous = self.keyfile_path.with_name(KEYFILE_NAME + ".previous")
        backups = self.backup_dir.is_dir() and any(self.backup_dir.iterdir())
        return (self.db_path.exists() or self.keyfile_path.exists() or previous.exists()
                or backups)


@dataclass(frozen=True)
class DetectedState:
    state: InstallState
    reason: RecoveryReason | None = None
    keyfile: KeyFile | None = None


def database_problem(inst: Installation, kf: KeyFile) -> RecoveryReason | None:
    if not inst.db_path.is_file():
        return RecoveryReason.DATABASE_MISSING
    if inst.db_path.stat().st_size == 0:
        return RecoveryReason.DATABASE_EMPTY
    if read_salt(inst.db_path) != kf.db_salt:
        return RecoveryReason.DATABASE_FOREIGN
    return None


def detect(inst: Installation, backend: KeyringBackend | None = None) -> DetectedState:
    """First run, ready to log in, or recovery (never set-up over existing records).

    Raises KeystoreError if the OS key store is missing or unsafe.
    """
    if not inst.has_anything():
        return DetectedState(InstallState.FIRST_RUN)
    try:
        kf = keyfile_mod.load(inst.keyfile_path)
    except RecoveryNeeded as exc:
        return DetectedState(InstallState.RECOVERY, RecoveryReason(exc.reason))
    problem = database_problem(inst, kf)
    if problem is not None:
        return DetectedState(InstallState.RECOVERY, problem, kf)
    if Keystore(kf.installation_id, backend).device_secret() is None:
        return DetectedState(InstallState.RECOVERY, RecoveryReason.DEVICE_SECRET_MISSING, kf)
    return DetectedState(InstallState.READY, None, kf)
