"""Backups (clinic lead): where they go and how many are kept, the backups
there, "Back up now", a check of one, and restoring one (a dialog that shows
its date, size, accounts and check, and asks for the lead's password)."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.backups import BackupInfo, BackupSettings
from mottagning.services.backup_check import BackupCheck
from mottagning.services.session import Session
from mottagning.ui.dialogs import inform, open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.formatting import local_datetime
from mottagning.ui.forms import CountSpinBox, add_row
from mottagning.ui.sizes import characters
from mottagning.ui.tables import Index, TableModel, record_table
from mottagning.ui.worker import run_operation


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class BackupsModel(TableModel):
    MADE, SIZE, USERS, KIND, FOLDER = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = session.time.zone
        self.backups: list[BackupInfo] = []
        self.headers = [
            self.tr("Made"),
            self.tr("Size"),
            self.tr("Accounts"),
            self.tr("Kind"),
            self.tr("Folder"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.backups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.backups[index.row()]
        column = index.column()
        if column == self.MADE:
            return local_datetime(backup.created_at, self._zone)
        if column == self.SIZE:
            return megabytes(backup.size)
        if column == self.USERS:
            return str(backup.users)
        if column == self.KIND:
            return self.tr("Automatic") if backup.automatic else self.tr("On demand")
        return str(Path(backup.folder).parent)


class BackupsTab(QWidget):
    backup_requested = Signal()
    restore_requested = Signal(str, str)  # the backup's folder, the lead's password

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("The data folder's backups folder"))
        self.second_folder = QLineEdit(self)
        self.second_folder.setObjectName("backupSecondFolder")
        self.second_folder.setPlaceholderText(self.tr("None (a network share or a USB disk)"))
        self.daily = CountSpinBox(lambda n: self.tr("%n day(s)", "", n), self)
        self.weekly = CountSpinBox(lambda n: self.tr("%n week(s)", "", n), self)
        self.monthly = CountSpinBox(lambda n: self.tr("%n month(s)", "", n), self)
        for box in (self.daily, self.weekly, self.monthly):
            box.setRange(1, 100)
        self.stale_hours = CountSpinBox(lambda n: self.tr("%n hour(s)", "", n), self)
        self.stale_hours.setObjectName("backupStaleHours")
        self.stale_hours.setRange(1, 720)
        self.save_button = QPushButton(self.tr("&Save backup settings"), self)
        self.save_button.setObjectName("saveBackupSettings")
        self.save_button.clicked.connect(self.save)

        settings_box = QGroupBox(self.tr("Where backups go, and how many are kept"), self)
        form = QFormLayout(settings_box)
        add_row(form, self.tr("&Folder:"), self._with_browse(self.folder), self.folder)
        add_row(
            form,
            self.tr("Second &destination:"),
            self._with_browse(self.second_folder),
            self.second_folder,
        )
        add_row(form, self.tr("&Keep the newest of each of the last:"), self._counts(), self.daily)
        add_row(form, self.tr("&Warn when the newest is older than:"), self._left(self.stale_hours))
        hint = QLabel(
            self.tr(
                "A backup is made automatically once a day at the first sign-in and when "
                "Mottagning closes, if something was recorded. A folder on this computer's "
                "own disk does not help if the disk dies: choose a second destination."
            ),
            settings_box,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self._left(self.save_button))

        self.model = BackupsModel(session, self)
        self.table = record_table(self, "backupsTable", self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self._back_up)
        self.verify_button = QPushButton(self.tr("&Check"), self)
        self.verify_button.setObjectName("verifyBackup")
        self.verify_button.clicked.connect(self._verify)
        self.restore_button = QPushButton(self.tr("&Restore..."), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore)
        self.state = QLabel(self)
        self.state.setObjectName("backupsState")
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addWidget(self.state, 1)
        list_box = QGroupBox(self.tr("Backups"), self)
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addWidget(list_box, 1)
        self._load_settings()
        self.refresh()

    # --- Building -----------------------------------------------------------------------

    def _with_browse(self, field: QLineEdit) -> QHBoxLayout:
        field.setMinimumWidth(characters(field, 40))
        button = QPushButton(self.tr("Choose..."), self)
        button.clicked.connect(lambda: self._browse(field))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _counts(self) -> QHBoxLayout:
        """ "7 days, 4 weeks, 12 months": each box says its own unit."""
        row = QHBoxLayout()
        for box in (self.daily, self.weekly, self.monthly):
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _left(self, widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    def _browse(self, field: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), field.text())
        if chosen:
            field.setText(chosen)

    # --- Settings -------------------------------------------------------------------------

    def _load_settings(self) -> None:
        with user_errors(self):
            settings = self._session.backups.settings()
            self.folder.setText(settings.folder)
            self.second_folder.setText(settings.second_folder)
            self.daily.setValue(settings.daily)
            self.weekly.setValue(settings.weekly)
            self.monthly.setValue(settings.monthly)
            self.stale_hours.setValue(settings.stale_hours)

    def save(self) -> None:
        settings = BackupSettings(
            self.folder.text(),
            self.second_folder.text(),
            self.daily.value(),
            self.weekly.value(),
            self.monthly.value(),
            self.stale_hours.value(),
        )
        with user_errors(self):
            self._session.backups.save_settings(settings)
            self.state.setText(self.tr("Backup settings saved."))
            self.refresh()

    # --- The backups ------------------------------------------------------------------------

    def refresh(self) -> None:
        run_operation(
            self,
            self._session,
            lambda own, report: own.backups.list(),
            self._show,
            key=f"backups-{id(self)}",
        )

    def _show(self, backups: list[BackupInfo]) -> None:
        self.model.set_backups(backups)
        if backups:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _back_up(self) -> None:
        self.backup_button.setEnabled(False)
        self.state.setText(self.tr("Backing up... (the progress is in the status bar)"))
        self.backup_requested.emit()

    def backup_done(self) -> None:
        """The workspace says a backup finished (well or not)."""
        self.backup_button.setEnabled(True)
        self.state.clear()
        self.refresh()

    def _verify(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        run_operation(
            self,
            self._session,
            lambda own, report: own.backups.verify(backup.folder),
            lambda check: self._verified(backup, check),
            progress_title=self.tr("Checking the backup..."),
        )

    def _verified(self, backup: BackupInfo, check: BackupCheck) -> None:
        made = local_datetime(backup.created_at, self._session.time.zone)
        if check.ok:
            inform(
                self,
                self.tr("Backup checked"),
                self.tr("The backup of {made} is whole and opens with the clinic's key.").format(
                    made=made
                ),
            )
        else:
            inform(
                self,
                self.tr("Backup damaged"),
                self.tr("The backup of {made} is damaged: do not rely on it.").format(made=made),
                "\n".join(check.problems),
            )

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        dialog = RestoreDialog(self._session, backup, self)
        open_dialog(
            dialog,
            lambda: self.restore_requested.emit(backup.folder, dialog.password.text()),
        )


class RestoreDialog(QDialog):
    """One backup's date, size, accounts and check, and the lead's password."""

    def __init__(self, session: Session, backup: BackupInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self._session = session
        zone = session.time.zone
        facts = QFormLayout()
        facts.addRow(self.tr("Made:"), QLabel(local_datetime(backup.created_at, zone), self))
        facts.addRow(self.tr("Size:"), QLabel(megabytes(backup.size), self))
        facts.addRow(self.tr("Accounts:"), QLabel(str(backup.users), self))
        self.check = QLabel(self.tr("Checking..."), self)
        self.check.setObjectName("restoreCheck")
        self.check.setWordWrap(True)
        # Room for two lines from the start: the check's answer comes later.
        self.check.setMinimumHeight(2 * self.check.fontMetrics().lineSpacing() + 2)
        facts.addRow(self.tr("Check:"), self.check)
        warning = QLabel(
            self.tr(
                "Everything recorded after this backup will be gone from the database. "
                "The current files are kept in the data folder as they are. Everyone "
                "signed in on this computer is logged out, and you log in again with the "
                "password you had when the backup was made."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(lambda _: self._enable())
        form = QFormLayout()
        add_row(form, self.tr("Your &password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(characters(self, 60))
        self.sound = False
        self._enable()
        run_operation(
            self,
            session,
            lambda own, report: own.backups.verify(backup.folder),
            self._checked,
            on_error=lambda error: self._checked(BackupCheck([type(error).__name__])),
        )

    def _checked(self, check: BackupCheck) -> None:
        self.sound = check.ok
        if check.ok:
            self.check.setText(self.tr("Whole: opens with the clinic's key, matches its manifest."))
        else:
            self.check.setText(self.tr("Damaged: this backup cannot be restored."))
            self.check.setToolTip("\n".join(check.problems))
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.sound and bool(self.password.text()))
