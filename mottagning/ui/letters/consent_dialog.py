"""Record a consent (to whom, what, why, when, how given) or another legal
ground (from the clinic lead's list, with its justification)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.consent import BasisDetails, BasisKind, ConsentForm, Recipient, Scope
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import lines
from mottagning.ui.translations import translated

PERSON = "__person__"


class ConsentDialog(QDialog):
    saved = Signal()

    def __init__(self, session: Session, client_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record a consent or legal ground"))
        self._session = session
        self._client_id = client_id
        today = to_qdate(session.time.today())

        self.kind = QComboBox(self)
        self.kind.setObjectName("basisKind")
        for kind in BasisKind:
            self.kind.addItem(translated(kind.label), kind.value)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("consentRecipient")
        for unit in session.address_book.units():
            self.recipient.addItem(f"{unit.name} ({translated(unit.unit_type.label)})", unit.id)
        self.recipient.addItem(self.tr("A person (name and address below)"), PERSON)
        self.person_name = QLineEdit(self)
        self.person_name.setObjectName("personName")
        self.person_address = QPlainTextEdit(self)
        self.person_address.setObjectName("personAddress")
        self.person_address.setTabChangesFocus(True)
        self.person_address.setFixedHeight(lines(self.person_address, 3.6))
        self.scopes: dict[Scope, QCheckBox] = {}
        scope_grid = QGridLayout()
        for number, scope in enumerate(Scope):
            box = QCheckBox(translated(scope.label), self)
            box.setObjectName(f"scope_{scope.value}")
            box.setChecked(scope in (Scope.IDENTITY, Scope.ASSESSMENTS))
            self.scopes[scope] = box
            scope_grid.addWidget(box, number // 2, number % 2)
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("consentPurpose")
        self.purpose.setPlaceholderText(self.tr("e.g. assessment of alcohol use"))
        self.given_on = date_edit(self, today)
        self.given_on.setObjectName("givenOn")
        self.given_on.setMaximumDate(today)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.has_end = QCheckBox(self.tr("&Valid until"), self)
        self.has_end.setObjectName("hasValidUntil")
        self.valid_until = date_edit(self, today.addMonths(6))
        self.valid_until.setObjectName("validUntil")
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.setEnabled(False)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        self.form = QComboBox(self)
        self.form.setObjectName("consentForm")
        for form in ConsentForm:
            self.form.addItem(translated(form.label), form.value)
        self.kept_at = QLineEdit(self)
        self.kept_at.setObjectName("keptAt")
        self.kept_at.setPlaceholderText(self.tr("where the signed form is kept"))
        self.ground = QComboBox(self)
        self.ground.setObjectName("legalGround")
        for ground in session.address_book.legal_grounds():
            self.ground.addItem(f"{ground.name} ({ground.reference})", ground.id)
        self.justification = QPlainTextEdit(self)
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(lines(self.justification, 3.6))
        self.error = QLabel(self)
        self.error.setObjectName("consentError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        layout_form = QFormLayout()
        add_row(layout_form, self.tr("&Kind:"), self.kind)
        add_row(layout_form, self.tr("&Recipient:"), self.recipient)
        self._person_rows = [
            add_row(layout_form, self.tr("Person's &name:"), self.person_name),
            add_row(layout_form, self.tr("Person's a&ddress:"), self.person_address),
        ]
        add_row(layout_form, self.tr("What may be &shared:"), scope_grid)
        add_row(layout_form, self.tr("&Purpose:"), self.purpose)
        add_row(layout_form, self.tr("&Given on:"), self.given_on)
        add_row(layout_form, "", self.has_end)
        add_row(layout_form, "", self.valid_until)
        self._consent_rows = [
            add_row(layout_form, self.tr("&Form:"), self.form),
            add_row(layout_form, self.tr("Written consent &kept at:"), self.kept_at),
        ]
        self._ground_rows = [
            add_row(layout_form, self.tr("&Legal ground:"), self.ground),
            add_row(layout_form, self.tr("&Justification:"), self.justification),
        ]
        self._form_layout = layout_form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(layout_form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._show_rows)
        self.recipient.currentIndexChanged.connect(self._show_rows)
        self._show_rows()
        self.resize(640, self.sizeHint().height())

    def _show_rows(self) -> None:
        consent = self.kind.currentData() == BasisKind.CONSENT.value
        person = self.recipient.currentData() == PERSON
        for label, field, shown in (
            (self._person_rows[0], self.person_name, person),
            (self._person_rows[1], self.person_address, person),
            (self._consent_rows[0], self.form, consent),
            (self._consent_rows[1], self.kept_at, consent),
            (self._ground_rows[0], self.ground, not consent),
            (self._ground_rows[1], self.justification, not consent),
        ):
            label.setVisible(shown)
            field.setVisible(shown)

    def details(self) -> BasisDetails:
        kind = BasisKind(self.kind.currentData())
        unit_id = self.recipient.currentData()
        recipient = (
            Recipient(None, self.person_name.text(), self.person_address.toPlainText())
            if unit_id == PERSON
            else Recipient(unit_id)
        )
        consent = kind is BasisKind.CONSENT
        return BasisDetails(
            kind=kind,
            recipient=recipient,
            scopes=frozenset(scope for scope, box in self.scopes.items() if box.isChecked()),
            purpose=self.purpose.text(),
            given_on=from_qdate(self.given_on.date()),
            valid_until=from_qdate(self.valid_until.date()) if self.has_end.isChecked() else None,
            form=ConsentForm(self.form.currentData()) if consent else None,
            kept_at=self.kept_at.text() if consent else "",
            ground_id=None if consent else self.ground.currentData(),
            justification="" if consent else self.justification.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self._session.consents.record(self._client_id, self.details())
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.saved.emit()
        super().accept()
