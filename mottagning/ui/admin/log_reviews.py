"""Documented log reviews (loggkontroll): the dialog that records one, and the
table of those made, each with the anchor its signed log entry keeps."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.access_log import LogReview
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.formatting import from_qdate, iso_date, local_datetime, to_qdate
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.tables import Index, TableModel

DEFAULT_DAYS = 30


class LogReviewDialog(QDialog):
    """Document a sample check of the log: the period, what was checked, what was found."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("logReviewDialog")
        self.setWindowTitle(self.tr("Document a log review"))
        self._session = session
        self.review: LogReview | None = None  # once documented
        today = session.time.today()
        self.period_from = date_edit(self, to_qdate(today - timedelta(days=DEFAULT_DAYS)))
        self.period_to = date_edit(self, to_qdate(today))
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.scope = QPlainTextEdit(self)
        self.scope.setObjectName("reviewScope")
        self.scope.setTabChangesFocus(True)
        self.scope.setPlaceholderText(
            self.tr(
                "What was checked, for example: 10 random client records, every emergency access"
            )
        )
        self.findings = QPlainTextEdit(self)
        self.findings.setObjectName("reviewFindings")
        self.findings.setTabChangesFocus(True)
        self.findings.setPlaceholderText(self.tr("What was found, and what was done about it"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.period_to)
        period.addStretch(1)
        form = QFormLayout()
        add_row(form, self.tr("&Period:"), period)
        form.addRow(self.tr("&Checked:"), self.scope)
        form.addRow(self.tr("&Findings:"), self.findings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 80), lines(self, 22))

    def accept(self) -> None:
        try:
            self.review = self._session.access_log.document_review(
                from_qdate(self.period_from.date()),
                from_qdate(self.period_to.date()),
                self.scope.toPlainText(),
                self.findings.toPlainText(),
            )
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        super().accept()


class ReviewsModel(TableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reviews: list[LogReview] = []
        self._names: dict[str, str] = {}
        self._zone = ZoneInfo("UTC")
        self.headers = [
            self.tr("Documented"),
            self.tr("By"),
            self.tr("Period"),
            self.tr("Checked"),
            self.tr("Findings"),
            self.tr("Anchor"),
        ]

    def review_at(self, row: int) -> LogReview:
        return self._reviews[row]

    def set_reviews(self, reviews: list[LogReview], names: dict[str, str], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._reviews, self._names, self._zone = list(reviews), names, zone
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._reviews)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        review = self._reviews[index.row()]
        return (
            local_datetime(review.created_at, self._zone),
            self._names.get(review.reviewer_id, ""),
            f"{iso_date(review.period_from)} – {iso_date(review.period_to)}",
            review.scope,
            review.findings,
            self.tr("entry {seq}").format(seq=review.anchor.seq) if review.anchor else "–",
        )[index.column()]
