"""A table translates its headers once per language, not on every repaint (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from counselroom.ui import i18n
from counselroom.ui.models.follow_ups_model import FollowUpsModel


class CountingModel(FollowUpsModel):
    def __init__(self) -> None:
        super().__init__(date(2026, 12, 1))
        self.translated = 0

    def headers(self) -> tuple[str, ...]:
        self.translated += 1
        return super().headers()


def _header(model, column: int) -> str:
    return model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


@pytest.mark.language("en")
def test_headers_are_translated_once_however_often_views_ask(qapp) -> None:
    model = CountingModel()
    columns = model.columnCount()
    for _ in range(1000):
        assert model.columnCount() == columns
        assert [_header(model, c) for c in range(columns)]
    assert model.translated == 1


@pytest.mark.language("en")
def test_a_new_language_gives_new_headers(qapp) -> None:
    model = CountingModel()
    english = [_header(model, c) for c in range(model.columnCount())]
    try:
        i18n.install("zh_CN")
        chinese = [_header(model, c) for c in range(model.columnCount())]
    finally:
        i18n.install("en")
    assert chinese != english and model.translated == 2
    assert [_header(model, c) for c in range(model.columnCount())] == english and model.translated == 3
