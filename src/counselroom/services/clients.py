"""Registering and finding clients (R3). Every role registers; views are audited."""

from __future__ import annotations

from counselroom.domain.access import may_register
from counselroom.domain.accounts import User
from counselroom.domain.audit import Action
from counselroom.domain.clients import Client, ClientDraft, ClientQuery, format_case_no, validate_client
from counselroom.domain.errors import NotFound, PermissionDenied
from counselroom.domain.pinyin_keys import pinyin_keys
from counselroom.domain.text import clean_line
from counselroom.services.session import Session
from counselroom.storage.clients_repo import ClientRepository


def client_target(client_id: int) -> str:
    return f"client:{client_id}"


class ClientService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> ClientRepository:
        return ClientRepository(self._s.db)

    def _actor(self) -> User:
        user = self._s.require()
        if not may_register(user):
            raise PermissionDenied("permission.denied")
        return user

    def register(self, draft: ClientDraft) -> Client:
        user = self._actor()
        draft = validate_client(draft, self._s.today())
        with self._s.db.transaction():
            client_id = self.insert_new(draft, user.id)
            client = self._get(client_id)
            self._s.audit.append(user, Action.CLIENT_CREATED, target=client_target(client_id),
                                 detail={"case_no": client.case_no})
        return client

    def insert_new(self, draft: ClientDraft, user_id: int, *, sequence: int | None = None) -> int:
        """Inside the caller's transaction, for a validated draft: the next case number of this year.

        ``sequence``: the number to use, from a caller registering many in one transaction (the
        roster import counts up from ``next_sequence()`` instead of asking the table per row)."""
        year = self._s.today().year
        case_no = format_case_no(year, self.next_sequence() if sequence is None else sequence)
        return self._repo.add(draft, case_no=case_no, pinyin_keys=pinyin_keys(draft.name),
                              created_by=user_id, now=self._s.clock())

    def next_sequence(self) -> int:
        """This year's next case-number sequence (inside the caller's transaction)."""
        return self._repo.next_case_no_sequence(self._s.today().year)

    def update(self, client_id: int, draft: ClientDraft) -> Client:
        user = self._actor()
        before = self._get(client_id)
        draft = validate_client(draft, self._s.today())
        changed = sorted(f for f in ClientDraft.__dataclass_fields__
                         if getattr(before, f) != getattr(draft, f))
        if not changed:
            return before
        with self._s.db.transaction():
            self._repo.update(client_id, draft, pinyin_keys=pinyin_keys(draft.name), now=self._s.clock())
            self._s.audit.append(user, Action.CLIENT_UPDATED, target=client_target(client_id),
                                 detail={"fields": changed})
        return self._get(client_id)

    def _get(self, client_id: int) -> Client:
        client = self._repo.get(client_id)
        if client is None:
            raise NotFound("client.not_found")
        return client

    def get(self, client_id: int) -> Client:
        """Open one client's registration; the view is audited."""
        user = self._actor()
        client = self._get(client_id)
        with self._s.db.transaction():
            self._s.audit.append(user, Action.CLIENT_VIEWED, target=client_target(client_id))
        return client

    def search(self, query: ClientQuery) -> list[Client]:
        """The list that filters as you type: registration data only."""
        self._actor()
        return self._repo.search(query)

    def set_active(self, client_id: int, active: bool) -> Client:
        user = self._actor()
        client = self._get(client_id)
        if client.active == active:
            return client
        with self._s.db.transaction():
            self._repo.set_active(client_id, active, self._s.clock())
            self._s.audit.append(user, Action.CLIENT_REACTIVATED if active else Action.CLIENT_DEACTIVATED,
                                 target=client_target(client_id))
        return self._get(client_id)

    def possible_duplicates(self, draft: ClientDraft) -> list[Client]:
        self._actor()
        return self._repo.find_same_person(clean_line(draft.name), draft.birth_date, clean_line(draft.student_no))
