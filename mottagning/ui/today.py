"""Idag: where the day starts. The day's visits (a counselor's own; the whole
clinic's for the reception), who has arrived, what waits for an answer, and
a quick count of anonymous calls and chats."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.backups import BackupStatus
from mottagning.models.calendar import Appointment, AppointmentStatus, ContactForm
from mottagning.models.clients import ClientSummary, Strand
from mottagning.models.users import Role
from mottagning.scoring import UnknownInstrument, load_instrument
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.backup_monitor import WARNING_STYLE, describe_status
from mottagning.ui.clients.concern import ConcernDialog
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.journal import DraftsList
from mottagning.ui.letters.my_letters import MyLettersDialog
from mottagning.ui.measures import AdministrationDialog
from mottagning.ui.tables import Index, TableModel, on_enter, record_table
from mottagning.ui.translations import translated

TALLY_BUTTONS = (ContactForm.PHONE, ContactForm.CHAT, ContactForm.OUTREACH, ContactForm.DROP_IN)


class DayModel(TableModel):
    TIME, CLIENT, COUNSELORS, ROOM, FORM, STATUS, DUE = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Appointment] = []
        self._clients: dict[str, ClientSummary] = {}
        self._staff: dict[str, str] = {}
        self._rooms: dict[str, str] = {}
        self._full_names = False
        self._zone: ZoneInfo | None = None
        self.headers = [
            self.tr("Time"),
            self.tr("Client"),
            self.tr("Counselor"),
            self.tr("Room"),
            self.tr("Contact form"),
            self.tr("Status"),
            self.tr("Questionnaire due"),
        ]
        self._due: dict[str, list[str]] = {}

    def set_day(
        self,
        visits: list[Appointment],
        clients: dict[str, ClientSummary],
        staff: dict[str, str],
        rooms: dict[str, str],
        show_full_names: bool,
        zone: ZoneInfo,
        due: dict[str, list[str]],
    ) -> None:
        self.beginResetModel()
        self._visits, self._clients, self._staff, self._rooms = list(visits), clients, staff, rooms
        self._full_names, self._zone, self._due = show_full_names, zone, due
        self.endResetModel()

    def due_for(self, row: int) -> list[str]:
        """Questionnaires (instrument ids) the client's plan asks for at this visit."""
        return self._due.get(self._visits[row].id, [])

    def visit_at(self, row: int) -> Appointment:
        return self._visits[row]

    def row_count(self) -> int:
        return len(self._visits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        visit = self._visits[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return visit.id
        if role == Qt.ItemDataRole.FontRole and visit.status is AppointmentStatus.ARRIVED:
            font = QFont()
            font.setBold(True)  # someone is waiting in the waiting room
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip is the whole text of a cell cut short
        column = index.column()
        if column == self.TIME:
            start = visit.starts_at.astimezone(self._zone)
            end = visit.ends_at.astimezone(self._zone)
            return f"{start:%H:%M}–{end:%H:%M}"
        if column == self.CLIENT:
            client = self._clients.get(visit.client_id or "")
            if client is None:
                return visit.reception_note or translated(visit.contact_form.label)
            return client.display_name(show_full_names=self._full_names)
        if column == self.COUNSELORS:
            return ", ".join(sorted(self._staff.get(u, "") for u in visit.counselor_ids))
        if column == self.ROOM:
            return self._rooms.get(visit.room_id or "", "")
        if column == self.FORM:
            return translated(visit.contact_form.label)
        if column == self.DUE:
            return ", ".join(_short_name(i) for i in self._due.get(visit.id, []))
        return translated(visit.status.label)


def _short_name(instrument_id: str) -> str:
    try:
        return load_instrument(instrument_id).short_name
    except UnknownInstrument:
        return instrument_id


class TodayPage(QWidget):
    open_client_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._whole_clinic = session.user.role is not Role.COUNSELOR
        self._clinical = is_allowed(session.user.role, Action.READ_JOURNAL)
        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("todayBackupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet(WARNING_STYLE)
        self.backup_warning.hide()

        self.model = DayModel(self)
        self.table = record_table(self, "todayTable", self.model)
        # The table fits its page: the counselors' names take what the other
        # columns leave (cut short, with a tooltip), not a sideways scroll bar.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DayModel.COUNSELORS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(DayModel.DUE, not self._clinical)  # only clinicians give them
        self.table.doubleClicked.connect(lambda _: self._open_client())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())
        self.model.modelReset.connect(self._enable_buttons)
        self.arrived = QPushButton(self.tr("&Arrived"), self)
        self.arrived.setObjectName("markArrived")
        self.attended = QPushButton(self.tr("A&ttended"), self)
        self.attended.setObjectName("markAttended")
        self.no_show = QPushButton(self.tr("&No-show"), self)
        self.no_show.setObjectName("markNoShow")
        self.open_button = QPushButton(self.tr("&Open the client"), self)
        self.measure_button = QPushButton(self.tr("&Questionnaire..."), self)
        self.measure_button.setObjectName("giveQuestionnaire")
        self.measure_button.setToolTip(
            self.tr("Enter the questionnaire the plan asks for at this visit")
        )
        self.measure_button.clicked.connect(self.give_questionnaire)
        for button, status in (
            (self.arrived, AppointmentStatus.ARRIVED),
            (self.attended, AppointmentStatus.ATTENDED),
            (self.no_show, AppointmentStatus.NO_SHOW),
        ):
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
        self.open_button.clicked.connect(self._open_client)
        on_enter(self.table, self._open_client)
        visit_buttons = QHBoxLayout()
        for button in (self.arrived, self.attended, self.no_show, self.open_button):
            visit_buttons.addWidget(button)
        if self._clinical:
            visit_buttons.addWidget(self.measure_button)
        else:
            self.measure_button.hide()
        visit_buttons.addStretch(1)
        visits_box = QGroupBox(
            self.tr("The clinic's visits today")
            if self._whole_clinic
            else self.tr("My visits today"),
            self,
        )
        self.no_visits = QLabel(self.tr("No visits are booked today."), self)
        self.no_visits.setObjectName("todayNoVisits")
        self.no_visits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_visits.setStyleSheet("color: palette(placeholder-text);")
        visits_layout = QVBoxLayout(visits_box)
        visits_layout.addWidget(self.table, 1)
        visits_layout.addWidget(self.no_visits, 1)
        visits_layout.addLayout(visit_buttons)

        self.concerns = QListWidget(self)
        self.concerns.setObjectName("pendingConcerns")
        self.concerns.itemActivated.connect(self._answer_concern)
        concerns_box = QGroupBox(self.tr("To answer"), self)
        concerns_layout = QVBoxLayout(concerns_box)
        concerns_layout.addWidget(self.concerns)
        if is_allowed(session.user.role, Action.SEND_REFERRALS):
            self.letters_button = QPushButton(self.tr("Referrals &sent..."), concerns_box)
            self.letters_button.setObjectName("myLetters")
            self.letters_button.clicked.connect(self.show_letters)
            concerns_layout.addWidget(self.letters_button)

        self.tally_strand = QComboBox(self)
        self.tally_strand.setObjectName("tallyStrand")
        self.tally_strand.addItem(self.tr("Strand not known"), None)
        for strand in Strand:
            self.tally_strand.addItem(translated(strand.label), strand.value)
        self.tally_count = QLabel(self)
        self.tally_count.setObjectName("tallyCount")
        tally_box = QGroupBox(self.tr("Count an anonymous contact"), self)
        tally_layout = QVBoxLayout(tally_box)
        hint = QLabel(
            self.tr(
                "A call, chat or outreach contact with someone who has no record: "
                "it is counted for the yearly numbers, nothing else is kept."
            ),
            tally_box,
        )
        hint.setWordWrap(True)
        tally_layout.addWidget(hint)
        tally_layout.addWidget(self.tally_strand)
        row = QGridLayout()  # two by two: a narrow side leaves the day's table its room
        for number, form in enumerate(TALLY_BUTTONS):
            button = QPushButton(translated(form.label), tally_box)
            button.setObjectName(f"tally_{form.value}")
            button.clicked.connect(lambda _=False, f=form: self.count_contact(f))
            row.addWidget(button, number // 2, number % 2)
        tally_layout.addLayout(row)
        tally_layout.addWidget(self.tally_count)

        side = QVBoxLayout()
        self.drafts: DraftsList | None = None
        if self._clinical:
            self.drafts = DraftsList(session, self)
            self.drafts.open_client_requested.connect(self.open_client_requested)
            drafts_box = QGroupBox(self.tr("Unsigned drafts"), self)
            drafts_layout = QVBoxLayout(drafts_box)
            drafts_layout.addWidget(self.drafts)
            side.addWidget(drafts_box, 1)
        side.addWidget(concerns_box, 1)
        side.addWidget(tally_box)
        body = QHBoxLayout()
        # The clinic lead's drafts name their author too, which must fit beside the
        # client, the type and the age at 1280 pixels: their side takes a third.
        lead = session.user.role is Role.LEAD
        body.addWidget(visits_box, 2 if lead else 5)
        body.addLayout(side, 1 if lead else 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.backup_warning)
        layout.addLayout(body)
        self.refresh()

    def show_backup_status(self, status: BackupStatus) -> None:
        """A warning when the newest backup is too old or a destination is gone."""
        if not status.stale:
            self.backup_warning.hide()
            return
        what = describe_status(status, self._session.time.zone)
        if is_allowed(self._session.user.role, Action.CREATE_BACKUP):
            advice = self.tr(
                "Make one under Administration, Backups, or ask IT to check the folder."
            )
        else:
            advice = self.tr("Tell the clinic lead.")
        self.backup_warning.setText(f"{what}. {advice}")
        self.backup_warning.show()

    def refresh(self) -> None:
        with user_errors(self):
            scheduling = self._session.scheduling
            zone = scheduling.zone
            today = self._session.time.today()
            week = today.isocalendar().week
            self.heading.setText(
                self.tr("Today {date}, week {week}").format(date=today.isoformat(), week=week)
            )
            start = datetime.combine(today, time(0), zone)
            counselors = None if self._whole_clinic else frozenset({self._session.user.id})
            visits = scheduling.appointments(
                start, start + timedelta(days=1), counselor_ids=counselors
            )
            clients = self._session.clients.summaries({v.client_id for v in visits if v.client_id})
            rooms = {r.id: r.name for r in self._session.calendar_settings.rooms(active_only=False)}
            due = self._session.measures.due(visits) if self._clinical else {}
            self.model.set_day(
                visits,
                clients,
                scheduling.staff_names(),
                rooms,
                self._session.preferences.show_full_names,
                zone,
                due,
            )
            self.table.setVisible(bool(visits))  # an empty table reads as broken
            self.no_visits.setVisible(not visits)
            if self.drafts is not None:
                self.drafts.refresh()
            self._fill_concerns()
            self._show_tally_count()

    def _fill_concerns(self) -> None:
        self.concerns.clear()
        pending = self._session.clients.pending_considerations()
        clients = self._session.clients.summaries({c.client_id for c in pending})
        for consideration in pending:
            client = clients.get(consideration.client_id)
            item = QListWidgetItem(
                self.tr("Report of concern to consider: {client}").format(
                    client=client.alias if client else ""
                ),
                self.concerns,
            )
            item.setData(Qt.ItemDataRole.UserRole, consideration)
        late = self._session.referrals.overdue_replies() if self._clinical else []
        aliases = self._session.clients.summaries({letter.client_id for letter in late})
        for letter in late:
            # Alias and date only: the desk may be seen, the recipient reveals care.
            client = aliases.get(letter.client_id)
            item = QListWidgetItem(
                self.tr("Reply to a referral overdue since {day}: {client}").format(
                    day=letter.reply_expected_by.isoformat() if letter.reply_expected_by else "",
                    client=client.alias if client else "",
                ),
                self.concerns,
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, letter.client_id)
        if not pending and not late:
            QListWidgetItem(self.tr("Nothing waits for an answer."), self.concerns).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def show_letters(self) -> MyLettersDialog:
        dialog = MyLettersDialog(self._session, self)
        dialog.open_client_requested.connect(self.open_client_requested)
        open_dialog(dialog)
        return dialog

    def _answer_concern(self, item: QListWidgetItem) -> None:
        late_client = item.data(Qt.ItemDataRole.UserRole + 1)
        if late_client is not None:  # an overdue reply: the client's letters
            self.open_client_requested.emit(late_client)
            return
        consideration = item.data(Qt.ItemDataRole.UserRole)
        if consideration is None:
            return
        alias = self._session.clients.summaries({consideration.client_id})
        name = alias[consideration.client_id].alias if consideration.client_id in alias else ""
        open_dialog(ConcernDialog(self._session, consideration, name, self), self._fill_concerns)

    def _enable_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.measure_button.setEnabled(bool(rows) and bool(self.model.due_for(rows[0].row())))

    def selected(self) -> Appointment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit_at(rows[0].row()) if rows else None

    def mark(self, status: AppointmentStatus) -> None:
        visit = self.selected()
        if visit is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        with user_errors(self):
            self._session.scheduling.set_status(visit.id, status)
        self.refresh()
        self.table.selectRow(row)

    def _open_client(self) -> None:
        visit = self.selected()
        if visit is not None and visit.client_id:
            self.open_client_requested.emit(visit.client_id)

    def give_questionnaire(self) -> None:
        """Open the questionnaire the plan asks for at the selected visit (the
        first of them, when several are due; the others follow the same way)."""
        visit = self.selected()
        if visit is None or not visit.client_id:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        due = self.model.due_for(row)
        if not due:
            return
        dialog = AdministrationDialog(
            self._session, visit.client_id, due[0], self, appointment_id=visit.id
        )
        dialog.recorded.connect(lambda _record: self._questionnaire_recorded(row))
        open_dialog(dialog)

    def _questionnaire_recorded(self, row: int) -> None:
        self.refresh()
        self.table.selectRow(row)

    def count_contact(self, form: ContactForm) -> None:
        strand = self.tally_strand.currentData()
        with user_errors(self):
            self._session.anonymous_contacts.record(
                self._session.time.today(), form, Strand(strand) if strand else None
            )
        self._show_tally_count()

    def _show_tally_count(self) -> None:
        today = self._session.time.today()
        count = len(self._session.anonymous_contacts.between(today, today))
        self.tally_count.setText(self.tr("Counted today: {count}").format(count=count))
