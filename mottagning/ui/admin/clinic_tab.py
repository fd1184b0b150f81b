"""The clinic (clinic lead): details printed on letters, the idle time before
the window locks, and replacing the recovery key."""

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.clinic import ClinicDetails
from mottagning.models.identity import RESERVNUMMER_FORMATS
from mottagning.models.recovery_key import RecoveryKey
from mottagning.services.clinic_settings import AGE_LIMIT_RANGE, AUTO_LOCK_RANGE
from mottagning.services.session import Session
from mottagning.ui.dialogs import confirm, open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.forms import CountSpinBox, add_row
from mottagning.ui.recovery_key_panel import RecoveryKeyPanel
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.translations import translated


def _left(widget: QWidget) -> QHBoxLayout:
    """`widget` at its own width, at the start of a form's row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class NewRecoveryKeyDialog(QDialog):
    def __init__(
        self, clinic_name: str, key: RecoveryKey, made: date, fingerprint: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryKeyDialog")
        self.setWindowTitle(self.tr("New recovery key"))
        text = QLabel(
            self.tr(
                "This is the new recovery key. The old one no longer works: destroy the "
                "old paper. Print this key now; it is shown only once."
            ),
            self,
        )
        text.setWordWrap(True)
        self.panel = RecoveryKeyPanel(self)
        self.panel.show_key(clinic_name, key, made, fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 100), self.sizeHint().height())

    def done(self, result: int) -> None:
        self.panel.forget()
        super().done(result)


class ClinicTab(QWidget):
    settings_changed = Signal()
    key_rotation_suggested = Signal(str)  # why

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        details = session.clinic_settings.details()
        settings = session.clinic_settings.settings()

        self.name = QLineEdit(details.name, self)
        self.name.setObjectName("clinicName")
        self.address = QPlainTextEdit(details.address, self)
        self.address.setObjectName("clinicAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(lines(self.address, 3.5))
        self.phone = QLineEdit(details.phone, self)
        self.phone.setObjectName("clinicPhone")
        save_details = QPushButton(self.tr("Save the details"), self)
        save_details.setObjectName("saveDetails")
        save_details.clicked.connect(self.save_details)
        details_box = QGroupBox(self.tr("The clinic (printed on letters)"), self)
        details_form = QFormLayout(details_box)
        details_form.addRow(self.tr("&Name:"), self.name)
        details_form.addRow(self.tr("&Address:"), self.address)
        details_form.addRow(self.tr("&Phone:"), self.phone)
        details_buttons = QHBoxLayout()
        details_buttons.addWidget(save_details)
        details_buttons.addStretch(1)
        details_form.addRow("", details_buttons)

        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(AUTO_LOCK_RANGE.start, AUTO_LOCK_RANGE.stop - 1)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        save_settings = QPushButton(self.tr("Save"), self)
        save_settings.setObjectName("saveSettings")
        save_settings.clicked.connect(self.save_settings)
        security_box = QGroupBox(self.tr("Security"), self)
        security_form = QFormLayout(security_box)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.auto_lock)
        lock_row.addWidget(save_settings)
        lock_row.addStretch(1)
        lock_label = QLabel(self.tr("&Lock the window after idle:"), self)
        lock_label.setBuddy(self.auto_lock)
        security_form.addRow(lock_label, lock_row)

        self.age_limit = CountSpinBox(lambda years: self.tr("%n year(s)", "", years), self)
        self.age_limit.setObjectName("ageLimit")
        self.age_limit.setRange(AGE_LIMIT_RANGE.start - 1, AGE_LIMIT_RANGE.stop - 1)
        self.age_limit.setSpecialValueText(self.tr("No age limit"))
        self.age_limit.setValue(settings.age_limit or AGE_LIMIT_RANGE.start - 1)
        self.reservnummer = QComboBox(self)
        self.reservnummer.setObjectName("reservnummerFormat")
        for key, form in RESERVNUMMER_FORMATS.items():
            self.reservnummer.addItem(translated(form.label), key)
        self.reservnummer.setCurrentIndex(self.reservnummer.findData(settings.reservnummer_format))
        self.save_clients = QPushButton(self.tr("Save"), self)
        self.save_clients.setObjectName("saveClientSettings")
        self.save_clients.clicked.connect(self.save_settings)
        clients_box = QGroupBox(self.tr("Clients"), self)
        clients_form = QFormLayout(clients_box)
        # A count and a button at their own size, as in the boxes above: the form
        # would stretch them across the page.
        add_row(clients_form, self.tr("Age &limit:"), _left(self.age_limit))
        clients_form.addRow(
            "",
            QLabel(
                self.tr("Anyone under 18 also prompts a report-of-concern consideration."), self
            ),
        )
        clients_form.addRow(self.tr("&Reservnummer in this region:"), self.reservnummer)
        clients_form.addRow("", _left(self.save_clients))

        recovery_box = QGroupBox(self.tr("Keys"), self)
        recovery_text = QLabel(
            self.tr(
                "Replace the recovery key if the paper may have been seen by someone else "
                "or is lost: the old key stops working at once. Replace the clinic's keys "
                "when someone may have kept a copy of the data folder."
            ),
            self,
        )
        recovery_text.setWordWrap(True)
        replace = QPushButton(self.tr("Replace the recovery key..."), self)
        replace.setObjectName("replaceRecoveryKey")
        replace.clicked.connect(self.replace_recovery_key)
        rotate = QPushButton(self.tr("Replace the clinic's keys..."), self)
        rotate.setObjectName("replaceClinicKeys")
        rotate.clicked.connect(self._rotate_on_request)
        recovery_layout = QVBoxLayout(recovery_box)
        recovery_layout.addWidget(recovery_text)
        row = QHBoxLayout()
        row.addWidget(replace)
        row.addWidget(rotate)
        row.addStretch(1)
        recovery_layout.addLayout(row)

        self.status = QLabel(self)
        self.status.setObjectName("clinicStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(details_box)
        layout.addWidget(security_box)
        layout.addWidget(clients_box)
        layout.addWidget(recovery_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def save_details(self) -> None:
        with user_errors(self):
            saved = self._session.clinic_settings.update_details(
                ClinicDetails(self.name.text(), self.address.toPlainText(), self.phone.text())
            )
            self.name.setText(saved.name)
            self.status.setText(self.tr("The clinic's details are saved."))
            self.settings_changed.emit()

    def save_settings(self) -> None:
        with user_errors(self):
            current = self._session.clinic_settings.settings()
            age_limit = self.age_limit.value()
            self._session.clinic_settings.update_settings(
                dataclasses.replace(
                    current,
                    auto_lock_minutes=self.auto_lock.value(),
                    age_limit=None if age_limit < AGE_LIMIT_RANGE.start else age_limit,
                    reservnummer_format=self.reservnummer.currentData(),
                )
            )
            self.status.setText(
                self.tr("The window now locks after %n idle minute(s).", "", self.auto_lock.value())
            )
            self.settings_changed.emit()

    def _rotate_on_request(self) -> None:
        self.key_rotation_suggested.emit(
            self.tr(
                "Replace the keys when someone who had access may have kept a copy of the "
                "data folder: a former employee, a lost laptop, a paper recovery key seen "
                "by others."
            )
        )

    def replace_recovery_key(self) -> None:
        def replace() -> None:
            with user_errors(self):
                key = self._session.accounts.replace_recovery_key()
                name = self._session.clinic_settings.details().name
                fingerprint = self._session.access_log.root_fingerprint()
                today = self._session.time.today()
                shown = NewRecoveryKeyDialog(name, key, today, fingerprint, self)
                # Once the new key is written down: the old paper still opens the
                # key file's copies made before, until the clinic's keys are replaced.
                shown.finished.connect(
                    lambda _result: self.key_rotation_suggested.emit(
                        self.tr(
                            "The old recovery key no longer opens the key file, but it still "
                            "opens a copy of the key file made earlier."
                        )
                    )
                )
                open_dialog(shown)

        confirm(
            self,
            self.tr("Replace the recovery key"),
            self.tr("Make a new recovery key? The current one stops working at once."),
            replace,
        )
