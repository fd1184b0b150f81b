"""The client's register entry: a form to register a client or change one.

Alias, strand and target group are required; everything that identifies the
person is optional, and "no identity recorded" (a committee decision) clears
and locks the identifying fields. The identity number is checked as it is
typed. A client who may be a minor leads to a report-of-concern question
once the form is saved.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import InvalidIdentityNumber, UserError
from mottagning.models.clients import (
    AgeBand,
    Client,
    ClientDetails,
    ClientStatus,
    ConcernConsideration,
    ContactRules,
    Gender,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.identity import (
    RESERVNUMMER_FORMATS,
    IdentityKind,
    IdentityNumber,
    parse_identity_number,
)
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.forms import add_row
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.translations import translated

NO_YEAR = 0  # the birth-year spin box's "not known"


class ClientFormDialog(QDialog):
    """Register (client=None) or change a client; `saved(client, prompt)` after saving."""

    saved = Signal(object, object)  # Client, ConcernConsideration | None

    def __init__(self, session: Session, parent: QWidget, client: Client | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientForm")
        self._session = session
        self._client = client
        self._today = session.time.today()
        settings = session.clinic_settings.settings()
        self._reservnummer_format = RESERVNUMMER_FORMATS.get(
            settings.reservnummer_format, RESERVNUMMER_FORMATS["national"]
        )
        self.setWindowTitle(
            self.tr("Register a client") if client is None else self.tr("Change client")
        )

        self._build_basics()
        self._build_identity()
        self._build_contact()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # Two columns, so that the whole form fits a 1280x800 screen: the client
        # on the left; identity and contact on the right. The scroll area is for
        # a smaller screen (or a larger font) only.
        columns = QWidget(self)
        grid = QGridLayout(columns)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.basics_box, 0, 0, 2, 1)
        grid.addWidget(self.identity_box, 0, 1)
        grid.addWidget(self.contact_box, 1, 1)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._columns, self._buttons = columns, buttons
        self._fit()
        if client is not None:
            self._fill(client)
        self._no_identity_toggled(self.no_identity.isChecked())
        self._status_changed()
        self.alias.setFocus()

    def _fit(self, *, grow_only: bool = False) -> None:
        """The whole form without scrolling, and the refusal when one is shown:
        a scroll area's own size hint is capped well below a form this size."""
        layout = self.layout()
        assert layout is not None
        around = layout.contentsMargins()
        height = self._columns.sizeHint().height() + around.top() + around.bottom()
        for below in (self._buttons, self.error):
            if not below.isHidden():
                height += below.sizeHint().height() + layout.spacing()
        width = self._columns.sizeHint().width() + around.left() + around.right()
        if grow_only:
            width, height = max(width, self.width()), max(height, self.height())
        resize_within_screen(self, width, height)

    # --- Building -----------------------------------------------------------------

    def _build_basics(self) -> None:
        box = self.basics_box = QGroupBox(self.tr("The client"), self)
        self.alias = QLineEdit(box)
        self.alias.setObjectName("alias")
        self.alias.setPlaceholderText(self.tr("An alias or a code; shown everywhere"))
        self.strand = QComboBox(box)
        self.strand.setObjectName("strand")
        for strand in Strand:
            self.strand.addItem(translated(strand.label), strand.value)
        self.target_groups: dict[TargetGroup, QCheckBox] = {}
        groups = QWidget(box)
        groups.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        groups_layout = QGridLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        for index, group in enumerate(TargetGroup):
            check = QCheckBox(translated(group.label), groups)
            check.setObjectName(f"group_{group.value}")
            self.target_groups[group] = check
            groups_layout.addWidget(check, index // 2, index % 2)
        self.status = QComboBox(box)
        self.status.setObjectName("status")
        for status in ClientStatus:
            self.status.addItem(translated(status.label), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.closed_reason = QLineEdit(box)
        self.closed_reason.setObjectName("closedReason")
        self.counselors = QListWidget(box)
        self.counselors.setObjectName("counselors")
        # Who may choose counselors is the service's rule; the list only follows
        # it: a counselor takes a new client on themselves and assigns no one else.
        assigns = self._session.clients.may_assign_counselors()
        for user in self._session.scheduling.counselors():
            item = QListWidgetItem(user.full_name, self.counselors)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            mine = user.id == self._session.user.id
            if assigns or (self._client is None and mine):
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(
                Qt.CheckState.Checked
                if self._client is None and mine and not assigns
                else Qt.CheckState.Unchecked
            )
        if not assigns:
            self.counselors.setToolTip(
                self.tr("The administrator or the clinic lead chooses a client's counselors.")
            )
        # The list takes the room the taller right-hand column leaves, at least four lines.
        self.counselors.setMinimumHeight(lines(self.counselors, 4.5))
        self.first_contact = date_edit(box, to_qdate(self._today))
        self.first_contact.setObjectName("firstContact")
        self.first_contact.setCalendarPopup(True)
        self.first_contact.setDisplayFormat("yyyy-MM-dd")
        self.first_contact.setMaximumDate(to_qdate(self._today))
        self.first_contact.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.referral_source = QComboBox(box)
        self.referral_source.setObjectName("referralSource")
        self.referral_source.addItem(self.tr("Not known"), None)
        for source in ReferralSource:
            self.referral_source.addItem(translated(source.label), source.value)
        form = QFormLayout(box)
        form.addRow(self.tr("&Alias or code:"), self.alias)
        form.addRow(self.tr("&Strand:"), self.strand)
        form.addRow(self.tr("Target groups:"), groups)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("Reason for closing:"), self.closed_reason)
        form.addRow(self.tr("Cou&nselors:"), self.counselors)
        form.addRow(self.tr("&First contact:"), self.first_contact)
        form.addRow(self.tr("&Referred by:"), self.referral_source)

    def _build_identity(self) -> None:
        box = self.identity_box = QGroupBox(self.tr("Identity (optional)"), self)
        self.no_identity = QCheckBox(self.tr("No identity recorded (by decision)"), box)
        self.no_identity.setObjectName("noIdentity")
        self.no_identity.toggled.connect(self._no_identity_toggled)
        self.decision = QLineEdit(box)
        self.decision.setObjectName("decision")
        self.decision.setPlaceholderText(self.tr("The committee's decision, e.g. SN 2025-12 § 4"))
        self.first_name = QLineEdit(box)
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit(box)
        self.last_name.setObjectName("lastName")
        self.identity_kind = QComboBox(box)
        self.identity_kind.setObjectName("identityKind")
        for kind in IdentityKind:
            self.identity_kind.addItem(translated(kind.label).capitalize(), kind.value)
        self.identity = QLineEdit(box)
        self.identity.setObjectName("identity")
        self.identity.setPlaceholderText(self.tr("e.g. 19850312-1234"))
        # A whole number with its hyphen, and room to spare.
        self.identity.setMinimumWidth(characters(self.identity, 20))
        self.identity.textChanged.connect(self._check_identity)
        self.identity_kind.currentIndexChanged.connect(self._check_identity)
        self.identity_feedback = QLabel(box)
        self.identity_feedback.setObjectName("identityFeedback")
        self.identity_feedback.setWordWrap(True)
        self.gender = QComboBox(box)
        self.gender.setObjectName("gender")
        for gender in Gender:
            self.gender.addItem(translated(gender.label), gender.value)
        self.gender.setCurrentIndex(self.gender.findData(Gender.NOT_STATED.value))
        self.birth_year = QSpinBox(box)
        self.birth_year.setObjectName("birthYear")
        self.birth_year.setRange(NO_YEAR, self._today.year)
        self.birth_year.setSpecialValueText(self.tr("Not known"))
        self.birth_year.setValue(NO_YEAR)
        self.age_band = QComboBox(box)
        self.age_band.setObjectName("ageBand")
        self.age_band.addItem(self.tr("Not known"), None)
        for band in AgeBand:
            self.age_band.addItem(translated(band.label), band.value)
        self.municipality = QLineEdit(box)
        self.municipality.setObjectName("municipality")
        self.interpreter = QLineEdit(box)
        self.interpreter.setObjectName("interpreter")
        self.interpreter.setPlaceholderText(self.tr("Language, if an interpreter is needed"))
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_kind)
        identity_row.addWidget(self.identity, 1)
        age_row = QHBoxLayout()
        age_row.addWidget(self.birth_year)
        age_row.addWidget(QLabel(self.tr("or age:"), box))
        age_row.addWidget(self.age_band, 1)
        form = QFormLayout(box)
        form.addRow(self.no_identity)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("First na&me:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        add_row(form, self.tr("&Identity number:"), identity_row, buddy=self.identity)
        form.addRow("", self.identity_feedback)
        form.addRow(self.tr("&Gender:"), self.gender)
        add_row(form, self.tr("Birth &year:"), age_row)
        form.addRow(self.tr("Home &municipality:"), self.municipality)
        form.addRow(self.tr("In&terpreter:"), self.interpreter)

    def _build_contact(self) -> None:
        box = self.contact_box = QGroupBox(self.tr("Contact and safe-contact rules"), self)
        self.phone = QLineEdit(box)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(box)
        self.email.setObjectName("email")
        self.address = QPlainTextEdit(box)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(lines(self.address, 3.2))
        self.may_phone = QCheckBox(self.tr("We may phone"), box)
        self.may_voicemail = QCheckBox(self.tr("We may leave a voicemail"), box)
        self.may_letters = QCheckBox(self.tr("We may send letters home"), box)
        self.may_clinic_name = QCheckBox(self.tr("We may use the clinic's name"), box)
        self.protected = QCheckBox(self.tr("Protected identity (skyddade personuppgifter)"), box)
        for check, name in (
            (self.may_phone, "mayPhone"),
            (self.may_voicemail, "mayVoicemail"),
            (self.may_letters, "mayLetters"),
            (self.may_clinic_name, "mayClinicName"),
            (self.protected, "protectedIdentity"),
        ):
            check.setObjectName(name)
        rules = QGridLayout()
        rules.addWidget(self.may_phone, 0, 0)
        rules.addWidget(self.may_voicemail, 0, 1)
        rules.addWidget(self.may_letters, 1, 0)
        rules.addWidget(self.may_clinic_name, 1, 1)
        rules.addWidget(self.protected, 2, 0, 1, 2)
        hint = QLabel(
            self.tr(
                "Agree on these with the client. Until then nothing is allowed: a letter "
                "or a voicemail can put someone in danger."
            ),
            box,
        )
        hint.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("Rules:"), rules)
        form.addRow("", hint)

    # --- Behaviour ----------------------------------------------------------------

    def _no_identity_toggled(self, on: bool) -> None:
        for widget in (self.first_name, self.last_name, self.identity, self.identity_kind):
            widget.setEnabled(not on)
            if on and isinstance(widget, QLineEdit):
                widget.clear()
        self.decision.setEnabled(on)

    def _status_changed(self) -> None:
        self.closed_reason.setEnabled(self.status.currentData() == ClientStatus.CLOSED.value)

    def _check_identity(self) -> None:
        """Say at once whether the number is valid: a typo is easiest to fix now."""
        text = self.identity.text().strip()
        if not text:
            self.identity_feedback.clear()
            return
        try:
            number = self._parsed_identity()
        except InvalidIdentityNumber as error:
            self.identity_feedback.setProperty("role", "error")
            self.identity_feedback.setText(message_for(error))
        else:
            self.identity_feedback.setProperty("role", "")
            self.identity_feedback.setText(
                self.tr("Valid: {number}").format(number=number.formatted() if number else "")
            )
        self.identity_feedback.style().unpolish(self.identity_feedback)
        self.identity_feedback.style().polish(self.identity_feedback)

    def _parsed_identity(self) -> IdentityNumber | None:
        text = self.identity.text().strip()
        if not text or self.no_identity.isChecked():
            return None
        kind = IdentityKind(self.identity_kind.currentData())
        return parse_identity_number(text, self._today, self._reservnummer_format, kind)

    def _fill(self, client: Client) -> None:
        self.alias.setText(client.alias)
        self.strand.setCurrentIndex(self.strand.findData(client.strand.value))
        for group, check in self.target_groups.items():
            check.setChecked(group in client.target_groups)
        self.status.setCurrentIndex(self.status.findData(client.status.value))
        self.closed_reason.setText(client.closed_reason)
        for row in range(self.counselors.count()):
            item = self.counselors.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in client.counselor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if client.first_contact:
            self.first_contact.setDate(to_qdate(client.first_contact))
        self.referral_source.setCurrentIndex(
            self.referral_source.findData(
                client.referral_source.value if client.referral_source else None
            )
        )
        self.no_identity.setChecked(bool(client.no_identity_decision))
        self.decision.setText(client.no_identity_decision)
        self.first_name.setText(client.first_name)
        self.last_name.setText(client.last_name)
        if client.identity is not None:
            self.identity_kind.setCurrentIndex(
                self.identity_kind.findData(client.identity.kind.value)
            )
            self.identity.setText(client.identity.formatted())
        self.gender.setCurrentIndex(self.gender.findData(client.gender.value))
        self.birth_year.setValue(client.birth_year or NO_YEAR)
        self.age_band.setCurrentIndex(
            self.age_band.findData(client.age_band.value if client.age_band else None)
        )
        self.municipality.setText(client.home_municipality)
        self.interpreter.setText(client.interpreter_language)
        self.phone.setText(client.phone)
        self.email.setText(client.email)
        self.address.setPlainText(client.address)
        rules = client.contact_rules
        self.may_phone.setChecked(rules.may_phone)
        self.may_voicemail.setChecked(rules.may_leave_voicemail)
        self.may_letters.setChecked(rules.may_send_letters)
        self.may_clinic_name.setChecked(rules.may_use_clinic_name)
        self.protected.setChecked(rules.protected_identity)

    def details(self) -> ClientDetails:
        """What the form says, as the service takes it (raises for a bad identity number)."""
        counselors = frozenset(
            self.counselors.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.counselors.count())
            if self.counselors.item(row).checkState() == Qt.CheckState.Checked
        )
        referral = self.referral_source.currentData()
        band = self.age_band.currentData()
        return ClientDetails(
            alias=self.alias.text(),
            strand=Strand(self.strand.currentData()),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            identity=self._parsed_identity(),
            no_identity_decision=self.decision.text() if self.no_identity.isChecked() else "",
            target_groups=frozenset(
                g for g, check in self.target_groups.items() if check.isChecked()
            ),
            gender=Gender(self.gender.currentData()),
            birth_year=self.birth_year.value() or None,
            age_band=AgeBand(band) if band else None,
            home_municipality=self.municipality.text(),
            referral_source=ReferralSource(referral) if referral else None,
            interpreter_language=self.interpreter.text(),
            counselor_ids=counselors,
            status=ClientStatus(self.status.currentData()),
            closed_reason=self.closed_reason.text(),
            first_contact=self._first_contact(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            contact_rules=ContactRules(
                may_phone=self.may_phone.isChecked(),
                may_leave_voicemail=self.may_voicemail.isChecked(),
                may_send_letters=self.may_letters.isChecked(),
                may_use_clinic_name=self.may_clinic_name.isChecked(),
                protected_identity=self.protected.isChecked(),
            ),
        )

    def _first_contact(self) -> date:
        return from_qdate(self.first_contact.date())

    def accept(self) -> None:
        prompt: ConcernConsideration | None
        try:
            details = self.details()
            if self._client is None:
                client, prompt = self._session.clients.create(details)
            else:
                client, prompt = self._session.clients.update(self._client.id, details)
        except UserError as error:
            self.error.setText(message_for(error))
            self.error.show()
            self._fit(grow_only=True)
            return
        self.saved.emit(client, prompt)
        super().accept()
