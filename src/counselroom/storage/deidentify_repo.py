"""What de-identifying a case reads beyond the case itself: every name the database holds, and the
contacts and institutions written in the case's crises and referrals."""

from __future__ import annotations

from counselroom.storage.database import Database


class DeidentifyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def client_names(self) -> list[tuple[int, str, str, str]]:
        """(id, name, guardian name, pinyin keys) of every client, in one query (50,000 on a big school)."""
        rows = self._db.query_all("SELECT id, name, guardian_name, pinyin_keys FROM clients")
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def staff_names(self) -> list[tuple[int, str]]:
        """(id, display name) of every account, former ones too: old records name them."""
        return [(int(r[0]), str(r[1])) for r in self._db.query_all("SELECT id, display_name FROM users")]

    def contacts(self, case_id: int) -> list[str]:
        """Who did or was told of a crisis step, and referral contacts, as written."""
        rows = self._db.query_all(
            "SELECT s.done_by, s.contact FROM crisis_steps s JOIN crises k ON k.id = s.crisis_id "
            "WHERE k.case_id = ? UNION ALL SELECT '', contact FROM referrals WHERE case_id = ?",
            (case_id, case_id))
        return [str(text) for row in rows for text in row if text]

    def institutions(self, case_id: int) -> list[str]:
        rows = self._db.query_all("SELECT DISTINCT institution FROM referrals WHERE case_id = ?", (case_id,))
        return [str(r[0]) for r in rows if r[0]]
