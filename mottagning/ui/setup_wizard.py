"""First-run setup: the clinic's details, the first clinic lead, the recovery key.

The clinic is created when the lead's page is accepted (so a refusal, such as a
too common password, keeps the user on that page with what they typed); the
last page shows the recovery key once, to print, and cannot be finished until
the user confirms it is safely on paper.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mottagning.errors import InvalidInput, UserError
from mottagning.models.clinic import ClinicDetails
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import personal_words
from mottagning.services.clinic_settings import validate_details
from mottagning.services.clock import Clock
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.ui.errors import message_for
from mottagning.ui.password_fields import NewPasswordFields
from mottagning.ui.recovery_key_panel import RecoveryKeyPanel


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.setObjectName("pageError")
    label.hide()
    return label


class ClinicPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The clinic"))
        self.setSubTitle(
            self.tr(
                "Welcome to Mottagning. These details appear on letters and in the window; "
                "the clinic lead can change them later."
            )
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("clinicName")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("clinicAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("clinicPhone")
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Clinic &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow("", self.error)

    def details(self) -> ClinicDetails:
        return ClinicDetails(self.name.text(), self.address.toPlainText(), self.phone.text())

    def validatePage(self) -> bool:
        try:
            validate_details(self.details())
        except InvalidInput as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        return True


class LeadPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The clinic lead"))
        self.setSubTitle(
            self.tr(
                "The first account is the clinic lead's, who then creates accounts for "
                "the staff. The password also protects the encrypted database: it cannot "
                "be recovered, only replaced with the recovery key on the next page."
            )
        )
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("leadName")
        self.title_field = QLineEdit(self.tr("Clinic lead"), self)
        self.title_field.setObjectName("leadTitle")
        self.username = QLineEdit(self)
        self.username.setObjectName("leadUsername")
        self.username.setPlaceholderText(self.tr("for example maria.l"))
        self.password = NewPasswordFields(parent=self)
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.full_name)
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&User name:"), self.username)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        for field in (self.full_name, self.username):
            field.textChanged.connect(self._update_personal_words)
        # Accepting this page creates the clinic; there is no way back from there.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the clinic"))

    def _update_personal_words(self) -> None:
        clinic = self._wizard.clinic_page.name.text()
        self.password.personal_words = personal_words(
            self.username.text(), self.full_name.text(), clinic
        )

    def validatePage(self) -> bool:
        self._update_personal_words()
        try:
            password = self.password.value()
            self._wizard.create_the_clinic(
                NewUser(
                    self.username.text(), self.full_name.text(), self.title_field.text(), Role.LEAD
                ),
                password,
            )
        except UserError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.password.clear()
        return True


class RecoveryKeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(
            self.tr(
                "If every clinic lead's password is lost, this key is the only way back "
                "into the database. It is shown only now. Print it (or write it down "
                "carefully) and keep the paper locked away."
            )
        )
        self.panel = RecoveryKeyPanel(self)
        self.confirmed = QCheckBox(
            self.tr("I have printed or written down the recovery key and will keep it safe."),
            self,
        )
        self.confirmed.setObjectName("recoveryKeyConfirmed")
        self.confirmed.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addSpacing(12)
        layout.addWidget(self.confirmed)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()


class SetupWizard(QWizard):
    """Creates the clinic; `accepted` means it exists and the key was shown."""

    def __init__(
        self,
        files: ClinicFiles,
        clock: Clock,
        kdf: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Mottagning"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self._files = files
        self._clock = clock
        self._kdf = kdf
        self.created = False
        self.clinic_page = ClinicPage(self)
        self.lead_page = LeadPage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.clinic_page, self.lead_page, self.key_page):
            self.addPage(page)
        self.resize(640, 520)

    def create_the_clinic(self, lead: NewUser, password: str) -> None:
        details = self.clinic_page.details()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            recovery_key = create_clinic(
                self._files, details, lead, password, self._clock, self._kdf
            )
        finally:
            self.unsetCursor()
        self.created = True
        self.clinic_page.setEnabled(False)  # the clinic exists now: no going back
        self.key_page.panel.show_key(" ".join(details.name.split()), recovery_key)

    def done(self, result: int) -> None:
        self.key_page.panel.forget()
        super().done(result)
