"""Forms that do not fight the person filling them in (issue 11, item 7), through the real widgets:
times typed straight into an empty time field; one field-error line that wraps whole, keeps its
place so nothing under it moves, and clears as soon as its field is edited; widgets wide enough
for what they show; a trend chart that waits quietly for its first signed test."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionComboBox, QWidget

from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import ValidationError
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService
from counselroom.ui.dialogs.booking_dialog import BookingDialog
from counselroom.ui.fonts import load_application_font
from counselroom.ui.main_window import MainWindow
from counselroom.ui.messages import message
from counselroom.ui.widgets.clock_edit import NO_TIME
from counselroom.ui.widgets.form import FieldError, Form
from counselroom.ui.widgets.trend_chart import GRID, MARGIN_BOTTOM, MARGIN_LEFT
from helpers import type_text

LONG_NAME = "欧阳䶮䶮"


# The screens in Chinese (what the teachers see) and in English (longer words).
IN_BOTH_LANGUAGES = pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)


@pytest.fixture
def case(ctx):
    client = ClientService(ctx.session).register(ClientDraft(name=LONG_NAME, grade="初二", class_name="3班"))
    return CaseService(ctx.session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落",
                                                              ProblemCategory.EMOTION))


def _window(ctx, qtbot, page: str, size=(1280, 800)) -> MainWindow:
    """The main window at the size of a usual school PC screen."""
    window = MainWindow(ctx, page)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.go_to(page)
    return window


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def _top(widget: QWidget, within: QWidget | None = None) -> int:
    """Where ``widget`` is, in its window or (in a scrolled form, which may scroll to show a message) in
    the scrolled contents ``within``."""
    return widget.mapTo(within or widget.window(), QPoint(0, 0)).y()


def _fits(error: FieldError) -> bool:
    """The whole message is on screen: the label is as tall as its text wrapped at its width, and the
    row it is in holds it."""
    row = error.parentWidget()
    bottom = error.mapTo(row, QPoint(0, error.height())).y()
    return error.height() >= error.heightForWidth(error.width()) and bottom <= row.height()


def _lines(label) -> int:
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


# -- the visit's times -------------------------------------------------------------------------------
@pytest.fixture
def editor(ctx, case, qtbot):
    window = _window(ctx, qtbot, "visits")
    page = window.page("visits")
    for row in range(page.cases_list.count()):
        if page.cases_list.item(row).data(Qt.ItemDataRole.UserRole) == case.id:
            page.cases_list.setCurrentRow(row)
    page.new_visit()
    assert page.editor.visit is not None
    return page.editor


@pytest.mark.parametrize("keys", ["0930", "930", "9:30", "9.30"])
def test_digits_typed_into_an_empty_time_give_the_time_at_once(editor, qtbot, keys):
    start = editor.start_time
    assert start.time() == NO_TIME and start.text() == "--:--"
    start.setFocus()
    qtbot.keyClicks(start, keys)
    assert start.text() == "09:30" and start.time() == QTime(9, 30)
    editor.end_time.setFocus()
    qtbot.keyClicks(editor.end_time, "1015")
    assert editor.end_time.time() == QTime(10, 15)
    assert editor.content().start == time(9, 30) and editor.content().end == time(10, 15)


def test_a_chinese_input_method_time_and_clearing_it(editor, qtbot):
    start = editor.start_time
    type_text(start, "９：３０")           # full-width, committed as text by the input method
    assert start.time() == QTime(9, 30)
    start.selectAll()
    qtbot.keyClick(start, Qt.Key.Key_Delete)   # all of it deleted: not entered again
    assert start.time() == NO_TIME and start.text() == "--:--" and editor.content().start is None
    qtbot.keyClick(start, Qt.Key.Key_Up)       # the arrows still step it
    assert start.time() == QTime(1, 0)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_time_error_clears_when_the_time_is_typed_and_the_end_stays_put(ctx, editor, qtbot, answers):
    editor.visit_date.setDate(_qdate(ctx.session.today()))
    editor.end_time.setTime(QTime(9, 45))
    for box, text in ((editor.presenting_issue, "考试焦虑"), (editor.complaint, "失眠"),
                      (editor.process, "倾听"), (editor.assessment, "焦虑"), (editor.plan, "下周继续")):
        type_text(box, text)
    _settle(qtbot)
    end_at = _top(editor.end_time)
    editor.sign()
    _settle(qtbot)
    error = editor.how.error_for("start")
    assert error.isVisible() and error.text() == message("field.required") and _fits(error)
    assert _top(editor.end_time) == end_at                       # nothing under it moved
    qtbot.keyClicks(editor.start_time, "9")
    _settle(qtbot)
    assert not error.isVisible() and editor.start_time.property("invalid") is False
    assert _top(editor.end_time) == end_at


def test_a_text_box_error_clears_as_soon_as_it_is_typed_in(ctx, editor, qtbot, answers):
    editor.visit_date.setDate(_qdate(ctx.session.today()))
    editor.start_time.setTime(QTime(9, 0))
    editor.end_time.setTime(QTime(9, 45))
    _settle(qtbot)
    process_at = _top(editor.process)
    editor.sign()
    _settle(qtbot)
    error = editor.form.error_for("complaint")
    assert error.isVisible() and _fits(error) and "#b3261e" in editor.complaint.styleSheet()
    assert _top(editor.process) == process_at
    type_text(editor.complaint, "失眠")
    _settle(qtbot)
    assert not error.isVisible() and editor.complaint.styleSheet() == ""
    assert _top(editor.process) == process_at


def test_the_addendum_error_clears_when_typed_in(ctx, editor, answers):
    content = VisitContent(visit_date=ctx.session.today(), start=time(9), end=time(9, 45), complaint="失眠",
                           process="倾听", assessment="焦虑", plan="下周", presenting_issue="考试焦虑",
                           risk=RiskLevel.NONE)
    visit = VisitService(ctx.session).sign(editor.visit.id, content)
    editor.load(visit, "")
    editor.add_addendum()
    assert editor.addendum_error.isVisible() and _fits(editor.addendum_error)
    button_at = _top(editor.add_addendum_button)
    type_text(editor.addendum_text, "补充")
    assert not editor.addendum_error.isVisible()
    assert _top(editor.add_addendum_button) == button_at


# -- the test entry ---------------------------------------------------------------------------------
@pytest.fixture
def tests_window(ctx, case, qtbot, language):
    window = _window(ctx, qtbot, "tests")
    page = window.page("tests")
    page.select_case(case.id)
    return window


def _entry(window, case):
    page = window.page("tests")
    record = TestService(window.ctx.session).start(case.id, "phq9", None)
    page.refresh()
    page.select_case(case.id)
    assert page.open_test(case.id, record.id)
    return page.panel.entry


@IN_BOTH_LANGUAGES
def test_the_explained_gate_message_is_whole_keeps_the_consent_in_place_and_clears_when_ticked(
        tests_window, case, qtbot, language):
    entry = _entry(tests_window, case)
    _settle(qtbot)
    body = entry.body
    consent_at, first_item_at = _top(entry.consent, body), _top(entry.rows[0], body)
    qtbot.keyClick(entry.rows[0], Qt.Key.Key_1)
    assert not entry.save()
    _settle(qtbot)
    error = entry.facts.error_for("purpose_explained")
    assert error.isVisible() and error.text() == message("test.purpose_not_explained")
    assert _fits(error)
    assert error.width() >= entry.facts.width() // 2            # at the row's width, not the box's
    # Its first line was kept free: what follows moves only by the lines a longer message adds
    # (none in Chinese; one in English at this width).
    grown = error.height() - error.line_height()
    assert _top(entry.consent, body) - consent_at == grown and _top(entry.rows[0], body) - first_item_at == grown
    if language == "zh_CN":
        assert grown == 0
    qtbot.mouseClick(entry.explained, Qt.MouseButton.LeftButton, pos=QPoint(8, entry.explained.height() // 2))
    assert entry.explained.isChecked()
    _settle(qtbot)
    assert not error.isVisible() and entry.explained.styleSheet() == ""
    assert _top(entry.consent, body) == consent_at               # back where it was


@IN_BOTH_LANGUAGES
def test_a_message_longer_than_a_line_wraps_whole(tests_window, case, qtbot):
    tests_window.resize(900, 640)                                # the smallest the window goes
    entry = _entry(tests_window, case)
    _settle(qtbot)
    text = message("test.purpose_not_explained")
    entry.facts.show_field_error("purpose_explained", " ".join([text] * 3))
    _settle(qtbot)
    error = entry.facts.error_for("purpose_explained")
    assert _lines(error) >= 2 and _fits(error)
    hint = entry.explained_hint
    assert error.mapTo(entry, QPoint(0, 0)).y() >= hint.mapTo(entry, QPoint(0, hint.height())).y()
    # what follows starts under the message, never over it
    assert _top(entry.consent) >= error.mapTo(error.window(), QPoint(0, error.height())).y()


def _text_room(combo) -> int:
    """The width the combo box leaves for its text (without its frame and arrow)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@IN_BOTH_LANGUAGES
def test_the_consent_choice_is_as_wide_as_its_longest_entry(tests_window, case, qtbot):
    # In the font the application really uses: its full-width brackets have wide side bearings,
    # which Qt's own sizing (by the ink) leaves out, so "（无）" came out as "（无".
    load_application_font(QApplication.instance())
    entry = _entry(tests_window, case)
    _settle(qtbot)
    combo = entry.consent
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.itemText(0) and combo.width() >= combo.sizeHint().width()
    assert _text_room(combo) >= longest


@IN_BOTH_LANGUAGES
def test_the_test_heading_keeps_to_two_lines_and_does_not_reflow(tests_window, case, qtbot):
    entry = _entry(tests_window, case)
    _settle(qtbot)
    heading = entry.heading
    assert LONG_NAME in heading.text()
    assert 1 <= _lines(heading) <= 2
    before, first_item_at = heading.height(), _top(entry.rows[0], entry.body)
    scroll_at = _top(entry.scroll_area)
    qtbot.keyClick(entry.rows[0], Qt.Key.Key_2)                 # "Unsaved changes" appears
    _settle(qtbot)
    assert entry.save_status.text()
    assert heading.height() == before
    assert _top(entry.rows[0], entry.body) == first_item_at and _top(entry.scroll_area) == scroll_at


@IN_BOTH_LANGUAGES
def test_an_incomplete_sign_says_so_under_the_items_without_moving_them(tests_window, case, qtbot, answers):
    entry = _entry(tests_window, case)
    entry.explained.setChecked(True)
    for key in "0123":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    _settle(qtbot)
    first_at = _top(entry.rows[0], entry.body)
    entry.sign()
    _settle(qtbot)
    assert entry.answers_error.isVisible() and _fits(entry.answers_error)
    assert _top(entry.rows[0], entry.body) == first_at
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0)
    assert not entry.answers_error.isVisible()


# -- the trend -----------------------------------------------------------------------------------------
@IN_BOTH_LANGUAGES
def test_no_chart_is_drawn_before_a_test_is_signed(tests_window, case, qtbot):
    panel = tests_window.page("tests").panel
    chart = panel.chart
    _settle(qtbot)
    assert chart.is_empty() and chart.empty_text() == panel.tr("The trend shows once a test of this case is signed.")
    assert not panel.trend_scale.isVisible()                     # no empty choice of scale either
    image = chart.grab().toImage()
    # no axes: where the plot's frame and its "0" would be, only the empty state's quiet fill
    corner = image.pixelColor(MARGIN_LEFT, chart.height() - MARGIN_BOTTOM)
    assert corner != GRID and corner != QColor("#ffffff")

    tests = TestService(tests_window.ctx.session)
    draft = tests.start(case.id, "phq9", None)
    tests.sign(tests.save_answers(draft.id, {str(n): "1" for n in range(1, 10)}, True).id)
    tests_window.page("tests").refresh()
    _settle(qtbot)
    assert not chart.is_empty() and [p.score for p in chart.points] == [9]
    assert panel.trend_scale.isVisible()


# -- the crises list --------------------------------------------------------------------------------
@IN_BOTH_LANGUAGES
@pytest.mark.parametrize("size", [(1280, 800), (1180, 760)])
def test_the_crises_list_is_not_scrolled_sideways(contexts, qtbot, language, size):
    from rooms import SUPERVISOR

    ctx = contexts(SUPERVISOR)      # the supervisor's list has the most columns
    session = ctx.session
    client = ClientService(session).register(ClientDraft(name=LONG_NAME, grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visit = visits.start(case.id)
    visits.sign(visit.id, VisitContent(
        visit_date=session.today(), start=time(9), end=time(9, 45), complaint="不想活了", process="评估",
        assessment="高风险", plan="联系家长", presenting_issue="情绪低落", risk=RiskLevel.HIGH,
        risk_self_harm=True))
    window = _window(ctx, qtbot, "crises", size)
    page = window.page("crises")
    page.refresh()
    _settle(qtbot)
    table = page.table
    assert page.model.rowCount() == 1
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert page.panel.width() >= 400


# -- the one mechanism, on a dialog ----------------------------------------------------------------
@IN_BOTH_LANGUAGES
def test_booking_errors_keep_their_place_and_clear_on_edit(ctx, qtbot, language):
    dialog = BookingDialog(ctx.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    note_at, book_at, height = _top(dialog.note), _top(dialog.book_button), dialog.height()

    dialog.book()                                       # no client chosen
    _settle(qtbot)
    client_error = dialog.form.error_for("clientSearch")
    assert client_error.isVisible() and _fits(client_error)
    assert _top(dialog.note) == note_at and _top(dialog.book_button) == book_at

    dialog.form.show_error(ValidationError("note", "text.too_long", max=200), {"note": "note"})
    _settle(qtbot)
    note_error = dialog.form.error_for("note")
    assert note_error.isVisible() and _fits(note_error) and not client_error.isVisible()
    hint = next(w for w in dialog.note.parentWidget().findChildren(QLabel) if not isinstance(w, FieldError))
    assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())   # the hint is whole too
    assert _top(dialog.note) == note_at and _top(dialog.book_button) == book_at and dialog.height() == height
    type_text(dialog.note, "体育课后")
    assert not note_error.isVisible() and dialog.note.property("invalid") is False

    dialog.form.show_field_error("counsellor", "x")
    counsellor = dialog.counsellor
    counsellor.setFocus()
    qtbot.keyClick(counsellor, Qt.Key.Key_Down)          # chosen with the keyboard
    assert not dialog.form.error_for("counsellor").isVisible()
    dialog.form.show_field_error("minutes", "x")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Up)
    assert not dialog.form.error_for("minutes").isVisible()


def test_an_outlined_field_keeps_its_size(qtbot):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    form = Form()
    qtbot.addWidget(form)
    edit = form.add("name", "Name", QLineEdit())
    combo = form.add("kind", "Kind", QComboBox())
    combo.addItem("（无）")
    below = form.add("below", "Below", QLineEdit())
    form.resize(400, 300)
    form.show()
    qtbot.waitExposed(form)
    _settle(qtbot)
    sizes, below_at = (edit.size(), combo.size()), _top(below)
    form.show_field_error("name", "x")
    form.show_field_error("kind", "y")
    _settle(qtbot)
    assert (edit.size(), combo.size()) == sizes and _top(below) == below_at
    form.clear_errors()
    _settle(qtbot)
    assert (edit.size(), combo.size()) == sizes and _top(below) == below_at
    assert edit.styleSheet() == "" and combo.minimumWidth() == 0
