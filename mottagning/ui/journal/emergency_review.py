"""The clinic lead's review of emergency accesses (nödåtkomst): who read which
client's journal outside their own clients, when, and why. Each is marked as
reviewed with a note; the review itself is written to the access log."""

from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import EmergencyAccess
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.formatting import local_datetime
from mottagning.ui.journal.feedback import refusals
from mottagning.ui.tables import Index, TableModel, record_table


class AccessModel(TableModel):
    GRANTED, WHO, CLIENT, REVIEW, REASON = range(5)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._accesses: list[EmergencyAccess] = []
        self._clients: dict[str, str] = {}
        self._staff: dict[str, str] = {}
        self.headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Client"),
            self.tr("Review"),
            self.tr("Reason given"),
        ]

    def set_accesses(
        self, accesses: list[EmergencyAccess], clients: dict[str, str], staff: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._accesses, self._clients, self._staff = list(accesses), clients, staff
        self.endResetModel()

    def access_at(self, row: int) -> EmergencyAccess:
        return self._accesses[row]

    def row_count(self) -> int:
        return len(self._accesses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        access = self._accesses[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return access.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REASON:
            return access.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.GRANTED:
            return local_datetime(access.granted_at, self._zone)
        if column == self.WHO:
            return self._staff.get(access.user_id, "")
        if column == self.CLIENT:
            return self._clients.get(access.client_id, "")
        if column == self.REVIEW:
            return self.review_text(access)
        return access.reason

    def review_text(self, access: EmergencyAccess) -> str:
        if access.reviewed_at is None:
            return self.tr("Not reviewed")
        return self.tr("{time} · {name}").format(
            time=local_datetime(access.reviewed_at, self._zone),
            name=self._staff.get(access.reviewed_by or "", ""),
        )


class EmergencyAccessReview(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyAccessReview")
        self._session = session
        self._zone = session.scheduling.zone
        intro = QLabel(
            self.tr(
                "Journals read outside one's own clients, with the reason given. Check each "
                "reason and mark it as reviewed; the review is kept in the access log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show &all, also the reviewed"), self)
        self.show_all.setObjectName("showAllAccesses")
        self.show_all.toggled.connect(self.refresh)
        self.model = AccessModel(self._zone, self)
        self.table = record_table(self, "emergencyAccesses", self.model)
        self.table.setWordWrap(False)
        self.details = QLabel(self)
        self.details.setObjectName("accessDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note_label = QLabel(self.tr("Review &note:"), self)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("Optional: what you checked, what was decided"))
        note_label.setBuddy(self.note)
        self.review_button = QPushButton(self.tr("&Mark as reviewed"), self)
        self.review_button.setObjectName("markReviewed")
        self.review_button.clicked.connect(self.mark_reviewed)
        self.note.returnPressed.connect(self.mark_reviewed)
        self.empty = QLabel(self.tr("No emergency access waits for review."), self)
        self.empty.setObjectName("accessesEmpty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.show_all)
        review = QHBoxLayout()
        review.addWidget(note_label)
        review.addWidget(self.note, 1)
        review.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addLayout(review)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        if not is_allowed(self._session.user.role, Action.REVIEW_EMERGENCY_ACCESS):
            self.empty.setText(self.tr("Only the clinic lead reviews emergency accesses."))
            return
        with refusals(self):
            emergency = self._session.emergency_access
            accesses = emergency.accesses(unreviewed_only=not self.show_all.isChecked())
            summaries = self._session.clients.summaries({a.client_id for a in accesses})
            clients = {key: summary.alias for key, summary in summaries.items()}
            self.model.set_accesses(accesses, clients, self._session.scheduling.staff_names())
            self.empty.setVisible(not accesses)
            if accesses:
                self.table.selectRow(0)
        self._chosen()

    def _current(self) -> EmergencyAccess | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.access_at(index.row()) if index.isValid() else None

    def _chosen(self) -> None:
        access = self._current()
        waiting = access is not None and access.reviewed_at is None
        self.review_button.setEnabled(waiting)
        self.note.setEnabled(waiting)
        if access is None:
            self.details.clear()
            return
        lines = [
            "<b>{title}</b> {reason}".format(
                title=escape(self.tr("Reason:")), reason=escape(access.reason)
            ),
            escape(
                self.tr("Access valid until {time}.").format(
                    time=local_datetime(access.expires_at, self._zone)
                )
            ),
        ]
        if access.reviewed_at is not None:
            review = self.model.review_text(access)
            if access.review_note:
                review += f": {access.review_note}"
            lines.append(
                "<b>{title}</b> {review}".format(
                    title=escape(self.tr("Reviewed:")), review=escape(review)
                )
            )
        self.details.setText("<br>".join(lines))

    def mark_reviewed(self) -> None:
        access = self._current()
        if access is None or access.reviewed_at is not None:
            return
        with refusals(self):
            self._session.emergency_access.review(access.id, self.note.text())
            self.note.clear()
            self.refresh()
            self.table.setFocus()
