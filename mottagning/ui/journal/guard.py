"""Need to know, before anything of the journal is shown.

A tab of the client's journal (notes, plan) loads only when first shown, so
opening the client's page to book a visit reads no journal and logs no read.
Then the service decides: the client's own counselor sees the content; another
clinician sees a calm panel asking why they need it (emergency access, logged
and reviewed by the clinic lead); an administrator sees a refusal. Nothing of
the content is fetched before the service allows it.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import NeedToKnow, PermissionDenied, UserError
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.errors import message_for
from mottagning.ui.journal.feedback import refusals
from mottagning.ui.sizes import characters, lines


def _centred(inner: QWidget, parent: QWidget, width_in_characters: int = 92) -> QWidget:
    inner.setMaximumWidth(characters(inner, width_in_characters))
    outer = QWidget(parent)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 4)
    row.addStretch(1)
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return outer


class EmergencyAccessPanel(QWidget):
    """'Not one of your clients': a reason, then the journal (emergency access)."""

    granted = Signal()

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyAccessPanel")
        self._session = session
        self._client_id = client_id
        self.message = QLabel(self)
        self.message.setObjectName("needToKnowMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "The access lasts until midnight. Your reason is kept with your name in "
                "the access log."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        label = QLabel(self.tr("Your &reason for reading it:"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("emergencyReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("For example: the client called in crisis and their counselor is away.")
        )
        self.reason.setFixedHeight(lines(self.reason, 4.8))
        label.setBuddy(self.reason)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.open_button = QPushButton(self.tr("&Open the journal (emergency access)"), self)
        self.open_button.setObjectName("requestEmergencyAccess")
        self.open_button.clicked.connect(self.request)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.reason, self.request).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.message)
        layout.addSpacing(lines(self, 0.5))
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_centred(box, self))

    def ask(self, refusal: NeedToKnow) -> None:
        self.message.setText(message_for(refusal))
        self.error.hide()

    def request(self) -> None:
        try:
            self._session.emergency_access.request(self._client_id, self.reason.toPlainText())
        except UserError as error:
            self.error.setText(message_for(error))
            self.error.show()
            self.reason.setFocus()
            return
        self.reason.clear()
        self.granted.emit()


class GuardedTab(QWidget):
    """A journal tab: the refusal, the emergency-access panel or the content.

    Subclasses build `content` and implement `_load()`, which fetches through
    the journal service (and so raises NeedToKnow or PermissionDenied)."""

    def __init__(
        self, session: Session, client_id: str, content: QWidget, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.client_id = client_id
        self.loaded = False
        self.pages = QStackedWidget(self)
        self.waiting = QWidget(self.pages)  # shown until the first load: empty, never content
        self.refusal = QLabel(self.pages)
        self.refusal.setObjectName("journalRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.access_panel = EmergencyAccessPanel(session, client_id, self.pages)
        self.access_panel.granted.connect(self.load)
        self.content = content
        for page in (self.waiting, self.refusal, self.access_panel, content):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @property
    def showing_content(self) -> bool:
        return self.pages.currentWidget() is self.content

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Load on first sight; the panel checks again in case access was granted elsewhere.
        if not self.loaded and not event.spontaneous():
            if self.pages.currentWidget() is self.access_panel:
                with refusals(self):
                    if not self._session.journal.may_read(self.client_id):
                        return
            self.load()

    def load(self) -> bool:
        """Fetch and show the content if the service allows; True when shown."""
        if not is_allowed(self._session.user.role, Action.READ_JOURNAL):
            self._refuse(
                PermissionDenied(
                    role=self._session.user.role.label, action=Action.READ_JOURNAL.label
                )
            )
            return False
        try:
            self._load()
        except NeedToKnow as refusal:
            self.access_panel.ask(refusal)
            self.pages.setCurrentWidget(self.access_panel)
            return False
        except UserError as error:  # PermissionDenied (a role taken away), NotFound ...
            self._refuse(error)
            return False
        self.loaded = True
        self.pages.setCurrentWidget(self.content)
        self._shown()
        return True

    def _refuse(self, error: UserError) -> None:
        self.refusal.setText(message_for(error))
        self.pages.setCurrentWidget(self.refusal)

    def _load(self) -> None:
        raise NotImplementedError

    def _shown(self) -> None:
        """The content has just been loaded and shown."""
