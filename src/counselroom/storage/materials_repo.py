"""Test materials and their movements (an append-only ledger)."""

from __future__ import annotations

from datetime import datetime

from counselroom.domain.materials import HandOut, Material, MaterialDraft, MaterialKind, Movement, MovementKind
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db_required, to_db

# What the ledger adds up to per material: what is out now (open hand-outs), and what the
# counts must be. One pass over the covering index material_movements_sums (schema 15), summed by
# kind first so the rows need no CASE each; ``{where}`` narrows it to one material.
_LEDGER = (
    "SELECT material_id, "
    "sum(CASE kind WHEN 'handed_out' THEN copies WHEN 'returned' THEN -copies_used "
    "WHEN 'missing' THEN -copies_used ELSE 0 END) AS out, sum(on_hand) AS on_hand, sum(total) AS total "
    "FROM (SELECT material_id, kind, sum(count) AS copies, sum(count + used) AS copies_used, "
    "      sum(delta_on_hand) AS on_hand, sum(delta_total) AS total "
    "      FROM material_movements{where} GROUP BY material_id, kind) "
    "GROUP BY material_id")

# The counts as recorded, what is out now and what the ledger adds up to.
_MATERIAL_SELECT = (
    "SELECT m.id, m.name, m.kind, m.scale_code, m.location, m.note, m.on_hand, m.total, "
    "COALESCE(l.out, 0), COALESCE(l.on_hand, 0), COALESCE(l.total, 0) "
    "FROM materials m LEFT JOIN ({ledger}) l ON l.material_id = m.id")
_ALL_MATERIALS = _MATERIAL_SELECT.format(ledger=_LEDGER.format(where="")) + " ORDER BY m.name"
_ONE_MATERIAL = _MATERIAL_SELECT.format(ledger=_LEDGER.format(where=" WHERE material_id = ?")) + " WHERE m.id = ?"

_MOVEMENT_SELECT = (
    "SELECT mv.id, mv.material_id, mv.kind, mv.count, mv.used, mv.delta_on_hand, mv.delta_total, "
    "mv.recorded_by, rb.display_name, mv.recorded_at, mv.handout_id, mv.staff_id, "
    "COALESCE(st.display_name, ''), mv.purpose, mv.reason FROM material_movements mv "
    "JOIN users rb ON rb.id = mv.recorded_by LEFT JOIN users st ON st.id = mv.staff_id")

# One row per hand-out with what came of it so far.
_HANDOUT_SELECT = (
    "SELECT h.id, h.material_id, m.name, m.kind, m.scale_code, h.staff_id, st.display_name, h.count, "
    "h.recorded_at, h.purpose, "
    "COALESCE(sum(CASE WHEN r.kind = 'returned' THEN r.count END), 0), "
    "COALESCE(sum(CASE WHEN r.kind = 'returned' THEN r.used END), 0), "
    "COALESCE(sum(CASE WHEN r.kind = 'missing' THEN r.count END), 0), rb.display_name "
    "FROM material_movements h JOIN materials m ON m.id = h.material_id "
    "JOIN users st ON st.id = h.staff_id JOIN users rb ON rb.id = h.recorded_by "
    "LEFT JOIN material_movements r ON r.handout_id = h.id "
    "WHERE h.kind = 'handed_out'")
_HANDOUT_GROUP = " GROUP BY h.id"
# The hand-outs not fully back, found in the two partial indexes of schema 15 (hand-outs, and what
# came back of each) before any of their rows, names or materials are read: nearly all are settled.
_OPEN_IDS = ("SELECT h.id FROM material_movements h WHERE h.kind = 'handed_out' AND h.count > "
             "COALESCE((SELECT sum(r.count + r.used) FROM material_movements r WHERE r.handout_id = h.id), 0)")


def _material(r: Row) -> Material:
    return Material(id=r[0], name=r[1], kind=MaterialKind(r[2]), scale_code=r[3], location=r[4], note=r[5],
                    on_hand=r[6], total=r[7], out=r[8], ledger_on_hand=r[9], ledger_total=r[10])


def _movement(r: Row) -> Movement:
    return Movement(id=r[0], material_id=r[1], kind=MovementKind(r[2]), count=r[3], used=r[4],
                    delta_on_hand=r[5], delta_total=r[6], recorded_by=r[7], recorded_by_name=r[8],
                    recorded_at=from_db_required(r[9]), handout_id=r[10], staff_id=r[11], staff_name=r[12],
                    purpose=r[13], reason=r[14])


def _handout(r: Row) -> HandOut:
    return HandOut(id=r[0], material_id=r[1], material_name=r[2], kind=MaterialKind(r[3]), scale_code=r[4],
                   staff_id=r[5], staff_name=r[6], count=r[7], taken_at=from_db_required(r[8]), purpose=r[9],
                   back=r[10], used=r[11], missing=r[12], recorded_by_name=r[13])


class MaterialRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- materials ---------------------------------------------------------------
    def add(self, draft: MaterialDraft, created_by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO materials (name, kind, scale_code, location, note, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (draft.name, draft.kind.value, draft.scale_code, draft.location, draft.note, created_by,
             to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def update(self, material_id: int, draft: MaterialDraft, now: datetime) -> None:
        self._db.execute(
            "UPDATE materials SET name = ?, kind = ?, scale_code = ?, location = ?, note = ?, updated_at = ? "
            "WHERE id = ?",
            (draft.name, draft.kind.value, draft.scale_code, draft.location, draft.note, to_db(now),
             material_id))

    def get(self, material_id: int) -> Material | None:
        row = self._db.query_one(_ONE_MATERIAL, (material_id, material_id))
        return None if row is None else _material(row)

    def exists(self, material_id: int) -> bool:
        """Whether the material is registered, without adding up its ledger as :meth:`get` does."""
        return self._db.query_one("SELECT 1 FROM materials WHERE id = ?", (material_id,)) is not None

    def named(self, name: str) -> Material | None:
        row = self._db.query_one("SELECT id FROM materials WHERE lower(name) = lower(?)", (name,))
        return None if row is None else self.get(row[0])

    def all(self) -> list[Material]:
        return [_material(r) for r in self._db.query_all(_ALL_MATERIALS)]

    # -- movements ---------------------------------------------------------------------
    def record(self, material_id: int, kind: MovementKind, *, count: int, delta_on_hand: int, delta_total: int,
               recorded_by: int, now: datetime, used: int = 0, handout_id: int | None = None,
               staff_id: int | None = None, purpose: str = "", reason: str = "") -> int:
        """Append a movement and apply it to the material's counts (one transaction: the caller's)."""
        if not self._db.in_transaction:
            raise RuntimeError("a movement and its counts change together, inside a transaction")
        cur = self._db.execute(
            "INSERT INTO material_movements (material_id, kind, count, used, delta_on_hand, delta_total, "
            "handout_id, staff_id, purpose, reason, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (material_id, kind.value, count, used, delta_on_hand, delta_total, handout_id, staff_id, purpose,
             reason, recorded_by, to_db(now)))
        self._db.execute(
            "UPDATE materials SET on_hand = on_hand + ?, total = total + ?, updated_at = ? WHERE id = ?",
            (delta_on_hand, delta_total, to_db(now), material_id))
        return int(cur.lastrowid)

    def movements(self, material_id: int, limit: int = 500) -> list[Movement]:
        rows = self._db.query_all(f"{_MOVEMENT_SELECT} WHERE mv.material_id = ? ORDER BY mv.id DESC LIMIT ?",
                                  (material_id, limit))
        return [_movement(r) for r in rows]

    # -- hand-outs ------------------------------------------------------------------------
    def handout(self, handout_id: int) -> HandOut | None:
        row = self._db.query_one(f"{_HANDOUT_SELECT} AND h.id = ?{_HANDOUT_GROUP}", (handout_id,))
        return None if row is None else _handout(row)

    def open_handouts(self) -> list[HandOut]:
        rows = self._db.query_all(f"{_HANDOUT_SELECT} AND h.id IN ({_OPEN_IDS}){_HANDOUT_GROUP} ORDER BY h.id")
        return [_handout(r) for r in rows]
