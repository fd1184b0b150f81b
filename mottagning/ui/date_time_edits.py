"""Every date and time field the user types in: a click into a part (the
hour, the day ...) selects that part, so the digits typed next replace it."""

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class _SelectSectionOnClick(QObject):
    """A click into a section (hour, minute, year, month, day) selects it, so
    that digits typed next replace its value as people expect; Qt would put
    the cursor inside "10" and refuse a digit typed there."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.lineEdit().installEventFilter(self)  # the text under the mouse is the line edit's

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self._edit.lineEdit().hasSelectedText()  # a dragged selection stays
        ):
            self._edit.setSelectedSection(self._edit.currentSection())
        return False


def select_section_on_click(edit: QDateTimeEdit) -> None:
    """For a date or time field made elsewhere (calendar/fields.py's DateField
    and QuarterTimeEdit do this themselves)."""
    _SelectSectionOnClick(edit)


def date_edit(parent: QWidget, value: QDate | None = None) -> QDateEdit:
    """A plain date field (ISO dates come from the locale) that selects the part clicked."""
    edit = QDateEdit(parent) if value is None else QDateEdit(value, parent)
    select_section_on_click(edit)
    return edit
