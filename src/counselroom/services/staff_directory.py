"""Who can take a booking: the room's active clinicians, readable by every role.

Booking is open to assistants too, so this list must not depend on the
supervisor-only account administration; it exposes names and ids only.
"""

from __future__ import annotations

from counselroom.domain.accounts import Role
from counselroom.services.session import Session
from counselroom.storage.users_repo import UserRepository

CLINICAL_ROLES = (Role.COUNSELLOR, Role.SUPERVISOR)


def clinicians(session: Session) -> list[tuple[int, str]]:
    """(id, display name) of active counsellors and supervisors, by name."""
    session.require()
    users = [u for u in UserRepository(session.db).all() if u.active and u.role in CLINICAL_ROLES]
    users.sort(key=lambda u: (u.display_name, u.id))
    return [(u.id, u.display_name) for u in users]
