"""The access log (clinic lead): browse and filter it, verify its chain, and
document the recurring sample checks."""

from datetime import timedelta
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.access_log import Anchor, LogAction, LogEntry, LogQuery, LogReview
from mottagning.services.log_integrity import LogIntegrity
from mottagning.services.session import Session
from mottagning.ui.admin.log_anchors import (
    ReviewDocumentedDialog,
    choose_file_to_open,
    choose_file_to_save,
    review_sheet,
)
from mottagning.ui.admin.log_reviews import LogReviewDialog, ReviewsModel
from mottagning.ui.admin.log_verdict import verdict
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.dialogs import inform, open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.formatting import (
    from_qdate,
    local_datetime,
    local_datetime_seconds,
    to_qdate,
)
from mottagning.ui.printing import print_document
from mottagning.ui.sizes import characters, text_width
from mottagning.ui.tables import Index, TableModel, record_table
from mottagning.ui.translations import translated
from mottagning.ui.worker import run_operation

PAGE_SIZE = 200
TIME_SAMPLE = "2026-12-31 23:59"  # the widest a time in the log gets
DEFAULT_DAYS = 30


class AccessLogModel(TableModel):
    """Entries for a query, fetched a page at a time as the view scrolls."""

    TIME, USER, ACTION, TARGET, DETAIL, WORKSTATION, SEQ = range(7)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._query = LogQuery(limit=PAGE_SIZE)
        self._entries: list[LogEntry] = []
        self._total = 0
        self._names: dict[str, str] = {}
        self._clients: dict[str, str] = {}  # client id -> alias (or name), as elsewhere
        self._zone = ZoneInfo("UTC")
        self.headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Event"),
            self.tr("Concerns"),
            self.tr("Detail"),
            self.tr("Workstation"),
            self.tr("No."),
        ]

    def set_query(self, query: LogQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._zone = self._session.time.zone
        self._names = self._session.access_log.staff_names()
        self._entries = self._session.access_log.entries(query)
        self._total = self._session.access_log.count(query)
        self._clients = {}
        self._name_clients(self._entries)
        self.endResetModel()

    def _name_clients(self, entries: list[LogEntry]) -> None:
        """How the entries' clients are shown: the alias, or the name for a user who
        chose names (never for a protected identity), like every other list."""
        wanted = {e.client_id for e in entries if e.client_id} - self._clients.keys()
        if not wanted:
            return
        full = self._session.preferences.show_full_names
        for client_id, summary in self._session.clients.summaries(wanted).items():
            self._clients[client_id] = summary.display_name(show_full_names=full)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        query = LogQuery(**{**self._query.__dict__, "offset": len(self._entries)})
        more = self._session.access_log.entries(query)
        if not more:
            self._total = len(self._entries)
            return
        self._name_clients(more)
        self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries) + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def row_count(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, index.column())
        return None

    def _tooltip(self, entry: LogEntry, column: int) -> str:
        """The whole text of a cell too narrow for it; the exact second; the record's id."""
        if column == self.TIME:
            return local_datetime_seconds(entry.at, self._zone)
        text = self._text(entry, column)
        if column == self.TARGET and entry.client_id:
            return self.tr("{client} (record {id})").format(client=text, id=entry.client_id)
        return text

    def _text(self, entry: LogEntry, column: int) -> str:
        if column == self.TIME:
            return local_datetime(entry.at, self._zone)
        if column == self.USER:
            return self._names.get(entry.user_id or "", self.tr("(unknown)"))
        if column == self.ACTION:
            return translated(entry.action.label)
        if column == self.TARGET:
            if entry.target_type == "user" and entry.target_id:
                return self._names.get(entry.target_id, "")
            if entry.client_id:
                return self._clients.get(entry.client_id, self.tr("(unknown client)"))
            return ""
        if column == self.DETAIL:
            return entry.detail
        if column == self.WORKSTATION:
            return entry.workstation
        return str(entry.seq)


def _log_table(parent: QWidget, name: str, model: TableModel) -> QTableView:
    """Long texts in set, adjustable columns, one line per entry."""
    table = record_table(parent, name, model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table


class AccessLogTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded = False
        today = session.time.today()
        self.since = date_edit(self, to_qdate(today - timedelta(days=DEFAULT_DAYS)))
        self.until = date_edit(self, to_qdate(today))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.user = QComboBox(self)
        self.user.setObjectName("logUser")
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action = QComboBox(self)
        self.action.setObjectName("logAction")
        self.action.addItem(self.tr("All events"), None)
        for action in LogAction:
            self.action.addItem(translated(action.label), action)
        self.search_button = QPushButton(self.tr("&Show"), self)
        self.search_button.setDefault(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("logCount")

        self.model = AccessLogModel(session, self)
        self.table = _log_table(self, "accessLogTable", self.model)
        model = AccessLogModel
        for column, width in (
            (model.TIME, text_width(self.table, TIME_SAMPLE)),
            (model.USER, characters(self.table, 20)),
            (model.ACTION, characters(self.table, 32)),
            (model.TARGET, characters(self.table, 20)),
            (model.WORKSTATION, characters(self.table, 14)),
            (model.SEQ, text_width(self.table, "00000000")),
        ):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()  # the detail takes what is left
        header.setStretchLastSection(False)
        header.setSectionResizeMode(model.DETAIL, QHeaderView.ResizeMode.Stretch)

        self.verify_button = QPushButton(self.tr("&Verify the log"), self)
        self.verify_button.setObjectName("verifyChain")
        self.verify_anchor_button = QPushButton(self.tr("Verify against an &anchor..."), self)
        self.verify_anchor_button.setObjectName("verifyAgainstAnchor")
        self.verify_result = QLabel(self)
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Document a log review..."), self)
        self.review_button.setObjectName("documentReview")
        self.print_review_button = QPushButton(self.tr("&Print the review..."), self)
        self.print_review_button.setObjectName("printChosenReview")
        self.save_anchor_button = QPushButton(self.tr("Save its a&nchor..."), self)
        self.save_anchor_button.setObjectName("saveChosenAnchor")
        self.reviews_model = ReviewsModel(self)
        self.reviews_table = _log_table(self, "reviewsTable", self.reviews_model)
        for column, width in (
            (0, text_width(self.reviews_table, TIME_SAMPLE)),
            (1, characters(self.reviews_table, 20)),
            (2, text_width(self.reviews_table, "2026-12-31 – 2026-12-31")),
            (3, characters(self.reviews_table, 40)),
            (4, characters(self.reviews_table, 40)),
        ):
            self.reviews_table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.until)
        filters.addWidget(self.user)
        filters.addWidget(self.action)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        entries = QWidget(self)
        entries_layout = QVBoxLayout(entries)
        entries_layout.addLayout(filters)
        entries_layout.addWidget(self.table)
        checks_row = QHBoxLayout()
        checks_row.addWidget(self.verify_button)
        checks_row.addWidget(self.verify_anchor_button)
        checks_row.addWidget(self.review_button)
        checks_row.addStretch(1)
        reviews_row = QHBoxLayout()
        reviews_row.addWidget(QLabel(self.tr("Documented log reviews:"), self))
        reviews_row.addStretch(1)
        reviews_row.addWidget(self.print_review_button)
        reviews_row.addWidget(self.save_anchor_button)
        checks = QWidget(self)
        checks_layout = QVBoxLayout(checks)
        checks_layout.addLayout(checks_row)
        checks_layout.addWidget(self.verify_result)
        checks_layout.addLayout(reviews_row)
        checks_layout.addWidget(self.reviews_table)
        self.sections = QTabWidget(self)
        self.sections.addTab(entries, self.tr("Entries"))
        self.sections.addTab(checks, self.tr("Checks and reviews"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)

        self.search_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self._verify_clicked)
        self.verify_anchor_button.clicked.connect(self.verify_against_anchor)
        self.review_button.clicked.connect(self.document_review)
        self.print_review_button.clicked.connect(self._print_chosen_review)
        self.save_anchor_button.clicked.connect(self._save_chosen_anchor)
        self.reviews_table.selectionModel().selectionChanged.connect(self._review_chosen)
        self._review_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        # Reading the log is itself logged: only when the lead actually opens it.
        if not self._loaded:
            self._loaded = True
            self._fill_users()
            self.refresh()
            self._load_reviews()
        super().showEvent(event)

    def _fill_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("All users"), None)
        with user_errors(self):
            for user_id, name in sorted(
                self._session.access_log.staff_names().items(), key=lambda kv: kv[1]
            ):
                self.user.addItem(name, user_id)

    def query(self) -> LogQuery:
        since = from_qdate(self.since.date())
        until = from_qdate(self.until.date()) + timedelta(days=1)
        action = self.action.currentData()  # Qt hands back the enum's str value
        clinic = self._session.time
        return LogQuery(
            since=clinic.start_of_day(since),
            until=clinic.start_of_day(until),
            user_id=self.user.currentData(),
            actions=frozenset({LogAction(action)}) if action else None,
            limit=PAGE_SIZE,
        )

    def refresh(self) -> None:
        with user_errors(self):
            self.model.set_query(self.query())
            self.count_label.setText(self.tr("%n entries", "", self.model.total))

    def verify(self, anchor: Anchor | None = None) -> None:
        """Check chains, signatures, keys and triggers (and the anchor) off the GUI
        thread: on a big clinic's log that takes seconds."""
        self.verify_button.setEnabled(False)
        self.verify_anchor_button.setEnabled(False)
        self.verify_result.setText(self.tr("Verifying the log..."))

        def show(result: LogIntegrity) -> None:
            self._verified()
            self.verify_result.setProperty("role", "" if result.intact else "error")
            self.verify_result.setText(verdict(result, anchor, self._session.time.zone))
            self.verify_result.setToolTip("\n".join(result.problems + result.warnings))
            self.verify_result.style().unpolish(self.verify_result)
            self.verify_result.style().polish(self.verify_result)

        def failed(error: BaseException) -> None:
            self._verified()
            self.verify_result.clear()

        run_operation(
            self,
            self._session,
            lambda session, _report: session.access_log.verify(anchor),
            show,
            on_error=failed,
            progress_title=self.tr("Verifying the access log"),
        )

    def _verify_clicked(self) -> None:
        self.verify()

    def _verified(self) -> None:
        self.verify_button.setEnabled(True)
        self.verify_anchor_button.setEnabled(True)

    def verify_against_anchor(self) -> None:
        path = choose_file_to_open(self)
        if path is None:
            return
        with user_errors(self):
            self.verify(self._session.access_log.read_anchor(path))

    # --- Reviews and their anchors ------------------------------------------------------

    def chosen_review(self) -> LogReview | None:
        rows = self.reviews_table.selectionModel().selectedRows()
        return self.reviews_model.review_at(rows[0].row()) if rows else None

    def _review_chosen(self) -> None:
        review = self.chosen_review()
        self.print_review_button.setEnabled(review is not None)
        self.save_anchor_button.setEnabled(review is not None and review.anchor is not None)

    def _print_chosen_review(self) -> None:
        review = self.chosen_review()
        if review is not None:
            self.print_review(review)

    def _save_chosen_anchor(self) -> None:
        review = self.chosen_review()
        if review is not None and review.anchor is not None:
            self.save_anchor(review.anchor)

    def print_review(self, review: LogReview) -> None:
        with user_errors(self):
            names = self._session.access_log.staff_names()
            clinic = self._session.clinic_settings.details().name
            sheet = review_sheet(
                review, names.get(review.reviewer_id, ""), clinic, self._session.time.zone
            )
            print_document(sheet, self)

    def save_anchor(self, anchor: Anchor) -> None:
        day = local_datetime(anchor.at, self._session.time.zone)[:10]
        path = choose_file_to_save(self, f"mottagning-anchor-{day}-{anchor.seq}.json")
        if path is None:
            return
        with user_errors(self):
            self._session.access_log.save_anchor(anchor, path)
            inform(
                self,
                self.tr("Anchor saved"),
                self.tr(
                    "The anchor is saved in {file}. Keep it outside this computer; "
                    "'Verify against an anchor' compares the log with it."
                ).format(file=str(path)),
            )

    def document_review(self) -> LogReviewDialog:
        dialog = LogReviewDialog(self._session, self)

        def documented() -> None:
            self._load_reviews()
            review = dialog.review
            if review is not None:
                self.review_documented = ReviewDocumentedDialog(
                    review.anchor,
                    self._session.time.zone,
                    partial(self.print_review, review),
                    partial(self._save_if_anchored, review),
                    self,
                )
                open_dialog(self.review_documented)

        open_dialog(dialog, documented)
        return dialog

    def _save_if_anchored(self, review: LogReview) -> None:
        if review.anchor is not None:
            self.save_anchor(review.anchor)

    def _load_reviews(self) -> None:
        with user_errors(self):
            self.reviews_model.set_reviews(
                self._session.access_log.reviews(),
                self._session.access_log.staff_names(),
                self._session.time.zone,
            )
