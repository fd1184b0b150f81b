"""Choose a client by typing: alias, name, identity number (any common
format) or phone. Hits appear as you type; arrows and Enter choose one."""

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from mottagning.errors import UserError
from mottagning.models.clients import ClientSummary
from mottagning.services.session import Session
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
        self._completer.activated.connect(self._choose_text)
        self.setCompleter(self._completer)
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
            self._model.setStringList([])

    def _search(self) -> None:
        try:
            self._hits = self._session.clients.search(self.text(), limit=PICKER_HITS)
        except UserError:
            self._hits = []
        full = self._show_full_names()
        self._model.setStringList([describe_hit(hit, full) for hit in self._hits])
        if self._hits:
            self._completer.complete()

    def _choose_text(self, text: str) -> None:
        full = self._show_full_names()
        for row, hit in enumerate(self._hits):
            if describe_hit(hit, full) == text:
                self._choose(row)
                return

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self._hits):
            return
        hit = self._hits[row]
        self._client_id = hit.id
        self.setText(hit.display_name(show_full_names=self._show_full_names()))
        self.chosen.emit(hit.id)
