"""One signed-in user's workspace: the client search, the navigation and the
area pages.

Ctrl+K finds a client from anywhere: with the field above the pages, or on
Klienter with the register's own search (the field above is hidden there, so
that the page has one search field, not two).

A workspace lives as long as its session. While the window is locked, or a
colleague is using it, the workspace is parked out of sight with everything
typed into it intact.
"""

from PySide6.QtCore import QSignalBlocker, Qt, Signal
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

from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.areas import CLIENTS, areas_for
from mottagning.ui.clients.picker import ClientPicker
from mottagning.ui.sizes import characters
from mottagning.ui.translations import translated


class Workspace(QWidget):
    change_password_requested = Signal()
    settings_changed = Signal()  # an area changed the clinic's settings
    key_rotation_suggested = Signal(str)  # why the clinic's keys should be replaced
    backup_requested = Signal()  # the lead's "Back up now"
    restore_requested = Signal(str, str)  # a backup's folder, the lead's password

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parked_windows: list[QWidget] = []  # dialogs hidden while locked
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self._built: dict[str, QWidget] = {}
        self.backup_status: object | None = None  # the newest BackupStatus, for pages built later
        self._areas = areas_for(session)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.search: ClientPicker | None = None
        self.search_bar: QWidget | None = None
        self.journal_search: QPushButton | None = None
        if self._areas:
            side = QVBoxLayout()
            side.setContentsMargins(0, 0, 0, 0)
            if any(area.key == CLIENTS for area in self._areas):
                self.search = ClientPicker(session, self)
                self.search.setObjectName("globalClientSearch")
                self.search.setPlaceholderText(self.tr("Find a client (Ctrl+K)"))
                self.search.chosen.connect(self.open_client)
                for keys in ("Ctrl+K", "Ctrl+F"):
                    QShortcut(QKeySequence(keys), self, self.focus_search)
            for number, area in enumerate(self._areas, start=1):
                item = QListWidgetItem(area.title(), self.navigation)
                item.setData(Qt.ItemDataRole.UserRole, area.key)
                item.setToolTip(f"Ctrl+{number}")
                if number <= 9:
                    QShortcut(
                        QKeySequence(f"Ctrl+{number}"),
                        self,
                        lambda row=number - 1: self.navigation.setCurrentRow(row),
                    )
            side.addWidget(self.navigation, 1)
            if is_allowed(session.user.role, Action.READ_JOURNAL):
                self.journal_search = QPushButton(self.tr("Search the &journals..."), self)
                self.journal_search.setObjectName("journalSearchButton")
                self.journal_search.setToolTip(
                    self.tr("Search the notes of your own clients (Ctrl+Shift+J)")
                )
                self.journal_search.clicked.connect(self.search_journals)
                QShortcut(QKeySequence("Ctrl+Shift+J"), self, self.search_journals)
                side.addWidget(self.journal_search)
            body.addLayout(side)
            self._fit_navigation()
            self.navigation.currentRowChanged.connect(self._show_row)
            self.navigation.setCurrentRow(0)
        else:
            self.pages.addWidget(self._welcome())
            self.navigation.hide()
        body.addWidget(self.pages, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.search is not None:
            self.search_bar = QWidget(self)
            top = QHBoxLayout(self.search_bar)
            top.addWidget(self.search, 1)
            top.addStretch(2)
            layout.addWidget(self.search_bar)
            self.search_bar.setVisible(self._areas[0].key != CLIENTS)
        layout.addLayout(body, 1)

    def _fit_navigation(self) -> None:
        """As wide as the longest area name (or the button below it) in the
        navigation's own font, which follows the system's font size."""
        self.navigation.ensurePolished()  # the style sheet sets its font
        metrics = self.navigation.fontMetrics()
        names = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        width = widest + 4 * metrics.averageCharWidth() + metrics.height()
        if self.journal_search is not None:
            width = max(width, self.journal_search.sizeHint().width())
        self.navigation.setFixedWidth(width)

    # --- Areas --------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.show_area(self._areas[row].key)

    def show_area(self, key: str) -> QWidget | None:
        """Bring area `key` to the front (building it the first time)."""
        rows = [row for row, area in enumerate(self._areas) if area.key == key]
        if not rows:
            return None
        area = self._areas[rows[0]]
        page = self._built.get(key)
        if page is None:
            page = area.build(self.session, self.pages)
            page.setObjectName(f"area_{key}")
            self._built[key] = page
            self.pages.addWidget(page)
            self._connect(page)
        elif self.pages.currentWidget() is not page and callable(getattr(page, "refresh", None)):
            page.refresh()  # type: ignore[attr-defined]  # coming back: show what changed meanwhile
        with QSignalBlocker(self.navigation):  # already showing it: no second round
            self.navigation.setCurrentRow(rows[0])
        self.pages.setCurrentWidget(page)
        if self.search_bar is not None:
            self.search_bar.setVisible(key != CLIENTS)  # the register has its own
        return page

    def _connect(self, page: QWidget) -> None:
        """Pages ask for each other through signals the workspace routes."""
        for name, slot in (
            ("settings_changed", self.settings_changed.emit),
            ("key_rotation_suggested", self.key_rotation_suggested.emit),
            ("open_client_requested", self.open_client),
            ("backup_requested", self.backup_requested.emit),
            ("restore_requested", self.restore_requested.emit),
        ):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(slot)
        if self.backup_status is not None and hasattr(page, "show_backup_status"):
            page.show_backup_status(self.backup_status)

    def show_backup_status(self, status: object) -> None:
        """The newest backup status, to the pages that show it (Today)."""
        self.backup_status = status
        for page in self._built.values():
            show = getattr(page, "show_backup_status", None)
            if callable(show):
                show(status)

    def backup_done(self) -> None:
        for page in self._built.values():
            done = getattr(page, "backup_done", None)
            if callable(done):
                done()

    def refresh_pages(self) -> None:
        """Show every built page afresh (e.g. names instead of aliases)."""
        for page in self._built.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def area_page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def open_client(self, client_id: str) -> None:
        page = self.show_area(CLIENTS)
        if page is not None:
            page.open_client(client_id)  # type: ignore[attr-defined]
        if self.search is not None:
            self.search.set_client(None)

    def open_note(self, client_id: str, note_id: str) -> None:
        """Open the client's page on the journal, with the note chosen."""
        page = self.show_area(CLIENTS)
        if page is None:
            return
        view = page.open_client(client_id)  # type: ignore[attr-defined]
        if view is not None:
            view.show_note(note_id)

    def search_journals(self) -> None:
        """Search across the journals of the user's own clients, beside the window
        (parented to the workspace: a lock hides it with the rest)."""
        from mottagning.ui.journal import show_journal_search  # noqa: PLC0415 (when first used)

        dialog = show_journal_search(self.session, self)
        dialog.open_client_requested.connect(self.open_client)
        dialog.open_note_requested.connect(self.open_note)

    def focus_search(self) -> None:
        """Ctrl+K: the one client search of the page in front."""
        own_search = getattr(self.pages.currentWidget(), "focus_search", None)
        if self.search_bar is not None and self.search_bar.isHidden() and own_search:
            own_search()
        elif self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    # --- A role with no areas -------------------------------------------------------

    def _welcome(self) -> QWidget:
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
        margin = characters(page, 6)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(change_password, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page
