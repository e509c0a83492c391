"""The audit page's menus step through the log's indexes (issue 15): the same distinct people and
actions, in the same order, as reading every row, whatever the log holds."""

from __future__ import annotations

from rooms import SUPERVISOR
from counselroom.services.audit_service import AuditService
from counselroom.storage.audit_repo import AuditRepository


def test_the_menus_equal_a_distinct_over_every_row(staff):
    for name in ("li", "zhou", "zhao", SUPERVISOR, "li"):
        staff.login(name).lock(reason="manual")
    session = staff.login(SUPERVISOR)
    try:
        db = session.db
        repo = AuditRepository(db)
        every = lambda column: [r[0] for r in db.query_all(  # noqa: E731
            f"SELECT DISTINCT {column} FROM audit ORDER BY {column}")]
        assert repo.actors() == every("actor") and len(repo.actors()) >= 4
        assert repo.actions() == every("action") and {"login", "session.lock"} <= set(repo.actions())
        assert AuditService(session).actors() == repo.actors()
        plan = " ".join(str(r[-1]) for r in db.query_all(
            "EXPLAIN QUERY PLAN SELECT min(actor) FROM audit WHERE actor > ?", ("",)))
        assert "audit_actor" in plan
    finally:
        session.logout()
