"""The attention register page (重点关注) and its dialogs, through the real widgets."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from rooms import SUPERVISOR
from counselroom.domain.audit import Action
from counselroom.domain.care_register import EntryDraft, Level, LevelWording, ReasonCategory, Source
from counselroom.domain.clients import ClientDraft
from counselroom.services.care_register import CareRegisterService
from counselroom.services.clients import ClientService
from counselroom.ui.dialogs.register_dialogs import ChangeLevelDialog, RegisterEntryDialog, RegisterReviewDialog
from counselroom.ui.models.register_model import RegisterModel
from counselroom.ui.pages.register_page import RegisterPage
from counselroom.ui.widgets.register_wording_group import RegisterWordingGroup
from helpers import type_text


def _dialog(page, cls):
    return next(d for d in page._dialogs if isinstance(d, cls))


def _levels(page) -> list[str]:
    return [page.model.index(r, RegisterModel.LEVEL).data() for r in range(page.model.rowCount())]


def test_add_a_student_typing_chinese_then_change_the_level_and_review(ctx, qtbot, shown_page, audit_rows):
    ClientService(ctx.session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    page = shown_page(RegisterPage(ctx))
    assert page.model.rowCount() == 0 and "Nobody" in page.count.text()

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, RegisterEntryDialog)
    type_text(dialog.student.search, "王䶮")
    assert dialog.student.matches.count() == 1
    qtbot.keyClick(dialog.student.search, Qt.Key.Key_Return)      # takes the match, does not save yet
    assert dialog.isVisible() and dialog.student.client is not None
    dialog.level.setCurrentIndex(dialog.level.findData(Level.LEVEL1))
    dialog.reason.setCurrentIndex(dialog.reason.findData(ReasonCategory.SELF_HARM))
    type_text(dialog.concern, "周记中流露轻生念头")
    type_text(dialog.head_teacher, "陈老师")
    type_text(dialog.plan, "每周约谈；告知家长；班主任每日关注")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.panel.entry is not None)
    assert page.model.rowCount() == 1 and _levels(page) == ["Level 1"]
    entry = page.panel.entry
    assert (entry.concern, entry.head_teacher, entry.level) == ("周记中流露轻生念头", "陈老师", Level.LEVEL1)
    assert entry.next_review == ctx.session.today() + timedelta(days=7)    # a week for the first level
    assert "周记中流露轻生念头" in page.panel.fact_labels["reason"].text()

    qtbot.mouseClick(page.level_button, Qt.MouseButton.LeftButton)
    change = _dialog(page, ChangeLevelDialog)
    change.level.setCurrentIndex(change.level.findData(Level.LEVEL2))
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    assert change.isVisible() and change.form.error_for("reason").text()    # the reason is required
    type_text(change.reason, "家长已带去医院评估，情绪稳定")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.entry is not None and page.panel.entry.level is Level.LEVEL2)
    assert "家长已带去医院评估" in page.panel.history.item(0).text()
    assert "Level changed Level 1 → Level 2" in page.panel.history.item(0).text()

    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    review = _dialog(page, RegisterReviewDialog)
    type_text(review.note, "情绪平稳，按计划跟进")
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.panel.entry.reviews) == 1)
    assert audit_rows(Action.REGISTER_LISTED) and audit_rows(Action.REGISTER_VIEWED)


def test_the_level_wording_is_the_rooms_setting(contexts, qtbot, shown_page, staff):
    boss = contexts(SUPERVISOR)
    client = ClientService(boss.session).register(ClientDraft(name="张三", grade="初一"))
    CareRegisterService(boss.session).add(client.id, EntryDraft(Level.LEVEL3, ReasonCategory.STUDY,
                                                                boss.session.user.id), Source.TEACHER)
    page = shown_page(RegisterPage(boss))
    assert _levels(page) == ["Level 3"]
    group = RegisterWordingGroup(boss.session)
    qtbot.addWidget(group)
    group.show_wording(CareRegisterService(boss.session).level_wording())
    assert group.wording.currentText() == "Level 1 / Level 2 / Level 3"
    group.wording.setCurrentIndex(group.wording.findData(LevelWording.COLOURS.value))
    group.wording.activated.emit(group.wording.currentIndex())
    assert group.status.text() == "Saved."
    page.refresh()
    qtbot.waitUntil(lambda: _levels(page) == ["Yellow"])
    assert [page.level_filter.itemText(i) for i in range(page.level_filter.count())][1:] == ["Red", "Orange",
                                                                                            "Yellow"]


def test_a_due_review_shows_on_today_and_in_follow_ups_and_opens_the_entry(window, staff, qtbot):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    entry = CareRegisterService(li).add(client.id, EntryDraft(Level.LEVEL1, ReasonCategory.SELF_HARM, li.user.id,
                                                              next_review=li.today()), Source.CRISIS)
    li.logout()
    main = window("li", "home")
    today = main.page("home")
    [row] = today.register.rows()
    assert "王䶮" in row and li.today().isoformat() in row
    assert not any("王䶮" in r for r in today.follow_ups.rows())      # its own block, not twice
    today.register.list.itemActivated.emit(today.register.list.item(0))
    page = main.current_page()
    assert page.key == "register"
    qtbot.waitUntil(lambda: page.panel.entry is not None and page.panel.entry.id == entry.id)
    assert "due" in page.panel.fact_labels["review"].text()

    main.go_to("followups")
    follow_ups = main.page("followups")
    follow_ups.refresh()
    [item] = [follow_ups.model.row_at(r) for r in range(follow_ups.model.rowCount())]
    assert item.client_name == "王䶮" and item.target_id == entry.id
    assert follow_ups.model.index(0, follow_ups.model.WHAT).data() == "Attention register review due"
    follow_ups.table.selectRow(0)
    follow_ups.open_selected()
    assert main.current_page().key == "register"


def test_from_a_crisis_the_student_is_added_at_the_level_its_risk_suggests(ctx, qtbot, shown_page):
    from datetime import date

    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.domain.visits import RiskLevel
    from counselroom.services.cases import CaseService
    from counselroom.services.crisis import CrisisService
    from counselroom.ui.pages.crises_page import CrisesPage

    client = ClientService(ctx.session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(ctx.session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    crisis = CrisisService(ctx.session).open_for_risk(case.id, RiskLevel.HIGH)
    page = shown_page(CrisesPage(ctx))
    assert not page.register_button.isEnabled()
    page.select_crisis(crisis.id)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, RegisterEntryDialog)
    assert dialog.student is None and Level(dialog.level.currentData()) is Level.LEVEL1
    assert Source(dialog.source.currentData()) is Source.CRISIS
    type_text(dialog.concern, "危机干预后列入")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [entry] = CareRegisterService(ctx.session).find()
    assert (entry.client_id, entry.source, entry.source_ref) == (client.id, Source.CRISIS, f"crisis:{crisis.id}")
