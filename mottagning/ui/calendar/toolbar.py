"""The calendar's toolbar: today, previous and next, the period shown, day,
week or month, whose calendar, and booking. It only reports what was asked
for; the page decides what that means."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from mottagning.models.calendar import Room
from mottagning.models.users import User
from mottagning.ui.calendar.snapshot import CLINIC, Mode, ViewKind, ViewOf


class CalendarToolbar(QWidget):
    today_requested = Signal()
    step_requested = Signal(int)  # -1 back, +1 forward
    mode_requested = Signal(object)  # Mode: day, week or month
    view_of_chosen = Signal(object)  # ViewOf
    book_requested = Signal()
    print_requested = Signal(bool)  # True: clients by initials, else by alias

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("calendarToday")
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.today_requested)
        self.previous_button = QToolButton(self)
        self.previous_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setToolTip(self.tr("Previous (Page Up, Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setToolTip(self.tr("Next (Page Down, Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.title = QLabel(self)
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)

        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.day_button.setToolTip(self.tr("One day (D)"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.week_button.setToolTip(self.tr("The whole week, Monday first (W)"))
        self.month_button = QToolButton(self)
        self.month_button.setText(self.tr("Month"))
        self.month_button.setToolTip(self.tr("The whole month, with week numbers (M)"))
        self.mode_buttons = {
            Mode.DAY: self.day_button,
            Mode.WEEK: self.week_button,
            Mode.MONTH: self.month_button,
        }
        modes = QButtonGroup(self)
        for mode, button in self.mode_buttons.items():
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            modes.addButton(button)
            button.clicked.connect(lambda _=False, chosen=mode: self.mode_requested.emit(chosen))

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("calendarViewOf")
        self.chooser.setToolTip(self.tr("Whose calendar to show"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(self._chosen)
        chooser_label = QLabel(self.tr("&Show:"), self)
        chooser_label.setBuddy(self.chooser)
        self.book_button = QPushButton(self.tr("&Book a visit..."), self)
        self.book_button.setObjectName("calendarBook")
        self.book_button.setToolTip(self.tr("Book a visit at the selected time (Ctrl+N)"))
        self.book_button.clicked.connect(self.book_requested)
        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setObjectName("calendarPrint")
        self.print_button.setToolTip(self.tr("The schedule shown, on paper"))
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("With clients' aliases"), lambda: self.print_requested.emit(False))
        menu.addAction(self.tr("With clients' initials"), lambda: self.print_requested.emit(True))
        self.print_button.setMenu(menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        for widget in (self.today_button, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.day_button)
        layout.addWidget(self.week_button)
        layout.addWidget(self.month_button)
        layout.addSpacing(12)
        layout.addWidget(chooser_label)
        layout.addWidget(self.chooser)
        layout.addSpacing(12)
        layout.addWidget(self.print_button)
        layout.addWidget(self.book_button)

    def set_choices(self, counselors: list[User], rooms: list[Room], me: str) -> None:
        """The whole clinic, each counselor ("me" marked), each room."""
        self.chooser.clear()
        self.chooser.addItem(self.tr("The whole clinic"), CLINIC)
        self.chooser.insertSeparator(self.chooser.count())
        for user in counselors:
            label = user.full_name
            if user.id == me:
                label = self.tr("{name} (me)").format(name=user.full_name)
            self.chooser.addItem(label, ViewOf(ViewKind.COUNSELOR, user.id))
        if rooms:
            self.chooser.insertSeparator(self.chooser.count())
        for room in rooms:
            self.chooser.addItem(room.name, ViewOf(ViewKind.ROOM, room.id))

    def show_state(self, title: str, mode: Mode, view_of: ViewOf) -> None:
        self.title.setText(title)
        self.mode_buttons[mode].setChecked(True)
        index = next(
            (i for i in range(self.chooser.count()) if self.chooser.itemData(i) == view_of), -1
        )
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        view_of = self.chooser.itemData(index)
        if isinstance(view_of, ViewOf):
            self.view_of_chosen.emit(view_of)
