"""Choose a client by typing: alias, name, identity number (any common
format) or phone. Hits appear as you type; arrows and Enter choose one, and
Enter before the hits have appeared chooses the best hit (an exact alias
first). A search that cannot be made (a damaged database, a full disk) says
so: only a search that found no one shows as no hits."""

from PySide6.QtCore import QPoint, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolTip, QWidget

from mottagning.errors import UserError
from mottagning.models.clients import ClientSummary
from mottagning.services.session import Session
from mottagning.ui.journal.feedback import tell
from mottagning.ui.translations import translated

SEARCH_DELAY_MS = 120  # a pause in typing, so a fast typist does not search per key
PICKER_HITS = 20


def describe_hit(hit: ClientSummary, show_full_names: bool) -> str:
    """One line per hit: name or alias, masked identity, strand and status."""
    parts = [hit.display_name(show_full_names=show_full_names)]
    if hit.identity_masked:
        parts.append(hit.identity_masked)
    parts.append(f"{translated(hit.strand.label)}, {translated(hit.status.label).lower()}")
    return " · ".join(parts)


class ClientPicker(QLineEdit):
    chosen = Signal(str)  # the client's id
    cleared = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self._session = session
        self._hits: list[ClientSummary] = []
        self._client_id: str | None = None
        self.setPlaceholderText(self.tr("Alias, name, identity number or phone"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._choose_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def set_client(self, client_id: str | None) -> None:
        """Show `client_id` as chosen (or nothing)."""
        self._client_id = client_id
        if client_id is None:
            self.clear()
            return
        summary = self._session.clients.summaries({client_id}).get(client_id)
        if summary is not None:
            self.setText(summary.display_name(show_full_names=self._show_full_names()))

    def _show_full_names(self) -> bool:
        return self._session.preferences.show_full_names

    def _typed(self, text: str) -> None:
        if self._client_id is not None:
            self._client_id = None
            self.cleared.emit()
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._model.setStringList([])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on typed text chooses the best hit at once, instead of passing
        the key on (to a dialog's default button, say) with nothing chosen."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        list_shown = self._completer.popup()
        popup = list_shown is not None and list_shown.isVisible()  # the completer chooses
        if enter and not popup and self._client_id is None and self.text().strip():
            self._timer.stop()
            if self._search(popup=False) and self._hits:
                self._choose(0)
            event.accept()
            return
        super().keyPressEvent(event)

    def _search(self, popup: bool = True) -> bool:
        """Search for the typed text; False when the search could not be made."""
        try:
            self._hits = self._session.clients.search(self.text(), limit=PICKER_HITS)
        except UserError as error:
            self._hits = []
            self._model.setStringList([])
            tell(self, error)  # without blocking: the window may lock meanwhile
            return False
        full = self._show_full_names()
        self._model.setStringList([describe_hit(hit, full) for hit in self._hits])
        if not self._hits:
            QToolTip.showText(
                self.mapToGlobal(QPoint(0, self.height())), self.tr("No client found."), self
            )
        elif popup:
            self._completer.complete()
        return True

    def _choose_text(self, text: str) -> None:
        full = self._show_full_names()
        for row, hit in enumerate(self._hits):
            if describe_hit(hit, full) == text:
                self._choose(row)
                return

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self._hits):
            return
        self._client_id = self._hits[row].id
        self._show_choice()
        self.chosen.emit(self._client_id)
        # The completer writes the hit's whole line into the field after this; show
        # the choice again once it has (empty, if whoever took the choice cleared it).
        QTimer.singleShot(0, self, self._show_choice)

    def _show_choice(self) -> None:
        if self._client_id is None:
            self.clear()
            return
        hit = next((h for h in self._hits if h.id == self._client_id), None)
        if hit is not None:
            self.setText(hit.display_name(show_full_names=self._show_full_names()))
