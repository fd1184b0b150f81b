"""A document's pages on screen and on paper, from images made in memory:
the preview shows them, printing paints them on the printer. No PDF or image
is written to disk on the way (QPrinter's own spool is the print system's)."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from mottagning.reports.pages import PageImage


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `page.pixels` may go


def paint_pages(device: QPagedPaintDevice, pages: list[PageImage]) -> None:
    """Each page scaled to fit the device's page, one page each."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer did not start")
    try:
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            image = to_qimage(page)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()


class PagePreview(QScrollArea):
    """The pages one below the other, as they will print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagePreview")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget(self)
        self._inner.setObjectName("previewPages")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._inner)
        self.page_labels: list[QLabel] = []
        self.placeholder = QLabel(self._inner)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._layout.addWidget(self.placeholder)

    def fitting_dpi(self) -> int:
        """The resolution at which an A4 page fills the pane's width."""
        margins = 2 * self._layout.contentsMargins().left()
        width = self.viewport().width() - margins - self.verticalScrollBar().sizeHint().width()
        return max(40, min(150, int(width * 72 / 595)))

    def show_message(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)
        self.placeholder.show()

    def clear(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []

    def show_pages(self, pages: list[PageImage]) -> None:
        self.clear()
        self.placeholder.hide()
        for page in pages:
            label = QLabel(self._inner)
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(to_qimage(page)))
            label.setStyleSheet("border: 1px solid palette(mid); background: white;")
            self._layout.addWidget(label)
            self.page_labels.append(label)
