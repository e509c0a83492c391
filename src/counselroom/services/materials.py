"""The test-materials register (R6): forms and kits handed out for sessions, returned, counted.

Who may do what (R16 in spirit):

- counsellors and the supervisor see the register and hand materials out for their
  sessions and take them back; a counsellor records only what they take themselves,
  the supervisor (who manages the materials, 由负责人统一管理) may record a hand-out
  to any clinician and any return;
- only the supervisor adds materials, edits their details and changes the stock,
  always with a reason;
- assistants handle booking and registration only: test materials belong to
  testing, which they never see.

There is no lending: materials leave the cabinet only for a session and come back
the same day. ``outstanding()`` and ``discrepancies()`` are what the end-of-day
closing checklist asks.
"""

from __future__ import annotations

import builtins

from counselroom.domain.access import acts_for_colleagues
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.materials import (
    Discrepancy, DiscrepancyKind, HandOut, Material, MaterialDraft, Movement, MovementKind, StockChange,
    stock_deltas, validate_count, validate_handout, validate_material, validate_missing, validate_purpose,
    validate_reason, validate_return,
)
from counselroom.services.session import Session
from counselroom.storage.materials_repo import MaterialRepository
from counselroom.storage.users_repo import UserRepository

CLINICAL = (Role.COUNSELLOR, Role.SUPERVISOR)


def material_target(material_id: int) -> str:
    return f"material:{material_id}"


class MaterialService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> MaterialRepository:
        return MaterialRepository(self._s.db)

    def _material(self, material_id: int) -> Material:
        found = self._repo.get(material_id)
        if found is None:
            raise NotFound("material.not_found")
        return found

    def _handout(self, handout_id: int) -> HandOut:
        found = self._repo.handout(handout_id)
        if found is None:
            raise NotFound("material.handout_not_found")
        return found

    def _unique(self, draft: MaterialDraft, material_id: int | None) -> None:
        same = self._repo.named(draft.name)
        if same is not None and same.id != material_id:
            raise ValidationError("name", "material.name_taken")

    # -- reading ------------------------------------------------------------------------
    def list(self) -> list[Material]:
        """Every material with its recorded counts and what is out now, by name."""
        self._s.require(*CLINICAL)
        return self._repo.all()

    def get(self, material_id: int) -> Material:
        self._s.require(*CLINICAL)
        return self._material(material_id)

    # builtins.list from here on: inside this class "list" is the method above
    def movements(self, material_id: int) -> builtins.list[Movement]:
        """The material's history, newest first."""
        self._s.require(*CLINICAL)
        if not self._repo.exists(material_id):
            raise NotFound("material.not_found")
        return self._repo.movements(material_id)

    def outstanding(self) -> builtins.list[HandOut]:
        """Every hand-out not fully back yet, oldest first (``HandOut.overdue(today)`` marks earlier days)."""
        self._s.require(*CLINICAL)
        return self._repo.open_handouts()

    def discrepancies(self, *, materials: builtins.list[Material] | None = None,
                      outstanding: builtins.list[HandOut] | None = None) -> builtins.list[Discrepancy]:
        """What does not add up: counts first, then hand-outs out since an earlier day (oldest first).
        ``materials`` and ``outstanding``: what :meth:`list` and :meth:`outstanding` just returned, so a
        page showing all three reads the register's movements once, not twice.

        - ``COUNT``: in the cabinet + handed out differs from the recorded total;
        - ``HISTORY``: the recorded counts differ from what the movements add up to
          (the counts were changed outside the application);
        - ``OVERDUE``: handed out on an earlier day and still not back.
        """
        self._s.require(*CLINICAL)
        today = self._s.today()
        found: list[Discrepancy] = []
        for m in self._repo.all() if materials is None else materials:
            if not m.adds_up:
                found.append(Discrepancy(DiscrepancyKind.COUNT, m.id, m.name, on_hand=m.on_hand, out=m.out,
                                         total=m.total, expected_on_hand=m.ledger_on_hand,
                                         expected_total=m.ledger_total))
            elif not m.matches_history:
                found.append(Discrepancy(DiscrepancyKind.HISTORY, m.id, m.name, on_hand=m.on_hand, out=m.out,
                                         total=m.total, expected_on_hand=m.ledger_on_hand,
                                         expected_total=m.ledger_total))
        for h in self._repo.open_handouts() if outstanding is None else outstanding:
            if h.overdue(today):
                found.append(Discrepancy(DiscrepancyKind.OVERDUE, h.material_id, h.material_name,
                                         out=h.outstanding, handout=h))
        return found

    # -- the supervisor: materials and stock ----------------------------------------------------------
    def add(self, draft: MaterialDraft, initial_count: int = 0, reason: str = "") -> Material:
        """A new material; copies already in the cabinet are its first stock movement (with a reason)."""
        user = self._s.require(Role.SUPERVISOR)
        draft = validate_material(draft)
        validate_count(initial_count, minimum=0)
        if initial_count:
            reason = validate_reason(reason)
        with self._s.db.transaction():
            self._unique(draft, None)
            material_id = self._repo.add(draft, user.id, self._s.clock())
            detail = {"material": draft.name, "material_kind": draft.kind.value, "copies": initial_count}
            if initial_count:
                self._repo.record(material_id, MovementKind.ADDED, count=initial_count, delta_on_hand=initial_count,
                                  delta_total=initial_count, recorded_by=user.id, now=self._s.clock(),
                                  reason=reason)
                detail["reason"] = reason
            self._s.audit.append(user, Action.MATERIAL_ADDED, target=material_target(material_id), detail=detail)
        return self._material(material_id)

    def update(self, material_id: int, draft: MaterialDraft) -> Material:
        """Name, kind, scale, location, note; the counts change only through stock changes."""
        user = self._s.require(Role.SUPERVISOR)
        current = self._material(material_id)
        draft = validate_material(draft)
        # detail keys as the audit page labels them
        keys = {"name": "material", "scale_code": "scale_code", "location": "location", "note": "note"}
        changed = {keys[f]: {"old": getattr(current, f), "new": getattr(draft, f)}
                   for f in keys if getattr(current, f) != getattr(draft, f)}
        if current.kind is not draft.kind:
            changed["material_kind"] = {"old": current.kind.value, "new": draft.kind.value}
        if not changed:
            return current
        with self._s.db.transaction():
            self._unique(draft, material_id)
            self._repo.update(material_id, draft, self._s.clock())
            self._s.audit.append(user, Action.MATERIAL_UPDATED, target=material_target(material_id),
                                 detail=changed)
        return self._material(material_id)

    def change_stock(self, material_id: int, change: StockChange, count: int, reason: str) -> Material:
        """Add new copies, write off damaged ones, or correct the count in the cabinet to ``count``."""
        user = self._s.require(Role.SUPERVISOR)
        change = StockChange(change)
        reason = validate_reason(reason)
        with self._s.db.transaction():
            material = self._material(material_id)
            d_on_hand, d_total = stock_deltas(change, count, material)
            kind = {StockChange.ADD: MovementKind.ADDED, StockChange.WRITE_OFF: MovementKind.WRITTEN_OFF,
                    StockChange.CORRECT: MovementKind.CORRECTED}[change]
            self._repo.record(material_id, kind, count=count, delta_on_hand=d_on_hand, delta_total=d_total,
                              recorded_by=user.id, now=self._s.clock(), reason=reason)
            self._s.audit.append(user, Action.MATERIAL_STOCK_CHANGED, target=material_target(material_id),
                                 detail={"material": material.name, "stock_change": change.value,
                                         "copies": count,
                                         "in_cabinet": {"old": material.on_hand,
                                                        "new": material.on_hand + d_on_hand},
                                         "stock_total": {"old": material.total, "new": material.total + d_total},
                                         "reason": reason})
        return self._material(material_id)

    def write_off_missing(self, handout_id: int, count: int, reason: str) -> HandOut:
        """Copies of a hand-out that will not come back leave the stock (supervisor, with a reason)."""
        user = self._s.require(Role.SUPERVISOR)
        reason = validate_reason(reason)
        with self._s.db.transaction():
            handout = self._handout(handout_id)
            count = validate_missing(count, handout)
            self._repo.record(handout.material_id, MovementKind.MISSING, count=count, delta_on_hand=0,
                              delta_total=-count, recorded_by=user.id, now=self._s.clock(), handout_id=handout_id,
                              staff_id=handout.staff_id, reason=reason)
            self._s.audit.append(user, Action.MATERIAL_MISSING, target=material_target(handout.material_id),
                                 detail={"material": handout.material_name, "handout": handout_id,
                                         "copies": count, "staff": handout.staff_id, "reason": reason})
        return self._handout(handout_id)

    # -- counsellors and the supervisor: for a session and back ------------------------------------------
    def hand_out(self, material_id: int, count: int, *, staff_id: int | None = None, purpose: str = "") -> HandOut:
        """``count`` copies leave the cabinet for a session, taken by ``staff_id`` (default: oneself).

        Only the supervisor records a hand-out to someone else, and only to an active
        counsellor or supervisor. There is deliberately no lending: see the module text.
        """
        user = self._s.require(*CLINICAL)
        staff_id = user.id if staff_id is None else staff_id
        if staff_id != user.id:
            if not acts_for_colleagues(user):
                raise PermissionDenied("material.hand_out_for_others")
            taker = UserRepository(self._s.db).get(staff_id)
            if taker is None or not taker.active or taker.role not in CLINICAL:
                raise ValidationError("staff", "material.taker_invalid")
        purpose = validate_purpose(purpose)
        with self._s.db.transaction():  # BEGIN IMMEDIATE: the count check and the movement are one step
            material = self._material(material_id)
            count = validate_handout(count, material.on_hand)
            handout_id = self._repo.record(material_id, MovementKind.HANDED_OUT, count=count, delta_on_hand=-count,
                                           delta_total=0, recorded_by=user.id, now=self._s.clock(),
                                           staff_id=staff_id, purpose=purpose)
            self._s.audit.append(user, Action.MATERIAL_HANDED_OUT, target=material_target(material_id),
                                 detail={"material": material.name, "handout": handout_id, "copies": count,
                                         "staff": staff_id})
        return self._handout(handout_id)

    @staticmethod
    def _may_take_back(handout: HandOut, user: User) -> bool:
        return handout.staff_id == user.id or acts_for_colleagues(user)

    def may_take_back(self, handout: HandOut) -> bool:
        """Whether the acting person may record this hand-out's return: their own, or any for the
        supervisor."""
        return self._may_take_back(handout, self._s.require())

    def take_back(self, handout_id: int, back: int, used: int = 0) -> HandOut:
        """``back`` copies return to the cabinet and ``used`` were filled in (they leave the stock).

        What is neither stays outstanding. The person who took them or the supervisor records it.
        """
        user = self._s.require(*CLINICAL)
        with self._s.db.transaction():
            handout = self._handout(handout_id)
            if not self._may_take_back(handout, user):
                raise PermissionDenied("material.not_your_handout")
            back, used = validate_return(back, used, handout)
            self._repo.record(handout.material_id, MovementKind.RETURNED, count=back, used=used, delta_on_hand=back,
                              delta_total=-used, recorded_by=user.id, now=self._s.clock(), handout_id=handout_id,
                              staff_id=handout.staff_id)
            self._s.audit.append(user, Action.MATERIAL_RETURNED, target=material_target(handout.material_id),
                                 detail={"material": handout.material_name, "handout": handout_id,
                                         "copies": back, "used": used, "staff": handout.staff_id})
        return self._handout(handout_id)
