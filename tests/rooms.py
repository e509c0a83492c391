"""The rooms tests run in: who works there and their passwords, a set-up Room, a Staff of four, and
folder snapshots; test modules import these from here (conftest.py files only hold fixtures)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counselroom.services.installation import Installation
from memory_keyring import MemoryKeyring

SUPERVISOR = "wanglaoshi"
SUPERVISOR_PW = "春眠不觉晓处处闻啼鸟"
ROOM = "䶮山中学心理辅导室"
STAFF_PW = "秋风萧瑟天气凉草木摇落"


@dataclass
class Room:
    inst: Installation
    backend: MemoryKeyring
    recovery_groups: list[str]

    @property
    def code(self) -> str:
        return "-".join(self.recovery_groups)


@dataclass
class Staff:
    """A room with a supervisor, two counsellors and an assistant, passwords set."""
    room: Room
    ids: dict[str, int]

    def login(self, name: str):
        from counselroom.services.auth import login

        return login(self.room.inst, name, SUPERVISOR_PW if name == SUPERVISOR else STAFF_PW)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, to prove nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
