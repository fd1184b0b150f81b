"""User accounts (clinic lead): create, change, deactivate, reactivate and
give a temporary password, without ever knowing anyone's own password."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.users import NewUser, Role, User
from mottagning.services.accounts import generate_temporary_password
from mottagning.services.key_ring import role_loses_keys
from mottagning.services.session import Session
from mottagning.ui.clipboard import copy_briefly
from mottagning.ui.dialogs import confirm, inform, open_dialog
from mottagning.ui.errors import message_for, show_in, user_errors
from mottagning.ui.formatting import local_datetime
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import characters, resize_within_screen
from mottagning.ui.tables import Index, TableModel, record_table
from mottagning.ui.translations import translated


class UsersModel(TableModel):
    NAME, USERNAME, ROLE, TITLE, STATUS, CREATED = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[User] = []
        self._zone = ZoneInfo("UTC")
        self.headers = [
            self.tr("Name"),
            self.tr("User name"),
            self.tr("Role"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Created"),
        ]

    def set_users(self, users: list[User], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._users, self._zone = list(users), zone
        self.endResetModel()

    def user_at(self, row: int) -> User:
        return self._users[row]

    def row_count(self) -> int:
        return len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QApplication.palette().placeholderText()
        return None

    def _text(self, user: User, column: int) -> str:
        if column == self.NAME:
            return user.full_name
        if column == self.USERNAME:
            return user.username
        if column == self.ROLE:
            return translated(user.role.label)
        if column == self.TITLE:
            return user.title
        if column == self.STATUS:
            if not user.active:
                return self.tr("Deactivated")
            if user.must_change_password:
                return self.tr("Active, temporary password")
            return self.tr("Active")
        return local_datetime(user.created_at, self._zone)


class UserDialog(QDialog):
    """Create an account (with a temporary password) or change one."""

    def __init__(self, session: Session, parent: QWidget, user: User | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self._session = session
        self._user = user
        self.result_user: User | None = None
        self.lost_keys = False  # a change of role took a clinic-wide key away
        self.setWindowTitle(self.tr("New account") if user is None else self.tr("Change account"))
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("fullName")
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("title")
        self.title_field.setPlaceholderText(self.tr("for example Socionom, Leg. psykolog"))
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in (Role.COUNSELOR, Role.SCHEDULER, Role.LEAD):
            self.role.addItem(translated(role.label), role)
        self.temporary = QLineEdit(generate_temporary_password(), self)
        self.temporary.setObjectName("temporaryPassword")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("Full &name:"), self.full_name)
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&Role:"), self.role)
        if user is None:
            copy = QPushButton(self.tr("Copy"), self)
            copy.clicked.connect(lambda: copy_briefly(self.temporary.text()))
            row = QHBoxLayout()
            row.addWidget(self.temporary, 1)
            row.addWidget(copy)
            add_row(form, self.tr("Temporary &password:"), row, buddy=self.temporary)
            hint = QLabel(
                self.tr(
                    "Give the temporary password to its owner face to face or by phone. "
                    "They choose their own password at their first login."
                ),
                self,
            )
            hint.setWordWrap(True)
            form.addRow("", hint)
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.title_field.setText(user.title)
            self.role.setCurrentIndex(self.role.findData(user.role))
            self.temporary.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 86), self.sizeHint().height())

    def accept(self) -> None:
        role = Role(self.role.currentData())
        try:
            if self._user is None:
                self.result_user = self._session.accounts.create_user(
                    NewUser(
                        self.username.text(), self.full_name.text(), self.title_field.text(), role
                    ),
                    self.temporary.text(),
                )
            else:
                self.result_user = self._session.accounts.update_user(
                    self._user.id, self.full_name.text(), self.title_field.text(), role
                )
                self.lost_keys = role_loses_keys(self._user.role, role)
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        super().accept()


class UsersTab(QWidget):
    key_rotation_suggested = Signal(str)  # why: an account closed, or a role lost keys

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = UsersModel(self)
        self.table = record_table(self, "usersTable", self.model)
        header = self.table.horizontalHeader()  # the title takes what is left
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UsersModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)

        self.new_button = QPushButton(self.tr("&New account..."), self)
        self.new_button.setObjectName("newUser")
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.reset_button = QPushButton(self.tr("&Temporary password..."), self)
        self.reset_button.setObjectName("resetPassword")
        self.toggle_button = QPushButton(self.tr("&Deactivate"), self)
        self.toggle_button.setObjectName("toggleActive")
        self.show_inactive = QCheckBox(self.tr("Show deactivated accounts"), self)
        self.show_inactive.setChecked(True)
        self.new_button.clicked.connect(self.create_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.show_inactive.toggled.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.New, self, self.create_user)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.reset_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        with user_errors(self):
            users = self._session.accounts.list_users()
            if not self.show_inactive.isChecked():
                users = [u for u in users if u.active]
            self.model.set_users(users, self._session.time.zone)
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select(self, user_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.user_at(row).id == user_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button, self.toggle_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.reset_button.setEnabled(user.active)
            self.toggle_button.setText(
                self.tr("&Deactivate") if user.active else self.tr("Re&activate...")
            )

    def create_user(self) -> UserDialog:
        dialog = UserDialog(self._session, self)
        open_dialog(dialog, lambda: self._reload_and_select(dialog.result_user))
        return dialog

    def edit_selected(self) -> UserDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = UserDialog(self._session, self, user)

        def changed() -> None:
            self._reload_and_select(user)
            if dialog.lost_keys:
                self.key_rotation_suggested.emit(
                    self.tr(
                        "{name}'s new role no longer holds all the keys the old one did, but "
                        "a copy of the key file made earlier still does."
                    ).format(name=user.full_name)
                )

        open_dialog(dialog, changed)
        return dialog

    def _reload_and_select(self, user: User | None) -> None:
        self.reload()
        if user is not None:
            self.select(user.id)

    def reset_selected(self) -> None:
        user = self.selected()
        if user is None:
            return

        def reset() -> None:
            temporary = generate_temporary_password()
            with user_errors(self):
                self._session.accounts.reset_password(user.id, temporary)
                self._show_temporary(user, temporary)
            self._reload_and_select(user)

        confirm(
            self,
            self.tr("Temporary password"),
            self.tr(
                "Give {name} a new temporary password? Their current password stops "
                "working at once."
            ).format(name=user.full_name),
            reset,
        )

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            temporary = generate_temporary_password()
            with user_errors(self):
                self._session.accounts.reactivate(user.id, temporary)
                self._show_temporary(user, temporary)
            self._reload_and_select(user)
            return

        def deactivate() -> None:
            with user_errors(self):
                self._session.accounts.deactivate(user.id)
                reason = self.tr(
                    "{name}'s account is deactivated: the password no longer opens "
                    "anything here, but a copy of the key file made earlier still opens "
                    "the database with it."
                ).format(name=user.full_name)
                # Once this question's box has gone (no window of the lead's left open).
                QTimer.singleShot(0, self, lambda: self.key_rotation_suggested.emit(reason))
            self._reload_and_select(user)

        confirm(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate {name}'s account? They can no longer log in; everything "
                "they recorded stays, with their name."
            ).format(name=user.full_name),
            deactivate,
        )

    def _show_temporary(self, user: User, temporary: str) -> None:
        inform(
            self,
            self.tr("Temporary password"),
            self.tr("The temporary password for {name} ({username}) is:").format(
                name=user.full_name, username=user.username
            ),
            f"<p style='font-family: monospace; font-size: x-large'>{temporary}</p>"
            + self.tr("Give it to its owner face to face or by phone. It is shown only now."),
        )
