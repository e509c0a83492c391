"""What a database file holds, in numbers: for describing a backup before it is trusted."""

from __future__ import annotations

from counselroom.domain.backups import AuditHead, BackupContents
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database
from counselroom.storage.meta_repo import MetaRepository

INSTALLATION_ID = "installation_id"
# The records people look for, in the order a list shows them. A backup made by an
# older version may lack some tables; those are simply not counted.
COUNTED_TABLES = ("clients", "cases", "visits", "appointments", "test_administrations", "crises",
                  "referrals", "consents", "activities", "users", "audit")


class BackupContentsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _tables(self) -> set[str]:
        return {r[0] for r in self._db.query_all("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def counts(self) -> dict[str, int]:
        tables = self._tables()
        # Table names come from the fixed list above, never from input.
        return {name: int(self._db.query_value(f"SELECT count(*) FROM {name}"))
                for name in COUNTED_TABLES if name in tables}

    def contents(self) -> BackupContents:
        tables = self._tables()
        head = AuditRepository(self._db).head() if "audit" in tables else None
        installation = MetaRepository(self._db).get(INSTALLATION_ID) if "meta" in tables else None
        return BackupContents(
            schema_version=self._db.user_version(),
            counts=self.counts(),
            audit_head=AuditHead(head.seq, head.ts, head.mac) if head else None,
            installation_id=installation,
        )
