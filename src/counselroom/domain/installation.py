"""What a data directory holds, decided before anyone logs in."""

from __future__ import annotations

from enum import Enum


class InstallState(Enum):
    FIRST_RUN = "first_run"        # nothing of ours in the folder: set-up may create the records
    READY = "ready"                # records, key file and device secret all present: log in
    RECOVERY = "recovery"          # something expected is missing: recovery, never set-up


class RecoveryReason(str, Enum):
    DEVICE_SECRET_MISSING = "device_secret_missing"
    DATABASE_MISSING = "database_missing"
    DATABASE_EMPTY = "database_empty"
    DATABASE_FOREIGN = "database_foreign"
    DATABASE_DAMAGED = "database_damaged"
    KEY_FILE_MISSING = "key_file_missing"
    KEY_FILE_DAMAGED = "key_file_damaged"
    NEW_COMPUTER = "new_computer"  # asked for: nothing here yet, the records come from a backup
