"""The installed Qt binding must not lose references when Python code emits a signal.

PySide6 6.12.0 drops a reference to ``True`` on every ``emit()`` from Python; after a few
thousand emits (progress bars, autosave, filters as you type) the interpreter aborts with
``bool_dealloc``, and anything typed since the last save would go with it. pyproject.toml
excludes that release; this test catches the next one like it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    moved = Signal(str, float)
    plain = Signal()

    def slot(self, stage: str, fraction: float) -> None:
        self.last = (stage, fraction)


def test_emitting_a_signal_keeps_every_reference(qapp):
    emitter = _Emitter()
    emitter.moved.connect(emitter.slot)
    emitter.plain.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.moved.emit("verify", 0.5)
        emitter.plain.emit()
    assert sys.getrefcount(True) - before > -10, "this PySide6 build loses a reference on every emit()"
    assert emitter.last == ("verify", 0.5)
