"""Generated test materials (R6): the cabinet's forms and kits, handed out for sessions and back.

Movements and their audit rows are those ``MaterialService`` writes: the supervisor stocks the
cabinet (and buys new forms when they run low), counsellors take what a session needs and bring
it back the same day, filled-in forms as used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counselroom.domain.accounts import User
from counselroom.domain.audit import Action
from counselroom.domain.materials import MaterialDraft, MaterialKind, MovementKind, StockChange
from counselroom.services.demo_writer import Writer, moment
from counselroom.services.materials import material_target

#: (key, the material, copies at the start). Names of their own: a room may already have
#: "PHQ-9 答题纸" of its own, and a name is unique.
STOCK = (
    ("phq9", MaterialDraft("PHQ-9 纸质答卷", MaterialKind.FORM, "phq9", "档案柜 A 层"), 100),
    ("gad7", MaterialDraft("GAD-7 纸质答卷", MaterialKind.FORM, "gad7", "档案柜 A 层"), 100),
    ("sandplay", MaterialDraft("沙盘游戏套装", MaterialKind.KIT, "", "沙盘室"), 1),
    ("cards", MaterialDraft("情绪卡片", MaterialKind.KIT, "", "档案柜 B 层"), 3),
    ("drawing", MaterialDraft("房树人绘画材料包", MaterialKind.KIT, "", "档案柜 B 层"), 2),
)
RESTOCK = 100
LOW = 5


@dataclass
class Shelf:
    id: int
    name: str
    kind: MaterialKind
    on_hand: int
    total: int


class Cabinet:
    def __init__(self, writer: Writer, supervisor: User) -> None:
        self._w = writer
        self._supervisor = supervisor
        self.shelves: dict[str, Shelf] = {}
        self.out: dict[int, tuple[str, int]] = {}     # open hand-outs: id -> (material key, copies)

    def stock(self, when: datetime) -> None:
        """The supervisor's first count of the cabinet; materials the room already has are kept."""
        w = self._w
        for key, draft, copies in STOCK:
            found = w.materials.named(draft.name)
            if found is not None:
                self.shelves[key] = Shelf(found.id, found.name, found.kind, found.on_hand, found.total)
                continue
            material_id = w.materials.add(draft, self._supervisor.id, moment(when))
            w.materials.record(material_id, MovementKind.ADDED, count=copies, delta_on_hand=copies,
                               delta_total=copies, recorded_by=self._supervisor.id, now=moment(when),
                               reason="开学清点")
            w.log(self._supervisor, Action.MATERIAL_ADDED, when, material_target(material_id),
                  {"material": draft.name, "material_kind": draft.kind.value, "copies": copies,
                   "reason": "开学清点"})
            self.shelves[key] = Shelf(material_id, draft.name, draft.kind, copies, copies)
            w.counts["materials"] += 1

    def hand_out(self, when: datetime, user: User, key: str, purpose: str) -> int | None:
        """One copy for a session; a form runs low, the supervisor buys more first. None: none left."""
        shelf = self.shelves[key]
        w = self._w
        if shelf.on_hand < LOW and shelf.kind is MaterialKind.FORM:
            w.materials.record(shelf.id, MovementKind.ADDED, count=RESTOCK, delta_on_hand=RESTOCK,
                               delta_total=RESTOCK, recorded_by=self._supervisor.id, now=moment(when),
                               reason="新购答卷")
            w.log(self._supervisor, Action.MATERIAL_STOCK_CHANGED, when, material_target(shelf.id),
                  {"material": shelf.name, "stock_change": StockChange.ADD.value, "copies": RESTOCK,
                   "in_cabinet": {"old": shelf.on_hand, "new": shelf.on_hand + RESTOCK},
                   "stock_total": {"old": shelf.total, "new": shelf.total + RESTOCK}, "reason": "新购答卷"})
            shelf.on_hand += RESTOCK
            shelf.total += RESTOCK
            w.counts["material_movements"] += 1
        if shelf.on_hand < 1:
            return None
        handout = w.materials.record(shelf.id, MovementKind.HANDED_OUT, count=1, delta_on_hand=-1, delta_total=0,
                                     recorded_by=user.id, now=moment(when), staff_id=user.id, purpose=purpose)
        w.log(user, Action.MATERIAL_HANDED_OUT, when, material_target(shelf.id),
              {"material": shelf.name, "handout": handout, "copies": 1, "staff": user.id})
        shelf.on_hand -= 1
        self.out[handout] = (key, 1)
        w.counts["material_movements"] += 1
        return handout

    def take_back(self, when: datetime, user: User, handout: int) -> None:
        """Back in the cabinet: a kit whole, a form filled in (used, it goes into the client's file)."""
        key, copies = self.out.pop(handout)
        shelf = self.shelves[key]
        used = copies if shelf.kind is MaterialKind.FORM else 0
        back = copies - used
        w = self._w
        w.materials.record(shelf.id, MovementKind.RETURNED, count=back, used=used, delta_on_hand=back,
                           delta_total=-used, recorded_by=user.id, now=moment(when), handout_id=handout,
                           staff_id=user.id)
        w.log(user, Action.MATERIAL_RETURNED, when, material_target(shelf.id),
              {"material": shelf.name, "handout": handout, "copies": back, "used": used, "staff": user.id})
        shelf.on_hand += back
        shelf.total -= used
        w.counts["material_movements"] += 1
