"""First-run setup: the clinic's details, the first clinic lead, the recovery key.

The clinic is created when the lead's page is accepted (so a refusal, such as a
too common password, keeps the user on that page with what they typed); the
last page shows the recovery key once, to print, and cannot be finished until
the user confirms it is safely on paper.
"""

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from mottagning.models.clinic import ClinicDetails, ClinicSettings
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import personal_words
from mottagning.services.clinic_settings import validate_details
from mottagning.services.clock import Clock
from mottagning.services.setup import create_clinic, root_fingerprint
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.ui.errors import message_for
from mottagning.ui.labels import Retranslating, buddy_label
from mottagning.ui.password_fields import PASSWORD_PROBLEMS, NewPasswordFields
from mottagning.ui.recovery_key_panel import RecoveryKeyPanel
from mottagning.ui.translations import ENGLISH, LANGUAGE_NAMES


def _intro_label(parent: QWidget) -> QLabel:
    """The page's explanation, in the page rather than the header, which
    has room for two lines only (and Swedish runs longer than English)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("pageIntro")
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.setObjectName("pageError")
    label.hide()
    return label


class ClinicPage(Retranslating, QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.setObjectName("setupLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.name = QLineEdit(self)
        self.name.setObjectName("clinicName")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("clinicAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("clinicPhone")
        self.error = _error_label(self)
        self._labels = [buddy_label(field) for field in (self.name, self.address, self.phone)]
        self.intro = _intro_label(self)
        form = QFormLayout()
        # In both languages, so that whoever sits down finds the choice.
        form.addRow(buddy_label(self.language, "Språk / &Language:"), self.language)
        for label, field in zip(self._labels, (self.name, self.address, self.phone), strict=True):
            form.addRow(label, field)
        form.addRow("", self.error)
        self.name.textChanged.connect(self.error.hide)  # a refusal is about what was there
        self.address.textChanged.connect(self.error.hide)
        self.phone.textChanged.connect(self.error.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The clinic"))
        self.intro.setText(
            self.tr(
                "Welcome to Mottagning. These details appear on letters and in the window; "
                "the clinic lead can change them later."
            )
        )
        for label, text in zip(
            self._labels,
            (self.tr("Clinic &name:"), self.tr("&Address:"), self.tr("&Phone:")),
            strict=True,
        ):
            label.setText(text)

    def initializePage(self) -> None:
        # Typing starts in the name (most keep the language offered), after
        # QWizard has given the focus to the page's first field.
        QTimer.singleShot(0, self.name.setFocus)

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


class LeadPage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("leadName")
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("leadTitle")
        self.username = QLineEdit(self)
        self.username.setObjectName("leadUsername")
        self.error = _error_label(self)
        self.intro = _intro_label(self)
        self._labels = [buddy_label(f) for f in (self.full_name, self.title_field, self.username)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.full_name, self.title_field, self.username), strict=True
        ):
            form.addRow(label, field)
        self.password = NewPasswordFields(form, parent=self)  # in line with the rows above
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for field in (self.full_name, self.username):
            field.textChanged.connect(self._update_personal_words)
        for edited in (
            self.full_name.textChanged,
            self.title_field.textChanged,
            self.username.textChanged,
            self.password.password.textChanged,
            self.password.repeat.textChanged,
        ):
            edited.connect(self.error.hide)  # a refusal is about what was there before
        # Accepting this page creates the clinic; there is no way back from there.
        self.setCommitPage(True)
        self._default_title = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The clinic lead"))
        self.intro.setText(
            self.tr(
                "The first account is the clinic lead's, who then creates accounts for "
                "the staff. The password also protects the encrypted database: it cannot "
                "be recovered, only replaced with the recovery key on the next page."
            )
        )
        for label, text in zip(
            self._labels,
            (self.tr("Full &name:"), self.tr("&Title:"), self.tr("&User name:")),
            strict=True,
        ):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("for example maria.l"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the clinic"))
        # The suggested title follows the language until the user writes their own.
        if self.title_field.text() in ("", self._default_title):
            self._default_title = self.tr("Clinic lead")
            self.title_field.setText(self._default_title)

    def _setup(self) -> "SetupWizard":
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard

    def _update_personal_words(self) -> None:
        clinic = self._setup().clinic_page.name.text()
        self.password.personal_words = personal_words(
            self.username.text(), self.full_name.text(), clinic
        )

    def validatePage(self) -> bool:
        self._update_personal_words()
        try:
            password = self.password.value()
            self._setup().create_the_clinic(
                NewUser(
                    self.username.text(), self.full_name.text(), self.title_field.text(), Role.LEAD
                ),
                password,
            )
        except PASSWORD_PROBLEMS as problem:
            self.password.refuse(problem)  # said in the advice under the fields
            self.error.hide()
            return False
        except UserError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.password.clear()
        return True


class RecoveryKeyPage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = RecoveryKeyPanel(self)
        self.confirmed = QCheckBox(self)
        self.confirmed.setObjectName("recoveryKeyConfirmed")
        self.confirmed.toggled.connect(self.completeChanged)
        self.intro = _intro_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.panel)
        layout.addSpacing(12)
        layout.addWidget(self.confirmed)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.intro.setText(
            self.tr(
                "If every clinic lead's password is lost, this key is the only way back "
                "into the database. It is shown only now. Print it (or write it down "
                "carefully) and keep the paper locked away."
            )
        )
        self.confirmed.setText(
            self.tr("I &have printed or written down the recovery key and will keep it safe.")
        )

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()


class SetupWizard(Retranslating, QWizard):
    """Creates the clinic; `accepted` means it exists and the key was shown.

    `language_chosen` asks for another interface language (the first page's
    choice); the wizard follows when the translators change."""

    language_chosen = Signal(str)

    def __init__(
        self,
        files: ClinicFiles,
        clock: Clock,
        kdf: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
        *,
        language: str = ENGLISH,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self._files = files
        self._clock = clock
        self._kdf = kdf
        self.created = False
        self.clinic_page = ClinicPage(language, self)
        self.lead_page = LeadPage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.clinic_page, self.lead_page, self.key_page):
            self.addPage(page)
        self.clinic_page.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.clinic_page.language.currentData())
        )
        self.retranslate()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 34)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Mottagning"))
        # QWizard does not retranslate its own buttons when the language changes.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)

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
        made = self._clock.now().astimezone(ZoneInfo(ClinicSettings().time_zone)).date()
        self.key_page.panel.show_key(
            " ".join(details.name.split()), recovery_key, made, root_fingerprint(self._files)
        )

    def done(self, result: int) -> None:
        self.key_page.panel.forget()
        super().done(result)
