"""``admin selftest``: what IT runs after installing, and what every build runs.

The checks below the screen are in ``services/selftest.py``; here are Qt's (the library,
its platform plugin, the font as Qt draws it, the translations) and the report.  Every
line is a found value, so a failed line tells IT what is missing without a traceback.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from counselroom.domain.plural import plural
from counselroom.reports.fonts import font_file
from counselroom.services import selftest
from counselroom.services.selftest import RARE_NAME_CHARACTER, Check
from counselroom.ui import i18n


_PLATFORM_PLUGIN = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}


def gui_application() -> QCoreApplication:
    """A QGuiApplication without a screen: fonts can be checked on a server or over SSH.
    (An application made before is kept, whatever its kind: Qt allows only one.)"""
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["counselroom", "-platform", "offscreen"])
    return app


def qt_check() -> Check:
    plugin = _PLATFORM_PLUGIN.get(sys.platform, "libqxcb.so")
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = (folder / plugin).is_file()
    detail = f"Qt {qVersion()}, PySide6 {PySide6.__version__}, {plugin}"
    if not found:
        detail += " " + QCoreApplication.translate("Selftest", "missing")
    # 6.12.0 drops a reference on every signal emit and aborts a long session (pyproject.toml).
    return Check("qt", found and PySide6.__version__ != "6.12.0", detail)


def screen_font_check() -> Check:
    path = font_file()
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return Check("screen_font", False, path.name)
    covered = QFontMetrics(QFont(families[0])).inFontUcs4(ord(RARE_NAME_CHARACTER))
    return Check("screen_font", covered, families[0])


def translations_check() -> Check:
    """Both languages load, and Qt's own Chinese (buttons, file and print dialogs) is found."""
    loaded: list[str] = []
    missing: list[str] = []
    for lang in ("zh_CN", "en"):
        translator = QTranslator()
        ok = translator.load(str(i18n.qm_path(lang)))
        # a file that loads but translates nothing is as bad as a missing one
        if ok and lang == "zh_CN":
            ok = bool(translator.translate("Cli", "Psychological Counselling Room"))
        (loaded if ok else missing).append(f"counselroom_{lang}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    (loaded if QTranslator().load("qtbase_zh_CN", qt_folder) else missing).append("qtbase_zh_CN")
    detail = ", ".join(loaded)
    if missing:
        detail += "; " + QCoreApplication.translate("Selftest", "missing:") + " " + ", ".join(missing)
    return Check("translations", not missing, detail)


def _labels() -> dict[str, str]:
    return {
        "version": QCoreApplication.translate("Selftest", "CounselRoom"),
        "python": "Python",
        "qt": "Qt",
        "sqlcipher": "SQLCipher",
        "keystore": QCoreApplication.translate("Selftest", "Key store"),
        "font": QCoreApplication.translate("Selftest", "Font for PDFs"),
        "screen_font": QCoreApplication.translate("Selftest", "Font on screen"),
        "translations": QCoreApplication.translate("Selftest", "Translations"),
        "scales": QCoreApplication.translate("Selftest", "Scales"),
        "migrations": QCoreApplication.translate("Selftest", "Database structure"),
    }


def _note(check: Check) -> str:
    if check.key in ("font", "screen_font") and check.ok:
        # named by code point: a Windows console in GBK cannot print the character itself
        return QCoreApplication.translate("Selftest", "draws U+4DAE and other rare name characters")
    if check.key == "keystore" and check.skipped:
        return QCoreApplication.translate("Selftest", "judge it on the computer CounselRoom is installed on")
    if check.key == "keystore" and not check.ok:
        return QCoreApplication.translate("Selftest", "not a key store CounselRoom accepts: it needs Windows Credential Manager, the macOS "
                   "Keychain or the Secret Service (GNOME Keyring, KWallet)")
    return ""


def _width(text: str) -> int:
    """Columns in a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def run(backend=None, judge_keystore: bool = True) -> tuple[bool, list[str]]:
    """All checks, as (every check passed, the report's lines)."""
    labels = _labels()
    order = list(labels)
    found = sorted([*selftest.checks(backend, judge_keystore), qt_check(), screen_font_check(), translations_check()],
                   key=lambda c: order.index(c.key))
    marks = {True: QCoreApplication.translate("Selftest", "ok"), False: QCoreApplication.translate("Selftest", "FAILED"), None: QCoreApplication.translate("Selftest", "not judged")}
    mark_width = max(_width(m) for m in marks.values())
    label_width = max(_width(label) for label in labels.values())
    lines = [QCoreApplication.translate("Selftest", "CounselRoom self-test")]
    for check in found:
        mark, label, note = marks[None if check.skipped else check.ok], labels[check.key], _note(check)
        lines.append(f"  [{_pad(mark, mark_width)}] {_pad(label, label_width)}  {check.detail}"
                     + (f" — {note}" if note else ""))
    passed = all(c.ok for c in found)
    failed = sum(not c.ok for c in found)
    lines.append(QCoreApplication.translate("Selftest", "Everything needed is in place.") if passed else
                 plural(failed, QCoreApplication.translate("Selftest", "{n} check failed: CounselRoom is not ready on this computer."),
                        QCoreApplication.translate("Selftest", "{n} checks failed: CounselRoom is not ready on this computer.")).format(n=failed))
    return passed, lines
