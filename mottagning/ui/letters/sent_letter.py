"""A letter as it was sent: the stored PDF's pages, and a copy printed."""

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mottagning.models.letters import SentLetter
from mottagning.reports.pages import PRINT_DPI, page_images
from mottagning.services.session import Session
from mottagning.ui.letters import referral_builder
from mottagning.ui.letters.pages import PagePreview, paint_pages


class SentLetterDialog(QDialog):
    def __init__(self, session: Session, letter: SentLetter, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sentLetterDialog")
        self.setWindowTitle(
            self.tr("Referral to {recipient}, sent {day}").format(
                recipient=letter.recipient, day=letter.sent_on.isoformat()
            )
        )
        self._pdf = session.referrals.sent_document(letter.id)  # logged
        self.preview = PagePreview(self)
        screen = self.screen().availableGeometry()
        self.resize(760, min(900, int(screen.height() * 0.92)))
        self.preview.show_pages(page_images(self._pdf))
        self.print_button = QPushButton(self.tr("&Print a copy..."), self)
        self.print_button.setObjectName("printCopy")
        self.print_button.clicked.connect(
            lambda: referral_builder.choose_printer(self, self._print_on)
        )
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

    def _print_on(self, printer: QPagedPaintDevice) -> None:
        paint_pages(printer, page_images(self._pdf, PRINT_DPI))
