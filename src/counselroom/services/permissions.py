"""What the signed-in person may do: the answers screens use to show, enable and explain.

Screens never compare roles themselves (``tests/ui/test_no_role_checks.py`` keeps it so); they ask
here, and the answers are the rules of ``counselroom.domain.access`` that the services apply when
they refuse (R16). A screen that asks wrongly still meets the service's refusal; asking here keeps
the screen from offering what will be refused.
"""

from __future__ import annotations

from counselroom.domain import access
from counselroom.domain.accounts import User
from counselroom.services.session import Session
from counselroom.services.staff_directory import clinicians


class Permissions:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _user(self) -> User:
        # Who the person is, not access to data: answered while the records are locked too, so a
        # screen can lay itself out behind the lock screen.
        return self._s.user

    def can_administer(self) -> bool:
        """Accounts, the audit log, backups, settings, archives, the scale library, recovery."""
        return access.may_administer(self._user())

    def acts_for_colleagues(self) -> bool:
        """May open a case for, hand materials to, or enter the duty of another clinician."""
        return access.acts_for_colleagues(self._user())

    def oversees_all_cases(self) -> bool:
        """Sees every counsellor's crises and follow-ups, searches every case with a reason,
        reassigns and shares cases."""
        return access.oversees_all_cases(self._user())

    def clinician_choices(self) -> list[tuple[int, str]]:
        """(id, name) of the clinicians a record may be made for: every active clinician for the
        one who acts for colleagues, else only oneself."""
        user = self._s.require()
        if access.acts_for_colleagues(user):
            return clinicians(self._s)
        return [(user.id, user.display_name)]

    def default_counsellor(self) -> int | None:
        """Whom a new booking is for until someone is chosen (None: nobody yet)."""
        user = self._user()
        return None if access.books_for_anyone(user) else user.id
