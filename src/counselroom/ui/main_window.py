"""The main window: navigation, pages, and the lock that hides them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QStackedWidget, QToolBar, QWidget,
)

from counselroom.ui.closing_prompt import may_quit
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.about_dialog import AboutDialog
from counselroom.ui.labels import label_of
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import NAV_BG, NAV_SELECTED_BG, NAV_SELECTED_INK
from counselroom.ui.widgets.lock_screen import LockScreen
from counselroom.ui.widgets.page_scroll_area import PageScrollArea
from counselroom.ui.workers import run_in_background


def page_classes() -> list[type[Page]]:
    # Only pages that work are listed; later features add theirs here.
    from counselroom.ui.pages.accounts_page import AccountsPage
    from counselroom.ui.pages.activities_page import ActivitiesPage
    from counselroom.ui.pages.appointments_page import AppointmentsPage
    from counselroom.ui.pages.archive_page import ArchivePage
    from counselroom.ui.pages.audit_page import AuditPage
    from counselroom.ui.pages.clients_page import ClientsPage
    from counselroom.ui.pages.closing_page import ClosingPage
    from counselroom.ui.pages.crises_page import CrisesPage
    from counselroom.ui.pages.duty_page import DutyPage
    from counselroom.ui.pages.follow_ups_page import FollowUpsPage
    from counselroom.ui.pages.home_page import HomePage
    from counselroom.ui.pages.materials_page import MaterialsPage
    from counselroom.ui.pages.register_page import RegisterPage
    from counselroom.ui.pages.search_page import SearchPage
    from counselroom.ui.pages.settings_page import SettingsPage
    from counselroom.ui.pages.reports_page import ReportsPage
    from counselroom.ui.pages.screening_page import ScreeningPage
    from counselroom.ui.pages.statistics_page import StatisticsPage
    from counselroom.ui.pages.tests_page import TestsPage
    from counselroom.ui.pages.visits_page import VisitsPage

    return [HomePage, ClientsPage, VisitsPage, AppointmentsPage, TestsPage, CrisesPage, FollowUpsPage, RegisterPage,
            ScreeningPage, SearchPage,
            MaterialsPage, DutyPage, ActivitiesPage, StatisticsPage, ReportsPage, ClosingPage, ArchivePage, AccountsPage,
            AuditPage, SettingsPage]


class _TitleAsker:
    """Stands in for a page not built yet, to ask its ``title()``: every title is
    ``self.tr("literal")``, looked up in the page class's context and then its bases', as
    PySide's ``tr`` does, so the navigation reads the same before and after a page is built."""

    def __init__(self, cls: type[Page]) -> None:
        self._cls = cls

    def tr(self, text: str) -> str:
        for klass in self._cls.__mro__:
            translated = QCoreApplication.translate(klass.__name__, text)
            if translated != text:
                return translated
        return text


def page_title(cls: type[Page]) -> str:
    """A page's navigation title without building the page."""
    return cls.title(_TitleAsker(cls))  # type: ignore[arg-type]  # title() only calls self.tr


class MainWindow(QMainWindow):
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, start_page: str = "home") -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(900, 600))
        # 1180 x 760 where it fits; a 1920 x 1080 screen at 150 % has about 1280 x 680 to offer,
        # and the title bar and frame come on top of the size given here
        # (a screen smaller than the smallest window, such as a virtual one, gets the usual size)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen else QSize()
        if room.width() < 940 or room.height() < 660:
            room = QSize(1220, 820)
        self.resize(min(1180, room.width() - 40), min(760, room.height() - 60))
        self.outer = QStackedWidget(self)
        self.setCentralWidget(self.outer)

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(
            f"QListWidget {{ border: none; background: {NAV_BG}; padding-top: 8px; font-size: 11pt; }}"
            "QListWidget::item { padding: 7px 16px; }"
            f"QListWidget::item:selected {{ background: {NAV_SELECTED_BG}; color: {NAV_SELECTED_INK}; }}")
        self.pages = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.outer.addWidget(self.workspace)

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self._logout_from_lock)
        self.outer.addWidget(self.lock_screen)

        # A page is built the first time it is shown or asked for: building all fifteen (and their
        # models) made the password-to-Today wait and the memory grow for pages never visited.
        self._page_classes = [cls for cls in page_classes() if cls.allowed_for(ctx.user)]
        self._built: dict[str, Page] = {}
        self._holders: dict[str, PageScrollArea] = {}
        for cls in self._page_classes:
            item = QListWidgetItem(page_title(cls))
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_toolbar()
        self._build_menu()
        self.update_title()
        self.go_to(start_page)

    # -- chrome --------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Session"))
        bar.setObjectName("sessionBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.user_label = QLabel()
        self.user_label.setContentsMargins(12, 0, 12, 0)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(self.user_label)
        bar.addWidget(spacer)
        self.change_password_action = QAction(self.tr("Change password"), self)
        self.change_password_action.triggered.connect(self.ctx.change_password)
        bar.addAction(self.change_password_action)
        self.logout_action = QAction(self.tr("Log out"), self)
        self.logout_action.triggered.connect(self.logout)
        bar.addAction(self.logout_action)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the records now (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        bar.addAction(self.lock_action)
        self.session_bar = bar

    def _build_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("About CounselRoom"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.about_dialog: QDialog | None = None

    def show_about(self) -> None:
        """The About dialog (version, licences); one at a time, closed by the lock like any dialog."""
        if self.about_dialog is not None:
            self.about_dialog.raise_()
            self.about_dialog.activateWindow()
            return
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._about_closed)
        self.about_dialog = dialog
        dialog.open()

    def _about_closed(self) -> None:
        self.about_dialog = None

    def update_title(self) -> None:
        room = self.ctx.room_name
        base = self.tr("CounselRoom")
        self.setWindowTitle(f"{base} — {room}" if room else base)
        if not self.ctx.session.locked:
            user = self.ctx.user
            self.user_label.setText(f"{user.display_name} · {label_of(user.role)}")

    # -- pages ---------------------------------------------------------------
    @property
    def page_keys(self) -> list[str]:
        """The keys of the pages this user may see, in navigation order (nothing is built)."""
        return [cls.key for cls in self._page_classes]

    @property
    def page_list(self) -> list[Page]:
        """Every page this user may see, in navigation order, each built now if it was not yet
        (for tools and tests that walk them all; the window itself touches built pages only)."""
        return [self._page_at(row) for row in range(len(self._page_classes))]

    def built_pages(self) -> list[Page]:
        """The pages built so far: the only ones that can hold anything from the records."""
        return list(self._built.values())

    def _page_at(self, row: int) -> Page:
        cls = self._page_classes[row]
        page = self._built.get(cls.key)
        if page is None:
            page = cls(self.ctx)
            self._built[cls.key] = page
            # scrolls only when the window is smaller than the page can be (150 % on a laptop)
            self._holders[cls.key] = PageScrollArea(page)
            self.pages.addWidget(self._holders[cls.key])
            self._connect(page)
        return page

    def _connect(self, page: Page) -> None:
        # Search hits and due follow-ups open their case in the case window.
        request = getattr(page, "open_case_requested", None)
        if request is not None:
            request.connect(self.open_case)
        # The Today page's items open where the work is.
        opened_item = getattr(page, "open_requested", None)
        if opened_item is not None:
            opened_item.connect(self.open_item)
        # Opening an attended appointment, or "New visit record" in a case window, continues in
        # the visit record on the Visit records page.
        opened = getattr(page, "visit_opened", None)
        if opened is not None:
            opened.connect(self.open_visit)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._page_classes):
            page = self._page_at(row)
            self.pages.setCurrentWidget(self._holders[page.key])
            if not self.ctx.session.locked:
                page.refresh()

    def current_page(self) -> Page:
        return self._page_at(max(self.nav.currentRow(), 0))

    def page(self, key: str) -> Page | None:
        """The page with this key, built now if it was not yet; None if this user has no such page."""
        for row, cls in enumerate(self._page_classes):
            if cls.key == key:
                return self._page_at(row)
        return None

    def open_case(self, case_id: int) -> None:
        """The case window, through the Clients page that keeps track of the open ones."""
        from counselroom.ui.pages.clients_page import ClientsPage

        clients = self.page("clients")
        if isinstance(clients, ClientsPage):
            clients.open_case(case_id)

    def open_item(self, key: str, record_id: int) -> None:
        """From the Today page: the page where the work is, and the record on it."""
        from counselroom.ui.pages.appointments_page import AppointmentsPage
        from counselroom.ui.pages.register_page import RegisterPage
        from counselroom.ui.pages.visits_page import VisitsPage

        page = self.page(key)
        if page is None:
            return
        self.go_to(key)
        if not record_id:
            return
        if isinstance(page, VisitsPage):           # key "visits"
            page.open_visit(record_id)
        elif isinstance(page, AppointmentsPage):   # key "appointments"
            page.select_appointment(record_id)
        elif isinstance(page, RegisterPage):       # key "register"
            page.select_entry(record_id)

    def open_visit(self, visit_id: int) -> None:
        from counselroom.ui.pages.visits_page import VisitsPage

        visits = self.page("visits")
        if isinstance(visits, VisitsPage):
            self.go_to("visits")
            visits.open_visit(visit_id)

    def go_to(self, key: str) -> None:
        for row, cls in enumerate(self._page_classes):
            if cls.key == key:
                if self.nav.currentRow() == row:
                    self._show_page(row)
                self.nav.setCurrentRow(row)
                return
        self.nav.setCurrentRow(0)

    # -- lock ----------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_screen

    def lock(self, reason: str) -> None:
        if self.is_locked:
            return
        self._close_dialogs()
        for page in self.built_pages():
            page.clear_sensitive()
        self.user_label.clear()
        user = self.ctx.user
        self.ctx.lock_session(reason)
        reason_text = self.tr("after a few idle minutes") if reason == "idle" else self.tr("by hand")
        self.lock_screen.show_for(user.display_name, user.username, reason_text)
        self.outer.setCurrentWidget(self.lock_screen)
        self.nav.setEnabled(False)
        for action in (self.change_password_action, self.lock_action, self.logout_action):
            action.setEnabled(False)

    def _close_dialogs(self) -> None:
        """A dialog left open (a form, a one-time password) must not outlive the lock."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                # Emptied first, so a form does not stop the lock to ask "discard what you typed?".
                clear = getattr(widget, "clear", None)
                if callable(clear):
                    clear()
                widget.reject()

    def unlock(self, password: str) -> None:
        run_in_background(lambda: self.ctx.session.unlock(password), self._unlocked,
                          self.lock_screen.unlock_failed)

    def _unlocked(self, _result) -> None:
        self.lock_screen.unlocked()
        self.nav.setEnabled(True)
        for action in (self.change_password_action, self.lock_action, self.logout_action):
            action.setEnabled(True)
        self.outer.setCurrentWidget(self.workspace)
        self.update_title()
        self.current_page().refresh()
        self.ctx.unlocked.emit()

    # -- leaving -------------------------------------------------------------
    def _logout_from_lock(self) -> None:
        self.logout_requested.emit()

    def logout(self) -> None:
        for page in self.built_pages():
            page.clear_sensitive()
        self.logout_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A person quitting after the room's hours is asked for the day's closing checklist first (R10);
        # the window system's close is spontaneous, a close by the program itself is not asked about.
        if event.spontaneous() and not self.is_locked and not may_quit(self, self.ctx.session):
            event.ignore()
            return
        for page in self.built_pages():
            page.clear_sensitive()
        self.ctx.end_session()
        event.accept()
        self.closed.emit()
