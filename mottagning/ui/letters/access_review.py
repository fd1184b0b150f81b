"""The confidentiality review before a client reads their record: each text
as written beside the text to release, where third-party information is
taken out; then the release of the whole extract as PDF and JSON files."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.journal import NoteType
from mottagning.models.letters import AccessReview, ReviewItem
from mottagning.services.session import Session
from mottagning.ui.dialogs import confirm
from mottagning.ui.errors import explain, user_errors
from mottagning.ui.translations import translated

MASK = "[…]"


def choose_folder(parent: QWidget, chosen: Callable[[Path], None]) -> None:
    """Where the PDF and JSON files go, not blocking (tests replace this)."""
    dialog = QFileDialog(parent)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()


class AccessReviewDialog(QDialog):
    released = Signal()

    def __init__(self, session: Session, review: AccessReview, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("accessReviewDialog")
        self.setWindowTitle(self.tr("Record extract: confidentiality review"))
        self._session = session
        self.review = review
        intro = QLabel(
            self.tr(
                "Read each text before the client receives it. Take out what is about "
                "someone else (select it and choose Mask), then save. The review and "
                "every change are logged."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("reviewItems")
        self.items.currentRowChanged.connect(self._show_item)
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("reviewOriginal")
        self.original.setReadOnly(True)
        self.released_text = QPlainTextEdit(self)
        self.released_text.setObjectName("reviewReleased")
        self.mask_button = QPushButton(self.tr("&Mask the selection"), self)
        self.mask_button.setObjectName("maskSelection")
        self.mask_button.clicked.connect(self.mask_selection)
        self.save_button = QPushButton(self.tr("&Save the text to release"), self)
        self.save_button.setObjectName("saveReleased")
        self.save_button.clicked.connect(self.save_item)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("As written:"), right))
        right_layout.addWidget(self.original, 1)
        right_layout.addWidget(QLabel(self.tr("As the client will read it:"), right))
        right_layout.addWidget(self.released_text, 1)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.mask_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.save_button)
        right_layout.addLayout(item_buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.items)
        split.addWidget(right)
        split.setSizes([320, 640])
        self.release_button = QPushButton(self.tr("&Release the extract..."), self)
        self.release_button.setObjectName("releaseExtract")
        self.release_button.clicked.connect(self.release)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, int(screen.width() * 0.95)), min(760, int(screen.height() * 0.9)))
        self._fill()

    def _kind(self, item: ReviewItem) -> str:
        if item.kind == "addendum":
            return self.tr("Addendum")
        if item.kind == "plan":
            return self.tr("Treatment plan")
        if item.kind == "draft":
            return self.tr("Draft (unsigned)")
        try:
            return translated(NoteType(item.kind).label)
        except ValueError:
            return item.kind

    def _fill(self) -> None:
        row = max(self.items.currentRow(), 0)
        self.items.clear()
        for item in self.review.items:
            text = f"{item.day.isoformat()} · {self._kind(item)}"
            if item.author:
                text += f" · {item.author}"
            if item.masked:
                text += " · " + self.tr("masked")
            QListWidgetItem(text, self.items)
        if self.review.items:
            self.items.setCurrentRow(min(row, len(self.review.items) - 1))

    def _show_item(self, row: int) -> None:
        if not 0 <= row < len(self.review.items):
            return
        item = self.review.items[row]
        self.original.setPlainText(item.original)
        self.released_text.setPlainText(item.released)

    def mask_selection(self) -> None:
        cursor = self.released_text.textCursor()
        if cursor.hasSelection():
            cursor.insertText(MASK)

    def save_item(self) -> None:
        row = self.items.currentRow()
        if not 0 <= row < len(self.review.items):
            return
        with user_errors(self):
            self.review = self._session.access_requests.mask(
                self.review.id, self.review.items[row].key, self.released_text.toPlainText()
            )
            self._fill()

    def release(self) -> None:
        confirm(
            self,
            self.tr("Release the extract"),
            self.tr(
                "The extract is written as a PDF and a JSON file, which are not encrypted: "
                "give them to the client and delete them here after. After the release "
                "nothing in this review can be changed. Release now?"
            ),
            lambda: choose_folder(self, self._release_to),
        )

    def _release_to(self, folder: Path) -> None:
        try:
            extract = self._session.access_requests.release(self.review.id)
        except UserError as error:
            explain(self, error)
            return
        stem = folder / f"registerutdrag-{self._session.time.today().isoformat()}"
        try:
            stem.with_suffix(".pdf").write_bytes(extract.pdf)
            stem.with_suffix(".json").write_bytes(extract.json)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The extract is released, but the files could not be written there."),
            )
        self.released.emit()
        self.accept()
