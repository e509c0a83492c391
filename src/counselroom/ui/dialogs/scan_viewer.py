"""The scanned signed consent form, shown from memory only (never written to disk, not even to a temp file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSpinBox,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from counselroom.domain.consent import Consent
from counselroom.domain.errors import CounselRoomError
from counselroom.services.printing import PrintService
from counselroom.services.session import Session
from counselroom.ui.messages import error_text
from counselroom.ui.printing import print_image, print_pdf
from counselroom.ui.styles import ERROR_STYLE, GREY_FILL_STRONG
from counselroom.ui.widgets.hint_label import hint_label

PDF = "application/pdf"
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0
PRINTED_DOCUMENT = "consent_form"   # how the audit log names what was printed


class ScanViewer(QDialog):
    """Shows one scanned form (PDF pages or an image) with page navigation and zoom.

    The bytes come from ``ConsentService.attachment`` (which audits the viewing) and
    stay in memory: PDFs are read by QPdfDocument from a QBuffer, images decoded from
    bytes. ``clear`` (and closing) drops them.

    Other in-memory documents (e.g. from an opened archive) are shown the same way:
    give ``title`` (the window's title before the file name) and ``on_printed``, which
    is called after a successful print to record it (it may raise CounselRoomError).
    """

    def __init__(self, session: Session | None = None, consent: Consent | None = None,
                 parent: QWidget | None = None, *, title: str | None = None,
                 on_printed: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._session = session
        self._consent = consent
        self._title = title
        self._on_printed = on_printed
        self._data: bytes | None = None
        self._mime = ""
        self._name = ""
        self._image = QImage()
        self._zoom = 1.0
        self._fit_width = True
        self.setWindowTitle(self._plain_title())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(8)

        # -- the tool row -------------------------------------------------------------------------
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("scanName")
        self.name_label.setStyleSheet("font-weight: 600;")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.setMinimumWidth(80)
        tools.addWidget(self.name_label, 1)

        self.prev_button = self._tool("prevPage", "‹", self.tr("Previous page (Page Up)"), self.previous_page)
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pageBox")
        self.page_box.setToolTip(self.tr("Go to page"))
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self._page_typed)
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("pageCount")
        self.next_button = self._tool("nextPage", "›", self.tr("Next page (Page Down)"), self.next_page)
        self.page_tools = QWidget(self)
        page_row = QHBoxLayout(self.page_tools)
        page_row.setContentsMargins(0, 0, 12, 0)
        page_row.setSpacing(4)
        page_label = QLabel(self.tr("Page"), self.page_tools)
        for widget in (self.prev_button, page_label, self.page_box, self.page_count_label, self.next_button):
            widget.setParent(self.page_tools)
            page_row.addWidget(widget)
        tools.addWidget(self.page_tools)

        self.zoom_out_button = self._tool("zoomOut", "−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("8888 %") + 6)
        self.zoom_in_button = self._tool("zoomIn", "+", self.tr("Zoom in (Ctrl++)"), self.zoom_in)
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.fit_button.setObjectName("fitWidth")
        self.fit_button.setToolTip(self.tr("Show the whole width of the page (Ctrl+0)"))
        self.fit_button.setCheckable(True)
        self.fit_button.setAutoDefault(False)
        self.fit_button.clicked.connect(self.fit_width)
        self.actual_button = QPushButton(self.tr("Actual size"), self)
        self.actual_button.setObjectName("actualSize")
        self.actual_button.setToolTip(self.tr("Show the scan at 100 % (Ctrl+1)"))
        self.actual_button.setAutoDefault(False)
        self.actual_button.clicked.connect(self.actual_size)
        for tool in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
                     self.actual_button):
            tools.addWidget(tool)
        tools.addSpacing(12)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printScan")
        self.print_button.setToolTip(self.tr("Print a paper copy of the signed form (recorded in the audit log)"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_scan)
        self.print_button.setVisible(self._can_print())
        tools.addWidget(self.print_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeViewer")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        tools.addWidget(self.close_button)
        outer.addLayout(tools)

        # -- what is shown ---------------------------------------------------------------------------
        self.stack = QStackedWidget(self)
        self.pdf_view = QPdfView(self.stack)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setStyleSheet(f"QPdfView {{ background: {GREY_FILL_STRONG}; }}")
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.pdf_view.viewport().installEventFilter(self)
        self.image_area = QScrollArea(self.stack)
        self.image_area.setObjectName("imageArea")
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidgetResizable(False)
        self.image_area.setStyleSheet(f"QScrollArea {{ background: {GREY_FILL_STRONG}; }}")
        self.image_label = QLabel(self.image_area)
        self.image_label.setObjectName("imageLabel")
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_label.setScaledContents(False)
        self.image_label.setFrameShape(QFrame.Shape.NoFrame)
        self.image_area.setWidget(self.image_label)
        self.image_area.viewport().installEventFilter(self)
        self.message = QLabel(self.stack)
        self.message.setObjectName("viewerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        for view in (self.pdf_view, self.image_area, self.message):
            self.stack.addWidget(view)
        outer.addWidget(self.stack, 1)
        self.hint = hint_label(self.tr("Ctrl + mouse wheel zooms. The scan is shown from the encrypted records "
                                       "and is not saved anywhere."), self)
        outer.addWidget(self.hint)

        self._document = QPdfDocument(self)
        # What the view holds while no PDF is shown: Qt warns on setDocument(None) (a null model).
        self._no_document = QPdfDocument(self)
        self._buffer = QBuffer(self)

        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out), ("Ctrl+0", self.fit_width),
                           ("Ctrl+1", self.actual_size), (QKeySequence.StandardKey.Print, self.print_scan),
                           ("PgUp", self.previous_page), ("PgDown", self.next_page)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self._resize_to_screen()
        self._update_tools()

    def _plain_title(self) -> str:
        return self._title if self._title is not None else self.tr("Signed consent form")

    def _can_print(self) -> bool:
        return self._on_printed is not None or (self._session is not None and self._consent is not None)

    def _tool(self, name: str, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumWidth(28)
        button.clicked.connect(slot)
        return button

    def _resize_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else QSize(1000, 900)
        self.resize(min(900, int(available.width() * 0.9)), min(1000, int(available.height() * 0.9)))

    # -- loading -------------------------------------------------------------------------------------
    def load(self, name: str, mime: str, data: bytes) -> bool:
        """Show ``data``; False (with a message in the window) when it cannot be shown."""
        self._drop_scan()
        self._name, self._mime, self._data = name, mime, data
        self.name_label.setText(name)
        self.name_label.setToolTip(name)
        if self._title is None:
            self.setWindowTitle(self.tr("Signed consent form — {name}").format(name=name))
        else:
            self.setWindowTitle(self.tr("{title} — {name}").format(title=self._title, name=name))
        self._fit_width = True
        shown = self._load_pdf(data) if mime == PDF else self._load_image(data)
        shown_view = self.stack.currentWidget()   # the loader put its view on top
        if shown and shown_view is not None:
            shown_view.setFocus()   # arrows and Page Up/Down scroll the scan
        if not shown:
            self.message.setText(self.tr("The scan cannot be shown: the file is damaged or of an unknown kind."))
            self.stack.setCurrentWidget(self.message)
        self._update_tools()
        return shown

    def _load_pdf(self, data: bytes) -> bool:
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if self._document.status() != QPdfDocument.Status.Ready or self._document.pageCount() < 1:
            self._drop_pdf()
            return False
        self.pdf_view.setDocument(self._document)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack.setCurrentWidget(self.pdf_view)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(self._document.pageCount())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=self._document.pageCount()))
        return True

    def _load_image(self, data: bytes) -> bool:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)   # phone photos carry their orientation separately
        image = reader.read()
        buffer.close()
        buffer.setData(QByteArray())
        if image.isNull():
            return False
        self._image = image
        self.stack.setCurrentWidget(self.image_area)
        self._show_image()
        return True

    # -- what is shown -------------------------------------------------------------------------------
    @property
    def showing_pdf(self) -> bool:
        return self.stack.currentWidget() is self.pdf_view and self.pdf_view.document() is not None

    @property
    def showing_image(self) -> bool:
        return self.stack.currentWidget() is self.image_area and not self._image.isNull()

    def page_count(self) -> int:
        return self._document.pageCount() if self.showing_pdf else (1 if self.showing_image else 0)

    def current_page(self) -> int:
        """0-based."""
        return self.pdf_view.pageNavigator().currentPage() if self.showing_pdf else 0

    def image_size(self) -> QSize:
        return self._image.size()

    def shown_image_size(self) -> QSize:
        pixmap = self.image_label.pixmap()
        return QSize() if pixmap is None or pixmap.isNull() else pixmap.size()

    def zoom(self) -> float:
        """The scale the scan is shown at: 1.0 is 100 %."""
        return self._effective_zoom()

    def _pdf_fit_factor(self) -> float:
        if self._document.pageCount() < 1:
            return 1.0
        points = self._document.pagePointSize(self.current_page())
        pixels = points.width() * self.pdf_view.logicalDpiX() / 72.0
        margins = self.pdf_view.documentMargins()
        width = self.pdf_view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, width / pixels) if pixels > 0 else 1.0

    def _image_fit_factor(self) -> float:
        if self._image.isNull():
            return 1.0
        room = self.image_area.contentsRect()
        width = room.width()
        if self._image.height() * width / self._image.width() > room.height():
            width -= self.image_area.verticalScrollBar().sizeHint().width()   # it will scroll
        return min(ZOOM_MAX, max(ZOOM_MIN, width / self._image.width()))

    def _effective_zoom(self) -> float:
        if not self._fit_width:
            return self._zoom
        if self.showing_pdf:
            return self._pdf_fit_factor()
        if self.showing_image:
            return self._image_fit_factor()
        return 1.0

    def _show_image(self) -> None:
        if self._image.isNull():
            return
        factor = self._effective_zoom()
        size = QSize(max(1, round(self._image.width() * factor)), max(1, round(self._image.height() * factor)))
        source = QPixmap.fromImage(self._image)
        pixmap = source if size == self._image.size() else source.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())
        self._update_tools()

    def _set_zoom(self, factor: float) -> None:
        self._fit_width = False
        self._zoom = min(ZOOM_MAX, max(ZOOM_MIN, factor))
        if self.showing_pdf:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self._zoom)
        elif self.showing_image:
            self._show_image()
        self._update_tools()

    def zoom_in(self) -> None:
        if self.page_count():
            self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        if self.page_count():
            self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        if self.page_count():
            self._set_zoom(1.0)

    def fit_width(self) -> None:
        self._fit_width = True
        if self.showing_pdf:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self.showing_image:
            self._show_image()
        self._update_tools()

    def go_to_page(self, page: int) -> None:
        """0-based; out-of-range pages are ignored."""
        if self.showing_pdf and 0 <= page < self._document.pageCount():
            self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.pageNavigator().currentZoom())

    def next_page(self) -> None:
        if self.showing_image:   # one page: Page Down scrolls it
            bar = self.image_area.verticalScrollBar()
            bar.setValue(bar.value() + bar.pageStep())
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        if self.showing_image:
            bar = self.image_area.verticalScrollBar()
            bar.setValue(bar.value() - bar.pageStep())
        self.go_to_page(self.current_page() - 1)

    def _page_typed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_tools()

    def _update_tools(self) -> None:
        pages = self.page_count()
        self.page_tools.setVisible(self.showing_pdf)
        current = self.current_page()
        self.prev_button.setEnabled(self.showing_pdf and current > 0)
        self.next_button.setEnabled(self.showing_pdf and current < pages - 1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button):
            widget.setEnabled(pages > 0)
        self.print_button.setEnabled(pages > 0 and self._can_print())
        self.fit_button.setChecked(pages > 0 and self._fit_width)
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)} %" if pages else "")

    # -- Qt events -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        if event.type() == QEvent.Type.Resize and self._fit_width:
            if watched is self.image_area.viewport() and self.showing_image:
                self._show_image()
            elif watched is self.pdf_view.viewport() and self.showing_pdf:
                self._update_tools()
        return super().eventFilter(watched, event)

    # -- printing ---------------------------------------------------------------------------------------
    def print_scan(self) -> None:
        """A paper copy through the print dialog; the print is recorded in the audit log."""
        if not self._can_print() or self._data is None or not self.page_count():
            return
        title = self.windowTitle()
        printed = print_pdf(self._data, self, title) if self.showing_pdf else print_image(self._image, self, title)
        if not printed:
            return
        try:
            if self._on_printed is not None:
                self._on_printed()
            elif self._session is not None and self._consent is not None:   # as _can_print() said
                PrintService(self._session).record_output(PRINTED_DOCUMENT, self._consent.id, "print",
                                                          client_id=self._consent.client_id)
        except CounselRoomError as err:
            QMessageBox.warning(self, title, error_text(err))

    # -- forgetting ----------------------------------------------------------------------------------
    def _drop_pdf(self) -> None:
        self.pdf_view.setDocument(self._no_document)
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def _drop_scan(self) -> None:
        self._drop_pdf()
        self._image = QImage()
        self.image_label.clear()
        self.image_label.resize(0, 0)
        self.message.clear()
        self.name_label.clear()
        self.name_label.setToolTip("")
        self.page_count_label.clear()
        self._data = None
        self._name = self._mime = ""
        self.setWindowTitle(self._plain_title())
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        """Drop the document or image, every byte of the scan and the consent it belongs to."""
        self._drop_scan()
        self._consent = None
        self._on_printed = None
        self._update_tools()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
