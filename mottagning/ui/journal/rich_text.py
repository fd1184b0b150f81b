"""An item delegate that shows a cell's text as simple HTML (a search hit's
snippet with the matched words in bold), in the view's palette, optionally
wrapped to the width of the view."""

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from mottagning.ui.tables import Index

MARGIN = 4


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self._wrap = wrap

    def _document(self, option: QStyleOptionViewItem, width: int | None) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(option.text)
        if width is not None:
            document.setTextWidth(max(width, 80))
        return document

    def _width(self, option: QStyleOptionViewItem, index: Index) -> int | None:
        """The width to wrap to: the view's, less a tree's indentation."""
        view = option.widget
        if not self._wrap or not isinstance(view, QAbstractItemView):
            return None
        width = view.viewport().width() - 2 * MARGIN
        if isinstance(view, QTreeView):
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * depth
        return width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        style = options.widget.style() if options.widget else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        document = self._document(options, area.width() if self._wrap else None)
        options.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(area.translated(-area.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, self._width(options, index))
        return QSize(int(document.idealWidth()) + 2 * MARGIN, int(document.size().height()) + 4)
