"""The command line's sentences, translated like the windows'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui import i18n
from counselroom.ui.messages import error_text, finding_text  # noqa: F401 - re-exported

_app: QCoreApplication | None = None


def _t(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


def start(lang: str | None) -> None:
    global _app
    _app = QCoreApplication.instance() or QCoreApplication(["counselroom"])
    i18n.install(lang or i18n.system_language())


def default_room_name() -> str:
    return _t("Psychological Counselling Room")


def recovery_code_notice() -> str:
    return _t("This is the recovery code. Write it on the recovery sheet and keep it locked "
              "away; it is shown only once.")


def check_ok() -> str:
    return _t("All checks passed: database pages, structure and audit chain are sound.")


def recovered(accounts_needing_reset: list[str]) -> str:
    text = _t("Access restored.")
    if accounts_needing_reset:
        text += " " + _t("These accounts need a new password from the supervisor: {names}").format(
            names=", ".join(accounts_needing_reset))
    return text
