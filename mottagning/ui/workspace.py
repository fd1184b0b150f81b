"""One signed-in user's workspace: the navigation and the area pages.

A workspace lives as long as its session. While the window is locked, or a
colleague is using it, the workspace is parked out of sight with everything
typed into it intact.
"""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.services.session import Session
from mottagning.ui.areas import areas_for
from mottagning.ui.translations import translated


class Workspace(QWidget):
    change_password_requested = Signal()
    settings_changed = Signal()  # an area changed the clinic's settings

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parked_windows: list[QWidget] = []  # dialogs hidden while locked
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(190)
        self.pages = QStackedWidget(self)
        self._built: dict[str, QWidget] = {}
        self._areas = areas_for(session)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self._areas:
            layout.addWidget(self.navigation)
            for number, area in enumerate(self._areas, start=1):
                item = QListWidgetItem(area.title(), self.navigation)
                item.setData(Qt.ItemDataRole.UserRole, area.key)
                if number <= 9:
                    shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                    shortcut.activated.connect(
                        lambda row=number - 1: self.navigation.setCurrentRow(row)
                    )
            self.navigation.currentRowChanged.connect(self._show_area)
            self.navigation.setCurrentRow(0)
        else:
            self.pages.addWidget(self._welcome())
            self.navigation.hide()
        layout.addWidget(self.pages, 1)

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self._areas[row]
        page = self._built.get(area.key)
        if page is None:
            page = area.build(self.session, self.pages)
            page.setObjectName(f"area_{area.key}")
            changed = getattr(page, "settings_changed", None)
            if changed is not None:
                changed.connect(self.settings_changed)
            self._built[area.key] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def area_page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def _welcome(self) -> QWidget:
        """For a role with no area yet: who is signed in and what they can do."""
        page = QWidget(self)
        title = QLabel(self.tr("Welcome, {name}").format(name=self.session.user.full_name), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "You are logged in as {role}. Use the Account menu to change your "
                "password, and Ctrl+L to lock the window when you leave it."
            ).format(role=translated(self.session.user.role.label)),
            page,
        )
        text.setWordWrap(True)
        change_password = QPushButton(self.tr("Change password..."), page)
        change_password.clicked.connect(self.change_password_requested)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(change_password, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page
