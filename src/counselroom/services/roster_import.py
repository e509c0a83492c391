"""Importing a student list: preview with duplicates and errors, then all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counselroom.domain.audit import Action
from counselroom.domain.clients import Client
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.roster import RosterRow, RowError, guess_mapping, read_rows
from counselroom.services.clients import ClientService
from counselroom.services.roster_files import read_table
from counselroom.services.session import Session
from counselroom.storage.clients_repo import ClientRepository


@dataclass(frozen=True)
class RosterPreview:
    header: list[str]
    mapping: dict[str, int]
    new: list[RosterRow]
    already_registered: list[tuple[RosterRow, Client]]
    errors: list[RowError]

    @property
    def acceptable(self) -> bool:
        return not self.errors and bool(self.new)


@dataclass(frozen=True)
class RosterResult:
    imported: int
    skipped_duplicates: int


class RosterRejected(CounselRoomError):
    code = "roster.rejected"

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("roster.rejected", count=len(errors))


class RosterImportService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def load(self, path: Path) -> tuple[list[str], list[list[object]]]:
        self._s.require()
        return read_table(path)

    def preview(self, header: list[str], rows: list[list[object]],
                mapping: dict[str, int] | None = None) -> RosterPreview:
        self._s.require()
        mapping = guess_mapping(header) if mapping is None else mapping
        good, errors = read_rows(rows, mapping, self._s.today())
        repo = ClientRepository(self._s.db)
        new, known = [], []
        for row in good:
            same = repo.find_same_person(row.draft.name, row.draft.birth_date, row.draft.student_no)
            if same:
                known.append((row, same[0]))
            else:
                new.append(row)
        return RosterPreview(header, mapping, new, known, errors)

    def commit(self, preview: RosterPreview, *, source_name: str = "") -> RosterResult:
        """Register every new row in one transaction, or none of them."""
        user = self._s.require()
        if preview.errors:
            raise RosterRejected(preview.errors)
        clients = ClientService(self._s)
        with self._s.db.transaction():
            # One look at this year's highest number, then counting up: asking the table per row
            # made a 10,000-student import scan the clients 10,000 times.
            first = clients.next_sequence()
            for offset, row in enumerate(preview.new):
                clients.insert_new(row.draft, user.id, sequence=first + offset)
            self._s.audit.append(user, Action.CLIENTS_IMPORTED, target="clients", detail={
                "imported": len(preview.new), "skipped_duplicates": len(preview.already_registered),
                "file": Path(source_name).suffix})
        return RosterResult(len(preview.new), len(preview.already_registered))

    def import_file(self, path: Path) -> RosterResult:
        header, rows = self.load(path)
        preview = self.preview(header, rows)
        if preview.errors:
            raise RosterRejected(preview.errors)
        return self.commit(preview, source_name=str(path))
