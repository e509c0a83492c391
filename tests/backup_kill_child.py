"""A backup writer to be killed: makes backups of one database into one folder, in a loop,
until it is killed (``tests/storage/test_backup_kills.py``, ``bench/attack_backup_kills.py``).

stdin: one JSON line {"db", "key" (hex), "keyfile", "folder"}. Prints "ready" once set up."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from counselroom.archive import backups
from counselroom.domain.backups import BackupKind
from counselroom.domain.clock import utc_now
from counselroom.security import keyfile


def main() -> None:
    args = json.loads(sys.stdin.readline())
    key = bytes.fromhex(args["key"])
    sidecar = backups.keys_for(keyfile.load(Path(args["keyfile"])), key)
    print("ready", flush=True)
    while True:
        made = backups.make(Path(args["db"]), key, Path(args["folder"]), BackupKind.MANUAL, utc_now(),
                            sidecar=sidecar)
        print(made.path.name, flush=True)


if __name__ == "__main__":
    main()
