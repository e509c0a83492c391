"""A case's contacts with parents and teachers (家校沟通记录): listed, recorded, corrected for a day."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.contacts import Contact, ContactLink
from counselroom.domain.errors import CounselRoomError
from counselroom.services.contacts import ContactService
from counselroom.services.my_cases import case_labels
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.case_dialogs import case_title
from counselroom.ui.dialogs.contact_dialog import ContactDialog
from counselroom.ui.messages import error_text
from counselroom.ui.models.contacts_model import ContactsModel
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.record_detail import RecordDetail
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class ContactDetail(RecordDetail):
    """What was said and agreed in the selected contact, readable and selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("contactDetail", parent)
        # The texts wrap: only a long one needs to scroll, downwards.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_values((("said", self.tr("What was said")), ("agreed", self.tr("What was agreed")),
                         ("recorded", self.tr("Recorded"))), "contact_")
        self.column.addStretch(1)
        self.setWidget(self.host)

    def show_contact(self, contact: Contact) -> None:
        self.values["said"].setText(contact.said)
        self.values["agreed"].setText(contact.agreed or "—")
        recorded = contact.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M") if contact.recorded_at else ""
        self.values["recorded"].setText(recorded)

    def clear(self) -> None:
        for value in self.values.values():
            value.clear()


class ContactsPanel(CasePanel):
    """The case's contacts with parents and teachers, its crises' ones included."""

    key = "contactsPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._about = ""
        outer, column, buttons = self.add_notice_and_body("contactsNotice")
        self.new_button = action_button(
            self, "newContact", self.tr("Record a contact…"),
            self.tr("Record a conversation with a parent, the head teacher or another teacher about this student"),
            self.new_contact)
        self.correct_button = action_button(
            self, "correctContact", self.tr("Correct…"),
            self.tr("Correct a contact you recorded, within a day of recording it"), self.correct_contact)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)

        self.model = ContactsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("contactsTable", self.proxy, self.body, sort_column=ContactsModel.WHEN,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)
        self.table.activated.connect(self._row_activated)
        self.detail = ContactDetail(self.body)
        splitter = self.add_record_list(
            column, self.table, ContactsModel.CONTACTED, self.detail,
            self.tr("No contacts recorded yet. After a call, a meeting or a home visit with the "
                    "family or the school, record it with \"Record a contact…\"."), "contactsEmpty")
        splitter.setSizes([200, 220])
        outer.addWidget(self.body, 1)
        self.add_status_line(outer, "contactsStatus")
        self.clear()

    # -- the panel contract ------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        if self._case is None or self._case.id != case.id:
            self.status.clear()
        self._case = case
        self._load()

    def clear(self) -> None:
        self.close_dialogs()
        self._case = None
        self._about = ""
        self.model.clear()
        self.detail.clear()
        self.status.clear()
        self.notice.hide()
        self.body.hide()
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------
    def _show_notice(self, text: str, error: bool = False) -> None:
        self.model.clear()
        self.detail.clear()
        self.show_notice(text, error)
        self._update_buttons()

    def _load(self, select_id: int | None = None) -> None:
        if self._case is None:
            return
        if not may_see_clinical(self.ctx.user):
            self._show_notice(self.tr("Contacts with families and teachers are part of the counselling record: "
                                      "only counsellors and the supervisor can see them."))
            return
        case_id = self._case.id
        failed: list[CounselRoomError] = []
        service = ContactService(self.ctx.session)
        contacts = with_reason(self, lambda reason: service.for_case(case_id, reason=reason), failed.append)
        if contacts is None:
            self._show_notice(error_text(failed[0]) if failed else
                              self.tr("The contacts are shown once a reason for opening this case is given."),
                              error=bool(failed))
            return
        labels = case_labels(self.ctx.session, [case_id]).get(case_id)
        self._about = case_title(labels[0], labels[2]) if labels else ""
        self.notice.hide()
        self.body.show()
        self.model.set_rows(contacts)
        self.list_stack.setCurrentWidget(self.table if contacts else self.empty)
        self.detail.setVisible(bool(contacts))
        keep = select_id if select_id is not None else (contacts[0].id if contacts else None)
        if keep is None or not self.table.select_record(keep):
            self.detail.clear()
        self._update_buttons()

    def selected_contact(self) -> Contact | None:
        return self.table.selected_record()

    def _current_changed(self, *_args) -> None:
        contact = self.selected_contact()
        if contact is None:
            self.detail.clear()
        else:
            self.detail.show_contact(contact)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._case is not None and self.body.isVisibleTo(self)
        contact = self.selected_contact() if shown else None
        self.new_button.setEnabled(shown)
        self.correct_button.setEnabled(contact is not None
                                       and ContactService(self.ctx.session).may_correct(contact))

    # -- recording -------------------------------------------------------------------------------
    def new_contact(self) -> None:
        if self._case is None or not self.new_button.isEnabled():
            return
        dialog = ContactDialog(self.ctx.session, ContactLink(case_id=self._case.id), self._about, self)
        dialog.accepted.connect(self._contact_saved)
        self.open_dialog(dialog)

    def correct_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or not self.correct_button.isEnabled():
            return
        dialog = ContactDialog(self.ctx.session, contact.link, self._about, self, contact=contact)
        dialog.accepted.connect(self._contact_saved)
        self.open_dialog(dialog)

    def _row_activated(self, _index: QModelIndex) -> None:
        if self.correct_button.isEnabled():
            self.correct_contact()

    def _contact_saved(self) -> None:
        contact = getattr(self.sender(), "saved_contact", None)
        if contact is None:
            return
        self._load(contact.id)
        self.show_done(self.tr("Contact with {name} saved.").format(name=contact.contact_name))
        self.changed.emit()
