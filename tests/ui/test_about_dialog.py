"""Help → About CounselRoom (issue 13, item 8): the version, what it runs on, and the licence of
every shipped component, opened from the Help menu of a real, logged-in main window."""

from __future__ import annotations

import platform
import re

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from counselroom import __version__
from counselroom.resources import resource_path
from counselroom.ui.dialogs.about_dialog import QT_FOLDER, QT_SOURCE_URL
from counselroom.ui.main_window import MainWindow
from counselroom.ui.models.licensed_components_model import COL_LICENCE, COL_NAME, COL_VERSION

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def window(qtbot, contexts, language):
    made = []

    def make(name: str = "li") -> MainWindow:
        main = MainWindow(contexts(name, language), "home")
        qtbot.addWidget(main)
        main.show()
        made.append(main)
        return main

    yield make
    for main in made:
        if main.about_dialog is not None:
            main.about_dialog.reject()


def _open_about(main: MainWindow, qtbot):
    """Through the menu bar: Help is a menu of the window's menu bar, About is in it."""
    menus = [a.menu() for a in main.menuBar().actions() if isinstance(a.menu(), QMenu)]
    help_menu = next(m for m in menus if m.objectName() == "helpMenu")
    about = next(a for a in help_menu.actions() if a.objectName() == "aboutAction")
    assert about.isEnabled()
    about.trigger()
    dialog = main.about_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _rows(dialog) -> dict[str, tuple[str, str]]:
    model = dialog.table.model()
    return {model.index(r, COL_NAME).data(): (model.index(r, COL_VERSION).data(), model.index(r, COL_LICENCE).data())
            for r in range(model.rowCount())}


def _click_component(dialog, name: str, qtbot) -> str:
    model = dialog.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)
    index = model.index(row, COL_NAME)
    dialog.table.scrollTo(index)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualRect(index).center())
    return dialog.text_view.toPlainText()


def test_help_about_shows_the_version_and_what_it_runs_on(window, qtbot):
    main = window()
    dialog = _open_about(main, qtbot)
    assert dialog.windowTitle() == "About CounselRoom"
    assert "心理咨询室档案管理" in dialog.name_label.text() and "CounselRoom" in dialog.name_label.text()
    assert dialog.version_label.text() == f"Version {__version__}"
    runtime = dialog.runtime_label.text()
    for expected in (f"Python {platform.python_version()}", f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}"):
        assert expected in runtime
    assert (dialog.icon_label is not None) == resource_path("icons", "counselroom.png").is_file()
    assert dialog.status.text() == ""


def test_every_component_is_listed_with_its_version_and_licence(window, qtbot):
    dialog = _open_about(window(), qtbot)
    rows = _rows(dialog)
    assert rows["Qt"] == (qVersion(), "LGPL-3.0-only")
    assert rows["PySide6"] == (PySide6.__version__, "LGPL-3.0-only")
    assert rows["Python"] == (platform.python_version(), "PSF-2.0")
    assert rows["CounselRoom Sans SC"][1] == "OFL-1.1"
    for name, licence in (("sqlcipher3", "Zlib"), ("SQLCipher", "BSD-3-Clause"), ("reportlab", "BSD-3-Clause"),
                          ("keyring", "MIT"), ("py7zr", "LGPL-2.1-or-later"), ("platformdirs", "MIT"),
                          ("openpyxl", "MIT"), ("pypinyin", "MIT"), ("zxcvbn", "MIT"),
                          ("charset-normalizer", "MIT"), ("shiboken6", "LGPL-3.0-only")):
        assert rows[name][1] == licence, name
    assert "cryptography" in rows and "argon2-cffi" in rows and "Argon2 reference implementation" in rows


def test_selecting_the_font_shows_its_ofl_text(window, qtbot):
    dialog = _open_about(window(), qtbot)
    text = _click_component(dialog, "CounselRoom Sans SC", qtbot)
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert resource_path("fonts", "OFL.txt").read_text(encoding="utf-8").strip() in text
    assert dialog.text_view.isReadOnly()


def test_qt_shows_the_lgpl_and_the_gpl_it_refers_to(window, qtbot):
    dialog = _open_about(window(), qtbot)
    text = _click_component(dialog, "Qt", qtbot)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text and "TERMS AND CONDITIONS" in text
    assert QT_FOLDER in text     # how to replace the libraries, in the text file too
    # a component of its own licence: MIT for keyring
    assert "Permission is hereby granted" in _click_component(dialog, "keyring", qtbot)


def test_the_lgpl_paragraph_in_english(window, qtbot):
    dialog = _open_about(window(), qtbot)
    paragraph = dialog.lgpl_label.text()
    assert "LGPL-3.0" in paragraph and QT_FOLDER in paragraph and "replace" in paragraph
    assert qVersion() in paragraph
    assert QT_SOURCE_URL in dialog.source_label.text() and "Qt Project" in dialog.source_label.text()
    assert dialog.lgpl_label.isVisible() and dialog.source_label.isVisible()


@pytest.mark.language("zh_CN")
def test_the_lgpl_paragraph_in_chinese(window, qtbot):
    dialog = _open_about(window(), qtbot)
    for label in (dialog.lgpl_label, dialog.source_label):
        assert CJK.search(label.text()), label.text()
    paragraph = dialog.lgpl_label.text()
    assert "LGPL-3.0" in paragraph and QT_FOLDER in paragraph and qVersion() in paragraph
    assert QT_SOURCE_URL in dialog.source_label.text()
    assert CJK.search(dialog.windowTitle()) and CJK.search(dialog.version_label.text())


def test_enter_and_escape_close_it_and_only_one_opens(window, qtbot):
    main = window()
    dialog = _open_about(main, qtbot)
    main.about_action.trigger()
    assert main.about_dialog is dialog
    assert dialog.close_button.isDefault()
    for part in ("table", "text_view"):   # Enter anywhere closes it
        widget = getattr(dialog, part)
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: main.about_dialog is None)
        dialog = _open_about(main, qtbot)
    QTest.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main.about_dialog is None)


def test_the_lock_closes_it(window, qtbot):
    main = window()
    dialog = _open_about(main, qtbot)
    main.lock("manual")
    qtbot.waitUntil(lambda: main.about_dialog is None)
    assert not any(w.objectName() == "aboutDialog" and w.isVisible() for w in QApplication.topLevelWidgets())
    assert dialog is not None


def test_without_the_licence_index_it_says_so(window, qtbot, monkeypatch):
    import counselroom.ui.dialogs.about_dialog as about

    monkeypatch.setattr(about, "INDEX", ("licenses", "no-such-index.json"))
    dialog = _open_about(window(), qtbot)
    assert dialog.table.model().rowCount() == 0
    assert "no-such-index.json" in dialog.status.text()
    assert dialog.text_view.toPlainText() == ""
