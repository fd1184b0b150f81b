"""Retention (gallring), for the clinic lead: the rules, the yearly review
(gallringsprövning) with each record's verdict and what a purge removes, the
purge with its confirmation (dialog in retention_dialog.py), and the backups
that still hold purged records."""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.retention import PurgeRecord, Review, ReviewItem
from mottagning.services.session import Session
from mottagning.ui.admin.retention_dialog import PurgeDialog, preview
from mottagning.ui.admin.retention_rules import RetentionRulesBox
from mottagning.ui.dialogs import confirm, inform, open_dialog
from mottagning.ui.errors import explain, user_errors
from mottagning.ui.formatting import iso_date
from mottagning.ui.tables import Index, TableModel, record_table
from mottagning.ui.translations import translated
from mottagning.ui.worker import run_operation


class ReviewModel(TableModel):
    ALIAS, STRAND, LAST, DUE, BY, VERDICT, REMOVES = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self.headers = [
            self.tr("Client"),
            self.tr("Strand"),
            self.tr("Last entry"),
            self.tr("Due since"),
            self.tr("Purge by"),
            self.tr("Decision"),
            self.tr("A purge removes"),
        ]

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == self.ALIAS:
            return item.alias
        if column == self.STRAND:
            return translated(item.strand.label)
        if column in (self.LAST, self.DUE, self.BY):
            day: date = {self.LAST: item.last_entry, self.DUE: item.due_on}.get(
                column, item.purge_by
            )
            return iso_date(day)
        if column == self.VERDICT:
            verdict = translated(item.verdict.label)
            return f"{verdict}: {item.reason}" if item.reason else verdict
        return preview(item.rows_by_kind) if item.due else ""


class RetentionTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionTab")
        self._session = session
        self.review: Review | None = None
        self.rules = RetentionRulesBox(session, self)
        self.rules.saved.connect(self.make_review)

        self.model = ReviewModel(self)
        self.table = record_table(self, "retentionReview", self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.review_button = QPushButton(self.tr("&Make the review"), self)
        self.review_button.setObjectName("makeRetentionReview")
        self.review_button.clicked.connect(self.make_review)
        self.exempt_button = QPushButton(self.tr("&Exempt the record..."), self)
        self.exempt_button.setObjectName("exemptRecord")
        self.exempt_button.clicked.connect(self._exempt)
        self.purge_button = QPushButton(self.tr("&Purge the due records..."), self)
        self.purge_button.setObjectName("purgeRecords")
        self.purge_button.clicked.connect(self._purge)
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.review_button, self.exempt_button, self.purge_button):
            buttons.addWidget(button)
        buttons.addWidget(self.summary, 1)
        backups = QLabel(
            self.tr(
                "Backups made before a purge still hold the purged records until they "
                "rotate out. After a purge you can delete them, once a new backup is made."
            ),
            self,
        )
        backups.setWordWrap(True)
        review_box = QGroupBox(self.tr("Yearly review (gallringsprövning)"), self)
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.table, 1)
        review_layout.addLayout(buttons)
        review_layout.addWidget(backups)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addWidget(review_box, 1)
        self._enable()

    # --- The review -------------------------------------------------------------------

    def make_review(self) -> None:
        self.review_button.setEnabled(False)
        run_operation(
            self,
            self._session,
            lambda own, report: own.retention.review(),
            self._show,
            on_error=self._failed,
            progress_title=self.tr("Making the review..."),
            key=f"retention-{id(self)}",
        )

    def _failed(self, error: BaseException) -> None:
        self.review_button.setEnabled(True)
        explain(self, error)

    def _show(self, review: Review) -> None:
        self.review = review
        self.model.set_items(list(review.items))
        self.table.resizeColumnsToContents()
        due = len(review.due)
        self.summary.setText(
            self.tr("On {day}: %n record(s) due for purging", "", due).format(
                day=iso_date(review.on)
            )
            + "; "
            + self.tr("%n kept", "", len(review.items) - due)
            + "; "
            + self.tr("%n not yet due.", "", review.not_yet_due)
        )
        self.review_button.setEnabled(True)
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen()
        self.exempt_button.setEnabled(chosen is not None)
        self.purge_button.setEnabled(self.review is not None and bool(self.review.due))

    def chosen(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _exempt(self) -> None:
        item = self.chosen()
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Exempt the record"),
            self.tr("Why is the record of {alias} kept? (required)").format(alias=item.alias),
        )
        if ok:
            with user_errors(self):
                self._session.retention.exempt_record(item.client_id, reason)
                self.make_review()

    # --- The purge --------------------------------------------------------------------

    def _purge(self) -> None:
        if self.review is None or not self.review.due:
            return
        review = self.review
        dialog = PurgeDialog(review, self)
        open_dialog(dialog, lambda: self._run_purge(review, dialog.second()))

    def _run_purge(self, review: Review, second: tuple[str, str] | None) -> None:
        ids = [item.client_id for item in review.due]
        self.purge_button.setEnabled(False)
        run_operation(
            self,
            self._session,
            lambda own, report: own.retention.purge(ids, second, report),
            self._purged,
            on_error=self._purge_failed,
            progress_title=self.tr("Purging the records..."),
        )

    def _purge_failed(self, error: BaseException) -> None:
        explain(self, error)
        self._enable()

    def _purged(self, record: PurgeRecord | None) -> None:
        count = record.records if record else 0
        inform(
            self,
            self.tr("Records purged"),
            self.tr("%n record(s) purged for good.", "", count),
        )
        if record is not None:
            self._offer_backup_removal(record.purged_at)
        self.make_review()

    # --- Backups that still hold purged records -----------------------------------------

    def _offer_backup_removal(self, purged_at: datetime) -> None:
        """Offer to make a backup now and delete those made before the purge."""
        run_operation(
            self,
            self._session,
            lambda own, report: len(own.backups.made_before(purged_at)),
            lambda count: self._ask_backup_removal(count, purged_at),
        )

    def _ask_backup_removal(self, count: int, purged_at: datetime) -> None:
        if count == 0:
            return
        self.backup_question = confirm(
            self,
            self.tr("Backups made before the purge"),
            self.tr(
                "%n backup(s) made before the purge still hold the purged records. Make a "
                "new backup now and then delete them?",
                "",
                count,
            ),
            lambda: self._remove_backups(purged_at),
        )

    def _remove_backups(self, purged_at: datetime) -> None:
        def work(own: Session, report: Callable[[float, str], None]) -> int:
            own.backups.create(report)
            return own.backups.remove_made_before(purged_at)

        run_operation(
            self,
            self._session,
            work,
            self._backups_removed,
            progress_title=self.tr("Backing up and deleting older backups..."),
        )

    def _backups_removed(self, removed: int) -> None:
        inform(
            self,
            self.tr("Backups deleted"),
            self.tr("A new backup was made; %n older backup(s) deleted.", "", removed),
        )
