"""What every table of records in the interface shares: the model's rows under
a fixed header, a read-only view that chooses one whole row at a time, and
Enter on the view to act on its row."""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat table: subclasses set `headers` (translated, in their __init__),
    say how many rows they hold and what each cell shows (`data`)."""

    headers: list[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def record_table(parent: QWidget, name: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table of `model`: whole rows chosen one at a time, no row
    numbers, alternating rows, columns as wide as their contents and the last
    one filling the rest. Callers change what their table needs otherwise."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def on_enter(view: QAbstractItemView, act: Callable[[], object]) -> None:
    """Return or Enter calls `act` while `view` itself has the focus, and only
    then: Enter typed in a search field elsewhere in the window is that field's."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view, act)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
