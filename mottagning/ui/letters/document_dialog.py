"""A document made in memory, shown page by page, printed on request."""

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mottagning.reports.pages import PRINT_DPI, page_images
from mottagning.ui.errors import explain
from mottagning.ui.letters import referral_builder
from mottagning.ui.letters.pages import PagePreview, paint_pages
from mottagning.ui.worker import run_in_background


class DocumentDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self._pdf = pdf
        self.preview = PagePreview(self)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setObjectName("printDocument")
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
        screen = self.screen().availableGeometry()
        self.resize(720, min(900, int(screen.height() * 0.92)))
        self.preview.show_pages(page_images(pdf, self.preview.fitting_dpi()))

    def _print_on(self, printer: QPagedPaintDevice) -> None:
        pdf = self._pdf
        run_in_background(
            lambda: page_images(pdf, PRINT_DPI),
            lambda pages: paint_pages(printer, pages),
            lambda error: explain(self, error),
        )
